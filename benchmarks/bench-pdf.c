/* bench-pdf.c: PDF export time and page count of plans of 1,000 and 10,000 tasks
 *
 * Prints figures; asserts nothing. Usage: bench-pdf [N_TASKS…]
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include "cchc-area.h"
#include "cchc-pdf.h"
#include "cchc-plan.h"
#include "cchc-task.h"
#include "cchc-timeframe.h"
#include "cchc-unit.h"

#define N_AREAS 10

static const char *words[] = {
  "Xây dựng", "kế hoạch", "tuyên truyền", "cải cách", "hành chính", "thủ tục", "rà soát",
  "văn bản", "quy phạm", "pháp luật", "chuyển đổi số", "đơn vị", "trực thuộc", "Sở",
};

/* Tasks of 8 to 40 words, as in real plans, with a product, a lead unit,
 * a cooperating unit and a timeframe each. */
static GPtrArray *
build_tasks (GRand     *rand,
             CchcUnit **units,
             guint      area,
             guint      n_tasks)
{
  GPtrArray *tasks = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint t = area; t < n_tasks; t += N_AREAS)
    {
      g_autoptr(CchcTimeframe) timeframe = cchc_timeframe_new_quarters (CCHC_QUARTER (1 + t % 4),
                                                                        2030);
      g_autoptr(GPtrArray) cooperating = g_ptr_array_new ();
      g_autoptr(GString) text = g_string_new (NULL);
      CchcTask *task = cchc_task_new ();
      guint n_words = g_rand_int_range (rand, 8, 41);

      for (guint w = 0; w < n_words; w++)
        g_string_append_printf (text, "%s%s", w > 0 ? " " : "",
                                words[g_rand_int_range (rand, 0, G_N_ELEMENTS (words))]);
      g_ptr_array_add (cooperating, units[(t + 1) % 4]);
      cchc_task_set_text (task, text->str);
      cchc_task_set_product (task, "Kế hoạch, báo cáo");
      cchc_task_set_lead_unit (task, units[t % 4]);
      cchc_task_set_cooperating_units (task, cooperating);
      cchc_task_set_timeframe (task, timeframe);
      g_ptr_array_add (tasks, task);
    }

  return tasks;
}

static CchcPlan *
build_plan (CchcStore *store,
            guint      n_tasks)
{
  g_autoptr(CchcPlanContents) contents = cchc_plan_contents_new ();
  g_autoptr(GRand) rand = g_rand_new_with_seed (2030);
  g_autoptr(GError) error = NULL;
  CchcUnit *units[4];
  CchcPlan *plan;

  contents->plan = cchc_plan_new ();
  cchc_plan_set_year (contents->plan, 2030);
  cchc_plan_set_title (contents->plan, "Cải cách hành chính năm 2030");
  for (guint i = 0; i < G_N_ELEMENTS (units); i++)
    {
      g_autofree char *name = g_strdup_printf ("Phòng Chuyên môn số %u", i + 1);

      units[i] = cchc_unit_new (name, CCHC_UNIT_KIND_INTERNAL);
      g_ptr_array_add (contents->units, units[i]);
    }

  for (guint a = 0; a < N_AREAS; a++)
    {
      CchcArea *area = cchc_area_new ();
      g_autofree char *title = g_strdup_printf ("Lĩnh vực cải cách số %u", a + 1);

      cchc_area_set_title (area, title);
      g_ptr_array_add (contents->areas, area);
      g_ptr_array_add (contents->tasks, build_tasks (rand, units, a, n_tasks));
    }

  plan = cchc_store_import_plan (store, contents, CCHC_IMPORT_NEW, &error);
  if (plan == NULL)
    g_error ("%s", error->message);

  return plan;
}

static void
bench (const char       *dir,
       guint             n_tasks,
       CchcDocumentKind  kind,
       const char       *name)
{
  g_autoptr(CchcStore) store = cchc_store_open (":memory:", CCHC_STORE_FLAGS_NONE, NULL);
  g_autoptr(CchcPageOptions) options = cchc_page_options_new ();
  g_autofree char *path = g_strdup_printf ("%s/%s-%u.pdf", dir, name, n_tasks);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(CchcDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  CchcPlan *plan = build_plan (store, n_tasks);
  gint64 start, built, written;
  guint n_pages = 0;
  GStatBuf st;

  start = g_get_monotonic_time ();
  document = cchc_document_new_for_plan (store, plan, kind, options);
  built = g_get_monotonic_time ();
  if (!cchc_pdf_write (document, options, file, NULL, NULL, &n_pages, NULL, &error))
    g_error ("%s", error->message);
  written = g_get_monotonic_time ();
  g_stat (path, &st);

  g_print ("%-6s %6u tasks  %5u pages  document %6.1f ms  layout+PDF %7.1f ms  "
           "%5.2f ms/page  %6.1f MB\n", name, n_tasks, n_pages, (built - start) / 1000.0,
           (written - built) / 1000.0, (written - built) / 1000.0 / n_pages,
           st.st_size / 1e6);
  g_remove (path);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *dir = g_dir_make_tmp ("bench-pdf-XXXXXX", NULL);
  guint sizes[8] = { 1000, 10000 };
  guint n_sizes = 2;

  if (argc > 1)
    {
      n_sizes = 0;
      for (int i = 1; i < argc && n_sizes < G_N_ELEMENTS (sizes); i++)
        sizes[n_sizes++] = (guint) g_ascii_strtoull (argv[i], NULL, 10);
    }

  for (guint i = 0; i < n_sizes; i++)
    bench (dir, sizes[i], CCHC_DOCUMENT_TABLE, "table");
  for (guint i = 0; i < n_sizes; i++)
    bench (dir, sizes[i], CCHC_DOCUMENT_PLAN, "plan");

  g_rmdir (dir);

  return 0;
}
