/* bench-tasks.c: how the Tasks page behaves on a plan of 10,000 tasks
 *
 * Prints figures, asserts nothing (performance is measured, not tested):
 *   - time from showing a plan to the first frame of the Tasks page drawn;
 *   - time per search keystroke, from the text to the next frame drawn;
 *   - time for one edit to reach the database and the list;
 *   - the page faults in each (fresh memory touched), and what one costs
 *     on this machine, where the system counts them.
 *
 * Run: xvfb-run -a env GSK_RENDERER=cairo _build/benchmarks/bench-tasks [N_TASKS]
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <gtk/gtk.h>
#include <string.h>

#ifdef G_OS_UNIX
#include <sys/resource.h>
#endif

#include "cchc-area.h"
#include "cchc-gui-utils.h"
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

/* Memory the process touches for the first time costs a page fault a
 * page (4 KiB), a cost of the machine: the first redraw of the whole
 * table after start, for one, touches megabytes of drawing buffers. The
 * figures count them where the system tells (-1 elsewhere). */
static long
page_faults (void)
{
#ifdef G_OS_UNIX
  struct rusage usage;

  if (getrusage (RUSAGE_SELF, &usage) == 0)
    return usage.ru_minflt;
#endif
  return -1;
}

/* What a page fault costs on this machine: 8 MiB of fresh memory written
 * the first time, and again. */
static void
print_page_fault_cost (void)
{
  gsize size = 8 << 20;
  char *memory = g_malloc (size);  /* large: fresh pages from the system */
  long faults = page_faults ();
  gint64 start = g_get_monotonic_time ();
  double first, again;

  memset (memory, 1, size);
  first = (g_get_monotonic_time () - start) / 1000.0;
  faults = page_faults () - faults;
  start = g_get_monotonic_time ();
  memset (memory, 2, size);
  again = (g_get_monotonic_time () - start) / 1000.0;
  g_free (memory);

  g_print ("fresh memory: 8 MiB written in %.1f ms the first time (%ld page faults, %.1f µs each), "
           "%.1f ms the second\n",
           first, faults, faults > 0 ? first * 1000 / faults : 0.0, again);
}

/* The time the main loop spent waiting in poll(): work is the time it
 * did not. */
static gint64 polled;
static GPollFunc default_poll;

static int
timed_poll (GPollFD *fds,
            guint    n_fds,
            int      timeout)
{
  gint64 start = g_get_monotonic_time ();
  int result = default_poll (fds, n_fds, timeout);

  polled += g_get_monotonic_time () - start;

  return result;
}

typedef struct
{
  gint64 painted;
  gint64 polled;
} Frame;

static void
on_after_paint_cb (GdkFrameClock *clock,
                   Frame         *frame)
{
  if (frame->painted == 0)
    {
      frame->painted = g_get_monotonic_time ();
      frame->polled = polled;
    }
}

/* Runs the main loop until the window has drawn a frame after @since.
 * @work, if given, gets the time spent working since @since (@polled_since
 * the value of "polled" then): all of it but the waits in poll(), for
 * the frame clock's tick among others. */
static double
wait_for_frame (GtkWidget *window,
                gint64     since,
                gint64     polled_since,
                double    *work)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (window);
  Frame frame = { 0, 0 };
  gulong after = g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint_cb),
                                   &frame);

  gtk_widget_queue_draw (window);
  while (frame.painted == 0)
    g_main_context_iteration (NULL, TRUE);
  g_signal_handler_disconnect (clock, after);

  if (work != NULL)
    *work = ((frame.painted - since) - (frame.polled - polled_since)) / 1000.0;

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

/* The keys come at moments that bear no relation to the frame clock's
 * ticks, as a typist's do: 100 ms apart and a random part of a 60 Hz
 * frame more. (At exactly 100 ms, six frames, every key came just after
 * a tick and waited nearly a whole frame for the next.) */
static GRand *key_rand;

static void
settle_between_keys (void)
{
  settle (100 + g_rand_int_range (key_rand, 0, 17));
}

/* The time from asking for a frame with nothing to change to the frame
 * drawn: what the frame clock waits by itself, part of any figure
 * measured "to the next frame". */
static void
print_idle_frame (GtkWidget *window)
{
  double total = 0, worst = 0;

  for (guint i = 0; i < 20; i++)
    {
      double ms;

      settle_between_keys ();
      ms = wait_for_frame (window, g_get_monotonic_time (), 0, NULL);
      total += ms;
      worst = MAX (worst, ms);
    }
  g_print ("  a frame with nothing to do, for comparison: mean %.1f ms, worst %.1f ms\n",
           total / 20, worst);
}

/* Types @query into @entry a key at a time, at a fast typist's pace
 * (about 100 ms apart), and prints the time from each text to the next frame
 * drawn and the work in it; then empties the entry. */
static void
type_query (GtkWidget  *window,
            GtkWidget  *entry,
            const char *query,
            const char *pass)
{
  guint n_keys = strlen (query);
  double total = 0, worst = 0, work_total = 0, work_worst = 0;
  g_autoptr(GString) works = g_string_new (NULL);
  g_autoptr(GString) faults = g_string_new (NULL);

  for (guint i = 1; i <= n_keys; i++)
    {
      g_autofree char *typed = g_strndup (query, i);
      long faults_then = page_faults ();
      gint64 start = g_get_monotonic_time ();
      gint64 polled_then = polled;
      double ms, work;

      gtk_editable_set_text (GTK_EDITABLE (entry), typed);  /* as a key does */
      ms = wait_for_frame (window, start, polled_then, &work);
      total += ms;
      worst = MAX (worst, ms);
      work_total += work;
      work_worst = MAX (work_worst, work);
      g_string_append_printf (works, " %.0f", work);
      g_string_append_printf (faults, " %ld", page_faults () - faults_then);
      settle_between_keys ();
    }
  g_print ("search keystroke, %s (\"%s\", %u keys): mean %.1f ms, worst %.1f ms (goal ≤ 16)\n",
           pass, query, n_keys, total / n_keys, worst);
  g_print ("  of which work, the rest waits for the frame clock: mean %.1f ms, worst %.1f ms\n",
           work_total / n_keys, work_worst);
  g_print ("  work for each key (ms):%s\n", works->str);
  if (page_faults () >= 0)
    g_print ("  page faults for each key:%s\n", faults->str);

  gtk_editable_set_text (GTK_EDITABLE (entry), "");
  settle (300);
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
  double total;
  long faults;
  CchcPlan *plan;
  CchcArea *area;
  CchcTask *task;
  gint64 start;

  gtk_init ();
  key_rand = g_rand_new_with_seed (2022);
  default_poll = g_main_context_get_poll_func (NULL);
  g_main_context_set_poll_func (NULL, timed_poll);
  cchc_install_style ();  /* as the application does */
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

  faults = page_faults ();
  start = g_get_monotonic_time ();
  cchc_task_page_set_plan (CCHC_TASK_PAGE (page), plan);
  g_print ("first frame of the Tasks page: %.1f ms (goal ≤ 300)\n",
           wait_for_frame (window, start, 0, NULL));
  if (faults >= 0)
    g_print ("  page faults: %ld\n", page_faults () - faults);
  settle (200);

  /* Each keystroke: the entry's new text, its "search-changed" (at once:
   * the page filters at each key, not after GTK's pause of 150 ms), the
   * page's search, the next frame.
   * The first time, the table is drawn whole for the first time since the
   * first frame, which costs more (the drawing surfaces grow); the second
   * time shows the keys' own cost, with the rows' heights known from the
   * first; another query then shows rows not all seen before. */
  entry = cchc_task_page_get_widget (CCHC_TASK_PAGE (page), "search_entry");
  type_query (window, entry, query, "first time");
  type_query (window, entry, query, "second time");
  type_query (window, entry, "van ban", "another query");
  print_idle_frame (window);
  print_page_fault_cost ();

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
  g_rand_free (key_rand);

  return 0;
}
