/* cchc-store-external.c: following what other programs write to the file
 *
 * Another instance of the application, or any program, may write to the
 * same database while the lists are on screen. SQLite tells a connection
 * so through PRAGMA data_version: it changes when another connection
 * commits, never for this connection's own writes, and reading it is one
 * cheap statement.
 *
 * When it changed, every cached list is read again and brought in line
 * with the file, in place. Rows are matched by id and UUID (a rowid that
 * SQLite handed out again to a new row makes a new row). The live object
 * of a row that stays keeps its identity and takes the new values through
 * its setters, so that only what changed notifies; the objects of vanished
 * rows are removed and forgotten, new rows come in, and rows out of order
 * move, leaving the longest run already in order where it is: every step
 * one exact items-changed.
 *
 * Kinds go parents first (plans, units, then the rows below plans): the
 * units that rows name are live before the rows are read, and the lists
 * below a vanished row are emptied and dropped before their turn. Within a
 * kind, every list loses its vanished rows before any list gains rows.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cchc-store"

#include "config.h"

#include "cchc-record.h"
#include "cchc-store-internal.h"

/* One cached list and its rows as the file has them now. */
typedef struct
{
  gint64      parent_id;
  GListStore *model;
  GPtrArray  *rows;    /* detached objects read from the file */
  gboolean    changed;
} Reload;

static void
clear_reload (gpointer data)
{
  Reload *reload = data;

  g_clear_object (&reload->model);
  g_clear_pointer (&reload->rows, g_ptr_array_unref);
}

/* Whether @reload is still the cached list it was when it was read. */
static gboolean
reload_is_cached (CchcStore  *self,
                  EntityKind  kind,
                  Reload     *reload)
{
  return _cchc_store_lookup_model (self, kind, reload->parent_id) == reload->model;
}

/* Reads every cached list of @kind again. */
static GArray *
read_lists (CchcStore   *self,
            EntityKind   kind,
            GError     **error)
{
  g_autoptr(GArray) reloads = g_array_new (FALSE, TRUE, sizeof (Reload));
  GHashTableIter iter;
  gpointer key, value;

  g_array_set_clear_func (reloads, clear_reload);

  g_hash_table_iter_init (&iter, self->models[kind]);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      Reload reload = { *(gint64 *) key, g_object_ref (value),
                        g_ptr_array_new_with_free_func (g_object_unref), FALSE };

      g_array_append_val (reloads, reload);
    }

  for (guint i = 0; i < reloads->len; i++)
    {
      Reload *reload = &g_array_index (reloads, Reload, i);

      if (!_cchc_store_read_rows (self, kind, reload->parent_id, reload->rows, error))
        return NULL;
    }

  return g_steal_pointer (&reloads);
}

/* The fresh rows of a list by UUID. (The UUIDs belong to the rows.) */
static GHashTable *
index_by_uuid (GPtrArray *rows)
{
  GHashTable *index = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < rows->len; i++)
    {
      CchcRecord *row = g_ptr_array_index (rows, i);

      g_hash_table_insert (index, (gpointer) cchc_record_get_uuid (row), row);
    }

  return index;
}

/* Whether the row of the live object @record is among the rows of @index:
 * the same id with the same UUID. */
static gboolean
row_remains (GHashTable *index,
             CchcRecord *record)
{
  CchcRecord *row = g_hash_table_lookup (index, cchc_record_get_uuid (record));

  return row != NULL && cchc_record_get_id (row) == cchc_record_get_id (record);
}

/* Takes the objects of vanished rows out of the list, a run of neighbours
 * at a time, and forgets them; the lists below them are emptied. */
static gboolean
remove_vanished (CchcStore  *self,
                 EntityKind  kind,
                 Reload     *reload)
{
  g_autoptr(GHashTable) index = index_by_uuid (reload->rows);
  GListModel *model = G_LIST_MODEL (reload->model);
  gboolean changed = FALSE;
  guint end = g_list_model_get_n_items (model);

  while (end > 0)
    {
      guint start = end;

      for (; start > 0; start--)
        {
          g_autoptr(CchcRecord) record = g_list_model_get_item (model, start - 1);

          if (row_remains (index, record))
            break;
          _cchc_store_forget_row (self, kind, record, TRUE);
        }

      if (start < end)
        {
          g_list_store_splice (reload->model, start, end - start, NULL, 0);
          changed = TRUE;
        }
      end = start > 0 ? start - 1 : 0;
    }

  return changed;
}

static void
on_notify_cb (GObject    *object,
              GParamSpec *pspec,
              gboolean   *changed)
{
  *changed = TRUE;
}

/* Gives the live @record the values of @row; returns whether any changed. */
static gboolean
assign_row (EntityKind  kind,
            CchcRecord *record,
            CchcRecord *row)
{
  gboolean changed = FALSE;
  gulong handler;

  handler = g_signal_connect (record, "notify", G_CALLBACK (on_notify_cb), &changed);
  _cchc_store_assign_fields (kind, G_OBJECT (record), G_OBJECT (row));
  g_signal_handler_disconnect (record, handler);

  return changed;
}

/* Marks in @stays the longest increasing run of @before (the positions of
 * the live objects in the list, G_MAXUINT for new rows): the objects that
 * need not move. */
static void
mark_longest_run (const guint *before,
                  guint        n,
                  gboolean    *stays)
{
  g_autofree guint *tails = g_new (guint, n + 1);
  g_autofree guint *previous = g_new (guint, n + 1);
  guint length = 0;

  /* tails[k]: the index ending the best increasing run of length k + 1. */
  for (guint j = 0; j < n; j++)
    {
      guint low = 0, high = length;

      if (before[j] == G_MAXUINT)
        continue;

      while (low < high)
        {
          guint middle = (low + high) / 2;

          if (before[tails[middle]] < before[j])
            low = middle + 1;
          else
            high = middle;
        }

      previous[j] = low > 0 ? tails[low - 1] : G_MAXUINT;
      tails[low] = j;
      if (low == length)
        length++;
    }

  for (guint j = length > 0 ? tails[length - 1] : G_MAXUINT; j != G_MAXUINT; j = previous[j])
    stays[j] = TRUE;
}

/* Takes out of @model the objects that are not in @staying, a run of
 * neighbours at a time. */
static void
take_out_movers (GListStore *model,
                 GHashTable *staying)
{
  guint end = g_list_model_get_n_items (G_LIST_MODEL (model));

  while (end > 0)
    {
      guint start = end;

      for (; start > 0; start--)
        {
          g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (model), start - 1);

          if (g_hash_table_contains (staying, item))
            break;
        }

      if (start < end)
        g_list_store_splice (model, start, end - start, NULL, 0);
      end = start > 0 ? start - 1 : 0;
    }
}

/* Makes @model hold the objects of @target in order, with @target holding
 * live objects of remaining rows and new objects of new rows. The objects
 * that stay in place are marked in @stays. Returns whether @model changed. */
static gboolean
place_rows (CchcStore  *self,
            EntityKind  kind,
            GListStore *model,
            GPtrArray  *target,
            gboolean   *stays)
{
  g_autoptr(GHashTable) positions = g_hash_table_new (NULL, NULL);
  g_autoptr(GHashTable) staying = g_hash_table_new (NULL, NULL);
  g_autofree guint *before = g_new (guint, target->len + 1);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (model));
  guint j, k;

  /* Positions are kept off by one: NULL is "not in the list". */
  for (j = 0; j < n; j++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (model), j);

      g_hash_table_insert (positions, item, GUINT_TO_POINTER (j + 1));
    }
  for (j = 0; j < target->len; j++)
    before[j] = GPOINTER_TO_UINT (g_hash_table_lookup (positions,
                                                      g_ptr_array_index (target, j))) - 1;
  mark_longest_run (before, target->len, stays);

  for (j = 0; j < target->len; j++)
    if (stays[j])
      g_hash_table_add (staying, g_ptr_array_index (target, j));
  if (g_hash_table_size (staying) == target->len && n == target->len)
    return FALSE;

  take_out_movers (model, staying);

  /* What is left is the staying objects in order: put the others between. */
  for (j = 0; j < target->len; j = k)
    {
      for (k = j; k < target->len && !stays[k]; k++)
        if (before[k] == G_MAXUINT)
          _cchc_store_remember_object (self, kind, g_ptr_array_index (target, k));

      if (k > j)
        g_list_store_splice (model, j, 0, target->pdata + j, k - j);
      else
        k++;
    }

  return TRUE;
}

/* Brings one list in line with its rows; the vanished rows are gone
 * already. */
static gboolean
update_list (CchcStore  *self,
             EntityKind  kind,
             Reload     *reload)
{
  g_autoptr(GPtrArray) target = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree gboolean *assigned = g_new0 (gboolean, reload->rows->len + 1);
  g_autofree gboolean *stays = g_new0 (gboolean, reload->rows->len + 1);
  gboolean changed = FALSE;

  for (guint j = 0; j < reload->rows->len; j++)
    {
      CchcRecord *row = g_ptr_array_index (reload->rows, j);
      gint64 id = cchc_record_get_id (row);
      CchcRecord *record = g_hash_table_lookup (self->objects[kind], &id);

      if (record != NULL)
        assigned[j] = assign_row (kind, record, row);
      g_ptr_array_add (target, g_object_ref (record != NULL ? record : row));
    }

  changed = place_rows (self, kind, reload->model, target, stays);

  /* As for an edit made here: the row that changed in place, changed. */
  for (guint j = 0; j < target->len; j++)
    if (assigned[j] && stays[j])
      g_list_store_splice (reload->model, j, 1, target->pdata + j, 1);

  for (guint j = 0; j < target->len; j++)
    changed |= assigned[j];

  return changed;
}

/* Brings every cached list of @kind in line with the file. */
static gboolean
reconcile_kind (CchcStore   *self,
                EntityKind   kind,
                gboolean    *changed,
                GError     **error)
{
  g_autoptr(GArray) reloads = read_lists (self, kind, error);

  if (reloads == NULL)
    return FALSE;

  for (guint i = 0; i < reloads->len; i++)
    {
      Reload *reload = &g_array_index (reloads, Reload, i);

      if (reload_is_cached (self, kind, reload))
        reload->changed = remove_vanished (self, kind, reload);
    }

  for (guint i = 0; i < reloads->len; i++)
    {
      Reload *reload = &g_array_index (reloads, Reload, i);

      if (!reload_is_cached (self, kind, reload))
        continue;

      reload->changed |= update_list (self, kind, reload);
      if (reload->changed)
        {
          _cchc_store_renumber (self, kind, reload->model);
          *changed = TRUE;
        }
    }

  return TRUE;
}

/* PRAGMA data_version changes when another connection commits a change to
 * the file, never for the changes of this one. */
gboolean
_cchc_store_read_data_version (CchcStore  *self,
                               gint64     *version_out,
                               GError    **error)
{
  int rc;

  *version_out = _cchc_store_query_int (self, "PRAGMA data_version", &rc);
  if (rc != SQLITE_OK)
    return _cchc_store_set_error_from_rc (self, rc, error);

  return TRUE;
}

/**
 * cchc_store_check_external_changes:
 *
 * Looks whether another program (or another connection to the same file)
 * has written to the database since the last look, which costs one quick
 * statement. If so, every list the store has given out is brought up to
 * date in place: the objects of rows that remain are the same objects and
 * notify the properties that changed, vanished rows are removed and new
 * ones inserted with exact items-changed, and #CchcStore::external-change
 * is emitted. The store's own writes never count.
 *
 * Call it when the window comes back to the front, or every few seconds.
 * On an error (%CCHC_STORE_ERROR_BUSY while the other program writes) the
 * lists stay as they are, or partly updated, and the next call tries again.
 *
 * Returns: %TRUE if the lists changed; %FALSE if nothing changed or on an
 *   error, which sets @error
 */
gboolean
cchc_store_check_external_changes (CchcStore  *self,
                                   GError    **error)
{
  gboolean changed = FALSE;
  gint64 version = 0;
  gboolean ok;

  g_return_val_if_fail (CCHC_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  /* One read transaction: the version and the rows are of one moment. */
  if (!_cchc_store_exec (self, "BEGIN", error))
    return FALSE;

  ok = _cchc_store_read_data_version (self, &version, error);
  if (ok && version != self->data_version)
    {
      g_debug ("%s was changed by another connection", self->path);
      for (guint kind = 0; ok && kind < N_ENTITIES; kind++)
        ok = reconcile_kind (self, kind, &changed, error);
    }

  ok = _cchc_store_end (self, ok, error);
  if (ok)
    self->data_version = version;

  if (changed)
    _cchc_store_emit_external_change (self);

  return ok && changed;
}
