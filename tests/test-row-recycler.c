/* test-row-recycler.c: rows that pass their widgets on (CchcRowRecycler)
 *
 * A "view" here does what GTK's list views do with the model: while it
 * hears of a change it asks for the rows of its window of positions, binds
 * the rows it did not show and unbinds those it no longer shows.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "cchc-row-recycler.h"

#define WINDOW 10

typedef struct
{
  GListStore         *store;
  GtkSingleSelection *selection;
  CchcRowRecycler    *recycler;
  GPtrArray          *shown;     /* the rows of positions 0 to WINDOW - 1 */
  GHashTable         *changes;   /* row → times it said "changed" */
} View;

static GObject *
item_new (guint number)
{
  g_autofree char *name = g_strdup_printf ("item%u", number);

  return G_OBJECT (g_simple_action_new (name, NULL));
}

static void
on_row_changed_cb (CchcRow *row,
                   View    *view)
{
  guint n = GPOINTER_TO_UINT (g_hash_table_lookup (view->changes, row));

  g_hash_table_insert (view->changes, row, GUINT_TO_POINTER (n + 1));
}

static void
show_window (View *view)
{
  GListModel *model = G_LIST_MODEL (view->recycler);
  guint n = MIN (WINDOW, g_list_model_get_n_items (model));
  g_autoptr(GPtrArray) shown = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (shown, g_list_model_get_item (model, i));

  for (guint i = 0; i < view->shown->len; i++)
    {
      CchcRow *row = g_ptr_array_index (view->shown, i);

      if (!g_ptr_array_find (shown, row, NULL))
        {
          g_signal_handlers_disconnect_by_func (row, on_row_changed_cb, view);
          cchc_row_unbind (row);
        }
    }
  for (guint i = 0; i < shown->len; i++)
    {
      CchcRow *row = g_ptr_array_index (shown, i);

      if (!g_ptr_array_find (view->shown, row, NULL))
        {
          cchc_row_bind (row);
          g_signal_connect (row, "changed", G_CALLBACK (on_row_changed_cb), view);
        }
    }

  g_ptr_array_set_size (view->shown, 0);
  g_ptr_array_extend_and_steal (view->shown, g_steal_pointer (&shown));
}

static void
on_items_changed_cb (View *view)
{
  show_window (view);
}

static View *
view_new (guint n_items)
{
  View *view = g_new0 (View, 1);

  view->store = g_list_store_new (G_TYPE_SIMPLE_ACTION);
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(GObject) item = item_new (i);

      g_list_store_append (view->store, item);
    }
  view->selection = gtk_single_selection_new (G_LIST_MODEL (g_object_ref (view->store)));
  gtk_single_selection_set_autoselect (view->selection, FALSE);
  gtk_single_selection_set_can_unselect (view->selection, TRUE);
  gtk_single_selection_set_selected (view->selection, GTK_INVALID_LIST_POSITION);
  view->recycler = cchc_row_recycler_new (g_object_ref (GTK_SELECTION_MODEL (view->selection)));
  view->shown = g_ptr_array_new_with_free_func (g_object_unref);
  view->changes = g_hash_table_new (NULL, NULL);
  g_signal_connect_swapped (view->recycler, "items-changed", G_CALLBACK (on_items_changed_cb),
                            view);
  show_window (view);

  return view;
}

static void
view_free (View *view)
{
  for (guint i = 0; i < view->shown->len; i++)
    {
      CchcRow *row = g_ptr_array_index (view->shown, i);

      g_signal_handlers_disconnect_by_func (row, on_row_changed_cb, view);
      cchc_row_unbind (row);
    }
  g_ptr_array_unref (view->shown);
  g_hash_table_unref (view->changes);
  g_assert_finalize_object (view->recycler);
  g_object_unref (view->selection);
  g_object_unref (view->store);
  g_free (view);
}

/* Every row shows the item at its place in the store. */
static void
assert_rows_follow_items (View *view)
{
  GListModel *rows = G_LIST_MODEL (view->recycler);
  guint n_items = g_list_model_get_n_items (G_LIST_MODEL (view->store));

  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, n_items);
  g_assert_null (g_list_model_get_item (rows, n_items));
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(CchcRow) row = g_list_model_get_item (rows, i);
      g_autoptr(CchcRow) again = g_list_model_get_item (rows, i);
      g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (view->store), i);

      g_assert_true (CCHC_IS_ROW (row));
      g_assert_true (row == again);
      g_assert_true (cchc_row_get_item (row) == (gpointer) item);
    }
}

static gpointer
get_shown (View  *view,
           guint  position)
{
  return g_ptr_array_index (view->shown, position);
}

static guint
count_changes (View    *view,
               CchcRow *row)
{
  return GPOINTER_TO_UINT (g_hash_table_lookup (view->changes, row));
}

static void
test_rows_follow_items (void)
{
  View *view = view_new (30);
  g_autoptr(GObject) added = item_new (100);
  GObject *items[2] = { item_new (101), item_new (102) };

  assert_rows_follow_items (view);
  g_list_store_remove (view->store, 3);
  assert_rows_follow_items (view);
  g_list_store_splice (view->store, 5, 4, (gpointer *) items, 2);
  assert_rows_follow_items (view);
  g_list_store_insert (view->store, 0, added);
  assert_rows_follow_items (view);
  g_list_store_remove_all (view->store);
  assert_rows_follow_items (view);
  g_assert_cmpuint (view->shown->len, ==, 0);

  g_object_unref (items[0]);
  g_object_unref (items[1]);
  view_free (view);
}

/* Items go from the top (a search that hides rows): the rows shown of the
 * items that went show the items that come into the window; the rows of
 * the items that stay stay with them, and say nothing. */
static void
test_removed_rows_pass_on (void)
{
  View *view = view_new (30);
  gpointer before[WINDOW];

  for (guint i = 0; i < WINDOW; i++)
    before[i] = get_shown (view, i);

  g_list_store_splice (view->store, 0, 3, NULL, 0);
  assert_rows_follow_items (view);

  for (guint i = 0; i < WINDOW - 3; i++)
    {
      g_assert_true (get_shown (view, i) == before[i + 3]);
      g_assert_cmpuint (count_changes (view, get_shown (view, i)), ==, 0);
    }
  for (guint i = WINDOW - 3; i < WINDOW; i++)
    {
      CchcRow *row = get_shown (view, i);

      g_assert_true (row == before[0] || row == before[1] || row == before[2]);
      g_assert_cmpuint (count_changes (view, row), ==, 1);
    }

  view_free (view);
}

/* Items come in at the top (a search that shows more rows): the rows
 * shown of the items pushed out of the window show the new ones. */
static void
test_pushed_out_rows_pass_on (void)
{
  View *view = view_new (30);
  GObject *items[3] = { item_new (100), item_new (101), item_new (102) };
  gpointer before[WINDOW];

  for (guint i = 0; i < WINDOW; i++)
    before[i] = get_shown (view, i);

  /* Items in the window come back in the same change, as a refilter says
   * it: the change covers the rows from the first to the last changed. */
  {
    GObject *all[WINDOW + 3];

    for (guint i = 0; i < 3; i++)
      all[i] = items[i];
    for (guint i = 0; i < WINDOW; i++)
      all[i + 3] = cchc_row_get_item (before[i]);
    for (guint i = 0; i < WINDOW; i++)
      g_object_ref (all[i + 3]);
    g_list_store_splice (view->store, 0, WINDOW, (gpointer *) all, WINDOW + 3);
    for (guint i = 0; i < WINDOW; i++)
      g_object_unref (all[i + 3]);
  }
  assert_rows_follow_items (view);

  for (guint i = 3; i < WINDOW; i++)
    g_assert_true (get_shown (view, i) == before[i - 3]);
  for (guint i = 0; i < 3; i++)
    {
      CchcRow *row = get_shown (view, i);

      g_assert_true (row == before[WINDOW - 1] || row == before[WINDOW - 2] ||
                     row == before[WINDOW - 3]);
      g_assert_true (cchc_row_get_item (row) == (gpointer) items[i]);
    }

  for (guint i = 0; i < 3; i++)
    g_object_unref (items[i]);
  view_free (view);
}

static void
count_cb (CchcRow *row,
          guint   *count)
{
  (*count)++;
}

/* A row shown says when its item changes; one not shown does not. */
static void
test_changed_while_bound (void)
{
  View *view = view_new (30);
  g_autoptr(CchcRow) hidden = g_list_model_get_item (G_LIST_MODEL (view->recycler), 20);
  CchcRow *row = get_shown (view, 2);
  guint hidden_changes = 0;

  g_simple_action_set_enabled (G_SIMPLE_ACTION (cchc_row_get_item (row)), FALSE);
  g_assert_cmpuint (count_changes (view, row), ==, 1);

  g_signal_connect (hidden, "changed", G_CALLBACK (count_cb), &hidden_changes);
  g_simple_action_set_enabled (G_SIMPLE_ACTION (cchc_row_get_item (hidden)), FALSE);
  g_assert_cmpuint (hidden_changes, ==, 0);

  /* Once shown, it does. */
  cchc_row_bind (hidden);
  g_simple_action_set_enabled (G_SIMPLE_ACTION (cchc_row_get_item (hidden)), TRUE);
  g_assert_cmpuint (hidden_changes, ==, 1);
  cchc_row_unbind (hidden);
  g_simple_action_set_enabled (G_SIMPLE_ACTION (cchc_row_get_item (hidden)), FALSE);
  g_assert_cmpuint (hidden_changes, ==, 1);

  view_free (view);
}

static void
on_selection_changed_cb (GtkSelectionModel *model,
                         guint              position,
                         guint              n_items,
                         guint             *count)
{
  (*count)++;
}

/* Selection is the other model's, both ways. */
static void
test_selection (void)
{
  View *view = view_new (30);
  GtkSelectionModel *rows = GTK_SELECTION_MODEL (view->recycler);
  guint count = 0;

  g_assert_true (cchc_row_recycler_get_model (view->recycler) ==
                 GTK_SELECTION_MODEL (view->selection));
  g_signal_connect (rows, "selection-changed", G_CALLBACK (on_selection_changed_cb), &count);

  g_assert_true (gtk_selection_model_select_item (rows, 4, TRUE));
  g_assert_cmpuint (gtk_single_selection_get_selected (view->selection), ==, 4);
  g_assert_true (gtk_selection_model_is_selected (rows, 4));
  g_assert_false (gtk_selection_model_is_selected (rows, 3));
  g_assert_cmpuint (count, ==, 1);

  gtk_single_selection_set_selected (view->selection, 7);
  g_assert_true (gtk_selection_model_is_selected (rows, 7));
  g_assert_false (gtk_selection_model_is_selected (rows, 4));
  g_assert_cmpuint (count, ==, 2);

  g_assert_true (gtk_selection_model_unselect_item (rows, 7));
  g_assert_cmpuint (gtk_single_selection_get_selected (view->selection), ==,
                    GTK_INVALID_LIST_POSITION);

  view_free (view);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/row-recycler/rows-follow-items", test_rows_follow_items);
  g_test_add_func ("/row-recycler/removed-rows-pass-on", test_removed_rows_pass_on);
  g_test_add_func ("/row-recycler/pushed-out-rows-pass-on", test_pushed_out_rows_pass_on);
  g_test_add_func ("/row-recycler/changed-while-bound", test_changed_while_bound);
  g_test_add_func ("/row-recycler/selection", test_selection);

  return g_test_run ();
}
