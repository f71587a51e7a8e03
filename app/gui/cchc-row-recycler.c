/* cchc-row-recycler.c: a selection model whose rows pass their widgets on
 *
 * GTK 4.8's list views keep widgets for some two hundred rows around the
 * viewport. When rows are removed, the widgets of their items are
 * destroyed, and the rows that come into that window get new ones: a row
 * widget and one cell per column, each with its list item, controllers,
 * accessible object and style. A search that hides fifty rows at the top
 * of a table of six columns makes and destroys some seven hundred widgets.
 *
 * GTK keeps a widget when the same item comes back in the same change. So
 * this model shows the items of another selection model through rows of
 * its own (CchcRow), made as the view asks for them, and when items go
 * the rows that a widget shows are kept for the items that come in their
 * place: the view finds the row it knows and keeps its widget, and the
 * cells show the row's new item. A row whose item is still there stays
 * with it. The rows no widget shows are reused too (the view asks for
 * every row a change covers, shown or not). Selection is the other
 * model's.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cchc-row-recycler"

#include "config.h"

#include <string.h>

#include "cchc-row-private.h"
#include "cchc-row-recycler.h"

struct _CchcRowRecycler
{
  GObject            parent_instance;

  GtkSelectionModel *model;
  GPtrArray         *rows;      /* CchcRow or NULL (not asked for yet), per item */

  /* While the model's items change: the rows shown of the items that stay,
   * by item, in the order of their new places; those of the items that
   * went; and the rows not shown. */
  GHashTable        *kept;
  GPtrArray         *kept_rows;
  GPtrArray         *spare_rows;
  GPtrArray         *idle_rows;
};

static void cchc_row_recycler_list_model_init      (GListModelInterface        *iface);
static void cchc_row_recycler_selection_model_init (GtkSelectionModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (CchcRowRecycler, cchc_row_recycler, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      cchc_row_recycler_list_model_init)
                               G_IMPLEMENT_INTERFACE (GTK_TYPE_SELECTION_MODEL,
                                                      cchc_row_recycler_selection_model_init))

static void
row_free (gpointer row)
{
  if (row != NULL)
    g_object_unref (row);
}

/* Sorts the rows of the @removed items from @position: those shown, by
 * item, are returned (@end_shown: the place after the last); the others
 * are free to show any item. */
static GHashTable *
collect_removed_rows (CchcRowRecycler *self,
                      guint            position,
                      guint            removed,
                      guint           *end_shown)
{
  GHashTable *shown = g_hash_table_new (NULL, NULL);

  *end_shown = position;
  for (guint i = position; i < position + removed; i++)
    {
      CchcRow *row = g_ptr_array_index (self->rows, i);

      if (row == NULL)
        continue;
      if (_cchc_row_is_bound (row))
        {
          g_hash_table_insert (shown, cchc_row_get_item (row), row);
          *end_shown = i + 1;
        }
      else
        g_ptr_array_add (self->idle_rows, g_object_ref (row));
    }

  return shown;
}

/* Sorts the rows shown of @removed rows from @position into those whose
 * items are among the @added items that replace them, and the others. */
static void
sort_removed_rows (CchcRowRecycler *self,
                   guint            position,
                   guint            removed,
                   guint            added)
{
  GListModel *model = G_LIST_MODEL (self->model);
  g_autoptr(GHashTable) shown = NULL;
  GHashTableIter iter;
  gpointer row;
  guint end;

  /* An item that stays comes up by the items removed before it, or down
   * by those added: none is looked for past the last row shown by more
   * than the items added in all. (A change that both hides and shows
   * items may move one further: it gets another row, bound again.) A
   * search that hides rows at the top of ten thousand looks through the
   * two hundred the view shows, not through all. */
  shown = collect_removed_rows (self, position, removed, &end);
  end = MIN (position + added, end + (added > removed ? added - removed : 0));

  for (guint i = position; i < end && g_hash_table_size (shown) > 0; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);

      if (g_hash_table_steal_extended (shown, item, NULL, &row))
        {
          g_hash_table_insert (self->kept, item, row);
          g_ptr_array_add (self->kept_rows, g_object_ref (row));
        }
    }

  g_hash_table_iter_init (&iter, shown);
  while (g_hash_table_iter_next (&iter, NULL, &row))
    g_ptr_array_add (self->spare_rows, g_object_ref (row));
}

/* A row shown before that is free for another item: one whose item went,
 * else the one kept for the item that came furthest down, which the view
 * asks for last if at all. */
static CchcRow *
take_spare_row (CchcRowRecycler *self)
{
  while (self->spare_rows->len == 0 && self->kept_rows->len > 0)
    {
      CchcRow *row = g_ptr_array_steal_index (self->kept_rows, self->kept_rows->len - 1);

      if (g_hash_table_lookup (self->kept, cchc_row_get_item (row)) == row)
        {
          g_hash_table_remove (self->kept, cchc_row_get_item (row));
          return row;
        }
      g_object_unref (row);
    }

  if (self->spare_rows->len > 0)
    return g_ptr_array_steal_index (self->spare_rows, self->spare_rows->len - 1);

  return NULL;
}

/* The row for @item: its own if it had one shown, else one shown that is
 * passed on, else one of the others removed, else a new one (a search
 * makes the view ask for every row it changes, shown or not). */
static CchcRow *
take_row (CchcRowRecycler *self,
          GObject         *item)
{
  CchcRow *row = g_hash_table_lookup (self->kept, item);

  if (row != NULL)
    {
      g_hash_table_remove (self->kept, item);
      return g_object_ref (row);
    }

  row = take_spare_row (self);
  if (row == NULL && self->idle_rows->len > 0)
    row = g_ptr_array_steal_index (self->idle_rows, self->idle_rows->len - 1);
  if (row == NULL)
    return _cchc_row_new (item);

  _cchc_row_set_item (row, item);

  return row;
}

static void
splice_rows (CchcRowRecycler *self,
             guint            position,
             guint            removed,
             guint            added)
{
  guint tail = self->rows->len - position - removed;

  g_ptr_array_remove_range (self->rows, position, removed);
  g_ptr_array_set_size (self->rows, self->rows->len + added);
  memmove (self->rows->pdata + position + added, self->rows->pdata + position,
           tail * sizeof (gpointer));
  memset (self->rows->pdata + position, 0, added * sizeof (gpointer));
}

static void
on_model_items_changed_cb (CchcRowRecycler *self,
                           guint            position,
                           guint            removed,
                           guint            added,
                           GListModel      *model)
{
  sort_removed_rows (self, position, removed, added);
  splice_rows (self, position, removed, added);

  /* The view asks for the rows it shows while it hears of the change. */
  g_list_model_items_changed (G_LIST_MODEL (self), position, removed, added);

  g_hash_table_remove_all (self->kept);
  g_ptr_array_set_size (self->kept_rows, 0);
  g_ptr_array_set_size (self->spare_rows, 0);
  g_ptr_array_set_size (self->idle_rows, 0);
}

static void
on_model_selection_changed_cb (CchcRowRecycler   *self,
                               guint              position,
                               guint              n_items,
                               GtkSelectionModel *model)
{
  gtk_selection_model_selection_changed (GTK_SELECTION_MODEL (self), position, n_items);
}

/* GListModel --------------------------------------------------------- */

static GType
cchc_row_recycler_get_item_type (GListModel *model)
{
  return CCHC_TYPE_ROW;
}

static guint
cchc_row_recycler_get_n_items (GListModel *model)
{
  return CCHC_ROW_RECYCLER (model)->rows->len;
}

static gpointer
cchc_row_recycler_get_item (GListModel *model,
                            guint       position)
{
  CchcRowRecycler *self = CCHC_ROW_RECYCLER (model);
  g_autoptr(GObject) item = NULL;

  if (position >= self->rows->len)
    return NULL;

  if (g_ptr_array_index (self->rows, position) == NULL)
    {
      item = g_list_model_get_item (G_LIST_MODEL (self->model), position);
      g_ptr_array_index (self->rows, position) = take_row (self, item);
    }

  return g_object_ref (g_ptr_array_index (self->rows, position));
}

static void
cchc_row_recycler_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = cchc_row_recycler_get_item_type;
  iface->get_n_items = cchc_row_recycler_get_n_items;
  iface->get_item = cchc_row_recycler_get_item;
}

/* GtkSelectionModel: the other model's selection ---------------------- */

static gboolean
cchc_row_recycler_is_selected (GtkSelectionModel *model,
                               guint              position)
{
  return gtk_selection_model_is_selected (CCHC_ROW_RECYCLER (model)->model, position);
}

static GtkBitset *
cchc_row_recycler_get_selection_in_range (GtkSelectionModel *model,
                                          guint              position,
                                          guint              n_items)
{
  return gtk_selection_model_get_selection_in_range (CCHC_ROW_RECYCLER (model)->model,
                                                     position, n_items);
}

static gboolean
cchc_row_recycler_select_item (GtkSelectionModel *model,
                               guint              position,
                               gboolean           unselect_rest)
{
  return gtk_selection_model_select_item (CCHC_ROW_RECYCLER (model)->model,
                                          position, unselect_rest);
}

static gboolean
cchc_row_recycler_unselect_item (GtkSelectionModel *model,
                                 guint              position)
{
  return gtk_selection_model_unselect_item (CCHC_ROW_RECYCLER (model)->model, position);
}

static gboolean
cchc_row_recycler_select_range (GtkSelectionModel *model,
                                guint              position,
                                guint              n_items,
                                gboolean           unselect_rest)
{
  return gtk_selection_model_select_range (CCHC_ROW_RECYCLER (model)->model,
                                           position, n_items, unselect_rest);
}

static gboolean
cchc_row_recycler_unselect_range (GtkSelectionModel *model,
                                  guint              position,
                                  guint              n_items)
{
  return gtk_selection_model_unselect_range (CCHC_ROW_RECYCLER (model)->model,
                                             position, n_items);
}

static gboolean
cchc_row_recycler_select_all (GtkSelectionModel *model)
{
  return gtk_selection_model_select_all (CCHC_ROW_RECYCLER (model)->model);
}

static gboolean
cchc_row_recycler_unselect_all (GtkSelectionModel *model)
{
  return gtk_selection_model_unselect_all (CCHC_ROW_RECYCLER (model)->model);
}

static gboolean
cchc_row_recycler_set_selection (GtkSelectionModel *model,
                                 GtkBitset         *selected,
                                 GtkBitset         *mask)
{
  return gtk_selection_model_set_selection (CCHC_ROW_RECYCLER (model)->model, selected, mask);
}

static void
cchc_row_recycler_selection_model_init (GtkSelectionModelInterface *iface)
{
  iface->is_selected = cchc_row_recycler_is_selected;
  iface->get_selection_in_range = cchc_row_recycler_get_selection_in_range;
  iface->select_item = cchc_row_recycler_select_item;
  iface->unselect_item = cchc_row_recycler_unselect_item;
  iface->select_range = cchc_row_recycler_select_range;
  iface->unselect_range = cchc_row_recycler_unselect_range;
  iface->select_all = cchc_row_recycler_select_all;
  iface->unselect_all = cchc_row_recycler_unselect_all;
  iface->set_selection = cchc_row_recycler_set_selection;
}

/* GObject ------------------------------------------------------------ */

static void
cchc_row_recycler_dispose (GObject *object)
{
  CchcRowRecycler *self = CCHC_ROW_RECYCLER (object);

  if (self->model != NULL)
    g_signal_handlers_disconnect_by_data (self->model, self);
  g_clear_object (&self->model);
  g_ptr_array_set_size (self->rows, 0);

  G_OBJECT_CLASS (cchc_row_recycler_parent_class)->dispose (object);
}

static void
cchc_row_recycler_finalize (GObject *object)
{
  CchcRowRecycler *self = CCHC_ROW_RECYCLER (object);

  g_ptr_array_unref (self->rows);
  g_hash_table_unref (self->kept);
  g_ptr_array_unref (self->kept_rows);
  g_ptr_array_unref (self->spare_rows);
  g_ptr_array_unref (self->idle_rows);

  G_OBJECT_CLASS (cchc_row_recycler_parent_class)->finalize (object);
}

static void
cchc_row_recycler_class_init (CchcRowRecyclerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = cchc_row_recycler_dispose;
  object_class->finalize = cchc_row_recycler_finalize;
}

static void
cchc_row_recycler_init (CchcRowRecycler *self)
{
  self->rows = g_ptr_array_new_with_free_func (row_free);
  self->kept = g_hash_table_new (NULL, NULL);
  self->kept_rows = g_ptr_array_new_with_free_func (g_object_unref);
  self->spare_rows = g_ptr_array_new_with_free_func (g_object_unref);
  self->idle_rows = g_ptr_array_new_with_free_func (g_object_unref);
}

/**
 * cchc_row_recycler_new:
 * @model: (transfer full): the items to show and their selection
 *
 * Returns: (transfer full): a model of the rows of @model's items, for a
 *   list or column view whose factories show cchc_row_get_item()
 */
CchcRowRecycler *
cchc_row_recycler_new (GtkSelectionModel *model)
{
  CchcRowRecycler *self;

  g_return_val_if_fail (GTK_IS_SELECTION_MODEL (model), NULL);

  self = g_object_new (CCHC_TYPE_ROW_RECYCLER, NULL);
  self->model = model;
  g_ptr_array_set_size (self->rows, g_list_model_get_n_items (G_LIST_MODEL (model)));
  g_signal_connect_swapped (model, "items-changed", G_CALLBACK (on_model_items_changed_cb), self);
  g_signal_connect_swapped (model, "selection-changed",
                            G_CALLBACK (on_model_selection_changed_cb), self);

  return self;
}

/**
 * cchc_row_recycler_get_model:
 *
 * Returns: (transfer none): the model whose items the rows show
 */
GtkSelectionModel *
cchc_row_recycler_get_model (CchcRowRecycler *self)
{
  g_return_val_if_fail (CCHC_IS_ROW_RECYCLER (self), NULL);

  return self->model;
}
