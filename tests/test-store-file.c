/* test-store-file.c: opening, creating and migrating database files, and
 * the errors a user sees when a file cannot be used
 *
 * Runs with LANGUAGE=vi so that the messages are checked in Vietnamese.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <locale.h>
#ifdef G_OS_UNIX
#include <unistd.h>
#endif
#include <sqlite3.h>

#include "cchc-plan.h"
#include "cchc-store-private.h"
#include "cchc-unit.h"

static char *tmp_dir;

static char *
tmp_path (const char *name)
{
  return g_build_filename (tmp_dir, name, NULL);
}

static char *
checksum (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, length);
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

static gint64
query_int (const char *path,
           const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 value;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);

  return value;
}

static void
add_plan (CchcStore *store,
          int        year)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CchcPlan) plan = cchc_plan_new ();

  cchc_plan_set_year (plan, year);
  cchc_plan_set_title (plan, "Kế hoạch cải cách hành chính");
  g_assert_true (cchc_store_insert (store, NULL, 0, plan, &error));
  g_assert_no_error (error);
}

/* A store that could not be opened leaves the file exactly as it was. */
static void
assert_refused (const char     *path,
                CchcStoreFlags  flags,
                int             code,
                const char     *message_part)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = checksum (path);
  g_autofree char *after = NULL;
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  CchcStore *store;

  store = cchc_store_open (path, flags, &error);
  g_assert_null (store);
  g_assert_error (error, CCHC_STORE_ERROR, code);
  g_test_message ("message: %s", error->message);
  if (message_part != NULL)
    g_assert_nonnull (strstr (error->message, message_part));

  after = checksum (path);
  g_assert_cmpstr (before, ==, after);
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
}

static void
test_create (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = tmp_path ("sub/dir/new.db");
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *backup = NULL;
  CchcStore *store;

  /* The folder is the application's business; the store needs it. */
  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  store = cchc_store_open (path, CCHC_STORE_FLAGS_NONE, &error);
  g_assert_no_error (error);
  g_assert_cmpint (cchc_store_get_schema_version (store), ==, 1);
  g_assert_cmpstr (cchc_store_get_path (store), ==, path);
  add_plan (store, 2022);
  g_assert_finalize_object (store);

  g_assert_cmpint (query_int (path, "PRAGMA user_version"), ==, 1);
  g_assert_cmpint (query_int (path, "PRAGMA application_id"), ==, 0x43434843);
  g_assert_cmpint (query_int (path, "SELECT count(*) FROM plan"), ==, 1);
  /* A fresh file needs no backup. */
  backup = g_strconcat (path, ".v0.bak", NULL);
  g_assert_false (g_file_test (backup, G_FILE_TEST_EXISTS));
}

static void
test_default_path (void)
{
  g_autofree char *path = cchc_store_get_default_path ();
  g_autofree char *expected = g_build_filename (g_get_user_data_dir (), "cchc-planner",
                                                "cchc-planner.db", NULL);

  g_assert_cmpstr (path, ==, expected);
}

static void
test_migrate_empty_file (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = tmp_path ("empty.db");
  CchcStore *store;

  g_assert_true (g_file_set_contents (path, "", 0, NULL));
  store = cchc_store_open (path, CCHC_STORE_FLAGS_NONE, &error);
  g_assert_no_error (error);
  g_assert_cmpint (cchc_store_get_schema_version (store), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (cchc_store_get_plans (store)), ==, 0);
  add_plan (store, 2022);
  g_assert_finalize_object (store);

  store = cchc_store_open (path, CCHC_STORE_FLAGS_NONE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (cchc_store_get_plans (store)), ==, 1);
  g_assert_finalize_object (store);
}

static void
test_too_new (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = tmp_path ("too-new.db");
  CchcStore *store;

  store = cchc_store_open (path, CCHC_STORE_FLAGS_NONE, &error);
  g_assert_no_error (error);
  add_plan (store, 2022);
  g_assert_finalize_object (store);
  exec_sql (path, "PRAGMA journal_mode = DELETE; PRAGMA user_version = 99;");

  assert_refused (path, CCHC_STORE_FLAGS_NONE, CCHC_STORE_ERROR_TOO_NEW, "phiên bản mới hơn");
  assert_refused (path, CCHC_STORE_FLAGS_READ_ONLY, CCHC_STORE_ERROR_TOO_NEW, NULL);
  g_assert_cmpint (query_int (path, "PRAGMA user_version"), ==, 99);
}

static void
test_garbage (void)
{
  g_autofree char *path = tmp_path ("garbage.db");
  g_autoptr(GRand) rand = g_rand_new_with_seed (42);
  guchar bytes[8192];

  for (guint i = 0; i < sizeof bytes; i++)
    bytes[i] = g_rand_int_range (rand, 0, 256);
  g_assert_true (g_file_set_contents (path, (const char *) bytes, sizeof bytes, NULL));
  assert_refused (path, CCHC_STORE_FLAGS_NONE, CCHC_STORE_ERROR_CORRUPT, "garbage.db");

  /* Text that is clearly no database, and a short file. */
  g_assert_true (g_file_set_contents (path, "{\"format\": \"cchc-plan\"}\n", -1, NULL));
  assert_refused (path, CCHC_STORE_FLAGS_NONE, CCHC_STORE_ERROR_CORRUPT,
                  "không phải là cơ sở dữ liệu");
  g_assert_true (g_file_set_contents (path, "SQLite format 3", -1, NULL));
  assert_refused (path, CCHC_STORE_FLAGS_NONE, CCHC_STORE_ERROR_CORRUPT, NULL);
}

static void
test_truncated (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = tmp_path ("truncated.db");
  g_autofree char *contents = NULL;
  gsize length;
  CchcStore *store;

  store = cchc_store_open (path, CCHC_STORE_FLAGS_NONE, &error);
  g_assert_no_error (error);
  for (int year = 2000; year < 2200; year++)
    add_plan (store, year);
  g_assert_finalize_object (store);
  exec_sql (path, "PRAGMA journal_mode = DELETE");

  /* Cut off the end: the header promises pages that are not there. */
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 3 * 4096);
  g_assert_true (g_file_set_contents (path, contents, length / 2 + 100, NULL));
  assert_refused (path, CCHC_STORE_FLAGS_NONE, CCHC_STORE_ERROR_CORRUPT, NULL);

  /* One byte short: SQLite reads the last page as if it were whole, and
   * a value in it silently changes. */
  g_assert_true (g_file_set_contents (path, contents, length - 1, NULL));
  assert_refused (path, CCHC_STORE_FLAGS_NONE, CCHC_STORE_ERROR_CORRUPT, NULL);
  assert_refused (path, CCHC_STORE_FLAGS_READ_ONLY, CCHC_STORE_ERROR_CORRUPT, NULL);
}

static void
test_foreign_database (void)
{
  g_autofree char *path = tmp_path ("foreign.db");

  exec_sql (path, "PRAGMA journal_mode = DELETE; CREATE TABLE customers (id, name);");
  assert_refused (path, CCHC_STORE_FLAGS_NONE, CCHC_STORE_ERROR_CORRUPT, NULL);

  exec_sql (path, "PRAGMA user_version = 1;");
  assert_refused (path, CCHC_STORE_FLAGS_NONE, CCHC_STORE_ERROR_CORRUPT, NULL);
  g_assert_cmpint (query_int (path, "SELECT count(*) FROM sqlite_master"), ==, 1);
}

static void
test_missing_read_only (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = tmp_path ("nowhere/missing.db");
  CchcStore *store;

  store = cchc_store_open (path, CCHC_STORE_FLAGS_READ_ONLY, &error);
  g_assert_null (store);
  g_assert_nonnull (error);
  g_assert_error (error, CCHC_STORE_ERROR, CCHC_STORE_ERROR_NOT_FOUND);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

static void
test_read_only (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = tmp_path ("read-only.db");
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(CchcUnit) unit = cchc_unit_new ("Sở Tư pháp", CCHC_UNIT_KIND_OUTSIDE);
  CchcStore *store;

  store = cchc_store_open (path, CCHC_STORE_FLAGS_NONE, &error);
  g_assert_no_error (error);
  add_plan (store, 2022);
  g_assert_finalize_object (store);
  before = checksum (path);

  store = cchc_store_open (path, CCHC_STORE_FLAGS_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (cchc_store_get_plans (store)), ==, 1);
  g_assert_false (cchc_store_insert (store, NULL, 0, unit, &error));
  g_assert_error (error, CCHC_STORE_ERROR, CCHC_STORE_ERROR_READ_ONLY);
  g_assert_nonnull (strstr (error->message, "chỉ đọc"));
  g_clear_error (&error);
  g_assert_cmpuint (g_list_model_get_n_items (cchc_store_get_units (store)), ==, 0);
  {
    g_autoptr(CchcPlan) plan = g_list_model_get_item (cchc_store_get_plans (store), 0);

    g_assert_false (cchc_store_delete (store, plan, &error));
    g_assert_error (error, CCHC_STORE_ERROR, CCHC_STORE_ERROR_READ_ONLY);
  }
  g_assert_finalize_object (store);

  after = checksum (path);
  g_assert_cmpstr (before, ==, after);
}

#ifdef G_OS_UNIX
/* A WAL database in a folder that cannot be written (a read-only share)
 * is read all the same, though SQLite cannot make its shared-memory file
 * beside it; nothing is written. The folder is read-only to the test's
 * user; as root, the check runs as "nobody" in a subprocess. */
static void
test_read_only_folder (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *folder = tmp_path ("read-only-folder");
  g_autofree char *path = g_build_filename (folder, "shared.db", NULL);
  g_autofree char *before = NULL;
  g_autoptr(CchcUnit) unit = cchc_unit_new ("Sở Tư pháp", CCHC_UNIT_KIND_OUTSIDE);
  CchcStore *store;

  if (g_test_subprocess ())
    {
      /* The subprocess has a temporary folder of its own. */
      const char *shared = g_getenv ("CCHC_TEST_SHARED_DB");

      if (getuid () == 0)
        g_assert_true (setgid (65534) == 0 && setuid (65534) == 0);

      store = cchc_store_open (shared, CCHC_STORE_FLAGS_NONE, &error);
      g_assert_no_error (error);
      g_assert_true (cchc_store_is_read_only (store));
      g_assert_cmpuint (g_list_model_get_n_items (cchc_store_get_plans (store)), ==, 1);
      g_assert_false (cchc_store_insert (store, NULL, 0, unit, &error));
      g_assert_error (error, CCHC_STORE_ERROR, CCHC_STORE_ERROR_READ_ONLY);
      g_assert_finalize_object (store);
      return;
    }

  g_assert_cmpint (g_mkdir (folder, 0755), ==, 0);
  store = cchc_store_open (path, CCHC_STORE_FLAGS_NONE, &error);
  g_assert_no_error (error);
  add_plan (store, 2022);
  g_assert_finalize_object (store);
  before = checksum (path);

  g_assert_cmpint (g_chmod (tmp_dir, 0755), ==, 0);
  g_assert_cmpint (g_chmod (folder, 0555), ==, 0);
  g_setenv ("CCHC_TEST_SHARED_DB", path, TRUE);
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_unsetenv ("CCHC_TEST_SHARED_DB");
  g_assert_cmpint (g_chmod (folder, 0755), ==, 0);
  g_assert_cmpint (g_chmod (tmp_dir, 0700), ==, 0);
  g_test_trap_assert_passed ();

  g_assert_cmpstr (checksum (path), ==, before);
}
#endif

static void
test_busy (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = tmp_path ("busy.db");
  g_autoptr(CchcUnit) unit = cchc_unit_new ("Văn phòng Sở", CCHC_UNIT_KIND_INTERNAL);
  CchcStore *store;
  sqlite3 *other = NULL;

  store = cchc_store_open (path, CCHC_STORE_FLAGS_NONE, &error);
  g_assert_no_error (error);
  _cchc_store_set_busy_timeout (store, 50);

  /* Another program holds the write lock. */
  g_assert_cmpint (sqlite3_open (path, &other), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (other, "BEGIN IMMEDIATE", NULL, NULL, NULL), ==, SQLITE_OK);

  g_assert_false (cchc_store_insert (store, NULL, 0, unit, &error));
  g_assert_error (error, CCHC_STORE_ERROR, CCHC_STORE_ERROR_BUSY);
  g_assert_nonnull (strstr (error->message, "busy.db"));
  g_clear_error (&error);
  g_assert_false (cchc_record_is_stored (CCHC_RECORD (unit)));
  g_assert_cmpuint (g_list_model_get_n_items (cchc_store_get_units (store)), ==, 0);

  /* Once it lets go, the same write goes through. */
  g_assert_cmpint (sqlite3_exec (other, "ROLLBACK", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (other);
  g_assert_true (cchc_store_insert (store, NULL, 0, unit, &error));
  g_assert_no_error (error);
  g_assert_finalize_object (store);
}

static const char *v1[] = {
  "CREATE TABLE plan (id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE, "
  "position INTEGER NOT NULL, year INTEGER NOT NULL, number TEXT NOT NULL DEFAULT '', "
  "place TEXT NOT NULL DEFAULT '', date TEXT, title TEXT NOT NULL DEFAULT '', "
  "agency TEXT NOT NULL DEFAULT '', parent_agency TEXT NOT NULL DEFAULT '', "
  "signer_title TEXT NOT NULL DEFAULT '', signer_name TEXT NOT NULL DEFAULT '');"
  "CREATE TABLE plan_text (plan_id INTEGER NOT NULL REFERENCES plan (id) ON DELETE CASCADE, "
  "kind TEXT NOT NULL, position INTEGER NOT NULL, text TEXT NOT NULL);",
  NULL
};

/* Runs the real schema as version 1 and a test migration as version 2:
 * the old file is backed up (and the copy checked) first. */
static void
test_migration_backup (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = tmp_path ("migrate.db");
  g_autofree char *backup = g_strconcat (path, ".v1.bak", NULL);
  const char *v2[] = { v1[0], "ALTER TABLE plan ADD COLUMN note TEXT NOT NULL DEFAULT 'v2';",
                       NULL };
  CchcStore *store;

  store = _cchc_store_open_with_migrations (path, CCHC_STORE_FLAGS_NONE, v1, &error);
  g_assert_no_error (error);
  add_plan (store, 2021);
  add_plan (store, 2022);
  g_assert_finalize_object (store);
  g_assert_false (g_file_test (backup, G_FILE_TEST_EXISTS));

  store = _cchc_store_open_with_migrations (path, CCHC_STORE_FLAGS_NONE, v2, &error);
  g_assert_no_error (error);
  g_assert_cmpint (cchc_store_get_schema_version (store), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (cchc_store_get_plans (store)), ==, 2);
  g_assert_finalize_object (store);

  g_assert_cmpint (query_int (path, "PRAGMA user_version"), ==, 2);
  g_assert_cmpint (query_int (path, "SELECT count(*) FROM plan WHERE note = 'v2'"), ==, 2);
  g_assert_true (g_file_test (backup, G_FILE_TEST_EXISTS));
  g_assert_cmpint (query_int (backup, "PRAGMA user_version"), ==, 1);
  g_assert_cmpint (query_int (backup, "SELECT count(*) FROM plan"), ==, 2);
}

/* A migration that fails half-way is rolled back whole. */
static void
test_migration_fails (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = tmp_path ("migrate-fail.db");
  const char *broken[] = {
    v1[0],
    "ALTER TABLE plan ADD COLUMN note TEXT; CREATE TABLE oops (; ",
    NULL
  };
  CchcStore *store;

  store = _cchc_store_open_with_migrations (path, CCHC_STORE_FLAGS_NONE, v1, &error);
  g_assert_no_error (error);
  add_plan (store, 2022);
  g_assert_finalize_object (store);

  store = _cchc_store_open_with_migrations (path, CCHC_STORE_FLAGS_NONE, broken, &error);
  g_assert_null (store);
  g_assert_nonnull (error);
  g_clear_error (&error);

  g_assert_cmpint (query_int (path, "PRAGMA user_version"), ==, 1);
  g_assert_cmpint (query_int (path, "SELECT count(*) FROM pragma_table_info('plan') "
                                    "WHERE name = 'note'"), ==, 0);
  g_assert_cmpint (query_int (path, "SELECT count(*) FROM plan"), ==, 1);

  /* And the file still opens with what it has. */
  store = _cchc_store_open_with_migrations (path, CCHC_STORE_FLAGS_NONE, v1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (cchc_store_get_plans (store)), ==, 1);
  g_assert_finalize_object (store);
}

static void
test_read_only_needs_migration (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = tmp_path ("old-read-only.db");
  const char *v2[] = { v1[0], "CREATE TABLE extra (id);", NULL };
  CchcStore *store;

  store = _cchc_store_open_with_migrations (path, CCHC_STORE_FLAGS_NONE, v1, &error);
  g_assert_no_error (error);
  g_assert_finalize_object (store);
  exec_sql (path, "PRAGMA journal_mode = DELETE");

  {
    g_autofree char *before = checksum (path);
    g_autofree char *after = NULL;

    store = _cchc_store_open_with_migrations (path, CCHC_STORE_FLAGS_READ_ONLY, v2, &error);
    g_assert_null (store);
    g_assert_error (error, CCHC_STORE_ERROR, CCHC_STORE_ERROR_READ_ONLY);
    after = checksum (path);
    g_assert_cmpstr (before, ==, after);
  }
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        remove_tree (child);
      else
        g_remove (child);
    }
  g_rmdir (path);
}

static char *
unit_names (CchcStore *store)
{
  GListModel *units = cchc_store_get_units (store);
  g_autoptr(GString) names = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (units); i++)
    {
      g_autoptr(CchcUnit) unit = g_list_model_get_item (units, i);

      g_string_append_printf (names, "%s%s", i > 0 ? " " : "", cchc_unit_get_name (unit));
    }

  return g_string_free (g_steal_pointer (&names), FALSE);
}

/* A unit inserted in the middle of the list is there again when the file
 * is opened anew, and so are the units after it. */
static void
test_unit_order_kept (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = tmp_path ("units.db");
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  const char *names[] = { "A", "B", "C" };
  CchcStore *store;

  store = cchc_store_open (path, CCHC_STORE_FLAGS_NONE, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr(CchcUnit) unit = cchc_unit_new (names[i], CCHC_UNIT_KIND_INTERNAL);

      g_assert_true (cchc_store_insert (store, NULL, G_MAXUINT, unit, &error));
    }
  {
    g_autoptr(CchcUnit) unit = cchc_unit_new ("D", CCHC_UNIT_KIND_INTERNAL);

    g_assert_true (cchc_store_insert (store, NULL, 1, unit, &error));
    g_assert_no_error (error);
  }
  before = unit_names (store);
  g_assert_cmpstr (before, ==, "A D B C");
  g_assert_finalize_object (store);

  store = cchc_store_open (path, CCHC_STORE_FLAGS_NONE, &error);
  g_assert_no_error (error);
  after = unit_names (store);
  g_assert_cmpstr (after, ==, before);
  g_assert_finalize_object (store);
}

/* Text that a damaged file holds as bytes that are not UTF-8 is read as
 * text all the same (U+FFFD for each bad byte), so that the plan can still
 * be exported, printed and edited. */
static void
test_invalid_text (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = tmp_path ("invalid-text.db");
  g_autoptr(CchcPlan) plan = NULL;
  CchcStore *store;

  store = cchc_store_open (path, CCHC_STORE_FLAGS_NONE, &error);
  g_assert_no_error (error);
  add_plan (store, 2022);
  g_assert_finalize_object (store);
  /* "A", a surrogate's bytes, "B". */
  exec_sql (path, "UPDATE plan SET title = CAST (X'41EDA08042' AS TEXT)");

  store = cchc_store_open (path, CCHC_STORE_FLAGS_NONE, &error);
  g_assert_no_error (error);
  plan = g_list_model_get_item (cchc_store_get_plans (store), 0);
  g_assert_true (g_utf8_validate (cchc_plan_get_title (plan), -1, NULL));
  g_assert_true (g_str_has_prefix (cchc_plan_get_title (plan), "A\uFFFD"));
  g_assert_true (g_str_has_suffix (cchc_plan_get_title (plan), "\uFFFDB"));
  g_clear_object (&plan);
  g_assert_finalize_object (store);
}

static char *
plan_titles (CchcStore *store)
{
  GListModel *plans = cchc_store_get_plans (store);
  g_autoptr(GString) titles = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (plans); i++)
    {
      g_autoptr(CchcPlan) plan = g_list_model_get_item (plans, i);

      g_string_append_printf (titles, "%s%s", i > 0 ? " " : "", cchc_plan_get_title (plan));
    }

  return g_string_free (g_steal_pointer (&titles), FALSE);
}

static void
import_plan (CchcStore  *store,
             int         year,
             const char *title)
{
  g_autoptr(CchcPlanContents) contents = cchc_plan_contents_new ();
  g_autoptr(GError) error = NULL;

  contents->plan = cchc_plan_new ();
  cchc_plan_set_year (contents->plan, year);
  cchc_plan_set_title (contents->plan, title);
  g_assert_nonnull (cchc_store_import_plan (store, contents, CCHC_IMPORT_NEW, &error));
  g_assert_no_error (error);
}

/* Imported plans come back in the order the list showed them: by year,
 * and after the plans of their year. */
static void
test_plan_order_kept (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = tmp_path ("plans-order.db");
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  CchcStore *store;

  store = cchc_store_open (path, CCHC_STORE_FLAGS_NONE, &error);
  g_assert_no_error (error);
  import_plan (store, 2022, "X");
  import_plan (store, 2021, "W");
  import_plan (store, 2022, "Y");
  before = plan_titles (store);
  g_assert_cmpstr (before, ==, "W X Y");
  g_assert_finalize_object (store);

  store = cchc_store_open (path, CCHC_STORE_FLAGS_NONE, &error);
  g_assert_no_error (error);
  after = plan_titles (store);
  g_assert_cmpstr (after, ==, before);
  g_assert_finalize_object (store);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  /* The messages are for users: check them in Vietnamese. */
  g_setenv ("LANGUAGE", "vi", TRUE);
  setlocale (LC_ALL, "");
  if (g_getenv ("CCHC_LOCALEDIR") != NULL)
    bindtextdomain (GETTEXT_PACKAGE, g_getenv ("CCHC_LOCALEDIR"));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");

  g_test_init (&argc, &argv, NULL);
  tmp_dir = g_dir_make_tmp ("cchc-store-file-XXXXXX", NULL);
  g_assert_nonnull (tmp_dir);

  g_test_add_func ("/store-file/create", test_create);
  g_test_add_func ("/store-file/default-path", test_default_path);
  g_test_add_func ("/store-file/migrate-empty-file", test_migrate_empty_file);
  g_test_add_func ("/store-file/too-new", test_too_new);
  g_test_add_func ("/store-file/garbage", test_garbage);
  g_test_add_func ("/store-file/invalid-text", test_invalid_text);
  g_test_add_func ("/store-file/truncated", test_truncated);
  g_test_add_func ("/store-file/foreign-database", test_foreign_database);
  g_test_add_func ("/store-file/missing-read-only", test_missing_read_only);
#ifdef G_OS_UNIX
  g_test_add_func ("/store-file/read-only-folder", test_read_only_folder);
#endif
  g_test_add_func ("/store-file/read-only", test_read_only);
  g_test_add_func ("/store-file/busy", test_busy);
  g_test_add_func ("/store-file/unit-order-kept", test_unit_order_kept);
  g_test_add_func ("/store-file/plan-order-kept", test_plan_order_kept);
  g_test_add_func ("/store-file/migration/backup", test_migration_backup);
  g_test_add_func ("/store-file/migration/fails", test_migration_fails);
  g_test_add_func ("/store-file/migration/read-only", test_read_only_needs_migration);

  status = g_test_run ();
  remove_tree (tmp_dir);
  g_free (tmp_dir);

  return status;
}
