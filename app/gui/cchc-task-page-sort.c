/* cchc-task-page-sort.c: the sorting of the task page and its sort menu
 *
 * The rows are in the plan's order, grouped under their areas, until a
 * column sorts them: a click on its header or a choice of the page's sort
 * menu ("page.sort-by", "page.sort-order"). The menu chooses the column
 * view's sorting; the page reads it back from the column view whichever
 * way it changed, so that the menu always shows it.
 *
 * GTK 4.8 does not say which column sorts (GtkColumnViewSorter is private
 * until 4.10): the page compares two probes through the column view's
 * sorter, and the first column sorter asked is the one that sorts.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cchc-task-page"

#include "config.h"

#include <string.h>

#include "cchc-task-page-private.h"

/* The names of the sort menu's choices, by CchcTaskColumn. */
static const char * const sort_keys[CCHC_TASK_N_COLUMNS] = {
  [CCHC_TASK_COLUMN_NUMBER] = "number",
  [CCHC_TASK_COLUMN_TEXT] = "text",
  [CCHC_TASK_COLUMN_PRODUCT] = "product",
  [CCHC_TASK_COLUMN_LEAD_UNIT] = "lead-unit",
  [CCHC_TASK_COLUMN_COOPERATING] = "cooperating",
  [CCHC_TASK_COLUMN_TIMEFRAME] = "timeframe",
};

#define PLAN_ORDER "plan"

/* The probes, and the column of the first sorter that met them. */
static GObject *probes[2];
static int probed_column = -1;

static gboolean
is_probe (gconstpointer   item,
          CchcTaskColumn  column)
{
  if (item != probes[0] && item != probes[1])
    return FALSE;

  if (probed_column < 0)
    probed_column = column;
  return TRUE;
}

/* Sorters ------------------------------------------------------------ */

static guint
area_index (CchcArea *area)
{
  return (guint) g_ascii_strtoull (cchc_area_get_number (area), NULL, 10);
}

/* Header rows never meet the sorter in a sorted list (the filter hides
 * them), but they may while the sort changes: keep any consistent order. */
static gboolean
compare_areas (gconstpointer  const_a,
               gconstpointer  const_b,
               int           *result)
{
  gpointer a = (gpointer) const_a;
  gpointer b = (gpointer) const_b;

  if (CCHC_IS_TASK (a) && CCHC_IS_TASK (b))
    return FALSE;

  if (CCHC_IS_AREA (a) && CCHC_IS_AREA (b))
    *result = (int) area_index (a) - (int) area_index (b);
  else
    *result = CCHC_IS_AREA (a) ? -1 : 1;

  return TRUE;
}

static int
compare_by_number (gconstpointer a,
                   gconstpointer b,
                   gpointer      data)
{
  CchcTaskRows *rows = data;
  CchcArea *area_a;
  CchcArea *area_b;
  guint index_a, index_b;
  int result;

  if (G_UNLIKELY (is_probe (a, CCHC_TASK_COLUMN_NUMBER)))
    return GTK_ORDERING_SMALLER;
  if (compare_areas (a, b, &result))
    return gtk_ordering_from_cmpfunc (result);

  area_a = cchc_task_rows_get_task_area ((CchcTask *) a);
  area_b = cchc_task_rows_get_task_area ((CchcTask *) b);
  if (area_a != area_b)
    {
      index_a = area_a != NULL ? area_index (area_a) : 0;
      index_b = area_b != NULL ? area_index (area_b) : 0;
      return gtk_ordering_from_cmpfunc ((int) index_a - (int) index_b);
    }

  index_a = cchc_task_rows_get_task_index (rows, (CchcTask *) a);
  index_b = cchc_task_rows_get_task_index (rows, (CchcTask *) b);
  return index_a < index_b ? GTK_ORDERING_SMALLER
         : index_a > index_b ? GTK_ORDERING_LARGER : GTK_ORDERING_EQUAL;
}

static int
compare_by_column (gconstpointer a,
                   gconstpointer b,
                   gpointer      data)
{
  CchcTaskColumn column = GPOINTER_TO_INT (data);
  int result;

  if (G_UNLIKELY (is_probe (a, column)))
    return GTK_ORDERING_SMALLER;
  if (compare_areas (a, b, &result))
    return gtk_ordering_from_cmpfunc (result);

  return gtk_ordering_from_cmpfunc (strcmp (cchc_task_rows_get_sort_key ((CchcTask *) a, column),
                                            cchc_task_rows_get_sort_key ((CchcTask *) b, column)));
}

/**
 * _cchc_task_page_new_sorter:
 * @column: a column of the table
 *
 * Returns: (transfer full): the sorter of @column: by the plan's numbers
 *   for the STT, by cchc_task_rows_get_sort_key() for the others
 *   (Vietnamese alphabetical order; timeframes by their due date)
 */
GtkSorter *
_cchc_task_page_new_sorter (CchcTaskPage   *self,
                            CchcTaskColumn  column)
{
  if (probes[0] == NULL)
    {
      probes[0] = g_object_new (G_TYPE_OBJECT, NULL);
      probes[1] = g_object_new (G_TYPE_OBJECT, NULL);
    }

  if (column == CCHC_TASK_COLUMN_NUMBER)
    return GTK_SORTER (gtk_custom_sorter_new (compare_by_number, g_object_ref (self->rows),
                                              g_object_unref));

  return GTK_SORTER (gtk_custom_sorter_new (compare_by_column, GINT_TO_POINTER (column), NULL));
}

/* The sort menu ------------------------------------------------------ */

/* GTK 4.8's gtk_column_view_sort_by_column() (the sort menu's) redraws
 * the arrow of the column it sorts by, not of the one that sorted before,
 * which kept its arrow. Setting a column's title again redraws its header,
 * arrow included, from the column view's sorter. */
static void
update_sort_arrows (CchcTaskPage *self)
{
  for (CchcTaskColumn column = 0; column < CCHC_TASK_N_COLUMNS; column++)
    {
      GtkColumnViewColumn *view_column = _cchc_task_page_get_column (self, column);
      g_autofree char *title = g_strdup (gtk_column_view_column_get_title (view_column));

      gtk_column_view_column_set_title (view_column, NULL);
      gtk_column_view_column_set_title (view_column, title);
    }
}

/**
 * _cchc_task_page_read_sort:
 *
 * Reads which column sorts the rows, and how, from the column view's
 * sorter into the page.
 *
 * Returns: what changed
 */
SortChange
_cchc_task_page_read_sort (CchcTaskPage *self)
{
  GtkSorter *sorter = gtk_column_view_get_sorter (self->column_view);
  GtkSortType order = self->sort_order;
  SortChange change = SORT_CHANGED_NONE;
  int column = -1;

  probed_column = -1;
  if (gtk_sorter_get_order (sorter) != GTK_SORTER_ORDER_NONE)
    {
      /* A descending column turns the probes' order round. */
      order = gtk_sorter_compare (sorter, probes[0], probes[1]) == GTK_ORDERING_LARGER
              ? GTK_SORT_DESCENDING : GTK_SORT_ASCENDING;
      column = probed_column;
    }
  probed_column = -1;

  if (column != self->sort_column)
    {
      change |= SORT_CHANGED_COLUMN;
      update_sort_arrows (self);
    }
  if (order != self->sort_order)
    change |= SORT_CHANGED_ORDER;
  self->sort_column = column;
  self->sort_order = order;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.sort-order", column >= 0);
  gtk_menu_button_set_icon_name (self->sort_button,
                                 column >= 0 && order == GTK_SORT_DESCENDING
                                 ? "view-sort-descending-symbolic"
                                 : "view-sort-ascending-symbolic");
  return change;
}

/**
 * _cchc_task_page_get_sort_by:
 *
 * Returns: the choice of the sort menu that the rows follow: "plan" for
 *   the plan's order, else the column's ("number", "text", "product",
 *   "lead-unit", "cooperating", "timeframe")
 */
const char *
_cchc_task_page_get_sort_by (CchcTaskPage *self)
{
  if (self->sort_column < 0 || self->sort_column >= CCHC_TASK_N_COLUMNS)
    return PLAN_ORDER;

  return sort_keys[self->sort_column];
}

/**
 * _cchc_task_page_set_sort_by:
 * @sort_by: a choice of the sort menu (see _cchc_task_page_get_sort_by())
 *
 * Sorts the rows by the column chosen, in the order chosen, or puts them
 * back in the plan's order. The page follows through the sorter's
 * change.
 */
void
_cchc_task_page_set_sort_by (CchcTaskPage *self,
                             const char   *sort_by)
{
  for (CchcTaskColumn column = 0; column < CCHC_TASK_N_COLUMNS; column++)
    if (g_strcmp0 (sort_by, sort_keys[column]) == 0)
      {
        gtk_column_view_sort_by_column (self->column_view,
                                        _cchc_task_page_get_column (self, column),
                                        self->sort_order);
        return;
      }

  if (g_strcmp0 (sort_by, PLAN_ORDER) != 0)
    g_warning ("No such sort: %s", sort_by);
  gtk_column_view_sort_by_column (self->column_view, NULL, GTK_SORT_ASCENDING);
}

/**
 * _cchc_task_page_set_sort_order:
 *
 * Sorts by the same column in @order; the plan's order has none.
 */
void
_cchc_task_page_set_sort_order (CchcTaskPage *self,
                                GtkSortType   order)
{
  if (self->sort_column < 0)
    return;

  gtk_column_view_sort_by_column (self->column_view,
                                  _cchc_task_page_get_column (self, self->sort_column), order);
}
