/* cchc-activity-page.c: the plan's propaganda activities ("hoạt động tuyên truyền")
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cchc-activity-page"

#include "config.h"

#include <glib/gi18n.h>

#include "cchc-activity.h"
#include "cchc-activity-editor.h"
#include "cchc-activity-page.h"
#include "cchc-list-helpers.h"
#include "cchc-page-helpers.h"
#include "cchc-plan.h"
#include "cchc-unit.h"

struct _CchcActivityPage
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

G_DEFINE_FINAL_TYPE (CchcActivityPage, cchc_activity_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_HISTORY,
  PROP_PLAN,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static char *
activity_kind (gpointer item,
               gpointer data)
{
  return g_strdup (cchc_activity_kind_get_label (cchc_activity_get_kind (item)));
}

static char *
activity_description (gpointer item,
                      gpointer data)
{
  return g_strdup (cchc_activity_get_description (item));
}

static char *
activity_quantity (gpointer item,
                   gpointer data)
{
  guint quantity = cchc_activity_get_quantity (item);
  const char *unit = cchc_activity_get_quantity_unit (item);
  g_autofree char *number = NULL;

  if (quantity == 0)
    return g_strdup ("");

  number = cchc_format_integer (quantity);
  return *unit != '\0' ? g_strconcat (number, " ", unit, NULL) : g_steal_pointer (&number);
}

static char *
activity_size (gpointer item,
               gpointer data)
{
  return g_strdup (cchc_activity_get_size (item));
}

static char *
activity_place (gpointer item,
                gpointer data)
{
  return g_strdup (cchc_activity_get_place (item));
}

static char *
activity_unit (gpointer item,
               gpointer data)
{
  CchcUnit *unit = cchc_activity_get_responsible_unit (item);

  return g_strdup (unit != NULL ? cchc_unit_get_name (unit) : "");
}

static char *
activity_occasions (gpointer item,
                    gpointer data)
{
  return g_strdup (cchc_activity_get_occasions (item));
}

static char *
activity_audience (gpointer item,
                   gpointer data)
{
  return g_strdup (cchc_activity_get_audience (item));
}

static char *
activity_search_text (gpointer item,
                      gpointer data)
{
  CchcRowTextFunc funcs[] = {
    activity_kind, activity_description, activity_quantity, activity_size, activity_place,
    activity_unit, activity_occasions, activity_audience,
  };
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (funcs); i++)
    {
      g_autofree char *part = funcs[i] (item, data);

      g_string_append (text, part);
      g_string_append_c (text, '\n');
    }

  return g_string_free (text, FALSE);
}

static char *
format_count (guint shown,
              guint total)
{
  g_autofree char *shown_text = cchc_format_integer (shown);
  g_autofree char *total_text = cchc_format_integer (total);

  if (shown == total)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s activity", "%s activities", total),
                            total_text);

  /* Translators: shown while searching: "3 of 9 activities" */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s of %s activity",
                                       "%s of %s activities", total),
                          shown_text, total_text);
}

/* A renamed unit changes what the rows show without changing the rows. */
static void
on_units_changed_cb (CchcActivityPage *self)
{
  cchc_list_controller_refresh (self->list);
}

static void
on_editor_saved_cb (CchcActivityPage *self,
                    CchcActivity     *activity)
{
  cchc_list_controller_select (self->list, activity);
}

static void
open_editor (CchcActivityPage *self,
             CchcActivity     *activity)
{
  GtkWidget *editor;

  editor = cchc_activity_editor_new (self->history, self->plan, activity,
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
  CchcActivityPage *self = CCHC_ACTIVITY_PAGE (widget);

  if (self->plan != NULL)
    open_editor (self, NULL);
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  CchcActivityPage *self = CCHC_ACTIVITY_PAGE (widget);
  CchcActivity *activity = cchc_list_controller_get_selected (self->list);

  if (activity != NULL)
    open_editor (self, activity);
}

static void
update_model (CchcActivityPage *self)
{
  CchcStore *store = cchc_history_get_store (self->history);
  GListModel *activities = NULL;

  if (self->plan != NULL)
    activities = cchc_store_get_activities (store, self->plan);
  if (self->list != NULL)
    cchc_list_controller_set_model (self->list, activities);
}

static void
add_columns (CchcActivityPage *self)
{
  CchcListController *list = self->list;
  g_autoptr(GtkNumericSorter) sorter = NULL;
  GtkColumnViewColumn *column;

  cchc_list_controller_add_column (list, _("No."), NULL, NULL, 3, CCHC_COLUMN_NUMBER);
  cchc_list_controller_add_column (list, _("Kind"), activity_kind, self, 9,
                                   CCHC_COLUMN_SORTABLE);
  cchc_list_controller_add_column (list, _("Description"), activity_description, self, 26,
                                   CCHC_COLUMN_EXPAND | CCHC_COLUMN_SORTABLE);
  column = cchc_list_controller_add_column (list, _("Quantity"), activity_quantity, self, 7,
                                            CCHC_COLUMN_DEFAULT);
  sorter = gtk_numeric_sorter_new (gtk_property_expression_new (CCHC_TYPE_ACTIVITY, NULL,
                                                                "quantity"));
  gtk_column_view_column_set_sorter (column, GTK_SORTER (sorter));
  cchc_list_controller_add_column (list, _("Size"), activity_size, self, 7,
                                   CCHC_COLUMN_SORTABLE);
  cchc_list_controller_add_column (list, _("Place"), activity_place, self, 12,
                                   CCHC_COLUMN_SORTABLE);
  cchc_list_controller_add_column (list, _("Responsible unit"), activity_unit, self, 12,
                                   CCHC_COLUMN_SORTABLE);
  cchc_list_controller_add_column (list, _("Occasions"), activity_occasions, self, 8,
                                   CCHC_COLUMN_SORTABLE);
  cchc_list_controller_add_column (list, _("Audience"), activity_audience, self, 10,
                                   CCHC_COLUMN_SORTABLE);
}

static void
cchc_activity_page_constructed (GObject *object)
{
  CchcActivityPage *self = CCHC_ACTIVITY_PAGE (object);

  G_OBJECT_CLASS (cchc_activity_page_parent_class)->constructed (object);

  g_return_if_fail (CCHC_IS_HISTORY (self->history));

  self->list = cchc_list_controller_new (GTK_WIDGET (self), self->history, self->column_view);
  add_columns (self);
  cchc_list_controller_set_search (self->list, self->search_bar, self->search_entry,
                                   activity_search_text, self);
  cchc_list_controller_set_count_label (self->list, self->count_label, format_count);
  cchc_list_controller_set_delete_error (self->list,
                                         _("Could not delete the propaganda activity"));
  g_signal_connect_object (cchc_store_get_units (cchc_history_get_store (self->history)),
                           "items-changed", G_CALLBACK (on_units_changed_cb), self,
                           G_CONNECT_SWAPPED);
  update_model (self);
}

static void
cchc_activity_page_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  CchcActivityPage *self = CCHC_ACTIVITY_PAGE (object);

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
cchc_activity_page_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  CchcActivityPage *self = CCHC_ACTIVITY_PAGE (object);

  switch (prop_id)
    {
    case PROP_HISTORY:
      self->history = g_value_dup_object (value);
      break;

    case PROP_PLAN:
      cchc_activity_page_set_plan (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cchc_activity_page_dispose (GObject *object)
{
  CchcActivityPage *self = CCHC_ACTIVITY_PAGE (object);
  GtkWidget *child;

  /* The controller lets go of the widgets before they go. */
  g_clear_object (&self->list);
  gtk_widget_dispose_template (GTK_WIDGET (self), CCHC_TYPE_ACTIVITY_PAGE);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  g_clear_object (&self->plan);
  g_clear_object (&self->history);

  G_OBJECT_CLASS (cchc_activity_page_parent_class)->dispose (object);
}

static void
cchc_activity_page_class_init (CchcActivityPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = cchc_activity_page_constructed;
  object_class->dispose = cchc_activity_page_dispose;
  object_class->get_property = cchc_activity_page_get_property;
  object_class->set_property = cchc_activity_page_set_property;

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
                                               "cchc-activity-page.ui");
  gtk_widget_class_bind_template_child (widget_class, CchcActivityPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, CchcActivityPage, search_bar);
  gtk_widget_class_bind_template_child (widget_class, CchcActivityPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, CchcActivityPage, count_label);

  cchc_list_page_class_install_actions (widget_class, add_action, edit_action);
}

static void
cchc_activity_page_init (CchcActivityPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * cchc_activity_page_new:
 * @history: where the page's edits go
 *
 * Returns: (transfer floating): a page listing the propaganda activities of a plan
 */
GtkWidget *
cchc_activity_page_new (CchcHistory *history)
{
  g_return_val_if_fail (CCHC_IS_HISTORY (history), NULL);

  return g_object_new (CCHC_TYPE_ACTIVITY_PAGE, "history", history, NULL);
}

/**
 * cchc_activity_page_get_plan:
 *
 * Returns: (transfer none) (nullable): the plan whose activities are shown
 */
CchcPlan *
cchc_activity_page_get_plan (CchcActivityPage *self)
{
  g_return_val_if_fail (CCHC_IS_ACTIVITY_PAGE (self), NULL);

  return self->plan;
}

/**
 * cchc_activity_page_set_plan:
 * @plan: (nullable): the plan whose activities to show
 */
void
cchc_activity_page_set_plan (CchcActivityPage *self,
                        CchcPlan    *plan)
{
  g_return_if_fail (CCHC_IS_ACTIVITY_PAGE (self));
  g_return_if_fail (plan == NULL || CCHC_IS_PLAN (plan));

  if (!g_set_object (&self->plan, plan))
    return;

  update_model (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLAN]);
}
