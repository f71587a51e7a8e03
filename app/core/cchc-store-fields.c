/* cchc-store-fields.c: the fields of objects and the columns that keep them
 *
 * Each kind of row is described by a table of fields (below), so that
 * reading, binding and checking the values of an object is written once for
 * every kind. Most fields are columns of the row; plan paragraphs and the
 * cooperating units of a task are rows of their own tables.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cchc-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "cchc-model-private.h"
#include "cchc-store-internal.h"
#include "cchc-task.h"
#include "cchc-timeframe.h"
#include "cchc-unit.h"

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

typedef struct
{
  const Field *fields;
  guint        n_fields;
} FieldTable;

static const FieldTable FIELDS[N_ENTITIES] = {
  [ENTITY_PLAN] = { plan_fields, G_N_ELEMENTS (plan_fields) },
  [ENTITY_UNIT] = { unit_fields, G_N_ELEMENTS (unit_fields) },
  [ENTITY_AREA] = { area_fields, G_N_ELEMENTS (area_fields) },
  [ENTITY_TASK] = { task_fields, G_N_ELEMENTS (task_fields) },
  [ENTITY_KPI] = { kpi_fields, G_N_ELEMENTS (kpi_fields) },
  [ENTITY_ACTIVITY] = { activity_fields, G_N_ELEMENTS (activity_fields) },
  [ENTITY_PERIOD] = { period_fields, G_N_ELEMENTS (period_fields) },
};

/* Dates are ISO 8601 text in the database. */
/* The column names of the fields of @kind in order, each after ", " and
 * followed by @suffix: ", name = ?, kind = ?". */
char *
_cchc_store_column_list (EntityKind  kind,
                         const char *suffix)
{
  const FieldTable *table = &FIELDS[kind];
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < table->n_fields; i++)
    {
      const Field *f = &table->fields[i];

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
field_columns (const Field *f)
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

/* How many columns of the row hold the fields of @kind. */
guint
_cchc_store_count_columns (EntityKind kind)
{
  guint n = 0;

  for (guint i = 0; i < FIELDS[kind].n_fields; i++)
    n += field_columns (&FIELDS[kind].fields[i]);

  return n;
}

static CchcUnit *
lookup_unit (CchcStore *self,
             gint64     id)
{
  return g_hash_table_lookup (self->objects[ENTITY_UNIT], &id);
}

/* The value of the property of field @f of @object, in @value. */
static void
get_field_value (GObject     *object,
                 const Field *f,
                 GValue      *value)
{
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (object), f->property);

  g_assert (pspec != NULL);

  g_value_init (value, pspec->value_type);
  g_object_get_property (object, f->property, value);
}

static CchcTimeframe *
read_timeframe (sqlite3_stmt *stmt,
                int           column)
{
  GDate date;
  g_autofree char *note = _cchc_store_dup_text_column (stmt, column + 4);
  gboolean has_date;

  has_date = _cchc_date_from_iso ((const char *) sqlite3_column_text (stmt, column + 3), &date);

  return cchc_timeframe_new_full (sqlite3_column_int (stmt, column),
                                  sqlite3_column_int (stmt, column + 1),
                                  sqlite3_column_int (stmt, column + 2),
                                  has_date ? &date : NULL, note);
}

/* Sets the property of field @f of @object from the row's value columns
 * starting at @column. */
static void
read_field (CchcStore    *self,
            const Field  *f,
            sqlite3_stmt *stmt,
            int           column,
            GObject      *object)
{
  GDate date;

  switch (f->kind)
    {
    case FIELD_STRING:
      {
        g_autofree char *text = _cchc_store_dup_text_column (stmt, column);

        g_object_set (object, f->property, text, NULL);
      }
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
      _cchc_date_from_iso ((const char *) sqlite3_column_text (stmt, column), &date);
      g_object_set (object, f->property, g_date_valid (&date) ? &date : NULL, NULL);
      break;

    case FIELD_UNIT:
      g_object_set (object, f->property,
                    lookup_unit (self, sqlite3_column_int64 (stmt, column)), NULL);
      break;

    case FIELD_TIMEFRAME:
      {
        g_autoptr(CchcTimeframe) timeframe = read_timeframe (stmt, column);

        g_object_set (object, f->property, timeframe, NULL);
      }
      break;

    case FIELD_TEXTS:
    case FIELD_UNITS:
      break;

    default:
      g_assert_not_reached ();
    }
}

/* Sets the properties of @object from a row whose first value columns start
 * at @column. */
void
_cchc_store_read_fields (CchcStore    *self,
                         EntityKind    kind,
                         sqlite3_stmt *stmt,
                         int           column,
                         GObject      *object)
{
  const FieldTable *table = &FIELDS[kind];

  for (guint i = 0; i < table->n_fields; i++)
    {
      read_field (self, &table->fields[i], stmt, column, object);
      column += field_columns (&table->fields[i]);
    }
}

static void
bind_timeframe (sqlite3_stmt        *stmt,
                int                  param,
                const CchcTimeframe *tf)
{
  if (tf == NULL)
    {
      sqlite3_bind_int (stmt, param, CCHC_TIMEFRAME_KIND_NONE);
      sqlite3_bind_int (stmt, param + 1, 0);
      sqlite3_bind_int (stmt, param + 2, 0);
      sqlite3_bind_null (stmt, param + 3);
      sqlite3_bind_text (stmt, param + 4, "", -1, SQLITE_STATIC);
      return;
    }

  sqlite3_bind_int (stmt, param, cchc_timeframe_get_kind (tf));
  sqlite3_bind_int (stmt, param + 1, cchc_timeframe_get_quarters (tf));
  sqlite3_bind_int (stmt, param + 2, cchc_timeframe_get_year (tf));
  sqlite3_bind_text (stmt, param + 3, _cchc_date_to_iso (cchc_timeframe_get_date (tf)), -1, g_free);
  sqlite3_bind_text (stmt, param + 4, cchc_timeframe_get_detail (tf), -1, SQLITE_TRANSIENT);
}

/* Binds @value, the property of field @f, to the parameters from @param. */
static void
bind_field (const Field  *f,
            sqlite3_stmt *stmt,
            int           param,
            const GValue *value)
{
  CchcRecord *unit;

  switch (f->kind)
    {
    case FIELD_STRING:
      sqlite3_bind_text (stmt, param, g_value_get_string (value) ?: "", -1, SQLITE_TRANSIENT);
      break;

    case FIELD_INT:
      sqlite3_bind_int64 (stmt, param, g_value_get_int (value));
      break;

    case FIELD_ENUM:
      sqlite3_bind_int64 (stmt, param, g_value_get_enum (value));
      break;

    case FIELD_UINT:
      sqlite3_bind_int64 (stmt, param, g_value_get_uint (value));
      break;

    case FIELD_BOOL:
      sqlite3_bind_int (stmt, param, g_value_get_boolean (value));
      break;

    case FIELD_DOUBLE:
      sqlite3_bind_double (stmt, param, g_value_get_double (value));
      break;

    case FIELD_DATE:
      sqlite3_bind_text (stmt, param, _cchc_date_to_iso (g_value_get_boxed (value)), -1, g_free);
      break;

    case FIELD_UNIT:
      unit = g_value_get_object (value);
      if (unit != NULL)
        sqlite3_bind_int64 (stmt, param, cchc_record_get_id (unit));
      else
        sqlite3_bind_null (stmt, param);
      break;

    case FIELD_TIMEFRAME:
      bind_timeframe (stmt, param, g_value_get_boxed (value));
      break;

    case FIELD_TEXTS:
    case FIELD_UNITS:
    default:
      g_assert_not_reached ();
    }
}

/* Binds the values of @object's fields starting at parameter @param. */
void
_cchc_store_bind_fields (EntityKind    kind,
                         sqlite3_stmt *stmt,
                         int           param,
                         GObject      *object)
{
  const FieldTable *table = &FIELDS[kind];

  for (guint i = 0; i < table->n_fields; i++)
    {
      const Field *f = &table->fields[i];
      g_auto(GValue) value = G_VALUE_INIT;

      if (f->kind == FIELD_TEXTS || f->kind == FIELD_UNITS)
        continue;

      get_field_value (object, f, &value);
      bind_field (f, stmt, param, &value);
      param += field_columns (f);
    }
}

/* Prepares @sql on the list of row @id: plan paragraphs of the @kind
 * given, or cooperating units (@kind %NULL). */
static sqlite3_stmt *
prepare_list (CchcStore   *self,
              const char  *sql,
              gint64       id,
              const char  *kind,
              GError     **error)
{
  sqlite3_stmt *stmt = _cchc_store_prepare (self, sql, error);

  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, id);
  if (kind != NULL)
    sqlite3_bind_text (stmt, 2, kind, -1, SQLITE_STATIC);

  return stmt;
}

/* Reads the paragraphs (FIELD_TEXTS) of plan @id into @object. */
static gboolean
load_texts (CchcStore    *self,
            const Field  *f,
            GObject      *object,
            gint64        id,
            GError      **error)
{
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt;
  int rc;

  stmt = prepare_list (self, "SELECT text FROM plan_text WHERE plan_id = ? AND kind = ? "
                             "ORDER BY position", id, f->property, error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (texts, _cchc_store_dup_text_column (stmt, 0));
  if (!_cchc_store_finish_rows (self, stmt, rc, error))
    return FALSE;

  g_ptr_array_add (texts, NULL);
  g_object_set (object, f->property, texts->pdata, NULL);
  return TRUE;
}

/* Reads the cooperating units (FIELD_UNITS) of task @id into @object. */
static gboolean
load_units (CchcStore    *self,
            const Field  *f,
            GObject      *object,
            gint64        id,
            GError      **error)
{
  g_autoptr(GPtrArray) units = g_ptr_array_new ();
  sqlite3_stmt *stmt;
  CchcUnit *unit;
  int rc;

  stmt = prepare_list (self, "SELECT unit_id FROM task_unit WHERE task_id = ? "
                             "ORDER BY position", id, NULL, error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    if ((unit = lookup_unit (self, sqlite3_column_int64 (stmt, 0))) != NULL)
      g_ptr_array_add (units, unit);
  if (!_cchc_store_finish_rows (self, stmt, rc, error))
    return FALSE;

  g_object_set (object, f->property, units, NULL);
  return TRUE;
}

static gboolean
save_texts (CchcStore    *self,
            const Field  *f,
            GObject      *object,
            gint64        id,
            GError      **error)
{
  g_auto(GStrv) texts = NULL;
  sqlite3_stmt *stmt;

  g_object_get (object, f->property, &texts, NULL);

  stmt = prepare_list (self, "DELETE FROM plan_text WHERE plan_id = ? AND kind = ?", id,
                       f->property, error);
  if (stmt == NULL || !_cchc_store_step_done (self, stmt, error))
    return FALSE;

  for (guint j = 0; texts != NULL && texts[j] != NULL; j++)
    {
      stmt = prepare_list (self, "INSERT INTO plan_text (plan_id, kind, position, text) "
                                 "VALUES (?, ?, ?, ?)", id, f->property, error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int (stmt, 3, j);
      sqlite3_bind_text (stmt, 4, texts[j], -1, SQLITE_STATIC);
      if (!_cchc_store_step_done (self, stmt, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
save_units (CchcStore    *self,
            const Field  *f,
            GObject      *object,
            gint64        id,
            GError      **error)
{
  g_autoptr(GPtrArray) units = NULL;
  sqlite3_stmt *stmt;

  g_object_get (object, f->property, &units, NULL);

  stmt = prepare_list (self, "DELETE FROM task_unit WHERE task_id = ?", id, NULL, error);
  if (stmt == NULL || !_cchc_store_step_done (self, stmt, error))
    return FALSE;

  for (guint j = 0; units != NULL && j < units->len; j++)
    {
      stmt = prepare_list (self, "INSERT INTO task_unit (task_id, unit_id, position) "
                                 "VALUES (?, ?, ?)", id, NULL, error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 2, cchc_record_get_id (g_ptr_array_index (units, j)));
      sqlite3_bind_int (stmt, 3, j);
      if (!_cchc_store_step_done (self, stmt, error))
        return FALSE;
    }

  return TRUE;
}

typedef gboolean (*ExtraFunc) (CchcStore    *self,
                               const Field  *f,
                               GObject      *object,
                               gint64        id,
                               GError      **error);

/* Runs @texts or @units on each field of @kind kept in a table of its own. */
static gboolean
each_extra (CchcStore   *self,
            EntityKind   kind,
            ExtraFunc    texts,
            ExtraFunc    units,
            GObject     *object,
            gint64       id,
            GError     **error)
{
  const FieldTable *table = &FIELDS[kind];

  for (guint i = 0; i < table->n_fields; i++)
    {
      const Field *f = &table->fields[i];

      if ((f->kind == FIELD_TEXTS && !texts (self, f, object, id, error)) ||
          (f->kind == FIELD_UNITS && !units (self, f, object, id, error)))
        return FALSE;
    }

  return TRUE;
}

static void
add_unit_to_list (CchcStore  *self,
                  GHashTable *lists,
                  gint64      task_id,
                  gint64      unit_id)
{
  CchcUnit *unit = lookup_unit (self, unit_id);
  GPtrArray *units;

  if (unit == NULL)
    return;

  units = g_hash_table_lookup (lists, &task_id);
  if (units == NULL)
    {
      units = g_ptr_array_new ();
      g_hash_table_insert (lists, g_memdup2 (&task_id, sizeof task_id), units);
    }
  g_ptr_array_add (units, unit);
}

/* Reads the cooperating units of the tasks [@first, end) of @tasks, all of
 * area @area_id, in one statement: a list of thousands of tasks loads
 * without a query per task. */
gboolean
_cchc_store_load_area_units (CchcStore  *self,
                             gint64      area_id,
                             GPtrArray  *tasks,
                             guint       first,
                             GError    **error)
{
  g_autoptr(GHashTable) lists = NULL;
  g_autoptr(GPtrArray) none = g_ptr_array_new ();
  sqlite3_stmt *stmt;
  int rc;

  lists = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                 (GDestroyNotify) g_ptr_array_unref);
  stmt = prepare_list (self, "SELECT tu.task_id, tu.unit_id FROM task_unit AS tu "
                             "JOIN task AS t ON t.id = tu.task_id WHERE t.area_id = ? "
                             "ORDER BY tu.task_id, tu.position", area_id, NULL, error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    add_unit_to_list (self, lists, sqlite3_column_int64 (stmt, 0),
                      sqlite3_column_int64 (stmt, 1));
  if (!_cchc_store_finish_rows (self, stmt, rc, error))
    return FALSE;

  for (guint i = first; i < tasks->len; i++)
    {
      CchcTask *task = g_ptr_array_index (tasks, i);
      gint64 id = cchc_record_get_id (CCHC_RECORD (task));
      GPtrArray *units = g_hash_table_lookup (lists, &id);

      cchc_task_set_cooperating_units (task, units != NULL ? units : none);
    }

  return TRUE;
}

/* Reads the plan paragraphs and cooperating units of one row. */
gboolean
_cchc_store_load_extras (CchcStore   *self,
                         EntityKind   kind,
                         GObject     *object,
                         gint64       id,
                         GError     **error)
{
  return each_extra (self, kind, load_texts, load_units, object, id, error);
}

/* Writes the plan paragraphs and cooperating units of one row. */
gboolean
_cchc_store_save_extras (CchcStore   *self,
                         EntityKind   kind,
                         GObject     *object,
                         gint64       id,
                         GError     **error)
{
  return each_extra (self, kind, save_texts, save_units, object, id, error);
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

/* Checks a list of cooperating units: live ones (if @check_units), each
 * named once. */
static gboolean
check_unit_list (CchcStore  *self,
                 GPtrArray  *units,
                 gboolean    check_units,
                 GError    **error)
{
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

  return TRUE;
}

static gboolean
validate_field (CchcStore    *self,
                const Field  *f,
                GObject      *object,
                gboolean      check_units,
                GError      **error)
{
  g_auto(GValue) value = G_VALUE_INIT;
  g_autofree char *text = NULL;

  if (f->kind == FIELD_STRING && f->empty_message != NULL)
    {
      g_object_get (object, f->property, &text, NULL);
      if (text == NULL || *g_strstrip (text) == '\0')
        {
          g_set_error_literal (error, CCHC_STORE_ERROR, CCHC_STORE_ERROR_INVALID,
                               _(f->empty_message));
          return FALSE;
        }
    }
  else if (f->kind == FIELD_UNIT && check_units)
    {
      get_field_value (object, f, &value);
      return check_unit (self, g_value_get_object (&value), error);
    }
  else if (f->kind == FIELD_UNITS)
    {
      get_field_value (object, f, &value);
      return check_unit_list (self, g_value_get_boxed (&value), check_units, error);
    }

  return TRUE;
}

/* Checks the values of @object before anything is written. */
gboolean
_cchc_store_validate (CchcStore   *self,
                      EntityKind   kind,
                      GObject     *object,
                      gboolean     check_units,
                      GError     **error)
{
  const FieldTable *table = &FIELDS[kind];

  if ((kind == ENTITY_TASK || kind == ENTITY_ACTIVITY) &&
      _cchc_store_ensure_model (self, ENTITY_UNIT, 0, error) == NULL)
    return FALSE;

  for (guint i = 0; i < table->n_fields; i++)
    if (!validate_field (self, &table->fields[i], object, check_units, error))
      return FALSE;

  return TRUE;
}

/* Checks new rows (of any kinds) before anything is written. */
gboolean
_cchc_store_validate_all (CchcStore   *self,
                          GPtrArray   *rows,
                          gboolean     check_units,
                          GError     **error)
{
  for (guint i = 0; i < rows->len; i++)
    {
      gpointer row = g_ptr_array_index (rows, i);
      EntityKind kind = _cchc_store_entity_of (row);

      g_return_val_if_fail (kind != N_ENTITIES, FALSE);
      if (!_cchc_store_validate (self, kind, row, check_units, error))
        return FALSE;
    }

  return TRUE;
}

/* Copies the stored properties of @values onto @object. Setters skip
 * unchanged values, so only real changes notify. */
void
_cchc_store_assign_fields (EntityKind  kind,
                           GObject    *object,
                           GObject    *values)
{
  const FieldTable *table = &FIELDS[kind];

  g_object_freeze_notify (object);

  for (guint i = 0; i < table->n_fields; i++)
    {
      g_auto(GValue) value = G_VALUE_INIT;

      get_field_value (values, &table->fields[i], &value);
      g_object_set_property (object, table->fields[i].property, &value);
    }

  g_object_thaw_notify (object);
}
