/* bench-tasks.c: how the Tasks page behaves on a plan of 10,000 tasks
 *
 * Prints figures, asserts nothing (performance is measured, not tested):
 *   - time from showing a plan to the first frame of the Tasks page drawn;
 *   - time per search keystroke, from the text to the next frame drawn;
 *   - time for one edit to reach the database and the list.
 *
 * Run: xvfb-run -a env GSK_RENDERER=cairo _build/benchmarks/bench-tasks [N_TASKS]
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <gtk/gtk.h>

#include "cchc-area.h"
#include "cchc-history.h"
#include "cchc-plan.h"
#include "cchc-task-page.h"
#include "cchc-task.h"
#include "cchc-unit.h"

#define N_AREAS 10

static const char *words[] = {
  "Xây dựng", "kế hoạch", "tuyên truyền", "cải cách", "hành chính", "thủ tục", "rà soát",
  "văn bản", "quy phạm", "pháp luật", "chuyển đổi số", "đơn vị", "trực thuộc", "Sở",
};

static CchcPlan *
build_plan (CchcStore *store,
            guint      n_tasks)
{
  g_autoptr(CchcPlanContents) contents = cchc_plan_contents_new ();
  g_autoptr(GRand) rand = g_rand_new_with_seed (2022);
  g_autoptr(GError) error = NULL;
  CchcUnit *units[4];
  CchcPlan *plan;

  contents->plan = cchc_plan_new ();
  cchc_plan_set_year (contents->plan, 2022);
  cchc_plan_set_title (contents->plan, "Kế hoạch thử 10.000 nhiệm vụ");
  for (guint i = 0; i < G_N_ELEMENTS (units); i++)
    {
      g_autofree char *name = g_strdup_printf ("Phòng %u", i + 1);

      units[i] = cchc_unit_new (name, CCHC_UNIT_KIND_INTERNAL);
      g_ptr_array_add (contents->units, units[i]);
    }

  for (guint a = 0; a < N_AREAS; a++)
    {
      CchcArea *area = cchc_area_new ();
      GPtrArray *tasks = g_ptr_array_new_with_free_func (g_object_unref);
      g_autofree char *title = g_strdup_printf ("Lĩnh vực %u", a + 1);

      cchc_area_set_title (area, title);
      g_ptr_array_add (contents->areas, area);
      for (guint t = a; t < n_tasks; t += N_AREAS)
        {
          CchcTask *task = cchc_task_new ();
          GString *text = g_string_new (NULL);

          for (guint w = 0; w < 12; w++)
            g_string_append_printf (text, "%s%s", w > 0 ? " " : "",
                                    words[g_rand_int_range (rand, 0, G_N_ELEMENTS (words))]);
          cchc_task_set_text (task, text->str);
          cchc_task_set_product (task, "Kế hoạch");
          cchc_task_set_lead_unit (task, units[t % G_N_ELEMENTS (units)]);
          g_ptr_array_add (tasks, task);
          g_string_free (text, TRUE);
        }
      g_ptr_array_add (contents->tasks, tasks);
    }

  plan = cchc_store_import_plan (store, contents, CCHC_IMPORT_NEW, &error);
  if (plan == NULL)
    g_error ("%s", error->message);
  return plan;
}

typedef struct
{
  gint64 frame_started;
  gint64 painted;
} Frame;

static void
on_before_paint_cb (GdkFrameClock *clock,
                    Frame         *frame)
{
  if (frame->painted == 0)
    frame->frame_started = g_get_monotonic_time ();
}

static void
on_after_paint_cb (GdkFrameClock *clock,
                   Frame         *frame)
{
  if (frame->painted == 0)
    frame->painted = g_get_monotonic_time ();
}

/* Runs the main loop until the window has drawn a frame after @since.
 * @work, if given, gets the time spent working: from @since to @worked
 * (the end of the caller's own handling) and in the frame itself, from its
 * start to its end, leaving out the wait for the frame clock's tick. */
static double
wait_for_frame (GtkWidget *window,
                gint64     since,
                gint64     worked,
                double    *work)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (window);
  Frame frame = { 0, 0 };
  gulong before = g_signal_connect (clock, "before-paint", G_CALLBACK (on_before_paint_cb),
                                    &frame);
  gulong after = g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint_cb),
                                   &frame);

  gtk_widget_queue_draw (window);
  while (frame.painted == 0)
    g_main_context_iteration (NULL, TRUE);
  g_signal_handler_disconnect (clock, before);
  g_signal_handler_disconnect (clock, after);

  if (work != NULL)
    *work = ((worked - since) + (frame.painted - frame.frame_started)) / 1000.0;

  return (frame.painted - since) / 1000.0;
}

static gboolean
on_settled_cb (gpointer data)
{
  *(gboolean *) data = TRUE;

  return G_SOURCE_REMOVE;
}

/* Runs the main loop for @msec, sleeping while there is nothing to do. */
static void
settle (guint msec)
{
  gboolean settled = FALSE;

  g_timeout_add (msec, on_settled_cb, &settled);
  while (!settled)
    g_main_context_iteration (NULL, TRUE);
}

/* The time from asking for a frame with nothing to change to the frame
 * drawn: what the frame clock waits by itself, the floor of any figure
 * measured "to the next frame". */
static double
measure_idle_frame (GtkWidget *window)
{
  double total = 0;

  for (guint i = 0; i < 10; i++)
    {
      settle (50);
      total += wait_for_frame (window, g_get_monotonic_time (), 0, NULL);
    }

  return total / 10;
}

int
main (int   argc,
      char *argv[])
{
  const char *query = "tuyen truyen";
  guint n_tasks = argc > 1 ? (guint) g_ascii_strtoull (argv[1], NULL, 10) : 10000;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("cchc-bench-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "bench.db", NULL);
  g_autoptr(CchcStore) store = NULL;
  g_autoptr(CchcHistory) history = NULL;
  GtkWidget *window, *page, *entry;
  double total = 0, worst = 0, work_total = 0, work_worst = 0;
  g_autoptr(GString) works = g_string_new (NULL);
  CchcPlan *plan;
  CchcArea *area;
  CchcTask *task;
  gint64 start;

  gtk_init ();
  store = cchc_store_open (path, CCHC_STORE_FLAGS_NONE, &error);
  g_assert_no_error (error);

  start = g_get_monotonic_time ();
  plan = build_plan (store, n_tasks);
  g_print ("tasks: %u in %d areas\n", n_tasks, N_AREAS);
  g_print ("import into the database: %.1f ms\n", (g_get_monotonic_time () - start) / 1000.0);

  history = cchc_history_new (store);
  window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (window), 1400, 900);
  page = cchc_task_page_new (history);
  gtk_window_set_child (GTK_WINDOW (window), page);
  gtk_window_present (GTK_WINDOW (window));
  while (!gtk_widget_get_mapped (page))
    g_main_context_iteration (NULL, TRUE);
  settle (200);

  start = g_get_monotonic_time ();
  cchc_task_page_set_plan (CCHC_TASK_PAGE (page), plan);
  g_print ("first frame of the Tasks page: %.1f ms (goal ≤ 300)\n",
           wait_for_frame (window, start, 0, NULL));
  settle (200);

  /* Each keystroke: the text, the page's search handler, the next frame. */
  entry = cchc_task_page_get_widget (CCHC_TASK_PAGE (page), "search_entry");
  for (guint i = 1; i <= strlen (query); i++)
    {
      g_autofree char *typed = g_strndup (query, i);
      double ms, work;

      start = g_get_monotonic_time ();
      gtk_editable_set_text (GTK_EDITABLE (entry), typed);
      g_signal_emit_by_name (entry, "search-changed");
      ms = wait_for_frame (window, start, g_get_monotonic_time (), &work);
      total += ms;
      worst = MAX (worst, ms);
      work_total += work;
      work_worst = MAX (work_worst, work);
      g_string_append_printf (works, " %.0f", work);
      settle (100);  /* a fast typist's pace */
    }
  g_print ("search keystroke (\"%s\", %u keys): mean %.1f ms, worst %.1f ms (goal ≤ 16)\n",
           query, (guint) strlen (query), total / strlen (query), worst);
  g_print ("  of which work, without the wait for the frame clock: mean %.1f ms, worst %.1f ms\n",
           work_total / strlen (query), work_worst);
  g_print ("  work for each key (ms):%s\n", works->str);
  g_print ("  a frame with nothing to do, for comparison: %.1f ms\n", measure_idle_frame (window));
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
  g_signal_emit_by_name (entry, "search-changed");
  settle (300);

  /* One edit: the database transaction and the list's items-changed. */
  area = g_list_model_get_item (cchc_store_get_areas (store, plan), N_AREAS / 2);
  task = g_list_model_get_item (cchc_store_get_tasks (store, area), 0);
  total = 0;
  for (guint i = 0; i < 20; i++)
    {
      g_autoptr(CchcTask) values = cchc_record_dup_values (CCHC_RECORD (task));
      g_autofree char *text = g_strdup_printf ("Nhiệm vụ đã sửa lần %u", i + 1);

      cchc_task_set_text (values, text);
      start = g_get_monotonic_time ();
      if (!cchc_history_update (history, task, values, &error))
        g_error ("%s", error->message);
      total += (g_get_monotonic_time () - start) / 1000.0;
    }
  g_print ("edit to database and list: mean %.2f ms over 20 edits (goal ≤ 10)\n", total / 20);
  start = g_get_monotonic_time ();
  {
    g_autoptr(CchcTask) values = cchc_record_dup_values (CCHC_RECORD (task));

    cchc_task_set_text (values, "Nhiệm vụ đã sửa, lần cuối");
    cchc_history_update (history, task, values, NULL);
  }
  g_print ("edit to the next frame drawn: %.1f ms\n", wait_for_frame (window, start, 0, NULL));

  g_object_unref (task);
  g_object_unref (area);
  gtk_window_destroy (GTK_WINDOW (window));
  g_clear_object (&history);
  g_clear_object (&store);
  {
    g_autofree char *wal = g_strconcat (path, "-wal", NULL);
    g_autofree char *shm = g_strconcat (path, "-shm", NULL);

    g_remove (path);
    g_remove (wal);
    g_remove (shm);
    g_rmdir (dir);
  }

  return 0;
}
