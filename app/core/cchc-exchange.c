/* cchc-exchange.c: plans in and out of files (JSON, CSV)
 *
 * The JSON format is documented field by field in docs/plan-format.md.
 * Import never trusts the file: its size and nesting depth are checked
 * before json-glib sees it (json-glib recurses without limit), every field
 * is checked with the JSON path of the place it came from, and only a
 * file that is right as a whole reaches the store, which writes it in one
 * transaction.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cchc-exchange"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "cchc-activity.h"
#include "cchc-area.h"
#include "cchc-exchange.h"
#include "cchc-file.h"
#include "cchc-model-private.h"
#include "cchc-kpi.h"
#include "cchc-plan.h"
#include "cchc-report-period.h"
#include "cchc-task.h"
#include "cchc-timeframe.h"
#include "cchc-unit.h"

#define FORMAT_NAME "cchc-plan"
#define FORMAT_VERSION 1

G_DEFINE_QUARK (cchc-exchange-error-quark, cchc_exchange_error)

/* Names of enumeration values in files, indexed by value. */
static const char * const unit_kinds[] = { "internal", "outside", "group", NULL };
static const char * const comparators[] = { "none", "ge", "gt", "eq", "le", "lt", NULL };
static const char * const activity_kinds[] = {
  "banner", "panel", "performance", "loudspeaker", "book-display", "book-introduction",
  "book-exhibition", "quiz", "other", NULL
};
static const char * const period_kinds[] = {
  "quarter-1", "half-year", "quarter-3", "year", "quarter-2", "quarter-4", "nine-months", NULL
};
static const char * const timeframe_kinds[] = {
  "none", "quarters", "year", "date", "regular", "quarterly", "as-needed", "on-demand", "text",
  NULL
};

/* The paragraph lists of a plan, as properties and as fields. */
static const char * const plan_texts[][2] = {
  { "bases", "bases" },
  { "objectives", "objectives" },
  { "directives", "directives" },
  { "propaganda", "propaganda" },
  { "responsibilities", "responsibilities" },
  { "recipients", "recipients" },
};

/* The string fields of each kind, as property and field name. */
static const char * const plan_strings[][2] = {
  { "number", "number" }, { "place", "place" }, { "title", "title" }, { "agency", "agency" },
  { "parent-agency", "parent_agency" }, { "signer-title", "signer_title" },
  { "signer-name", "signer_name" },
};
static const char * const activity_strings[][2] = {
  { "quantity-unit", "quantity_unit" }, { "size", "size" }, { "place", "place" },
  { "occasions", "occasions" }, { "audience", "audience" },
};

/* Writing ------------------------------------------------------------- */

static void
add_string (JsonBuilder *builder,
            const char  *name,
            const char  *value)
{
  json_builder_set_member_name (builder, name);
  json_builder_add_string_value (builder, value != NULL ? value : "");
}

static void
add_int (JsonBuilder *builder,
         const char  *name,
         gint64       value)
{
  json_builder_set_member_name (builder, name);
  json_builder_add_int_value (builder, value);
}

static void
add_date (JsonBuilder *builder,
          const char  *name,
          const GDate *date)
{
  json_builder_set_member_name (builder, name);
  if (date != NULL && g_date_valid (date))
    {
      g_autofree char *text = _cchc_date_to_iso (date);

      json_builder_add_string_value (builder, text);
    }
  else
    json_builder_add_null_value (builder);
}

static void
add_unit (JsonBuilder *builder,
          const char  *name,
          CchcUnit    *unit)
{
  json_builder_set_member_name (builder, name);
  if (unit != NULL)
    json_builder_add_string_value (builder, cchc_record_get_uuid (CCHC_RECORD (unit)));
  else
    json_builder_add_null_value (builder);
}

static void
add_id (JsonBuilder *builder,
        gpointer     record)
{
  add_string (builder, "id", cchc_record_get_uuid (record));
}

static void
add_strings (JsonBuilder        *builder,
             GObject            *object,
             const char * const  fields[][2],
             guint               n_fields)
{
  for (guint i = 0; i < n_fields; i++)
    {
      g_autofree char *value = NULL;

      g_object_get (object, fields[i][0], &value, NULL);
      add_string (builder, fields[i][1], value);
    }
}

static void
add_timeframe (JsonBuilder         *builder,
               const CchcTimeframe *tf)
{
  guint quarters = tf != NULL ? cchc_timeframe_get_quarters (tf) : 0;

  json_builder_set_member_name (builder, "timeframe");
  json_builder_begin_object (builder);
  add_string (builder, "kind",
              timeframe_kinds[tf != NULL ? cchc_timeframe_get_kind (tf) : 0]);
  json_builder_set_member_name (builder, "quarters");
  json_builder_begin_array (builder);
  for (guint q = 1; q <= 4; q++)
    if (quarters & CCHC_QUARTER (q))
      json_builder_add_int_value (builder, q);
  json_builder_end_array (builder);
  add_int (builder, "year", tf != NULL ? cchc_timeframe_get_year (tf) : 0);
  add_date (builder, "date", tf != NULL ? cchc_timeframe_get_date (tf) : NULL);
  add_string (builder, "detail", tf != NULL ? cchc_timeframe_get_detail (tf) : "");
  json_builder_end_object (builder);
}

static void
add_task (JsonBuilder *builder,
          CchcTask    *task,
          GHashTable  *used_units)
{
  GPtrArray *cooperating = cchc_task_get_cooperating_units (task);

  json_builder_begin_object (builder);
  add_id (builder, task);
  json_builder_set_member_name (builder, "numbered");
  json_builder_add_boolean_value (builder, cchc_task_get_numbered (task));
  add_string (builder, "text", cchc_task_get_text (task));
  add_string (builder, "product", cchc_task_get_product (task));
  add_unit (builder, "lead_unit", cchc_task_get_lead_unit (task));
  json_builder_set_member_name (builder, "cooperating_units");
  json_builder_begin_array (builder);
  for (guint i = 0; i < cooperating->len; i++)
    {
      CchcUnit *unit = g_ptr_array_index (cooperating, i);

      json_builder_add_string_value (builder, cchc_record_get_uuid (CCHC_RECORD (unit)));
      g_hash_table_add (used_units, unit);
    }
  json_builder_end_array (builder);
  add_timeframe (builder, cchc_task_get_timeframe (task));
  json_builder_end_object (builder);

  if (cchc_task_get_lead_unit (task) != NULL)
    g_hash_table_add (used_units, cchc_task_get_lead_unit (task));
}

static void
add_areas (JsonBuilder *builder,
           CchcStore   *store,
           CchcPlan    *plan,
           GHashTable  *used_units)
{
  GListModel *areas = cchc_store_get_areas (store, plan);

  json_builder_set_member_name (builder, "areas");
  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (areas); i++)
    {
      g_autoptr(CchcArea) area = g_list_model_get_item (areas, i);
      GListModel *tasks = cchc_store_get_tasks (store, area);

      json_builder_begin_object (builder);
      add_id (builder, area);
      add_string (builder, "title", cchc_area_get_title (area));
      add_string (builder, "heading", cchc_area_get_heading (area));
      add_string (builder, "narrative", cchc_area_get_narrative (area));
      json_builder_set_member_name (builder, "tasks");
      json_builder_begin_array (builder);
      for (guint j = 0; j < g_list_model_get_n_items (tasks); j++)
        {
          g_autoptr(CchcTask) task = g_list_model_get_item (tasks, j);
          add_task (builder, task, used_units);
        }
      json_builder_end_array (builder);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static void
add_kpis (JsonBuilder *builder,
          GListModel  *kpis)
{
  json_builder_set_member_name (builder, "kpis");
  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (kpis); i++)
    {
      g_autoptr(CchcKpi) kpi = g_list_model_get_item (kpis, i);

      json_builder_begin_object (builder);
      add_id (builder, kpi);
      add_string (builder, "text", cchc_kpi_get_text (kpi));
      add_string (builder, "comparator", comparators[cchc_kpi_get_comparator (kpi)]);
      json_builder_set_member_name (builder, "target");
      /* 100 rather than 100.0, as people write targets */
      if (cchc_kpi_get_target (kpi) == floor (cchc_kpi_get_target (kpi)) &&
          fabs (cchc_kpi_get_target (kpi)) < 1e15)
        json_builder_add_int_value (builder, (gint64) cchc_kpi_get_target (kpi));
      else
        json_builder_add_double_value (builder, cchc_kpi_get_target (kpi));
      add_string (builder, "target_unit", cchc_kpi_get_target_unit (kpi));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static void
add_activities (JsonBuilder *builder,
                GListModel  *activities,
                GHashTable  *used_units)
{
  json_builder_set_member_name (builder, "activities");
  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (activities); i++)
    {
      g_autoptr(CchcActivity) activity = g_list_model_get_item (activities, i);
      CchcUnit *unit = cchc_activity_get_responsible_unit (activity);

      json_builder_begin_object (builder);
      add_id (builder, activity);
      add_string (builder, "kind", activity_kinds[cchc_activity_get_kind (activity)]);
      add_string (builder, "description", cchc_activity_get_description (activity));
      add_int (builder, "quantity", cchc_activity_get_quantity (activity));
      add_strings (builder, G_OBJECT (activity), activity_strings,
                   G_N_ELEMENTS (activity_strings));
      add_unit (builder, "responsible_unit", unit);
      json_builder_end_object (builder);

      if (unit != NULL)
        g_hash_table_add (used_units, unit);
    }
  json_builder_end_array (builder);
}

static void
add_report_periods (JsonBuilder *builder,
                    GListModel  *periods)
{
  json_builder_set_member_name (builder, "report_periods");
  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (periods); i++)
    {
      g_autoptr(CchcReportPeriod) period = g_list_model_get_item (periods, i);

      json_builder_begin_object (builder);
      add_id (builder, period);
      add_string (builder, "kind", period_kinds[cchc_report_period_get_kind (period)]);
      add_date (builder, "due_date", cchc_report_period_get_due_date (period));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static void
add_plan (JsonBuilder *builder,
          CchcStore   *store,
          CchcPlan    *plan,
          GHashTable  *used_units)
{
  json_builder_set_member_name (builder, "plan");
  json_builder_begin_object (builder);
  add_id (builder, plan);
  add_int (builder, "year", cchc_plan_get_year (plan));
  add_strings (builder, G_OBJECT (plan), plan_strings, 2);
  add_date (builder, "date", cchc_plan_get_date (plan));
  add_strings (builder, G_OBJECT (plan), plan_strings + 2, G_N_ELEMENTS (plan_strings) - 2);

  for (guint i = 0; i < G_N_ELEMENTS (plan_texts); i++)
    {
      g_auto(GStrv) texts = NULL;

      g_object_get (plan, plan_texts[i][0], &texts, NULL);
      json_builder_set_member_name (builder, plan_texts[i][1]);
      json_builder_begin_array (builder);
      for (guint j = 0; texts != NULL && texts[j] != NULL; j++)
        json_builder_add_string_value (builder, texts[j]);
      json_builder_end_array (builder);
    }

  add_kpis (builder, cchc_store_get_kpis (store, plan));
  add_areas (builder, store, plan, used_units);
  add_activities (builder, cchc_store_get_activities (store, plan), used_units);
  add_report_periods (builder, cchc_store_get_report_periods (store, plan));
  json_builder_end_object (builder);
}

/**
 * cchc_exchange_plan_to_json:
 * @length: (out) (optional): the length of the text
 *
 * Writes @plan, with the units it names, in the exchange format.
 *
 * Returns: (transfer full): the JSON text
 */
char *
cchc_exchange_plan_to_json (CchcStore *store,
                            CchcPlan  *plan,
                            gsize     *length)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonBuilder) plan_builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(GHashTable) used_units = g_hash_table_new (NULL, NULL);
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(JsonNode) plan_node = NULL;
  GListModel *units;

  g_return_val_if_fail (CCHC_IS_STORE (store), NULL);
  g_return_val_if_fail (CCHC_IS_PLAN (plan), NULL);

  /* The plan first, to learn which units it names. */
  json_builder_begin_object (plan_builder);
  add_plan (plan_builder, store, plan, used_units);
  json_builder_end_object (plan_builder);
  plan_node = json_builder_get_root (plan_builder);

  json_builder_begin_object (builder);
  add_string (builder, "format", FORMAT_NAME);
  add_int (builder, "version", FORMAT_VERSION);
  json_builder_set_member_name (builder, "units");
  json_builder_begin_array (builder);
  units = cchc_store_get_units (store);
  for (guint i = 0; i < g_list_model_get_n_items (units); i++)
    {
      g_autoptr(CchcUnit) unit = g_list_model_get_item (units, i);

      if (!g_hash_table_contains (used_units, unit))
        continue;

      json_builder_begin_object (builder);
      add_id (builder, unit);
      add_string (builder, "name", cchc_unit_get_name (unit));
      add_string (builder, "kind", unit_kinds[cchc_unit_get_kind (unit)]);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_set_member_name (builder, "plan");
  json_builder_add_value (builder,
                          json_node_copy (json_object_get_member (json_node_get_object (plan_node),
                                                                  "plan")));
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);

  {
    g_autofree char *text = json_generator_to_data (generator, NULL);
    char *with_newline = g_strconcat (text, "\n", NULL);

    if (length != NULL)
      *length = strlen (with_newline);
    return with_newline;
  }
}

static gboolean
write_file (const char  *path,
            const char  *contents,
            gsize        length,
            GError     **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);

  return cchc_file_replace_contents (file, contents, length, error);
}

/**
 * cchc_exchange_export_json:
 * @path: (type filename): the file to write; replaced atomically
 *
 * Returns: whether the file was written
 */
gboolean
cchc_exchange_export_json (CchcStore   *store,
                           CchcPlan    *plan,
                           const char  *path,
                           GError     **error)
{
  gsize length;
  g_autofree char *text = cchc_exchange_plan_to_json (store, plan, &length);

  return write_file (path, text, length, error);
}

/* Reading ------------------------------------------------------------- */

typedef struct
{
  const char *file_name;
  GString    *path;
  GError    **error;
  GHashTable *ids;    /* UUID → path where it was first seen */
  GHashTable *units;  /* UUID → CchcUnit */
} Reader;

G_GNUC_PRINTF (2, 3)
static gboolean
fail (Reader     *reader,
      const char *format,
      ...)
{
  g_autofree char *problem = NULL;
  va_list args;

  va_start (args, format);
  problem = g_strdup_vprintf (format, args);
  va_end (args);

  /* Translators: file name, place in the file (like plan.areas[2].title), problem */
  g_set_error (reader->error, CCHC_EXCHANGE_ERROR, CCHC_EXCHANGE_ERROR_INVALID,
               _("%s: %s: %s"), reader->file_name,
               reader->path->len > 0 ? reader->path->str : "(root)", problem);
  return FALSE;
}

static gsize
push (Reader     *reader,
      const char *member)
{
  gsize len = reader->path->len;

  if (len > 0)
    g_string_append_c (reader->path, '.');
  g_string_append (reader->path, member);
  return len;
}

static gsize
push_index (Reader *reader,
            guint   index)
{
  gsize len = reader->path->len;

  g_string_append_printf (reader->path, "[%u]", index);
  return len;
}

static void
pop (Reader *reader,
     gsize   len)
{
  g_string_truncate (reader->path, len);
}

static const char *
node_type_name (JsonNode *node)
{
  if (JSON_NODE_HOLDS_NULL (node))
    return "null";
  if (JSON_NODE_HOLDS_OBJECT (node))
    return _("an object");
  if (JSON_NODE_HOLDS_ARRAY (node))
    return _("a list");
  if (json_node_get_value_type (node) == G_TYPE_STRING)
    return _("a string");
  if (json_node_get_value_type (node) == G_TYPE_BOOLEAN)
    return _("true or false");
  if (json_node_get_value_type (node) == G_TYPE_DOUBLE)
    return _("a decimal number");
  return _("a whole number");
}

/* Every member of @object must be one of @allowed. */
static gboolean
check_members (Reader              *reader,
               JsonObject          *object,
               const char * const  *allowed)
{
  g_autoptr(GList) members = json_object_get_members (object);

  for (GList *l = members; l != NULL; l = l->next)
    {
      if (!g_strv_contains (allowed, l->data))
        {
          gsize len = push (reader, l->data);
          gboolean ok = fail (reader, _("unknown field"));

          pop (reader, len);
          return ok;
        }
    }

  return TRUE;
}

/* Looks up a member of the given type. Returns FALSE on error; *out is
 * NULL when the member is absent or null and that is allowed. */
static gboolean
get_member (Reader      *reader,
            JsonObject  *object,
            const char  *name,
            JsonNodeType type,
            GType        value_type,
            gboolean     required,
            JsonNode   **out)
{
  JsonNode *node = json_object_get_member (object, name);
  gsize len;
  gboolean ok = TRUE;

  *out = NULL;
  len = push (reader, name);

  if (node == NULL || (JSON_NODE_HOLDS_NULL (node) && type != JSON_NODE_NULL))
    {
      if (required)
        ok = fail (reader, node == NULL ? _("required field is missing")
                                        : _("must not be null"));
    }
  else if (JSON_NODE_TYPE (node) != type ||
           (type == JSON_NODE_VALUE && value_type != G_TYPE_INVALID &&
            json_node_get_value_type (node) != value_type &&
            !(value_type == G_TYPE_DOUBLE && json_node_get_value_type (node) == G_TYPE_INT64)))
    {
      const char *expected;

      if (type == JSON_NODE_OBJECT)
        expected = _("an object");
      else if (type == JSON_NODE_ARRAY)
        expected = _("a list");
      else if (value_type == G_TYPE_STRING)
        expected = _("a string");
      else if (value_type == G_TYPE_BOOLEAN)
        expected = _("true or false");
      else if (value_type == G_TYPE_INT64)
        expected = _("a whole number");
      else
        expected = _("a number");

      ok = fail (reader, _("must be %s, not %s"), expected, node_type_name (node));
    }
  else
    {
      *out = node;
    }

  if (ok)
    pop (reader, len);
  return ok;
}

static gboolean
read_string (Reader      *reader,
             JsonObject  *object,
             const char  *name,
             gboolean     required,
             char       **out)
{
  JsonNode *node;

  *out = NULL;
  if (!get_member (reader, object, name, JSON_NODE_VALUE, G_TYPE_STRING, required, &node))
    return FALSE;

  *out = g_strdup (node != NULL ? json_node_get_string (node) : "");

  if (required)
    {
      g_autofree char *stripped = g_strstrip (g_strdup (*out));

      if (*stripped == '\0')
        {
          g_clear_pointer (out, g_free);
          push (reader, name);
          return fail (reader, _("must not be blank"));
        }
    }

  return TRUE;
}

static gboolean
read_int (Reader     *reader,
          JsonObject *object,
          const char *name,
          gboolean    required,
          gint64      min,
          gint64      max,
          gint64     *out)
{
  JsonNode *node;

  if (!get_member (reader, object, name, JSON_NODE_VALUE, G_TYPE_INT64, required, &node))
    return FALSE;

  *out = node != NULL ? json_node_get_int (node) : CLAMP (0, min, max);
  if (*out < min || *out > max)
    {
      gsize len = push (reader, name);

      /* Bounds are small: every caller's fit in an int. */
      fail (reader, _("must be a whole number from %d to %d"), (int) min, (int) max);
      pop (reader, len);
      return FALSE;
    }

  return TRUE;
}

static gboolean
read_enum (Reader             *reader,
           JsonObject         *object,
           const char         *name,
           const char * const *names,
           int                 fallback,
           int                *out)
{
  g_autofree char *text = NULL;
  JsonNode *node;

  *out = fallback;
  if (!get_member (reader, object, name, JSON_NODE_VALUE, G_TYPE_STRING, FALSE, &node))
    return FALSE;
  if (node == NULL)
    return TRUE;

  for (int i = 0; names[i] != NULL; i++)
    if (g_strcmp0 (json_node_get_string (node), names[i]) == 0)
      {
        *out = i;
        return TRUE;
      }

  {
    g_autofree char *choices = g_strjoinv (", ", (char **) names);
    gsize len = push (reader, name);

    fail (reader, _("“%s” is not one of: %s"), json_node_get_string (node), choices);
    pop (reader, len);
  }
  return FALSE;
}

/* Reads an optional date; *has_date says whether there was one. */
static gboolean
read_date (Reader     *reader,
           JsonObject *object,
           const char *name,
           GDate      *date,
           gboolean   *has_date)
{
  JsonNode *node;

  *has_date = FALSE;
  g_date_clear (date, 1);
  if (!get_member (reader, object, name, JSON_NODE_VALUE, G_TYPE_STRING, FALSE, &node))
    return FALSE;
  if (node == NULL)
    return TRUE;

  if (!_cchc_date_from_iso (json_node_get_string (node), date))
    {
      gsize len = push (reader, name);

      fail (reader, _("“%s” is not a date written YYYY-MM-DD"), json_node_get_string (node));
      pop (reader, len);
      return FALSE;
    }

  *has_date = TRUE;
  return TRUE;
}

static gboolean
read_strings (Reader      *reader,
              JsonObject  *object,
              const char  *name,
              GStrv       *out)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  JsonNode *node;
  JsonArray *array;
  gsize len;

  *out = NULL;
  if (!get_member (reader, object, name, JSON_NODE_ARRAY, G_TYPE_INVALID, FALSE, &node))
    return FALSE;

  if (node != NULL)
    {
      array = json_node_get_array (node);
      len = push (reader, name);
      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *element = json_array_get_element (array, i);

          if (!JSON_NODE_HOLDS_VALUE (element) ||
              json_node_get_value_type (element) != G_TYPE_STRING)
            {
              push_index (reader, i);
              return fail (reader, _("must be %s, not %s"), _("a string"),
                           node_type_name (element));
            }
          g_strv_builder_add (builder, json_node_get_string (element));
        }
      pop (reader, len);
    }

  *out = g_strv_builder_end (builder);
  return TRUE;
}

/* Reads the "id" of an object: a UUID not seen before in the file. */
static gboolean
read_id (Reader     *reader,
         JsonObject *object,
         char      **out)
{
  g_autofree char *id = NULL;
  const char *first;
  gsize len;

  *out = NULL;
  if (!read_string (reader, object, "id", TRUE, &id))
    return FALSE;

  len = push (reader, "id");
  if (!g_uuid_string_is_valid (id))
    return fail (reader, _("“%s” is not a valid UUID"), id);

  first = g_hash_table_lookup (reader->ids, id);
  if (first != NULL)
    return fail (reader, _("the id “%s” is used twice (also at %s)"), id, first);
  pop (reader, len);

  g_hash_table_insert (reader->ids, g_strdup (id), g_strdup (reader->path->str));
  *out = g_steal_pointer (&id);
  return TRUE;
}

static gboolean
read_unit_ref (Reader     *reader,
               JsonNode   *node,
               CchcUnit  **out)
{
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    {
      *out = NULL;
      return TRUE;
    }

  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return fail (reader, _("must be %s, not %s"), _("a unit id"), node_type_name (node));

  *out = g_hash_table_lookup (reader->units, json_node_get_string (node));
  if (*out == NULL)
    return fail (reader, _("no unit with id “%s” in “units”"), json_node_get_string (node));

  return TRUE;
}

/* Reads the members listed in @fields as strings onto @object. */
static gboolean
read_strings_into (Reader             *reader,
                   JsonObject         *json,
                   GObject            *object,
                   const char * const  fields[][2],
                   guint               n_fields)
{
  for (guint i = 0; i < n_fields; i++)
    {
      g_autofree char *value = NULL;

      if (!read_string (reader, json, fields[i][1], FALSE, &value))
        return FALSE;
      g_object_set (object, fields[i][0], value, NULL);
    }

  return TRUE;
}

/* Calls @read_one for each element of the array member @name, each of
 * which must be an object. */
typedef gboolean (*ReadFunc) (Reader     *reader,
                              JsonObject *object,
                              gpointer    user_data);

static gboolean
read_objects (Reader     *reader,
              JsonObject *object,
              const char *name,
              ReadFunc    read_one,
              gpointer    user_data)
{
  JsonNode *node;
  JsonArray *array;
  gsize len;

  if (!get_member (reader, object, name, JSON_NODE_ARRAY, G_TYPE_INVALID, FALSE, &node))
    return FALSE;
  if (node == NULL)
    return TRUE;

  array = json_node_get_array (node);
  len = push (reader, name);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      gsize element_len = push_index (reader, i);

      if (!JSON_NODE_HOLDS_OBJECT (element))
        return fail (reader, _("must be %s, not %s"), _("an object"), node_type_name (element));
      if (!read_one (reader, json_node_get_object (element), user_data))
        return FALSE;
      pop (reader, element_len);
    }
  pop (reader, len);

  return TRUE;
}

static gboolean
read_unit (Reader     *reader,
           JsonObject *object,
           gpointer    user_data)
{
  static const char * const members[] = { "id", "name", "kind", NULL };
  CchcPlanContents *contents = user_data;
  g_autofree char *id = NULL;
  g_autofree char *name = NULL;
  g_autoptr(CchcUnit) unit = NULL;
  int kind;

  if (!check_members (reader, object, members) ||
      !read_id (reader, object, &id) ||
      !read_string (reader, object, "name", TRUE, &name) ||
      !read_enum (reader, object, "kind", unit_kinds, CCHC_UNIT_KIND_INTERNAL, &kind))
    return FALSE;

  unit = cchc_unit_new (name, kind);
  cchc_record_set_uuid (CCHC_RECORD (unit), id);
  g_hash_table_insert (reader->units, g_strdup (id), unit);
  g_ptr_array_add (contents->units, g_steal_pointer (&unit));

  return TRUE;
}

static gboolean
read_kpi (Reader     *reader,
          JsonObject *object,
          gpointer    user_data)
{
  static const char * const members[] = { "id", "text", "comparator", "target", "target_unit",
                                          NULL };
  CchcPlanContents *contents = user_data;
  g_autofree char *id = NULL;
  g_autofree char *text = NULL;
  g_autofree char *target_unit = NULL;
  g_autoptr(CchcKpi) kpi = cchc_kpi_new ();
  JsonNode *target;
  int comparator;

  if (!check_members (reader, object, members) ||
      !read_id (reader, object, &id) ||
      !read_string (reader, object, "text", TRUE, &text) ||
      !read_enum (reader, object, "comparator", comparators, CCHC_COMPARATOR_NONE, &comparator) ||
      !get_member (reader, object, "target", JSON_NODE_VALUE, G_TYPE_DOUBLE, FALSE, &target) ||
      !read_string (reader, object, "target_unit", FALSE, &target_unit))
    return FALSE;

  cchc_record_set_uuid (CCHC_RECORD (kpi), id);
  cchc_kpi_set_text (kpi, text);
  cchc_kpi_set_comparator (kpi, comparator);
  if (target != NULL)
    {
      double value = json_node_get_double (target);

      if (!isfinite (value))
        {
          gsize len = push (reader, "target");
          fail (reader, _("must be a number"));
          pop (reader, len);
          return FALSE;
        }
      cchc_kpi_set_target (kpi, value);
    }
  cchc_kpi_set_target_unit (kpi, target_unit);
  g_ptr_array_add (contents->kpis, g_steal_pointer (&kpi));

  return TRUE;
}

static gboolean
read_timeframe (Reader          *reader,
                JsonObject      *object,
                CchcTimeframe  **out)
{
  static const char * const members[] = { "kind", "quarters", "year", "date", "detail", NULL };
  g_autofree char *detail = NULL;
  JsonNode *quarters_node;
  guint quarters = 0;
  gboolean has_date;
  gint64 year;
  GDate date;
  int kind;

  if (!check_members (reader, object, members) ||
      !read_enum (reader, object, "kind", timeframe_kinds, CCHC_TIMEFRAME_KIND_NONE, &kind) ||
      !read_int (reader, object, "year", FALSE, 0, 9999, &year) ||
      !read_date (reader, object, "date", &date, &has_date) ||
      !read_string (reader, object, "detail", FALSE, &detail) ||
      !get_member (reader, object, "quarters", JSON_NODE_ARRAY, G_TYPE_INVALID, FALSE,
                   &quarters_node))
    return FALSE;

  if (quarters_node != NULL)
    {
      JsonArray *array = json_node_get_array (quarters_node);
      gsize len = push (reader, "quarters");

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *element = json_array_get_element (array, i);
          gsize element_len = push_index (reader, i);
          gint64 q;

          if (!JSON_NODE_HOLDS_VALUE (element) ||
              json_node_get_value_type (element) != G_TYPE_INT64 ||
              (q = json_node_get_int (element)) < 1 || q > 4)
            return fail (reader, _("a quarter is a whole number from 1 to 4"));
          if (quarters & CCHC_QUARTER (q))
            return fail (reader, _("quarter %d is listed twice"), (int) q);
          quarters |= CCHC_QUARTER (q);
          pop (reader, element_len);
        }
      pop (reader, len);
    }

  if (kind == CCHC_TIMEFRAME_KIND_QUARTERS && (quarters == 0 || year == 0))
    return fail (reader, _("a timeframe of quarters needs its quarters and year"));
  if (kind == CCHC_TIMEFRAME_KIND_YEAR && year == 0)
    return fail (reader, _("a timeframe of a year needs the year"));
  if (kind == CCHC_TIMEFRAME_KIND_DATE && !has_date)
    return fail (reader, _("a timeframe of a date needs the date"));
  if (kind == CCHC_TIMEFRAME_KIND_TEXT && *detail == '\0')
    return fail (reader, _("a timeframe of free text needs the text in “detail”"));

  *out = cchc_timeframe_new_full (kind, quarters, year, has_date ? &date : NULL, detail);
  return TRUE;
}

static gboolean
read_task (Reader     *reader,
           JsonObject *object,
           gpointer    user_data)
{
  static const char * const members[] = { "id", "numbered", "text", "product", "lead_unit",
                                          "cooperating_units", "timeframe", NULL };
  GPtrArray *tasks = user_data;
  g_autoptr(CchcTask) task = cchc_task_new ();
  g_autoptr(GPtrArray) cooperating = g_ptr_array_new ();
  g_autofree char *id = NULL;
  g_autofree char *text = NULL;
  g_autofree char *product = NULL;
  JsonNode *numbered, *lead, *units, *timeframe;
  CchcUnit *unit;
  gsize len;

  if (!check_members (reader, object, members) ||
      !read_id (reader, object, &id) ||
      !get_member (reader, object, "numbered", JSON_NODE_VALUE, G_TYPE_BOOLEAN, FALSE, &numbered) ||
      !read_string (reader, object, "text", TRUE, &text) ||
      !read_string (reader, object, "product", FALSE, &product) ||
      !get_member (reader, object, "cooperating_units", JSON_NODE_ARRAY, G_TYPE_INVALID, FALSE,
                   &units) ||
      !get_member (reader, object, "timeframe", JSON_NODE_OBJECT, G_TYPE_INVALID, FALSE,
                   &timeframe))
    return FALSE;

  lead = json_object_get_member (object, "lead_unit");
  len = push (reader, "lead_unit");
  if (!read_unit_ref (reader, lead, &unit))
    return FALSE;
  pop (reader, len);
  cchc_task_set_lead_unit (task, unit);

  if (units != NULL)
    {
      JsonArray *array = json_node_get_array (units);

      len = push (reader, "cooperating_units");
      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *element = json_array_get_element (array, i);
          gsize element_len = push_index (reader, i);

          if (JSON_NODE_HOLDS_NULL (element))
            return fail (reader, _("must be %s, not %s"), _("a unit id"), "null");
          if (!read_unit_ref (reader, element, &unit))
            return FALSE;
          for (guint j = 0; j < cooperating->len; j++)
            if (g_ptr_array_index (cooperating, j) == unit)
              return fail (reader, _("the unit “%s” is listed twice"), cchc_unit_get_name (unit));
          g_ptr_array_add (cooperating, unit);
          pop (reader, element_len);
        }
      pop (reader, len);
    }

  if (timeframe != NULL)
    {
      g_autoptr(CchcTimeframe) tf = NULL;

      len = push (reader, "timeframe");
      if (!read_timeframe (reader, json_node_get_object (timeframe), &tf))
        return FALSE;
      pop (reader, len);
      cchc_task_set_timeframe (task, tf);
    }

  cchc_record_set_uuid (CCHC_RECORD (task), id);
  cchc_task_set_numbered (task, numbered == NULL || json_node_get_boolean (numbered));
  cchc_task_set_text (task, text);
  cchc_task_set_product (task, product);
  cchc_task_set_cooperating_units (task, cooperating);
  g_ptr_array_add (tasks, g_steal_pointer (&task));

  return TRUE;
}

static gboolean
read_area (Reader     *reader,
           JsonObject *object,
           gpointer    user_data)
{
  static const char * const members[] = { "id", "title", "heading", "narrative", "tasks",
                                          NULL };
  static const char * const strings[][2] = {
    { "title", "title" }, { "heading", "heading" }, { "narrative", "narrative" },
  };
  CchcPlanContents *contents = user_data;
  g_autoptr(CchcArea) area = cchc_area_new ();
  g_autoptr(GPtrArray) tasks = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *id = NULL;
  g_autofree char *title = NULL;

  if (!check_members (reader, object, members) ||
      !read_id (reader, object, &id) ||
      !read_string (reader, object, "title", TRUE, &title) ||
      !read_strings_into (reader, object, G_OBJECT (area), strings, G_N_ELEMENTS (strings)) ||
      !read_objects (reader, object, "tasks", read_task, tasks))
    return FALSE;

  cchc_record_set_uuid (CCHC_RECORD (area), id);
  g_ptr_array_add (contents->areas, g_steal_pointer (&area));
  g_ptr_array_add (contents->tasks, g_steal_pointer (&tasks));

  return TRUE;
}

static gboolean
read_activity (Reader     *reader,
               JsonObject *object,
               gpointer    user_data)
{
  static const char * const members[] = { "id", "kind", "description", "quantity",
                                          "quantity_unit", "size", "place", "responsible_unit",
                                          "occasions", "audience", NULL };
  CchcPlanContents *contents = user_data;
  g_autoptr(CchcActivity) activity = cchc_activity_new ();
  g_autofree char *id = NULL;
  g_autofree char *description = NULL;
  CchcUnit *unit;
  gint64 quantity;
  gsize len;
  int kind;

  if (!check_members (reader, object, members) ||
      !read_id (reader, object, &id) ||
      !read_enum (reader, object, "kind", activity_kinds, CCHC_ACTIVITY_KIND_OTHER, &kind) ||
      !read_string (reader, object, "description", TRUE, &description) ||
      !read_int (reader, object, "quantity", FALSE, 0, G_MAXINT32, &quantity) ||
      !read_strings_into (reader, object, G_OBJECT (activity), activity_strings,
                          G_N_ELEMENTS (activity_strings)))
    return FALSE;

  len = push (reader, "responsible_unit");
  if (!read_unit_ref (reader, json_object_get_member (object, "responsible_unit"), &unit))
    return FALSE;
  pop (reader, len);

  cchc_record_set_uuid (CCHC_RECORD (activity), id);
  cchc_activity_set_kind (activity, kind);
  cchc_activity_set_description (activity, description);
  cchc_activity_set_quantity (activity, quantity);
  cchc_activity_set_responsible_unit (activity, unit);
  g_ptr_array_add (contents->activities, g_steal_pointer (&activity));

  return TRUE;
}

static gboolean
read_period (Reader     *reader,
             JsonObject *object,
             gpointer    user_data)
{
  static const char * const members[] = { "id", "kind", "due_date", NULL };
  CchcPlanContents *contents = user_data;
  g_autoptr(CchcReportPeriod) period = cchc_report_period_new ();
  g_autofree char *id = NULL;
  gboolean has_date;
  GDate due;
  int kind;

  if (!check_members (reader, object, members) ||
      !read_id (reader, object, &id) ||
      !read_enum (reader, object, "kind", period_kinds, CCHC_PERIOD_KIND_QUARTER_1, &kind) ||
      !read_date (reader, object, "due_date", &due, &has_date))
    return FALSE;

  cchc_record_set_uuid (CCHC_RECORD (period), id);
  cchc_report_period_set_kind (period, kind);
  cchc_report_period_set_due_date (period, has_date ? &due : NULL);
  g_ptr_array_add (contents->report_periods, g_steal_pointer (&period));

  return TRUE;
}

static gboolean
read_plan (Reader           *reader,
           JsonObject       *object,
           CchcPlanContents *contents)
{
  static const char * const members[] = {
    "id", "year", "number", "place", "date", "title", "agency", "parent_agency",
    "signer_title", "signer_name", "bases", "objectives", "directives", "propaganda",
    "responsibilities", "recipients", "kpis", "areas", "activities", "report_periods", NULL
  };
  g_autoptr(CchcPlan) plan = cchc_plan_new ();
  g_autofree char *id = NULL;
  gboolean has_date;
  gint64 year;
  GDate date;

  if (!check_members (reader, object, members) ||
      !read_id (reader, object, &id) ||
      !read_int (reader, object, "year", TRUE, 1900, 9999, &year) ||
      !read_date (reader, object, "date", &date, &has_date) ||
      !read_strings_into (reader, object, G_OBJECT (plan), plan_strings,
                          G_N_ELEMENTS (plan_strings)))
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (plan_texts); i++)
    {
      g_auto(GStrv) texts = NULL;

      if (!read_strings (reader, object, plan_texts[i][1], &texts))
        return FALSE;
      g_object_set (plan, plan_texts[i][0], texts, NULL);
    }

  cchc_record_set_uuid (CCHC_RECORD (plan), id);
  cchc_plan_set_year (plan, year);
  cchc_plan_set_date (plan, has_date ? &date : NULL);
  contents->plan = g_steal_pointer (&plan);

  return read_objects (reader, object, "kpis", read_kpi, contents) &&
         read_objects (reader, object, "areas", read_area, contents) &&
         read_objects (reader, object, "activities", read_activity, contents) &&
         read_objects (reader, object, "report_periods", read_period, contents);
}

/* The code unit of the \uXXXX escape at @p, or -1. */
static int
read_escape (const char *p,
             const char *end)
{
  int code = 0;

  if (end - p < 6 || p[0] != '\\' || p[1] != 'u')
    return -1;
  for (int i = 2; i < 6; i++)
    {
      int digit = g_ascii_xdigit_value (p[i]);

      if (digit < 0)
        return -1;
      code = code * 16 + digit;
    }

  return code;
}

/* How many bytes the escape at @p takes ("\\n" 2, "\\u00e9" 6, a pair of
 * surrogates 12), or 0 for one that is no character of a text, whose code
 * unit goes to @code: json-glib turns \u0000 into the end of the string
 * (the text after it lost without a word) and a \ud800 without its pair
 * into bytes that are not UTF-8 (stored, they make the plan unreadable to
 * its own export). Other escapes are the parser's to judge. */
static gsize
escape_length (const char *p,
               const char *end,
               int        *code)
{
  *code = read_escape (p, end);
  if (*code < 0)
    return 2;
  if (*code >= 0xd800 && *code <= 0xdbff)
    {
      int low = read_escape (p + 6, end);

      return low >= 0xdc00 && low <= 0xdfff ? 12 : 0;
    }
  if (*code == 0 || (*code >= 0xdc00 && *code <= 0xdfff))
    return 0;

  return 6;
}

/* Reads the file's bytes before json-glib does. It parses recursively
 * without a limit: the nesting outside strings is counted, so that a
 * hostile file cannot exhaust the stack. Inside strings, the escapes that
 * are no character of a text are refused (escape_length()). */
static gboolean
check_raw (const char  *data,
           gsize        length,
           const char  *file_name,
           GError     **error)
{
  const char *end = data + length;
  gboolean in_string = FALSE;
  guint depth = 0;

  for (const char *p = data; p < end; p++)
    {
      if (in_string)
        {
          int code;
          gsize skip;

          if (*p == '"')
            in_string = FALSE;
          else if (*p == '\\' && (skip = escape_length (p, end, &code)) > 0)
            p += MIN (skip, (gsize) (end - p)) - 1;
          else if (*p == '\\')
            {
              g_set_error (error, CCHC_EXCHANGE_ERROR, CCHC_EXCHANGE_ERROR_ENCODING,
                           _("%s: the file has “\\u%04x” (at byte %u), which is no "
                             "character of a text."),
                           file_name, (guint) code, (guint) (p - data));
              return FALSE;
            }
        }
      else if (*p == '"')
        in_string = TRUE;
      else if (*p == '{' || *p == '[')
        {
          if (++depth > CCHC_EXCHANGE_MAX_DEPTH)
            {
              g_set_error (error, CCHC_EXCHANGE_ERROR, CCHC_EXCHANGE_ERROR_TOO_DEEP,
                           _("%s: the file nests deeper than %d levels and is not a plan."),
                           file_name, CCHC_EXCHANGE_MAX_DEPTH);
              return FALSE;
            }
        }
      else if ((*p == '}' || *p == ']') && depth > 0)
        depth--;
    }

  return TRUE;
}

static gboolean
check_header (Reader     *reader,
              JsonObject *root)
{
  static const char * const members[] = { "format", "version", "units", "plan", NULL };
  JsonNode *format = json_object_get_member (root, "format");
  JsonNode *version = json_object_get_member (root, "version");

  if (format == NULL || !JSON_NODE_HOLDS_VALUE (format) ||
      g_strcmp0 (json_node_get_string (format), FORMAT_NAME) != 0)
    {
      g_set_error (reader->error, CCHC_EXCHANGE_ERROR, CCHC_EXCHANGE_ERROR_FORMAT,
                   _("%s: the file is not a CCHC plan (its “format” is not “%s”)."),
                   reader->file_name, FORMAT_NAME);
      return FALSE;
    }

  if (version == NULL || !JSON_NODE_HOLDS_VALUE (version) ||
      json_node_get_value_type (version) != G_TYPE_INT64)
    {
      g_set_error (reader->error, CCHC_EXCHANGE_ERROR, CCHC_EXCHANGE_ERROR_FORMAT,
                   _("%s: version: the version of the format is missing or not a number."),
                   reader->file_name);
      return FALSE;
    }

  if (json_node_get_int (version) != FORMAT_VERSION)
    {
      g_set_error (reader->error, CCHC_EXCHANGE_ERROR, CCHC_EXCHANGE_ERROR_VERSION,
                   _("%s: the file is in version %d of the plan format; this version of "
                     "CCHC Planner reads version %d. Update the application."),
                   reader->file_name,
                   (int) CLAMP (json_node_get_int (version), G_MININT, G_MAXINT), FORMAT_VERSION);
      return FALSE;
    }

  return check_members (reader, root, members);
}

static gpointer
set_too_large (GError     **error,
               const char  *file_name)
{
  g_set_error (error, CCHC_EXCHANGE_ERROR, CCHC_EXCHANGE_ERROR_TOO_LARGE,
               _("%s: the file is larger than %d MiB and is not a plan."),
               file_name, CCHC_EXCHANGE_MAX_SIZE / (1024 * 1024));
  return NULL;
}

/**
 * cchc_exchange_parse_json:
 * @file_name: the name to give in messages
 *
 * Reads a plan in the exchange format and checks all of it.
 *
 * Returns: (transfer full) (nullable): the plan as detached objects, or
 *   %NULL with @error naming the place and the problem
 */
CchcPlanContents *
cchc_exchange_parse_json (const char  *data,
                          gsize        length,
                          const char  *file_name,
                          GError     **error)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) parse_error = NULL;
  g_autoptr(CchcPlanContents) contents = NULL;
  g_autoptr(GString) path = g_string_new (NULL);
  g_autoptr(GHashTable) ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GHashTable) units = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  Reader reader = { file_name, path, error, ids, units };
  const char *end;
  JsonNode *root;
  JsonNode *plan;

  if (length > CCHC_EXCHANGE_MAX_SIZE)
    return set_too_large (error, file_name);

  if (!g_utf8_validate (data, length, &end))
    {
      g_set_error (error, CCHC_EXCHANGE_ERROR, CCHC_EXCHANGE_ERROR_ENCODING,
                   _("%s: the file is not UTF-8 text (at byte %u)."),
                   file_name, (guint) (end - data));
      return NULL;
    }

  if (!check_raw (data, length, file_name, error))
    return NULL;

  parser = json_parser_new_immutable ();
  if (!json_parser_load_from_data (parser, data, length, &parse_error))
    {
      guint line, column;

      /* json-glib's message is English: only the place is kept. */
      if (sscanf (parse_error->message, "<data>:%u:%u:", &line, &column) == 2)
        g_set_error (error, CCHC_EXCHANGE_ERROR, CCHC_EXCHANGE_ERROR_SYNTAX,
                     _("%s: the file is not valid JSON (line %u, column %u)."),
                     file_name, line, column);
      else
        g_set_error (error, CCHC_EXCHANGE_ERROR, CCHC_EXCHANGE_ERROR_SYNTAX,
                     _("%s: the file is not valid JSON."), file_name);
      return NULL;
    }

  root = json_parser_get_root (parser);
  if (root == NULL)
    {
      g_set_error (error, CCHC_EXCHANGE_ERROR, CCHC_EXCHANGE_ERROR_SYNTAX,
                   _("%s: the file is not valid JSON: it is empty."), file_name);
      return NULL;
    }
  if (!JSON_NODE_HOLDS_OBJECT (root))
    {
      g_set_error (error, CCHC_EXCHANGE_ERROR, CCHC_EXCHANGE_ERROR_FORMAT,
                   _("%s: the file is not a CCHC plan (its “format” is not “%s”)."),
                   file_name, FORMAT_NAME);
      return NULL;
    }

  contents = cchc_plan_contents_new ();
  if (!check_header (&reader, json_node_get_object (root)) ||
      !read_objects (&reader, json_node_get_object (root), "units", read_unit, contents) ||
      !get_member (&reader, json_node_get_object (root), "plan", JSON_NODE_OBJECT,
                   G_TYPE_INVALID, TRUE, &plan))
    return NULL;

  push (&reader, "plan");
  if (!read_plan (&reader, json_node_get_object (plan), contents))
    return NULL;

  return g_steal_pointer (&contents);
}

/**
 * cchc_exchange_read_json_file:
 * @path: (type filename): the file
 *
 * Reads and checks a plan file without storing anything; a file over the
 * size cap is refused before it is read.
 *
 * Returns: (transfer full) (nullable): the plan as detached objects
 */
CchcPlanContents *
cchc_exchange_read_json_file (const char  *path,
                              GError     **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GByteArray) data = g_byte_array_new ();
  g_autofree char *name = g_filename_display_basename (path);
  GError *read_error = NULL;
  gssize n_read;

  /* Only a plain file: /dev/zero never ends, a pipe may never start. */
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_TYPE ","
                            G_FILE_ATTRIBUTE_STANDARD_SIZE, G_FILE_QUERY_INFO_NONE, NULL,
                            &read_error);
  if (info != NULL && g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY)
    g_set_error_literal (&read_error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY, "");
  else if (info != NULL && g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR)
    g_set_error_literal (&read_error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE, "");
  else if (info != NULL && g_file_info_get_size (info) > CCHC_EXCHANGE_MAX_SIZE)
    return set_too_large (error, name);
  else if (info != NULL)
    stream = g_file_read (file, NULL, &read_error);

  /* The size read is checked too: a file may grow meanwhile. */
  while (stream != NULL && read_error == NULL)
    {
      guint8 buffer[64 * 1024];

      n_read = g_input_stream_read (G_INPUT_STREAM (stream), buffer, sizeof buffer, NULL,
                                    &read_error);
      if (n_read <= 0)
        break;
      if (data->len + n_read > CCHC_EXCHANGE_MAX_SIZE)
        return set_too_large (error, name);
      g_byte_array_append (data, buffer, n_read);
    }

  if (read_error != NULL)
    {
      cchc_file_explain_error (&read_error, file, FALSE);
      g_propagate_error (error, read_error);
      return NULL;
    }

  return cchc_exchange_parse_json (data->len > 0 ? (const char *) data->data : "", data->len,
                                   name, error);
}

/**
 * cchc_exchange_import_json:
 * @path: (type filename): the file
 *
 * Reads a plan file and stores the plan: nothing is written unless the
 * whole file is right.
 *
 * Returns: (transfer none) (nullable): the stored plan
 */
CchcPlan *
cchc_exchange_import_json (CchcStore       *store,
                           const char      *path,
                           CchcImportMode   mode,
                           GError         **error)
{
  g_autoptr(CchcPlanContents) contents = cchc_exchange_read_json_file (path, error);

  if (contents == NULL)
    return NULL;

  return cchc_store_import_plan (store, contents, mode, error);
}

/**
 * cchc_exchange_import_sample:
 *
 * Stores the sample plan compiled into the application: the 2022 plan of
 * the Department of Culture, Sports and Tourism of Hậu Giang.
 *
 * Returns: (transfer none) (nullable): the stored plan
 */
CchcPlan *
cchc_exchange_import_sample (CchcStore  *store,
                             GError    **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(CchcPlanContents) contents = NULL;
  const char *data;
  gsize length;

  bytes = g_resources_lookup_data ("/io/github/cchcplanner/Planner/data/sample-plan-2022.json",
                                   G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (bytes == NULL)
    return NULL;

  data = g_bytes_get_data (bytes, &length);
  contents = cchc_exchange_parse_json (data, length, "sample-plan-2022.json", error);
  if (contents == NULL)
    return NULL;

  return cchc_store_import_plan (store, contents, CCHC_IMPORT_NEW, error);
}

/* CSV ----------------------------------------------------------------- */

/* RFC 4180: a field with a comma, quote or line break is quoted, quotes
 * doubled. */
static void
append_field (GString    *csv,
              const char *value,
              gboolean    last)
{
  if (value == NULL)
    value = "";

  if (strpbrk (value, ",\"\r\n") != NULL)
    {
      g_string_append_c (csv, '"');
      for (const char *p = value; *p != '\0'; p++)
        {
          if (*p == '"')
            g_string_append_c (csv, '"');
          g_string_append_c (csv, *p);
        }
      g_string_append_c (csv, '"');
    }
  else
    g_string_append (csv, value);

  g_string_append (csv, last ? "\r\n" : ",");
}

static void
append_row (GString            *csv,
            const char * const *fields,
            guint               n_fields)
{
  for (guint i = 0; i < n_fields; i++)
    append_field (csv, fields[i], i + 1 == n_fields);
}

static char *
format_date (const GDate *date)
{
  if (date == NULL || !g_date_valid (date))
    return g_strdup ("");

  return g_strdup_printf ("%02u/%02u/%04u", g_date_get_day (date), g_date_get_month (date),
                          g_date_get_year (date));
}

static char *
join_units (GPtrArray *units)
{
  g_autoptr(GString) names = g_string_new (NULL);

  for (guint i = 0; i < units->len; i++)
    {
      if (i > 0)
        g_string_append (names, "; ");
      g_string_append (names, cchc_unit_get_name (g_ptr_array_index (units, i)));
    }

  return g_string_free (g_steal_pointer (&names), FALSE);
}

static void
append_tasks (GString   *csv,
              CchcStore *store,
              CchcPlan  *plan)
{
  const char *header[] = {
    _("Area"), _("No."), _("Task"), _("Product"), _("Lead unit"), _("Cooperating units"),
    _("Timeframe"), _("Due date"),
  };
  GListModel *areas = cchc_store_get_areas (store, plan);

  append_row (csv, header, G_N_ELEMENTS (header));
  for (guint i = 0; i < g_list_model_get_n_items (areas); i++)
    {
      g_autoptr(CchcArea) area = g_list_model_get_item (areas, i);
      g_autofree char *area_title = g_strdup_printf ("%s. %s", cchc_area_get_number (area),
                                                     cchc_area_get_title (area));
      GListModel *tasks = cchc_store_get_tasks (store, area);

      for (guint j = 0; j < g_list_model_get_n_items (tasks); j++)
        {
          g_autoptr(CchcTask) task = g_list_model_get_item (tasks, j);
          const CchcTimeframe *tf = cchc_task_get_timeframe (task);
          CchcUnit *lead = cchc_task_get_lead_unit (task);
          g_autofree char *cooperating = join_units (cchc_task_get_cooperating_units (task));
          g_autofree char *timeframe = tf != NULL ? cchc_timeframe_to_string (tf) : g_strdup ("");
          g_autofree char *due = NULL;
          GDate due_date;

          due = tf != NULL && cchc_timeframe_get_due_date (tf, &due_date)
                ? format_date (&due_date) : g_strdup ("");

          {
            const char *row[] = {
              area_title, cchc_task_get_number (task), cchc_task_get_text (task),
              cchc_task_get_product (task), lead != NULL ? cchc_unit_get_name (lead) : "",
              cooperating, timeframe, due,
            };
            append_row (csv, row, G_N_ELEMENTS (row));
          }
        }
    }
}

static void
append_kpis (GString   *csv,
             CchcStore *store,
             CchcPlan  *plan)
{
  const char *header[] = { _("No."), _("KPI"), _("Target") };
  GListModel *kpis = cchc_store_get_kpis (store, plan);

  append_row (csv, header, G_N_ELEMENTS (header));
  for (guint i = 0; i < g_list_model_get_n_items (kpis); i++)
    {
      g_autoptr(CchcKpi) kpi = g_list_model_get_item (kpis, i);
      g_autofree char *number = g_strdup_printf ("%u", i + 1);
      g_autofree char *target = cchc_kpi_format_target (kpi);
      const char *row[] = { number, cchc_kpi_get_text (kpi), target };

      append_row (csv, row, G_N_ELEMENTS (row));
    }
}

static void
append_activities (GString   *csv,
                   CchcStore *store,
                   CchcPlan  *plan)
{
  const char *header[] = {
    _("No."), _("Kind"), _("Description"), _("Quantity"), _("Counted in"), _("Size"),
    _("Place"), _("Responsible unit"), _("Occasions"), _("Audience"),
  };
  GListModel *activities = cchc_store_get_activities (store, plan);

  append_row (csv, header, G_N_ELEMENTS (header));
  for (guint i = 0; i < g_list_model_get_n_items (activities); i++)
    {
      g_autoptr(CchcActivity) a = g_list_model_get_item (activities, i);
      CchcUnit *unit = cchc_activity_get_responsible_unit (a);
      g_autofree char *number = g_strdup_printf ("%u", i + 1);
      g_autofree char *quantity = cchc_activity_get_quantity (a) > 0
                                  ? g_strdup_printf ("%u", cchc_activity_get_quantity (a))
                                  : g_strdup ("");
      const char *row[] = {
        number, cchc_activity_kind_get_label (cchc_activity_get_kind (a)),
        cchc_activity_get_description (a), quantity, cchc_activity_get_quantity_unit (a),
        cchc_activity_get_size (a), cchc_activity_get_place (a),
        unit != NULL ? cchc_unit_get_name (unit) : "", cchc_activity_get_occasions (a),
        cchc_activity_get_audience (a),
      };

      append_row (csv, row, G_N_ELEMENTS (row));
    }
}

/**
 * cchc_exchange_plan_to_csv:
 * @length: (out) (optional): the length of the text
 *
 * Writes one table of @plan as CSV: UTF-8 with a byte order mark (so that
 * Excel on Windows reads Vietnamese right), RFC 4180 quoting and CRLF line
 * ends, the header row in the language of the user interface.
 *
 * Returns: (transfer full): the CSV text
 */
char *
cchc_exchange_plan_to_csv (CchcStore    *store,
                           CchcPlan     *plan,
                           CchcCsvTable  table,
                           gsize        *length)
{
  GString *csv = g_string_new ("\xEF\xBB\xBF");

  g_return_val_if_fail (CCHC_IS_STORE (store), NULL);
  g_return_val_if_fail (CCHC_IS_PLAN (plan), NULL);

  switch (table)
    {
    case CCHC_CSV_TASKS:
      append_tasks (csv, store, plan);
      break;

    case CCHC_CSV_KPIS:
      append_kpis (csv, store, plan);
      break;

    case CCHC_CSV_ACTIVITIES:
      append_activities (csv, store, plan);
      break;

    default:
      g_assert_not_reached ();
    }

  if (length != NULL)
    *length = csv->len;
  return g_string_free (csv, FALSE);
}

/**
 * cchc_exchange_export_csv:
 * @path: (type filename): the file to write; replaced atomically
 *
 * Returns: whether the file was written
 */
gboolean
cchc_exchange_export_csv (CchcStore     *store,
                          CchcPlan      *plan,
                          CchcCsvTable   table,
                          const char    *path,
                          GError       **error)
{
  gsize length;
  g_autofree char *text = cchc_exchange_plan_to_csv (store, plan, table, &length);

  return write_file (path, text, length, error);
}
