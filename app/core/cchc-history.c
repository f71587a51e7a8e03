/* cchc-history.c: every user edit, undoable and redoable
 *
 * Each edit is written through the store (one transaction) and remembered
 * by identity, not by object: a row deleted and restored is a new live
 * object with the same UUID, so every step finds its rows again with
 * cchc_store_lookup(). What a step needs to put things back (the old
 * values, a deleted row with what belonged to it) is kept as detached
 * copies.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cchc-history"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "cchc-activity.h"
#include "cchc-area.h"
#include "cchc-history.h"
#include "cchc-kpi.h"
#include "cchc-plan.h"
#include "cchc-report-period.h"
#include "cchc-task.h"
#include "cchc-unit.h"

/* Old steps are dropped beyond this: each may hold a whole plan. */
#define MAX_STEPS 200

typedef enum
{
  STEP_INSERT,
  STEP_UPDATE,
  STEP_DELETE,
  STEP_MOVE,
  STEP_COPY_PLAN,
} StepKind;

typedef struct
{
  StepKind          kind;
  GType             type;
  char             *uuid;
  GType             parent_type;
  char             *parent_uuid;
  char             *from_parent_uuid;  /* a move to another parent: the first */
  guint             from;
  guint             to;
  CchcRecord       *before;    /* update: old values; delete: the row */
  CchcRecord       *after;     /* update: new values; insert: the row */
  GPtrArray        *children;  /* delete of an area: its tasks */
  CchcPlanContents *contents;  /* delete or copy of a plan: all of it */
  char             *label;
} Step;

struct _CchcHistory
{
  GObject    parent_instance;

  CchcStore *store;
  GPtrArray *undo_steps;
  GPtrArray *redo_steps;

  /* The row of the step last undone or redone, until a new edit */
  GType      changed_type;
  char      *changed_uuid;
};

G_DEFINE_FINAL_TYPE (CchcHistory, cchc_history, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_STORE,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  PROP_UNDO_LABEL,
  PROP_REDO_LABEL,
  N_PROPS
};

enum {
  DELETED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
step_free (Step *step)
{
  g_free (step->uuid);
  g_free (step->parent_uuid);
  g_free (step->from_parent_uuid);
  g_clear_object (&step->before);
  g_clear_object (&step->after);
  g_clear_pointer (&step->children, g_ptr_array_unref);
  g_clear_pointer (&step->contents, cchc_plan_contents_free);
  g_free (step->label);
  g_free (step);
}

static char *
excerpt (const char *text)
{
  const guint max_chars = 40;
  g_autofree char *line = g_strdup (text != NULL ? text : "");
  char *newline = strchr (line, '\n');

  if (newline != NULL)
    *newline = '\0';
  if (g_utf8_strlen (line, -1) <= max_chars)
    return g_steal_pointer (&line);

  {
    g_autofree char *start = g_utf8_substring (line, 0, max_chars - 1);
    char *space = strrchr (start, ' ');

    /* Cut between words when a word boundary is not too far back. */
    if (space != NULL && g_utf8_strlen (start, space - start) > max_chars / 2)
      *space = '\0';
    return g_strconcat (start, "…", NULL);
  }
}

/**
 * cchc_describe_record:
 * @record: (type CchcRecord): a row
 *
 * Returns: (transfer full): how messages name the row: "task 2.3",
 *   "KPI “100% TTHC…”"
 */
char *
cchc_describe_record (gpointer record)
{
  g_autofree char *text = NULL;

  if (CCHC_IS_TASK (record))
    {
      if (*cchc_task_get_number (record) != '\0')
        return g_strdup_printf (_("task %s"), cchc_task_get_number (record));
      text = excerpt (cchc_task_get_text (record));
      return g_strdup_printf (_("task “%s”"), text);
    }
  if (CCHC_IS_AREA (record))
    return g_strdup_printf (_("area “%s”"), cchc_area_get_title (record));
  if (CCHC_IS_KPI (record))
    {
      text = excerpt (cchc_kpi_get_text (record));
      return g_strdup_printf (_("KPI “%s”"), text);
    }
  if (CCHC_IS_ACTIVITY (record))
    {
      text = excerpt (cchc_activity_get_description (record));
      return g_strdup_printf (_("activity “%s”"), text);
    }
  if (CCHC_IS_UNIT (record))
    return g_strdup_printf (_("unit “%s”"), cchc_unit_get_name (record));
  if (CCHC_IS_REPORT_PERIOD (record))
    return g_strdup_printf (_("report period “%s”"),
                            cchc_period_kind_get_label (cchc_report_period_get_kind (record)));
  if (CCHC_IS_PLAN (record))
    return g_strdup_printf (_("the %d plan"), cchc_plan_get_year (record));

  g_return_val_if_reached (g_strdup (""));
}

static char *
step_label (StepKind  kind,
            gpointer  record)
{
  g_autofree char *what = cchc_describe_record (record);

  switch (kind)
    {
    case STEP_INSERT:
      /* Translators: an undo step, "Add task 2.3" */
      return g_strdup_printf (_("Add %s"), what);
    case STEP_UPDATE:
      return g_strdup_printf (_("Edit %s"), what);
    case STEP_DELETE:
      return g_strdup_printf (_("Delete %s"), what);
    case STEP_MOVE:
      return g_strdup_printf (_("Move %s"), what);
    case STEP_COPY_PLAN:
      return g_strdup_printf (_("Create %s"), what);
    default:
      g_assert_not_reached ();
    }
}

static CchcUnit *
live_unit (GHashTable *by_uuid,
           CchcUnit   *unit)
{
  CchcUnit *found = g_hash_table_lookup (by_uuid, cchc_record_get_uuid (CCHC_RECORD (unit)));

  return found != NULL ? found : unit;
}

/* Points the unit references of a detached copy at the units of @by_uuid
 * (UUID → unit) with the same UUIDs: a unit deleted and restored since is
 * a new object. */
static void
remap_units (GHashTable *by_uuid,
             gpointer    record)
{
  if (CCHC_IS_TASK (record))
    {
      GPtrArray *units = cchc_task_get_cooperating_units (record);
      g_autoptr(GPtrArray) mapped = g_ptr_array_new ();
      CchcUnit *lead = cchc_task_get_lead_unit (record);

      for (guint i = 0; i < units->len; i++)
        g_ptr_array_add (mapped, live_unit (by_uuid, g_ptr_array_index (units, i)));
      cchc_task_set_cooperating_units (record, mapped);
      if (lead != NULL)
        cchc_task_set_lead_unit (record, live_unit (by_uuid, lead));
    }
  else if (CCHC_IS_ACTIVITY (record) && cchc_activity_get_responsible_unit (record) != NULL)
    {
      cchc_activity_set_responsible_unit (record,
                                          live_unit (by_uuid,
                                                     cchc_activity_get_responsible_unit (record)));
    }
}

static GHashTable *
index_units (GListModel *model,
             GPtrArray  *array)
{
  GHashTable *by_uuid = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_object_unref);
  guint n = model != NULL ? g_list_model_get_n_items (model) : array->len;

  for (guint i = 0; i < n; i++)
    {
      CchcRecord *unit = model != NULL ? g_list_model_get_item (model, i)
                                       : g_object_ref (g_ptr_array_index (array, i));

      g_hash_table_insert (by_uuid, (gpointer) cchc_record_get_uuid (unit), unit);
    }

  return by_uuid;
}

/* A fresh detached copy of a kept row, ready to be written. */
static gpointer
dup_for_store (CchcStore  *store,
               CchcRecord *kept)
{
  g_autoptr(GHashTable) units = index_units (cchc_store_get_units (store), NULL);
  gpointer copy = cchc_record_dup_values (kept);

  remap_units (units, copy);
  return copy;
}

static void
add_units_of (GPtrArray  *units,
              GHashTable *seen,
              gpointer    record)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new ();

  if (CCHC_IS_TASK (record))
    {
      GPtrArray *cooperating = cchc_task_get_cooperating_units (record);

      if (cchc_task_get_lead_unit (record) != NULL)
        g_ptr_array_add (found, cchc_task_get_lead_unit (record));
      for (guint i = 0; i < cooperating->len; i++)
        g_ptr_array_add (found, g_ptr_array_index (cooperating, i));
    }
  else if (CCHC_IS_ACTIVITY (record) && cchc_activity_get_responsible_unit (record) != NULL)
    g_ptr_array_add (found, cchc_activity_get_responsible_unit (record));

  for (guint i = 0; i < found->len; i++)
    if (g_hash_table_add (seen, g_ptr_array_index (found, i)))
      g_ptr_array_add (units, cchc_record_dup_values (g_ptr_array_index (found, i)));
}

static void
dup_list (GPtrArray  *into,
          GListModel *rows,
          GPtrArray  *units,
          GHashTable *seen)
{
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(CchcRecord) row = g_list_model_get_item (rows, i);

      g_ptr_array_add (into, cchc_record_dup_values (row));
      if (units != NULL)
        add_units_of (units, seen, row);
    }
}

/* Everything of a plan as detached copies, units included, so that
 * cchc_store_import_plan() can put it back as it was. */
static CchcPlanContents *
snapshot_plan (CchcStore *store,
               CchcPlan  *plan)
{
  CchcPlanContents *contents = cchc_plan_contents_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
  GListModel *areas = cchc_store_get_areas (store, plan);

  contents->plan = cchc_record_dup_values (CCHC_RECORD (plan));
  dup_list (contents->areas, areas, contents->units, seen);
  for (guint i = 0; i < g_list_model_get_n_items (areas); i++)
    {
      g_autoptr(CchcArea) area = g_list_model_get_item (areas, i);
      GPtrArray *tasks = g_ptr_array_new_with_free_func (g_object_unref);

      dup_list (tasks, cchc_store_get_tasks (store, area), contents->units, seen);
      g_ptr_array_add (contents->tasks, tasks);
    }
  dup_list (contents->kpis, cchc_store_get_kpis (store, plan), contents->units, seen);
  dup_list (contents->activities, cchc_store_get_activities (store, plan), contents->units,
            seen);
  dup_list (contents->report_periods, cchc_store_get_report_periods (store, plan),
            contents->units, seen);

  return contents;
}

static gpointer
dup_record (gconstpointer record,
            gpointer      user_data)
{
  return cchc_record_dup_values ((CchcRecord *) record);
}

static GPtrArray *
dup_array (GPtrArray *rows)
{
  GPtrArray *copy = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < rows->len; i++)
    g_ptr_array_add (copy, cchc_record_dup_values (g_ptr_array_index (rows, i)));

  return copy;
}

/* Contents are consumed by an import (the plan object becomes live): each
 * use gets its own copy, with unit references to the units of the copy. */
static CchcPlanContents *
dup_contents (CchcPlanContents *contents)
{
  CchcPlanContents *copy = cchc_plan_contents_new ();

  copy->plan = cchc_record_dup_values (CCHC_RECORD (contents->plan));
  g_ptr_array_extend (copy->units, contents->units, dup_record, NULL);
  g_ptr_array_extend (copy->areas, contents->areas, dup_record, NULL);
  for (guint i = 0; i < contents->tasks->len; i++)
    g_ptr_array_add (copy->tasks, dup_array (g_ptr_array_index (contents->tasks, i)));
  g_ptr_array_extend (copy->kpis, contents->kpis, dup_record, NULL);
  g_ptr_array_extend (copy->activities, contents->activities,
                      dup_record, NULL);
  g_ptr_array_extend (copy->report_periods, contents->report_periods,
                      dup_record, NULL);

  /* The rows name the copy's units, which the import matches by UUID. */
  {
    g_autoptr(GHashTable) units = index_units (NULL, copy->units);

    for (guint i = 0; i < copy->tasks->len; i++)
      {
        GPtrArray *tasks = g_ptr_array_index (copy->tasks, i);

        for (guint j = 0; j < tasks->len; j++)
          remap_units (units, g_ptr_array_index (tasks, j));
      }
    for (guint i = 0; i < copy->activities->len; i++)
      remap_units (units, g_ptr_array_index (copy->activities, i));
  }

  return copy;
}

static void
notify_state (CchcHistory *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_REDO]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UNDO_LABEL]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REDO_LABEL]);
}

static void
set_changed (CchcHistory *self,
             Step        *step)
{
  self->changed_type = step->type;
  g_free (self->changed_uuid);
  self->changed_uuid = g_strdup (step->uuid);
}

/* A new edit: it can be undone, and what was undone can no longer be
 * redone. */
static void
push (CchcHistory *self,
      Step        *step)
{
  g_clear_pointer (&self->changed_uuid, g_free);
  g_ptr_array_add (self->undo_steps, step);
  if (self->undo_steps->len > MAX_STEPS)
    g_ptr_array_remove_index (self->undo_steps, 0);
  g_ptr_array_set_size (self->redo_steps, 0);
  notify_state (self);
}

static Step *
step_new (StepKind  kind,
          gpointer  record,
          gpointer  parent)
{
  Step *step = g_new0 (Step, 1);

  step->kind = kind;
  step->type = G_OBJECT_TYPE (record);
  step->uuid = g_strdup (cchc_record_get_uuid (record));
  step->label = step_label (kind, record);
  if (parent != NULL)
    {
      step->parent_type = G_OBJECT_TYPE (parent);
      step->parent_uuid = g_strdup (cchc_record_get_uuid (parent));
    }

  return step;
}

/* A step that has moved @record from @from in @from_parent to where it
 * is now, under @parent. */
static Step *
step_new_moved (CchcHistory *self,
                StepKind     kind,
                gpointer     record,
                gpointer     parent,
                gpointer     from_parent,
                guint        from)
{
  Step *step = step_new (kind, record, parent);

  step->from_parent_uuid = g_strdup (cchc_record_get_uuid (from_parent));
  step->from = from;
  step->to = cchc_store_get_position (self->store, record);

  return step;
}

/* The live row of @type and @uuid, or NULL with an error that says so. */
static gpointer
lookup_live (CchcHistory  *self,
             GType         type,
             const char   *uuid,
             GError      **error)
{
  gpointer record = cchc_store_lookup (self->store, type, uuid);

  if (record == NULL)
    g_set_error_literal (error, CCHC_STORE_ERROR, CCHC_STORE_ERROR_NOT_FOUND,
                         _("The item no longer exists: it may have been deleted."));
  return record;
}

/* The live parent a step's row belongs under, or NULL for plans and units.
 * FALSE when the parent is gone. */
static gboolean
find_parent (CchcHistory  *self,
             Step         *step,
             gpointer     *parent,
             GError      **error)
{
  *parent = NULL;
  if (step->parent_uuid == NULL)
    return TRUE;

  *parent = lookup_live (self, step->parent_type, step->parent_uuid, error);
  return *parent != NULL;
}

static gpointer
find_live (CchcHistory  *self,
           Step         *step,
           GError      **error)
{
  return lookup_live (self, step->type, step->uuid, error);
}


/* Puts back a deleted row, with what belonged to it. */
static gboolean
restore_deleted (CchcHistory  *self,
                 Step         *step,
                 GError      **error)
{
  g_autoptr(CchcRecord) row = NULL;
  g_autoptr(GPtrArray) children = NULL;
  gpointer parent;

  if (step->contents != NULL)
    {
      g_autoptr(CchcPlanContents) contents = dup_contents (step->contents);

      return cchc_store_import_plan (self->store, contents, CCHC_IMPORT_NEW, error) != NULL;
    }

  if (!find_parent (self, step, &parent, error))
    return FALSE;

  row = dup_for_store (self->store, step->before);
  if (step->children == NULL)
    return cchc_store_insert (self->store, parent, step->from, row, error);

  children = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < step->children->len; i++)
    g_ptr_array_add (children, dup_for_store (self->store, g_ptr_array_index (step->children, i)));

  return cchc_store_insert_with_children (self->store, parent, step->from, row, children, error);
}

static gboolean
delete_live (CchcHistory  *self,
             Step         *step,
             GError      **error)
{
  gpointer record = find_live (self, step, error);

  return record != NULL && cchc_store_delete (self->store, record, error);
}

/* Writes the values the step's row had before the step (@back) or after
 * it, under the parent it had then. */
static gboolean
apply_values (CchcHistory  *self,
              Step         *step,
              gboolean      back,
              GError      **error)
{
  g_autoptr(CchcRecord) values = NULL;
  gpointer record = find_live (self, step, error);
  gpointer parent;

  if (record == NULL)
    return FALSE;

  values = dup_for_store (self->store, back ? step->before : step->after);
  if (step->from_parent_uuid == NULL)
    return cchc_store_update (self->store, record, values, error);

  parent = lookup_live (self, step->parent_type,
                        back ? step->from_parent_uuid : step->parent_uuid, error);
  if (parent == NULL)
    return FALSE;
  if (cchc_store_get_parent (self->store, record) == parent)
    return cchc_store_update (self->store, record, values, error);

  return cchc_store_update_move_to (self->store, record, values, parent,
                                    back ? step->from : step->to, error);
}

/* Moves the step's row to @position, under the parent it had before the
 * step (@back) or after it. */
static gboolean
move_live (CchcHistory  *self,
           Step         *step,
           guint         position,
           gboolean      back,
           GError      **error)
{
  gpointer record = find_live (self, step, error);
  gpointer parent;

  if (record == NULL)
    return FALSE;
  if (step->from_parent_uuid == NULL)
    return cchc_store_move (self->store, record, position, error);

  parent = lookup_live (self, step->parent_type,
                        back ? step->from_parent_uuid : step->parent_uuid, error);

  return parent != NULL && cchc_store_move_to (self->store, record, parent, position, error);
}

static gboolean
undo_step (CchcHistory  *self,
           Step         *step,
           GError      **error)
{
  switch (step->kind)
    {
    case STEP_INSERT:
    case STEP_COPY_PLAN:
      return delete_live (self, step, error);
    case STEP_UPDATE:
      return apply_values (self, step, TRUE, error);
    case STEP_DELETE:
      return restore_deleted (self, step, error);
    case STEP_MOVE:
      return move_live (self, step, step->from, TRUE, error);
    default:
      g_assert_not_reached ();
    }
}

static gboolean
redo_step (CchcHistory  *self,
           Step         *step,
           GError      **error)
{
  switch (step->kind)
    {
    case STEP_INSERT:
      {
        g_autoptr(CchcRecord) row = dup_for_store (self->store, step->after);
        gpointer parent;

        return find_parent (self, step, &parent, error) &&
               cchc_store_insert (self->store, parent, step->from, row, error);
      }
    case STEP_COPY_PLAN:
      {
        g_autoptr(CchcPlanContents) contents = dup_contents (step->contents);

        return cchc_store_import_plan (self->store, contents, CCHC_IMPORT_NEW, error) != NULL;
      }
    case STEP_UPDATE:
      return apply_values (self, step, FALSE, error);
    case STEP_DELETE:
      return delete_live (self, step, error);
    case STEP_MOVE:
      return move_live (self, step, step->to, FALSE, error);
    default:
      g_assert_not_reached ();
    }
}

static void
cchc_history_dispose (GObject *object)
{
  CchcHistory *self = (CchcHistory *)object;

  g_clear_object (&self->store);

  G_OBJECT_CLASS (cchc_history_parent_class)->dispose (object);
}

static void
cchc_history_finalize (GObject *object)
{
  CchcHistory *self = (CchcHistory *)object;

  g_clear_pointer (&self->undo_steps, g_ptr_array_unref);
  g_clear_pointer (&self->redo_steps, g_ptr_array_unref);
  g_free (self->changed_uuid);

  G_OBJECT_CLASS (cchc_history_parent_class)->finalize (object);
}

static void
cchc_history_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  CchcHistory *self = CCHC_HISTORY (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_CAN_UNDO:
      g_value_set_boolean (value, cchc_history_can_undo (self));
      break;

    case PROP_CAN_REDO:
      g_value_set_boolean (value, cchc_history_can_redo (self));
      break;

    case PROP_UNDO_LABEL:
      g_value_set_string (value, cchc_history_get_undo_label (self));
      break;

    case PROP_REDO_LABEL:
      g_value_set_string (value, cchc_history_get_redo_label (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cchc_history_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  CchcHistory *self = CCHC_HISTORY (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cchc_history_class_init (CchcHistoryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = cchc_history_dispose;
  object_class->finalize = cchc_history_finalize;
  object_class->get_property = cchc_history_get_property;
  object_class->set_property = cchc_history_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         CCHC_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  properties[PROP_CAN_UNDO] =
    g_param_spec_boolean ("can-undo", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_CAN_REDO] =
    g_param_spec_boolean ("can-redo", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_UNDO_LABEL] =
    g_param_spec_string ("undo-label", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_REDO_LABEL] =
    g_param_spec_string ("redo-label", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * CchcHistory::deleted:
   * @description: how messages name what was deleted ("task 2.3")
   *
   * Emitted after the user deleted something, for the "Deleted … — Undo"
   * notice.
   */
  signals[DELETED] =
    g_signal_new ("deleted",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);
}

static void
cchc_history_init (CchcHistory *self)
{
  self->undo_steps = g_ptr_array_new_with_free_func ((GDestroyNotify) step_free);
  self->redo_steps = g_ptr_array_new_with_free_func ((GDestroyNotify) step_free);
}

/**
 * cchc_history_new:
 *
 * Returns: (transfer full): an empty history of edits of @store
 */
CchcHistory *
cchc_history_new (CchcStore *store)
{
  g_return_val_if_fail (CCHC_IS_STORE (store), NULL);

  return g_object_new (CCHC_TYPE_HISTORY, "store", store, NULL);
}

/**
 * cchc_history_get_store:
 *
 * Returns: (transfer none): the store the edits go to
 */
CchcStore *
cchc_history_get_store (CchcHistory *self)
{
  g_return_val_if_fail (CCHC_IS_HISTORY (self), NULL);

  return self->store;
}

/**
 * cchc_history_insert:
 *
 * Like cchc_store_insert(), as one step of the history.
 */
gboolean
cchc_history_insert (CchcHistory  *self,
                     gpointer      parent,
                     guint         position,
                     gpointer      record,
                     GError      **error)
{
  Step *step;

  g_return_val_if_fail (CCHC_IS_HISTORY (self), FALSE);

  if (!cchc_store_insert (self->store, parent, position, record, error))
    return FALSE;

  step = step_new (STEP_INSERT, record, parent);
  step->from = cchc_store_get_position (self->store, record);
  step->after = cchc_record_dup_values (record);
  push (self, step);

  return TRUE;
}

/**
 * cchc_history_update:
 *
 * Like cchc_store_update(), as one step of the history. Values that change
 * nothing are no step: undo would seem to do nothing.
 */
gboolean
cchc_history_update (CchcHistory  *self,
                     gpointer      record,
                     gpointer      values,
                     GError      **error)
{
  g_autoptr(CchcRecord) before = NULL;
  Step *step;

  g_return_val_if_fail (CCHC_IS_HISTORY (self), FALSE);
  g_return_val_if_fail (CCHC_IS_RECORD (record), FALSE);

  if (!cchc_record_differs (record, values))
    return TRUE;

  before = cchc_record_dup_values (record);
  if (!cchc_store_update (self->store, record, values, error))
    return FALSE;

  step = step_new (STEP_UPDATE, record, NULL);
  step->before = g_steal_pointer (&before);
  step->after = cchc_record_dup_values (record);
  push (self, step);

  return TRUE;
}

/**
 * cchc_history_update_move_to:
 *
 * Like cchc_store_update_move_to(), as one step of the history (an edit:
 * undoing it puts the old values back under the old parent, at the old
 * place). Under the row's own parent, this is cchc_history_update().
 */
gboolean
cchc_history_update_move_to (CchcHistory  *self,
                             gpointer      record,
                             gpointer      values,
                             gpointer      parent,
                             guint         position,
                             GError      **error)
{
  g_autoptr(CchcRecord) before = NULL;
  gpointer from_parent;
  guint from;
  Step *step;

  g_return_val_if_fail (CCHC_IS_HISTORY (self), FALSE);
  g_return_val_if_fail (CCHC_IS_RECORD (record), FALSE);
  g_return_val_if_fail (CCHC_IS_RECORD (parent), FALSE);

  from_parent = cchc_store_get_parent (self->store, record);
  if (from_parent == NULL || from_parent == parent)
    return cchc_history_update (self, record, values, error);

  before = cchc_record_dup_values (record);
  from = cchc_store_get_position (self->store, record);
  if (!cchc_store_update_move_to (self->store, record, values, parent, position, error))
    return FALSE;

  step = step_new_moved (self, STEP_UPDATE, record, parent, from_parent, from);
  step->before = g_steal_pointer (&before);
  step->after = cchc_record_dup_values (record);
  push (self, step);

  return TRUE;
}

/**
 * cchc_history_delete:
 *
 * Like cchc_store_delete(), as one step of the history: undoing it puts
 * the row back where it was, with everything that belonged to it (an
 * area's tasks, a plan's contents). Emits #CchcHistory::deleted.
 */
gboolean
cchc_history_delete (CchcHistory  *self,
                     gpointer      record,
                     GError      **error)
{
  g_autoptr(CchcRecord) keep = NULL;
  g_autofree char *description = NULL;
  gpointer parent;
  Step *step;

  g_return_val_if_fail (CCHC_IS_HISTORY (self), FALSE);
  g_return_val_if_fail (CCHC_IS_RECORD (record), FALSE);

  keep = g_object_ref (record);
  parent = cchc_store_get_parent (self->store, record);
  step = step_new (STEP_DELETE, record, parent);
  step->from = cchc_store_get_position (self->store, record);
  step->before = cchc_record_dup_values (record);
  if (CCHC_IS_AREA (record))
    {
      step->children = g_ptr_array_new_with_free_func (g_object_unref);
      dup_list (step->children, cchc_store_get_tasks (self->store, record), NULL, NULL);
    }
  else if (CCHC_IS_PLAN (record))
    step->contents = snapshot_plan (self->store, record);
  description = cchc_describe_record (record);

  if (!cchc_store_delete (self->store, record, error))
    {
      step_free (step);
      return FALSE;
    }

  push (self, step);
  g_signal_emit (self, signals[DELETED], 0, description);

  return TRUE;
}

/**
 * cchc_history_move:
 *
 * Like cchc_store_move(), as one step of the history.
 */
gboolean
cchc_history_move (CchcHistory  *self,
                   gpointer      record,
                   guint         position,
                   GError      **error)
{
  guint from;
  Step *step;

  g_return_val_if_fail (CCHC_IS_HISTORY (self), FALSE);
  g_return_val_if_fail (CCHC_IS_RECORD (record), FALSE);

  from = cchc_store_get_position (self->store, record);
  if (!cchc_store_move (self->store, record, position, error))
    return FALSE;

  step = step_new (STEP_MOVE, record, NULL);
  step->from = from;
  step->to = cchc_store_get_position (self->store, record);
  if (step->to == from)
    step_free (step);
  else
    push (self, step);

  return TRUE;
}

/**
 * cchc_history_move_to:
 *
 * Like cchc_store_move_to(), as one step of the history.
 */
gboolean
cchc_history_move_to (CchcHistory  *self,
                      gpointer      record,
                      gpointer      parent,
                      guint         position,
                      GError      **error)
{
  gpointer from_parent;
  guint from;

  g_return_val_if_fail (CCHC_IS_HISTORY (self), FALSE);
  g_return_val_if_fail (CCHC_IS_RECORD (record), FALSE);
  g_return_val_if_fail (CCHC_IS_RECORD (parent), FALSE);

  /* Plans and units have no parent to change. */
  from_parent = cchc_store_get_parent (self->store, record);
  if (from_parent == NULL || from_parent == parent)
    return cchc_history_move (self, record, position, error);

  from = cchc_store_get_position (self->store, record);
  if (!cchc_store_move_to (self->store, record, parent, position, error))
    return FALSE;

  push (self, step_new_moved (self, STEP_MOVE, record, parent, from_parent, from));

  return TRUE;
}

/**
 * cchc_history_copy_plan:
 *
 * Like cchc_store_copy_plan(), as one step of the history.
 *
 * Returns: (transfer none) (nullable): the new plan
 */
CchcPlan *
cchc_history_copy_plan (CchcHistory  *self,
                        CchcPlan     *plan,
                        int           year,
                        const char   *title,
                        GError      **error)
{
  CchcPlan *copy;
  Step *step;

  g_return_val_if_fail (CCHC_IS_HISTORY (self), NULL);

  copy = cchc_store_copy_plan (self->store, plan, year, title, error);
  if (copy == NULL)
    return NULL;

  step = step_new (STEP_COPY_PLAN, copy, NULL);
  step->contents = snapshot_plan (self->store, copy);
  push (self, step);

  return copy;
}

gboolean
cchc_history_can_undo (CchcHistory *self)
{
  g_return_val_if_fail (CCHC_IS_HISTORY (self), FALSE);

  return self->undo_steps->len > 0;
}

gboolean
cchc_history_can_redo (CchcHistory *self)
{
  g_return_val_if_fail (CCHC_IS_HISTORY (self), FALSE);

  return self->redo_steps->len > 0;
}

/**
 * cchc_history_get_undo_label:
 *
 * Returns: (nullable): what undo would undo ("Delete task 2.3")
 */
const char *
cchc_history_get_undo_label (CchcHistory *self)
{
  Step *step;

  g_return_val_if_fail (CCHC_IS_HISTORY (self), NULL);

  if (self->undo_steps->len == 0)
    return NULL;
  step = g_ptr_array_index (self->undo_steps, self->undo_steps->len - 1);
  return step->label;
}

/**
 * cchc_history_get_redo_label:
 *
 * Returns: (nullable): what redo would redo
 */
const char *
cchc_history_get_redo_label (CchcHistory *self)
{
  Step *step;

  g_return_val_if_fail (CCHC_IS_HISTORY (self), NULL);

  if (self->redo_steps->len == 0)
    return NULL;
  step = g_ptr_array_index (self->redo_steps, self->redo_steps->len - 1);
  return step->label;
}

/* Moves the last step of @from to @to once @apply succeeded on it; on
 * failure both stacks stay as they were. */
static gboolean
replay (CchcHistory  *self,
        GPtrArray    *from,
        GPtrArray    *to,
        gboolean    (*apply) (CchcHistory *, Step *, GError **),
        GError      **error)
{
  Step *step;

  if (from->len == 0)
    return TRUE;

  step = g_ptr_array_index (from, from->len - 1);
  if (!apply (self, step, error))
    return FALSE;

  set_changed (self, step);
  g_ptr_array_add (to, g_ptr_array_steal_index (from, from->len - 1));
  notify_state (self);

  return TRUE;
}

/**
 * cchc_history_undo:
 *
 * Undoes the last edit, in one transaction. When that is not possible
 * (the database refused), the history stays as it was.
 *
 * Returns: whether the edit was undone
 */
gboolean
cchc_history_undo (CchcHistory  *self,
                   GError      **error)
{
  g_return_val_if_fail (CCHC_IS_HISTORY (self), FALSE);

  return replay (self, self->undo_steps, self->redo_steps, undo_step, error);
}

/**
 * cchc_history_redo:
 *
 * Redoes the last undone edit.
 *
 * Returns: whether the edit was redone
 */
gboolean
cchc_history_redo (CchcHistory  *self,
                   GError      **error)
{
  g_return_val_if_fail (CCHC_IS_HISTORY (self), FALSE);

  return replay (self, self->redo_steps, self->undo_steps, redo_step, error);
}

/**
 * cchc_history_take_back:
 * @record: a row added through @self
 *
 * Takes back the addition of @record when it is the last edit: undone,
 * and forgotten rather than left to redo, as if it had not been made (a
 * unit added from an editor whose changes are then discarded). Nothing is
 * done when the last edit is another.
 *
 * Returns: %FALSE when the undo failed (the history stays as it was)
 */
gboolean
cchc_history_take_back (CchcHistory  *self,
                        gpointer      record,
                        GError      **error)
{
  Step *step;

  g_return_val_if_fail (CCHC_IS_HISTORY (self), FALSE);
  g_return_val_if_fail (CCHC_IS_RECORD (record), FALSE);

  if (self->undo_steps->len == 0)
    return TRUE;

  step = g_ptr_array_index (self->undo_steps, self->undo_steps->len - 1);
  if (step->kind != STEP_INSERT ||
      g_strcmp0 (step->uuid, cchc_record_get_uuid (record)) != 0)
    return TRUE;

  if (!undo_step (self, step, error))
    return FALSE;

  g_ptr_array_remove_index (self->undo_steps, self->undo_steps->len - 1);
  g_clear_pointer (&self->changed_uuid, g_free);
  notify_state (self);

  return TRUE;
}

/**
 * cchc_history_clear:
 *
 * Forgets every step, e.g. when another database is opened.
 */
void
cchc_history_clear (CchcHistory *self)
{
  g_return_if_fail (CCHC_IS_HISTORY (self));

  g_ptr_array_set_size (self->undo_steps, 0);
  g_ptr_array_set_size (self->redo_steps, 0);
  g_clear_pointer (&self->changed_uuid, g_free);
  notify_state (self);
}

/**
 * cchc_history_get_changed_row:
 *
 * What the views show after an undo or a redo: the row it changed (the
 * row moved back, restored, edited again). A new edit shows itself where
 * it is made.
 *
 * Returns: (transfer none) (nullable) (type CchcRecord): the live row of
 *   the step last undone or redone; %NULL after a new edit, or when the
 *   row no longer exists (an addition undone, a deletion redone)
 */
gpointer
cchc_history_get_changed_row (CchcHistory *self)
{
  g_return_val_if_fail (CCHC_IS_HISTORY (self), NULL);

  if (self->changed_uuid == NULL)
    return NULL;

  return cchc_store_lookup (self->store, self->changed_type, self->changed_uuid);
}
