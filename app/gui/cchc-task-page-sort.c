/* cchc-task-page-sort.c: the sorting of the task page
 *
 * By the plan's numbers for the STT column, in Vietnamese alphabetical
 * order (cached collation keys) for the others.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cchc-task-page"

#include "config.h"

#include <string.h>

#include "cchc-task-page-private.h"

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
 *   for the STT, in Vietnamese alphabetical order for the others
 */
GtkSorter *
_cchc_task_page_new_sorter (CchcTaskPage   *self,
                            CchcTaskColumn  column)
{
  if (column == CCHC_TASK_COLUMN_NUMBER)
    return GTK_SORTER (gtk_custom_sorter_new (compare_by_number, g_object_ref (self->rows),
                                              g_object_unref));

  return GTK_SORTER (gtk_custom_sorter_new (compare_by_column, GINT_TO_POINTER (column), NULL));
}
