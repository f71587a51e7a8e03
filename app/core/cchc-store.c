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
 * Rows are described by tables of fields (see the ENTITIES table below), so
 * that loading, inserting and updating is written once for every kind.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cchc-store"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <sqlite3.h>
#include <string.h>

#include "cchc-activity.h"
#include "cchc-area.h"
#include "cchc-kpi.h"
#include "cchc-model-private.h"
#include "cchc-plan.h"
#include "cchc-report-period.h"
#include "cchc-store-private.h"
#include "cchc-task.h"
#include "cchc-timeframe.h"
#include "cchc-unit.h"

G_DEFINE_AUTOPTR_CLEANUP_FUNC (sqlite3, sqlite3_close)

/* "CCHC" in PRAGMA application_id marks our files. */
#define SQLITE_APPLICATION_ID 0x43434843
#define DEFAULT_BUSY_TIMEOUT_MS 5000
#define MIGRATIONS_PATH "/io/github/cchcplanner/Planner/data/migrations"

typedef enum
{
  FIELD_STRING,
  FIELD_INT,
  FIELD_UINT,
  FIELD_DOUBLE,
  FIELD_ENUM,
  FIELD_BOOL,
  FIELD_DATE,
  FIELD_UNIT,       /* a CchcUnit stored as its id */
  FIELD_TIMEFRAME,  /* five columns named <column>_kind, … */
  FIELD_TEXTS,      /* a strv kept in plan_text */
  FIELD_UNITS,      /* cooperating units kept in task_unit */
} FieldKind;

typedef struct
{
  const char *property;
  const char *column;
  FieldKind   kind;
  const char *empty_message;  /* for required strings */
} Field;

typedef enum
{
  ENTITY_PLAN,
  ENTITY_UNIT,
  ENTITY_AREA,
  ENTITY_TASK,
  ENTITY_KPI,
  ENTITY_ACTIVITY,
  ENTITY_PERIOD,
  N_ENTITIES
} EntityKind;

#define NO_PARENT N_ENTITIES

typedef struct
{
  const char  *table;
  const char  *parent_column;
  EntityKind   parent;
  const char  *order;
  GType      (*get_type) (void);
  const Field *fields;
  guint        n_fields;
} Entity;

static const Field plan_fields[] = {
  { "year", "year", FIELD_INT },
  { "number", "number", FIELD_STRING },
  { "place", "place", FIELD_STRING },
  { "date", "date", FIELD_DATE },
  { "title", "title", FIELD_STRING },
  { "agency", "agency", FIELD_STRING },
  { "parent-agency", "parent_agency", FIELD_STRING },
  { "signer-title", "signer_title", FIELD_STRING },
  { "signer-name", "signer_name", FIELD_STRING },
  { "bases", NULL, FIELD_TEXTS },
  { "objectives", NULL, FIELD_TEXTS },
  { "directives", NULL, FIELD_TEXTS },
  { "propaganda", NULL, FIELD_TEXTS },
  { "responsibilities", NULL, FIELD_TEXTS },
  { "recipients", NULL, FIELD_TEXTS },
};

static const Field unit_fields[] = {
  { "name", "name", FIELD_STRING, N_("The name of a unit must not be empty.") },
  { "kind", "kind", FIELD_ENUM },
};

static const Field area_fields[] = {
  { "title", "title", FIELD_STRING, N_("The title of an area must not be empty.") },
  { "heading", "heading", FIELD_STRING },
  { "narrative", "narrative", FIELD_STRING },
};

static const Field task_fields[] = {
  { "numbered", "numbered", FIELD_BOOL },
  { "text", "text", FIELD_STRING, N_("The text of a task must not be empty.") },
  { "product", "product", FIELD_STRING },
  { "lead-unit", "lead_unit_id", FIELD_UNIT },
  { "timeframe", "tf", FIELD_TIMEFRAME },
  { "cooperating-units", NULL, FIELD_UNITS },
};

static const Field kpi_fields[] = {
  { "text", "text", FIELD_STRING, N_("The text of a KPI must not be empty.") },
  { "comparator", "comparator", FIELD_ENUM },
  { "target", "target", FIELD_DOUBLE },
  { "target-unit", "target_unit", FIELD_STRING },
};

static const Field activity_fields[] = {
  { "kind", "kind", FIELD_ENUM },
  { "description", "description", FIELD_STRING,
    N_("The description of an activity must not be empty.") },
  { "quantity", "quantity", FIELD_UINT },
  { "quantity-unit", "quantity_unit", FIELD_STRING },
  { "size", "size", FIELD_STRING },
  { "place", "place", FIELD_STRING },
  { "responsible-unit", "responsible_unit_id", FIELD_UNIT },
  { "occasions", "occasions", FIELD_STRING },
  { "audience", "audience", FIELD_STRING },
};

static const Field period_fields[] = {
  { "kind", "kind", FIELD_ENUM },
  { "due-date", "due_date", FIELD_DATE },
};

static const Entity ENTITIES[N_ENTITIES] = {
  [ENTITY_PLAN] = { "plan", NULL, NO_PARENT, "year, position", cchc_plan_get_type,
                    plan_fields, G_N_ELEMENTS (plan_fields) },
  [ENTITY_UNIT] = { "unit", NULL, NO_PARENT, "position", cchc_unit_get_type,
                    unit_fields, G_N_ELEMENTS (unit_fields) },
  [ENTITY_AREA] = { "area", "plan_id", ENTITY_PLAN, "position", cchc_area_get_type,
                    area_fields, G_N_ELEMENTS (area_fields) },
  [ENTITY_TASK] = { "task", "area_id", ENTITY_AREA, "position", cchc_task_get_type,
                    task_fields, G_N_ELEMENTS (task_fields) },
  [ENTITY_KPI] = { "kpi", "plan_id", ENTITY_PLAN, "position", cchc_kpi_get_type,
                   kpi_fields, G_N_ELEMENTS (kpi_fields) },
  [ENTITY_ACTIVITY] = { "activity", "plan_id", ENTITY_PLAN, "position",
                        cchc_activity_get_type,
                        activity_fields, G_N_ELEMENTS (activity_fields) },
  [ENTITY_PERIOD] = { "report_period", "plan_id", ENTITY_PLAN, "position",
                      cchc_report_period_get_type,
                      period_fields, G_N_ELEMENTS (period_fields) },
};

struct _CchcStore
{
  GObject      parent_instance;

  char        *path;
  sqlite3     *db;
  GHashTable  *statements;             /* SQL text → sqlite3_stmt */
  GHashTable  *models[N_ENTITIES];     /* parent id → GListStore */
  GHashTable  *objects[N_ENTITIES];    /* id → live CchcRecord (owned by a model) */
  int          schema_version;
  guint        read_only : 1;
};

G_DEFINE_FINAL_TYPE (CchcStore, cchc_store, G_TYPE_OBJECT)
G_DEFINE_QUARK (cchc-store-error-quark, cchc_store_error)

enum {
  PROP_0,
  PROP_PATH,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
set_error_from_rc (CchcStore  *self,
                   int         rc,
                   GError    **error)
{
  const char *detail = self->db != NULL ? sqlite3_errmsg (self->db) : sqlite3_errstr (rc);
  g_autofree char *name = g_filename_display_basename (self->path);

  switch (rc & 0xff)
    {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      g_set_error (error, CCHC_STORE_ERROR, CCHC_STORE_ERROR_BUSY,
                   _("The database “%s” is in use by another program. "
                     "Try again in a moment."), name);
      break;

    case SQLITE_READONLY:
    case SQLITE_PERM:
      g_set_error (error, CCHC_STORE_ERROR, CCHC_STORE_ERROR_READ_ONLY,
                   _("The database “%s” is read-only: changes cannot be saved."), name);
      break;

    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      g_set_error (error, CCHC_STORE_ERROR, CCHC_STORE_ERROR_CORRUPT,
                   _("The file “%s” is not a CCHC Planner database or it is damaged."),
                   name);
      break;

    case SQLITE_FULL:
      g_set_error (error, CCHC_STORE_ERROR, CCHC_STORE_ERROR_FAILED,
                   _("The disk is full: the database “%s” could not be written."), name);
      break;

    case SQLITE_CONSTRAINT:
      g_set_error (error, CCHC_STORE_ERROR, CCHC_STORE_ERROR_INVALID,
                   _("The change was refused by the database: %s"), detail);
      break;

    default:
      g_set_error (error, CCHC_STORE_ERROR, CCHC_STORE_ERROR_FAILED,
                   _("The database “%s” could not be used: %s"), name, detail);
      break;
    }

  return FALSE;
}

/* Returns a prepared statement, cached for the life of the store; the
 * caller must not finalize it. It comes reset and with no bindings. */
static sqlite3_stmt *
prepare (CchcStore   *self,
         const char  *sql,
         GError     **error)
{
  sqlite3_stmt *stmt = g_hash_table_lookup (self->statements, sql);
  int rc;

  if (stmt != NULL)
    {
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
      return stmt;
    }

  rc = sqlite3_prepare_v3 (self->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      set_error_from_rc (self, rc, error);
      return NULL;
    }

  g_hash_table_insert (self->statements, g_strdup (sql), stmt);

  return stmt;
}

/* Runs a statement that returns no rows. */
static gboolean
step_done (CchcStore     *self,
           sqlite3_stmt  *stmt,
           GError       **error)
{
  int rc = sqlite3_step (stmt);

  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE && rc != SQLITE_ROW)
    return set_error_from_rc (self, rc, error);

  return TRUE;
}

static gboolean
exec (CchcStore   *self,
      const char  *sql,
      GError     **error)
{
  int rc = sqlite3_exec (self->db, sql, NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    return set_error_from_rc (self, rc, error);

  return TRUE;
}

static gboolean
begin (CchcStore  *self,
       GError    **error)
{
  if (self->read_only)
    return set_error_from_rc (self, SQLITE_READONLY, error);

  return exec (self, "BEGIN IMMEDIATE", error);
}

static void
rollback (CchcStore *self)
{
  if (!sqlite3_get_autocommit (self->db))
    sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
}

static gboolean
commit (CchcStore  *self,
        GError    **error)
{
  if (exec (self, "COMMIT", error))
    return TRUE;

  rollback (self);
  return FALSE;
}

static gint64
query_int (CchcStore   *self,
           const char  *sql,
           int         *rc_out)
{
  sqlite3_stmt *stmt = prepare (self, sql, NULL);
  gint64 value = 0;
  int rc;

  if (stmt == NULL)
    {
      *rc_out = sqlite3_errcode (self->db);
      return 0;
    }

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      value = sqlite3_column_int64 (stmt, 0);
      rc = SQLITE_OK;
    }
  sqlite3_reset (stmt);
  *rc_out = rc == SQLITE_DONE ? SQLITE_OK : rc;

  return value;
}

/* Dates are ISO 8601 text in the database. */
static char *
date_to_iso (const GDate *date)
{
  if (date == NULL || !g_date_valid (date))
    return NULL;

  return g_strdup_printf ("%04u-%02u-%02u",
                          g_date_get_year (date),
                          g_date_get_month (date),
                          g_date_get_day (date));
}

static gboolean
date_from_iso (const char *text,
               GDate      *date)
{
  guint64 year, month, day;
  g_auto(GStrv) parts = NULL;

  g_date_clear (date, 1);

  if (text == NULL)
    return FALSE;

  parts = g_strsplit (text, "-", 3);
  if (g_strv_length (parts) != 3 ||
      !g_ascii_string_to_unsigned (parts[0], 10, 1, 9999, &year, NULL) ||
      !g_ascii_string_to_unsigned (parts[1], 10, 1, 12, &month, NULL) ||
      !g_ascii_string_to_unsigned (parts[2], 10, 1, 31, &day, NULL) ||
      !g_date_valid_dmy (day, month, year))
    return FALSE;

  g_date_set_dmy (date, day, month, year);
  return TRUE;
}

static EntityKind
entity_of (gpointer record)
{
  for (guint i = 0; i < N_ENTITIES; i++)
    if (G_TYPE_CHECK_INSTANCE_TYPE (record, ENTITIES[i].get_type ()))
      return i;

  return N_ENTITIES;
}

/* The comma-separated column names of an entity, in field order. */
static char *
column_list (const Entity *entity,
             const char   *suffix)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < entity->n_fields; i++)
    {
      const Field *f = &entity->fields[i];

      if (f->kind == FIELD_TEXTS || f->kind == FIELD_UNITS)
        continue;

      if (f->kind == FIELD_TIMEFRAME)
        g_string_append_printf (s, ", %1$s_kind%2$s, %1$s_quarters%2$s, %1$s_year%2$s, "
                                "%1$s_date%2$s, %1$s_detail%2$s",
                                f->column, suffix);
      else
        g_string_append_printf (s, ", %s%s", f->column, suffix);
    }

  return g_string_free (s, FALSE);
}

static guint
n_columns (const Field *f)
{
  switch (f->kind)
    {
    case FIELD_TEXTS:
    case FIELD_UNITS:
      return 0;
    case FIELD_TIMEFRAME:
      return 5;
    default:
      return 1;
    }
}

static const char *
text_column (sqlite3_stmt *stmt,
             int           column)
{
  const char *text = (const char *) sqlite3_column_text (stmt, column);

  return text != NULL ? text : "";
}

static CchcUnit *
lookup_unit (CchcStore *self,
             gint64     id)
{
  return g_hash_table_lookup (self->objects[ENTITY_UNIT], &id);
}

static gboolean load_extras (CchcStore   *self,
                             EntityKind   kind,
                             GObject     *object,
                             gint64       id,
                             GError     **error);

/* Sets the properties of @object from a row whose first value columns start
 * at @column. */
static void
read_fields (CchcStore    *self,
             const Entity *entity,
             sqlite3_stmt *stmt,
             int           column,
             GObject      *object)
{
  for (guint i = 0; i < entity->n_fields; i++)
    {
      const Field *f = &entity->fields[i];
      GDate date;

      switch (f->kind)
        {
        case FIELD_STRING:
          g_object_set (object, f->property, text_column (stmt, column), NULL);
          break;

        case FIELD_INT:
        case FIELD_ENUM:
          g_object_set (object, f->property, sqlite3_column_int (stmt, column), NULL);
          break;

        case FIELD_UINT:
          g_object_set (object, f->property,
                        (guint) CLAMP (sqlite3_column_int64 (stmt, column), 0, G_MAXUINT), NULL);
          break;

        case FIELD_BOOL:
          g_object_set (object, f->property, sqlite3_column_int (stmt, column) != 0, NULL);
          break;

        case FIELD_DOUBLE:
          g_object_set (object, f->property, sqlite3_column_double (stmt, column), NULL);
          break;

        case FIELD_DATE:
          date_from_iso ((const char *) sqlite3_column_text (stmt, column), &date);
          g_object_set (object, f->property, g_date_valid (&date) ? &date : NULL, NULL);
          break;

        case FIELD_UNIT:
          g_object_set (object, f->property,
                        lookup_unit (self, sqlite3_column_int64 (stmt, column)), NULL);
          break;

        case FIELD_TIMEFRAME:
          {
            g_autoptr(CchcTimeframe) timeframe = NULL;
            gboolean has_date;

            has_date = date_from_iso ((const char *) sqlite3_column_text (stmt, column + 3),
                                      &date);
            timeframe = cchc_timeframe_new_full (sqlite3_column_int (stmt, column),
                                                 sqlite3_column_int (stmt, column + 1),
                                                 sqlite3_column_int (stmt, column + 2),
                                                 has_date ? &date : NULL,
                                                 text_column (stmt, column + 4));
            g_object_set (object, f->property, timeframe, NULL);
          }
          break;

        case FIELD_TEXTS:
        case FIELD_UNITS:
          break;

        default:
          g_assert_not_reached ();
        }

      column += n_columns (f);
    }
}

/* Binds the values of @object's fields starting at parameter @param. */
static void
bind_fields (const Entity *entity,
             sqlite3_stmt *stmt,
             int           param,
             GObject      *object)
{
  for (guint i = 0; i < entity->n_fields; i++)
    {
      const Field *f = &entity->fields[i];
      GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (object),
                                                        f->property);
      g_auto(GValue) value = G_VALUE_INIT;

      g_assert (pspec != NULL);

      if (f->kind == FIELD_TEXTS || f->kind == FIELD_UNITS)
        continue;

      g_value_init (&value, pspec->value_type);
      g_object_get_property (object, f->property, &value);

      switch (f->kind)
        {
        case FIELD_STRING:
          sqlite3_bind_text (stmt, param, g_value_get_string (&value) ?: "", -1,
                             SQLITE_TRANSIENT);
          break;

        case FIELD_INT:
          sqlite3_bind_int64 (stmt, param, g_value_get_int (&value));
          break;

        case FIELD_ENUM:
          sqlite3_bind_int64 (stmt, param, g_value_get_enum (&value));
          break;

        case FIELD_UINT:
          sqlite3_bind_int64 (stmt, param, g_value_get_uint (&value));
          break;

        case FIELD_BOOL:
          sqlite3_bind_int (stmt, param, g_value_get_boolean (&value));
          break;

        case FIELD_DOUBLE:
          sqlite3_bind_double (stmt, param, g_value_get_double (&value));
          break;

        case FIELD_DATE:
          sqlite3_bind_text (stmt, param, date_to_iso (g_value_get_boxed (&value)), -1, g_free);
          break;

        case FIELD_UNIT:
          {
            CchcRecord *unit = g_value_get_object (&value);

            if (unit != NULL)
              sqlite3_bind_int64 (stmt, param, cchc_record_get_id (unit));
            else
              sqlite3_bind_null (stmt, param);
          }
          break;

        case FIELD_TIMEFRAME:
          {
            const CchcTimeframe *tf = g_value_get_boxed (&value);

            if (tf != NULL)
              {
                sqlite3_bind_int (stmt, param, cchc_timeframe_get_kind (tf));
                sqlite3_bind_int (stmt, param + 1, cchc_timeframe_get_quarters (tf));
                sqlite3_bind_int (stmt, param + 2, cchc_timeframe_get_year (tf));
                sqlite3_bind_text (stmt, param + 3, date_to_iso (cchc_timeframe_get_date (tf)),
                                   -1, g_free);
                sqlite3_bind_text (stmt, param + 4, cchc_timeframe_get_detail (tf), -1,
                                   SQLITE_TRANSIENT);
              }
            else
              {
                sqlite3_bind_int (stmt, param, CCHC_TIMEFRAME_KIND_NONE);
                sqlite3_bind_int (stmt, param + 1, 0);
                sqlite3_bind_int (stmt, param + 2, 0);
                sqlite3_bind_null (stmt, param + 3);
                sqlite3_bind_text (stmt, param + 4, "", -1, SQLITE_STATIC);
              }
          }
          break;

        case FIELD_TEXTS:
        case FIELD_UNITS:
        default:
          g_assert_not_reached ();
        }

      param += n_columns (f);
    }
}

/* Reads the plan paragraphs and cooperating units of one row. */
static gboolean
load_extras (CchcStore   *self,
             EntityKind   kind,
             GObject     *object,
             gint64       id,
             GError     **error)
{
  const Entity *entity = &ENTITIES[kind];

  for (guint i = 0; i < entity->n_fields; i++)
    {
      const Field *f = &entity->fields[i];
      sqlite3_stmt *stmt;
      int rc;

      if (f->kind == FIELD_TEXTS)
        {
          g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);

          stmt = prepare (self, "SELECT text FROM plan_text WHERE plan_id = ? AND kind = ? "
                                "ORDER BY position", error);
          if (stmt == NULL)
            return FALSE;
          sqlite3_bind_int64 (stmt, 1, id);
          sqlite3_bind_text (stmt, 2, f->property, -1, SQLITE_STATIC);
          while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
            g_ptr_array_add (texts, g_strdup (text_column (stmt, 0)));
          sqlite3_reset (stmt);
          if (rc != SQLITE_DONE)
            return set_error_from_rc (self, rc, error);
          g_ptr_array_add (texts, NULL);
          g_object_set (object, f->property, texts->pdata, NULL);
        }
      else if (f->kind == FIELD_UNITS)
        {
          g_autoptr(GPtrArray) units = g_ptr_array_new ();

          stmt = prepare (self, "SELECT unit_id FROM task_unit WHERE task_id = ? "
                                "ORDER BY position", error);
          if (stmt == NULL)
            return FALSE;
          sqlite3_bind_int64 (stmt, 1, id);
          while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
            {
              CchcUnit *unit = lookup_unit (self, sqlite3_column_int64 (stmt, 0));

              if (unit != NULL)
                g_ptr_array_add (units, unit);
            }
          sqlite3_reset (stmt);
          if (rc != SQLITE_DONE)
            return set_error_from_rc (self, rc, error);
          g_object_set (object, f->property, units, NULL);
        }
    }

  return TRUE;
}

static gboolean
save_extras (CchcStore   *self,
             EntityKind   kind,
             GObject     *object,
             gint64       id,
             GError     **error)
{
  const Entity *entity = &ENTITIES[kind];

  for (guint i = 0; i < entity->n_fields; i++)
    {
      const Field *f = &entity->fields[i];
      sqlite3_stmt *stmt;

      if (f->kind == FIELD_TEXTS)
        {
          g_auto(GStrv) texts = NULL;

          g_object_get (object, f->property, &texts, NULL);

          stmt = prepare (self, "DELETE FROM plan_text WHERE plan_id = ? AND kind = ?", error);
          if (stmt == NULL)
            return FALSE;
          sqlite3_bind_int64 (stmt, 1, id);
          sqlite3_bind_text (stmt, 2, f->property, -1, SQLITE_STATIC);
          if (!step_done (self, stmt, error))
            return FALSE;

          for (guint j = 0; texts != NULL && texts[j] != NULL; j++)
            {
              stmt = prepare (self, "INSERT INTO plan_text (plan_id, kind, position, text) "
                                    "VALUES (?, ?, ?, ?)", error);
              if (stmt == NULL)
                return FALSE;
              sqlite3_bind_int64 (stmt, 1, id);
              sqlite3_bind_text (stmt, 2, f->property, -1, SQLITE_STATIC);
              sqlite3_bind_int (stmt, 3, j);
              sqlite3_bind_text (stmt, 4, texts[j], -1, SQLITE_STATIC);
              if (!step_done (self, stmt, error))
                return FALSE;
            }
        }
      else if (f->kind == FIELD_UNITS)
        {
          g_autoptr(GPtrArray) units = NULL;

          g_object_get (object, f->property, &units, NULL);

          stmt = prepare (self, "DELETE FROM task_unit WHERE task_id = ?", error);
          if (stmt == NULL)
            return FALSE;
          sqlite3_bind_int64 (stmt, 1, id);
          if (!step_done (self, stmt, error))
            return FALSE;

          for (guint j = 0; units != NULL && j < units->len; j++)
            {
              stmt = prepare (self, "INSERT INTO task_unit (task_id, unit_id, position) "
                                    "VALUES (?, ?, ?)", error);
              if (stmt == NULL)
                return FALSE;
              sqlite3_bind_int64 (stmt, 1, id);
              sqlite3_bind_int64 (stmt, 2, cchc_record_get_id (g_ptr_array_index (units, j)));
              sqlite3_bind_int (stmt, 3, j);
              if (!step_done (self, stmt, error))
                return FALSE;
            }
        }
    }

  return TRUE;
}

static GListStore *
lookup_model (CchcStore  *self,
              EntityKind  kind,
              gint64      parent_id)
{
  return g_hash_table_lookup (self->models[kind], &parent_id);
}

static void
renumber_tasks (CchcStore *self,
                CchcArea  *area);

static void
renumber (CchcStore  *self,
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

/* Tasks are numbered "area.n" within their area; an unnumbered task (the
 * seed has one) neither shows a number nor counts. */
static void
renumber_tasks (CchcStore *self,
                CchcArea  *area)
{
  GListModel *tasks = G_LIST_MODEL (lookup_model (self, ENTITY_TASK,
                                                  cchc_record_get_id (CCHC_RECORD (area))));
  const char *area_number = cchc_area_get_number (area);
  guint counter = 0;
  guint n;

  if (tasks == NULL)
    return;

  n = g_list_model_get_n_items (tasks);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CchcTask) task = g_list_model_get_item (tasks, i);

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

static GListStore *
ensure_model (CchcStore   *self,
              EntityKind   kind,
              gint64       parent_id,
              GError     **error);

/* Reads a list from the database into a new cached model. (transfer none) */
static GListStore *
load_model (CchcStore   *self,
            EntityKind   kind,
            gint64       parent_id,
            GError     **error)
{
  const Entity *entity = &ENTITIES[kind];
  g_autoptr(GListStore) model = NULL;
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);
  GListStore *result;
  g_autofree char *columns = column_list (entity, "");
  g_autofree char *sql = NULL;
  sqlite3_stmt *stmt;
  int rc;

  /* Rows name their units by id: the units come first. */
  if ((kind == ENTITY_TASK || kind == ENTITY_ACTIVITY) &&
      ensure_model (self, ENTITY_UNIT, 0, error) == NULL)
    return NULL;

  if (entity->parent_column != NULL)
    sql = g_strdup_printf ("SELECT id, uuid%s FROM %s WHERE %s = ? ORDER BY %s",
                           columns, entity->table, entity->parent_column, entity->order);
  else
    sql = g_strdup_printf ("SELECT id, uuid%s FROM %s ORDER BY %s",
                           columns, entity->table, entity->order);

  stmt = prepare (self, sql, error);
  if (stmt == NULL)
    return NULL;
  if (entity->parent_column != NULL)
    sqlite3_bind_int64 (stmt, 1, parent_id);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      GObject *object = g_object_new (entity->get_type (), NULL);

      g_ptr_array_add (rows, object);
      _cchc_record_set_id (CCHC_RECORD (object), sqlite3_column_int64 (stmt, 0));
      _cchc_record_set_parent_id (CCHC_RECORD (object), parent_id);
      cchc_record_set_uuid (CCHC_RECORD (object), text_column (stmt, 1));
      read_fields (self, entity, stmt, 2, object);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      set_error_from_rc (self, rc, error);
      return NULL;
    }

  for (guint i = 0; i < rows->len; i++)
    {
      CchcRecord *record = g_ptr_array_index (rows, i);

      if (!load_extras (self, kind, G_OBJECT (record), cchc_record_get_id (record), error))
        return NULL;
    }

  model = g_list_store_new (entity->get_type ());
  g_list_store_splice (model, 0, 0, rows->pdata, rows->len);

  for (guint i = 0; i < rows->len; i++)
    {
      CchcRecord *record = g_ptr_array_index (rows, i);
      gint64 *key = g_new (gint64, 1);

      *key = cchc_record_get_id (record);
      g_hash_table_insert (self->objects[kind], key, record);
    }

  result = model;
  g_hash_table_insert (self->models[kind], g_memdup2 (&parent_id, sizeof parent_id),
                       g_steal_pointer (&model));
  renumber (self, kind, result);

  return result;
}

/* Returns the cached model of a list, loading it on first use.
 * (transfer none) */
static GListStore *
ensure_model (CchcStore   *self,
              EntityKind   kind,
              gint64       parent_id,
              GError     **error)
{
  GListStore *model = lookup_model (self, kind, parent_id);

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
      g_return_val_if_fail (entity_of (parent) == ENTITIES[kind].parent, NULL);
      parent_id = cchc_record_get_id (parent);
    }

  model = ensure_model (self, kind, parent_id, &error);
  if (model == NULL)
    {
      g_warning ("Could not load the %s list: %s", ENTITIES[kind].table, error->message);
      /* An empty list keeps the widgets working; the error has been logged. */
      model = g_list_store_new (ENTITIES[kind].get_type ());
      g_object_set_data_full (G_OBJECT (self), "cchc-empty-model", model, g_object_unref);
    }

  return G_LIST_MODEL (model);
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

/* Drops the cached lists below a deleted row; their objects become stale. */
static void
forget_children (CchcStore  *self,
                 EntityKind  kind,
                 gint64      id)
{
  for (guint child = 0; child < N_ENTITIES; child++)
    {
      GListStore *model;
      guint n;

      if (ENTITIES[child].parent != kind)
        continue;

      model = lookup_model (self, child, id);
      if (model == NULL)
        continue;

      n = g_list_model_get_n_items (G_LIST_MODEL (model));
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(CchcRecord) record = g_list_model_get_item (G_LIST_MODEL (model), i);

          forget_children (self, child, cchc_record_get_id (record));
          forget_object (self, child, record);
        }

      g_hash_table_remove (self->models[child], &id);
    }
}

static gboolean
check_unit (CchcStore  *self,
            CchcUnit   *unit,
            GError    **error)
{
  if (unit == NULL || lookup_unit (self, cchc_record_get_id (CCHC_RECORD (unit))) == unit)
    return TRUE;

  g_set_error (error, CCHC_STORE_ERROR, CCHC_STORE_ERROR_NOT_FOUND,
               _("The unit “%s” does not exist in this database."),
               cchc_unit_get_name (unit));
  return FALSE;
}

/* Checks the values of @object before anything is written. */
static gboolean
validate (CchcStore   *self,
          EntityKind   kind,
          GObject     *object,
          gboolean     check_units,
          GError     **error)
{
  const Entity *entity = &ENTITIES[kind];

  if ((kind == ENTITY_TASK || kind == ENTITY_ACTIVITY) &&
      ensure_model (self, ENTITY_UNIT, 0, error) == NULL)
    return FALSE;

  for (guint i = 0; i < entity->n_fields; i++)
    {
      const Field *f = &entity->fields[i];

      if (f->kind == FIELD_STRING && f->empty_message != NULL)
        {
          g_autofree char *text = NULL;

          g_object_get (object, f->property, &text, NULL);
          if (text == NULL || *g_strstrip (text) == '\0')
            {
              g_set_error_literal (error, CCHC_STORE_ERROR, CCHC_STORE_ERROR_INVALID,
                                   _(f->empty_message));
              return FALSE;
            }
        }
      else if (f->kind == FIELD_UNIT)
        {
          g_autoptr(CchcUnit) unit = NULL;

          g_object_get (object, f->property, &unit, NULL);
          if (check_units && !check_unit (self, unit, error))
            return FALSE;
        }
      else if (f->kind == FIELD_UNITS)
        {
          g_autoptr(GPtrArray) units = NULL;

          g_object_get (object, f->property, &units, NULL);
          for (guint j = 0; units != NULL && j < units->len; j++)
            {
              CchcUnit *unit = g_ptr_array_index (units, j);

              if (check_units && !check_unit (self, unit, error))
                return FALSE;

              for (guint k = 0; k < j; k++)
                if (g_ptr_array_index (units, k) == unit)
                  {
                    g_set_error (error, CCHC_STORE_ERROR, CCHC_STORE_ERROR_INVALID,
                                 _("The unit “%s” is listed twice."),
                                 cchc_unit_get_name (unit));
                    return FALSE;
                  }
            }
        }
    }

  return TRUE;
}

/* Inserts the row of @object at @position among its siblings in the
 * database only. */
static gboolean
insert_row (CchcStore   *self,
            EntityKind   kind,
            gint64       parent_id,
            guint        position,
            GObject     *object,
            const char  *uuid,
            gint64      *id_out,
            GError     **error)
{
  const Entity *entity = &ENTITIES[kind];
  g_autofree char *columns = column_list (entity, "");
  g_autoptr(GString) params = g_string_new ("?, ?");
  g_autofree char *sql = NULL;
  sqlite3_stmt *stmt;
  guint n_params = 0;
  gint64 id;

  for (guint i = 0; i < entity->n_fields; i++)
    n_params += n_columns (&entity->fields[i]);
  for (guint i = 0; i < n_params; i++)
    g_string_append (params, ", ?");

  if (entity->parent_column != NULL)
    {
      sql = g_strdup_printf ("UPDATE %s SET position = position + 1 "
                             "WHERE %s = ? AND position >= ?",
                             entity->table, entity->parent_column);
      stmt = prepare (self, sql, error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, parent_id);
      sqlite3_bind_int64 (stmt, 2, position);
      if (!step_done (self, stmt, error))
        return FALSE;

      g_clear_pointer (&sql, g_free);
      sql = g_strdup_printf ("INSERT INTO %s (uuid, position, %s%s) VALUES (%s, ?)",
                             entity->table, entity->parent_column, columns, params->str);
    }
  else
    {
      sql = g_strdup_printf ("INSERT INTO %s (uuid, position%s) VALUES (%s)",
                             entity->table, columns, params->str);
    }

  stmt = prepare (self, sql, error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, position);
  if (entity->parent_column != NULL)
    {
      sqlite3_bind_int64 (stmt, 3, parent_id);
      bind_fields (entity, stmt, 4, object);
    }
  else
    {
      bind_fields (entity, stmt, 3, object);
    }

  if (!step_done (self, stmt, error))
    return FALSE;

  id = sqlite3_last_insert_rowid (self->db);
  if (!save_extras (self, kind, object, id, error))
    return FALSE;

  *id_out = id;
  return TRUE;
}

/* Plans are listed by year: the index a plan of @year goes to. */
static guint
plan_index_for_year (GListModel *plans,
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

static void
add_to_model (CchcStore  *self,
              EntityKind  kind,
              GListStore *model,
              guint       position,
              CchcRecord *record,
              gint64      id,
              gint64      parent_id)
{
  gint64 *key = g_new (gint64, 1);

  _cchc_record_set_id (record, id);
  _cchc_record_set_parent_id (record, parent_id);
  *key = id;
  g_hash_table_insert (self->objects[kind], key, record);
  g_list_store_insert (model, position, record);
  renumber (self, kind, model);
}

/* Resolves the model a live record belongs to, failing with NOT_FOUND for a
 * record that is not (or no longer) in this store. */
static GListStore *
model_of_record (CchcStore   *self,
                 gpointer     record,
                 EntityKind  *kind_out,
                 guint       *position_out,
                 GError     **error)
{
  EntityKind kind = entity_of (record);
  gint64 id = cchc_record_get_id (record);
  GListStore *model;

  g_return_val_if_fail (kind != N_ENTITIES, NULL);

  model = lookup_model (self, kind, _cchc_record_get_parent_id (record));
  if (id == 0 || g_hash_table_lookup (self->objects[kind], &id) != record || model == NULL ||
      !g_list_store_find (model, record, position_out))
    {
      g_set_error_literal (error, CCHC_STORE_ERROR, CCHC_STORE_ERROR_NOT_FOUND,
                           _("The item no longer exists: it may have been deleted."));
      return NULL;
    }

  *kind_out = kind;
  return model;
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

static gboolean
run_migration (CchcStore   *self,
               int          version,
               const char  *sql,
               GError     **error)
{
  g_autofree char *set_version = NULL;

  g_debug ("Migrating %s to schema version %d", self->path, version);

  if (!begin (self, error))
    return FALSE;

  set_version = g_strdup_printf ("PRAGMA user_version = %d; PRAGMA application_id = %d;",
                                 version, SQLITE_APPLICATION_ID);
  if (!exec (self, sql, error) || !exec (self, set_version, error))
    {
      rollback (self);
      return FALSE;
    }

  return commit (self, error);
}

/* Copies the database with the backup API to @backup_path and checks the
 * copy, before a migration touches the original. */
static gboolean
backup_database (CchcStore   *self,
                 const char  *backup_path,
                 GError     **error)
{
  g_autoptr(sqlite3) copy = NULL;
  sqlite3_backup *backup;
  sqlite3_stmt *stmt = NULL;
  gboolean ok = FALSE;
  int rc;

  rc = sqlite3_open_v2 (backup_path, &copy, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL);
  if (rc == SQLITE_OK)
    {
      backup = sqlite3_backup_init (copy, "main", self->db, "main");
      if (backup != NULL)
        {
          rc = sqlite3_backup_step (backup, -1);
          sqlite3_backup_finish (backup);
          rc = rc == SQLITE_DONE ? sqlite3_errcode (copy) : rc;
        }
      else
        rc = sqlite3_errcode (copy);
    }

  if (rc == SQLITE_OK &&
      sqlite3_prepare_v2 (copy, "PRAGMA quick_check", -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW &&
      g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), "ok") == 0)
    ok = TRUE;
  sqlite3_finalize (stmt);

  if (ok)
    {
      int user_version_rc;
      gint64 original = query_int (self, "PRAGMA user_version", &user_version_rc);

      ok = sqlite3_prepare_v2 (copy, "PRAGMA user_version", -1, &stmt, NULL) == SQLITE_OK &&
           sqlite3_step (stmt) == SQLITE_ROW &&
           sqlite3_column_int64 (stmt, 0) == original;
      sqlite3_finalize (stmt);
    }

  if (!ok)
    {
      g_autofree char *name = g_filename_display_name (backup_path);

      g_set_error (error, CCHC_STORE_ERROR, CCHC_STORE_ERROR_FAILED,
                   _("The database could not be upgraded because the backup copy “%s” "
                     "could not be written and checked."), name);
    }

  return ok;
}

static gboolean
migrate (CchcStore          *self,
         const char * const *migrations,
         GError            **error)
{
  int latest = g_strv_length ((char **) migrations);

  if (self->schema_version >= latest)
    return TRUE;

  if (self->read_only)
    {
      g_autofree char *name = g_filename_display_basename (self->path);

      g_set_error (error, CCHC_STORE_ERROR, CCHC_STORE_ERROR_READ_ONLY,
                   _("The database “%s” must be upgraded but it is read-only."), name);
      return FALSE;
    }

  if (self->schema_version > 0)
    {
      g_autofree char *backup_path = g_strdup_printf ("%s.v%d.bak", self->path,
                                                      self->schema_version);

      if (!backup_database (self, backup_path, error))
        return FALSE;
    }

  for (int version = self->schema_version + 1; version <= latest; version++)
    {
      if (!run_migration (self, version, migrations[version - 1], error))
        return FALSE;
      self->schema_version = version;
    }

  return TRUE;
}

/* Reads what the file says about itself without writing anything, so that a
 * file we refuse stays byte-identical. */
static gboolean
check_file (CchcStore  *self,
            int         latest,
            GError    **error)
{
  g_autofree char *name = g_filename_display_basename (self->path);
  gint64 application_id, n_objects;
  int rc;

  self->schema_version = query_int (self, "PRAGMA user_version", &rc);
  if (rc != SQLITE_OK)
    return set_error_from_rc (self, rc, error);

  application_id = query_int (self, "PRAGMA application_id", &rc);
  if (rc == SQLITE_OK)
    n_objects = query_int (self, "SELECT count(*) FROM sqlite_master", &rc);
  if (rc != SQLITE_OK)
    return set_error_from_rc (self, rc, error);

  if (self->schema_version > latest && application_id == SQLITE_APPLICATION_ID)
    {
      g_set_error (error, CCHC_STORE_ERROR, CCHC_STORE_ERROR_TOO_NEW,
                   _("The database “%s” was written by a newer version of CCHC Planner "
                     "(schema %d; this version knows up to %d). Update the application "
                     "to open it."),
                   name, self->schema_version, latest);
      return FALSE;
    }

  if ((application_id != SQLITE_APPLICATION_ID && (application_id != 0 || n_objects > 0)) ||
      (application_id == SQLITE_APPLICATION_ID && self->schema_version == 0))
    return set_error_from_rc (self, SQLITE_NOTADB, error);

  if (self->schema_version > 0)
    {
      g_autofree char *result = NULL;
      sqlite3_stmt *stmt = prepare (self, "PRAGMA quick_check", error);

      if (stmt == NULL)
        return FALSE;
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        result = g_strdup (text_column (stmt, 0));
      sqlite3_reset (stmt);
      if (g_strcmp0 (result, "ok") != 0)
        return set_error_from_rc (self, rc == SQLITE_ROW ? SQLITE_CORRUPT : rc, error);
    }

  return TRUE;
}

/* WAL is only safe where every process shares memory with the file: a
 * local disk. Network shares get the rollback journal. */
static gboolean
configure_connection (CchcStore  *self,
                      GError    **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (self->path);
  g_autoptr(GFileInfo) info = NULL;
  gboolean remote;

  info = g_file_query_filesystem_info (file, G_FILE_ATTRIBUTE_FILESYSTEM_REMOTE, NULL, NULL);
  remote = info != NULL &&
           g_file_info_get_attribute_boolean (info, G_FILE_ATTRIBUTE_FILESYSTEM_REMOTE);

  if (!exec (self, "PRAGMA synchronous = FULL", error))
    return FALSE;

  if (self->read_only)
    return TRUE;

  return exec (self, remote ? "PRAGMA journal_mode = DELETE" : "PRAGMA journal_mode = WAL",
               error);
}

static int
compare_names (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  return strcmp (*(char * const *) a, *(char * const *) b);
}

static char **
compiled_migrations (GError **error)
{
  g_auto(GStrv) names = NULL;
  g_autoptr(GPtrArray) sql = g_ptr_array_new_with_free_func (g_free);

  names = g_resources_enumerate_children (MIGRATIONS_PATH, 0, error);
  if (names == NULL)
    return NULL;

  /* Files are named 0001-….sql: their order is their version. */
  g_qsort_with_data (names, g_strv_length (names), sizeof (char *), compare_names, NULL);

  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autofree char *path = g_build_path ("/", MIGRATIONS_PATH, names[i], NULL);
      g_autoptr(GBytes) bytes = g_resources_lookup_data (path, 0, error);

      if (bytes == NULL)
        return NULL;
      g_ptr_array_add (sql, g_strndup (g_bytes_get_data (bytes, NULL),
                                       g_bytes_get_size (bytes)));
    }
  g_ptr_array_add (sql, NULL);

  return (char **) g_ptr_array_free (g_steal_pointer (&sql), FALSE);
}

CchcStore *
_cchc_store_open_with_migrations (const char         *path,
                                  CchcStoreFlags      flags,
                                  const char * const *migrations,
                                  GError            **error)
{
  g_autoptr(CchcStore) self = NULL;
  int open_flags;
  int rc;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (migrations != NULL, NULL);

  self = g_object_new (CCHC_TYPE_STORE, NULL);
  self->path = g_strdup (path);
  self->read_only = (flags & CCHC_STORE_FLAGS_READ_ONLY) != 0;

  open_flags = self->read_only ? SQLITE_OPEN_READONLY
                               : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
  rc = sqlite3_open_v2 (path, &self->db, open_flags, NULL);
  if (rc != SQLITE_OK)
    {
      g_autofree char *name = g_filename_display_name (path);

      g_set_error (error, CCHC_STORE_ERROR,
                   rc == SQLITE_CANTOPEN ? CCHC_STORE_ERROR_NOT_FOUND : CCHC_STORE_ERROR_FAILED,
                   _("The database “%s” could not be opened: %s"),
                   name, self->db != NULL ? sqlite3_errmsg (self->db) : sqlite3_errstr (rc));
      return NULL;
    }

  sqlite3_extended_result_codes (self->db, 1);
  sqlite3_busy_timeout (self->db, DEFAULT_BUSY_TIMEOUT_MS);
  if (sqlite3_db_readonly (self->db, "main") == 1)
    self->read_only = TRUE;

  if (!exec (self, "PRAGMA foreign_keys = ON", error) ||
      !check_file (self, g_strv_length ((char **) migrations), error) ||
      !configure_connection (self, error) ||
      !migrate (self, migrations, error))
    return NULL;

  return g_steal_pointer (&self);
}

void
_cchc_store_set_busy_timeout (CchcStore *self,
                              int        milliseconds)
{
  sqlite3_busy_timeout (self->db, milliseconds);
}

/**
 * cchc_store_get_default_path:
 *
 * Returns: (transfer full): where the database lives unless the user names
 *   another: the user data folder (LocalAppData on Windows)
 */
char *
cchc_store_get_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "cchc-planner", "cchc-planner.db", NULL);
}

/**
 * cchc_store_open:
 * @path: (type filename): the database file; created when missing
 *
 * Opens the database, creating it or migrating it to the current schema
 * (after a checked backup copy beside it). A file that is not a database,
 * or one written by a newer version, is refused and left untouched.
 *
 * Returns: (transfer full): the store, or %NULL with @error set
 */
CchcStore *
cchc_store_open (const char      *path,
                 CchcStoreFlags   flags,
                 GError         **error)
{
  g_auto(GStrv) migrations = compiled_migrations (error);

  if (migrations == NULL)
    return NULL;

  return _cchc_store_open_with_migrations (path, flags, (const char * const *) migrations,
                                           error);
}

const char *
cchc_store_get_path (CchcStore *self)
{
  g_return_val_if_fail (CCHC_IS_STORE (self), NULL);

  return self->path;
}

int
cchc_store_get_schema_version (CchcStore *self)
{
  g_return_val_if_fail (CCHC_IS_STORE (self), 0);

  return self->schema_version;
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

static gboolean
check_parent (EntityKind   kind,
              gpointer     parent,
              GError     **error)
{
  EntityKind expected = ENTITIES[kind].parent;

  if (expected == NO_PARENT ? parent == NULL
                            : (parent != NULL && entity_of (parent) == expected &&
                               cchc_record_is_stored (parent)))
    return TRUE;

  g_set_error_literal (error, CCHC_STORE_ERROR, CCHC_STORE_ERROR_NOT_FOUND,
                       _("The item no longer exists: it may have been deleted."));
  return FALSE;
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

static gboolean
update_row (CchcStore   *self,
            EntityKind   kind,
            gint64       id,
            GObject     *values,
            GError     **error)
{
  const Entity *entity = &ENTITIES[kind];
  g_autofree char *assignments = column_list (entity, " = ?");
  g_autofree char *sql = NULL;
  sqlite3_stmt *stmt;
  int param = 1;

  /* column_list starts with ", ": skip it. */
  sql = g_strdup_printf ("UPDATE %s SET %s WHERE id = ?", entity->table, assignments + 2);
  stmt = prepare (self, sql, error);
  if (stmt == NULL)
    return FALSE;

  bind_fields (entity, stmt, param, values);
  param = sqlite3_bind_parameter_count (stmt);
  sqlite3_bind_int64 (stmt, param, id);

  if (!step_done (self, stmt, error))
    return FALSE;

  if (sqlite3_changes (self->db) != 1)
    {
      g_set_error_literal (error, CCHC_STORE_ERROR, CCHC_STORE_ERROR_NOT_FOUND,
                           _("The item no longer exists: it may have been deleted."));
      return FALSE;
    }

  return save_extras (self, kind, values, id, error);
}

/* Moves @record to @to in @model with one exact items-changed. */
static void
move_in_model (GListStore *model,
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

  model = model_of_record (self, record, &kind, &position, error);
  if (model == NULL || !validate (self, kind, values, TRUE, error))
    return FALSE;

  if (!begin (self, error))
    return FALSE;
  if (!update_row (self, kind, cchc_record_get_id (record), values, error))
    {
      rollback (self);
      return FALSE;
    }
  if (!commit (self, error))
    return FALSE;

  keep = g_object_ref (record);
  cchc_record_assign (record, values);

  if (kind == ENTITY_PLAN)
    {
      guint to = plan_index_for_year (G_LIST_MODEL (model), cchc_plan_get_year (record), record);

      if (to != position)
        {
          move_in_model (model, record, position, to);
          return TRUE;
        }
    }

  g_list_store_splice (model, position, 1, (gpointer *) &record, 1);
  renumber (self, kind, model);

  return TRUE;
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

/* Deletes a row (the database cascades to what belongs to it) and closes
 * the gap in the positions of its siblings. */
static gboolean
delete_row (CchcStore    *self,
            const Entity *entity,
            gint64        id,
            gint64        parent_id,
            GError      **error)
{
  g_autofree char *sql = NULL;
  sqlite3_stmt *stmt;

  /* Close the gap first, while the row still says where it was. */
  sql = g_strdup_printf ("UPDATE %1$s SET position = position - 1 "
                         "WHERE position > (SELECT position FROM %1$s WHERE id = ?1)%2$s%3$s%4$s",
                         entity->table,
                         entity->parent_column != NULL ? " AND " : "",
                         entity->parent_column != NULL ? entity->parent_column : "",
                         entity->parent_column != NULL ? " = ?2" : "");
  stmt = prepare (self, sql, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  if (entity->parent_column != NULL)
    sqlite3_bind_int64 (stmt, 2, parent_id);
  if (!step_done (self, stmt, error))
    return FALSE;

  g_clear_pointer (&sql, g_free);
  sql = g_strdup_printf ("DELETE FROM %s WHERE id = ?", entity->table);
  stmt = prepare (self, sql, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);

  return step_done (self, stmt, error);
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
  g_autoptr(CchcRecord) keep = NULL;
  const Entity *entity;
  GListStore *model;
  EntityKind kind;
  guint position;
  gint64 id;

  g_return_val_if_fail (CCHC_IS_STORE (self), FALSE);
  g_return_val_if_fail (CCHC_IS_RECORD (record), FALSE);

  model = model_of_record (self, record, &kind, &position, error);
  if (model == NULL)
    return FALSE;
  if (kind == ENTITY_UNIT && !check_unit_unused (self, record, error))
    return FALSE;

  entity = &ENTITIES[kind];
  id = cchc_record_get_id (record);

  if (!begin (self, error))
    return FALSE;

  if (!delete_row (self, entity, id, _cchc_record_get_parent_id (record), error))
    {
      rollback (self);
      return FALSE;
    }
  if (!commit (self, error))
    return FALSE;

  keep = g_object_ref (record);
  forget_children (self, kind, id);
  forget_object (self, kind, record);
  g_list_store_remove (model, position);
  renumber (self, kind, model);

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
  g_autofree char *sql = NULL;
  const Entity *entity;
  GListStore *model;
  EntityKind kind;
  sqlite3_stmt *stmt;
  guint from, n;

  g_return_val_if_fail (CCHC_IS_STORE (self), FALSE);
  g_return_val_if_fail (CCHC_IS_RECORD (record), FALSE);

  model = model_of_record (self, record, &kind, &from, error);
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

  entity = &ENTITIES[kind];
  if (!begin (self, error))
    return FALSE;

  /* Shift the rows in between by one, then put the row in its place.
   * Siblings are the rows with the same parent (or all rows for units). */
  sql = g_strdup_printf ("UPDATE %s SET position = CASE "
                         "WHEN id = ?1 THEN ?3 "
                         "WHEN ?3 > ?2 THEN position - 1 "
                         "ELSE position + 1 END "
                         "WHERE position BETWEEN min (?2, ?3) AND max (?2, ?3) %s%s%s",
                         entity->table,
                         entity->parent_column != NULL ? "AND " : "",
                         entity->parent_column != NULL ? entity->parent_column : "",
                         entity->parent_column != NULL ? " = ?4" : "");
  stmt = prepare (self, sql, error);
  if (stmt == NULL)
    {
      rollback (self);
      return FALSE;
    }
  sqlite3_bind_int64 (stmt, 1, cchc_record_get_id (record));
  sqlite3_bind_int64 (stmt, 2, from);
  sqlite3_bind_int64 (stmt, 3, position);
  if (entity->parent_column != NULL)
    sqlite3_bind_int64 (stmt, 4, _cchc_record_get_parent_id (record));
  if (!step_done (self, stmt, error))
    {
      rollback (self);
      return FALSE;
    }
  if (!commit (self, error))
    return FALSE;

  move_in_model (model, record, from, position);
  renumber (self, kind, model);

  return TRUE;
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

  if (model_of_record (self, record, &kind, &position, NULL) == NULL)
    return G_MAXUINT;

  return position;
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
  sqlite3_stmt *stmt;
  int last_year = -1;
  guint n_activities = 0;

  g_return_val_if_fail (CCHC_IS_STORE (self), NULL);
  g_return_val_if_fail (CCHC_IS_UNIT (unit), NULL);

  stmt = prepare (self,
                  "SELECT p.year, a.position + 1, t.numbered, "
                  "  (SELECT count(*) FROM task o WHERE o.area_id = t.area_id AND o.numbered "
                  "   AND o.position <= t.position) "
                  "FROM task t JOIN area a ON a.id = t.area_id JOIN plan p ON p.id = a.plan_id "
                  "WHERE t.lead_unit_id = ?1 OR EXISTS "
                  "  (SELECT 1 FROM task_unit u WHERE u.task_id = t.id AND u.unit_id = ?1) "
                  "ORDER BY p.year, p.position, a.position, t.position", NULL);
  if (stmt == NULL)
    return g_strdup (_("in tasks"));

  sqlite3_bind_int64 (stmt, 1, cchc_record_get_id (CCHC_RECORD (unit)));
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

  stmt = prepare (self, "SELECT count(*) FROM activity WHERE responsible_unit_id = ?", NULL);
  if (stmt != NULL)
    {
      sqlite3_bind_int64 (stmt, 1, cchc_record_get_id (CCHC_RECORD (unit)));
      if (sqlite3_step (stmt) == SQLITE_ROW)
        n_activities = sqlite3_column_int (stmt, 0);
      sqlite3_reset (stmt);
    }

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

      if (ENTITIES[kind].parent != parent_kind)
        continue;

      rows = G_LIST_MODEL (ensure_model (self, kind, from_id, error));
      if (rows == NULL)
        return FALSE;

      n = g_list_model_get_n_items (rows);
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(CchcRecord) row = g_list_model_get_item (rows, i);
          g_autoptr(CchcRecord) copy = cchc_record_dup_values (row);
          g_autofree char *uuid = g_uuid_string_random ();
          gint64 id;

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

          if (!insert_row (self, kind, to_id, i, G_OBJECT (copy), uuid, &id, error) ||
              !copy_children (self, kind, cchc_record_get_id (row), id, years, error))
            return FALSE;
        }
    }

  return TRUE;
}

/**
 * cchc_store_copy_plan:
 * @year: the year of the new plan
 *
 * Copies @plan with its areas, tasks, KPIs, activities and report periods
 * to a new plan for @year; timeframes and dates move by the difference of
 * years and the year in the title follows. Progress is not copied.
 *
 * Returns: (transfer none) (nullable): the new plan
 */
CchcPlan *
cchc_store_copy_plan (CchcStore  *self,
                      CchcPlan   *plan,
                      int         year,
                      GError    **error)
{
  g_autoptr(CchcPlan) copy = NULL;
  g_autofree char *old_year = NULL;
  g_autofree char *new_year = NULL;
  g_autofree char *uuid = g_uuid_string_random ();
  GListStore *plans;
  EntityKind kind;
  guint position;
  gint64 id;
  int years;

  g_return_val_if_fail (CCHC_IS_STORE (self), NULL);
  g_return_val_if_fail (CCHC_IS_PLAN (plan), NULL);

  plans = model_of_record (self, plan, &kind, &position, error);
  if (plans == NULL)
    return NULL;

  years = year - cchc_plan_get_year (plan);
  copy = cchc_record_dup_values (CCHC_RECORD (plan));
  cchc_record_set_uuid (CCHC_RECORD (copy), NULL);
  cchc_plan_set_year (copy, year);

  old_year = g_strdup_printf ("%d", cchc_plan_get_year (plan));
  new_year = g_strdup_printf ("%d", year);
  if (years != 0)
    {
      g_auto(GStrv) parts = g_strsplit (cchc_plan_get_title (plan), old_year, -1);
      g_autofree char *title = g_strjoinv (new_year, parts);

      cchc_plan_set_title (copy, title);
    }
  if (cchc_plan_get_date (plan) != NULL)
    {
      GDate date = *cchc_plan_get_date (plan);

      g_date_add_years (&date, years);
      cchc_plan_set_date (copy, &date);
    }

  if (!begin (self, error))
    return NULL;
  if (!insert_row (self, ENTITY_PLAN, 0, g_list_model_get_n_items (G_LIST_MODEL (plans)),
                   G_OBJECT (copy), uuid, &id, error) ||
      !copy_children (self, ENTITY_PLAN, cchc_record_get_id (CCHC_RECORD (plan)), id, years,
                      error))
    {
      rollback (self);
      return NULL;
    }
  if (!commit (self, error))
    return NULL;

  cchc_record_set_uuid (CCHC_RECORD (copy), uuid);
  add_to_model (self, ENTITY_PLAN, plans,
                plan_index_for_year (G_LIST_MODEL (plans), year, NULL),
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

static gboolean
insert_rows (CchcStore   *self,
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
      g_autofree char *uuid = NULL;
      gint64 id;

      if (new_uuids || cchc_record_get_uuid (CCHC_RECORD (row)) == NULL)
        uuid = g_uuid_string_random ();
      else
        uuid = g_strdup (cchc_record_get_uuid (CCHC_RECORD (row)));

      if (!insert_row (self, kind, parent_id, i, row, uuid, &id, error))
        return FALSE;
      if (ids != NULL)
        g_array_append_val (ids, id);
    }

  return TRUE;
}

static gboolean
write_contents (CchcStore         *self,
                CchcPlanContents  *contents,
                CchcPlan          *replaced,
                gboolean           new_uuids,
                GPtrArray         *new_units,
                gint64            *plan_id,
                GError           **error)
{
  g_autoptr(GArray) area_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GPtrArray) plan_row = g_ptr_array_new ();
  g_autoptr(GArray) plan_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) unit_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  guint n_units = g_list_model_get_n_items (cchc_store_get_units (self));

  if (replaced != NULL &&
      !delete_row (self, &ENTITIES[ENTITY_PLAN], cchc_record_get_id (CCHC_RECORD (replaced)), 0,
                   error))
    return FALSE;

  /* New units go after the existing ones; the rows that name them need
   * their ids before the transaction ends. */
  for (guint i = 0; i < new_units->len; i++)
    {
      GObject *unit = g_ptr_array_index (new_units, i);
      gint64 id;

      if (cchc_record_get_uuid (CCHC_RECORD (unit)) == NULL)
        {
          g_autofree char *uuid = g_uuid_string_random ();
          cchc_record_set_uuid (CCHC_RECORD (unit), uuid);
        }
      if (!insert_row (self, ENTITY_UNIT, 0, n_units + i, unit,
                       cchc_record_get_uuid (CCHC_RECORD (unit)), &id, error))
        return FALSE;
      _cchc_record_set_id (CCHC_RECORD (unit), id);
    }

  g_ptr_array_add (plan_row, contents->plan);
  if (!insert_rows (self, ENTITY_PLAN, 0, plan_row, new_uuids, plan_ids, error))
    return FALSE;
  *plan_id = g_array_index (plan_ids, gint64, 0);

  if (!insert_rows (self, ENTITY_AREA, *plan_id, contents->areas, new_uuids, area_ids, error) ||
      !insert_rows (self, ENTITY_KPI, *plan_id, contents->kpis, new_uuids, NULL, error) ||
      !insert_rows (self, ENTITY_ACTIVITY, *plan_id, contents->activities, new_uuids, NULL,
                    error) ||
      !insert_rows (self, ENTITY_PERIOD, *plan_id, contents->report_periods, new_uuids, NULL,
                    error))
    return FALSE;

  for (guint i = 0; i < contents->tasks->len && i < area_ids->len; i++)
    if (!insert_rows (self, ENTITY_TASK, g_array_index (area_ids, gint64, i),
                      g_ptr_array_index (contents->tasks, i), new_uuids, NULL, error))
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

  if (!validate (self, ENTITY_PLAN, G_OBJECT (contents->plan), FALSE, error))
    return FALSE;

  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    for (guint i = 0; i < lists[l]->len; i++)
      {
        gpointer row = g_ptr_array_index (lists[l], i);

        if (!validate (self, entity_of (row), row, FALSE, error))
          return FALSE;
      }

  for (guint a = 0; a < contents->tasks->len; a++)
    {
      GPtrArray *tasks = g_ptr_array_index (contents->tasks, a);

      for (guint i = 0; i < tasks->len; i++)
        if (!validate (self, ENTITY_TASK, g_ptr_array_index (tasks, i), FALSE, error))
          return FALSE;
    }

  return TRUE;
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
  g_autoptr(GHashTable) units = g_hash_table_new (NULL, NULL);
  g_autoptr(GPtrArray) new_units = g_ptr_array_new ();
  CchcPlan *existing = NULL;
  GListStore *plans, *unit_model;
  gint64 plan_id = 0;
  gboolean ok;

  g_return_val_if_fail (CCHC_IS_STORE (self), NULL);
  g_return_val_if_fail (contents != NULL, NULL);

  plans = ensure_model (self, ENTITY_PLAN, 0, error);
  unit_model = plans != NULL ? ensure_model (self, ENTITY_UNIT, 0, error) : NULL;
  if (unit_model == NULL || !validate_contents (self, contents, error))
    return NULL;

  if (cchc_record_get_uuid (CCHC_RECORD (contents->plan)) != NULL && mode != CCHC_IMPORT_COPY)
    existing = cchc_store_find_plan (self, cchc_record_get_uuid (CCHC_RECORD (contents->plan)));
  if (existing != NULL && mode == CCHC_IMPORT_NEW)
    {
      g_set_error (error, CCHC_STORE_ERROR, CCHC_STORE_ERROR_EXISTS,
                   _("The plan “%s” (%d) is already in this database."),
                   cchc_plan_get_title (existing), cchc_plan_get_year (existing));
      return NULL;
    }

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

  ok = begin (self, error);
  if (ok && !write_contents (self, contents, existing, mode == CCHC_IMPORT_COPY, new_units,
                             &plan_id, error))
    {
      rollback (self);
      ok = FALSE;
    }
  if (ok)
    ok = commit (self, error);
  if (!ok)
    {
      for (guint i = 0; i < new_units->len; i++)
        _cchc_record_set_id (g_ptr_array_index (new_units, i), 0);
      return NULL;
    }

  for (guint i = 0; i < new_units->len; i++)
    {
      CchcRecord *unit = g_ptr_array_index (new_units, i);
      gint64 id = cchc_record_get_id (unit);

      _cchc_record_set_id (unit, 0);
      add_to_model (self, ENTITY_UNIT, unit_model,
                    g_list_model_get_n_items (G_LIST_MODEL (unit_model)), unit, id, 0);
    }

  if (existing != NULL)
    {
      g_autoptr(CchcPlan) keep = g_object_ref (existing);
      guint position;

      g_list_store_find (plans, existing, &position);
      forget_children (self, ENTITY_PLAN, cchc_record_get_id (CCHC_RECORD (existing)));
      forget_object (self, ENTITY_PLAN, CCHC_RECORD (existing));
      g_list_store_remove (plans, position);
    }

  if (mode == CCHC_IMPORT_COPY || cchc_record_get_uuid (CCHC_RECORD (contents->plan)) == NULL)
    {
      /* The rows got their new UUIDs in the database: read the plan's back. */
      sqlite3_stmt *stmt = prepare (self, "SELECT uuid FROM plan WHERE id = ?", NULL);

      if (stmt != NULL)
        {
          sqlite3_bind_int64 (stmt, 1, plan_id);
          if (sqlite3_step (stmt) == SQLITE_ROW)
            cchc_record_set_uuid (CCHC_RECORD (contents->plan), text_column (stmt, 0));
          sqlite3_reset (stmt);
        }
    }

  add_to_model (self, ENTITY_PLAN, plans,
                plan_index_for_year (G_LIST_MODEL (plans), cchc_plan_get_year (contents->plan),
                                     NULL),
                CCHC_RECORD (contents->plan), plan_id, 0);

  return contents->plan;
}

static EntityKind
entity_of_type (GType type)
{
  for (guint i = 0; i < N_ENTITIES; i++)
    if (g_type_is_a (type, ENTITIES[i].get_type ()))
      return i;

  return N_ENTITIES;
}

/* Loads the list holding row @id (whose parent is @parent_id), and the
 * lists holding its parents, so that the row and its parents are live. */
static gboolean
ensure_object (CchcStore  *self,
               EntityKind  kind,
               gint64      id,
               gint64      parent_id)
{
  EntityKind parent_kind = ENTITIES[kind].parent;

  if (g_hash_table_contains (self->objects[kind], &id))
    return TRUE;

  if (parent_kind != NO_PARENT && !g_hash_table_contains (self->objects[parent_kind], &parent_id))
    {
      const Entity *parent = &ENTITIES[parent_kind];
      g_autofree char *sql = g_strdup_printf ("SELECT %s FROM %s WHERE id = ?",
                                              parent->parent_column != NULL
                                                ? parent->parent_column : "0",
                                              parent->table);
      sqlite3_stmt *stmt = prepare (self, sql, NULL);
      gint64 grandparent_id = 0;
      int rc;

      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, parent_id);
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        grandparent_id = sqlite3_column_int64 (stmt, 0);
      sqlite3_reset (stmt);
      if (rc != SQLITE_ROW || !ensure_object (self, parent_kind, parent_id, grandparent_id))
        return FALSE;
    }

  return ensure_model (self, kind, parent_id, NULL) != NULL;
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
  EntityKind kind = entity_of_type (type);
  const Entity *entity;
  g_autofree char *sql = NULL;
  sqlite3_stmt *stmt;
  gint64 id = 0, parent_id = 0;
  gboolean found = FALSE;

  g_return_val_if_fail (CCHC_IS_STORE (self), NULL);
  g_return_val_if_fail (kind != N_ENTITIES, NULL);

  if (uuid == NULL)
    return NULL;

  entity = &ENTITIES[kind];
  sql = g_strdup_printf ("SELECT id, %s FROM %s WHERE uuid = ?",
                         entity->parent_column != NULL ? entity->parent_column : "0",
                         entity->table);
  stmt = prepare (self, sql, NULL);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      id = sqlite3_column_int64 (stmt, 0);
      parent_id = sqlite3_column_int64 (stmt, 1);
      found = TRUE;
    }
  sqlite3_reset (stmt);

  if (!found || !ensure_object (self, kind, id, parent_id))
    return NULL;

  return g_hash_table_lookup (self->objects[kind], &id);
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
  guint n;

  g_return_val_if_fail (CCHC_IS_STORE (self), FALSE);
  g_return_val_if_fail (CCHC_IS_RECORD (record), FALSE);
  g_return_val_if_fail (!cchc_record_is_stored (record), FALSE);
  g_return_val_if_fail (children != NULL, FALSE);

  kind = entity_of (record);
  g_return_val_if_fail (kind != N_ENTITIES, FALSE);
  if (children->len > 0)
    {
      child_kind = entity_of (g_ptr_array_index (children, 0));
      g_return_val_if_fail (child_kind != N_ENTITIES && ENTITIES[child_kind].parent == kind,
                            FALSE);
    }

  if (!check_parent (kind, parent, error) || !validate (self, kind, record, TRUE, error))
    return FALSE;
  for (guint i = 0; i < children->len; i++)
    if (!validate (self, child_kind, g_ptr_array_index (children, i), TRUE, error))
      return FALSE;

  parent_id = parent != NULL ? cchc_record_get_id (parent) : 0;
  model = ensure_model (self, kind, parent_id, error);
  if (model == NULL)
    return FALSE;
  n = g_list_model_get_n_items (G_LIST_MODEL (model));
  if (kind == ENTITY_PLAN)
    position = plan_index_for_year (G_LIST_MODEL (model), cchc_plan_get_year (record), NULL);
  position = MIN (position, n);

  if (cchc_record_get_uuid (record) != NULL && *cchc_record_get_uuid (record) != '\0')
    uuid = g_strdup (cchc_record_get_uuid (record));
  else
    uuid = g_uuid_string_random ();

  if (!begin (self, error))
    return FALSE;
  if (!insert_row (self, kind, parent_id, ENTITIES[kind].parent_column != NULL ? position : n,
                   record, uuid, &id, error) ||
      (children->len > 0 &&
       !insert_rows (self, child_kind, id, children, FALSE, NULL, error)))
    {
      rollback (self);
      return FALSE;
    }
  if (!commit (self, error))
    return FALSE;

  cchc_record_set_uuid (record, uuid);
  add_to_model (self, kind, model, position, record, id, parent_id);

  return TRUE;
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

  kind = entity_of (record);
  if (kind == N_ENTITIES || ENTITIES[kind].parent == NO_PARENT)
    return NULL;

  parent_id = _cchc_record_get_parent_id (record);
  return g_hash_table_lookup (self->objects[ENTITIES[kind].parent], &parent_id);
}
