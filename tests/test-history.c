/* test-history.c: undo and redo of every kind of edit, on a real file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "cchc-activity.h"
#include "cchc-area.h"
#include "cchc-exchange.h"
#include "cchc-history.h"
#include "cchc-kpi.h"
#include "cchc-plan.h"
#include "cchc-task.h"
#include "cchc-timeframe.h"
#include "cchc-unit.h"

typedef struct
{
  char        *dir;
  char        *path;
  CchcStore   *store;
  CchcHistory *history;
  CchcPlan    *plan;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("cchc-history-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "history.db", NULL);
  fixture->store = cchc_store_open (fixture->path, CCHC_STORE_FLAGS_NONE, &error);
  g_assert_no_error (error);
  fixture->plan = cchc_exchange_import_sample (fixture->store, &error);
  g_assert_no_error (error);
  fixture->history = cchc_history_new (fixture->store);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  g_assert_finalize_object (fixture->history);
  g_assert_finalize_object (fixture->store);

  dir = g_dir_open (fixture->dir, 0, NULL);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (fixture->dir, name, NULL);
      g_remove (path);
    }
  g_rmdir (fixture->dir);
  g_free (fixture->path);
  g_free (fixture->dir);
}

static gint64
count (Fixture    *fixture,
       const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 value;

  g_assert_cmpint (sqlite3_open_v2 (fixture->path, &db, SQLITE_OPEN_READONLY, NULL), ==,
                   SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);

  return value;
}

static gpointer
item (GListModel *model,
      guint       position)
{
  g_autoptr(GObject) object = g_list_model_get_item (model, position);

  g_assert_nonnull (object);
  return object;
}

static CchcArea *
area (Fixture *fixture,
      guint    position)
{
  return item (cchc_store_get_areas (fixture->store, fixture->plan), position);
}

static GListModel *
tasks (Fixture *fixture,
       guint    area_position)
{
  return cchc_store_get_tasks (fixture->store, area (fixture, area_position));
}

static void
undo (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (cchc_history_undo (fixture->history, &error));
  g_assert_no_error (error);
}

static void
redo (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (cchc_history_redo (fixture->history, &error));
  g_assert_no_error (error);
}

static void
test_insert (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CchcTask) task = cchc_task_new ();
  g_autofree char *uuid = NULL;

  cchc_task_set_text (task, "Nhiệm vụ mới");
  g_assert_false (cchc_history_can_undo (fixture->history));
  g_assert_true (cchc_history_insert (fixture->history, area (fixture, 1), 1, task, &error));
  g_assert_no_error (error);
  uuid = g_strdup (cchc_record_get_uuid (CCHC_RECORD (task)));
  g_assert_true (cchc_history_can_undo (fixture->history));
  g_assert_cmpstr (cchc_history_get_undo_label (fixture->history), ==, "Add task 2.2");
  g_assert_cmpuint (g_list_model_get_n_items (tasks (fixture, 1)), ==, 3);

  undo (fixture);
  g_assert_cmpuint (g_list_model_get_n_items (tasks (fixture, 1)), ==, 2);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM task"), ==, 24);
  g_assert_false (cchc_history_can_undo (fixture->history));
  g_assert_true (cchc_history_can_redo (fixture->history));
  g_assert_cmpstr (cchc_history_get_redo_label (fixture->history), ==, "Add task 2.2");

  redo (fixture);
  g_assert_cmpuint (g_list_model_get_n_items (tasks (fixture, 1)), ==, 3);
  g_assert_cmpstr (cchc_record_get_uuid (item (tasks (fixture, 1), 1)), ==, uuid);
  g_assert_cmpstr (cchc_task_get_number (item (tasks (fixture, 1), 1)), ==, "2.2");
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM task"), ==, 25);
}

/* An addition taken back is undone and forgotten; only the last edit is. */
static void
test_take_back (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CchcUnit) first = cchc_unit_new ("Phòng Thử nghiệm", CCHC_UNIT_KIND_INTERNAL);
  g_autoptr(CchcUnit) second = cchc_unit_new ("Tổ Công tác", CCHC_UNIT_KIND_GROUP);
  int n_units = count (fixture, "SELECT count(*) FROM unit");

  g_assert_true (cchc_history_insert (fixture->history, NULL, G_MAXUINT, first, &error));
  g_assert_true (cchc_history_insert (fixture->history, NULL, G_MAXUINT, second, &error));
  g_assert_no_error (error);

  /* Not the last edit: left alone. */
  g_assert_true (cchc_history_take_back (fixture->history, first, &error));
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM unit"), ==, n_units + 2);

  g_assert_true (cchc_history_take_back (fixture->history, second, &error));
  g_assert_true (cchc_history_take_back (fixture->history, first, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM unit"), ==, n_units);
  g_assert_false (cchc_history_can_undo (fixture->history));
  g_assert_false (cchc_history_can_redo (fixture->history));

  /* Nothing left to take back. */
  g_assert_true (cchc_history_take_back (fixture->history, first, &error));
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM unit"), ==, n_units);
}

static void
test_update (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  CchcTask *task = item (tasks (fixture, 0), 0);
  g_autoptr(CchcTask) values = cchc_record_dup_values (CCHC_RECORD (task));
  g_autofree char *old_text = g_strdup (cchc_task_get_text (task));

  cchc_task_set_text (values, "Đã sửa");
  cchc_task_set_lead_unit (values, NULL);
  g_assert_true (cchc_history_update (fixture->history, task, values, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM task WHERE text = 'Đã sửa'"), ==, 1);

  undo (fixture);
  g_assert_cmpstr (cchc_task_get_text (task), ==, old_text);
  g_assert_cmpstr (cchc_unit_get_name (cchc_task_get_lead_unit (task)), ==, "Thanh tra Sở");
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM task WHERE text = 'Đã sửa'"), ==, 0);

  redo (fixture);
  g_assert_cmpstr (cchc_task_get_text (task), ==, "Đã sửa");
  g_assert_null (cchc_task_get_lead_unit (task));
}

/* Every kind of row is the same as its copy, and differs from it by any
 * one value, whatever its type. */
static void
test_differs (Fixture       *fixture,
              gconstpointer  data)
{
  GListModel *models[] = {
    cchc_store_get_plans (fixture->store),
    cchc_store_get_areas (fixture->store, fixture->plan),
    tasks (fixture, 0),
    cchc_store_get_kpis (fixture->store, fixture->plan),
    cchc_store_get_activities (fixture->store, fixture->plan),
    cchc_store_get_report_periods (fixture->store, fixture->plan),
    cchc_store_get_units (fixture->store),
  };
  CchcTask *task = item (tasks (fixture, 0), 0);
  g_autoptr(CchcTask) values = NULL;
  g_autoptr(GPtrArray) units = NULL;
  g_autoptr(CchcTimeframe) timeframe = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (models); i++)
    for (guint j = 0; j < g_list_model_get_n_items (models[i]); j++)
      {
        CchcRecord *record = item (models[i], j);
        g_autoptr(CchcRecord) copy = cchc_record_dup_values (record);

        g_assert_false (cchc_record_differs (record, copy));
      }

  /* A text, a flag, an object, a list of objects, a boxed value. */
  values = cchc_record_dup_values (CCHC_RECORD (task));
  cchc_task_set_text (values, "Đã sửa");
  g_assert_true (cchc_record_differs (CCHC_RECORD (task), CCHC_RECORD (values)));
  g_clear_object (&values);

  values = cchc_record_dup_values (CCHC_RECORD (task));
  cchc_task_set_numbered (values, !cchc_task_get_numbered (task));
  g_assert_true (cchc_record_differs (CCHC_RECORD (task), CCHC_RECORD (values)));
  g_clear_object (&values);

  values = cchc_record_dup_values (CCHC_RECORD (task));
  cchc_task_set_lead_unit (values, NULL);
  g_assert_true (cchc_record_differs (CCHC_RECORD (task), CCHC_RECORD (values)));
  g_clear_object (&values);

  values = cchc_record_dup_values (CCHC_RECORD (task));
  units = g_ptr_array_new ();
  g_assert_cmpuint (cchc_task_get_cooperating_units (task)->len, >, 0);
  for (guint i = 1; i < cchc_task_get_cooperating_units (task)->len; i++)
    g_ptr_array_add (units, g_ptr_array_index (cchc_task_get_cooperating_units (task), i));
  cchc_task_set_cooperating_units (values, units);
  g_assert_true (cchc_record_differs (CCHC_RECORD (task), CCHC_RECORD (values)));
  g_clear_object (&values);

  values = cchc_record_dup_values (CCHC_RECORD (task));
  timeframe = cchc_timeframe_new_year (1999);
  cchc_task_set_timeframe (values, timeframe);
  g_assert_true (cchc_record_differs (CCHC_RECORD (task), CCHC_RECORD (values)));
}

/* Saving what is already stored adds no step that would undo nothing. */
static void
test_update_unchanged (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  CchcTask *task = item (tasks (fixture, 0), 0);
  g_autoptr(CchcTask) values = cchc_record_dup_values (CCHC_RECORD (task));

  g_assert_true (cchc_history_update (fixture->history, task, values, &error));
  g_assert_no_error (error);
  g_assert_false (cchc_history_can_undo (fixture->history));

  cchc_task_set_product (values, "Báo cáo");
  g_assert_true (cchc_history_update (fixture->history, task, values, &error));
  g_assert_true (cchc_history_can_undo (fixture->history));
}

static void
on_deleted_cb (CchcHistory *history,
               const char  *description,
               char       **out)
{
  g_free (*out);
  *out = g_strdup (description);
}

static void
test_delete_task (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *deleted = NULL;
  g_autofree char *uuid = NULL;
  g_autofree char *text = NULL;
  CchcTask *task = item (tasks (fixture, 5), 2);  /* 6.3 */
  guint n_units = cchc_task_get_cooperating_units (task)->len;
  CchcTask *restored;

  uuid = g_strdup (cchc_record_get_uuid (CCHC_RECORD (task)));
  text = g_strdup (cchc_task_get_text (task));
  g_signal_connect (fixture->history, "deleted", G_CALLBACK (on_deleted_cb), &deleted);

  g_assert_true (cchc_history_delete (fixture->history, task, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (deleted, ==, "task 6.3");
  g_assert_cmpstr (cchc_task_get_number (item (tasks (fixture, 5), 2)), ==, "6.3");
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM task"), ==, 23);

  undo (fixture);
  restored = item (tasks (fixture, 5), 2);
  g_assert_cmpstr (cchc_record_get_uuid (CCHC_RECORD (restored)), ==, uuid);
  g_assert_cmpstr (cchc_task_get_number (restored), ==, "6.3");
  g_assert_cmpstr (cchc_task_get_text (restored), ==, text);
  g_assert_cmpuint (cchc_task_get_cooperating_units (restored)->len, ==, n_units);
  g_assert_cmpstr (cchc_task_get_number (item (tasks (fixture, 5), 3)), ==, "6.4");
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM task"), ==, 24);

  redo (fixture);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM task"), ==, 23);
}

static void
test_delete_area (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  CchcArea *sixth = area (fixture, 5);
  g_autofree char *title = g_strdup (cchc_area_get_title (sixth));

  g_assert_true (cchc_history_delete (fixture->history, sixth, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM task"), ==, 16);
  g_assert_cmpstr (cchc_area_get_number (area (fixture, 5)), ==, "6");

  undo (fixture);
  g_assert_cmpstr (cchc_area_get_title (area (fixture, 5)), ==, title);
  g_assert_cmpuint (g_list_model_get_n_items (tasks (fixture, 5)), ==, 8);
  g_assert_cmpstr (cchc_task_get_number (item (tasks (fixture, 6), 0)), ==, "7.1");
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM task"), ==, 24);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM task_unit"), ==, 24);
}

/* Deleting a whole plan and undoing it gives back the same plan: its
 * export is byte for byte what it was. */
static void
test_delete_plan (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = cchc_exchange_plan_to_json (fixture->store, fixture->plan, NULL);
  g_autofree char *after = NULL;
  g_autofree char *uuid = g_strdup (cchc_record_get_uuid (CCHC_RECORD (fixture->plan)));

  g_assert_true (cchc_history_delete (fixture->history, fixture->plan, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM plan"), ==, 0);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM task"), ==, 0);

  undo (fixture);
  fixture->plan = cchc_store_find_plan (fixture->store, uuid);
  g_assert_nonnull (fixture->plan);
  after = cchc_exchange_plan_to_json (fixture->store, fixture->plan, NULL);
  g_assert_cmpstr (before, ==, after);

  redo (fixture);
  g_assert_null (cchc_store_find_plan (fixture->store, uuid));
  undo (fixture);
  fixture->plan = cchc_store_find_plan (fixture->store, uuid);
  g_assert_nonnull (fixture->plan);
}

static void
test_move (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  CchcTask *t13 = item (tasks (fixture, 0), 2);

  g_assert_true (cchc_history_move (fixture->history, t13, 1, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (cchc_task_get_number (t13), ==, "1.2");
  g_assert_cmpstr (cchc_history_get_undo_label (fixture->history), ==, "Move task 1.2");

  undo (fixture);
  g_assert_cmpstr (cchc_task_get_number (t13), ==, "1.3");
  g_assert_true (item (tasks (fixture, 0), 2) == t13);
  redo (fixture);
  g_assert_true (item (tasks (fixture, 0), 1) == t13);
}

/* A task moved to another area goes back to its place in its own area,
 * in the file too, and comes again. */
static void
test_move_to_area (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  CchcTask *t21 = item (tasks (fixture, 1), 0);
  guint n_first = g_list_model_get_n_items (tasks (fixture, 0));
  guint n_second = g_list_model_get_n_items (tasks (fixture, 1));
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM task WHERE uuid = '%s' "
                                          "AND area_id = (SELECT id FROM area WHERE "
                                          "position = 0) AND position = %u",
                                          cchc_record_get_uuid (CCHC_RECORD (t21)), n_first);

  g_assert_true (cchc_history_move_to (fixture->history, t21, area (fixture, 0), G_MAXUINT,
                                       &error));
  g_assert_no_error (error);
  g_assert_true (item (tasks (fixture, 0), n_first) == t21);
  g_assert_cmpuint (g_list_model_get_n_items (tasks (fixture, 1)), ==, n_second - 1);
  g_assert_cmpstr (cchc_task_get_number (t21), ==, "1.5");
  g_assert_cmpstr (cchc_history_get_undo_label (fixture->history), ==, "Move task 1.5");
  g_assert_cmpint (count (fixture, sql), ==, 1);

  /* A new edit shows itself; an undo names the row it changed. */
  g_assert_null (cchc_history_get_changed_row (fixture->history));
  undo (fixture);
  g_assert_true (cchc_history_get_changed_row (fixture->history) == t21);
  g_assert_true (item (tasks (fixture, 1), 0) == t21);
  g_assert_cmpuint (g_list_model_get_n_items (tasks (fixture, 0)), ==, n_first);
  g_assert_cmpstr (cchc_task_get_number (t21), ==, "2.1");
  g_assert_cmpint (count (fixture, sql), ==, 0);

  redo (fixture);
  g_assert_true (item (tasks (fixture, 0), n_first) == t21);
  g_assert_cmpint (count (fixture, sql), ==, 1);
}

/* A task edited into another area is one step: undo puts its old text
 * back at its old place, in the file too; redo does both again. */
static void
test_update_move_to (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  CchcTask *t21 = item (tasks (fixture, 1), 0);
  g_autoptr(CchcTask) values = cchc_record_dup_values (CCHC_RECORD (t21));
  g_autofree char *old_text = g_strdup (cchc_task_get_text (t21));
  guint n_first = g_list_model_get_n_items (tasks (fixture, 0));
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM task WHERE uuid = '%s' "
                                          "AND text = 'Nhiệm vụ đã chuyển' "
                                          "AND area_id = (SELECT id FROM area WHERE "
                                          "position = 0) AND position = %u",
                                          cchc_record_get_uuid (CCHC_RECORD (t21)), n_first);

  cchc_task_set_text (values, "Nhiệm vụ đã chuyển");
  g_assert_true (cchc_history_update_move_to (fixture->history, t21, values, area (fixture, 0),
                                              G_MAXUINT, &error));
  g_assert_no_error (error);
  g_assert_true (item (tasks (fixture, 0), n_first) == t21);
  g_assert_cmpstr (cchc_task_get_number (t21), ==, "1.5");
  g_assert_cmpstr (cchc_history_get_undo_label (fixture->history), ==, "Edit task 1.5");
  g_assert_cmpint (count (fixture, sql), ==, 1);

  undo (fixture);
  g_assert_true (cchc_history_get_changed_row (fixture->history) == t21);
  g_assert_true (item (tasks (fixture, 1), 0) == t21);
  g_assert_cmpstr (cchc_task_get_text (t21), ==, old_text);
  g_assert_cmpstr (cchc_task_get_number (t21), ==, "2.1");
  g_assert_cmpuint (g_list_model_get_n_items (tasks (fixture, 0)), ==, n_first);
  g_assert_cmpint (count (fixture, sql), ==, 0);
  g_assert_false (cchc_history_can_undo (fixture->history));

  redo (fixture);
  g_assert_true (item (tasks (fixture, 0), n_first) == t21);
  g_assert_cmpstr (cchc_task_get_text (t21), ==, "Nhiệm vụ đã chuyển");
  g_assert_cmpint (count (fixture, sql), ==, 1);

  /* Under its own area it is a plain edit. */
  cchc_task_set_text (values, "Sửa tại chỗ");
  g_assert_true (cchc_history_update_move_to (fixture->history, t21, values, area (fixture, 0),
                                              0, &error));
  g_assert_no_error (error);
  g_assert_true (item (tasks (fixture, 0), n_first) == t21);
  g_assert_cmpstr (cchc_task_get_text (t21), ==, "Sửa tại chỗ");
}

/* A step keeps rows by identity: a unit deleted and restored in between
 * is a new object, and the task put back names the restored unit. */
static void
test_units_by_identity (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CchcUnit) unit = cchc_unit_new ("Sở Tư pháp", CCHC_UNIT_KIND_OUTSIDE);
  g_autoptr(CchcTask) task = cchc_task_new ();
  CchcTask *restored;
  CchcUnit *live;

  g_assert_true (cchc_history_insert (fixture->history, NULL, G_MAXUINT, unit, &error));
  cchc_task_set_text (task, "Phối hợp rà soát văn bản");
  cchc_task_set_lead_unit (task, unit);
  g_assert_true (cchc_history_insert (fixture->history, area (fixture, 0), G_MAXUINT, task,
                                      &error));
  g_assert_true (cchc_history_delete (fixture->history, task, &error));
  g_assert_true (cchc_history_delete (fixture->history, unit, &error));
  g_assert_no_error (error);

  undo (fixture);  /* the unit */
  undo (fixture);  /* the task */
  live = cchc_store_find_unit (fixture->store, cchc_record_get_uuid (CCHC_RECORD (unit)));
  g_assert_nonnull (live);
  g_assert_true (live != unit);
  restored = item (tasks (fixture, 0), 4);
  g_assert_true (cchc_task_get_lead_unit (restored) == live);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM task t JOIN unit u ON u.id = t.lead_unit_id "
                                   "WHERE u.name = 'Sở Tư pháp'"), ==, 1);
}

/* When the database refuses an undo, nothing moves between the stacks. */
static void
test_failed_undo (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  CchcTask *task = item (tasks (fixture, 0), 0);
  g_autoptr(CchcTask) values = cchc_record_dup_values (CCHC_RECORD (task));
  sqlite3 *db = NULL;

  cchc_task_set_product (values, "Kế hoạch mới");
  g_assert_true (cchc_history_update (fixture->history, task, values, &error));

  g_assert_cmpint (sqlite3_open (fixture->path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "CREATE TRIGGER no AFTER UPDATE ON task BEGIN "
                                     "SELECT RAISE (ABORT, 'refused'); END;", NULL, NULL, NULL),
                   ==, SQLITE_OK);

  g_assert_false (cchc_history_undo (fixture->history, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_true (cchc_history_can_undo (fixture->history));
  g_assert_false (cchc_history_can_redo (fixture->history));
  g_assert_cmpstr (cchc_task_get_product (task), ==, "Kế hoạch mới");

  g_assert_cmpint (sqlite3_exec (db, "DROP TRIGGER no", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  undo (fixture);
  g_assert_cmpstr (cchc_task_get_product (task), ==, "Kế hoạch");
}

static void
test_copy_plan (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *uuid = NULL;
  CchcPlan *copy;

  copy = cchc_history_copy_plan (fixture->history, fixture->plan, 2023, NULL, &error);
  g_assert_no_error (error);
  uuid = g_strdup (cchc_record_get_uuid (CCHC_RECORD (copy)));
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM task"), ==, 48);

  undo (fixture);
  g_assert_null (cchc_store_find_plan (fixture->store, uuid));
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM task"), ==, 24);

  redo (fixture);
  copy = cchc_store_find_plan (fixture->store, uuid);
  g_assert_nonnull (copy);
  g_assert_cmpint (cchc_plan_get_year (copy), ==, 2023);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM task"), ==, 48);
}

static void
test_new_edit_clears_redo (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  CchcKpi *kpi = item (cchc_store_get_kpis (fixture->store, fixture->plan), 0);

  g_assert_true (cchc_history_move (fixture->history, kpi, 3, &error));
  undo (fixture);
  g_assert_true (cchc_history_can_redo (fixture->history));
  g_assert_true (cchc_history_delete (fixture->history, kpi, &error));
  g_assert_no_error (error);
  g_assert_false (cchc_history_can_redo (fixture->history));
  g_assert_cmpstr (cchc_history_get_undo_label (fixture->history), ==,
                   "Delete KPI “100% đơn vị sự nghiệp trực thuộc thực…”");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/history/insert", test_insert);
  ADD ("/history/take-back", test_take_back);
  ADD ("/history/update", test_update);
  ADD ("/history/update-unchanged", test_update_unchanged);
  ADD ("/history/differs", test_differs);
  ADD ("/history/delete/task", test_delete_task);
  ADD ("/history/delete/area", test_delete_area);
  ADD ("/history/delete/plan", test_delete_plan);
  ADD ("/history/move", test_move);
  ADD ("/history/move-to-area", test_move_to_area);
  ADD ("/history/update-move-to", test_update_move_to);
  ADD ("/history/units-by-identity", test_units_by_identity);
  ADD ("/history/failed-undo", test_failed_undo);
  ADD ("/history/copy-plan", test_copy_plan);
  ADD ("/history/new-edit-clears-redo", test_new_edit_clears_redo);

#undef ADD

  return g_test_run ();
}
