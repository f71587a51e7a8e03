/* cchc-kpi-page.c: the plan's KPIs ("chỉ tiêu")
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cchc-kpi-page"

#include "config.h"

#include <glib/gi18n.h>

#include "cchc-kpi.h"
#include "cchc-kpi-editor.h"
#include "cchc-kpi-page.h"
#include "cchc-list-helpers.h"
#include "cchc-page-helpers.h"
#include "cchc-plan.h"

struct _CchcKpiPage
{
  GtkWidget           parent_instance;

  CchcHistory        *history;
  CchcPlan           *plan;
  CchcListController *list;

  /* Template widgets */
  GtkColumnView      *column_view;
  GtkSearchBar       *search_bar;
  GtkSearchEntry     *search_entry;
  GtkLabel           *count_label;
};

G_DEFINE_FINAL_TYPE (CchcKpiPage, cchc_kpi_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_HISTORY,
  PROP_PLAN,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static char *
kpi_text (gpointer item,
          gpointer data)
{
  return g_strdup (cchc_kpi_get_text (item));
}

static char *
kpi_target (gpointer item,
            gpointer data)
{
  return cchc_kpi_format_target (item);
}

static char *
kpi_search_text (gpointer item,
                 gpointer data)
{
  g_autofree char *target = cchc_kpi_format_target (item);

  return g_strconcat (cchc_kpi_get_text (item), "\n", target, NULL);
}

static char *
format_count (guint shown,
              guint total)
{
  g_autofree char *shown_text = cchc_format_integer (shown);
  g_autofree char *total_text = cchc_format_integer (total);

  if (shown == total)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s KPI", "%s KPIs", total),
                            total_text);

  /* Translators: shown while searching: "3 of 6 KPIs" */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s of %s KPI", "%s of %s KPIs", total),
                          shown_text, total_text);
}

static void
on_editor_saved_cb (CchcKpiPage *self,
                    CchcKpi     *kpi)
{
  cchc_list_controller_select (self->list, kpi);
}

static void
open_editor (CchcKpiPage *self,
             CchcKpi     *kpi)
{
  GtkWidget *editor;

  editor = cchc_kpi_editor_new (self->history, self->plan, kpi,
                                cchc_list_controller_get_insert_position (self->list));
  g_signal_connect_object (editor, "saved", G_CALLBACK (on_editor_saved_cb), self,
                           G_CONNECT_SWAPPED);
  cchc_editor_present (GTK_WINDOW (editor), GTK_WIDGET (self));
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  CchcKpiPage *self = CCHC_KPI_PAGE (widget);

  if (self->plan != NULL)
    open_editor (self, NULL);
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  CchcKpiPage *self = CCHC_KPI_PAGE (widget);
  CchcKpi *kpi = cchc_list_controller_get_selected (self->list);

  if (kpi != NULL)
    open_editor (self, kpi);
}

static void
update_model (CchcKpiPage *self)
{
  CchcStore *store = cchc_history_get_store (self->history);

  if (self->list != NULL)
    cchc_list_controller_set_model (self->list,
                                    self->plan != NULL ? cchc_store_get_kpis (store, self->plan)
                                                       : NULL);
}

static void
cchc_kpi_page_constructed (GObject *object)
{
  CchcKpiPage *self = CCHC_KPI_PAGE (object);
  g_autoptr(GtkNumericSorter) sorter = NULL;
  GtkColumnViewColumn *column;

  G_OBJECT_CLASS (cchc_kpi_page_parent_class)->constructed (object);

  g_return_if_fail (CCHC_IS_HISTORY (self->history));

  self->list = cchc_list_controller_new (GTK_WIDGET (self), self->history, self->column_view);
  cchc_list_controller_add_column (self->list, _("No."), NULL, NULL, 4, CCHC_COLUMN_NUMBER);
  cchc_list_controller_add_column (self->list, _("KPI"), kpi_text, self, 40,
                                   CCHC_COLUMN_EXPAND | CCHC_COLUMN_SORTABLE);
  column = cchc_list_controller_add_column (self->list, _("Target"), kpi_target, self, 10,
                                            CCHC_COLUMN_DEFAULT);
  sorter = gtk_numeric_sorter_new (gtk_property_expression_new (CCHC_TYPE_KPI, NULL, "target"));
  gtk_column_view_column_set_sorter (column, GTK_SORTER (sorter));
  cchc_list_controller_set_search (self->list, self->search_bar, self->search_entry,
                                   kpi_search_text, self);
  cchc_list_controller_set_count_label (self->list, self->count_label, format_count);
  cchc_list_controller_set_delete_error (self->list, _("Could not delete the KPI"));
  update_model (self);
}

static void
cchc_kpi_page_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  CchcKpiPage *self = CCHC_KPI_PAGE (object);

  switch (prop_id)
    {
    case PROP_HISTORY:
      g_value_set_object (value, self->history);
      break;

    case PROP_PLAN:
      g_value_set_object (value, self->plan);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cchc_kpi_page_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  CchcKpiPage *self = CCHC_KPI_PAGE (object);

  switch (prop_id)
    {
    case PROP_HISTORY:
      self->history = g_value_dup_object (value);
      break;

    case PROP_PLAN:
      cchc_kpi_page_set_plan (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cchc_kpi_page_dispose (GObject *object)
{
  CchcKpiPage *self = CCHC_KPI_PAGE (object);
  GtkWidget *child;

  /* The controller lets go of the widgets before they go. */
  g_clear_object (&self->list);
  gtk_widget_dispose_template (GTK_WIDGET (self), CCHC_TYPE_KPI_PAGE);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  g_clear_object (&self->plan);
  g_clear_object (&self->history);

  G_OBJECT_CLASS (cchc_kpi_page_parent_class)->dispose (object);
}

static void
cchc_kpi_page_class_init (CchcKpiPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = cchc_kpi_page_constructed;
  object_class->dispose = cchc_kpi_page_dispose;
  object_class->get_property = cchc_kpi_page_get_property;
  object_class->set_property = cchc_kpi_page_set_property;

  properties[PROP_HISTORY] =
    g_param_spec_object ("history", NULL, NULL,
                         CCHC_TYPE_HISTORY,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  properties[PROP_PLAN] =
    g_param_spec_object ("plan", NULL, NULL,
                         CCHC_TYPE_PLAN,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/cchcplanner/Planner/ui/"
                                               "cchc-kpi-page.ui");
  gtk_widget_class_bind_template_child (widget_class, CchcKpiPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, CchcKpiPage, search_bar);
  gtk_widget_class_bind_template_child (widget_class, CchcKpiPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, CchcKpiPage, count_label);

  cchc_list_page_class_install_actions (widget_class, add_action, edit_action);
}

static void
cchc_kpi_page_init (CchcKpiPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * cchc_kpi_page_new:
 * @history: where the page's edits go
 *
 * Returns: (transfer floating): a page listing the KPIs of a plan
 */
GtkWidget *
cchc_kpi_page_new (CchcHistory *history)
{
  g_return_val_if_fail (CCHC_IS_HISTORY (history), NULL);

  return g_object_new (CCHC_TYPE_KPI_PAGE, "history", history, NULL);
}

/**
 * cchc_kpi_page_get_plan:
 *
 * Returns: (transfer none) (nullable): the plan whose KPIs are shown
 */
CchcPlan *
cchc_kpi_page_get_plan (CchcKpiPage *self)
{
  g_return_val_if_fail (CCHC_IS_KPI_PAGE (self), NULL);

  return self->plan;
}

/**
 * cchc_kpi_page_set_plan:
 * @plan: (nullable): the plan whose KPIs to show
 */
void
cchc_kpi_page_set_plan (CchcKpiPage *self,
                        CchcPlan    *plan)
{
  g_return_if_fail (CCHC_IS_KPI_PAGE (self));
  g_return_if_fail (plan == NULL || CCHC_IS_PLAN (plan));

  if (!g_set_object (&self->plan, plan))
    return;

  update_model (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLAN]);
}
