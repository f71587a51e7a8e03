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
#include "cchc-unit.h"

struct _CchcActivityPage
{
  CchcListPage parent_instance;
};

G_DEFINE_FINAL_TYPE (CchcActivityPage, cchc_activity_page, CCHC_TYPE_LIST_PAGE)

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
  cchc_list_controller_refresh (cchc_list_page_get_list (CCHC_LIST_PAGE (self)));
}

static void
cchc_activity_page_setup_list (CchcListPage       *page,
                               CchcListController *list)
{
  g_autoptr(GtkNumericSorter) sorter = NULL;
  GtkColumnViewColumn *column;

  cchc_list_controller_add_column (list, _("No."), NULL, NULL, 3, CCHC_COLUMN_NUMBER);
  cchc_list_controller_add_column (list, _("Kind"), activity_kind, page, 9,
                                   CCHC_COLUMN_SORTABLE);
  cchc_list_controller_add_column (list, _("Description"), activity_description, page, 26,
                                   CCHC_COLUMN_EXPAND | CCHC_COLUMN_SORTABLE);
  column = cchc_list_controller_add_column (list, _("Quantity"), activity_quantity, page, 7,
                                            CCHC_COLUMN_DEFAULT);
  sorter = gtk_numeric_sorter_new (gtk_property_expression_new (CCHC_TYPE_ACTIVITY, NULL,
                                                                "quantity"));
  gtk_column_view_column_set_sorter (column, GTK_SORTER (sorter));
  cchc_list_controller_add_column (list, _("Size"), activity_size, page, 7,
                                   CCHC_COLUMN_SORTABLE);
  cchc_list_controller_add_column (list, _("Place"), activity_place, page, 12,
                                   CCHC_COLUMN_SORTABLE);
  cchc_list_controller_add_column (list, _("Responsible unit"), activity_unit, page, 12,
                                   CCHC_COLUMN_SORTABLE);
  cchc_list_controller_add_column (list, _("Occasions"), activity_occasions, page, 8,
                                   CCHC_COLUMN_SORTABLE);
  cchc_list_controller_add_column (list, _("Audience"), activity_audience, page, 10,
                                   CCHC_COLUMN_SORTABLE);
  cchc_list_controller_set_delete_error (list, _("Could not delete the propaganda activity"));
}

static void
cchc_activity_page_constructed (GObject *object)
{
  CchcListPage *page = CCHC_LIST_PAGE (object);

  G_OBJECT_CLASS (cchc_activity_page_parent_class)->constructed (object);

  g_signal_connect_object (cchc_store_get_units (cchc_list_page_get_store (page)),
                           "items-changed", G_CALLBACK (on_units_changed_cb), page,
                           G_CONNECT_SWAPPED);
}

static void
cchc_activity_page_class_init (CchcActivityPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  CchcListPageClass *page_class = CCHC_LIST_PAGE_CLASS (klass);

  object_class->constructed = cchc_activity_page_constructed;

  page_class->editor_type = CCHC_TYPE_ACTIVITY_EDITOR;
  page_class->search_text = activity_search_text;
  page_class->format_count = format_count;
  page_class->placeholder = (CchcPlaceholderTexts) {
    .empty_icon = "view-list-bullet-symbolic",
    .empty_title = N_("No Propaganda Activities Yet"),
    .empty_text = N_("Add the plan’s banners, panels, performances and other activities "
                     "with the + button or Ctrl+N."),
    .no_match_title = N_("No Activities Match"),
    .no_match_text = N_("Try other words, or press Esc to show every activity."),
  };
  page_class->get_rows = cchc_store_get_activities;
  page_class->setup_list = cchc_activity_page_setup_list;

  cchc_list_page_class_set_template (widget_class,
                                     "/io/github/cchcplanner/Planner/ui/"
                                     "cchc-activity-page.ui",
                                     "column_view");
  cchc_list_page_class_bind_search (widget_class);
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
