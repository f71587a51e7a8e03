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

struct _CchcKpiPage
{
  CchcListPage parent_instance;
};

G_DEFINE_FINAL_TYPE (CchcKpiPage, cchc_kpi_page, CCHC_TYPE_LIST_PAGE)

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
cchc_kpi_page_setup_list (CchcListPage       *page,
                          CchcListController *list)
{
  g_autoptr(GtkNumericSorter) sorter = NULL;
  GtkColumnViewColumn *column;

  cchc_list_controller_add_column (list, _("No."), NULL, NULL, 4, CCHC_COLUMN_NUMBER);
  cchc_list_controller_add_column (list, _("KPI"), kpi_text, page, 40,
                                   CCHC_COLUMN_EXPAND | CCHC_COLUMN_SORTABLE);
  column = cchc_list_controller_add_column (list, _("Target"), kpi_target, page, 10,
                                            CCHC_COLUMN_DEFAULT);
  sorter = gtk_numeric_sorter_new (gtk_property_expression_new (CCHC_TYPE_KPI, NULL, "target"));
  gtk_column_view_column_set_sorter (column, GTK_SORTER (sorter));
  cchc_list_controller_set_delete_error (list, _("Could not delete the KPI"));
}

static void
cchc_kpi_page_class_init (CchcKpiPageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  CchcListPageClass *page_class = CCHC_LIST_PAGE_CLASS (klass);

  page_class->editor_type = CCHC_TYPE_KPI_EDITOR;
  page_class->search_text = kpi_search_text;
  page_class->format_count = format_count;
  page_class->placeholder = (CchcPlaceholderTexts) {
    .empty_icon = "view-list-bullet-symbolic",
    .empty_title = N_("No KPIs Yet"),
    .empty_text = N_("Add the plan’s KPIs with the + button or Ctrl+N."),
    .no_match_title = N_("No KPIs Match"),
    .no_match_text = N_("Try other words, or press Esc to show every KPI."),
  };
  page_class->get_rows = cchc_store_get_kpis;
  page_class->setup_list = cchc_kpi_page_setup_list;

  cchc_list_page_class_set_template (widget_class,
                                     "/io/github/cchcplanner/Planner/ui/cchc-kpi-page.ui",
                                     "column_view");
  cchc_list_page_class_bind_search (widget_class);
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
