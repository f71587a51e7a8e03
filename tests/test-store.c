/* test-store.c: the model layer on a real SQLite file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "cchc-activity.h"
#include "cchc-area.h"
#include "cchc-kpi.h"
#include "cchc-plan.h"
#include "cchc-report-period.h"
#include "cchc-store.h"
#include "cchc-task.h"
#include "cchc-timeframe.h"
#include "cchc-unit.h"

typedef struct
{
  char      *dir;
  char      *path;
  CchcStore *store;
} Fixture;

/* Records the items-changed emissions of a model. */
typedef struct
{
  guint position;
  guint removed;
  guint added;
} Change;

static void
on_items_changed_cb (GListModel *model,
                     guint       position,
                     guint       removed,
                     guint       added,
                     GArray     *changes)
{
  Change change = { position, removed, added };

  g_array_append_val (changes, change);
}

static GArray *
watch (GListModel *model)
{
  GArray *changes = g_array_new (FALSE, FALSE, sizeof (Change));

  g_signal_connect (model, "items-changed", G_CALLBACK (on_items_changed_cb), changes);
  return changes;
}

static void
unwatch (GListModel *model,
         GArray     *changes)
{
  g_signal_handlers_disconnect_by_data (model, changes);
  g_array_unref (changes);
}

static void
assert_change (GArray *changes,
               guint   index,
               guint   position,
               guint   removed,
               guint   added)
{
  Change *change;

  g_assert_cmpuint (changes->len, >, index);
  change = &g_array_index (changes, Change, index);
  g_assert_cmpuint (change->position, ==, position);
  g_assert_cmpuint (change->removed, ==, removed);
  g_assert_cmpuint (change->added, ==, added);
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

static void
reopen (Fixture *fixture)
{
  g_assert_finalize_object (fixture->store);
  fixture->store = open_store (fixture->path);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("cchc-store-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "test.db", NULL);
  fixture->store = open_store (fixture->path);
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
  if (fixture->store != NULL)
    g_assert_finalize_object (fixture->store);
  remove_dir (fixture->dir);
  g_free (fixture->path);
  g_free (fixture->dir);
}

static CchcPlan *
add_plan (CchcStore *store,
          int        year,
          const char *title)
{
  g_autoptr(GError) error = NULL;
  CchcPlan *plan = cchc_plan_new ();

  cchc_plan_set_year (plan, year);
  cchc_plan_set_title (plan, title);
  g_assert_true (cchc_store_insert (store, NULL, G_MAXUINT, plan, &error));
  g_assert_no_error (error);
  g_object_unref (plan);  /* the model holds it */
  return plan;
}

static CchcUnit *
add_unit (CchcStore  *store,
          const char *name)
{
  g_autoptr(GError) error = NULL;
  CchcUnit *unit = cchc_unit_new (name, CCHC_UNIT_KIND_INTERNAL);

  g_assert_true (cchc_store_insert (store, NULL, G_MAXUINT, unit, &error));
  g_assert_no_error (error);
  g_object_unref (unit);
  return unit;
}

static CchcArea *
add_area (CchcStore  *store,
          CchcPlan   *plan,
          const char *title)
{
  g_autoptr(GError) error = NULL;
  CchcArea *area = cchc_area_new ();

  cchc_area_set_title (area, title);
  g_assert_true (cchc_store_insert (store, plan, G_MAXUINT, area, &error));
  g_assert_no_error (error);
  g_object_unref (area);
  return area;
}

static CchcTask *
add_task (CchcStore  *store,
          CchcArea   *area,
          guint       position,
          const char *text,
          CchcUnit   *lead)
{
  g_autoptr(GError) error = NULL;
  CchcTask *task = cchc_task_new ();

  cchc_task_set_text (task, text);
  cchc_task_set_lead_unit (task, lead);
  g_assert_true (cchc_store_insert (store, area, position, task, &error));
  g_assert_no_error (error);
  g_object_unref (task);
  return task;
}

static gpointer
item (GListModel *model,
      guint       position)
{
  g_autoptr(GObject) object = g_list_model_get_item (model, position);

  g_assert_nonnull (object);
  return object;  /* the model keeps it alive */
}

static guint
count_rows (const char *path,
            const char *table)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s", table);
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  guint count;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  count = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);

  return count;
}

static void
test_plan_crud (Fixture       *fixture,
                gconstpointer  data)
{
  const char *bases[] = { "Căn cứ Nghị quyết số 03-NQ/TU ngày 31 tháng 12 năm 2020", "Kế hoạch số 20/KH-UBND", NULL };
  const char *recipients[] = { "Sở Nội vụ;", "Các đơn vị trực thuộc;", "Lưu: VT, TCCB.", NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(CchcPlan) values = NULL;
  GDate date;
  CchcPlan *plan;

  plan = cchc_plan_new ();
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 5, 1, 2022);
  cchc_plan_set_year (plan, 2022);
  cchc_plan_set_number (plan, "05/KH-SVHTTDL");
  cchc_plan_set_place (plan, "Hậu Giang");
  cchc_plan_set_date (plan, &date);
  cchc_plan_set_title (plan, "Cải cách hành chính năm 2022");
  cchc_plan_set_agency (plan, "Sở Văn hóa, Thể thao và Du lịch");
  cchc_plan_set_parent_agency (plan, "UBND tỉnh Hậu Giang");
  cchc_plan_set_bases (plan, bases);
  cchc_plan_set_recipients (plan, recipients);
  cchc_plan_set_directives (plan, (const char *[]) { "Tổ chức triển khai kế hoạch", "Kiểm tra", NULL });
  cchc_plan_set_propaganda (plan, (const char *[]) { "Tuyên truyền phổ biến các văn bản", NULL });
  cchc_plan_set_signer_title (plan, "GIÁM ĐỐC");
  cchc_plan_set_signer_name (plan, "Lê Công Khanh");
  g_assert_true (cchc_store_insert (fixture->store, NULL, 0, plan, &error));
  g_assert_no_error (error);
  g_assert_cmpint (cchc_record_get_id (CCHC_RECORD (plan)), >, 0);
  g_assert_true (g_uuid_string_is_valid (cchc_record_get_uuid (CCHC_RECORD (plan))));
  g_object_unref (plan);

  reopen (fixture);

  g_assert_cmpuint (g_list_model_get_n_items (cchc_store_get_plans (fixture->store)), ==, 1);
  plan = item (cchc_store_get_plans (fixture->store), 0);
  g_assert_cmpint (cchc_plan_get_year (plan), ==, 2022);
  g_assert_cmpstr (cchc_plan_get_number (plan), ==, "05/KH-SVHTTDL");
  g_assert_cmpstr (cchc_plan_get_place (plan), ==, "Hậu Giang");
  g_assert_nonnull (cchc_plan_get_date (plan));
  g_assert_cmpint (g_date_compare (cchc_plan_get_date (plan), &date), ==, 0);
  g_assert_cmpstr (cchc_plan_get_title (plan), ==, "Cải cách hành chính năm 2022");
  g_assert_cmpstr (cchc_plan_get_agency (plan), ==, "Sở Văn hóa, Thể thao và Du lịch");
  g_assert_cmpstr (cchc_plan_get_parent_agency (plan), ==, "UBND tỉnh Hậu Giang");
  g_assert_cmpstrv (cchc_plan_get_bases (plan), bases);
  g_assert_cmpstrv (cchc_plan_get_recipients (plan), recipients);
  g_assert_cmpuint (g_strv_length ((char **) cchc_plan_get_objectives (plan)), ==, 0);
  g_assert_cmpstrv (cchc_plan_get_directives (plan),
                    ((const char *[]) { "Tổ chức triển khai kế hoạch", "Kiểm tra", NULL }));
  g_assert_cmpstrv (cchc_plan_get_propaganda (plan),
                    ((const char *[]) { "Tuyên truyền phổ biến các văn bản", NULL }));
  g_assert_cmpstr (cchc_plan_get_signer_title (plan), ==, "GIÁM ĐỐC");
  g_assert_cmpstr (cchc_plan_get_signer_name (plan), ==, "Lê Công Khanh");

  /* Update: one paragraph fewer, no date. */
  values = cchc_record_dup_values (CCHC_RECORD (plan));
  cchc_plan_set_bases (values, (const char *[]) { "Chỉ một căn cứ", NULL });
  cchc_plan_set_date (values, NULL);
  cchc_plan_set_signer_title (values, "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC");
  g_assert_true (cchc_store_update (fixture->store, plan, values, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (cchc_plan_get_signer_title (plan), ==, "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC");

  reopen (fixture);
  plan = item (cchc_store_get_plans (fixture->store), 0);
  g_assert_cmpstrv (cchc_plan_get_bases (plan), ((const char *[]) { "Chỉ một căn cứ", NULL }));
  g_assert_null (cchc_plan_get_date (plan));
  g_assert_cmpstr (cchc_plan_get_signer_title (plan), ==, "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC");
  g_assert_cmpuint (count_rows (fixture->path, "plan_text"), ==, 1 + 3 + 2 + 1);

  g_assert_true (cchc_store_delete (fixture->store, plan, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (cchc_store_get_plans (fixture->store)), ==, 0);
  reopen (fixture);
  g_assert_cmpuint (g_list_model_get_n_items (cchc_store_get_plans (fixture->store)), ==, 0);
  g_assert_cmpuint (count_rows (fixture->path, "plan_text"), ==, 0);
}

/* Builds a small plan with one of everything and checks it survives a
 * close and reopen field by field. */
static void
test_entities_reopen (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CchcTimeframe) tf = cchc_timeframe_new_quarters (CCHC_QUARTER (1) | CCHC_QUARTER (2), 2022);
  g_autoptr(GPtrArray) coop = g_ptr_array_new ();
  CchcPlan *plan = add_plan (fixture->store, 2022, "Kế hoạch CCHC năm 2022");
  CchcUnit *office = add_unit (fixture->store, "Văn phòng Sở");
  CchcUnit *inspect = add_unit (fixture->store, "Thanh tra Sở");
  CchcUnit *library = add_unit (fixture->store, "Thư viện tỉnh");
  CchcArea *area;
  CchcTask *task;
  CchcKpi *kpi = cchc_kpi_new ();
  CchcActivity *activity = cchc_activity_new ();
  CchcReportPeriod *period = cchc_report_period_new ();
  GDate due;

  cchc_unit_set_kind (library, CCHC_UNIT_KIND_INTERNAL);
  area = cchc_area_new ();
  cchc_area_set_title (area, "Cải cách tổ chức bộ máy hành chính nhà nước");
  cchc_area_set_heading (area, "Cải cách tổ chức bộ máy hành chính");
  cchc_area_set_narrative (area, "Tiếp tục rà soát, kiện toàn chức năng\nThực hiện tốt việc quản lý");
  g_assert_true (cchc_store_insert (fixture->store, plan, 0, area, &error));
  g_assert_no_error (error);
  g_object_unref (area);

  task = cchc_task_new ();
  cchc_task_set_text (task, "Xây dựng và thực hiện Kế hoạch Kiểm soát TTHC năm 2022.");
  cchc_task_set_product (task, "Kế hoạch");
  cchc_task_set_lead_unit (task, office);
  g_ptr_array_add (coop, library);
  g_ptr_array_add (coop, inspect);
  cchc_task_set_cooperating_units (task, coop);
  cchc_timeframe_set_detail (tf, "và thường xuyên");
  cchc_task_set_timeframe (task, tf);
  g_assert_true (cchc_store_insert (fixture->store, area, 0, task, &error));
  g_assert_no_error (error);
  g_object_unref (task);

  cchc_kpi_set_text (kpi, "Phấn đấu giải quyết trước và đúng hạn trên 95% hồ sơ TTHC");
  cchc_kpi_set_comparator (kpi, CCHC_COMPARATOR_GT);
  cchc_kpi_set_target (kpi, 95.5);
  cchc_kpi_set_target_unit (kpi, "%");
  g_assert_true (cchc_store_insert (fixture->store, plan, 0, kpi, &error));
  g_assert_no_error (error);
  g_object_unref (kpi);

  cchc_activity_set_kind (activity, CCHC_ACTIVITY_KIND_PANEL);
  cchc_activity_set_description (activity, "Thực hiện maket, in, treo pano");
  cchc_activity_set_quantity (activity, 6);
  cchc_activity_set_quantity_unit (activity, "pano");
  cchc_activity_set_size (activity, "2m x 3m");
  cchc_activity_set_place (activity, "nội ô thành phố Vị Thanh");
  cchc_activity_set_responsible_unit (activity, library);
  cchc_activity_set_occasions (activity, "30/4, 19/8, 2/9");
  cchc_activity_set_audience (activity, "học sinh");
  g_assert_true (cchc_store_insert (fixture->store, plan, 0, activity, &error));
  g_assert_no_error (error);
  g_object_unref (activity);

  g_date_clear (&due, 1);
  g_date_set_dmy (&due, 28, 2, 2022);
  cchc_report_period_set_kind (period, CCHC_PERIOD_KIND_QUARTER_1);
  cchc_report_period_set_due_date (period, &due);
  g_assert_true (cchc_store_insert (fixture->store, plan, 0, period, &error));
  g_assert_no_error (error);
  g_object_unref (period);

  reopen (fixture);

  plan = item (cchc_store_get_plans (fixture->store), 0);
  g_assert_cmpuint (g_list_model_get_n_items (cchc_store_get_units (fixture->store)), ==, 3);
  library = item (cchc_store_get_units (fixture->store), 2);
  g_assert_cmpstr (cchc_unit_get_name (library), ==, "Thư viện tỉnh");

  area = item (cchc_store_get_areas (fixture->store, plan), 0);
  g_assert_cmpstr (cchc_area_get_title (area), ==, "Cải cách tổ chức bộ máy hành chính nhà nước");
  g_assert_cmpstr (cchc_area_get_heading (area), ==, "Cải cách tổ chức bộ máy hành chính");
  g_assert_cmpstr (cchc_area_get_narrative (area), ==,
                   "Tiếp tục rà soát, kiện toàn chức năng\nThực hiện tốt việc quản lý");
  g_assert_cmpstr (cchc_area_get_number (area), ==, "1");

  task = item (cchc_store_get_tasks (fixture->store, area), 0);
  g_assert_cmpstr (cchc_task_get_number (task), ==, "1.1");
  g_assert_cmpstr (cchc_task_get_product (task), ==, "Kế hoạch");
  g_assert_cmpstr (cchc_unit_get_name (cchc_task_get_lead_unit (task)), ==, "Văn phòng Sở");
  g_assert_cmpuint (cchc_task_get_cooperating_units (task)->len, ==, 2);
  g_assert_true (g_ptr_array_index (cchc_task_get_cooperating_units (task), 0) == library);
  g_assert_cmpstr (cchc_unit_get_name (g_ptr_array_index (cchc_task_get_cooperating_units (task), 1)),
                   ==, "Thanh tra Sở");
  g_assert_true (cchc_timeframe_equal (cchc_task_get_timeframe (task), tf));
  {
    g_autofree char *text = cchc_timeframe_to_string (cchc_task_get_timeframe (task));
    g_assert_cmpstr (text, ==, "Quý I, II/2022 và thường xuyên");
  }

  kpi = item (cchc_store_get_kpis (fixture->store, plan), 0);
  g_assert_cmpint (cchc_kpi_get_comparator (kpi), ==, CCHC_COMPARATOR_GT);
  g_assert_cmpfloat (cchc_kpi_get_target (kpi), ==, 95.5);
  g_assert_cmpstr (cchc_kpi_get_target_unit (kpi), ==, "%");

  activity = item (cchc_store_get_activities (fixture->store, plan), 0);
  g_assert_cmpint (cchc_activity_get_kind (activity), ==, CCHC_ACTIVITY_KIND_PANEL);
  g_assert_cmpuint (cchc_activity_get_quantity (activity), ==, 6);
  g_assert_cmpstr (cchc_activity_get_quantity_unit (activity), ==, "pano");
  g_assert_cmpstr (cchc_activity_get_size (activity), ==, "2m x 3m");
  g_assert_cmpstr (cchc_activity_get_place (activity), ==, "nội ô thành phố Vị Thanh");
  g_assert_true (cchc_activity_get_responsible_unit (activity) == library);
  g_assert_cmpstr (cchc_activity_get_occasions (activity), ==, "30/4, 19/8, 2/9");
  g_assert_cmpstr (cchc_activity_get_audience (activity), ==, "học sinh");

  period = item (cchc_store_get_report_periods (fixture->store, plan), 0);
  g_assert_cmpint (cchc_report_period_get_kind (period), ==, CCHC_PERIOD_KIND_QUARTER_1);
  g_assert_cmpint (g_date_compare (cchc_report_period_get_due_date (period), &due), ==, 0);
}

static void
test_update_and_delete_each (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  CchcPlan *plan = add_plan (fixture->store, 2022, "P");
  CchcUnit *unit = add_unit (fixture->store, "Phòng Tổ chức cán bộ");
  CchcArea *area = add_area (fixture->store, plan, "Cải cách công vụ");
  CchcTask *task = add_task (fixture->store, area, 0, "Xây dựng kế hoạch", unit);
  g_autoptr(CchcKpi) kpi = cchc_kpi_new ();
  g_autoptr(CchcActivity) activity = cchc_activity_new ();
  g_autoptr(CchcReportPeriod) period = cchc_report_period_new ();
  gpointer records[6];

  cchc_kpi_set_text (kpi, "100% TTHC");
  cchc_activity_set_description (activity, "Băng rôn");
  g_assert_true (cchc_store_insert (fixture->store, plan, 0, kpi, &error));
  g_assert_true (cchc_store_insert (fixture->store, plan, 0, activity, &error));
  g_assert_true (cchc_store_insert (fixture->store, plan, 0, period, &error));
  g_assert_no_error (error);

  /* Update each kind through a detached copy. */
  {
    g_autoptr(CchcUnit) v = cchc_record_dup_values (CCHC_RECORD (unit));
    cchc_unit_set_name (v, "Phòng TCCB");
    cchc_unit_set_kind (v, CCHC_UNIT_KIND_GROUP);
    g_assert_true (cchc_store_update (fixture->store, unit, v, &error));
  }
  {
    g_autoptr(CchcArea) v = cchc_record_dup_values (CCHC_RECORD (area));
    cchc_area_set_narrative (v, "Xây dựng và hoàn thành kế hoạch đào tạo");
    g_assert_true (cchc_store_update (fixture->store, area, v, &error));
  }
  {
    g_autoptr(CchcTask) v = cchc_record_dup_values (CCHC_RECORD (task));
    cchc_task_set_product (v, "Kế hoạch; kết quả đào tạo");
    cchc_task_set_lead_unit (v, NULL);
    g_assert_true (cchc_store_update (fixture->store, task, v, &error));
  }
  {
    g_autoptr(CchcKpi) v = cchc_record_dup_values (CCHC_RECORD (kpi));
    cchc_kpi_set_comparator (v, CCHC_COMPARATOR_EQ);
    cchc_kpi_set_target (v, 100);
    g_assert_true (cchc_store_update (fixture->store, kpi, v, &error));
  }
  {
    g_autoptr(CchcActivity) v = cchc_record_dup_values (CCHC_RECORD (activity));
    cchc_activity_set_quantity (v, 10);
    g_assert_true (cchc_store_update (fixture->store, activity, v, &error));
  }
  {
    g_autoptr(CchcReportPeriod) v = cchc_record_dup_values (CCHC_RECORD (period));
    cchc_report_period_set_kind (v, CCHC_PERIOD_KIND_YEAR);
    g_assert_true (cchc_store_update (fixture->store, period, v, &error));
  }
  g_assert_no_error (error);

  reopen (fixture);
  plan = item (cchc_store_get_plans (fixture->store), 0);
  unit = item (cchc_store_get_units (fixture->store), 0);
  area = item (cchc_store_get_areas (fixture->store, plan), 0);
  task = item (cchc_store_get_tasks (fixture->store, area), 0);
  g_assert_cmpstr (cchc_unit_get_name (unit), ==, "Phòng TCCB");
  g_assert_cmpint (cchc_unit_get_kind (unit), ==, CCHC_UNIT_KIND_GROUP);
  g_assert_cmpstr (cchc_area_get_narrative (area), ==, "Xây dựng và hoàn thành kế hoạch đào tạo");
  g_assert_cmpstr (cchc_task_get_product (task), ==, "Kế hoạch; kết quả đào tạo");
  g_assert_null (cchc_task_get_lead_unit (task));
  g_assert_cmpint (cchc_kpi_get_comparator (item (cchc_store_get_kpis (fixture->store, plan), 0)),
                   ==, CCHC_COMPARATOR_EQ);
  g_assert_cmpuint (cchc_activity_get_quantity (item (cchc_store_get_activities (fixture->store, plan), 0)),
                    ==, 10);
  g_assert_cmpint (cchc_report_period_get_kind (item (cchc_store_get_report_periods (fixture->store, plan), 0)),
                   ==, CCHC_PERIOD_KIND_YEAR);

  /* Delete each kind, children first. */
  records[0] = task;
  records[1] = item (cchc_store_get_kpis (fixture->store, plan), 0);
  records[2] = item (cchc_store_get_activities (fixture->store, plan), 0);
  records[3] = item (cchc_store_get_report_periods (fixture->store, plan), 0);
  records[4] = area;
  records[5] = unit;
  for (guint i = 0; i < G_N_ELEMENTS (records); i++)
    {
      g_autoptr(CchcRecord) keep = g_object_ref (records[i]);

      g_assert_true (cchc_store_delete (fixture->store, records[i], &error));
      g_assert_no_error (error);
      g_assert_false (cchc_record_is_stored (keep));
    }

  g_assert_cmpuint (g_list_model_get_n_items (cchc_store_get_units (fixture->store)), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (cchc_store_get_areas (fixture->store, plan)), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (cchc_store_get_kpis (fixture->store, plan)), ==, 0);
  reopen (fixture);
  g_assert_cmpuint (count_rows (fixture->path, "unit"), ==, 0);
  g_assert_cmpuint (count_rows (fixture->path, "task"), ==, 0);
  g_assert_cmpuint (count_rows (fixture->path, "kpi"), ==, 0);
  g_assert_cmpuint (count_rows (fixture->path, "activity"), ==, 0);
  g_assert_cmpuint (count_rows (fixture->path, "report_period"), ==, 0);
  g_assert_cmpuint (count_rows (fixture->path, "area"), ==, 0);
  g_assert_cmpuint (count_rows (fixture->path, "plan"), ==, 1);
}

static char *
numbers (CchcStore *store,
         CchcArea  *area)
{
  GListModel *tasks = cchc_store_get_tasks (store, area);
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (tasks); i++)
    {
      CchcTask *task = item (tasks, i);

      g_string_append_printf (s, "%s%s=%s", i > 0 ? " " : "",
                              cchc_task_get_number (task), cchc_task_get_text (task));
    }
  return g_string_free (s, FALSE);
}

static void
test_order_tasks (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  CchcPlan *plan = add_plan (fixture->store, 2022, "P");
  CchcArea *first = add_area (fixture->store, plan, "Cải cách thể chế");
  CchcArea *area = add_area (fixture->store, plan, "Cải cách TTHC");
  CchcTask *a, *b, *c, *d;
  GListModel *tasks;
  GArray *changes;
  char *text;

  a = add_task (fixture->store, area, G_MAXUINT, "a", NULL);
  b = add_task (fixture->store, area, G_MAXUINT, "b", NULL);
  d = add_task (fixture->store, area, G_MAXUINT, "d", NULL);
  tasks = cchc_store_get_tasks (fixture->store, area);

  /* Insert in the middle: exact signal, numbers follow. */
  changes = watch (tasks);
  c = add_task (fixture->store, area, 2, "c", NULL);
  g_assert_cmpuint (changes->len, ==, 1);
  assert_change (changes, 0, 2, 0, 1);
  text = numbers (fixture->store, area);
  g_assert_cmpstr (text, ==, "2.1=a 2.2=b 2.3=c 2.4=d");
  g_free (text);

  /* Move down (a to the end) and up (d to the top). */
  g_array_set_size (changes, 0);
  g_assert_true (cchc_store_move (fixture->store, a, 3, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changes->len, ==, 1);
  assert_change (changes, 0, 0, 4, 4);
  text = numbers (fixture->store, area);
  g_assert_cmpstr (text, ==, "2.1=b 2.2=c 2.3=d 2.4=a");
  g_free (text);

  g_array_set_size (changes, 0);
  g_assert_true (cchc_store_move (fixture->store, d, 1, &error));
  assert_change (changes, 0, 1, 2, 2);
  g_assert_true (cchc_store_move (fixture->store, b, 2, &error));
  g_assert_no_error (error);
  text = numbers (fixture->store, area);
  g_assert_cmpstr (text, ==, "2.1=d 2.2=c 2.3=b 2.4=a");
  g_free (text);

  /* An unnumbered task neither shows nor takes a number. */
  {
    g_autoptr(CchcTask) v = cchc_record_dup_values (CCHC_RECORD (c));
    cchc_task_set_numbered (v, FALSE);
    g_array_set_size (changes, 0);
    g_assert_true (cchc_store_update (fixture->store, c, v, &error));
    g_assert_no_error (error);
    assert_change (changes, 0, 1, 1, 1);
  }
  text = numbers (fixture->store, area);
  g_assert_cmpstr (text, ==, "2.1=d =c 2.2=b 2.3=a");
  g_free (text);

  /* Delete: the gap closes. */
  g_array_set_size (changes, 0);
  g_assert_true (cchc_store_delete (fixture->store, d, &error));
  g_assert_no_error (error);
  assert_change (changes, 0, 0, 1, 0);
  unwatch (tasks, changes);

  /* Moving the area renumbers its tasks. */
  g_assert_true (cchc_store_move (fixture->store, area, 0, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (cchc_area_get_number (area), ==, "1");
  g_assert_cmpstr (cchc_area_get_number (first), ==, "2");
  text = numbers (fixture->store, area);
  g_assert_cmpstr (text, ==, "=c 1.1=b 1.2=a");
  g_free (text);

  /* The order and the numbers are what the file says. */
  reopen (fixture);
  plan = item (cchc_store_get_plans (fixture->store), 0);
  area = item (cchc_store_get_areas (fixture->store, plan), 0);
  g_assert_cmpstr (cchc_area_get_title (area), ==, "Cải cách TTHC");
  text = numbers (fixture->store, area);
  g_assert_cmpstr (text, ==, "=c 1.1=b 1.2=a");
  g_free (text);

  /* Positions stay dense after all this: insert at 1 lands at 1. */
  add_task (fixture->store, area, 1, "x", NULL);
  reopen (fixture);
  plan = item (cchc_store_get_plans (fixture->store), 0);
  area = item (cchc_store_get_areas (fixture->store, plan), 0);
  text = numbers (fixture->store, area);
  g_assert_cmpstr (text, ==, "=c 1.1=x 1.2=b 1.3=a");
  g_free (text);
}

/* A task moves to another area: one exact change in each list, numbers
 * follow in both, the file says the same, positions stay dense. */
static void
test_move_to_area (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  CchcPlan *plan = add_plan (fixture->store, 2022, "P");
  CchcArea *first = add_area (fixture->store, plan, "Cải cách thể chế");
  CchcArea *second = add_area (fixture->store, plan, "Cải cách TTHC");
  GListModel *first_tasks = cchc_store_get_tasks (fixture->store, first);
  GListModel *second_tasks = cchc_store_get_tasks (fixture->store, second);
  CchcTask *a, *b, *c;
  GArray *first_changes, *second_changes;
  char *text;

  a = add_task (fixture->store, first, G_MAXUINT, "a", NULL);
  b = add_task (fixture->store, first, G_MAXUINT, "b", NULL);
  add_task (fixture->store, first, G_MAXUINT, "c", NULL);
  c = item (first_tasks, 2);
  add_task (fixture->store, second, G_MAXUINT, "x", NULL);
  add_task (fixture->store, second, G_MAXUINT, "y", NULL);

  first_changes = watch (first_tasks);
  second_changes = watch (second_tasks);
  g_assert_true (cchc_store_move_to (fixture->store, b, second, 1, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (first_changes->len, ==, 1);
  assert_change (first_changes, 0, 1, 1, 0);
  g_assert_cmpuint (second_changes->len, ==, 1);
  assert_change (second_changes, 0, 1, 0, 1);
  g_assert_cmpstr (cchc_task_get_number (b), ==, "2.2");
  g_assert_cmpstr (cchc_task_get_number (c), ==, "1.2");
  text = numbers (fixture->store, first);
  g_assert_cmpstr (text, ==, "1.1=a 1.2=c");
  g_free (text);
  text = numbers (fixture->store, second);
  g_assert_cmpstr (text, ==, "2.1=x 2.2=b 2.3=y");
  g_free (text);

  /* Past the end means last; under its own area it is a plain move. */
  g_assert_true (cchc_store_move_to (fixture->store, a, second, G_MAXUINT, &error));
  g_assert_true (cchc_store_move_to (fixture->store, b, second, 0, &error));
  g_assert_no_error (error);
  unwatch (first_tasks, first_changes);
  unwatch (second_tasks, second_changes);
  text = numbers (fixture->store, first);
  g_assert_cmpstr (text, ==, "1.1=c");
  g_free (text);
  text = numbers (fixture->store, second);
  g_assert_cmpstr (text, ==, "2.1=b 2.2=x 2.3=y 2.4=a");
  g_free (text);

  /* A parent of the wrong kind, or not stored, is refused. */
  g_assert_false (cchc_store_move_to (fixture->store, c, plan, 0, &error));
  g_assert_error (error, CCHC_STORE_ERROR, CCHC_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  reopen (fixture);
  plan = item (cchc_store_get_plans (fixture->store), 0);
  first = item (cchc_store_get_areas (fixture->store, plan), 0);
  second = item (cchc_store_get_areas (fixture->store, plan), 1);
  text = numbers (fixture->store, first);
  g_assert_cmpstr (text, ==, "1.1=c");
  g_free (text);
  text = numbers (fixture->store, second);
  g_assert_cmpstr (text, ==, "2.1=b 2.2=x 2.3=y 2.4=a");
  g_free (text);

  /* Dense positions: an insert at 1 lands at 1 in both. */
  add_task (fixture->store, first, 1, "d", NULL);
  add_task (fixture->store, second, 1, "z", NULL);
  reopen (fixture);
  plan = item (cchc_store_get_plans (fixture->store), 0);
  text = numbers (fixture->store, item (cchc_store_get_areas (fixture->store, plan), 0));
  g_assert_cmpstr (text, ==, "1.1=c 1.2=d");
  g_free (text);
  text = numbers (fixture->store, item (cchc_store_get_areas (fixture->store, plan), 1));
  g_assert_cmpstr (text, ==, "2.1=b 2.2=z 2.3=x 2.4=y 2.5=a");
  g_free (text);
}

static void
test_items_changed (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  GListModel *plans = cchc_store_get_plans (fixture->store);
  GListModel *units = cchc_store_get_units (fixture->store);
  GArray *plan_changes = watch (plans);
  GArray *unit_changes = watch (units);
  CchcPlan *p2023, *p2021, *p2022;
  CchcUnit *u1, *u2, *u3;

  p2023 = add_plan (fixture->store, 2023, "2023");
  p2021 = add_plan (fixture->store, 2021, "2021");
  p2022 = add_plan (fixture->store, 2022, "2022");
  assert_change (plan_changes, 0, 0, 0, 1);
  assert_change (plan_changes, 1, 0, 0, 1);
  assert_change (plan_changes, 2, 1, 0, 1);
  g_assert_true (item (plans, 0) == p2021);
  g_assert_true (item (plans, 1) == p2022);
  g_assert_true (item (plans, 2) == p2023);

  /* A plan whose year changes moves to its place. */
  {
    g_autoptr(CchcPlan) v = cchc_record_dup_values (CCHC_RECORD (p2021));
    cchc_plan_set_year (v, 2024);
    g_array_set_size (plan_changes, 0);
    g_assert_true (cchc_store_update (fixture->store, p2021, v, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (plan_changes->len, ==, 1);
    assert_change (plan_changes, 0, 0, 3, 3);
    g_assert_true (item (plans, 2) == p2021);
  }
  {
    g_autoptr(CchcPlan) v = cchc_record_dup_values (CCHC_RECORD (p2022));
    cchc_plan_set_title (v, "Kế hoạch 2022");
    g_array_set_size (plan_changes, 0);
    g_assert_true (cchc_store_update (fixture->store, p2022, v, &error));
    g_assert_cmpuint (plan_changes->len, ==, 1);
    assert_change (plan_changes, 0, 0, 1, 1);
  }
  g_array_set_size (plan_changes, 0);
  g_assert_true (cchc_store_delete (fixture->store, p2023, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (plan_changes->len, ==, 1);
  assert_change (plan_changes, 0, 1, 1, 0);

  u1 = add_unit (fixture->store, "u1");
  u2 = add_unit (fixture->store, "u2");
  u3 = add_unit (fixture->store, "u3");
  g_array_set_size (unit_changes, 0);
  g_assert_true (cchc_store_move (fixture->store, u3, 0, &error));
  g_assert_no_error (error);
  assert_change (unit_changes, 0, 0, 3, 3);
  g_assert_true (item (units, 0) == u3);
  g_assert_true (item (units, 1) == u1);
  g_assert_true (item (units, 2) == u2);
  g_array_set_size (unit_changes, 0);
  g_assert_true (cchc_store_delete (fixture->store, u1, &error));
  assert_change (unit_changes, 0, 1, 1, 0);
  g_assert_cmpuint (unit_changes->len, ==, 1);

  unwatch (plans, plan_changes);
  unwatch (units, unit_changes);

  reopen (fixture);
  units = cchc_store_get_units (fixture->store);
  g_assert_cmpstr (cchc_unit_get_name (item (units, 0)), ==, "u3");
  g_assert_cmpstr (cchc_unit_get_name (item (units, 1)), ==, "u2");
  plans = cchc_store_get_plans (fixture->store);
  g_assert_cmpint (cchc_plan_get_year (item (plans, 0)), ==, 2022);
  g_assert_cmpint (cchc_plan_get_year (item (plans, 1)), ==, 2024);
}

static void
test_cascade (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  CchcPlan *plan = add_plan (fixture->store, 2022, "P");
  CchcPlan *other = add_plan (fixture->store, 2023, "Q");
  CchcUnit *unit = add_unit (fixture->store, "Văn phòng Sở");
  CchcArea *area = add_area (fixture->store, plan, "A");
  CchcArea *kept = add_area (fixture->store, other, "B");
  g_autoptr(CchcTask) task = NULL;
  g_autoptr(CchcTask) values = NULL;
  g_autoptr(GPtrArray) coop = g_ptr_array_new ();

  task = g_object_ref (add_task (fixture->store, area, 0, "t", unit));
  add_task (fixture->store, kept, 0, "kept", unit);
  g_ptr_array_add (coop, unit);
  values = cchc_record_dup_values (CCHC_RECORD (task));
  cchc_task_set_lead_unit (values, NULL);
  cchc_task_set_cooperating_units (values, coop);
  g_assert_true (cchc_store_update (fixture->store, task, values, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_rows (fixture->path, "task_unit"), ==, 1);

  g_assert_true (cchc_store_delete (fixture->store, plan, &error));
  g_assert_no_error (error);

  /* The task went with its plan; its object is stale and says so. */
  g_assert_false (cchc_record_is_stored (CCHC_RECORD (task)));
  g_assert_false (cchc_store_update (fixture->store, task, values, &error));
  g_assert_error (error, CCHC_STORE_ERROR, CCHC_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (cchc_store_delete (fixture->store, task, &error));
  g_assert_error (error, CCHC_STORE_ERROR, CCHC_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_assert_cmpuint (count_rows (fixture->path, "task"), ==, 1);
  g_assert_cmpuint (count_rows (fixture->path, "task_unit"), ==, 0);
  g_assert_cmpuint (count_rows (fixture->path, "area"), ==, 1);
  g_assert_cmpuint (count_rows (fixture->path, "unit"), ==, 1);
}

static void
test_unit_in_use (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  CchcPlan *plan = add_plan (fixture->store, 2022, "P");
  CchcUnit *unit = add_unit (fixture->store, "Thanh tra Sở");
  CchcUnit *free_unit = add_unit (fixture->store, "Sở Tư pháp");
  CchcArea *area1 = add_area (fixture->store, plan, "A1");
  CchcArea *area2 = add_area (fixture->store, plan, "A2");
  g_autoptr(CchcActivity) activity = cchc_activity_new ();
  g_autoptr(GPtrArray) coop = g_ptr_array_new ();
  CchcTask *lead_task, *coop_task;
  g_autofree char *uses = NULL;

  add_task (fixture->store, area1, 0, "other", NULL);
  lead_task = add_task (fixture->store, area1, 1, "lead", unit);
  coop_task = add_task (fixture->store, area2, 0, "coop", NULL);
  g_ptr_array_add (coop, unit);
  {
    g_autoptr(CchcTask) v = cchc_record_dup_values (CCHC_RECORD (coop_task));
    cchc_task_set_cooperating_units (v, coop);
    g_assert_true (cchc_store_update (fixture->store, coop_task, v, &error));
  }
  cchc_activity_set_description (activity, "Trưng bày sách");
  cchc_activity_set_responsible_unit (activity, unit);
  g_assert_true (cchc_store_insert (fixture->store, plan, 0, activity, &error));
  g_assert_no_error (error);

  uses = cchc_store_describe_unit_use (fixture->store, unit);
  g_assert_nonnull (uses);
  g_assert_nonnull (strstr (uses, "2022"));
  g_assert_nonnull (strstr (uses, "1.2"));
  g_assert_nonnull (strstr (uses, "2.1"));
  g_assert_null (cchc_store_describe_unit_use (fixture->store, free_unit));

  g_assert_false (cchc_store_delete (fixture->store, unit, &error));
  g_assert_error (error, CCHC_STORE_ERROR, CCHC_STORE_ERROR_IN_USE);
  g_assert_nonnull (strstr (error->message, "Thanh tra Sở"));
  g_assert_nonnull (strstr (error->message, "1.2"));
  g_clear_error (&error);
  g_assert_true (cchc_record_is_stored (CCHC_RECORD (unit)));
  g_assert_cmpuint (count_rows (fixture->path, "unit"), ==, 2);

  /* Once nothing uses it, it goes. */
  g_assert_true (cchc_store_delete (fixture->store, lead_task, &error));
  g_assert_true (cchc_store_delete (fixture->store, coop_task, &error));
  g_assert_true (cchc_store_delete (fixture->store, activity, &error));
  g_assert_no_error (error);
  g_assert_true (cchc_store_delete (fixture->store, unit, &error));
  g_assert_no_error (error);
  g_assert_true (cchc_store_delete (fixture->store, free_unit, &error));
  g_assert_cmpuint (count_rows (fixture->path, "unit"), ==, 0);
}

static void
test_copy_plan (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CchcTimeframe) tf = cchc_timeframe_new_quarters (CCHC_QUARTER (4), 2021);
  g_autoptr(CchcKpi) kpi = cchc_kpi_new ();
  g_autoptr(CchcReportPeriod) period = cchc_report_period_new ();
  g_autoptr(GPtrArray) coop = g_ptr_array_new ();
  CchcPlan *plan = add_plan (fixture->store, 2022, "Cải cách hành chính năm 2022");
  CchcUnit *lead = add_unit (fixture->store, "Văn phòng Sở");
  CchcUnit *helper = add_unit (fixture->store, "Thư viện tỉnh");
  CchcArea *area = add_area (fixture->store, plan, "Xây dựng và phát triển Chính phủ điện tử");
  CchcTask *task = add_task (fixture->store, area, 0, "Xây dựng Kế hoạch ứng dụng CNTT năm 2022.", lead);
  CchcPlan *copy;
  CchcTask *copied;
  GDate due;

  g_ptr_array_add (coop, helper);
  {
    g_autoptr(CchcTask) v = cchc_record_dup_values (CCHC_RECORD (task));
    cchc_task_set_timeframe (v, tf);
    cchc_task_set_cooperating_units (v, coop);
    g_assert_true (cchc_store_update (fixture->store, task, v, &error));
  }
  add_task (fixture->store, area, 1, "second", NULL);
  cchc_kpi_set_text (kpi, "100% hồ sơ");
  g_assert_true (cchc_store_insert (fixture->store, plan, 0, kpi, &error));
  g_date_clear (&due, 1);
  g_date_set_dmy (&due, 7, 11, 2022);
  cchc_report_period_set_kind (period, CCHC_PERIOD_KIND_YEAR);
  cchc_report_period_set_due_date (period, &due);
  g_assert_true (cchc_store_insert (fixture->store, plan, 0, period, &error));
  g_assert_no_error (error);

  copy = cchc_store_copy_plan (fixture->store, plan, 2023, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (copy);
  g_assert_cmpint (cchc_plan_get_year (copy), ==, 2023);
  g_assert_cmpstr (cchc_plan_get_title (copy), ==, "Cải cách hành chính năm 2023");
  /* Or a title of its own. */
  {
    CchcPlan *titled = cchc_store_copy_plan (fixture->store, plan, 2024, "Chuyển đổi số 2024",
                                             &error);

    g_assert_no_error (error);
    g_assert_cmpstr (cchc_plan_get_title (titled), ==, "Chuyển đổi số 2024");
    g_assert_cmpint (cchc_plan_get_year (titled), ==, 2024);
    g_assert_true (cchc_store_delete (fixture->store, titled, &error));
    g_assert_no_error (error);
  }
  g_assert_cmpstr (cchc_record_get_uuid (CCHC_RECORD (copy)), !=,
                   cchc_record_get_uuid (CCHC_RECORD (plan)));
  g_assert_true (item (cchc_store_get_plans (fixture->store), 1) == copy);

  reopen (fixture);
  copy = cchc_store_find_plan (fixture->store, "2023");
  plan = cchc_store_find_plan (fixture->store, "2022");
  g_assert_nonnull (copy);
  g_assert_true (cchc_store_find_plan (fixture->store, cchc_record_get_uuid (CCHC_RECORD (copy))) == copy);
  g_assert_cmpuint (g_list_model_get_n_items (cchc_store_get_areas (fixture->store, copy)), ==, 1);
  area = item (cchc_store_get_areas (fixture->store, copy), 0);
  g_assert_cmpstr (cchc_area_get_title (area), ==, "Xây dựng và phát triển Chính phủ điện tử");
  g_assert_cmpuint (g_list_model_get_n_items (cchc_store_get_tasks (fixture->store, area)), ==, 2);
  copied = item (cchc_store_get_tasks (fixture->store, area), 0);
  g_assert_cmpstr (cchc_task_get_number (copied), ==, "1.1");
  g_assert_cmpstr (cchc_unit_get_name (cchc_task_get_lead_unit (copied)), ==, "Văn phòng Sở");
  g_assert_cmpuint (cchc_task_get_cooperating_units (copied)->len, ==, 1);
  {
    g_autofree char *text = cchc_timeframe_to_string (cchc_task_get_timeframe (copied));
    g_assert_cmpstr (text, ==, "Quý IV/2022");
  }
  g_assert_cmpuint (g_list_model_get_n_items (cchc_store_get_kpis (fixture->store, copy)), ==, 1);
  g_date_set_dmy (&due, 7, 11, 2023);
  g_assert_cmpint (g_date_compare (cchc_report_period_get_due_date (item (cchc_store_get_report_periods (fixture->store, copy), 0)), &due), ==, 0);

  /* The original is untouched. */
  area = item (cchc_store_get_areas (fixture->store, plan), 0);
  {
    g_autofree char *text = cchc_timeframe_to_string (cchc_task_get_timeframe (item (cchc_store_get_tasks (fixture->store, area), 0)));
    g_assert_cmpstr (text, ==, "Quý IV/2021");
  }
  g_assert_cmpuint (count_rows (fixture->path, "task"), ==, 4);
  g_assert_cmpuint (count_rows (fixture->path, "unit"), ==, 2);
}

static void
test_text_verbatim (Fixture       *fixture,
                    gconstpointer  data)
{
  const char *texts[] = {
    "'; DROP TABLE task; --",
    "Robert'); DELETE FROM plan; --",
    "Đẩy mạnh ứng dụng CNTT “04 tại chỗ” – Quý I/2022…",
    "  leading and trailing spaces  ",
    "line one\nline two\ttab \"quotes\" \\ backslash % percent ? ?1 :name",
    "ỳ ỷ ỹ ỵ Ỳ Ỷ Ỹ Ỵ ơ ư Ơ Ư đ Đ",
    "emoji 🇻🇳 and zero-width\u200bjoiner",
  };
  g_autoptr(GError) error = NULL;
  CchcPlan *plan = add_plan (fixture->store, 2022, "'; DROP TABLE plan; --");
  CchcArea *area = add_area (fixture->store, plan, "Bobby \" Tables");
  GListModel *tasks;

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    add_task (fixture->store, area, G_MAXUINT, texts[i], add_unit (fixture->store, texts[i]));

  reopen (fixture);
  plan = item (cchc_store_get_plans (fixture->store), 0);
  g_assert_cmpstr (cchc_plan_get_title (plan), ==, "'; DROP TABLE plan; --");
  area = item (cchc_store_get_areas (fixture->store, plan), 0);
  g_assert_cmpstr (cchc_area_get_title (area), ==, "Bobby \" Tables");
  tasks = cchc_store_get_tasks (fixture->store, area);
  g_assert_cmpuint (g_list_model_get_n_items (tasks), ==, G_N_ELEMENTS (texts));
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      CchcTask *task = item (tasks, i);

      g_assert_cmpstr (cchc_task_get_text (task), ==, texts[i]);
      g_assert_cmpstr (cchc_unit_get_name (cchc_task_get_lead_unit (task)), ==, texts[i]);
    }
  g_assert_cmpuint (count_rows (fixture->path, "task"), ==, G_N_ELEMENTS (texts));
}

static void
test_invalid (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CchcTask) task = cchc_task_new ();
  g_autoptr(CchcUnit) stranger = cchc_unit_new ("Không lưu", CCHC_UNIT_KIND_OUTSIDE);
  g_autoptr(CchcUnit) blank = cchc_unit_new ("   ", CCHC_UNIT_KIND_OUTSIDE);
  g_autoptr(GPtrArray) twice = g_ptr_array_new ();
  CchcPlan *plan = add_plan (fixture->store, 2022, "P");
  CchcArea *area = add_area (fixture->store, plan, "A");
  CchcUnit *unit = add_unit (fixture->store, "Văn phòng Sở");
  CchcTask *stored = add_task (fixture->store, area, 0, "kept", NULL);
  GArray *changes = watch (cchc_store_get_tasks (fixture->store, area));

  cchc_task_set_text (task, " \t\n ");
  g_assert_false (cchc_store_insert (fixture->store, area, 0, task, &error));
  g_assert_error (error, CCHC_STORE_ERROR, CCHC_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (cchc_record_is_stored (CCHC_RECORD (task)));

  g_assert_false (cchc_store_insert (fixture->store, NULL, 0, blank, &error));
  g_assert_error (error, CCHC_STORE_ERROR, CCHC_STORE_ERROR_INVALID);
  g_clear_error (&error);

  cchc_task_set_text (task, "ok");
  cchc_task_set_lead_unit (task, stranger);
  g_assert_false (cchc_store_insert (fixture->store, area, 0, task, &error));
  g_assert_error (error, CCHC_STORE_ERROR, CCHC_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  cchc_task_set_lead_unit (task, NULL);
  g_ptr_array_add (twice, unit);
  g_ptr_array_add (twice, unit);
  cchc_task_set_cooperating_units (task, twice);
  g_assert_false (cchc_store_insert (fixture->store, area, 0, task, &error));
  g_assert_error (error, CCHC_STORE_ERROR, CCHC_STORE_ERROR_INVALID);
  g_clear_error (&error);

  /* A task needs an area: a plan is the wrong parent. */
  cchc_task_set_cooperating_units (task, NULL);
  g_assert_false (cchc_store_insert (fixture->store, plan, 0, task, &error));
  g_assert_error (error, CCHC_STORE_ERROR, CCHC_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* An update to empty text is refused and the live object keeps its text. */
  {
    g_autoptr(CchcTask) v = cchc_record_dup_values (CCHC_RECORD (stored));
    cchc_task_set_text (v, "");
    g_assert_false (cchc_store_update (fixture->store, stored, v, &error));
    g_assert_error (error, CCHC_STORE_ERROR, CCHC_STORE_ERROR_INVALID);
    g_clear_error (&error);
  }
  g_assert_cmpstr (cchc_task_get_text (stored), ==, "kept");
  g_assert_cmpuint (changes->len, ==, 0);
  unwatch (cchc_store_get_tasks (fixture->store, area), changes);

  g_assert_cmpuint (count_rows (fixture->path, "task"), ==, 1);
  g_assert_cmpuint (count_rows (fixture->path, "unit"), ==, 1);
}

static void
test_second_connection (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CchcStore) other = open_store (fixture->path);
  CchcPlan *plan;
  CchcArea *area;

  add_plan (fixture->store, 2022, "Kế hoạch CCHC năm 2022");
  plan = item (cchc_store_get_plans (fixture->store), 0);
  area = add_area (fixture->store, plan, "Cải cách thể chế");
  add_task (fixture->store, area, 0, "Góp ý đối với dự thảo văn bản", NULL);

  g_assert_cmpuint (g_list_model_get_n_items (cchc_store_get_plans (other)), ==, 1);
  plan = item (cchc_store_get_plans (other), 0);
  g_assert_cmpstr (cchc_plan_get_title (plan), ==, "Kế hoạch CCHC năm 2022");
  area = item (cchc_store_get_areas (other, plan), 0);
  g_assert_cmpstr (cchc_task_get_text (item (cchc_store_get_tasks (other, area), 0)), ==,
                   "Góp ý đối với dự thảo văn bản");

  /* And the other way round, for a list the first store has not read yet
   * (lists already shown are not reloaded behind the user's back). */
  {
    g_autoptr(CchcKpi) kpi = cchc_kpi_new ();

    cchc_kpi_set_text (kpi, "100% TTHC thuộc thẩm quyền giải quyết của Sở");
    g_assert_true (cchc_store_insert (other, plan, 0, kpi, &error));
    g_assert_no_error (error);
  }
  plan = item (cchc_store_get_plans (fixture->store), 0);
  g_assert_cmpuint (g_list_model_get_n_items (cchc_store_get_kpis (fixture->store, plan)), ==, 1);
  g_assert_cmpstr (cchc_kpi_get_text (item (cchc_store_get_kpis (fixture->store, plan), 0)), ==,
                   "100% TTHC thuộc thẩm quyền giải quyết của Sở");
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

static char *
dump (const char *path)
{
  g_autoptr(GString) s = g_string_new (NULL);
  const char *tables[] = { "plan", "plan_text", "unit", "area", "task", "task_unit", "kpi",
                           "activity", "report_period" };
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT * FROM %s ORDER BY 1, 2", tables[i]);
      sqlite3_stmt *stmt = NULL;

      g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        {
          g_string_append_printf (s, "%s:", tables[i]);
          for (int c = 0; c < sqlite3_column_count (stmt); c++)
            g_string_append_printf (s, "|%s", sqlite3_column_text (stmt, c) ?: (const guchar *) "∅");
          g_string_append_c (s, '\n');
        }
      sqlite3_finalize (stmt);
    }
  sqlite3_close (db);

  return g_string_free (g_steal_pointer (&s), FALSE);
}

/* A task edited into another area: its values and its place change in
 * one transaction, or neither does (a refused move leaves the text as it
 * was, in the file and on the object). */
static void
test_update_move_to (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  CchcPlan *plan = add_plan (fixture->store, 2022, "P");
  CchcArea *first = add_area (fixture->store, plan, "Cải cách thể chế");
  CchcArea *second = add_area (fixture->store, plan, "Cải cách TTHC");
  GListModel *first_tasks = cchc_store_get_tasks (fixture->store, first);
  GListModel *second_tasks = cchc_store_get_tasks (fixture->store, second);
  CchcTask *a, *b;
  GArray *first_changes, *second_changes;
  char *text;

  a = add_task (fixture->store, first, G_MAXUINT, "a", NULL);
  b = add_task (fixture->store, first, G_MAXUINT, "b", NULL);
  add_task (fixture->store, second, G_MAXUINT, "x", NULL);

  first_changes = watch (first_tasks);
  second_changes = watch (second_tasks);
  {
    g_autoptr(CchcTask) values = cchc_record_dup_values (CCHC_RECORD (a));

    cchc_task_set_text (values, "a2");
    g_assert_true (cchc_store_update_move_to (fixture->store, a, values, second, G_MAXUINT,
                                              &error));
    g_assert_no_error (error);
  }
  g_assert_cmpuint (first_changes->len, ==, 1);
  assert_change (first_changes, 0, 0, 1, 0);
  g_assert_cmpuint (second_changes->len, ==, 1);
  assert_change (second_changes, 0, 1, 0, 1);
  g_assert_cmpstr (cchc_task_get_text (a), ==, "a2");
  g_assert_cmpstr (cchc_task_get_number (a), ==, "2.2");
  g_assert_cmpstr (cchc_task_get_number (b), ==, "1.1");

  /* Values the store refuses (no text) change nothing. */
  g_array_set_size (first_changes, 0);
  g_array_set_size (second_changes, 0);
  {
    g_autoptr(CchcTask) values = cchc_record_dup_values (CCHC_RECORD (b));

    cchc_task_set_text (values, "");
    g_assert_false (cchc_store_update_move_to (fixture->store, b, values, second, 0, &error));
    g_assert_error (error, CCHC_STORE_ERROR, CCHC_STORE_ERROR_INVALID);
    g_clear_error (&error);
  }

  /* A move the database refuses after the values were written undoes
   * the values too. */
  exec_sql (fixture->path,
            "CREATE TRIGGER fail_move AFTER UPDATE OF area_id ON task "
            "BEGIN SELECT RAISE (ABORT, 'injected failure'); END;");
  before = dump (fixture->path);
  {
    g_autoptr(CchcTask) values = cchc_record_dup_values (CCHC_RECORD (b));

    cchc_task_set_text (values, "b2");
    g_assert_false (cchc_store_update_move_to (fixture->store, b, values, second, 0, &error));
    g_assert_nonnull (error);
    g_clear_error (&error);
  }
  after = dump (fixture->path);
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpstr (cchc_task_get_text (b), ==, "b");
  g_assert_cmpuint (first_changes->len, ==, 0);
  g_assert_cmpuint (second_changes->len, ==, 0);
  unwatch (first_tasks, first_changes);
  unwatch (second_tasks, second_changes);
  exec_sql (fixture->path, "DROP TRIGGER fail_move");

  reopen (fixture);
  plan = item (cchc_store_get_plans (fixture->store), 0);
  text = numbers (fixture->store, item (cchc_store_get_areas (fixture->store, plan), 0));
  g_assert_cmpstr (text, ==, "1.1=b");
  g_free (text);
  text = numbers (fixture->store, item (cchc_store_get_areas (fixture->store, plan), 1));
  g_assert_cmpstr (text, ==, "2.1=x 2.2=a2");
  g_free (text);
}

/* A write that the database refuses half-way (a trigger fails after the
 * row was changed) leaves the file and the model as they were. */
static void
test_failed_write (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GPtrArray) coop = g_ptr_array_new ();
  CchcPlan *plan = add_plan (fixture->store, 2022, "P");
  CchcUnit *unit = add_unit (fixture->store, "Văn phòng Sở");
  CchcArea *area = add_area (fixture->store, plan, "A");
  CchcTask *a = add_task (fixture->store, area, 0, "a", unit);
  CchcTask *b = add_task (fixture->store, area, 1, "b", NULL);
  GListModel *tasks = cchc_store_get_tasks (fixture->store, area);
  GArray *changes;

  /* The trigger fires on the cooperating units, written after the task
   * row itself: the first half of the write has happened when it fails. */
  exec_sql (fixture->path,
            "CREATE TRIGGER fail AFTER INSERT ON task_unit "
            "BEGIN SELECT RAISE (ABORT, 'injected failure'); END;");
  before = dump (fixture->path);
  changes = watch (tasks);

  g_ptr_array_add (coop, unit);
  {
    g_autoptr(CchcTask) v = cchc_record_dup_values (CCHC_RECORD (a));
    cchc_task_set_text (v, "changed");
    cchc_task_set_cooperating_units (v, coop);
    g_assert_false (cchc_store_update (fixture->store, a, v, &error));
    g_assert_nonnull (error);
    g_clear_error (&error);
  }
  {
    g_autoptr(CchcTask) fresh = cchc_task_new ();
    cchc_task_set_text (fresh, "new");
    cchc_task_set_cooperating_units (fresh, coop);
    g_assert_false (cchc_store_insert (fixture->store, area, 0, fresh, &error));
    g_assert_nonnull (error);
    g_clear_error (&error);
    g_assert_false (cchc_record_is_stored (CCHC_RECORD (fresh)));
  }

  exec_sql (fixture->path,
            "CREATE TRIGGER fail_move AFTER UPDATE OF position ON task "
            "BEGIN SELECT RAISE (ABORT, 'injected failure'); END;");
  g_free (before);
  before = dump (fixture->path);
  g_assert_false (cchc_store_move (fixture->store, b, 0, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_false (cchc_store_delete (fixture->store, a, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);

  after = dump (fixture->path);
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpuint (changes->len, ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (tasks), ==, 2);
  g_assert_true (item (tasks, 0) == a);
  g_assert_cmpstr (cchc_task_get_text (a), ==, "a");
  g_assert_cmpuint (cchc_task_get_cooperating_units (a)->len, ==, 0);
  g_assert_cmpstr (cchc_task_get_number (b), ==, "1.2");
  g_assert_true (cchc_record_is_stored (CCHC_RECORD (a)));
  unwatch (tasks, changes);

  /* The store still works after the failures. */
  exec_sql (fixture->path, "DROP TRIGGER fail; DROP TRIGGER fail_move;");
  g_assert_true (cchc_store_move (fixture->store, b, 0, &error));
  g_assert_no_error (error);
}

/* Contents built in code may carry units without identity yet. */
static void
test_import_new_unit (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CchcPlanContents) contents = cchc_plan_contents_new ();
  CchcUnit *unit = cchc_unit_new ("Sở Nội vụ", CCHC_UNIT_KIND_OUTSIDE);
  g_autoptr(CchcArea) area = cchc_area_new ();
  GPtrArray *tasks = g_ptr_array_new_with_free_func (g_object_unref);
  CchcTask *task = cchc_task_new ();
  CchcPlan *plan;

  contents->plan = cchc_plan_new ();
  cchc_plan_set_year (contents->plan, 2024);
  g_ptr_array_add (contents->units, unit);
  cchc_area_set_title (area, "Cải cách công vụ");
  g_ptr_array_add (contents->areas, g_object_ref (area));
  cchc_task_set_text (task, "Báo cáo kết quả");
  cchc_task_set_lead_unit (task, unit);
  g_ptr_array_add (tasks, task);
  g_ptr_array_add (contents->tasks, tasks);

  plan = cchc_store_import_plan (fixture->store, contents, CCHC_IMPORT_NEW, &error);
  g_assert_no_error (error);
  g_assert_nonnull (plan);
  g_assert_true (g_uuid_string_is_valid (cchc_record_get_uuid (CCHC_RECORD (unit))));
  g_assert_true (g_uuid_string_is_valid (cchc_record_get_uuid (CCHC_RECORD (plan))));
  g_assert_cmpuint (count_rows (fixture->path, "unit"), ==, 1);
  g_assert_cmpuint (count_rows (fixture->path, "task"), ==, 1);
}

/* The serial moves with every write that commits, and only then. */
static void
test_serial (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(CchcUnit) unit = cchc_unit_new ("Văn phòng Sở", CCHC_UNIT_KIND_INTERNAL);
  g_autoptr(CchcUnit) nameless = cchc_unit_new ("", CCHC_UNIT_KIND_INTERNAL);
  g_autoptr(GError) error = NULL;
  guint64 serial = cchc_store_get_serial (fixture->store);

  g_list_model_get_n_items (cchc_store_get_units (fixture->store));
  g_assert_cmpuint (cchc_store_get_serial (fixture->store), ==, serial);

  g_assert_true (cchc_store_insert (fixture->store, NULL, 0, unit, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (cchc_store_get_serial (fixture->store), !=, serial);

  serial = cchc_store_get_serial (fixture->store);
  g_assert_false (cchc_store_insert (fixture->store, NULL, 0, nameless, &error));
  g_assert_nonnull (error);
  g_assert_cmpuint (cchc_store_get_serial (fixture->store), ==, serial);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/store/plan/crud", test_plan_crud);
  ADD ("/store/serial", test_serial);
  ADD ("/store/entities/reopen", test_entities_reopen);
  ADD ("/store/entities/update-delete", test_update_and_delete_each);
  ADD ("/store/order/tasks", test_order_tasks);
  ADD ("/store/order/move-to-area", test_move_to_area);
  ADD ("/store/order/update-move-to", test_update_move_to);
  ADD ("/store/items-changed", test_items_changed);
  ADD ("/store/cascade/plan", test_cascade);
  ADD ("/store/refuse/unit-in-use", test_unit_in_use);
  ADD ("/store/copy-plan", test_copy_plan);
  ADD ("/store/text/verbatim", test_text_verbatim);
  ADD ("/store/invalid", test_invalid);
  ADD ("/store/second-connection", test_second_connection);
  ADD ("/store/failed-write", test_failed_write);
  ADD ("/store/import/new-unit", test_import_new_unit);

#undef ADD

  return g_test_run ();
}
