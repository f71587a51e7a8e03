/* cchc-store.c: the SQLite database of plans and the models built on it
 *
 * The store is the only code that speaks SQL. It opens (and creates or
 * migrates) the database, and keeps one GListStore per list of rows that
 * somebody asked for: the plans, the units, the areas/KPIs/activities/
 * report periods of a plan and the tasks of an area. Every write is one
 * transaction; only once it has committed are the live objects and their
 * models changed, so a failed write leaves both the file and what the user
 * sees as they were.
 *
 * The class is written in several files that share cchc-store-internal.h:
 *   cchc-store.c           the object, and the edits of single rows
 *   cchc-store-file.c      opening and migrating the file; the connection
 *   cchc-store-fields.c    the values of objects in columns
 *   cchc-store-rows.c      the tables of rows and the statements on them
 *   cchc-store-models.c    the live objects and the cached lists
 *   cchc-store-import.c    whole plans: import and copy
 *   cchc-store-external.c  following what other programs write to the file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cchc-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "cchc-model-private.h"
#include "cchc-plan.h"
#include "cchc-store-internal.h"
#include "cchc-unit.h"

G_DEFINE_FINAL_TYPE (CchcStore, cchc_store, G_TYPE_OBJECT)
G_DEFINE_QUARK (cchc-store-error-quark, cchc_store_error)

enum {
  PROP_0,
  PROP_PATH,
  N_PROPS
};

enum {
  EXTERNAL_CHANGE,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static gboolean
check_parent (EntityKind   kind,
              gpointer     parent,
              GError     **error)
{
  EntityKind expected = _cchc_store_entity_parent (kind);

  if (expected == NO_PARENT ? parent == NULL
                            : (parent != NULL && _cchc_store_entity_of (parent) == expected &&
                               cchc_record_is_stored (parent)))
    return TRUE;

  return _cchc_store_set_not_found (error);
}

/* Where a new row goes in @model: at @position, plans by their year. */
static guint
insert_position (GListStore *model,
                 EntityKind  kind,
                 gpointer    record,
                 guint       position)
{
  GListModel *list = G_LIST_MODEL (model);

  if (kind == ENTITY_PLAN)
    position = _cchc_store_plan_index_for_year (list, cchc_plan_get_year (record), NULL);

  return MIN (position, g_list_model_get_n_items (list));
}

static gboolean
check_unit_unused (CchcStore  *self,
                   CchcUnit   *unit,
                   GError    **error)
{
  g_autofree char *uses = cchc_store_describe_unit_use (self, unit);

  if (uses == NULL)
    return TRUE;

  g_set_error (error, CCHC_STORE_ERROR, CCHC_STORE_ERROR_IN_USE,
               _("The unit “%s” cannot be deleted because it is still used: %s."),
               cchc_unit_get_name (unit), uses);
  return FALSE;
}

static void
finalize_statement (gpointer stmt)
{
  sqlite3_finalize (stmt);
}

static void
cchc_store_dispose (GObject *object)
{
  CchcStore *self = (CchcStore *)object;

  for (guint i = 0; i < N_ENTITIES; i++)
    {
      g_clear_pointer (&self->objects[i], g_hash_table_unref);
      g_clear_pointer (&self->models[i], g_hash_table_unref);
    }

  G_OBJECT_CLASS (cchc_store_parent_class)->dispose (object);
}

static void
cchc_store_finalize (GObject *object)
{
  CchcStore *self = (CchcStore *)object;

  g_clear_pointer (&self->statements, g_hash_table_unref);
  g_clear_pointer (&self->db, sqlite3_close);
  g_clear_pointer (&self->path, g_free);

  G_OBJECT_CLASS (cchc_store_parent_class)->finalize (object);
}

static void
cchc_store_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  CchcStore *self = CCHC_STORE (object);

  switch (prop_id)
    {
    case PROP_PATH:
      g_value_set_string (value, self->path);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cchc_store_class_init (CchcStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = cchc_store_dispose;
  object_class->finalize = cchc_store_finalize;
  object_class->get_property = cchc_store_get_property;

  properties[PROP_PATH] =
    g_param_spec_string ("path", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * CchcStore::external-change:
   *
   * Another program (or another connection) changed the database, and
   * cchc_store_check_external_changes() has brought the models up to date:
   * the moment to tell the user.
   */
  signals[EXTERNAL_CHANGE] =
    g_signal_new ("external-change",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0,
                  NULL, NULL,
                  NULL,
                  G_TYPE_NONE, 0);
}

static void
cchc_store_init (CchcStore *self)
{
  self->statements = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, finalize_statement);

  for (guint i = 0; i < N_ENTITIES; i++)
    {
      self->models[i] = g_hash_table_new_full (g_int64_hash, g_int64_equal,
                                               g_free, g_object_unref);
      self->objects[i] = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
    }
}

void
_cchc_store_emit_external_change (CchcStore *self)
{
  self->serial++;
  g_signal_emit (self, signals[EXTERNAL_CHANGE], 0);
}

/**
 * cchc_store_get_serial:
 *
 * Returns: a number that changes whenever the data changes, by this
 *   program or, once seen, by another: what was built from the data is
 *   stale when the number it was built at is not the current one
 */
guint64
cchc_store_get_serial (CchcStore *self)
{
  g_return_val_if_fail (CCHC_IS_STORE (self), 0);

  return self->serial;
}

/**
 * cchc_store_insert:
 * @parent: (nullable) (type CchcRecord): the plan or area the row belongs to
 * @record: (type CchcRecord): a new object holding the values
 *
 * Stores @record at @position (plans go by year). Its UUID is kept when it
 * has one (import) or made up. On success @record is the live object in
 * its model.
 *
 * Returns: whether the record was stored
 */
gboolean
cchc_store_insert (CchcStore  *self,
                   gpointer    parent,
                   guint       position,
                   gpointer    record,
                   GError    **error)
{
  g_autoptr(GPtrArray) no_children = g_ptr_array_new ();

  return cchc_store_insert_with_children (self, parent, position, record, no_children, error);
}

/**
 * cchc_store_insert_with_children:
 * @parent: (nullable) (type CchcRecord): as for cchc_store_insert()
 * @record: (type CchcRecord): a new object holding the values
 * @children: (element-type CchcRecord): new objects whose parent is
 *   @record (the tasks of an area), in order
 *
 * Stores @record and its children in one transaction, keeping their UUIDs:
 * what undoing the deletion of an area needs. cchc_store_insert() is this
 * without children.
 *
 * Returns: whether everything was stored
 */
gboolean
cchc_store_insert_with_children (CchcStore  *self,
                                 gpointer    parent,
                                 guint       position,
                                 gpointer    record,
                                 GPtrArray  *children,
                                 GError    **error)
{
  g_autofree char *uuid = NULL;
  EntityKind kind, child_kind = N_ENTITIES;
  GListStore *model;
  gint64 parent_id, id;
  gboolean ok;

  g_return_val_if_fail (CCHC_IS_STORE (self), FALSE);
  g_return_val_if_fail (CCHC_IS_RECORD (record), FALSE);
  g_return_val_if_fail (!cchc_record_is_stored (record), FALSE);
  g_return_val_if_fail (children != NULL, FALSE);

  kind = _cchc_store_entity_of (record);
  g_return_val_if_fail (kind != N_ENTITIES, FALSE);
  if (children->len > 0)
    {
      child_kind = _cchc_store_entity_of (g_ptr_array_index (children, 0));
      g_return_val_if_fail (child_kind != N_ENTITIES &&
                            _cchc_store_entity_parent (child_kind) == kind, FALSE);
    }

  if (!check_parent (kind, parent, error) ||
      !_cchc_store_validate (self, kind, record, TRUE, error) ||
      !_cchc_store_validate_all (self, children, TRUE, error))
    return FALSE;

  parent_id = parent != NULL ? cchc_record_get_id (parent) : 0;
  model = _cchc_store_ensure_model (self, kind, parent_id, error);
  if (model == NULL)
    return FALSE;
  position = insert_position (model, kind, record, position);
  uuid = _cchc_store_dup_uuid (record, FALSE);

  /* Stored where it shows, so that it comes back there: the rows from
   * @position on move down one. */
  if (!_cchc_store_begin (self, error))
    return FALSE;
  ok = _cchc_store_insert_row (self, kind, parent_id, position, record, uuid, &id, error) &&
       (children->len == 0 ||
        _cchc_store_insert_rows (self, child_kind, id, children, FALSE, NULL, error));
  if (!_cchc_store_end (self, ok, error))
    return FALSE;

  cchc_record_set_uuid (record, uuid);
  _cchc_store_add_to_model (self, kind, model, position, record, id, parent_id);

  return TRUE;
}

/**
 * cchc_store_update:
 * @record: (type CchcRecord): a live object of the store
 * @values: (type CchcRecord): a detached object of the same type
 *
 * Writes the values of @values to the row of @record and, once the
 * database took them, onto @record itself.
 *
 * Returns: whether the values were stored
 */
gboolean
cchc_store_update (CchcStore  *self,
                   gpointer    record,
                   gpointer    values,
                   GError    **error)
{
  g_autoptr(CchcRecord) keep = NULL;
  GListStore *model;
  EntityKind kind;
  guint position;

  g_return_val_if_fail (CCHC_IS_STORE (self), FALSE);
  g_return_val_if_fail (CCHC_IS_RECORD (record), FALSE);
  g_return_val_if_fail (G_TYPE_CHECK_INSTANCE_TYPE (values, G_OBJECT_TYPE (record)), FALSE);

  model = _cchc_store_model_of_record (self, record, &kind, &position, error);
  if (model == NULL || !_cchc_store_validate (self, kind, values, TRUE, error))
    return FALSE;

  if (!_cchc_store_begin (self, error) ||
      !_cchc_store_end (self,
                        _cchc_store_update_row (self, kind, cchc_record_get_id (record),
                                                values, error),
                        error))
    return FALSE;

  keep = g_object_ref (record);
  cchc_record_assign (record, values);

  if (kind == ENTITY_PLAN)
    {
      guint to = _cchc_store_plan_index_for_year (G_LIST_MODEL (model),
                                                  cchc_plan_get_year (record), record);

      if (to != position)
        {
          _cchc_store_move_in_model (model, record, position, to);
          return TRUE;
        }
    }

  g_list_store_splice (model, position, 1, (gpointer *) &record, 1);
  _cchc_store_renumber (self, kind, model);

  return TRUE;
}

/**
 * cchc_store_delete:
 * @record: (type CchcRecord): a live object of the store
 *
 * Deletes the row with everything that belongs to it (a plan's areas,
 * tasks, KPIs, …). A unit that is still used is not deleted
 * (%CCHC_STORE_ERROR_IN_USE). The objects of deleted rows stay valid but
 * are no longer stored.
 *
 * Returns: whether the row was deleted
 */
gboolean
cchc_store_delete (CchcStore  *self,
                   gpointer    record,
                   GError    **error)
{
  GListStore *model;
  EntityKind kind;
  guint position;

  g_return_val_if_fail (CCHC_IS_STORE (self), FALSE);
  g_return_val_if_fail (CCHC_IS_RECORD (record), FALSE);

  model = _cchc_store_model_of_record (self, record, &kind, &position, error);
  if (model == NULL)
    return FALSE;
  if (kind == ENTITY_UNIT && !check_unit_unused (self, record, error))
    return FALSE;

  if (!_cchc_store_begin (self, error) ||
      !_cchc_store_end (self,
                        _cchc_store_delete_row (self, kind, cchc_record_get_id (record),
                                                _cchc_record_get_parent_id (record), error),
                        error))
    return FALSE;

  _cchc_store_remove_from_model (self, kind, model, position);
  _cchc_store_renumber (self, kind, model);

  return TRUE;
}

/**
 * cchc_store_move:
 * @record: (type CchcRecord): a live object of the store
 * @position: its new position among its siblings
 *
 * Reorders a row within its list; tasks and areas are renumbered. Plans
 * are ordered by year and cannot be moved.
 *
 * Returns: whether the row was moved
 */
gboolean
cchc_store_move (CchcStore  *self,
                 gpointer    record,
                 guint       position,
                 GError    **error)
{
  GListStore *model;
  EntityKind kind;
  guint from, n;

  g_return_val_if_fail (CCHC_IS_STORE (self), FALSE);
  g_return_val_if_fail (CCHC_IS_RECORD (record), FALSE);

  model = _cchc_store_model_of_record (self, record, &kind, &from, error);
  if (model == NULL)
    return FALSE;

  if (kind == ENTITY_PLAN)
    {
      g_set_error_literal (error, CCHC_STORE_ERROR, CCHC_STORE_ERROR_INVALID,
                           _("Plans are ordered by year and cannot be moved."));
      return FALSE;
    }

  n = g_list_model_get_n_items (G_LIST_MODEL (model));
  position = MIN (position, n - 1);
  if (position == from)
    return TRUE;

  if (!_cchc_store_begin (self, error) ||
      !_cchc_store_end (self,
                        _cchc_store_move_row (self, kind, cchc_record_get_id (record),
                                              _cchc_record_get_parent_id (record),
                                              from, position, error),
                        error))
    return FALSE;

  _cchc_store_move_in_model (model, record, from, position);
  _cchc_store_renumber (self, kind, model);

  return TRUE;
}

/* Moves @record, at @from in @model, under @parent (checked), another
 * parent than its own, at @position and, with @values, writes them to its
 * row too: one transaction, then one exact items-changed in each list. */
static gboolean
move_to_other_parent (CchcStore   *self,
                      EntityKind   kind,
                      GListStore  *model,
                      guint        from,
                      gpointer     record,
                      gpointer     values,
                      gpointer     parent,
                      guint        position,
                      GError     **error)
{
  g_autoptr(CchcRecord) keep = NULL;
  GListStore *target;
  gint64 id, old_parent_id, parent_id;

  if (values != NULL && !_cchc_store_validate (self, kind, values, TRUE, error))
    return FALSE;

  id = cchc_record_get_id (record);
  old_parent_id = _cchc_record_get_parent_id (record);
  parent_id = cchc_record_get_id (parent);
  target = _cchc_store_ensure_model (self, kind, parent_id, error);
  if (target == NULL)
    return FALSE;
  position = MIN (position, g_list_model_get_n_items (G_LIST_MODEL (target)));

  if (!_cchc_store_begin (self, error) ||
      !_cchc_store_end (self,
                        (values == NULL ||
                         _cchc_store_update_row (self, kind, id, values, error)) &&
                        _cchc_store_move_row_to (self, kind, id, old_parent_id, parent_id,
                                                 position, error),
                        error))
    return FALSE;

  keep = g_object_ref (record);
  if (values != NULL)
    cchc_record_assign (record, values);
  g_list_store_remove (model, from);
  _cchc_record_set_parent_id (record, parent_id);
  g_list_store_insert (target, position, record);
  _cchc_store_renumber (self, kind, model);
  _cchc_store_renumber (self, kind, target);

  return TRUE;
}

/**
 * cchc_store_move_to:
 * @record: (type CchcRecord): a live object of the store that has a
 *   parent (a task, say)
 * @parent: (type CchcRecord): the live object it goes under (an area)
 * @position: its position among its new siblings (%G_MAXUINT: the last)
 *
 * Moves a row under another parent, in one transaction: its old list
 * loses it and the new list gains it, each with one exact items-changed,
 * and both are renumbered. Under its own parent, this is cchc_store_move().
 *
 * Returns: whether the row was moved
 */
gboolean
cchc_store_move_to (CchcStore  *self,
                    gpointer    record,
                    gpointer    parent,
                    guint       position,
                    GError    **error)
{
  GListStore *model;
  EntityKind kind;
  guint from;

  g_return_val_if_fail (CCHC_IS_STORE (self), FALSE);
  g_return_val_if_fail (CCHC_IS_RECORD (record), FALSE);

  model = _cchc_store_model_of_record (self, record, &kind, &from, error);
  if (model == NULL)
    return FALSE;
  if (_cchc_store_entity_parent (kind) == NO_PARENT)
    return cchc_store_move (self, record, position, error);
  if (!check_parent (kind, parent, error))
    return FALSE;
  if (cchc_record_get_id (parent) == _cchc_record_get_parent_id (record))
    return cchc_store_move (self, record, position, error);

  return move_to_other_parent (self, kind, model, from, record, NULL, parent, position, error);
}

/**
 * cchc_store_update_move_to:
 * @record: (type CchcRecord): a live object of the store that has a
 *   parent (a task, say)
 * @values: (type CchcRecord): a detached object of the same type
 * @parent: (type CchcRecord): the live object it goes under, another than
 *   its own (a task edited into another area)
 * @position: its position among its new siblings (%G_MAXUINT: the last)
 *
 * Writes the values of @values to the row of @record and moves it under
 * @parent, in one transaction: cchc_store_update() and
 * cchc_store_move_to() at once, or neither.
 *
 * Returns: whether the row was stored and moved
 */
gboolean
cchc_store_update_move_to (CchcStore  *self,
                           gpointer    record,
                           gpointer    values,
                           gpointer    parent,
                           guint       position,
                           GError    **error)
{
  GListStore *model;
  EntityKind kind;
  guint from;

  g_return_val_if_fail (CCHC_IS_STORE (self), FALSE);
  g_return_val_if_fail (CCHC_IS_RECORD (record), FALSE);
  g_return_val_if_fail (G_TYPE_CHECK_INSTANCE_TYPE (values, G_OBJECT_TYPE (record)), FALSE);

  model = _cchc_store_model_of_record (self, record, &kind, &from, error);
  if (model == NULL || !check_parent (kind, parent, error))
    return FALSE;
  g_return_val_if_fail (cchc_record_get_id (parent) != _cchc_record_get_parent_id (record),
                        FALSE);

  return move_to_other_parent (self, kind, model, from, record, values, parent, position, error);
}
