/* cchc-store-models.c: the live objects and the lists that hold them
 *
 * The store keeps one GListStore per list of rows that somebody asked for:
 * the plans, the units, the areas/KPIs/activities/report periods of a plan
 * and the tasks of an area. Each row read into a cached list has one live
 * object, found by its id; the objects of deleted rows are forgotten (their
 * id becomes 0) and are not live any more.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cchc-store"

#include "config.h"

#include "cchc-area.h"
#include "cchc-model-private.h"
#include "cchc-plan.h"
#include "cchc-store-internal.h"
#include "cchc-task.h"
#include "cchc-unit.h"

GListStore *
_cchc_store_lookup_model (CchcStore  *self,
                          EntityKind  kind,
                          gint64      parent_id)
{
  return g_hash_table_lookup (self->models[kind], &parent_id);
}

/* Tasks are numbered "area.n" within their area; an unnumbered task (the
 * seed has one) neither shows a number nor counts. */
static void
renumber_tasks (CchcStore *self,
                CchcArea  *area)
{
  GListStore *tasks = _cchc_store_lookup_model (self, ENTITY_TASK,
                                                cchc_record_get_id (CCHC_RECORD (area)));
  const char *area_number = cchc_area_get_number (area);
  guint counter = 0;
  guint n;

  if (tasks == NULL)
    return;

  n = g_list_model_get_n_items (G_LIST_MODEL (tasks));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CchcTask) task = g_list_model_get_item (G_LIST_MODEL (tasks), i);

      if (cchc_task_get_numbered (task))
        {
          g_autofree char *number = g_strdup_printf ("%s.%u", area_number, ++counter);
          _cchc_task_set_number (task, number);
        }
      else
        {
          _cchc_task_set_number (task, "");
        }
    }
}

/* Gives the areas and tasks in @model the numbers of their places. */
void
_cchc_store_renumber (CchcStore  *self,
                      EntityKind  kind,
                      GListStore *model)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (model));

  if (kind == ENTITY_AREA)
    {
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(CchcArea) area = g_list_model_get_item (G_LIST_MODEL (model), i);
          g_autofree char *number = g_strdup_printf ("%u", i + 1);

          _cchc_area_set_number (area, number);
          renumber_tasks (self, area);
        }
    }
  else if (kind == ENTITY_TASK && n > 0)
    {
      g_autoptr(CchcTask) first = g_list_model_get_item (G_LIST_MODEL (model), 0);
      gint64 area_id = _cchc_record_get_parent_id (CCHC_RECORD (first));
      CchcArea *area = g_hash_table_lookup (self->objects[ENTITY_AREA], &area_id);

      if (area != NULL)
        renumber_tasks (self, area);
    }
}

/* Makes @record, which knows its id, the live object of its row. */
void
_cchc_store_remember_object (CchcStore  *self,
                             EntityKind  kind,
                             CchcRecord *record)
{
  gint64 *key = g_new (gint64, 1);

  *key = cchc_record_get_id (record);
  g_hash_table_insert (self->objects[kind], key, record);
}

static void
forget_object (CchcStore  *self,
               EntityKind  kind,
               CchcRecord *record)
{
  gint64 id = cchc_record_get_id (record);

  g_hash_table_remove (self->objects[kind], &id);
  _cchc_record_set_id (record, 0);
}

/* Reads a list from the database into a new cached model. (transfer none) */
static GListStore *
load_model (CchcStore   *self,
            EntityKind   kind,
            gint64       parent_id,
            GError     **error)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GListStore) model = NULL;
  GListStore *result;

  /* Rows name their units by id: the units come first. */
  if ((kind == ENTITY_TASK || kind == ENTITY_ACTIVITY) &&
      _cchc_store_ensure_model (self, ENTITY_UNIT, 0, error) == NULL)
    return NULL;

  if (!_cchc_store_read_rows (self, kind, parent_id, rows, error))
    return NULL;

  model = g_list_store_new (_cchc_store_entity_type (kind));
  g_list_store_splice (model, 0, 0, rows->pdata, rows->len);
  for (guint i = 0; i < rows->len; i++)
    _cchc_store_remember_object (self, kind, g_ptr_array_index (rows, i));

  result = model;
  g_hash_table_insert (self->models[kind], g_memdup2 (&parent_id, sizeof parent_id),
                       g_steal_pointer (&model));
  _cchc_store_renumber (self, kind, result);

  return result;
}

/* Returns the cached model of a list, loading it on first use.
 * (transfer none) */
GListStore *
_cchc_store_ensure_model (CchcStore   *self,
                          EntityKind   kind,
                          gint64       parent_id,
                          GError     **error)
{
  GListStore *model = _cchc_store_lookup_model (self, kind, parent_id);

  if (model != NULL)
    return model;

  return load_model (self, kind, parent_id, error);
}

static GListModel *
get_model (CchcStore  *self,
           EntityKind  kind,
           gpointer    parent)
{
  g_autoptr(GError) error = NULL;
  GListStore *model;
  gint64 parent_id = 0;

  if (parent != NULL)
    {
      g_return_val_if_fail (_cchc_store_entity_of (parent) == _cchc_store_entity_parent (kind),
                            NULL);
      parent_id = cchc_record_get_id (parent);
    }

  model = _cchc_store_ensure_model (self, kind, parent_id, &error);
  if (model == NULL)
    {
      g_warning ("Could not load the %s list: %s", _cchc_store_entity_name (kind),
                 error->message);
      /* An empty list keeps the widgets working; the error has been logged. */
      model = g_list_store_new (_cchc_store_entity_type (kind));
      g_object_set_data_full (G_OBJECT (self), "cchc-empty-model", model, g_object_unref);
    }

  return G_LIST_MODEL (model);
}

/* Drops the cached lists below a deleted row; their objects become stale.
 * With @clear the lists are emptied first, for whoever still shows them. */
static void
forget_children (CchcStore  *self,
                 EntityKind  kind,
                 gint64      id,
                 gboolean    clear)
{
  for (guint child = 0; child < N_ENTITIES; child++)
    {
      GListStore *model;
      guint n;

      if (_cchc_store_entity_parent (child) != kind)
        continue;

      model = _cchc_store_lookup_model (self, child, id);
      if (model == NULL)
        continue;

      n = g_list_model_get_n_items (G_LIST_MODEL (model));
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(CchcRecord) record = g_list_model_get_item (G_LIST_MODEL (model), i);

          forget_children (self, child, cchc_record_get_id (record), clear);
          forget_object (self, child, record);
        }

      if (clear)
        g_list_store_remove_all (model);
      g_hash_table_remove (self->models[child], &id);
    }
}

/* Makes @record, just stored as row @id, live at @position of @model. */
void
_cchc_store_add_to_model (CchcStore  *self,
                          EntityKind  kind,
                          GListStore *model,
                          guint       position,
                          CchcRecord *record,
                          gint64      id,
                          gint64      parent_id)
{
  _cchc_record_set_id (record, id);
  _cchc_record_set_parent_id (record, parent_id);
  _cchc_store_remember_object (self, kind, record);
  g_list_store_insert (model, position, record);
  _cchc_store_renumber (self, kind, model);
}

/* The object of a deleted row and the objects below it stop being live;
 * with @clear the lists below it are emptied. */
void
_cchc_store_forget_row (CchcStore  *self,
                        EntityKind  kind,
                        CchcRecord *record,
                        gboolean    clear)
{
  forget_children (self, kind, cchc_record_get_id (record), clear);
  forget_object (self, kind, record);
}

/* Takes the object of a deleted row out of @model; it and the objects
 * below it stop being live. The caller renumbers. */
void
_cchc_store_remove_from_model (CchcStore  *self,
                               EntityKind  kind,
                               GListStore *model,
                               guint       position)
{
  g_autoptr(CchcRecord) record = g_list_model_get_item (G_LIST_MODEL (model), position);

  _cchc_store_forget_row (self, kind, record, FALSE);
  g_list_store_remove (model, position);
}

/* Resolves the model a live record belongs to, failing with NOT_FOUND for a
 * record that is not (or no longer) in this store. */
GListStore *
_cchc_store_model_of_record (CchcStore   *self,
                             gpointer     record,
                             EntityKind  *kind_out,
                             guint       *position_out,
                             GError     **error)
{
  EntityKind kind = _cchc_store_entity_of (record);
  gint64 id = cchc_record_get_id (record);
  GListStore *model;

  g_return_val_if_fail (kind != N_ENTITIES, NULL);

  model = _cchc_store_lookup_model (self, kind, _cchc_record_get_parent_id (record));
  if (id == 0 || g_hash_table_lookup (self->objects[kind], &id) != record || model == NULL ||
      !g_list_store_find (model, record, position_out))
    {
      _cchc_store_set_not_found (error);
      return NULL;
    }

  *kind_out = kind;
  return model;
}

/* Moves @record to @to in @model with one exact items-changed. */
void
_cchc_store_move_in_model (GListStore *model,
                           CchcRecord *record,
                           guint       from,
                           guint       to)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  guint first = MIN (from, to);
  guint last = MAX (from, to);

  for (guint i = first; i <= last; i++)
    if (i != from)
      g_ptr_array_add (items, g_list_model_get_item (G_LIST_MODEL (model), i));

  g_ptr_array_insert (items, to - first, g_object_ref (record));
  g_list_store_splice (model, first, items->len, items->pdata, items->len);
}

/* Plans are listed by year: the index a plan of @year goes to. */
guint
_cchc_store_plan_index_for_year (GListModel *plans,
                                 int         year,
                                 CchcPlan   *skip)
{
  guint n = g_list_model_get_n_items (plans);
  guint index = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CchcPlan) plan = g_list_model_get_item (plans, i);

      if (plan == skip)
        continue;
      if (cchc_plan_get_year (plan) > year)
        break;
      index++;
    }

  return index;
}

/* Loads the list holding row @id (whose parent is @parent_id), and the
 * lists holding its parents, so that the row and its parents are live. */
gboolean
_cchc_store_ensure_object (CchcStore  *self,
                           EntityKind  kind,
                           gint64      id,
                           gint64      parent_id)
{
  EntityKind parent_kind = _cchc_store_entity_parent (kind);
  gint64 grandparent_id = 0;

  if (g_hash_table_contains (self->objects[kind], &id))
    return TRUE;

  if (parent_kind != NO_PARENT &&
      !g_hash_table_contains (self->objects[parent_kind], &parent_id) &&
      (!_cchc_store_find_parent_id (self, parent_kind, parent_id, &grandparent_id) ||
       !_cchc_store_ensure_object (self, parent_kind, parent_id, grandparent_id)))
    return FALSE;

  return _cchc_store_ensure_model (self, kind, parent_id, NULL) != NULL;
}

/**
 * cchc_store_get_plans:
 *
 * Returns: (transfer none): the plans, by year
 */
GListModel *
cchc_store_get_plans (CchcStore *self)
{
  g_return_val_if_fail (CCHC_IS_STORE (self), NULL);

  return get_model (self, ENTITY_PLAN, NULL);
}

/**
 * cchc_store_get_units:
 *
 * Returns: (transfer none): every unit, in the user's order
 */
GListModel *
cchc_store_get_units (CchcStore *self)
{
  g_return_val_if_fail (CCHC_IS_STORE (self), NULL);

  return get_model (self, ENTITY_UNIT, NULL);
}

/**
 * cchc_store_get_areas:
 *
 * Returns: (transfer none): the areas of @plan in order
 */
GListModel *
cchc_store_get_areas (CchcStore *self,
                      CchcPlan  *plan)
{
  g_return_val_if_fail (CCHC_IS_STORE (self), NULL);

  return get_model (self, ENTITY_AREA, plan);
}

/**
 * cchc_store_get_tasks:
 *
 * Returns: (transfer none): the tasks of @area in order
 */
GListModel *
cchc_store_get_tasks (CchcStore *self,
                      CchcArea  *area)
{
  g_return_val_if_fail (CCHC_IS_STORE (self), NULL);

  return get_model (self, ENTITY_TASK, area);
}

/**
 * cchc_store_get_kpis:
 *
 * Returns: (transfer none): the KPIs of @plan in order
 */
GListModel *
cchc_store_get_kpis (CchcStore *self,
                     CchcPlan  *plan)
{
  g_return_val_if_fail (CCHC_IS_STORE (self), NULL);

  return get_model (self, ENTITY_KPI, plan);
}

/**
 * cchc_store_get_activities:
 *
 * Returns: (transfer none): the propaganda activities of @plan in order
 */
GListModel *
cchc_store_get_activities (CchcStore *self,
                           CchcPlan  *plan)
{
  g_return_val_if_fail (CCHC_IS_STORE (self), NULL);

  return get_model (self, ENTITY_ACTIVITY, plan);
}

/**
 * cchc_store_get_report_periods:
 *
 * Returns: (transfer none): the report periods of @plan in order
 */
GListModel *
cchc_store_get_report_periods (CchcStore *self,
                               CchcPlan  *plan)
{
  g_return_val_if_fail (CCHC_IS_STORE (self), NULL);

  return get_model (self, ENTITY_PERIOD, plan);
}

/**
 * cchc_store_find_plan:
 * @year_or_uuid: a year ("2022") or a plan's UUID
 *
 * Returns: (transfer none) (nullable): the first plan of that year, or the
 *   plan with that UUID
 */
CchcPlan *
cchc_store_find_plan (CchcStore  *self,
                      const char *year_or_uuid)
{
  GListModel *plans;
  guint64 year = 0;
  gboolean by_year;

  g_return_val_if_fail (CCHC_IS_STORE (self), NULL);
  g_return_val_if_fail (year_or_uuid != NULL, NULL);

  by_year = g_ascii_string_to_unsigned (year_or_uuid, 10, 1, 9999, &year, NULL);
  plans = cchc_store_get_plans (self);

  for (guint i = 0; i < g_list_model_get_n_items (plans); i++)
    {
      g_autoptr(CchcPlan) plan = g_list_model_get_item (plans, i);

      if (by_year ? cchc_plan_get_year (plan) == (int) year
                  : g_strcmp0 (cchc_record_get_uuid (CCHC_RECORD (plan)), year_or_uuid) == 0)
        return plan;
    }

  return NULL;
}

/**
 * cchc_store_find_unit:
 *
 * Returns: (transfer none) (nullable): the unit with that UUID
 */
CchcUnit *
cchc_store_find_unit (CchcStore  *self,
                      const char *uuid)
{
  GListModel *units;

  g_return_val_if_fail (CCHC_IS_STORE (self), NULL);

  units = cchc_store_get_units (self);
  for (guint i = 0; i < g_list_model_get_n_items (units); i++)
    {
      g_autoptr(CchcUnit) unit = g_list_model_get_item (units, i);

      if (g_strcmp0 (cchc_record_get_uuid (CCHC_RECORD (unit)), uuid) == 0)
        return unit;
    }

  return NULL;
}

/**
 * cchc_store_lookup:
 * @type: the type of record, e.g. %CCHC_TYPE_TASK
 * @uuid: its UUID
 *
 * Finds the live object of a row by its identity, reading its list from
 * the database if nobody has yet. Objects of deleted rows are not live:
 * this is how to find a row again after it was deleted and restored.
 *
 * Returns: (transfer none) (nullable) (type CchcRecord): the live object
 */
gpointer
cchc_store_lookup (CchcStore  *self,
                   GType       type,
                   const char *uuid)
{
  EntityKind kind = _cchc_store_entity_of_type (type);
  gint64 id = 0, parent_id = 0;

  g_return_val_if_fail (CCHC_IS_STORE (self), NULL);
  g_return_val_if_fail (kind != N_ENTITIES, NULL);

  if (uuid == NULL ||
      !_cchc_store_find_row (self, kind, uuid, &id, &parent_id) ||
      !_cchc_store_ensure_object (self, kind, id, parent_id))
    return NULL;

  return g_hash_table_lookup (self->objects[kind], &id);
}

/**
 * cchc_store_get_position:
 * @record: (type CchcRecord): a live object of the store
 *
 * Returns: the position of @record in its model, or %G_MAXUINT
 */
guint
cchc_store_get_position (CchcStore *self,
                         gpointer   record)
{
  EntityKind kind;
  guint position;

  g_return_val_if_fail (CCHC_IS_STORE (self), G_MAXUINT);

  if (_cchc_store_model_of_record (self, record, &kind, &position, NULL) == NULL)
    return G_MAXUINT;

  return position;
}

/**
 * cchc_store_get_parent:
 * @record: (type CchcRecord): a live object of the store
 *
 * Returns: (transfer none) (nullable) (type CchcRecord): the plan or area
 *   @record belongs to; %NULL for plans and units
 */
gpointer
cchc_store_get_parent (CchcStore *self,
                       gpointer   record)
{
  EntityKind kind;
  gint64 parent_id;

  g_return_val_if_fail (CCHC_IS_STORE (self), NULL);
  g_return_val_if_fail (CCHC_IS_RECORD (record), NULL);

  kind = _cchc_store_entity_of (record);
  if (kind == N_ENTITIES || _cchc_store_entity_parent (kind) == NO_PARENT)
    return NULL;

  parent_id = _cchc_record_get_parent_id (record);
  return g_hash_table_lookup (self->objects[_cchc_store_entity_parent (kind)], &parent_id);
}
