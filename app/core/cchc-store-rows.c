/* cchc-store-rows.c: the tables of rows and the statements on them
 *
 * Which table keeps each kind of row, in what order, under what parent; and
 * every statement that reads, inserts, updates, deletes or moves rows. The
 * objects read here are detached: cchc-store-models.c makes them live.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cchc-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "cchc-activity.h"
#include "cchc-area.h"
#include "cchc-kpi.h"
#include "cchc-model-private.h"
#include "cchc-plan.h"
#include "cchc-report-period.h"
#include "cchc-store-internal.h"
#include "cchc-task.h"
#include "cchc-unit.h"

typedef struct
{
  const char  *table;
  const char  *parent_column;
  EntityKind   parent;
  const char  *order;
  GType      (*get_type) (void);
} Entity;

static const Entity ENTITIES[N_ENTITIES] = {
  [ENTITY_PLAN] = { "plan", NULL, NO_PARENT, "year, position", cchc_plan_get_type },
  [ENTITY_UNIT] = { "unit", NULL, NO_PARENT, "position", cchc_unit_get_type },
  [ENTITY_AREA] = { "area", "plan_id", ENTITY_PLAN, "position", cchc_area_get_type },
  [ENTITY_TASK] = { "task", "area_id", ENTITY_AREA, "position", cchc_task_get_type },
  [ENTITY_KPI] = { "kpi", "plan_id", ENTITY_PLAN, "position", cchc_kpi_get_type },
  [ENTITY_ACTIVITY] = { "activity", "plan_id", ENTITY_PLAN, "position",
                        cchc_activity_get_type },
  [ENTITY_PERIOD] = { "report_period", "plan_id", ENTITY_PLAN, "position",
                      cchc_report_period_get_type },
};

/* The kind of rows of @type, or N_ENTITIES. */
EntityKind
_cchc_store_entity_of_type (GType type)
{
  for (guint i = 0; i < N_ENTITIES; i++)
    if (g_type_is_a (type, ENTITIES[i].get_type ()))
      return i;

  return N_ENTITIES;
}

EntityKind
_cchc_store_entity_of (gpointer record)
{
  if (!G_IS_OBJECT (record))
    return N_ENTITIES;

  return _cchc_store_entity_of_type (G_OBJECT_TYPE (record));
}

/* The kind of the rows a row of @kind belongs to, or NO_PARENT. */
EntityKind
_cchc_store_entity_parent (EntityKind kind)
{
  return ENTITIES[kind].parent;
}

GType
_cchc_store_entity_type (EntityKind kind)
{
  return ENTITIES[kind].get_type ();
}

/* For messages in the log. */
const char *
_cchc_store_entity_name (EntityKind kind)
{
  return ENTITIES[kind].table;
}

/* The UUID a row of @record is stored with: its own, unless it has none or
 * @new_uuid asks for a new one (a copy). */
char *
_cchc_store_dup_uuid (CchcRecord *record,
                      gboolean    new_uuid)
{
  const char *uuid = cchc_record_get_uuid (record);

  if (new_uuid || uuid == NULL || *uuid == '\0')
    return g_uuid_string_random ();

  return g_strdup (uuid);
}

/* " AND plan_id = ?N": what makes rows siblings, with the parent's id as
 * parameter @param; nothing for plans and units, which have no parent. */
static char *
siblings_of (const Entity *entity,
             int           param)
{
  if (entity->parent_column == NULL)
    return g_strdup ("");

  return g_strdup_printf (" AND %s = ?%d", entity->parent_column, param);
}

/* Prepares @sql restricted to the siblings of a row, with @value as ?1
 * and the parent's id as ?2. @sql ends with its WHERE clause. */
static sqlite3_stmt *
prepare_on_siblings (CchcStore   *self,
                     EntityKind   kind,
                     const char  *sql,
                     gint64       value,
                     gint64       parent_id,
                     GError     **error)
{
  g_autofree char *siblings = siblings_of (&ENTITIES[kind], 2);
  g_autofree char *full_sql = g_strconcat (sql, siblings, NULL);
  sqlite3_stmt *stmt = _cchc_store_prepare (self, full_sql, error);

  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, value);
  if (ENTITIES[kind].parent_column != NULL)
    sqlite3_bind_int64 (stmt, 2, parent_id);

  return stmt;
}

/* Reads the rows of a list, in order, and appends them to @rows as new
 * detached objects that know their ids. Units are named by the live unit
 * objects: their list must be loaded. */
gboolean
_cchc_store_read_rows (CchcStore   *self,
                       EntityKind   kind,
                       gint64       parent_id,
                       GPtrArray   *rows,
                       GError     **error)
{
  const Entity *entity = &ENTITIES[kind];
  g_autofree char *columns = _cchc_store_column_list (kind, "");
  g_autofree char *siblings = siblings_of (entity, 1);
  g_autofree char *sql = NULL;
  guint first = rows->len;
  sqlite3_stmt *stmt;
  int rc;

  sql = g_strdup_printf ("SELECT id, uuid%s FROM %s WHERE 1%s ORDER BY %s",
                         columns, entity->table, siblings, entity->order);
  stmt = _cchc_store_prepare (self, sql, error);
  if (stmt == NULL)
    return FALSE;
  if (entity->parent_column != NULL)
    sqlite3_bind_int64 (stmt, 1, parent_id);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      GObject *object = g_object_new (entity->get_type (), NULL);

      g_ptr_array_add (rows, object);
      _cchc_record_set_id (CCHC_RECORD (object), sqlite3_column_int64 (stmt, 0));
      _cchc_record_set_parent_id (CCHC_RECORD (object), parent_id);
      {
        g_autofree char *uuid = _cchc_store_dup_text_column (stmt, 1);

        cchc_record_set_uuid (CCHC_RECORD (object), uuid);
      }
      _cchc_store_read_fields (self, kind, stmt, 2, object);
    }
  if (!_cchc_store_finish_rows (self, stmt, rc, error))
    return FALSE;

  /* Once the list is read: the extras run statements of their own. */
  if (kind == ENTITY_TASK)
    return _cchc_store_load_area_units (self, parent_id, rows, first, error);

  for (guint i = first; i < rows->len; i++)
    {
      CchcRecord *record = g_ptr_array_index (rows, i);

      if (!_cchc_store_load_extras (self, kind, G_OBJECT (record), cchc_record_get_id (record),
                                    error))
        return FALSE;
    }

  return TRUE;
}

/* Finds the row of @kind with the @uuid or else the @id. */
static gboolean
find_row (CchcStore   *self,
          EntityKind   kind,
          const char  *uuid,
          gint64       id,
          gint64      *id_out,
          gint64      *parent_id_out)
{
  const Entity *entity = &ENTITIES[kind];
  g_autofree char *sql = NULL;
  sqlite3_stmt *stmt;
  int rc;

  sql = g_strdup_printf ("SELECT id, %s FROM %s WHERE %s = ?",
                         entity->parent_column != NULL ? entity->parent_column : "0",
                         entity->table, uuid != NULL ? "uuid" : "id");
  stmt = _cchc_store_prepare (self, sql, NULL);
  if (stmt == NULL)
    return FALSE;

  if (uuid != NULL)
    sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);
  else
    sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      *id_out = sqlite3_column_int64 (stmt, 0);
      *parent_id_out = sqlite3_column_int64 (stmt, 1);
    }
  sqlite3_reset (stmt);

  return rc == SQLITE_ROW;
}

/* Finds the id and the parent's id of the row with @uuid. */
gboolean
_cchc_store_find_row (CchcStore   *self,
                      EntityKind   kind,
                      const char  *uuid,
                      gint64      *id_out,
                      gint64      *parent_id_out)
{
  return find_row (self, kind, uuid, 0, id_out, parent_id_out);
}

/* Finds the parent's id of row @id; 0 for plans and units. */
gboolean
_cchc_store_find_parent_id (CchcStore  *self,
                            EntityKind  kind,
                            gint64      id,
                            gint64     *parent_id_out)
{
  gint64 found_id;

  return find_row (self, kind, NULL, id, &found_id, parent_id_out);
}

/* Makes room at @position among the siblings of a new row. Plans and units
 * are appended and need none. */
static gboolean
shift_siblings (CchcStore   *self,
                EntityKind   kind,
                gint64       parent_id,
                guint        position,
                GError     **error)
{
  const Entity *entity = &ENTITIES[kind];
  g_autofree char *sql = NULL;
  sqlite3_stmt *stmt;

  sql = g_strdup_printf ("UPDATE %s SET position = position + 1 WHERE position >= ?1",
                         entity->table);
  stmt = prepare_on_siblings (self, kind, sql, position, parent_id, error);

  return stmt != NULL && _cchc_store_step_done (self, stmt, error);
}

/* Inserts the row of @object at @position among its siblings in the
 * database only. */
gboolean
_cchc_store_insert_row (CchcStore   *self,
                        EntityKind   kind,
                        gint64       parent_id,
                        guint        position,
                        GObject     *object,
                        const char  *uuid,
                        gint64      *id_out,
                        GError     **error)
{
  const Entity *entity = &ENTITIES[kind];
  g_autofree char *columns = _cchc_store_column_list (kind, "");
  g_autoptr(GString) params = g_string_new ("?, ?");
  g_autofree char *sql = NULL;
  guint n_params = _cchc_store_count_columns (kind);
  sqlite3_stmt *stmt;
  int param = 3;
  gint64 id;

  if (!shift_siblings (self, kind, parent_id, position, error))
    return FALSE;

  if (entity->parent_column != NULL)
    n_params++;
  for (guint i = 0; i < n_params; i++)
    g_string_append (params, ", ?");

  sql = g_strdup_printf ("INSERT INTO %s (uuid, position%s%s%s) VALUES (%s)",
                         entity->table, entity->parent_column != NULL ? ", " : "",
                         entity->parent_column != NULL ? entity->parent_column : "",
                         columns, params->str);
  stmt = _cchc_store_prepare (self, sql, error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, position);
  if (entity->parent_column != NULL)
    sqlite3_bind_int64 (stmt, param++, parent_id);
  _cchc_store_bind_fields (kind, stmt, param, object);

  if (!_cchc_store_step_done (self, stmt, error))
    return FALSE;

  id = sqlite3_last_insert_rowid (self->db);
  if (!_cchc_store_save_extras (self, kind, object, id, error))
    return FALSE;

  *id_out = id;
  return TRUE;
}

/* Inserts @rows at the positions 0, 1, … under @parent_id, keeping their
 * UUIDs unless @new_uuids, and appends their ids to @ids if not %NULL. */
gboolean
_cchc_store_insert_rows (CchcStore   *self,
                         EntityKind   kind,
                         gint64       parent_id,
                         GPtrArray   *rows,
                         gboolean     new_uuids,
                         GArray      *ids,
                         GError     **error)
{
  for (guint i = 0; i < rows->len; i++)
    {
      GObject *row = g_ptr_array_index (rows, i);
      g_autofree char *uuid = _cchc_store_dup_uuid (CCHC_RECORD (row), new_uuids);
      gint64 id;

      if (!_cchc_store_insert_row (self, kind, parent_id, i, row, uuid, &id, error))
        return FALSE;
      if (ids != NULL)
        g_array_append_val (ids, id);
    }

  return TRUE;
}

gboolean
_cchc_store_update_row (CchcStore   *self,
                        EntityKind   kind,
                        gint64       id,
                        GObject     *values,
                        GError     **error)
{
  const Entity *entity = &ENTITIES[kind];
  g_autofree char *assignments = _cchc_store_column_list (kind, " = ?");
  g_autofree char *sql = NULL;
  sqlite3_stmt *stmt;

  /* The column list starts with ", ": skip it. */
  sql = g_strdup_printf ("UPDATE %s SET %s WHERE id = ?", entity->table, assignments + 2);
  stmt = _cchc_store_prepare (self, sql, error);
  if (stmt == NULL)
    return FALSE;

  _cchc_store_bind_fields (kind, stmt, 1, values);
  sqlite3_bind_int64 (stmt, sqlite3_bind_parameter_count (stmt), id);

  if (!_cchc_store_step_done (self, stmt, error))
    return FALSE;

  if (sqlite3_changes (self->db) != 1)
    return _cchc_store_set_not_found (error);

  return _cchc_store_save_extras (self, kind, values, id, error);
}

/* Closes the gap row @id leaves among its siblings, while the row still
 * says where it was. */
static gboolean
close_gap (CchcStore   *self,
           EntityKind   kind,
           gint64       id,
           gint64       parent_id,
           GError     **error)
{
  g_autofree char *sql = NULL;
  sqlite3_stmt *stmt;

  sql = g_strdup_printf ("UPDATE %1$s SET position = position - 1 "
                         "WHERE position > (SELECT position FROM %1$s WHERE id = ?1)",
                         ENTITIES[kind].table);
  stmt = prepare_on_siblings (self, kind, sql, id, parent_id, error);

  return stmt != NULL && _cchc_store_step_done (self, stmt, error);
}

/* Deletes a row (the database cascades to what belongs to it) and closes
 * the gap in the positions of its siblings. */
gboolean
_cchc_store_delete_row (CchcStore   *self,
                        EntityKind   kind,
                        gint64       id,
                        gint64       parent_id,
                        GError     **error)
{
  const Entity *entity = &ENTITIES[kind];
  g_autofree char *sql = NULL;
  sqlite3_stmt *stmt;

  if (!close_gap (self, kind, id, parent_id, error))
    return FALSE;

  sql = g_strdup_printf ("DELETE FROM %s WHERE id = ?", entity->table);
  stmt = _cchc_store_prepare (self, sql, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);

  return _cchc_store_step_done (self, stmt, error);
}

/* Moves row @id from @from to @to among its siblings: the rows in between
 * shift by one, then the row takes its place. */
gboolean
_cchc_store_move_row (CchcStore   *self,
                      EntityKind   kind,
                      gint64       id,
                      gint64       parent_id,
                      guint        from,
                      guint        to,
                      GError     **error)
{
  g_autofree char *sql = NULL;
  sqlite3_stmt *stmt;

  sql = g_strdup_printf ("UPDATE %s SET position = CASE "
                         "WHEN id = ?1 THEN ?4 "
                         "WHEN ?4 > ?3 THEN position - 1 "
                         "ELSE position + 1 END "
                         "WHERE position BETWEEN min (?3, ?4) AND max (?3, ?4)",
                         ENTITIES[kind].table);
  stmt = prepare_on_siblings (self, kind, sql, id, parent_id, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 3, from);
  sqlite3_bind_int64 (stmt, 4, to);

  return _cchc_store_step_done (self, stmt, error);
}

/* Moves row @id from its parent to @to among the rows of @parent_id: its
 * old siblings close the gap, its new ones make room. */
gboolean
_cchc_store_move_row_to (CchcStore   *self,
                         EntityKind   kind,
                         gint64       id,
                         gint64       old_parent_id,
                         gint64       parent_id,
                         guint        to,
                         GError     **error)
{
  const Entity *entity = &ENTITIES[kind];
  g_autofree char *sql = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (entity->parent_column != NULL, FALSE);

  if (!close_gap (self, kind, id, old_parent_id, error) ||
      !shift_siblings (self, kind, parent_id, to, error))
    return FALSE;

  sql = g_strdup_printf ("UPDATE %s SET %s = ?2, position = ?3 WHERE id = ?1",
                         entity->table, entity->parent_column);
  stmt = _cchc_store_prepare (self, sql, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  sqlite3_bind_int64 (stmt, 2, parent_id);
  sqlite3_bind_int64 (stmt, 3, to);

  return _cchc_store_step_done (self, stmt, error);
}

/* Appends "tasks of the 2022 plan: 1.1, 2.3; tasks of …" for the tasks
 * that unit @unit_id leads or cooperates on. */
static gboolean
describe_task_use (CchcStore *self,
                   gint64     unit_id,
                   GString   *uses)
{
  sqlite3_stmt *stmt;
  int last_year = -1;

  stmt = _cchc_store_prepare (self,
                              "SELECT p.year, a.position + 1, t.numbered, "
                              "  (SELECT count(*) FROM task o WHERE o.area_id = t.area_id "
                              "   AND o.numbered AND o.position <= t.position) "
                              "FROM task t JOIN area a ON a.id = t.area_id "
                              "  JOIN plan p ON p.id = a.plan_id "
                              "WHERE t.lead_unit_id = ?1 OR EXISTS "
                              "  (SELECT 1 FROM task_unit u "
                              "   WHERE u.task_id = t.id AND u.unit_id = ?1) "
                              "ORDER BY p.year, p.position, a.position, t.position", NULL);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, unit_id);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      int year = sqlite3_column_int (stmt, 0);

      if (year != last_year)
        {
          if (uses->len > 0)
            g_string_append (uses, "; ");
          /* Translators: followed by the numbers of the tasks, "1.1, 2.3" */
          g_string_append_printf (uses, _("tasks of the %d plan:"), year);
          last_year = year;
        }
      else
        g_string_append_c (uses, ',');

      if (sqlite3_column_int (stmt, 2))
        g_string_append_printf (uses, " %d.%d", sqlite3_column_int (stmt, 1),
                                sqlite3_column_int (stmt, 3));
      else
        /* Translators: a task shown without a number, in a list of task numbers */
        g_string_append_printf (uses, _(" (unnumbered task in area %d)"),
                                sqlite3_column_int (stmt, 1));
    }
  sqlite3_reset (stmt);

  return TRUE;
}

static guint
count_activities (CchcStore *self,
                  gint64     unit_id)
{
  sqlite3_stmt *stmt;
  guint n_activities = 0;

  stmt = _cchc_store_prepare (self, "SELECT count(*) FROM activity WHERE responsible_unit_id = ?",
                              NULL);
  if (stmt != NULL)
    {
      sqlite3_bind_int64 (stmt, 1, unit_id);
      if (sqlite3_step (stmt) == SQLITE_ROW)
        n_activities = sqlite3_column_int (stmt, 0);
      sqlite3_reset (stmt);
    }

  return n_activities;
}

/**
 * cchc_store_describe_unit_use:
 *
 * Says where @unit is used, for messages: the plans and numbers of the
 * tasks it leads or cooperates on and the activities it is responsible for.
 *
 * Returns: (transfer full) (nullable): the description, or %NULL when the
 *   unit is not used
 */
char *
cchc_store_describe_unit_use (CchcStore *self,
                              CchcUnit  *unit)
{
  g_autoptr(GString) uses = g_string_new (NULL);
  gint64 unit_id;
  guint n_activities;

  g_return_val_if_fail (CCHC_IS_STORE (self), NULL);
  g_return_val_if_fail (CCHC_IS_UNIT (unit), NULL);

  unit_id = cchc_record_get_id (CCHC_RECORD (unit));
  if (!describe_task_use (self, unit_id, uses))
    return g_strdup (_("in tasks"));

  n_activities = count_activities (self, unit_id);
  if (n_activities > 0)
    {
      if (uses->len > 0)
        g_string_append (uses, "; ");
      g_string_append_printf (uses,
                              g_dngettext (GETTEXT_PACKAGE,
                                           "%u propaganda activity",
                                           "%u propaganda activities",
                                           n_activities),
                              n_activities);
    }

  if (uses->len == 0)
    return NULL;

  return g_string_free (g_steal_pointer (&uses), FALSE);
}
