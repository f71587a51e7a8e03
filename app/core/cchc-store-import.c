/* cchc-store-import.c: whole plans written at once
 *
 * Importing a plan (from a JSON file) and copying a plan to a new year both
 * write a plan with everything in it in one transaction: nothing is written
 * unless all of it is.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cchc-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "cchc-activity.h"
#include "cchc-model-private.h"
#include "cchc-plan.h"
#include "cchc-report-period.h"
#include "cchc-store-internal.h"
#include "cchc-task.h"
#include "cchc-timeframe.h"
#include "cchc-unit.h"

/* Moves the dates of @copy, a copy of @row, by @years. */
static void
shift_dates (EntityKind  kind,
             CchcRecord *row,
             CchcRecord *copy,
             int         years)
{
  if (kind == ENTITY_TASK && cchc_task_get_timeframe (CCHC_TASK (row)) != NULL)
    {
      g_autoptr(CchcTimeframe) tf =
        cchc_timeframe_shift_years (cchc_task_get_timeframe (CCHC_TASK (row)), years);
      cchc_task_set_timeframe (CCHC_TASK (copy), tf);
    }
  else if (kind == ENTITY_PERIOD &&
           cchc_report_period_get_due_date (CCHC_REPORT_PERIOD (row)) != NULL)
    {
      GDate due = *cchc_report_period_get_due_date (CCHC_REPORT_PERIOD (row));

      g_date_add_years (&due, years);
      cchc_report_period_set_due_date (CCHC_REPORT_PERIOD (copy), &due);
    }
}

/* Copies every row of @kind under @from_id to @to_id, recursing into the
 * children, with dates moved by @years. */
static gboolean
copy_children (CchcStore   *self,
               EntityKind   parent_kind,
               gint64       from_id,
               gint64       to_id,
               int          years,
               GError     **error)
{
  for (guint kind = 0; kind < N_ENTITIES; kind++)
    {
      GListModel *rows;
      guint n;

      if (_cchc_store_entity_parent (kind) != parent_kind)
        continue;

      rows = G_LIST_MODEL (_cchc_store_ensure_model (self, kind, from_id, error));
      if (rows == NULL)
        return FALSE;

      n = g_list_model_get_n_items (rows);
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(CchcRecord) row = g_list_model_get_item (rows, i);
          g_autoptr(CchcRecord) copy = cchc_record_dup_values (row);
          g_autofree char *uuid = g_uuid_string_random ();
          gint64 id;

          shift_dates (kind, row, copy, years);
          if (!_cchc_store_insert_row (self, kind, to_id, i, G_OBJECT (copy), uuid, &id, error) ||
              !copy_children (self, kind, cchc_record_get_id (row), id, years, error))
            return FALSE;
        }
    }

  return TRUE;
}

/* The values of @plan for a plan of @year titled @title (%NULL: the year
 * in the title follows); the date moves. */
static CchcPlan *
dup_for_year (CchcPlan   *plan,
              int         year,
              const char *title)
{
  CchcPlan *copy = cchc_record_dup_values (CCHC_RECORD (plan));
  int years = year - cchc_plan_get_year (plan);
  g_autofree char *year_title = cchc_plan_dup_title_for_year (plan, year);

  cchc_record_set_uuid (CCHC_RECORD (copy), NULL);
  cchc_plan_set_year (copy, year);
  cchc_plan_set_title (copy, title != NULL ? title : year_title);
  if (cchc_plan_get_date (plan) != NULL)
    {
      GDate date = *cchc_plan_get_date (plan);

      g_date_add_years (&date, years);
      cchc_plan_set_date (copy, &date);
    }

  return copy;
}

/**
 * cchc_store_copy_plan:
 * @year: the year of the new plan
 * @title: (nullable): its title; %NULL: the title of @plan with the year
 *   in it made @year (cchc_plan_dup_title_for_year())
 *
 * Copies @plan with its areas, tasks, KPIs, activities and report periods
 * to a new plan for @year; timeframes and dates move by the difference of
 * years. Progress is not copied.
 *
 * Returns: (transfer none) (nullable): the new plan
 */
CchcPlan *
cchc_store_copy_plan (CchcStore  *self,
                      CchcPlan   *plan,
                      int         year,
                      const char *title,
                      GError    **error)
{
  g_autoptr(CchcPlan) copy = NULL;
  g_autofree char *uuid = g_uuid_string_random ();
  GListStore *plans;
  EntityKind kind;
  guint position;
  gboolean ok;
  gint64 id;

  g_return_val_if_fail (CCHC_IS_STORE (self), NULL);
  g_return_val_if_fail (CCHC_IS_PLAN (plan), NULL);

  plans = _cchc_store_model_of_record (self, plan, &kind, &position, error);
  if (plans == NULL)
    return NULL;

  copy = dup_for_year (plan, year, title);
  if (!_cchc_store_validate (self, ENTITY_PLAN, G_OBJECT (copy), TRUE, error))
    return NULL;

  if (!_cchc_store_begin (self, error))
    return NULL;
  ok = _cchc_store_insert_row (self, ENTITY_PLAN, 0,
                               g_list_model_get_n_items (G_LIST_MODEL (plans)),
                               G_OBJECT (copy), uuid, &id, error) &&
       copy_children (self, ENTITY_PLAN, cchc_record_get_id (CCHC_RECORD (plan)), id,
                      year - cchc_plan_get_year (plan), error);
  if (!_cchc_store_end (self, ok, error))
    return NULL;

  cchc_record_set_uuid (CCHC_RECORD (copy), uuid);
  _cchc_store_add_to_model (self, ENTITY_PLAN, plans,
                            _cchc_store_plan_index_for_year (G_LIST_MODEL (plans), year, NULL),
                            CCHC_RECORD (copy), id, 0);

  return copy;
}

/**
 * cchc_plan_contents_new:
 *
 * Returns: (transfer full): empty contents, to be filled with detached
 *   objects and handed to cchc_store_import_plan()
 */
CchcPlanContents *
cchc_plan_contents_new (void)
{
  CchcPlanContents *contents = g_new0 (CchcPlanContents, 1);

  contents->units = g_ptr_array_new_with_free_func (g_object_unref);
  contents->areas = g_ptr_array_new_with_free_func (g_object_unref);
  contents->tasks = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  contents->kpis = g_ptr_array_new_with_free_func (g_object_unref);
  contents->activities = g_ptr_array_new_with_free_func (g_object_unref);
  contents->report_periods = g_ptr_array_new_with_free_func (g_object_unref);

  return contents;
}

void
cchc_plan_contents_free (CchcPlanContents *contents)
{
  if (contents == NULL)
    return;

  g_clear_object (&contents->plan);
  g_ptr_array_unref (contents->units);
  g_ptr_array_unref (contents->areas);
  g_ptr_array_unref (contents->tasks);
  g_ptr_array_unref (contents->kpis);
  g_ptr_array_unref (contents->activities);
  g_ptr_array_unref (contents->report_periods);
  g_free (contents);
}

/* Points the unit references of @object at the live units that @units
 * maps the imported ones to. */
static void
resolve_units (GObject    *object,
               GHashTable *units)
{
  if (CCHC_IS_TASK (object))
    {
      CchcTask *task = CCHC_TASK (object);
      GPtrArray *cooperating = cchc_task_get_cooperating_units (task);
      g_autoptr(GPtrArray) resolved = g_ptr_array_new ();
      CchcUnit *lead = cchc_task_get_lead_unit (task);

      for (guint i = 0; i < cooperating->len; i++)
        {
          gpointer unit = g_ptr_array_index (cooperating, i);
          g_ptr_array_add (resolved, g_hash_table_lookup (units, unit) ?: unit);
        }
      if (lead != NULL)
        cchc_task_set_lead_unit (task, g_hash_table_lookup (units, lead) ?: lead);
      cchc_task_set_cooperating_units (task, resolved);
    }
  else if (CCHC_IS_ACTIVITY (object))
    {
      CchcActivity *activity = CCHC_ACTIVITY (object);
      CchcUnit *unit = cchc_activity_get_responsible_unit (activity);

      if (unit != NULL)
        cchc_activity_set_responsible_unit (activity, g_hash_table_lookup (units, unit) ?: unit);
    }
}

/* Maps the units of @contents to the live units with the same UUIDs and
 * points the tasks and activities at those; the units that are not stored
 * yet go to @new_units. */
static void
match_units (CchcStore         *self,
             CchcPlanContents  *contents,
             GPtrArray         *new_units)
{
  g_autoptr(GHashTable) units = g_hash_table_new (NULL, NULL);

  for (guint i = 0; i < contents->units->len; i++)
    {
      CchcUnit *unit = g_ptr_array_index (contents->units, i);
      CchcUnit *live = cchc_store_find_unit (self, cchc_record_get_uuid (CCHC_RECORD (unit)));

      if (live != NULL)
        g_hash_table_insert (units, unit, live);
      else if (!cchc_record_is_stored (CCHC_RECORD (unit)))
        g_ptr_array_add (new_units, unit);
    }
  for (guint a = 0; a < contents->tasks->len; a++)
    {
      GPtrArray *tasks = g_ptr_array_index (contents->tasks, a);

      for (guint i = 0; i < tasks->len; i++)
        resolve_units (g_ptr_array_index (tasks, i), units);
    }
  for (guint i = 0; i < contents->activities->len; i++)
    resolve_units (g_ptr_array_index (contents->activities, i), units);
}

/* New units go after the existing ones; the rows that name them need
 * their ids before the transaction ends. */
static gboolean
write_new_units (CchcStore   *self,
                 GPtrArray   *new_units,
                 GError     **error)
{
  guint n_units = g_list_model_get_n_items (cchc_store_get_units (self));

  for (guint i = 0; i < new_units->len; i++)
    {
      CchcRecord *unit = g_ptr_array_index (new_units, i);
      g_autofree char *uuid = _cchc_store_dup_uuid (unit, FALSE);
      gint64 id;

      cchc_record_set_uuid (unit, uuid);
      if (!_cchc_store_insert_row (self, ENTITY_UNIT, 0, n_units + i, G_OBJECT (unit), uuid,
                                   &id, error))
        return FALSE;
      _cchc_record_set_id (unit, id);
    }

  return TRUE;
}

static gboolean
write_contents (CchcStore         *self,
                CchcPlanContents  *contents,
                CchcPlan          *replaced,
                gboolean           new_uuids,
                GPtrArray         *new_units,
                const char        *plan_uuid,
                gint64            *plan_id,
                GError           **error)
{
  g_autoptr(GArray) area_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  GListModel *plans = G_LIST_MODEL (_cchc_store_lookup_model (self, ENTITY_PLAN, 0));
  guint last = g_list_model_get_n_items (plans) - (replaced != NULL ? 1 : 0);

  /* Stored last, as the list shows it: after the plans of its year. */
  if ((replaced != NULL &&
       !_cchc_store_delete_row (self, ENTITY_PLAN, cchc_record_get_id (CCHC_RECORD (replaced)),
                                0, error)) ||
      !write_new_units (self, new_units, error) ||
      !_cchc_store_insert_row (self, ENTITY_PLAN, 0, last, G_OBJECT (contents->plan),
                               plan_uuid, plan_id, error))
    return FALSE;

  if (!_cchc_store_insert_rows (self, ENTITY_AREA, *plan_id, contents->areas, new_uuids,
                                area_ids, error) ||
      !_cchc_store_insert_rows (self, ENTITY_KPI, *plan_id, contents->kpis, new_uuids, NULL,
                                error) ||
      !_cchc_store_insert_rows (self, ENTITY_ACTIVITY, *plan_id, contents->activities,
                                new_uuids, NULL, error) ||
      !_cchc_store_insert_rows (self, ENTITY_PERIOD, *plan_id, contents->report_periods,
                                new_uuids, NULL, error))
    return FALSE;

  for (guint i = 0; i < contents->tasks->len && i < area_ids->len; i++)
    if (!_cchc_store_insert_rows (self, ENTITY_TASK, g_array_index (area_ids, gint64, i),
                                  g_ptr_array_index (contents->tasks, i), new_uuids, NULL,
                                  error))
      return FALSE;

  return TRUE;
}

static gboolean
validate_contents (CchcStore         *self,
                   CchcPlanContents  *contents,
                   GError           **error)
{
  GPtrArray *lists[] = { contents->units, contents->areas, contents->kpis,
                         contents->activities, contents->report_periods };

  g_return_val_if_fail (CCHC_IS_PLAN (contents->plan), FALSE);
  g_return_val_if_fail (contents->tasks->len == contents->areas->len, FALSE);

  if (!_cchc_store_validate (self, ENTITY_PLAN, G_OBJECT (contents->plan), FALSE, error))
    return FALSE;

  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    if (!_cchc_store_validate_all (self, lists[l], FALSE, error))
      return FALSE;

  for (guint a = 0; a < contents->tasks->len; a++)
    if (!_cchc_store_validate_all (self, g_ptr_array_index (contents->tasks, a), FALSE, error))
      return FALSE;

  return TRUE;
}

/* The plan that an import of @contents replaces, if any; fails when the
 * import would make a second plan with the same UUID. */
static gboolean
find_replaced_plan (CchcStore         *self,
                    CchcPlanContents  *contents,
                    CchcImportMode     mode,
                    CchcPlan         **existing_out,
                    GError           **error)
{
  const char *uuid = cchc_record_get_uuid (CCHC_RECORD (contents->plan));
  CchcPlan *existing = NULL;

  if (uuid != NULL && mode != CCHC_IMPORT_COPY)
    existing = cchc_store_find_plan (self, uuid);
  if (existing != NULL && mode == CCHC_IMPORT_NEW)
    {
      g_set_error (error, CCHC_STORE_ERROR, CCHC_STORE_ERROR_EXISTS,
                   _("The plan “%s” (%d) is already in this database."),
                   cchc_plan_get_title (existing), cchc_plan_get_year (existing));
      return FALSE;
    }

  *existing_out = existing;
  return TRUE;
}

/* Once the import committed: the new units and the plan become live, the
 * plan it replaced is gone. */
static void
show_import (CchcStore         *self,
             CchcPlanContents  *contents,
             CchcPlan          *existing,
             GPtrArray         *new_units,
             const char        *plan_uuid,
             gint64             plan_id)
{
  GListStore *plans = _cchc_store_lookup_model (self, ENTITY_PLAN, 0);
  GListStore *unit_model = _cchc_store_lookup_model (self, ENTITY_UNIT, 0);
  guint position;

  for (guint i = 0; i < new_units->len; i++)
    {
      CchcRecord *unit = g_ptr_array_index (new_units, i);
      gint64 id = cchc_record_get_id (unit);

      _cchc_record_set_id (unit, 0);
      _cchc_store_add_to_model (self, ENTITY_UNIT, unit_model,
                                g_list_model_get_n_items (G_LIST_MODEL (unit_model)), unit, id, 0);
    }

  if (existing != NULL && g_list_store_find (plans, existing, &position))
    _cchc_store_remove_from_model (self, ENTITY_PLAN, plans, position);

  cchc_record_set_uuid (CCHC_RECORD (contents->plan), plan_uuid);
  _cchc_store_add_to_model (self, ENTITY_PLAN, plans,
                            _cchc_store_plan_index_for_year (G_LIST_MODEL (plans),
                                                             cchc_plan_get_year (contents->plan),
                                                             NULL),
                            CCHC_RECORD (contents->plan), plan_id, 0);
}

/**
 * cchc_store_import_plan:
 * @contents: a plan and everything in it, as detached objects; the units
 *   its rows name must be in @contents->units
 * @mode: what to do when a plan with the same UUID exists
 *
 * Writes a whole plan in one transaction: nothing is written unless all
 * of it is. Units are matched by UUID with the units already stored (which
 * keep their names); the others are added. With %CCHC_IMPORT_NEW a plan
 * whose UUID exists is refused (%CCHC_STORE_ERROR_EXISTS);
 * %CCHC_IMPORT_REPLACE deletes it first; %CCHC_IMPORT_COPY gives the plan
 * and its rows new UUIDs.
 *
 * Returns: (transfer none) (nullable): the live plan
 */
CchcPlan *
cchc_store_import_plan (CchcStore         *self,
                        CchcPlanContents  *contents,
                        CchcImportMode     mode,
                        GError           **error)
{
  g_autoptr(GPtrArray) new_units = g_ptr_array_new ();
  g_autofree char *plan_uuid = NULL;
  CchcPlan *existing = NULL;
  gint64 plan_id = 0;
  gboolean ok;

  g_return_val_if_fail (CCHC_IS_STORE (self), NULL);
  g_return_val_if_fail (contents != NULL, NULL);

  if (_cchc_store_ensure_model (self, ENTITY_PLAN, 0, error) == NULL ||
      _cchc_store_ensure_model (self, ENTITY_UNIT, 0, error) == NULL ||
      !validate_contents (self, contents, error) ||
      !find_replaced_plan (self, contents, mode, &existing, error))
    return NULL;

  match_units (self, contents, new_units);
  plan_uuid = _cchc_store_dup_uuid (CCHC_RECORD (contents->plan), mode == CCHC_IMPORT_COPY);

  ok = _cchc_store_begin (self, error) &&
       _cchc_store_end (self,
                        write_contents (self, contents, existing, mode == CCHC_IMPORT_COPY,
                                        new_units, plan_uuid, &plan_id, error),
                        error);
  if (!ok)
    {
      for (guint i = 0; i < new_units->len; i++)
        _cchc_record_set_id (g_ptr_array_index (new_units, i), 0);
      return NULL;
    }

  show_import (self, contents, existing, new_units, plan_uuid, plan_id);

  return contents->plan;
}
