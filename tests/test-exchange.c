/* test-exchange.c: plans to and from JSON, and the bad files import refuses
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>

#include "cchc-activity.h"
#include "cchc-area.h"
#include "cchc-exchange.h"
#include "cchc-kpi.h"
#include "cchc-plan.h"
#include "cchc-report-period.h"
#include "cchc-task.h"
#include "cchc-timeframe.h"
#include "cchc-unit.h"

static char *tmp_dir;

static char *
tmp_path (const char *name)
{
  return g_build_filename (tmp_dir, name, NULL);
}

static CchcStore *
open_store (const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = tmp_path (name);
  CchcStore *store = cchc_store_open (path, CCHC_STORE_FLAGS_NONE, &error);

  g_assert_no_error (error);
  return store;
}

static char *
checksum (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, length);
}

static CchcPlan *
import_file (CchcStore  *store,
             const char *path)
{
  g_autoptr(GError) error = NULL;
  CchcPlan *plan = cchc_exchange_import_json (store, path, CCHC_IMPORT_NEW, &error);

  g_assert_no_error (error);
  g_assert_nonnull (plan);
  return plan;
}

static void
test_round_trip (void)
{
  g_autofree char *good = g_test_build_filename (G_TEST_DIST, "data", "good-plan.json", NULL);
  g_autofree char *first_path = tmp_path ("first.json");
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autoptr(GError) error = NULL;
  CchcStore *a = open_store ("round-trip-a.db");
  CchcStore *b = open_store ("round-trip-b.db");
  CchcPlan *plan;
  CchcArea *area;
  CchcTask *task;

  plan = import_file (a, good);
  g_assert_cmpstr (cchc_record_get_uuid (CCHC_RECORD (plan)), ==,
                   "0d9c8b7a-6f5e-4d3c-a2b1-c0d9e8f7a633");
  g_assert_cmpstr (cchc_plan_get_signer_name (plan), ==, "Lê Công Khanh");
  area = g_list_model_get_item (cchc_store_get_areas (a, plan), 0);
  task = g_list_model_get_item (cchc_store_get_tasks (a, area), 0);
  g_assert_cmpstr (cchc_task_get_number (task), ==, "1.1");
  g_assert_cmpstr (cchc_unit_get_name (cchc_task_get_lead_unit (task)), ==, "Văn phòng Sở");
  g_assert_cmpuint (cchc_task_get_cooperating_units (task)->len, ==, 1);
  {
    g_autofree char *tf = cchc_timeframe_to_string (cchc_task_get_timeframe (task));
    g_assert_cmpstr (tf, ==, "Quý I/2022");
  }
  g_object_unref (task);
  g_object_unref (area);

  g_assert_true (cchc_exchange_export_json (a, plan, first_path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (first_path, &first, NULL, NULL));
  g_assert_true (g_str_has_prefix (first, "{\n  \"format\" : \"cchc-plan\""));
  /* Vietnamese is written as UTF-8, not escaped. */
  g_assert_nonnull (strstr (first, "Lê Công Khanh"));

  plan = import_file (b, first_path);
  second = cchc_exchange_plan_to_json (b, plan, NULL);
  g_assert_cmpstr (first, ==, second);

  g_assert_finalize_object (a);
  g_assert_finalize_object (b);
}

static void
test_sample (void)
{
  g_autofree char *sample = g_test_build_filename (G_TEST_DIST, "..", "data",
                                                   "sample-plan-2022.json", NULL);
  const guint tasks_per_area[] = { 4, 2, 1, 4, 3, 8, 2 };
  g_autoptr(GError) error = NULL;
  CchcStore *store = open_store ("sample.db");
  GListModel *areas;
  CchcPlan *plan;
  guint n_tasks = 0;

  plan = import_file (store, sample);
  g_assert_cmpint (cchc_plan_get_year (plan), ==, 2022);
  g_assert_cmpstr (cchc_plan_get_title (plan), ==, "Cải cách hành chính năm 2022");
  g_assert_cmpstr (cchc_plan_get_signer_name (plan), ==, "Lê Công Khanh");
  g_assert_cmpuint (g_strv_length ((char **) cchc_plan_get_bases (plan)), ==, 3);
  g_assert_cmpuint (g_strv_length ((char **) cchc_plan_get_objectives (plan)), ==, 2);
  g_assert_cmpuint (g_strv_length ((char **) cchc_plan_get_directives (plan)), ==, 4);
  g_assert_cmpuint (g_strv_length ((char **) cchc_plan_get_propaganda (plan)), ==, 2);
  g_assert_cmpuint (g_strv_length ((char **) cchc_plan_get_responsibilities (plan)), ==, 4);
  g_assert_cmpuint (g_strv_length ((char **) cchc_plan_get_recipients (plan)), ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (cchc_store_get_kpis (store, plan)), ==, 6);
  g_assert_cmpuint (g_list_model_get_n_items (cchc_store_get_report_periods (store, plan)), ==, 4);
  g_assert_cmpuint (g_list_model_get_n_items (cchc_store_get_activities (store, plan)), ==, 9);
  /* Every distinct unit the table and the activities name, as written. */
  g_assert_cmpuint (g_list_model_get_n_items (cchc_store_get_units (store)), ==, 12);

  areas = cchc_store_get_areas (store, plan);
  g_assert_cmpuint (g_list_model_get_n_items (areas), ==, G_N_ELEMENTS (tasks_per_area));
  for (guint i = 0; i < G_N_ELEMENTS (tasks_per_area); i++)
    {
      g_autoptr(CchcArea) area = g_list_model_get_item (areas, i);

      g_assert_cmpuint (g_list_model_get_n_items (cchc_store_get_tasks (store, area)), ==,
                        tasks_per_area[i]);
      n_tasks += tasks_per_area[i];
    }
  g_assert_cmpuint (n_tasks, ==, 24);

  /* Spot checks of exact texts and of the seed's irregularities. */
  {
    g_autoptr(CchcArea) area3 = g_list_model_get_item (areas, 2);
    g_autoptr(CchcTask) only = g_list_model_get_item (cchc_store_get_tasks (store, area3), 0);
    g_autoptr(CchcArea) area4 = g_list_model_get_item (areas, 3);
    g_autoptr(CchcTask) t41 = g_list_model_get_item (cchc_store_get_tasks (store, area4), 0);
    g_autoptr(CchcArea) area1 = g_list_model_get_item (areas, 0);
    g_autoptr(CchcTask) t11 = g_list_model_get_item (cchc_store_get_tasks (store, area1), 0);
    g_autofree char *tf41 = cchc_timeframe_to_string (cchc_task_get_timeframe (t41));

    g_assert_cmpstr (cchc_area_get_title (area3), ==, "Cải cách tổ chức bộ máy hành chính nhà nước");
    g_assert_cmpstr (cchc_task_get_number (only), ==, "");
    g_assert_cmpstr (cchc_task_get_number (t41), ==, "4.1");
    g_assert_cmpstr (tf41, ==, "Quý IV/2021");
    g_assert_cmpstr (cchc_unit_get_name (cchc_task_get_lead_unit (t11)), ==, "Thanh tra Sở");
    g_assert_cmpstr (cchc_task_get_product (t11), ==, "Kế hoạch");
  }

  g_assert_finalize_object (store);
}

static int
error_code (const char *name)
{
  const char *names[] = { "too-large", "too-deep", "encoding", "syntax", "format", "version",
                          "invalid" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (g_str_equal (name, names[i]))
      return i;

  g_error ("unknown error code %s in expected.txt", name);
}

/* A database holding the good plan, for bad imports to leave unchanged. */
static char *
prepare_database (const char *name)
{
  g_autofree char *good = g_test_build_filename (G_TEST_DIST, "data", "good-plan.json", NULL);
  char *path = tmp_path (name);
  CchcStore *store;

  g_remove (path);
  store = open_store (name);
  import_file (store, good);
  g_assert_finalize_object (store);

  return path;
}

static void
assert_refused (const char *db_path,
                const char *file,
                int         code,
                const char *message_part)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = checksum (db_path);
  g_autofree char *after = NULL;
  g_autofree char *base = g_path_get_basename (file);
  CchcStore *store;
  CchcPlan *plan;

  store = cchc_store_open (db_path, CCHC_STORE_FLAGS_NONE, &error);
  g_assert_no_error (error);
  plan = cchc_exchange_import_json (store, file, CCHC_IMPORT_REPLACE, &error);
  g_assert_null (plan);
  g_assert_error (error, CCHC_EXCHANGE_ERROR, code);
  g_test_message ("%s", error->message);
  g_assert_true (g_str_has_prefix (error->message, base));
  g_assert_nonnull (strstr (error->message, message_part));
  g_assert_cmpuint (g_list_model_get_n_items (cchc_store_get_plans (store)), ==, 1);
  g_assert_finalize_object (store);

  after = checksum (db_path);
  g_assert_cmpstr (before, ==, after);
}

static void
test_bad_files (void)
{
  g_autofree char *dir = g_test_build_filename (G_TEST_DIST, "data", "bad-plans", NULL);
  g_autofree char *list = g_build_filename (dir, "expected.txt", NULL);
  g_autofree char *db = prepare_database ("bad-files.db");
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  guint n_files = 0;

  g_assert_true (g_file_get_contents (list, &contents, NULL, NULL));
  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) fields = NULL;
      g_autofree char *file = NULL;

      if (lines[i][0] == '#' || lines[i][0] == '\0')
        continue;

      fields = g_strsplit (lines[i], "|", 3);
      g_assert_cmpuint (g_strv_length (fields), ==, 3);
      file = g_build_filename (dir, fields[0], NULL);
      g_test_message ("bad file %s", fields[0]);
      assert_refused (db, file, error_code (fields[1]), fields[2]);
      n_files++;
    }

  g_assert_cmpuint (n_files, >=, 25);
}

/* The good plan file with @json_title (as written in JSON) for its title
 * reads with @title. */
static void
assert_title_read_as (const char *json_title,
                      const char *title)
{
  g_autofree char *good = g_test_build_filename (G_TEST_DIST, "data", "good-plan.json", NULL);
  g_autofree char *json = NULL;
  g_autofree char *patched = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CchcPlanContents) contents = NULL;
  g_auto(GStrv) parts = NULL;

  g_assert_true (g_file_get_contents (good, &json, NULL, NULL));
  parts = g_strsplit (json, "Cải cách hành chính năm 2022", 2);
  g_assert_cmpuint (g_strv_length (parts), ==, 2);
  patched = g_strjoin (json_title, parts[0], parts[1], NULL);
  contents = cchc_exchange_parse_json (patched, strlen (patched), "title.json", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (cchc_plan_get_title (contents->plan), ==, title);
}

/* json-glib would recurse 100,000 times on this: it must never see it. */
static void
test_too_deep (void)
{
  g_autofree char *db = prepare_database ("too-deep.db");
  g_autofree char *file = tmp_path ("deep.json");
  GString *text = g_string_new ("{\"format\": \"cchc-plan\", \"version\": 1, \"plan\": ");

  for (guint i = 0; i < 100000; i++)
    g_string_append_c (text, '[');
  for (guint i = 0; i < 100000; i++)
    g_string_append_c (text, ']');
  g_string_append (text, "}");
  g_assert_true (g_file_set_contents (file, text->str, text->len, NULL));
  g_string_free (text, TRUE);

  assert_refused (db, file, CCHC_EXCHANGE_ERROR_TOO_DEEP, "64");

  /* Brackets inside strings do not count. */
  {
    g_autofree char *deep_title = g_strnfill (1000, '[');

    assert_title_read_as (deep_title, deep_title);
  }
}

/* Escapes that are text pass: a pair of surrogates (a character beyond
 * the first 65,536) and an escaped backslash before "u0000", which is the
 * text \u0000 itself. (Those that are not text: bad-plans.) */
static void
test_escapes (void)
{
  assert_title_read_as ("Kế hoạch \\ud83d\\udcc4 và \\\\u0000", "Kế hoạch 📄 và \\u0000");
}

/* A file over the cap is refused without being read: a sparse file makes
 * one instantly. */
static void
test_too_large (void)
{
  g_autofree char *db = prepare_database ("too-large.db");
  g_autofree char *path = tmp_path ("huge.json");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileOutputStream) stream = NULL;
  g_autoptr(GError) error = NULL;

  stream = g_file_replace (file, NULL, FALSE, G_FILE_CREATE_NONE, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_output_stream_write_all (G_OUTPUT_STREAM (stream), "{\"format\": ", 11,
                                            NULL, NULL, &error));
  g_assert_true (g_seekable_truncate (G_SEEKABLE (stream), CCHC_EXCHANGE_MAX_SIZE + 1, NULL,
                                      &error));
  g_assert_true (g_output_stream_close (G_OUTPUT_STREAM (stream), NULL, &error));
  g_assert_no_error (error);

  assert_refused (db, path, CCHC_EXCHANGE_ERROR_TOO_LARGE, "64 MiB");
}

static void
test_import_modes (void)
{
  g_autofree char *good = g_test_build_filename (G_TEST_DIST, "data", "good-plan.json", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(CchcPlan) edited = NULL;
  CchcStore *store = open_store ("modes.db");
  GListModel *plans = cchc_store_get_plans (store);
  CchcPlan *plan = import_file (store, good);
  CchcPlan *copy;

  /* Edit it, then try to import the file again. */
  edited = cchc_record_dup_values (CCHC_RECORD (plan));
  cchc_plan_set_title (edited, "Đã sửa");
  g_assert_true (cchc_store_update (store, plan, edited, &error));
  g_assert_no_error (error);

  g_assert_null (cchc_exchange_import_json (store, good, CCHC_IMPORT_NEW, &error));
  g_assert_error (error, CCHC_STORE_ERROR, CCHC_STORE_ERROR_EXISTS);
  g_clear_error (&error);
  g_assert_cmpstr (cchc_plan_get_title (plan), ==, "Đã sửa");

  /* Replace: the same UUID, the file's content, nothing doubled. */
  plan = cchc_exchange_import_json (store, good, CCHC_IMPORT_REPLACE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (plans), ==, 1);
  g_assert_cmpstr (cchc_plan_get_title (plan), ==, "Cải cách hành chính năm 2022");
  g_assert_cmpuint (g_list_model_get_n_items (cchc_store_get_units (store)), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (cchc_store_get_areas (store, plan)), ==, 1);

  /* Copy: a second plan with new identities, sharing the units. */
  copy = cchc_exchange_import_json (store, good, CCHC_IMPORT_COPY, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (plans), ==, 2);
  g_assert_cmpstr (cchc_record_get_uuid (CCHC_RECORD (copy)), !=,
                   cchc_record_get_uuid (CCHC_RECORD (plan)));
  g_assert_true (g_uuid_string_is_valid (cchc_record_get_uuid (CCHC_RECORD (copy))));
  g_assert_cmpuint (g_list_model_get_n_items (cchc_store_get_units (store)), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (cchc_store_get_areas (store, copy)), ==, 1);

  g_assert_finalize_object (store);
}

static void
remove_tree (const char *path)
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

/* Files that are no plan file, and places an export cannot write: the
 * error names the file (not a temporary copy) and says what is wrong;
 * nothing is left behind, and a link is written through, not replaced. */
static void
test_files (void)
{
  g_autofree char *db = prepare_database ("files.db");
  g_autofree char *folder = tmp_path ("a-folder.json");
  g_autofree char *missing = tmp_path ("missing/plan.json");
  g_autoptr(GError) error = NULL;
  CchcStore *store;
  CchcPlan *plan;

  g_assert_cmpint (g_mkdir (folder, 0755), ==, 0);
  store = open_store ("files.db");
  plan = g_list_model_get_item (cchc_store_get_plans (store), 0);
  g_object_unref (plan);  /* the store keeps it */

  g_assert_null (cchc_exchange_import_json (store, folder, CCHC_IMPORT_NEW, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY);
  g_assert_cmpstr (error->message, ==, "“a-folder.json” is a folder, not a file.");
  g_clear_error (&error);
  g_assert_null (cchc_exchange_import_json (store, missing, CCHC_IMPORT_NEW, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_cmpstr (error->message, ==, "The file “plan.json” does not exist.");
  g_clear_error (&error);
#ifdef G_OS_UNIX
  /* Reading /dev/zero never ends. */
  g_assert_null (cchc_exchange_import_json (store, "/dev/zero", CCHC_IMPORT_NEW, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE);
  g_assert_cmpstr (error->message, ==, "“zero” is not a file.");
  g_clear_error (&error);
#endif

  g_assert_false (cchc_exchange_export_json (store, plan, folder, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY);
  g_assert_cmpstr (error->message, ==, "“a-folder.json” is a folder, not a file.");
  g_clear_error (&error);
  g_assert_true (g_file_test (folder, G_FILE_TEST_IS_DIR));
  g_assert_false (cchc_exchange_export_json (store, plan, missing, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_cmpstr (error->message, ==, "The folder for “plan.json” does not exist.");
  g_clear_error (&error);

#ifdef G_OS_UNIX
  {
    g_autofree char *target = tmp_path ("target.json");
    g_autofree char *link = tmp_path ("link.json");
    g_autofree char *read_back = NULL;
    g_autofree char *expected = NULL;
    g_autoptr(GFile) link_file = g_file_new_for_path (link);

    g_assert_true (g_file_set_contents (target, "old", -1, NULL));
    g_assert_true (g_file_make_symbolic_link (link_file, "target.json", NULL, NULL));
    g_assert_true (cchc_exchange_export_json (store, plan, link, &error));
    g_assert_no_error (error);
    g_assert_true (g_file_test (link, G_FILE_TEST_IS_SYMLINK));
    g_assert_true (g_file_get_contents (target, &read_back, NULL, NULL));
    expected = cchc_exchange_plan_to_json (store, plan, NULL);
    g_assert_cmpstr (read_back, ==, expected);
  }
#endif

  g_assert_finalize_object (store);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);
  tmp_dir = g_dir_make_tmp ("cchc-exchange-XXXXXX", NULL);

  g_test_add_func ("/exchange/json/round-trip", test_round_trip);
  g_test_add_func ("/exchange/json/sample", test_sample);
  g_test_add_func ("/exchange/json/bad-files", test_bad_files);
  g_test_add_func ("/exchange/json/too-deep", test_too_deep);
  g_test_add_func ("/exchange/json/too-large", test_too_large);
  g_test_add_func ("/exchange/json/escapes", test_escapes);
  g_test_add_func ("/exchange/json/import-modes", test_import_modes);
  g_test_add_func ("/exchange/json/files", test_files);

  status = g_test_run ();
  remove_tree (tmp_dir);
  g_free (tmp_dir);

  return status;
}
