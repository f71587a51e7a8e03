/* test-store-external.c: lists kept up to date when another connection
 * writes to the same database file
 *
 * Two stores on one real SQLite file: the "writer" edits through the
 * store API (or a raw sqlite3 connection does), the "watcher" has its
 * lists loaded and calls cchc_store_check_external_changes(). Every
 * items-changed of the watcher's lists is replayed on a shadow copy, so a
 * wrong position or count shows as a difference.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "cchc-area.h"
#include "cchc-kpi.h"
#include "cchc-plan.h"
#include "cchc-store.h"
#include "cchc-task.h"
#include "cchc-unit.h"

typedef struct
{
  guint position;
  guint removed;
  guint added;
} Change;

/* The items-changed of one model, and the list they describe. */
typedef struct
{
  GListModel *model;
  GArray     *changes;
  GPtrArray  *shadow;
} Watch;

typedef struct
{
  char      *dir;
  char      *path;
  CchcStore *writer;
  CchcStore *watcher;
  guint      n_external;
  /* The watcher's objects */
  CchcPlan  *plan;
  CchcArea  *area;
  GListModel *tasks;
} Fixture;

static void
on_items_changed_cb (GListModel *model,
                     guint       position,
                     guint       removed,
                     guint       added,
                     Watch      *watch)
{
  Change change = { position, removed, added };

  g_array_append_val (watch->changes, change);

  g_assert_cmpuint (position + removed, <=, watch->shadow->len);
  g_ptr_array_remove_range (watch->shadow, position, removed);
  for (guint i = 0; i < added; i++)
    g_ptr_array_insert (watch->shadow, position + i, g_list_model_get_item (model, position + i));
  g_assert_cmpuint (watch->shadow->len, ==, g_list_model_get_n_items (model));
}

static Watch *
watch_new (GListModel *model)
{
  Watch *watch = g_new0 (Watch, 1);
  guint n = g_list_model_get_n_items (model);

  watch->model = model;
  watch->changes = g_array_new (FALSE, FALSE, sizeof (Change));
  watch->shadow = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (watch->shadow, g_list_model_get_item (model, i));
  g_signal_connect (model, "items-changed", G_CALLBACK (on_items_changed_cb), watch);

  return watch;
}

/* Checks that the shadow replayed from the signals is the list. */
static void
watch_free (Watch *watch)
{
  guint n = g_list_model_get_n_items (watch->model);

  g_assert_cmpuint (watch->shadow->len, ==, n);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (watch->model, i);

      g_assert_true (g_ptr_array_index (watch->shadow, i) == item);
    }

  g_signal_handlers_disconnect_by_data (watch->model, watch);
  g_array_unref (watch->changes);
  g_ptr_array_unref (watch->shadow);
  g_free (watch);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Watch, watch_free)

static void
assert_changes (Watch       *watch,
                guint        n_changes,
                const Change expected[])
{
  g_assert_cmpuint (watch->changes->len, ==, n_changes);
  for (guint i = 0; i < n_changes; i++)
    {
      Change *change = &g_array_index (watch->changes, Change, i);

      g_assert_cmpuint (change->position, ==, expected[i].position);
      g_assert_cmpuint (change->removed, ==, expected[i].removed);
      g_assert_cmpuint (change->added, ==, expected[i].added);
    }
}

static void
on_notify_cb (GObject    *object,
              GParamSpec *pspec,
              guint      *count)
{
  (*count)++;
}

static void
on_external_change_cb (CchcStore *store,
                       Fixture   *fixture)
{
  fixture->n_external++;
}

static CchcStore *
open_store (const char *path)
{
  g_autoptr(GError) error = NULL;
  CchcStore *store = cchc_store_open (path, CCHC_STORE_FLAGS_NONE, &error);

  g_assert_no_error (error);
  g_assert_nonnull (store);
  return store;
}

static gpointer
item (GListModel *model,
      guint       position)
{
  g_autoptr(GObject) object = g_list_model_get_item (model, position);

  g_assert_nonnull (object);
  return object;  /* the model keeps it alive */
}

/* The live object of @store for the row of @record (of another store). */
static gpointer
counterpart (CchcStore *store,
             gpointer   record)
{
  gpointer found = cchc_store_lookup (store, G_OBJECT_TYPE (record),
                                      cchc_record_get_uuid (record));

  g_assert_nonnull (found);
  g_assert_true (found != record);
  return found;
}

static void
insert (CchcStore *store,
        gpointer   parent,
        guint      position,
        gpointer   record)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (cchc_store_insert (store, parent, position, record, &error));
  g_assert_no_error (error);
}

static CchcTask *
add_task (CchcStore  *store,
          CchcArea   *area,
          guint       position,
          const char *text)
{
  g_autoptr(CchcTask) task = cchc_task_new ();

  cchc_task_set_text (task, text);
  insert (store, area, position, task);
  return task;  /* the model keeps it alive */
}

static void
set_task_text (CchcStore  *store,
               CchcTask   *task,
               const char *text)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CchcTask) values = cchc_record_dup_values (CCHC_RECORD (task));

  cchc_task_set_text (values, text);
  g_assert_true (cchc_store_update (store, task, values, &error));
  g_assert_no_error (error);
}

static void
exec_sql (const char *path,
          const char *sql)
{
  sqlite3 *db = NULL;
  char *message = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
  sqlite3_close (db);
}

/* Checks and expects that the lists changed (or not), with the signal. */
static void
check (Fixture  *fixture,
       gboolean  expect_changed)
{
  g_autoptr(GError) error = NULL;
  guint before = fixture->n_external;
  gboolean changed;

  changed = cchc_store_check_external_changes (fixture->watcher, &error);
  g_assert_no_error (error);
  g_assert_cmpint (changed, ==, expect_changed);
  g_assert_cmpuint (fixture->n_external, ==, before + (expect_changed ? 1 : 0));
}

static void
assert_task_texts (GListModel *tasks,
                   const char *first,
                   ...)
{
  va_list args;
  const char *text = first;
  guint i = 0;

  va_start (args, first);
  for (; text != NULL; text = va_arg (args, const char *), i++)
    g_assert_cmpstr (cchc_task_get_text (item (tasks, i)), ==, text);
  va_end (args);

  g_assert_cmpuint (g_list_model_get_n_items (tasks), ==, i);
}

/* The writer makes a plan with an area of four tasks; the watcher opens
 * the file and loads them. */
static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CchcPlan) plan = cchc_plan_new ();
  g_autoptr(CchcArea) area = cchc_area_new ();
  const char *texts[] = { "Rà soát văn bản", "Công khai thủ tục", "Sắp xếp bộ máy",
                          "Số hóa hồ sơ" };

  fixture->dir = g_dir_make_tmp ("cchc-external-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "test.db", NULL);
  fixture->writer = open_store (fixture->path);

  cchc_plan_set_year (plan, 2022);
  cchc_plan_set_title (plan, "Kế hoạch cải cách hành chính năm 2022");
  insert (fixture->writer, NULL, 0, plan);
  cchc_area_set_title (area, "Cải cách thể chế");
  insert (fixture->writer, plan, 0, area);
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    add_task (fixture->writer, area, i, texts[i]);

  fixture->watcher = open_store (fixture->path);
  g_signal_connect (fixture->watcher, "external-change",
                    G_CALLBACK (on_external_change_cb), fixture);
  fixture->plan = counterpart (fixture->watcher, plan);
  fixture->area = counterpart (fixture->watcher, area);
  fixture->tasks = cchc_store_get_tasks (fixture->watcher, fixture->area);
  g_assert_cmpuint (g_list_model_get_n_items (fixture->tasks), ==, 4);
}

static void
remove_dir (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);
      g_remove (child);
    }
  g_rmdir (path);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_assert_finalize_object (fixture->watcher);
  g_assert_finalize_object (fixture->writer);
  remove_dir (fixture->dir);
  g_free (fixture->path);
  g_free (fixture->dir);
}

/* Nothing written, or written by the watcher itself: no change, no
 * signal, no items-changed. */
static void
test_unchanged (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(Watch) watch = watch_new (fixture->tasks);
  GListModel *writer_tasks = cchc_store_get_tasks (fixture->writer,
                                                   counterpart (fixture->writer, fixture->area));

  check (fixture, FALSE);
  check (fixture, FALSE);

  add_task (fixture->watcher, fixture->area, 4, "Đo lường sự hài lòng");
  set_task_text (fixture->watcher, item (fixture->tasks, 0), "Rà soát, hệ thống hóa văn bản");
  g_array_set_size (watch->changes, 0);
  check (fixture, FALSE);
  assert_changes (watch, 0, NULL);

  /* The same writes are news to the other connection. */
  g_assert_cmpuint (g_list_model_get_n_items (writer_tasks), ==, 4);
  g_assert_true (cchc_store_check_external_changes (fixture->writer, NULL));
  assert_task_texts (writer_tasks, "Rà soát, hệ thống hóa văn bản", "Công khai thủ tục",
                     "Sắp xếp bộ máy", "Số hóa hồ sơ", "Đo lường sự hài lòng", NULL);
  g_assert_false (cchc_store_check_external_changes (fixture->writer, NULL));
}

/* An edited row keeps its object: the property notifies, the row says it
 * changed, nothing else moves. */
static void
test_update_in_place (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(Watch) watch = watch_new (fixture->tasks);
  CchcTask *task = item (fixture->tasks, 1);
  guint n_text = 0, n_product = 0, n_other = 0;

  g_signal_connect (task, "notify::text", G_CALLBACK (on_notify_cb), &n_text);
  g_signal_connect (task, "notify::product", G_CALLBACK (on_notify_cb), &n_product);
  g_signal_connect (item (fixture->tasks, 2), "notify", G_CALLBACK (on_notify_cb), &n_other);

  set_task_text (fixture->writer, counterpart (fixture->writer, task),
                 "Công khai, minh bạch thủ tục hành chính");
  check (fixture, TRUE);

  g_assert_true (item (fixture->tasks, 1) == task);
  g_assert_cmpstr (cchc_task_get_text (task), ==, "Công khai, minh bạch thủ tục hành chính");
  g_assert_cmpuint (n_text, ==, 1);
  g_assert_cmpuint (n_product, ==, 0);
  g_assert_cmpuint (n_other, ==, 0);
  assert_changes (watch, 1, (Change[]) { { 1, 1, 1 } });

  /* Seen once: the next look finds nothing new. */
  check (fixture, FALSE);
  g_assert_cmpuint (watch->changes->len, ==, 1);

  g_signal_handlers_disconnect_by_data (task, &n_text);
  g_signal_handlers_disconnect_by_data (task, &n_product);
  g_signal_handlers_disconnect_by_data (item (fixture->tasks, 2), &n_other);
}

/* Deleted rows leave as one run; their objects are no longer stored and
 * the rows after them are renumbered. */
static void
test_delete (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(Watch) watch = watch_new (fixture->tasks);
  g_autoptr(CchcTask) second = g_object_ref (item (fixture->tasks, 1));
  g_autoptr(CchcTask) third = g_object_ref (item (fixture->tasks, 2));
  CchcTask *last = item (fixture->tasks, 3);
  g_autofree char *uuid = g_strdup (cchc_record_get_uuid (CCHC_RECORD (second)));
  g_autoptr(GError) error = NULL;

  g_assert_true (cchc_store_delete (fixture->writer, counterpart (fixture->writer, second),
                                    &error));
  g_assert_true (cchc_store_delete (fixture->writer, counterpart (fixture->writer, third),
                                    &error));
  g_assert_no_error (error);
  check (fixture, TRUE);

  assert_changes (watch, 1, (Change[]) { { 1, 2, 0 } });
  g_assert_false (cchc_record_is_stored (CCHC_RECORD (second)));
  g_assert_false (cchc_record_is_stored (CCHC_RECORD (third)));
  g_assert_null (cchc_store_lookup (fixture->watcher, CCHC_TYPE_TASK, uuid));
  g_assert_true (item (fixture->tasks, 1) == last);
  g_assert_cmpstr (cchc_task_get_number (last), ==, "1.2");
}

/* New rows come in where the file has them, as new live objects with the
 * writer's UUIDs. */
static void
test_insert (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(Watch) watch = watch_new (fixture->tasks);
  CchcArea *writer_area = counterpart (fixture->writer, fixture->area);
  CchcTask *first = item (fixture->tasks, 0);
  CchcTask *inserted, *appended;

  inserted = add_task (fixture->writer, writer_area, 1, "Tuyên truyền cải cách");
  appended = add_task (fixture->writer, writer_area, 5, "Kiểm tra công vụ");
  check (fixture, TRUE);

  assert_changes (watch, 2, (Change[]) { { 1, 0, 1 }, { 5, 0, 1 } });
  assert_task_texts (fixture->tasks, "Rà soát văn bản", "Tuyên truyền cải cách",
                     "Công khai thủ tục", "Sắp xếp bộ máy", "Số hóa hồ sơ",
                     "Kiểm tra công vụ", NULL);
  g_assert_true (item (fixture->tasks, 0) == first);
  g_assert_cmpstr (cchc_record_get_uuid (item (fixture->tasks, 1)), ==,
                   cchc_record_get_uuid (CCHC_RECORD (inserted)));
  g_assert_true (cchc_store_lookup (fixture->watcher, CCHC_TYPE_TASK,
                                    cchc_record_get_uuid (CCHC_RECORD (appended))) ==
                 item (fixture->tasks, 5));
  g_assert_cmpstr (cchc_task_get_number (item (fixture->tasks, 1)), ==, "1.2");
  g_assert_cmpstr (cchc_task_get_number (item (fixture->tasks, 5)), ==, "1.6");
}

/* A row moved to the end moves alone: the others stay where they are. */
static void
test_move (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(Watch) watch = watch_new (fixture->tasks);
  CchcTask *first = item (fixture->tasks, 0);
  CchcTask *second = item (fixture->tasks, 1);
  g_autoptr(GError) error = NULL;

  g_assert_true (cchc_store_move (fixture->writer, counterpart (fixture->writer, first), 3,
                                  &error));
  g_assert_no_error (error);
  check (fixture, TRUE);

  assert_changes (watch, 2, (Change[]) { { 0, 1, 0 }, { 3, 0, 1 } });
  g_assert_true (item (fixture->tasks, 3) == first);
  g_assert_true (item (fixture->tasks, 0) == second);
  g_assert_true (cchc_record_is_stored (CCHC_RECORD (first)));
  g_assert_cmpstr (cchc_task_get_number (first), ==, "1.4");
  g_assert_cmpstr (cchc_task_get_number (second), ==, "1.1");
}

/* A task another program moved to another area leaves this area's list
 * and comes into the other's, both renumbered. */
static void
test_move_to_area (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(CchcArea) new_area = cchc_area_new ();
  g_autoptr(GError) error = NULL;
  CchcTask *second = item (fixture->tasks, 1);
  g_autofree char *uuid = g_strdup (cchc_record_get_uuid (CCHC_RECORD (second)));
  GListModel *new_tasks;
  g_autoptr(Watch) watch = NULL;
  g_autoptr(Watch) new_watch = NULL;

  cchc_area_set_title (new_area, "Cải cách thủ tục hành chính");
  insert (fixture->writer, counterpart (fixture->writer, fixture->plan), 1, new_area);
  check (fixture, TRUE);
  new_tasks = cchc_store_get_tasks (fixture->watcher, counterpart (fixture->watcher, new_area));
  g_assert_cmpuint (g_list_model_get_n_items (new_tasks), ==, 0);
  watch = watch_new (fixture->tasks);
  new_watch = watch_new (new_tasks);

  g_assert_true (cchc_store_move_to (fixture->writer, counterpart (fixture->writer, second),
                                     new_area, 0, &error));
  g_assert_no_error (error);
  check (fixture, TRUE);

  assert_changes (watch, 1, (Change[]) { { 1, 1, 0 } });
  assert_changes (new_watch, 1, (Change[]) { { 0, 0, 1 } });
  assert_task_texts (fixture->tasks, "Rà soát văn bản", "Sắp xếp bộ máy", "Số hóa hồ sơ", NULL);
  g_assert_cmpstr (cchc_record_get_uuid (item (new_tasks, 0)), ==, uuid);
  g_assert_cmpstr (cchc_task_get_number (item (new_tasks, 0)), ==, "2.1");
  g_assert_cmpstr (cchc_task_get_number (item (fixture->tasks, 1)), ==, "1.2");
  g_assert_true (cchc_store_lookup (fixture->watcher, CCHC_TYPE_TASK, uuid) ==
                 item (new_tasks, 0));

  /* Edited back into its area, text and place at once. */
  {
    CchcTask *moved = cchc_store_lookup (fixture->writer, CCHC_TYPE_TASK, uuid);
    g_autoptr(CchcTask) values = cchc_record_dup_values (CCHC_RECORD (moved));

    cchc_task_set_text (values, "Đã sửa và chuyển về");
    g_assert_true (cchc_store_update_move_to (fixture->writer, moved, values,
                                              counterpart (fixture->writer, fixture->area),
                                              0, &error));
    g_assert_no_error (error);
  }
  check (fixture, TRUE);
  g_assert_cmpuint (g_list_model_get_n_items (new_tasks), ==, 0);
  assert_task_texts (fixture->tasks, "Đã sửa và chuyển về", "Rà soát văn bản",
                     "Sắp xếp bộ máy", "Số hóa hồ sơ", NULL);
  g_assert_cmpstr (cchc_record_get_uuid (item (fixture->tasks, 0)), ==, uuid);
  g_assert_cmpstr (cchc_task_get_number (item (fixture->tasks, 0)), ==, "1.1");
}

/* SQLite gives a deleted row's id to the next row: a different UUID makes
 * it a different row, with a new object. */
static void
test_reused_id (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(Watch) watch = watch_new (fixture->tasks);
  g_autoptr(CchcTask) old = g_object_ref (item (fixture->tasks, 3));
  gint64 id = cchc_record_get_id (CCHC_RECORD (old));
  g_autofree char *sql = NULL;
  CchcTask *task;

  sql = g_strdup_printf ("BEGIN;"
                         "DELETE FROM task WHERE id = %1$" G_GINT64_FORMAT ";"
                         "INSERT INTO task (id, uuid, area_id, position, text) "
                         "VALUES (%1$" G_GINT64_FORMAT ", 'c0ffee00-0000-4000-8000-000000000001', "
                         "%2$" G_GINT64_FORMAT ", 3, 'Một nhiệm vụ khác');"
                         "COMMIT;",
                         id, cchc_record_get_id (CCHC_RECORD (fixture->area)));
  exec_sql (fixture->path, sql);
  check (fixture, TRUE);

  assert_changes (watch, 2, (Change[]) { { 3, 1, 0 }, { 3, 0, 1 } });
  task = item (fixture->tasks, 3);
  g_assert_true (task != old);
  g_assert_false (cchc_record_is_stored (CCHC_RECORD (old)));
  g_assert_cmpint (cchc_record_get_id (CCHC_RECORD (task)), ==, id);
  g_assert_cmpstr (cchc_record_get_uuid (CCHC_RECORD (task)), ==,
                   "c0ffee00-0000-4000-8000-000000000001");
  g_assert_cmpstr (cchc_task_get_text (task), ==, "Một nhiệm vụ khác");
}

/* Several changes in one commit of another program: the list ends up as
 * the file has it, each object that remains kept. */
static void
test_mixed (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(Watch) watch = watch_new (fixture->tasks);
  CchcTask *first = item (fixture->tasks, 0);
  CchcTask *third = item (fixture->tasks, 2);
  CchcTask *fourth = item (fixture->tasks, 3);
  g_autofree char *sql = NULL;

  /* Delete the second, move the fourth to the front, edit the third and
   * add one at the end: [4, 1, 3', new]. */
  sql = g_strdup_printf ("BEGIN;"
                         "DELETE FROM task WHERE uuid = '%1$s';"
                         "UPDATE task SET position = 1 WHERE uuid = '%2$s';"
                         "UPDATE task SET position = 2, text = 'Sắp xếp, tinh gọn bộ máy' "
                         "  WHERE uuid = '%3$s';"
                         "UPDATE task SET position = 0 WHERE uuid = '%4$s';"
                         "INSERT INTO task (uuid, area_id, position, text) "
                         "  VALUES ('c0ffee00-0000-4000-8000-000000000002', %5$" G_GINT64_FORMAT
                         ", 3, 'Hiện đại hóa nền hành chính');"
                         "COMMIT;",
                         cchc_record_get_uuid (item (fixture->tasks, 1)),
                         cchc_record_get_uuid (CCHC_RECORD (first)),
                         cchc_record_get_uuid (CCHC_RECORD (third)),
                         cchc_record_get_uuid (CCHC_RECORD (fourth)),
                         cchc_record_get_id (CCHC_RECORD (fixture->area)));
  exec_sql (fixture->path, sql);
  check (fixture, TRUE);

  assert_task_texts (fixture->tasks, "Số hóa hồ sơ", "Rà soát văn bản",
                     "Sắp xếp, tinh gọn bộ máy", "Hiện đại hóa nền hành chính", NULL);
  g_assert_true (item (fixture->tasks, 0) == fourth);
  g_assert_true (item (fixture->tasks, 1) == first);
  g_assert_true (item (fixture->tasks, 2) == third);
  /* The second vanished; the fourth moved (out, in); the third changed in
   * place; the new one came in. */
  assert_changes (watch, 5, (Change[]) { { 1, 1, 0 }, { 2, 1, 0 }, { 0, 0, 1 },
                                         { 3, 0, 1 }, { 2, 1, 1 } });
}

/* A deleted area leaves its plan's list, and the list of its tasks that
 * somebody still holds is emptied. */
static void
test_parent_deleted (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GListModel) tasks = g_object_ref (fixture->tasks);
  GListModel *areas = cchc_store_get_areas (fixture->watcher, fixture->plan);
  g_autoptr(Watch) area_watch = watch_new (areas);
  g_autoptr(Watch) task_watch = watch_new (tasks);
  g_autoptr(CchcArea) area = g_object_ref (fixture->area);
  g_autoptr(CchcTask) task = g_object_ref (item (fixture->tasks, 0));
  g_autoptr(GError) error = NULL;

  g_assert_true (cchc_store_delete (fixture->writer, counterpart (fixture->writer, area),
                                    &error));
  g_assert_no_error (error);
  check (fixture, TRUE);

  assert_changes (area_watch, 1, (Change[]) { { 0, 1, 0 } });
  assert_changes (task_watch, 1, (Change[]) { { 0, 4, 0 } });
  g_assert_false (cchc_record_is_stored (CCHC_RECORD (area)));
  g_assert_false (cchc_record_is_stored (CCHC_RECORD (task)));
  g_assert_cmpuint (g_list_model_get_n_items (tasks), ==, 0);
}

/* Units are matched before the rows that name them: a renamed unit keeps
 * its object, a task names the watcher's own object of a new unit. */
static void
test_units (Fixture       *fixture,
            gconstpointer  data)
{
  GListModel *units = cchc_store_get_units (fixture->watcher);
  g_autoptr(CchcUnit) office = cchc_unit_new ("Văn phòng Sở", CCHC_UNIT_KIND_INTERNAL);
  g_autoptr(CchcUnit) library = cchc_unit_new ("Thư viện tỉnh", CCHC_UNIT_KIND_INTERNAL);
  g_autoptr(CchcUnit) renamed = NULL;
  g_autoptr(CchcTask) values = NULL;
  g_autoptr(Watch) watch = NULL;
  g_autoptr(GError) error = NULL;
  CchcUnit *watched_office, *watched_library;
  CchcTask *task = item (fixture->tasks, 0);
  guint n_name = 0, n_lead = 0;

  insert (fixture->writer, NULL, 0, office);
  check (fixture, TRUE);
  watched_office = item (units, 0);
  g_signal_connect (watched_office, "notify::name", G_CALLBACK (on_notify_cb), &n_name);
  g_signal_connect (task, "notify::lead-unit", G_CALLBACK (on_notify_cb), &n_lead);
  watch = watch_new (units);

  /* Rename the first unit, add a second and make it lead the task. */
  renamed = cchc_record_dup_values (CCHC_RECORD (office));
  cchc_unit_set_name (renamed, "Văn phòng Sở VHTTDL");
  g_assert_true (cchc_store_update (fixture->writer, office, renamed, &error));
  insert (fixture->writer, NULL, 1, library);
  values = cchc_record_dup_values (CCHC_RECORD (counterpart (fixture->writer, task)));
  cchc_task_set_lead_unit (values, library);
  g_assert_true (cchc_store_update (fixture->writer, counterpart (fixture->writer, task), values,
                                    &error));
  g_assert_no_error (error);
  check (fixture, TRUE);

  g_assert_true (item (units, 0) == watched_office);
  g_assert_cmpstr (cchc_unit_get_name (watched_office), ==, "Văn phòng Sở VHTTDL");
  g_assert_cmpuint (n_name, ==, 1);
  assert_changes (watch, 2, (Change[]) { { 1, 0, 1 }, { 0, 1, 1 } });
  watched_library = item (units, 1);
  g_assert_true (watched_library != library);
  g_assert_true (cchc_task_get_lead_unit (task) == watched_library);
  g_assert_cmpuint (n_lead, ==, 1);

  g_signal_handlers_disconnect_by_data (watched_office, &n_name);
  g_signal_handlers_disconnect_by_data (task, &n_lead);
}

/* The paragraphs of a plan live in a table of their own. */
static void
test_plan_texts (Fixture       *fixture,
                 gconstpointer  data)
{
  const char *objectives[] = { "Nâng cao chỉ số CCHC", "Giảm thời gian giải quyết hồ sơ",
                               NULL };
  CchcPlan *writer_plan = counterpart (fixture->writer, fixture->plan);
  g_autoptr(CchcPlan) values = cchc_record_dup_values (CCHC_RECORD (writer_plan));
  g_autoptr(GError) error = NULL;
  guint n_objectives = 0, n_title = 0;

  g_signal_connect (fixture->plan, "notify::objectives", G_CALLBACK (on_notify_cb),
                    &n_objectives);
  g_signal_connect (fixture->plan, "notify::title", G_CALLBACK (on_notify_cb), &n_title);

  cchc_plan_set_objectives (values, objectives);
  g_assert_true (cchc_store_update (fixture->writer, writer_plan, values, &error));
  g_assert_no_error (error);
  check (fixture, TRUE);

  g_assert_cmpstrv (cchc_plan_get_objectives (fixture->plan), objectives);
  g_assert_cmpuint (n_objectives, ==, 1);
  g_assert_cmpuint (n_title, ==, 0);

  g_signal_handlers_disconnect_by_data (fixture->plan, &n_objectives);
  g_signal_handlers_disconnect_by_data (fixture->plan, &n_title);
}

/* A write to a list the watcher has not loaded changes the version but is
 * no news; once the list is loaded, it is. */
static void
test_unseen_change (Fixture       *fixture,
                    gconstpointer  data)
{
  CchcPlan *writer_plan = counterpart (fixture->writer, fixture->plan);
  g_autoptr(CchcKpi) first = cchc_kpi_new ();
  g_autoptr(CchcKpi) second = cchc_kpi_new ();
  g_autoptr(Watch) watch = NULL;
  GListModel *kpis;

  cchc_kpi_set_text (first, "100% thủ tục được công khai");
  insert (fixture->writer, writer_plan, 0, first);
  check (fixture, FALSE);

  kpis = cchc_store_get_kpis (fixture->watcher, fixture->plan);
  g_assert_cmpuint (g_list_model_get_n_items (kpis), ==, 1);
  watch = watch_new (kpis);
  cchc_kpi_set_text (second, "90% hồ sơ giải quyết đúng hạn");
  insert (fixture->writer, writer_plan, 1, second);
  check (fixture, TRUE);
  assert_changes (watch, 1, (Change[]) { { 1, 0, 1 } });
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/store-external/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("unchanged", test_unchanged);
  ADD ("update-in-place", test_update_in_place);
  ADD ("delete", test_delete);
  ADD ("insert", test_insert);
  ADD ("move", test_move);
  ADD ("move-to-area", test_move_to_area);
  ADD ("reused-id", test_reused_id);
  ADD ("mixed", test_mixed);
  ADD ("parent-deleted", test_parent_deleted);
  ADD ("units", test_units);
  ADD ("plan-texts", test_plan_texts);
  ADD ("unseen-change", test_unseen_change);

#undef ADD

  return g_test_run ();
}
