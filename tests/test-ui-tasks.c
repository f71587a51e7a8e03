/* test-ui-tasks.c: the task table and the task editor, in Vietnamese
 *
 * Each test loads the real 2022 plan into a database file, shows the task
 * page in a window, drives its widgets and checks the widgets, the models
 * and the file (read back through a second, read-only store).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <gtk/gtk.h>

#include "ui-helpers.h"
#include "cchc-area.h"
#include "cchc-area-editor.h"
#include "cchc-exchange.h"
#include "cchc-gui-utils.h"
#include "cchc-history.h"
#include "cchc-list-helpers.h"
#include "cchc-plan.h"
#include "cchc-store.h"
#include "cchc-task.h"
#include "cchc-task-editor.h"
#include "cchc-task-page.h"
#include "cchc-task-cell.h"
#include "cchc-task-rows.h"
#include "cchc-text.h"
#include "cchc-timeframe.h"
#include "cchc-unit.h"

#define N_AREAS 7
#define N_TASKS 24

typedef struct
{
  char         *dir;
  char         *path;
  CchcStore    *store;
  CchcHistory  *history;
  CchcPlan     *plan;
  GtkWindow    *window;
  CchcTaskPage *page;
  /* The rows as items-changed told them, one by one */
  GPtrArray    *mirror;
} Fixture;

/* Main loop and widgets ----------------------------------------------- */





/* The text of a label, or of a cell of the task table. */
static const char *
get_widget_text (GtkWidget *widget)
{
  if (GTK_IS_LABEL (widget))
    return gtk_label_get_text (GTK_LABEL (widget));
  if (CCHC_IS_TASK_CELL (widget))
    return cchc_task_cell_get_text (CCHC_TASK_CELL (widget));

  return NULL;
}

/* The label (or table cell) under @widget that shows @text (or starts
 * with it) and is mapped, that is on screen. */
static GtkWidget *
find_mapped_label (GtkWidget  *widget,
                   const char *text,
                   gboolean    prefix)
{
  const char *shown = get_widget_text (widget);

  if (shown != NULL && gtk_widget_get_mapped (widget) &&
      (prefix ? g_str_has_prefix (shown, text) : g_str_equal (shown, text)))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_mapped_label (child, text, prefix);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* The same, once it is on screen (a placeholder shown, a row drawn). */
static GtkWidget *
wait_for_mapped_label (GtkWidget  *widget,
                       const char *text)
{
  GtkWidget *label = NULL;

  for (guint i = 0; i < 100 && label == NULL; i++)
    {
      run_main_loop (20);
      label = find_mapped_label (widget, text, FALSE);
    }
  g_assert_nonnull (label);

  return label;
}

/* Every string of @widget is in @vietnamese's language: none of @english
 * shows, each of @vietnamese does. */
static void
assert_translated (GtkWidget          *widget,
                   const char * const *english,
                   const char * const *vietnamese)
{
  g_autoptr(GPtrArray) strings = g_ptr_array_new_with_free_func (g_free);

  collect_ui_strings (widget, strings);
  for (guint i = 0; i < strings->len; i++)
    for (guint j = 0; english[j] != NULL; j++)
      if (g_str_equal (g_ptr_array_index (strings, i), english[j]))
        g_error ("“%s” is shown untranslated", english[j]);

  for (guint j = 0; vietnamese[j] != NULL; j++)
    if (!g_ptr_array_find_with_equal_func (strings, vietnamese[j], g_str_equal, NULL))
      g_error ("“%s” is not shown", vietnamese[j]);
}


/* Fixture ------------------------------------------------------------ */

/* Follows the rows by their items-changed alone: if every change is
 * exact, the mirror always holds the rows the model holds. */
static void
on_mirror_items_changed_cb (GListModel *rows,
                            guint       position,
                            guint       removed,
                            guint       added,
                            GPtrArray  *mirror)
{
  g_assert_cmpuint (position + removed, <=, mirror->len);
  g_ptr_array_remove_range (mirror, position, removed);
  for (guint i = 0; i < added; i++)
    g_ptr_array_insert (mirror, position + i, g_list_model_get_item (rows, position + i));
  g_assert_cmpuint (mirror->len, ==, g_list_model_get_n_items (rows));
}

static void
start_mirror (Fixture *f)
{
  GListModel *rows = G_LIST_MODEL (cchc_task_page_get_rows (f->page));

  f->mirror = g_ptr_array_new_with_free_func (g_object_unref);
  on_mirror_items_changed_cb (rows, 0, 0, g_list_model_get_n_items (rows), f->mirror);
  g_signal_connect (rows, "items-changed", G_CALLBACK (on_mirror_items_changed_cb), f->mirror);
}

static void
assert_mirror (Fixture *f)
{
  GListModel *rows = G_LIST_MODEL (cchc_task_page_get_rows (f->page));

  g_assert_cmpuint (f->mirror->len, ==, g_list_model_get_n_items (rows));
  for (guint i = 0; i < f->mirror->len; i++)
    {
      g_autoptr(GObject) row = g_list_model_get_item (rows, i);

      g_assert_true (row == g_ptr_array_index (f->mirror, i));
    }
}

static void
stop_mirror (Fixture *f)
{
  g_signal_handlers_disconnect_by_func (cchc_task_page_get_rows (f->page),
                                        on_mirror_items_changed_cb, f->mirror);
  g_clear_pointer (&f->mirror, g_ptr_array_unref);
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  GtkWidget *page;

  f->dir = g_dir_make_tmp ("cchc-test-ui-tasks-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "plans.db", NULL);
  f->store = cchc_store_open (f->path, CCHC_STORE_FLAGS_NONE, &error);
  g_assert_no_error (error);
  f->plan = cchc_exchange_import_sample (f->store, &error);
  g_assert_no_error (error);
  g_assert_nonnull (f->plan);
  f->history = cchc_history_new (f->store);

  page = cchc_task_page_new (f->history);
  f->page = CCHC_TASK_PAGE (page);
  cchc_task_page_set_plan (f->page, f->plan);
  g_assert_true (cchc_task_page_get_plan (f->page) == f->plan);
  start_mirror (f);

  f->window = GTK_WINDOW (gtk_window_new ());
  /* As large as the default screen of xvfb-run allows. */
  gtk_window_set_default_size (f->window, 1280, 900);
  gtk_window_set_child (f->window, page);
  gtk_window_present (f->window);
  wait_until_mapped (GTK_WIDGET (f->window));
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  GtkWindow *editor;

  while ((editor = find_window (CCHC_TYPE_TASK_EDITOR, NULL)) != NULL ||
         (editor = find_window (CCHC_TYPE_AREA_EDITOR, NULL)) != NULL ||
         (editor = find_window (GTK_TYPE_MESSAGE_DIALOG, NULL)) != NULL)
    gtk_window_destroy (editor);
  assert_mirror (f);
  stop_mirror (f);
  gtk_window_destroy (f->window);
  run_main_loop (50);

  g_clear_object (&f->history);
  g_assert_finalize_object (g_steal_pointer (&f->store));
  remove_tree (f->dir);
  g_clear_pointer (&f->dir, g_free);
  g_clear_pointer (&f->path, g_free);
}

/* Models and the file ------------------------------------------------ */

static CchcArea *
get_area (CchcStore *store,
          CchcPlan  *plan,
          guint      index)
{
  g_autoptr(CchcArea) area = g_list_model_get_item (cchc_store_get_areas (store, plan), index);

  return area;
}

static CchcTask *
get_task (CchcStore *store,
          CchcArea  *area,
          guint      index)
{
  g_autoptr(CchcTask) task = g_list_model_get_item (cchc_store_get_tasks (store, area), index);

  return task;
}

static GListModel *
get_rows (Fixture *f)
{
  return G_LIST_MODEL (cchc_task_page_get_rows (f->page));
}

static gpointer
get_row (Fixture *f,
         guint    position)
{
  g_autoptr(GObject) item = g_list_model_get_item (get_rows (f), position);

  return item;
}

static guint
find_row (Fixture  *f,
          gpointer  item)
{
  guint n_rows = g_list_model_get_n_items (get_rows (f));

  for (guint i = 0; i < n_rows; i++)
    if (get_row (f, i) == item)
      return i;

  return G_MAXUINT;
}

static void
count_rows (Fixture *f,
            guint   *n_areas,
            guint   *n_tasks)
{
  guint n_rows = g_list_model_get_n_items (get_rows (f));

  *n_areas = *n_tasks = 0;
  for (guint i = 0; i < n_rows; i++)
    {
      if (CCHC_IS_AREA (get_row (f, i)))
        (*n_areas)++;
      else if (CCHC_IS_TASK (get_row (f, i)))
        (*n_tasks)++;
    }
}

static void
select_item (Fixture  *f,
             gpointer  item)
{
  guint position = find_row (f, item);

  g_assert_cmpuint (position, !=, G_MAXUINT);
  g_assert_true (gtk_selection_model_select_item (cchc_task_page_get_rows (f->page),
                                                  position, TRUE));
  run_main_loop (50);
}

static void
activate (Fixture    *f,
          const char *action)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), action, NULL));
  run_main_loop (100);
}

static gboolean
button_enabled (Fixture    *f,
                const char *name)
{
  GtkWidget *button = cchc_task_page_get_widget (f->page, name);

  g_assert_nonnull (button);
  return gtk_widget_is_sensitive (button);
}

/* The same file as another program would read it. */
static CchcStore *
open_file (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  CchcStore *store = cchc_store_open (f->path, CCHC_STORE_FLAGS_READ_ONLY, &error);

  g_assert_no_error (error);
  return store;
}

static CchcArea *
get_file_area (CchcStore *file,
               guint      index)
{
  g_autoptr(CchcPlan) plan = g_list_model_get_item (cchc_store_get_plans (file), 0);

  return get_area (file, plan, index);
}

static guint
count_file_tasks (CchcStore *file,
                  guint      area_index)
{
  return g_list_model_get_n_items (cchc_store_get_tasks (file, get_file_area (file, area_index)));
}

static void
set_search (Fixture    *f,
            const char *text)
{
  GtkWidget *entry = cchc_task_page_get_widget (f->page, "search_entry");

  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  /* The page filters at the next main loop iteration. */
  run_main_loop (400);
}

static const char *
status_text (Fixture *f)
{
  return gtk_label_get_text (GTK_LABEL (cchc_task_page_get_widget (f->page, "status_label")));
}

static GtkWidget *
page_widget (Fixture    *f,
             const char *name)
{
  GtkWidget *widget = cchc_task_page_get_widget (f->page, name);

  g_assert_nonnull (widget);
  return widget;
}

static GtkColumnViewColumn *
get_column (Fixture *f,
            guint    index)
{
  GListModel *columns = gtk_column_view_get_columns (cchc_task_page_get_column_view (f->page));
  g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, index);

  return column;
}

/* What is shown below the toolbar: "table", "no-areas" or "no-match";
 * one of them only. */
static const char *
content_shown (Fixture *f)
{
  const char *names[] = { "table", "no-areas", "no-match" };
  const char *ids[] = { "table_window", "no_areas_placeholder", "no_match_placeholder" };
  const char *shown = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    if (gtk_widget_get_visible (page_widget (f, ids[i])))
      {
        g_assert_null (shown);
        shown = names[i];
      }

  return shown;
}

static gpointer
get_selected (Fixture *f)
{
  return gtk_single_selection_get_selected_item (
    GTK_SINGLE_SELECTION (cchc_task_page_get_rows (f->page)));
}

/* The editor --------------------------------------------------------- */

static CchcTaskEditor *
wait_for_editor (void)
{
  GtkWindow *editor = NULL;

  for (guint i = 0; i < 100 && editor == NULL; i++)
    {
      run_main_loop (20);
      editor = find_window (CCHC_TYPE_TASK_EDITOR, NULL);
    }
  g_assert_nonnull (editor);
  wait_until_mapped (GTK_WIDGET (editor));

  return CCHC_TASK_EDITOR (editor);
}

static GtkWidget *
field (CchcTaskEditor *editor,
       const char     *name)
{
  GtkWidget *widget = cchc_task_editor_get_field (editor, name);

  g_assert_nonnull (widget);
  return widget;
}

static void
set_view_text (CchcTaskEditor *editor,
               const char     *name,
               const char     *text)
{
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (field (editor, name))),
                            text, -1);
}

static void
set_entry_text (CchcTaskEditor *editor,
                const char     *name,
                const char     *text)
{
  gtk_editable_set_text (GTK_EDITABLE (field (editor, name)), text);
}

static void
click (GtkWidget *button)
{
  g_signal_emit_by_name (button, "clicked");
  run_main_loop (100);
}

static const char *
preview_text (CchcTaskEditor *editor)
{
  return gtk_label_get_text (GTK_LABEL (field (editor, "preview_label")));
}

static CchcUnit *
find_unit (CchcStore  *store,
           const char *name,
           guint      *position)
{
  GListModel *units = cchc_store_get_units (store);

  for (guint i = 0; i < g_list_model_get_n_items (units); i++)
    {
      g_autoptr(CchcUnit) unit = g_list_model_get_item (units, i);

      if (g_str_equal (cchc_unit_get_name (unit), name))
        {
          if (position != NULL)
            *position = i;
          return unit;
        }
    }

  return NULL;
}

static gboolean
has_unit (GPtrArray  *units,
          const char *name)
{
  for (guint i = 0; i < units->len; i++)
    if (g_str_equal (cchc_unit_get_name (g_ptr_array_index (units, i)), name))
      return TRUE;

  return FALSE;
}

static char *
dup_timeframe_text (CchcTask *task)
{
  const CchcTimeframe *timeframe = cchc_task_get_timeframe (task);

  return timeframe != NULL ? cchc_timeframe_to_string (timeframe) : g_strdup ("");
}

/* Adds a task at the end of area 2 through the editor, with a new
 * cooperating unit; saves a screenshot before Save when @screenshot. */
static CchcTask *
add_task_in_area_2 (Fixture    *f,
                    const char *screenshot)
{
  CchcArea *area = get_area (f->store, f->plan, 1);
  CchcTaskEditor *editor;
  CchcUnit *new_unit;
  guint lead_position;

  select_item (f, area);
  activate (f, "page.add");
  editor = wait_for_editor ();
  g_assert_null (cchc_task_editor_get_task (editor));
  g_assert_true (gtk_drop_down_get_selected_item (GTK_DROP_DOWN (field (editor,
                                                                        "area_dropdown")))
                 == area);

  set_view_text (editor, "text_view", "Rà soát, đơn giản hóa thủ tục hành chính trong lĩnh "
                                      "vực văn hóa, thể thao và du lịch.");
  set_view_text (editor, "product_view", "Báo cáo kết quả rà soát");
  g_assert_nonnull (find_unit (f->store, "Văn phòng Sở", &lead_position));
  gtk_drop_down_set_selected (GTK_DROP_DOWN (field (editor, "lead_dropdown")), lead_position + 1);

  /* A new cooperating unit, made on the spot and ticked. */
  set_entry_text (editor, "new_unit_entry", "  Sở  Tư pháp ");
  click (field (editor, "add_unit_button"));
  new_unit = find_unit (f->store, "Sở Tư pháp", NULL);
  g_assert_nonnull (new_unit);
  g_assert_true (gtk_check_button_get_active (
    GTK_CHECK_BUTTON (cchc_task_editor_get_unit_check (editor, new_unit))));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (field (editor, "new_unit_entry"))), ==, "");

  gtk_drop_down_set_selected (GTK_DROP_DOWN (field (editor, "kind_dropdown")),
                              CCHC_TIMEFRAME_KIND_QUARTERS);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (field (editor, "quarter2_check")), TRUE);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (field (editor, "year_spin")), 2022);
  run_main_loop (100);
  g_assert_cmpstr (preview_text (editor), ==, "Xem trước: Quý II/2022");
  g_assert_true (gtk_widget_is_sensitive (field (editor, "save_button")));

  if (screenshot != NULL)
    save_screenshot (GTK_WIDGET (editor), screenshot);

  click (field (editor, "save_button"));
  g_assert_null (find_window (CCHC_TYPE_TASK_EDITOR, NULL));

  return get_task (f->store, area, 2);
}

/* The keyboard focus is on the table's row numbered @number. */
static void
assert_focus_on_row (Fixture    *f,
                     const char *number)
{
  GtkWidget *label;
  GtkWidget *focus;

  wait_for_frames (GTK_WIDGET (f->page));
  label = GTK_WIDGET (find_mapped_label (GTK_WIDGET (f->page), number, FALSE));
  focus = gtk_window_get_focus (f->window);
  g_assert_nonnull (label);
  g_assert_nonnull (focus);
  g_assert_true (gtk_widget_is_ancestor (label, focus));
  g_assert_true (g_str_equal (gtk_widget_get_css_name (focus), "row"));
}

/* 1. The table ------------------------------------------------------- */

/* Each row of the table is as tall as its tallest cell's text at the
 * cell's width, no taller: a row measured at other widths than its
 * columns' (GTK 4.8 measures a fixed-width column's cells at that width
 * however wide the column grows) leaves empty lines under every text. */
static void
assert_rows_fit (Fixture *f)
{
  GtkWidget *view = GTK_WIDGET (cchc_task_page_get_column_view (f->page));
  GtkWidget *list = cchc_widget_find_descendant (view, GTK_TYPE_LIST_VIEW);
  guint n_rows = 0;

  for (GtkWidget *row = gtk_widget_get_first_child (list);
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      int tallest = 0, height = 0;

      if (!g_str_equal (gtk_widget_get_css_name (row), "row") || !gtk_widget_get_mapped (row))
        continue;

      for (GtkWidget *cell = gtk_widget_get_first_child (row);
           cell != NULL;
           cell = gtk_widget_get_next_sibling (cell))
        {
          GtkWidget *content = gtk_widget_get_first_child (cell);
          graphene_rect_t box;
          int needed;

          /* A measure counts the margins, the bounds do not. */
          g_assert_true (gtk_widget_compute_bounds (content, content, &box));
          gtk_widget_measure (content, GTK_ORIENTATION_VERTICAL, box.size.width,
                              &needed, NULL, NULL, NULL);
          needed -= gtk_widget_get_margin_top (content) + gtk_widget_get_margin_bottom (content);
          tallest = MAX (tallest, needed);
          height = MAX (height, box.size.height);
        }
      g_assert_cmpint (height, ==, tallest);
      n_rows++;
    }
  g_assert_cmpuint (n_rows, >, 0);
}

/* The window's sidebar and its separator */
#define SIDEBAR_WIDTH (190 + 1)

/* In a window 700 pixels wide, beside the window's sidebar, the page fits:
 * the toolbar shrinks and the table scrolls sideways, nothing is cut. */
static void
check_narrow_window (Fixture *f)
{
  GtkWidget *view = GTK_WIDGET (cchc_task_page_get_column_view (f->page));
  GtkAdjustment *hadjustment = gtk_scrollable_get_hadjustment (GTK_SCROLLABLE (view));
  int page_min, view_min;

  gtk_widget_measure (GTK_WIDGET (f->page), GTK_ORIENTATION_HORIZONTAL, -1,
                      &page_min, NULL, NULL, NULL);
  gtk_widget_measure (view, GTK_ORIENTATION_HORIZONTAL, -1, &view_min, NULL, NULL, NULL);
  g_assert_cmpint (page_min, <=, 700 - SIDEBAR_WIDTH);
  g_assert_cmpint (view_min, >, 700 - SIDEBAR_WIDTH);

  gtk_window_set_default_size (f->window, 700 - SIDEBAR_WIDTH, 600);
  run_main_loop (200);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (f->page)), <=, 700 - SIDEBAR_WIDTH);
  /* The columns keep their widths; the table shows a part of them. */
  g_assert_cmpfloat (gtk_adjustment_get_upper (hadjustment), >=, view_min);
  g_assert_cmpfloat (gtk_adjustment_get_page_size (hadjustment), <,
                     gtk_adjustment_get_upper (hadjustment));
  assert_rows_fit (f);
  save_screenshot (GTK_WIDGET (f->window), "screenshot-tasks-narrow.png");
}

static void
test_tasks_table (Fixture       *f,
                  gconstpointer  data)
{
  const char * const english[] = {
    "No.", "Task", "Product", "Lead unit", "Cooperating units", "Timeframe", "Search tasks…",
    "All areas", "All lead units", "Add a Task (Ctrl+N)", "Move Up (Alt+Up)", NULL,
  };
  const char * const vietnamese[] = {
    "STT", "Nhiệm vụ cụ thể", "Sản phẩm", "Đơn vị chủ trì", "Đơn vị phối hợp",
    "Thời gian thực hiện", "Tìm nhiệm vụ…", "Tất cả lĩnh vực", "Tất cả đơn vị chủ trì",
    "Thêm nhiệm vụ (Ctrl+N)", "Sửa nhiệm vụ (Enter)", "Xóa nhiệm vụ (Delete)",
    "Chuyển lên (Alt+↑)", "Chuyển xuống (Alt+↓)", "24 nhiệm vụ", NULL,
  };
  GtkWidget *page = GTK_WIDGET (f->page);
  guint n_areas, n_tasks;
  CchcTask *first;

  count_rows (f, &n_areas, &n_tasks);
  g_assert_cmpuint (n_areas, ==, N_AREAS);
  g_assert_cmpuint (n_tasks, ==, N_TASKS);
  g_assert_cmpuint (g_list_model_get_n_items (get_rows (f)), ==, N_AREAS + N_TASKS);

  /* The area, then its tasks, in the plan's order. */
  g_assert_true (get_row (f, 0) == get_area (f->store, f->plan, 0));
  first = get_row (f, 1);
  g_assert_true (CCHC_IS_TASK (first));
  g_assert_cmpstr (cchc_task_get_number (first), ==, "1.1");
  g_assert_true (get_row (f, 5) == get_area (f->store, f->plan, 1));

  g_assert_nonnull (find_mapped_label (page, "1. Cải cách thể chế", FALSE));
  g_assert_nonnull (find_mapped_label (page, "1.1", FALSE));
  g_assert_nonnull (find_mapped_label (page, "Xây dựng và thực hiện Kế hoạch phổ biến, giáo dục "
                                       "pháp luật", TRUE));
  g_assert_nonnull (find_mapped_label (page, "Thanh tra Sở", FALSE));
  g_assert_nonnull (find_mapped_label (page, "Theo tình hình thực tế", FALSE));
  g_assert_nonnull (find_mapped_label (page, "2. Cải cách thủ tục hành chính", FALSE));
  g_assert_nonnull (find_mapped_label (page, "Quý I/2022", FALSE));
  g_assert_cmpstr (status_text (f), ==, "24 nhiệm vụ");

  /* Nothing selected: only adding makes sense. */
  g_assert_true (button_enabled (f, "add_button"));
  g_assert_false (button_enabled (f, "edit_button"));
  g_assert_false (button_enabled (f, "delete_button"));
  g_assert_false (button_enabled (f, "move_up_button"));

  assert_translated (page, english, vietnamese);
  assert_rows_fit (f);
  save_screenshot (GTK_WIDGET (f->window), "screenshot-tasks-table.png");

  check_narrow_window (f);
}

/* 2. Adding through the editor ---------------------------------------- */

static void
test_tasks_add (Fixture       *f,
                gconstpointer  data)
{
  CchcArea *area = get_area (f->store, f->plan, 1);
  g_autoptr(CchcStore) file = NULL;
  g_autofree char *timeframe = NULL;
  CchcTask *task;
  CchcTask *stored;
  guint row;

  task = add_task_in_area_2 (f, "screenshot-tasks-editor-new.png");

  /* The model */
  g_assert_nonnull (task);
  g_assert_cmpuint (g_list_model_get_n_items (cchc_store_get_tasks (f->store, area)), ==, 3);
  g_assert_cmpstr (cchc_task_get_number (task), ==, "2.3");
  g_assert_cmpstr (cchc_task_get_product (task), ==, "Báo cáo kết quả rà soát");
  g_assert_cmpstr (cchc_unit_get_name (cchc_task_get_lead_unit (task)), ==, "Văn phòng Sở");
  g_assert_true (has_unit (cchc_task_get_cooperating_units (task), "Sở Tư pháp"));
  timeframe = dup_timeframe_text (task);
  g_assert_cmpstr (timeframe, ==, "Quý II/2022");

  /* The table: the new row follows 2.2, selected, and shows its number. */
  row = find_row (f, task);
  g_assert_cmpuint (row, ==, 8);
  g_assert_cmpuint (gtk_single_selection_get_selected (
    GTK_SINGLE_SELECTION (cchc_task_page_get_rows (f->page))), ==, row);
  run_main_loop (200);
  g_assert_nonnull (find_mapped_label (GTK_WIDGET (f->page), "2.3", FALSE));
  g_assert_nonnull (find_mapped_label (GTK_WIDGET (f->page), "Rà soát, đơn giản hóa", TRUE));
  g_assert_cmpstr (status_text (f), ==, "25 nhiệm vụ");
  /* The keyboard is on the new row: Enter and Delete act on what the
   * focus ring shows. */
  assert_focus_on_row (f, "2.3");

  /* The file */
  file = open_file (f);
  g_assert_nonnull (find_unit (file, "Sở Tư pháp", NULL));
  g_assert_cmpuint (count_file_tasks (file, 1), ==, 3);
  stored = get_task (file, get_file_area (file, 1), 2);
  g_assert_cmpstr (cchc_task_get_number (stored), ==, "2.3");
  g_assert_cmpstr (cchc_task_get_text (stored), ==, cchc_task_get_text (task));
  g_assert_true (has_unit (cchc_task_get_cooperating_units (stored), "Sở Tư pháp"));
  g_assert_cmpuint (cchc_timeframe_get_quarters (cchc_task_get_timeframe (stored)), ==,
                    CCHC_QUARTER (2));
}

/* 3. Editing ------------------------------------------------------------ */

static void
test_tasks_edit (Fixture       *f,
                 gconstpointer  data)
{
  const char *text = "Rà soát, đơn giản hóa và công bố thủ tục hành chính năm 2022.";
  g_autoptr(CchcStore) file = NULL;
  g_autofree char *timeframe = NULL;
  CchcTaskEditor *editor;
  CchcTask *task;
  CchcTask *stored;

  task = add_task_in_area_2 (f, NULL);
  select_item (f, task);
  g_assert_true (button_enabled (f, "edit_button"));
  activate (f, "page.edit");
  editor = wait_for_editor ();

  g_assert_true (cchc_task_editor_get_task (editor) == task);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (editor)), ==, "Sửa nhiệm vụ");
  g_assert_cmpstr (preview_text (editor), ==, "Xem trước: Quý II/2022");
  g_assert_true (gtk_check_button_get_active (
    GTK_CHECK_BUTTON (cchc_task_editor_get_unit_check (editor,
                                                       find_unit (f->store, "Sở Tư pháp",
                                                                  NULL)))));

  set_view_text (editor, "text_view", text);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (field (editor, "kind_dropdown")),
                              CCHC_TIMEFRAME_KIND_YEAR);
  run_main_loop (100);
  g_assert_false (gtk_widget_get_visible (field (editor, "quarter1_check")) &&
                  gtk_widget_get_mapped (field (editor, "quarter1_check")));
  g_assert_cmpstr (preview_text (editor), ==, "Xem trước: Năm 2022");
  /* It fits a laptop's 768-pixel screen, under a panel; what does not
   * fit scrolls. */
  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (editor)), <=, 700);
  /* Tab leaves the list of cooperating units, whatever row has the focus;
   * Shift+Tab goes back to the lead unit. */
  {
    GtkWidget *units = field (editor, "units_list");
    GtkWidget *row = GTK_WIDGET (gtk_list_box_get_row_at_index (GTK_LIST_BOX (units), 2));

    g_assert_true (gtk_widget_grab_focus (row));
    press_shortcut (units, "Tab");
    g_assert_true (gtk_widget_is_ancestor (gtk_window_get_focus (GTK_WINDOW (editor)),
                                           field (editor, "new_unit_entry")));
    g_assert_true (gtk_widget_grab_focus (row));
    press_shortcut (units, "<Shift>Tab");
    g_assert_true (gtk_widget_is_ancestor (gtk_window_get_focus (GTK_WINDOW (editor)),
                                           field (editor, "lead_dropdown")) ||
                   gtk_window_get_focus (GTK_WINDOW (editor)) == field (editor, "lead_dropdown"));
  }
  /* The lead unit's search finds a unit by any word, without its marks;
   * what is typed in the open list goes to it (GTK 4.8 gives the list the
   * focus, and the search no way in). */
  {
    GtkWidget *popover = find_widget (field (editor, "lead_dropdown"), GTK_TYPE_POPOVER);
    GtkWidget *search = find_widget (popover, GTK_TYPE_SEARCH_ENTRY);
    GtkWidget *list = find_widget (popover, GTK_TYPE_LIST_VIEW);
    GListModel *shown = G_LIST_MODEL (gtk_list_view_get_model (GTK_LIST_VIEW (list)));
    GListModel *units = cchc_store_get_units (f->store);
    guint expected = 0;

    g_assert_true (gtk_search_entry_get_key_capture_widget (GTK_SEARCH_ENTRY (search)) ==
                   popover);
    for (guint i = 0; i < g_list_model_get_n_items (units); i++)
      {
        g_autoptr(CchcUnit) unit = g_list_model_get_item (units, i);
        g_autofree char *folded = cchc_text_fold (cchc_unit_get_name (unit));

        expected += strstr (folded, "phong") != NULL;
      }
    g_assert_cmpuint (expected, ==, 3);  /* "Văn phòng Sở", "Phòng Tổ chức cán bộ"… */

    gtk_editable_set_text (GTK_EDITABLE (search), "phong");
    run_main_loop (300);  /* the entry waits for more keys before it searches */
    g_assert_cmpuint (g_list_model_get_n_items (shown), ==, expected);
    /* Spaces around the words change nothing; a search does not start
     * with one (the Space that opened the list again slipped in). */
    gtk_editable_set_text (GTK_EDITABLE (search), " phong");
    run_main_loop (300);
    g_assert_cmpuint (g_list_model_get_n_items (shown), ==, expected);
    gtk_editable_set_text (GTK_EDITABLE (search), "");
    {
      int position = 0;

      gtk_editable_insert_text (GTK_EDITABLE (search), " ", 1, &position);
      g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (search)), ==, "");
    }
    gtk_editable_set_text (GTK_EDITABLE (search), "PHÒNG TỔ");
    run_main_loop (300);
    g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 1);
    /* Nothing found is said, not left as an empty list. */
    gtk_popover_popup (GTK_POPOVER (popover));
    wait_until_mapped (popover);
    g_assert_null (find_shown_label (popover, "Không tìm thấy", FALSE));
    gtk_editable_set_text (GTK_EDITABLE (search), "không có đơn vị này");
    run_main_loop (300);
    g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 0);
    g_assert_nonnull (find_shown_label (popover, "Không tìm thấy", FALSE));
    save_screenshot (popover, "screenshot-tasks-lead-nothing-found.png");
    gtk_editable_set_text (GTK_EDITABLE (search), "");
    run_main_loop (300);
    g_assert_null (find_shown_label (popover, "Không tìm thấy", FALSE));
    gtk_popover_popdown (GTK_POPOVER (popover));
    g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 1 + g_list_model_get_n_items (units));
  }
  /* Another area would move the task; the field says where to. */
  g_assert_true (gtk_widget_is_sensitive (field (editor, "area_dropdown")));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (field (editor, "area_dropdown")), ==,
                   "Chọn lĩnh vực khác thì khi lưu, nhiệm vụ được chuyển xuống cuối "
                   "lĩnh vực đó.");
  save_screenshot (GTK_WIDGET (editor), "screenshot-tasks-editor-edit.png");
  click (field (editor, "save_button"));
  g_assert_null (find_window (CCHC_TYPE_TASK_EDITOR, NULL));

  /* The same object, updated in place; the row follows. */
  g_assert_cmpstr (cchc_task_get_text (task), ==, text);
  timeframe = dup_timeframe_text (task);
  g_assert_cmpstr (timeframe, ==, "Năm 2022");
  run_main_loop (200);
  g_assert_nonnull (find_mapped_label (GTK_WIDGET (f->page), text, FALSE));
  g_assert_nonnull (find_mapped_label (GTK_WIDGET (f->page), "Năm 2022", FALSE));

  file = open_file (f);
  stored = get_task (file, get_file_area (file, 1), 2);
  g_assert_cmpstr (cchc_task_get_text (stored), ==, text);
  g_assert_cmpint (cchc_timeframe_get_kind (cchc_task_get_timeframe (stored)), ==,
                   CCHC_TIMEFRAME_KIND_YEAR);
  g_assert_cmpint (cchc_timeframe_get_year (cchc_task_get_timeframe (stored)), ==, 2022);
}

/* A task edited into another area goes to its end with its changes, in
 * one step that undo takes back; the selection follows it. The area alone
 * is a change to ask about before closing. */
static void
test_tasks_edit_area (Fixture       *f,
                      gconstpointer  data)
{
  CchcArea *first = get_area (f->store, f->plan, 0);
  CchcArea *second = get_area (f->store, f->plan, 1);
  CchcTask *task = get_task (f->store, second, 0);
  guint n_first = g_list_model_get_n_items (cchc_store_get_tasks (f->store, first));
  g_autofree char *old_text = g_strdup (cchc_task_get_text (task));
  g_autoptr(CchcStore) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *question_text = NULL;
  g_autofree char *secondary = NULL;
  CchcTaskEditor *editor;
  GtkDialog *question;

  select_item (f, task);
  activate (f, "page.edit");
  editor = wait_for_editor ();
  g_assert_true (gtk_drop_down_get_selected_item (GTK_DROP_DOWN (field (editor,
                                                                        "area_dropdown")))
                 == second);

  /* Alt+↓ opens the drop-down that has the keyboard, as on Windows. */
  {
    GtkWidget *dropdown = field (editor, "area_dropdown");
    GtkWidget *popover = find_widget (dropdown, GTK_TYPE_POPOVER);

    g_assert_true (gtk_widget_grab_focus (dropdown));
    g_assert_false (gtk_widget_get_visible (popover));
    press_shortcut (GTK_WIDGET (editor), "<Alt>Down");
    wait_until_mapped (popover);
    gtk_popover_popdown (GTK_POPOVER (popover));
    run_main_loop (50);
  }

  /* The area alone: closing asks; Discard leaves the task where it was. */
  gtk_drop_down_set_selected (GTK_DROP_DOWN (field (editor, "area_dropdown")), 0);
  question = close_for_question (GTK_WINDOW (editor), &question_text, &secondary);
  g_assert_cmpstr (question_text, ==, "Lưu các thay đổi?");
  gtk_dialog_response (question, 1 /* discard */);
  run_main_loop (100);
  g_assert_null (find_window (CCHC_TYPE_TASK_EDITOR, NULL));
  g_assert_true (get_task (f->store, second, 0) == task);
  g_assert_false (cchc_history_can_undo (f->history));

  activate (f, "page.edit");
  editor = wait_for_editor ();
  gtk_drop_down_set_selected (GTK_DROP_DOWN (field (editor, "area_dropdown")), 0);
  set_view_text (editor, "text_view", "Nhiệm vụ chuyển sang lĩnh vực 1");
  save_screenshot (GTK_WIDGET (editor), "screenshot-tasks-editor-area.png");
  click (field (editor, "save_button"));
  g_assert_null (find_window (CCHC_TYPE_TASK_EDITOR, NULL));
  run_main_loop (100);

  g_assert_true (get_task (f->store, first, n_first) == task);
  g_assert_cmpstr (cchc_task_get_text (task), ==, "Nhiệm vụ chuyển sang lĩnh vực 1");
  g_assert_cmpstr (cchc_task_get_number (task), ==, "1.5");
  g_assert_true (get_selected (f) == (gpointer) task);
  g_assert_cmpuint (find_row (f, task), ==, find_row (f, second) - 1);
  g_assert_nonnull (find_mapped_label (GTK_WIDGET (f->page), "Nhiệm vụ chuyển sang lĩnh vực 1",
                                       FALSE));
  g_assert_cmpstr (cchc_history_get_undo_label (f->history), ==, "Sửa nhiệm vụ 1.5");
  file = open_file (f);
  g_assert_cmpstr (cchc_task_get_text (get_task (file, get_file_area (file, 0), n_first)), ==,
                   "Nhiệm vụ chuyển sang lĩnh vực 1");
  g_clear_object (&file);
  save_screenshot (GTK_WIDGET (f->window), "screenshot-tasks-edited-area.png");

  /* One undo: its text and its place. */
  g_assert_true (cchc_history_undo (f->history, &error));
  g_assert_no_error (error);
  run_main_loop (100);
  g_assert_true (get_task (f->store, second, 0) == task);
  g_assert_cmpstr (cchc_task_get_text (task), ==, old_text);
  g_assert_cmpuint (g_list_model_get_n_items (cchc_store_get_tasks (f->store, first)), ==,
                    n_first);
  g_assert_true (get_selected (f) == (gpointer) task);
  g_assert_false (cchc_history_can_undo (f->history));
  file = open_file (f);
  g_assert_cmpstr (cchc_task_get_text (get_task (file, get_file_area (file, 1), 0)), ==,
                   old_text);

  /* With the table filtered by its area, the task moved away stays in
   * sight: the area filter lets every area through again. */
  {
    GtkDropDown *area_filter = GTK_DROP_DOWN (page_widget (f, "area_filter"));

    gtk_drop_down_set_selected (area_filter, 2);
    run_main_loop (100);
    g_assert_cmpuint (find_row (f, first), ==, G_MAXUINT);
    select_item (f, task);
    activate (f, "page.edit");
    editor = wait_for_editor ();
    gtk_drop_down_set_selected (GTK_DROP_DOWN (field (editor, "area_dropdown")), 0);
    click (field (editor, "save_button"));
    run_main_loop (100);
    g_assert_true (get_task (f->store, first, n_first) == task);
    g_assert_cmpuint (gtk_drop_down_get_selected (area_filter), ==, 0);
    g_assert_true (get_selected (f) == (gpointer) task);
  }

  /* Moved to the end of the last area, far down the table: the row is
   * scrolled into sight whole. */
  {
    GListModel *areas = cchc_store_get_areas (f->store, f->plan);
    guint last = g_list_model_get_n_items (areas) - 1;
    GtkWidget *list = find_widget (page_widget (f, "column_view"), GTK_TYPE_LIST_VIEW);
    GtkWidget *row;
    graphene_rect_t bounds;

    activate (f, "page.edit");
    editor = wait_for_editor ();
    gtk_drop_down_set_selected (GTK_DROP_DOWN (field (editor, "area_dropdown")), last);
    set_view_text (editor, "text_view", "Nhiệm vụ chuyển xuống lĩnh vực cuối");
    click (field (editor, "save_button"));
    run_main_loop (300);
    g_assert_true (get_selected (f) == (gpointer) task);
    row = find_mapped_label (list, "Nhiệm vụ chuyển xuống lĩnh vực cuối", FALSE);
    g_assert_nonnull (row);
    while (gtk_widget_get_parent (row) != list)
      row = gtk_widget_get_parent (row);
    g_assert_true (gtk_widget_compute_bounds (row, list, &bounds));
    save_screenshot (GTK_WIDGET (f->window), "screenshot-tasks-edited-last-area.png");
    g_assert_cmpfloat (bounds.origin.y, >=, 0);
    g_assert_cmpfloat (bounds.origin.y + bounds.size.height, <=, gtk_widget_get_height (list));
  }
}

/* Opens the editor of @task with the keyboard in its year, @text typed. */
static CchcTaskEditor *
type_year (Fixture    *f,
           CchcTask   *task,
           const char *text)
{
  CchcTaskEditor *editor;
  GtkWidget *year;

  select_item (f, task);
  activate (f, "page.edit");
  editor = wait_for_editor ();
  year = field (editor, "year_spin");
  g_assert_true (gtk_widget_grab_focus (year));
  gtk_editable_set_text (GTK_EDITABLE (year), text);
  return editor;
}

/* A year typed and saved from the keyboard (Ctrl+Return, Ctrl+S), the
 * keyboard still in its field, is the year saved: a spin button takes its
 * text only when the keyboard leaves it, which was after the save, as the
 * window was destroyed, with its handlers running on a half-gone editor
 * (a crash). Escape from a typed year closes the editor as well. */
static void
test_tasks_edit_typed_year (Fixture       *f,
                            gconstpointer  data)
{
  CchcArea *area = get_area (f->store, f->plan, 1);
  CchcTask *task = get_task (f->store, area, 0);
  const char *saves[] = { "<Control>Return", "<Control>s" };
  const struct { const char *text; int year; } years[] = { { "2023", 2023 }, { "2024", 2024 } };
  CchcTaskEditor *editor;
  GtkEditable *year;

  g_assert_cmpint (cchc_timeframe_get_year (cchc_task_get_timeframe (task)), ==, 2022);
  for (guint i = 0; i < G_N_ELEMENTS (saves); i++)
    {
      editor = type_year (f, task, years[i].text);
      press_shortcut (GTK_WIDGET (editor), saves[i]);
      run_main_loop (400);  /* an activated button clicks 250 ms later */
      g_assert_null (find_window (CCHC_TYPE_TASK_EDITOR, NULL));
      g_assert_cmpint (cchc_timeframe_get_year (cchc_task_get_timeframe (task)), ==,
                       years[i].year);
    }

  /* The preview follows the year as it is typed; a text that is no year
   * keeps the year (it became 1900, the start of the range). */
  editor = type_year (f, task, "203");
  year = GTK_EDITABLE (field (editor, "year_spin"));
  g_assert_nonnull (strstr (preview_text (editor), "/2024"));
  gtk_editable_set_text (year, "2031");
  g_assert_nonnull (strstr (preview_text (editor), "/2031"));
  gtk_editable_set_text (year, "20");
  press_shortcut (GTK_WIDGET (editor), "<Control>s");
  run_main_loop (100);
  g_assert_cmpint (cchc_timeframe_get_year (cchc_task_get_timeframe (task)), ==, 2031);

  editor = type_year (f, task, "2030");
  gtk_window_destroy (GTK_WINDOW (editor));
  run_main_loop (200);
  g_assert_null (find_window (CCHC_TYPE_TASK_EDITOR, NULL));
  g_assert_cmpint (cchc_timeframe_get_year (cchc_task_get_timeframe (task)), ==, 2031);
}

/* A task edited so that it no longer matches the search stays in sight,
 * selected: the search stops (it vanished without a word, the keyboard
 * left in the sidebar). */
static void
test_tasks_edit_searched (Fixture       *f,
                          gconstpointer  data)
{
  GtkWidget *entry = cchc_task_page_get_widget (f->page, "search_entry");
  CchcTaskEditor *editor;
  CchcTask *task = NULL;

  set_search (f, "tuyen truyen");
  for (guint i = 0; task == NULL; i++)
    if (CCHC_IS_TASK (get_row (f, i)))
      task = CCHC_TASK (get_row (f, i));

  select_item (f, task);
  activate (f, "page.edit");
  editor = wait_for_editor ();
  set_view_text (editor, "text_view", "Rà soát quy chế làm việc của Sở.");
  click (field (editor, "save_button"));
  run_main_loop (200);
  g_assert_null (find_window (CCHC_TYPE_TASK_EDITOR, NULL));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "");
  g_assert_true (get_selected (f) == (gpointer) task);
  g_assert_cmpuint (g_list_model_get_n_items (get_rows (f)), ==, N_AREAS + N_TASKS);
}

/* Down in the search goes to the first task found, selected, with the
 * keyboard: Enter and Delete act on the same row (the keyboard went to the
 * row the table had last, hidden or not, and nothing was selected). */
static gboolean task_expected (CchcTask   *task,
                               const char *query);

static void
test_tasks_search_down (Fixture       *f,
                        gconstpointer  data)
{
  GtkWidget *entry = cchc_task_page_get_widget (f->page, "search_entry");
  GtkWidget *list = find_widget (page_widget (f, "column_view"), GTK_TYPE_LIST_VIEW);
  CchcTask *first = NULL;
  GtkWidget *focus;

  /* The keyboard was on the last task that the search hides. */
  for (guint i = g_list_model_get_n_items (get_rows (f)); i > 0; i--)
    if (CCHC_IS_TASK (get_row (f, i - 1)) && !task_expected (get_row (f, i - 1), "ke hoach"))
      {
        select_item (f, get_row (f, i - 1));
        break;
      }
  cchc_list_page_focus (CCHC_LIST_PAGE (f->page));
  run_main_loop (100);
  g_assert_true (gtk_widget_grab_focus (entry));
  set_search (f, "ke hoach");
  for (guint i = 0; first == NULL; i++)
    if (CCHC_IS_TASK (get_row (f, i)))
      first = CCHC_TASK (get_row (f, i));

  /* Moving is greyed out while the search hides rows: the tooltip says why. */
  g_assert_false (button_enabled (f, "move_up_button"));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (page_widget (f, "move_up_button")), ==,
                   "Chỉ di chuyển được khi hiện mọi dòng theo thứ tự của kế hoạch: hãy bỏ "
                   "tìm kiếm, bộ lọc và sắp xếp");

  /* What Down does: the entry's shortcut, else the window's move down. */
  if (!press_at_focus (f->window, "Down"))
    g_signal_emit_by_name (f->window, "move-focus", GTK_DIR_DOWN);
  run_main_loop (100);
  g_assert_true (get_selected (f) == (gpointer) first);
  focus = gtk_window_get_focus (f->window);
  g_assert_nonnull (focus);
  g_assert_cmpstr (gtk_widget_get_css_name (focus), ==, "row");
  g_assert_true (gtk_widget_is_ancestor (find_mapped_label (list, cchc_task_get_text (first),
                                                            FALSE),
                                         focus));
}

/* An addition undone takes its row away: the row in its place is
 * selected, as after a delete (nothing was, the toolbar's Edit and Delete
 * greyed out under a focus ring). */
static void
test_tasks_undo_add (Fixture       *f,
                     gconstpointer  data)
{
  CchcArea *area = get_area (f->store, f->plan, 0);
  CchcTask *next = get_task (f->store, area, 1);
  g_autoptr(CchcTask) task = cchc_task_new ();
  g_autoptr(GError) error = NULL;

  cchc_task_set_text (task, "Nhiệm vụ thêm rồi hoàn tác");
  g_assert_true (cchc_history_insert (f->history, area, 1, task, &error));
  g_assert_no_error (error);
  run_main_loop (100);
  select_item (f, task);
  g_assert_true (cchc_history_undo (f->history, &error));
  g_assert_no_error (error);
  run_main_loop (100);
  g_assert_true (get_selected (f) == (gpointer) next);
  g_assert_true (button_enabled (f, "edit_button"));

  /* The last of its area: the task before it, not the next area's row. */
  {
    guint n_tasks = g_list_model_get_n_items (cchc_store_get_tasks (f->store, area));
    CchcTask *last = get_task (f->store, area, n_tasks - 1);

    g_assert_true (cchc_history_insert (f->history, area, n_tasks, task, &error));
    g_assert_no_error (error);
    run_main_loop (100);
    select_item (f, task);
    g_assert_true (cchc_history_undo (f->history, &error));
    g_assert_no_error (error);
    run_main_loop (100);
    g_assert_true (get_selected (f) == (gpointer) last);
  }
}

/* The editor opens as tall as its form, if the screen allows (it was
 * held to 650 px of form, the rest to scroll to); a kind with more fields
 * (the quarters) makes a shorter one as tall as they need: the preview
 * went below the window's bottom. */
static void
test_tasks_editor_grows (Fixture       *f,
                         gconstpointer  data)
{
  CchcArea *area = get_area (f->store, f->plan, 0);
  CchcTaskEditor *editor;
  CchcTask *task = NULL;
  int width, height, natural;

  for (guint i = 0; task == NULL; i++)
    if (cchc_timeframe_get_kind (cchc_task_get_timeframe (get_task (f->store, area, i))) !=
        CCHC_TIMEFRAME_KIND_QUARTERS)
      task = get_task (f->store, area, i);

  select_item (f, task);
  activate (f, "page.edit");
  editor = wait_for_editor ();
  run_main_loop (100);
  gtk_widget_measure (GTK_WIDGET (editor), GTK_ORIENTATION_VERTICAL,
                      gtk_widget_get_width (GTK_WIDGET (editor)), NULL, &natural, NULL, NULL);
  g_assert_cmpint (natural, >, 650);
  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (editor)) + 20, >=, natural);

  /* Made shorter, by the user say. */
  gtk_window_get_default_size (GTK_WINDOW (editor), &width, &height);
  gtk_window_set_default_size (GTK_WINDOW (editor), width, 450);
  run_main_loop (200);
  height = gtk_widget_get_height (GTK_WIDGET (editor));
  g_assert_cmpint (height, <, 500);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (field (editor, "kind_dropdown")),
                              CCHC_TIMEFRAME_KIND_QUARTERS);
  run_main_loop (200);
  save_screenshot (GTK_WIDGET (editor), "screenshot-tasks-editor-quarters.png");
  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (editor)), >, height + 100);
  gtk_window_destroy (GTK_WINDOW (editor));
}

/* A task edited into an area further down lands at that area's end,
 * where the table had laid out another row, as tall or not: however the
 * window is sized, the row is scrolled into sight whole (GTK 4.8 scrolls
 * to the row's place before it is laid out, and at some heights the row
 * ended below the table's bottom). */
static void
test_tasks_edit_area_scroll (Fixture       *f,
                             gconstpointer  data)
{
  GtkWidget *list = find_widget (page_widget (f, "column_view"), GTK_TYPE_LIST_VIEW);
  CchcArea *target = get_area (f->store, f->plan, 2);
  CchcTask *task = get_task (f->store, get_area (f->store, f->plan, 0), 1);
  g_autoptr(GError) error = NULL;
  guint n_cut = 0;

  for (int height = 560; height <= 900; height += 20)
    {
      CchcTaskEditor *editor;
      graphene_rect_t bounds;
      GtkWidget *row;

      gtk_window_set_default_size (f->window, 1280 - SIDEBAR_WIDTH, height);
      cchc_column_view_scroll_to_top (cchc_task_page_get_column_view (f->page));
      run_main_loop (100);
      select_item (f, task);
      activate (f, "page.edit");
      editor = wait_for_editor ();
      gtk_drop_down_set_selected (GTK_DROP_DOWN (field (editor, "area_dropdown")), 2);
      click (field (editor, "save_button"));
      run_main_loop (200);
      g_assert_true (get_task (f->store, target,
                               g_list_model_get_n_items (cchc_store_get_tasks (f->store,
                                                                               target)) - 1)
                     == task);
      g_assert_true (get_selected (f) == (gpointer) task);

      row = find_mapped_label (list, cchc_task_get_text (task), FALSE);
      g_assert_nonnull (row);
      while (gtk_widget_get_parent (row) != list)
        row = gtk_widget_get_parent (row);
      g_assert_true (gtk_widget_compute_bounds (row, list, &bounds));
      if (bounds.origin.y < 0 ||
          bounds.origin.y + bounds.size.height > gtk_widget_get_height (list) + 0.5)
        {
          g_test_message ("window %d px high: row at %.0f–%.0f, table %d px", height,
                          bounds.origin.y, bounds.origin.y + bounds.size.height,
                          gtk_widget_get_height (list));
          save_screenshot (GTK_WIDGET (f->window), "screenshot-tasks-edited-area-cut.png");
          n_cut++;
        }

      g_assert_true (cchc_history_undo (f->history, &error));
      g_assert_no_error (error);
      run_main_loop (100);
    }
  g_assert_cmpuint (n_cut, ==, 0);
}

/* 4. Search ------------------------------------------------------------ */

static gboolean
folded_contains (const char *text,
                 const char *folded_query)
{
  g_autofree char *folded = cchc_text_fold (text);

  return strstr (folded, folded_query) != NULL;
}

/* Whether a user searching @query should find @task, field by field. */
static gboolean
task_expected (CchcTask   *task,
               const char *query)
{
  g_autofree char *folded_query = cchc_text_fold (query);
  g_autofree char *timeframe = dup_timeframe_text (task);
  GPtrArray *units = cchc_task_get_cooperating_units (task);
  CchcUnit *lead = cchc_task_get_lead_unit (task);

  if (folded_contains (cchc_task_get_number (task), folded_query) ||
      folded_contains (cchc_task_get_text (task), folded_query) ||
      folded_contains (cchc_task_get_product (task), folded_query) ||
      folded_contains (timeframe, folded_query) ||
      (lead != NULL && folded_contains (cchc_unit_get_name (lead), folded_query)))
    return TRUE;

  for (guint i = 0; i < units->len; i++)
    if (folded_contains (cchc_unit_get_name (g_ptr_array_index (units, i)), folded_query))
      return TRUE;

  return FALSE;
}

/* The rows a search or filter should leave, in order: each area with a
 * matching task, then its matching tasks. */
typedef gboolean (*TaskPredicate) (CchcTask *task, CchcArea *area, gconstpointer data);

static GPtrArray *
expected_rows (Fixture       *f,
               TaskPredicate  predicate,
               gconstpointer  data)
{
  GPtrArray *rows = g_ptr_array_new ();
  GListModel *areas = cchc_store_get_areas (f->store, f->plan);

  for (guint i = 0; i < g_list_model_get_n_items (areas); i++)
    {
      CchcArea *area = get_area (f->store, f->plan, i);
      GListModel *tasks = cchc_store_get_tasks (f->store, area);
      guint header = rows->len;

      for (guint j = 0; j < g_list_model_get_n_items (tasks); j++)
        if (predicate (get_task (f->store, area, j), area, data))
          {
            if (rows->len == header)
              g_ptr_array_add (rows, area);
            g_ptr_array_add (rows, get_task (f->store, area, j));
          }
    }

  return rows;
}

/* What the STT and task columns show for @item: "1.2" and the task's
 * text, or nothing and "1. Cải cách thể chế" for an area. */
static char *
expected_cells (gpointer item)
{
  g_autofree char *number = NULL;
  g_autofree char *text = NULL;

  if (CCHC_IS_AREA (item))
    return g_strdup_printf ("|%s. %s", cchc_area_get_number (item), cchc_area_get_title (item));

  number = cchc_task_rows_dup_text (item, CCHC_TASK_COLUMN_NUMBER);
  text = cchc_task_rows_dup_text (item, CCHC_TASK_COLUMN_TEXT);

  return g_strconcat (number, "|", text, NULL);
}

/* The same, read from a row widget's first two cells. */
static char *
shown_cells (GtkWidget *row)
{
  GtkWidget *number = gtk_widget_get_first_child (row);
  GtkWidget *text = gtk_widget_get_next_sibling (number);

  return g_strconcat (get_widget_text (gtk_widget_get_first_child (number)), "|",
                      get_widget_text (gtk_widget_get_first_child (text)), NULL);
}

/* The table's row widgets (some two hundred at most) show @expected's
 * items, in order from the first row they show: rows passed on to other
 * items as the rows change (CchcRowRecycler) show their new ones. */
static void
assert_cells (Fixture   *f,
              GPtrArray *expected)
{
  GtkWidget *view = GTK_WIDGET (cchc_task_page_get_column_view (f->page));
  GtkWidget *list = cchc_widget_find_descendant (view, GTK_TYPE_LIST_VIEW);
  guint position = G_MAXUINT;
  guint n_rows = 0;

  for (GtkWidget *row = gtk_widget_get_first_child (list);
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      g_autofree char *shown = NULL;
      g_autofree char *wanted = NULL;

      if (!g_str_equal (gtk_widget_get_css_name (row), "row"))
        continue;

      shown = shown_cells (row);
      /* The first row shown: where it is among the rows. */
      for (guint i = 0; position == G_MAXUINT && i < expected->len; i++)
        {
          g_autofree char *cells = expected_cells (g_ptr_array_index (expected, i));

          if (g_str_equal (cells, shown))
            position = i;
        }
      if (position == G_MAXUINT)
        g_test_message ("A row shows what no row is: %s", shown);
      g_assert_cmpuint (position, !=, G_MAXUINT);
      g_assert_cmpuint (position + n_rows, <, expected->len);
      wanted = expected_cells (g_ptr_array_index (expected, position + n_rows));
      g_assert_cmpstr (shown, ==, wanted);
      n_rows++;
    }

  /* Rows are shown; a short table at its top shows every row. */
  g_assert_cmpuint (n_rows, >=, MIN (expected->len, 10));
  if (position == 0 && expected->len < 100)
    g_assert_cmpuint (n_rows, ==, expected->len);
}

/* The same for the rows the page lists now, whatever their order. */
static void
assert_cells_follow_rows (Fixture *f)
{
  GListModel *rows = get_rows (f);
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    g_ptr_array_add (items, g_list_model_get_item (rows, i));
  if (items->len > 0)
    assert_cells (f, items);
}

static void
assert_rows (Fixture   *f,
             GPtrArray *expected)
{
  g_assert_cmpuint (g_list_model_get_n_items (get_rows (f)), ==, expected->len);
  for (guint i = 0; i < expected->len; i++)
    g_assert_true (get_row (f, i) == g_ptr_array_index (expected, i));
  assert_mirror (f);
  assert_cells (f, expected);
}

static gboolean
search_predicate (CchcTask      *task,
                  CchcArea      *area,
                  gconstpointer  data)
{
  return task_expected (task, data);
}

static guint
count_tasks (GPtrArray *rows)
{
  guint n = 0;

  for (guint i = 0; i < rows->len; i++)
    n += CCHC_IS_TASK (g_ptr_array_index (rows, i));

  return n;
}

/* The count the status label gives: shown tasks, out of how many. */
static char *
expected_status (Fixture *f,
                 guint    shown)
{
  GListModel *areas = cchc_store_get_areas (f->store, f->plan);
  guint total = 0;

  for (guint i = 0; i < g_list_model_get_n_items (areas); i++)
    total += g_list_model_get_n_items (cchc_store_get_tasks (f->store,
                                                             get_area (f->store, f->plan, i)));

  g_autofree char *shown_text = cchc_format_integer (shown);
  g_autofree char *total_text = cchc_format_integer (total);

  if (shown == total)
    return g_strdup_printf ("%s nhiệm vụ", total_text);

  return g_strdup_printf ("%s/%s nhiệm vụ", shown_text, total_text);
}

static void
check_search (Fixture    *f,
              const char *query)
{
  g_autoptr(GPtrArray) expected = expected_rows (f, search_predicate, query);
  g_autofree char *status = expected_status (f, count_tasks (expected));

  set_search (f, query);
  assert_rows (f, expected);
  g_assert_cmpstr (status_text (f), ==, status);
}

/* Edits while a search is on: an area shows as soon as one of its tasks
 * matches, and goes when none does. */
static void
check_search_while_editing (Fixture *f)
{
  CchcArea *area = get_area (f->store, f->plan, 0);
  g_autoptr(CchcTask) task = cchc_task_new ();
  g_autoptr(CchcTask) values = NULL;
  g_autoptr(GPtrArray) expected = NULL;
  g_autoptr(GError) error = NULL;

  check_search (f, "tuyen truyen");
  g_assert_cmpuint (find_row (f, area), ==, G_MAXUINT);

  cchc_task_set_text (task, "Tuyên truyền, phổ biến pháp luật");
  g_assert_true (cchc_history_insert (f->history, area, G_MAXUINT, task, &error));
  g_assert_no_error (error);
  expected = expected_rows (f, search_predicate, "tuyen truyen");
  assert_rows (f, expected);
  g_assert_true (get_row (f, 0) == area);
  g_assert_true (get_row (f, 1) == task);

  values = cchc_record_dup_values (CCHC_RECORD (task));
  cchc_task_set_text (values, "Phổ biến pháp luật");
  g_assert_true (cchc_history_update (f->history, task, values, &error));
  g_assert_no_error (error);
  g_clear_pointer (&expected, g_ptr_array_unref);
  expected = expected_rows (f, search_predicate, "tuyen truyen");
  assert_rows (f, expected);
  g_assert_cmpuint (find_row (f, area), ==, G_MAXUINT);
  g_assert_cmpuint (find_row (f, task), ==, G_MAXUINT);
}

/* A search that finds nothing says so in place of an empty table; the
 * table comes back with the rows. */
static void
check_no_match (Fixture *f)
{
  g_assert_cmpstr (content_shown (f), ==, "no-match");
  wait_for_mapped_label (GTK_WIDGET (f->page), "Không có nhiệm vụ nào khớp");
  g_assert_true (gtk_widget_get_mapped (page_widget (f, "show_all_button")));
  save_screenshot (GTK_WIDGET (f->window), "screenshot-tasks-no-match.png");

  check_search (f, "tuyen truyen");
  g_assert_cmpstr (content_shown (f), ==, "table");
  check_search (f, "khong co nhiem vu nao nhu the nay");
  g_assert_cmpstr (content_shown (f), ==, "no-match");
}

/* Where the area filter is, across the page. */
static double
area_filter_x (Fixture *f)
{
  graphene_rect_t bounds;

  run_main_loop (50);
  g_assert_true (gtk_widget_compute_bounds (page_widget (f, "area_filter"), GTK_WIDGET (f->page),
                                            &bounds));
  return bounds.origin.x;
}

/* Typing moves nothing on the toolbar: neither the search's text nor the
 * count beside the buttons ("3/24 nhiệm vụ") changes the widths. */
static void
check_toolbar_stays (Fixture *f,
                     int      width)
{
  const char *queries[] = { "t", "tuyen", "tuyen truyen cchc", "dang", "khong co nhiem vu nay", "" };
  double x;

  gtk_window_set_default_size (f->window, width, 900);
  set_search (f, "");
  x = area_filter_x (f);
  for (guint i = 0; i < G_N_ELEMENTS (queries); i++)
    {
      set_search (f, queries[i]);
      g_assert_cmpfloat (area_filter_x (f), ==, x);
    }
}

static void
test_tasks_search (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GPtrArray) expected = expected_rows (f, search_predicate, "tuyen truyen");
  g_autoptr(GPtrArray) dang = expected_rows (f, search_predicate, "dang");
  /* The plan's last task, far below the first rows */
  CchcTask *last = get_row (f, g_list_model_get_n_items (get_rows (f)) - 1);

  g_assert_true (CCHC_IS_TASK (last));
  g_assert_null (find_mapped_label (GTK_WIDGET (f->page), cchc_task_get_text (last), TRUE));

  /* The sample has such tasks, and not every task is one. */
  g_assert_cmpuint (count_tasks (expected), >, 0);
  g_assert_cmpuint (count_tasks (expected), <, N_TASKS);

  activate (f, "page.search");
  g_assert_true (gtk_widget_is_ancestor (gtk_window_get_focus (f->window),
                                         cchc_task_page_get_widget (f->page, "search_entry")));

  check_search (f, "tuyen truyen");
  g_assert_nonnull (find_mapped_label (GTK_WIDGET (f->page), "7. Công tác tuyên truyền CCHC",
                                       FALSE));
  g_assert_null (find_mapped_label (GTK_WIDGET (f->page), "1. Cải cách thể chế", FALSE));
  /* Moving makes no sense in a filtered list. */
  select_item (f, g_ptr_array_index (expected, 1));
  g_assert_true (button_enabled (f, "edit_button"));
  g_assert_false (button_enabled (f, "move_up_button"));
  g_assert_false (button_enabled (f, "move_down_button"));
  save_screenshot (GTK_WIDGET (f->window), "screenshot-tasks-search.png");
  check_toolbar_stays (f, 1100 - SIDEBAR_WIDTH);
  check_toolbar_stays (f, 1280);
  check_search (f, "tuyen truyen");

  /* Case and diacritics do not matter; growing and shrinking the query
   * filters the rows already filtered. */
  check_search (f, "TUYÊN TRUYỀN");
  check_search (f, "tuyen truyen cchc");
  check_search (f, "tuyen");
  check_search (f, "Đăng");
  g_assert_cmpuint (g_list_model_get_n_items (get_rows (f)), ==, dang->len);
  check_search (f, "quy ii/2022");
  check_search (f, "khong co nhiem vu nao nhu the nay");
  g_assert_cmpuint (g_list_model_get_n_items (get_rows (f)), ==, 0);
  g_assert_cmpstr (status_text (f), ==, "0/24 nhiệm vụ");
  check_no_match (f);

  check_search_while_editing (f);

  /* Escape ends the search, and the table shows the row selected while
   * searching, far down the plan, not its top. */
  check_search (f, cchc_task_get_text (last));
  select_item (f, last);
  activate (f, "page.stop-search");
  wait_for_frames (GTK_WIDGET (f->page));
  g_assert_true (gtk_single_selection_get_selected_item (GTK_SINGLE_SELECTION (
    cchc_task_page_get_rows (f->page))) == (gpointer) last);
  g_assert_nonnull (find_mapped_label (GTK_WIDGET (f->page), cchc_task_get_text (last), TRUE));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (
    cchc_task_page_get_widget (f->page, "search_entry"))), ==, "");
  g_assert_cmpuint (g_list_model_get_n_items (get_rows (f)), ==, N_AREAS + N_TASKS + 1);
  g_assert_cmpstr (status_text (f), ==, "25 nhiệm vụ");

  /* A search that hid the selected row, given up: the row is selected
   * again, the keyboard back on it. */
  {
    CchcTask *first = get_task (f->store, get_area (f->store, f->plan, 0), 0);

    select_item (f, first);
    check_search (f, "kiem soat");
    g_assert_null (get_selected (f));
    activate (f, "page.stop-search");
    wait_for_frames (GTK_WIDGET (f->page));
    g_assert_true (get_selected (f) == (gpointer) first);
    assert_focus_on_row (f, "1.1");
  }
}

/* 5. Deleting and undoing ---------------------------------------------- */

static void
test_tasks_delete_undo (Fixture       *f,
                        gconstpointer  data)
{
  CchcArea *area = get_area (f->store, f->plan, 3);
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CchcStore) file = NULL;
  g_autoptr(CchcStore) file_after = NULL;
  CchcTask *task = get_task (f->store, area, 1);
  CchcTask *next = get_task (f->store, area, 2);
  CchcTask *restored;
  guint row = find_row (f, task);

  text = g_strdup (cchc_task_get_text (task));
  g_assert_cmpstr (cchc_task_get_number (task), ==, "4.2");
  g_assert_cmpstr (cchc_task_get_number (next), ==, "4.3");

  select_item (f, task);
  g_assert_true (button_enabled (f, "delete_button"));
  activate (f, "page.delete");

  g_assert_cmpuint (find_row (f, task), ==, G_MAXUINT);
  g_assert_cmpuint (g_list_model_get_n_items (get_rows (f)), ==, N_AREAS + N_TASKS - 1);
  g_assert_true (get_row (f, row) == next);
  g_assert_cmpstr (cchc_task_get_number (next), ==, "4.2");
  g_assert_cmpstr (status_text (f), ==, "23 nhiệm vụ");
  /* The task that took its place is selected, and has the keyboard:
   * Edit and Delete go on. */
  g_assert_true (get_selected (f) == next);
  g_assert_true (button_enabled (f, "delete_button"));
  assert_focus_on_row (f, "4.2");
  file = open_file (f);
  g_assert_cmpuint (count_file_tasks (file, 3), ==, 3);
  g_assert_cmpstr (cchc_task_get_text (get_task (file, get_file_area (file, 3), 1)), ==,
                   cchc_task_get_text (next));

  g_assert_true (cchc_history_undo (f->history, &error));
  g_assert_no_error (error);
  run_main_loop (100);

  restored = get_row (f, row);
  g_assert_true (CCHC_IS_TASK (restored));
  g_assert_true (get_selected (f) == restored);
  g_assert_cmpstr (cchc_task_get_number (restored), ==, "4.2");
  g_assert_cmpstr (cchc_task_get_text (restored), ==, text);
  g_assert_true (get_row (f, row + 1) == next);
  g_assert_cmpstr (cchc_task_get_number (next), ==, "4.3");
  g_assert_cmpuint (g_list_model_get_n_items (get_rows (f)), ==, N_AREAS + N_TASKS);
  g_assert_cmpstr (status_text (f), ==, "24 nhiệm vụ");
  /* The row brought back has the keyboard. */
  assert_focus_on_row (f, "4.2");
  run_main_loop (100);
  g_assert_nonnull (find_mapped_label (GTK_WIDGET (f->page), text, FALSE));

  file_after = open_file (f);
  g_assert_cmpuint (count_file_tasks (file_after, 3), ==, 4);
  g_assert_cmpstr (cchc_task_get_text (get_task (file_after, get_file_area (file_after, 3), 1)),
                   ==, text);
  g_assert_cmpstr (cchc_task_get_number (get_task (file_after, get_file_area (file_after, 3), 1)),
                   ==, "4.2");
}

/* Deleting the last task of an area selects the one before it; its only
 * task, the area; in a sorted table, the row that took its place. Undo,
 * from wherever, selects what it brings back. */
static void
test_tasks_delete_selection (Fixture       *f,
                             gconstpointer  data)
{
  CchcArea *area = get_area (f->store, f->plan, 3);
  CchcArea *lonely = get_area (f->store, f->plan, 2);
  CchcTask *last = get_task (f->store, area, 3);
  CchcTask *before = get_task (f->store, area, 2);
  CchcTask *only = get_task (f->store, lonely, 0);
  g_autofree char *only_uuid = g_strdup (cchc_record_get_uuid (CCHC_RECORD (only)));
  g_autoptr(GError) error = NULL;
  gpointer next;

  g_assert_cmpuint (g_list_model_get_n_items (cchc_store_get_tasks (f->store, lonely)), ==, 1);

  select_item (f, last);
  activate (f, "page.delete");
  g_assert_true (get_selected (f) == before);

  select_item (f, only);
  activate (f, "page.delete");
  g_assert_true (get_selected (f) == lonely);
  g_assert_true (button_enabled (f, "add_button"));
  save_screenshot (GTK_WIDGET (f->window), "screenshot-tasks-deleted-selection.png");

  /* Undone elsewhere (the window's notice): the task comes back selected. */
  select_item (f, get_area (f->store, f->plan, 0));
  g_assert_true (cchc_history_undo (f->history, &error));
  g_assert_no_error (error);
  run_main_loop (50);
  g_assert_cmpstr (cchc_record_get_uuid (CCHC_RECORD (get_selected (f))), ==, only_uuid);
  g_assert_true (cchc_history_undo (f->history, &error));
  g_assert_no_error (error);
  run_main_loop (50);
  g_assert_true (CCHC_IS_TASK (get_selected (f)));
  g_assert_cmpstr (cchc_task_get_number (get_selected (f)), ==, "4.4");

  /* Sorted: the next row of the table, whatever its area. */
  gtk_column_view_sort_by_column (cchc_task_page_get_column_view (f->page),
                                  get_column (f, 1), GTK_SORT_ASCENDING);
  run_main_loop (50);
  select_item (f, get_row (f, 5));
  next = get_row (f, 6);
  activate (f, "page.delete");
  g_assert_true (get_selected (f) == next);
}

/* 6. Moving ------------------------------------------------------------ */

static void
test_tasks_move (Fixture       *f,
                 gconstpointer  data)
{
  CchcArea *area = get_area (f->store, f->plan, 0);
  CchcTask *second = get_task (f->store, area, 1);
  CchcTask *third = get_task (f->store, area, 2);
  g_autoptr(CchcStore) file = NULL;
  guint row = find_row (f, third);

  select_item (f, third);
  g_assert_true (button_enabled (f, "move_up_button"));
  g_assert_true (button_enabled (f, "move_down_button"));
  activate (f, "page.move-up");

  g_assert_cmpstr (cchc_task_get_number (third), ==, "1.2");
  g_assert_cmpstr (cchc_task_get_number (second), ==, "1.3");
  g_assert_cmpuint (find_row (f, third), ==, row - 1);
  g_assert_cmpuint (find_row (f, second), ==, row);
  g_assert_true (get_task (f->store, area, 1) == third);
  /* The selection follows the task. */
  g_assert_true (gtk_single_selection_get_selected_item (
    GTK_SINGLE_SELECTION (cchc_task_page_get_rows (f->page))) == third);
  file = open_file (f);
  g_assert_cmpstr (cchc_task_get_text (get_task (file, get_file_area (file, 0), 1)), ==,
                   cchc_task_get_text (third));
  g_assert_cmpstr (cchc_task_get_text (get_task (file, get_file_area (file, 0), 2)), ==,
                   cchc_task_get_text (second));
  run_main_loop (100);
  save_screenshot (GTK_WIDGET (f->window), "screenshot-tasks-moved.png");

  /* At the top of the first area the task goes no higher. */
  activate (f, "page.move-up");
  g_assert_cmpstr (cchc_task_get_number (third), ==, "1.1");
  g_assert_false (button_enabled (f, "move_up_button"));
  g_assert_true (button_enabled (f, "move_down_button"));

  /* Past the end of its area it goes to the start of the next one, in one
   * step that undo takes back; the selection follows. */
  {
    CchcTask *last = get_task (f->store, area, 3);
    CchcArea *next_area = get_area (f->store, f->plan, 1);
    g_autoptr(GError) error = NULL;

    select_item (f, last);
    g_assert_true (button_enabled (f, "move_down_button"));
    activate (f, "page.move-down");
    g_assert_cmpstr (cchc_task_get_number (last), ==, "2.1");
    g_assert_true (get_task (f->store, next_area, 0) == last);
    g_assert_cmpuint (find_row (f, last), ==, find_row (f, next_area) + 1);
    g_assert_true (gtk_single_selection_get_selected_item (
      GTK_SINGLE_SELECTION (cchc_task_page_get_rows (f->page))) == last);
    g_clear_object (&file);
    file = open_file (f);
    g_assert_cmpstr (cchc_task_get_text (get_task (file, get_file_area (file, 1), 0)), ==,
                     cchc_task_get_text (last));
    g_assert_cmpuint (count_file_tasks (file, 0), ==, 3);

    /* And up again, to the end of the first area. */
    g_assert_true (button_enabled (f, "move_up_button"));
    activate (f, "page.move-up");
    g_assert_cmpstr (cchc_task_get_number (last), ==, "1.4");
    activate (f, "page.move-down");
    g_assert_true (cchc_history_undo (f->history, &error));
    g_assert_no_error (error);
    g_assert_cmpstr (cchc_task_get_number (last), ==, "1.4");
    g_assert_true (get_task (f->store, area, 3) == last);
    g_assert_true (gtk_single_selection_get_selected_item (
      GTK_SINGLE_SELECTION (cchc_task_page_get_rows (f->page))) == last);

    /* Undo and redo select what they moved, whatever was selected since. */
    select_item (f, get_task (f->store, area, 0));
    g_assert_true (cchc_history_redo (f->history, &error));
    g_assert_no_error (error);
    g_assert_true (get_selected (f) == (gpointer) last);
    select_item (f, get_task (f->store, area, 0));
    g_assert_true (cchc_history_undo (f->history, &error));
    g_assert_true (get_selected (f) == (gpointer) last);
    g_assert_cmpstr (cchc_task_get_number (last), ==, "1.4");
  }

  /* The last task of the last area goes no lower. */
  {
    CchcArea *last_area = get_area (f->store, f->plan, N_AREAS - 1);
    guint n = g_list_model_get_n_items (cchc_store_get_tasks (f->store, last_area));

    select_item (f, get_task (f->store, last_area, n - 1));
    g_assert_true (button_enabled (f, "move_up_button"));
    g_assert_false (button_enabled (f, "move_down_button"));
  }

  /* The first area goes no higher; it can be renamed, and a task added
   * to it. */
  select_item (f, area);
  g_assert_false (button_enabled (f, "move_up_button"));
  g_assert_true (button_enabled (f, "move_down_button"));
  g_assert_true (button_enabled (f, "edit_button"));
  g_assert_true (button_enabled (f, "add_button"));
}

/* 7. Validation ---------------------------------------------------------- */

static void
assert_save (CchcTaskEditor *editor,
             gboolean        enabled)
{
  run_main_loop (50);
  g_assert_cmpint (gtk_widget_is_sensitive (field (editor, "save_button")), ==, enabled);
  g_assert_cmpint (cchc_task_editor_get_can_save (editor), ==, enabled);
}

/* The kinds of timeframe, in the order of CchcTimeframeKind. */
static void
check_kind_names (CchcTaskEditor *editor)
{
  const char * const kinds[] = {
    "Không ghi", "Theo quý", "Cả năm", "Ngày cụ thể", "Thường xuyên", "Theo từng quý",
    "Theo tình hình thực tế", "Khi có phát sinh", "Ghi tự do",
  };
  GListModel *model = gtk_drop_down_get_model (GTK_DROP_DOWN (field (editor, "kind_dropdown")));

  g_assert_cmpuint (g_list_model_get_n_items (model), ==, G_N_ELEMENTS (kinds));
  g_assert_cmpuint (G_N_ELEMENTS (kinds), ==, CCHC_TIMEFRAME_KIND_TEXT + 1);
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (model), i), ==, kinds[i]);
}

/* A blank or existing unit name makes no unit; Escape asks whether to
 * save what was typed, and can cancel. */
static void
check_unit_names_and_cancel (Fixture        *f,
                             CchcTaskEditor *editor)
{
  g_autoptr(CchcStore) file = NULL;
  g_autofree char *text = NULL;
  g_autofree char *secondary = NULL;
  GtkDialog *question;

  set_entry_text (editor, "new_unit_entry", "   ");
  click (field (editor, "add_unit_button"));
  g_assert_true (gtk_widget_has_css_class (field (editor, "new_unit_entry"), "error"));
  set_entry_text (editor, "new_unit_entry", "văn phòng sở");
  g_assert_false (gtk_widget_has_css_class (field (editor, "new_unit_entry"), "error"));
  click (field (editor, "add_unit_button"));
  g_assert_true (gtk_widget_has_css_class (field (editor, "new_unit_entry"), "error"));
  set_entry_text (editor, "new_unit_entry", "Văn  phòng  Sở");
  click (field (editor, "add_unit_button"));
  g_assert_true (gtk_widget_has_css_class (field (editor, "new_unit_entry"), "error"));
  g_assert_cmpuint (g_list_model_get_n_items (cchc_store_get_units (f->store)), ==, 12);

  /* Escape asks first: the form has changes. It cannot save them as they
   * are (the free text is blank) and says so; Cancel goes back to them. */
  question = close_for_question (GTK_WINDOW (editor), &text, &secondary);
  g_assert_cmpstr (text, ==, "Lưu các thay đổi?");
  g_assert_cmpstr (secondary, ==, "Có ô đang được đánh dấu: hãy sửa chúng để lưu.");
  g_assert_false (gtk_widget_get_sensitive (gtk_dialog_get_widget_for_response (question, 2)));
  save_screenshot (GTK_WIDGET (question), "screenshot-tasks-editor-closing.png");
  gtk_dialog_response (question, GTK_RESPONSE_CANCEL);
  run_main_loop (100);
  g_assert_true (find_window (CCHC_TYPE_TASK_EDITOR, NULL) == GTK_WINDOW (editor));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (field (editor, "detail_entry"))), ==,
                   "  ");

  /* A unit added from it, then Discard: nothing is written, and the
   * unit goes too, with its step of the history. */
  {
    g_autofree char *undo_label = g_strdup (cchc_history_get_undo_label (f->history));

    set_entry_text (editor, "new_unit_entry", "Phòng Thử nghiệm");
    click (field (editor, "add_unit_button"));
    g_assert_cmpuint (g_list_model_get_n_items (cchc_store_get_units (f->store)), ==, 13);
    question = close_for_question (GTK_WINDOW (editor), &text, &secondary);
    gtk_dialog_response (question, 1 /* discard */);
    run_main_loop (100);
    g_assert_null (find_window (CCHC_TYPE_TASK_EDITOR, NULL));
    g_assert_cmpuint (g_list_model_get_n_items (get_rows (f)), ==, N_AREAS + N_TASKS);
    g_assert_cmpuint (g_list_model_get_n_items (cchc_store_get_units (f->store)), ==, 12);
    g_assert_cmpstr (cchc_history_get_undo_label (f->history), ==, undo_label);
    g_assert_false (cchc_history_can_redo (f->history));
  }
  file = open_file (f);
  g_assert_cmpuint (count_file_tasks (file, 0), ==, 4);
  g_assert_cmpuint (g_list_model_get_n_items (cchc_store_get_units (file)), ==, 12);
}

/* Quarters without a quarter; free text without text. */
static void
check_quarters_and_free_text (CchcTaskEditor *editor)
{
  gtk_drop_down_set_selected (GTK_DROP_DOWN (field (editor, "kind_dropdown")),
                              CCHC_TIMEFRAME_KIND_QUARTERS);
  g_assert_true (gtk_widget_has_css_class (field (editor, "quarter1_check"), "error"));
  assert_save (editor, FALSE);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (field (editor, "quarter1_check")), TRUE);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (field (editor, "quarter2_check")), TRUE);
  set_entry_text (editor, "detail_entry", "và thường xuyên");
  assert_save (editor, TRUE);
  g_assert_cmpstr (preview_text (editor), ==, "Xem trước: Quý I, II/2022 và thường xuyên");
  gtk_drop_down_set_selected (GTK_DROP_DOWN (field (editor, "kind_dropdown")),
                              CCHC_TIMEFRAME_KIND_TEXT);
  set_entry_text (editor, "detail_entry", "  ");
  g_assert_true (gtk_widget_has_css_class (field (editor, "detail_entry"), "error"));
  assert_save (editor, FALSE);
}

static void
test_tasks_validation (Fixture       *f,
                       gconstpointer  data)
{
  const char * const english[] = {
    "New Task", "Cancel", "Save", "Area", "Task", "Product", "Numbered", "Lead unit",
    "Cooperating units", "Timeframe", "On a date", "Preview: nothing is written", NULL,
  };
  const char * const vietnamese[] = {
    "Thêm nhiệm vụ", "Hủy", "Lưu", "Lĩnh vực", "Nhiệm vụ cụ thể", "Sản phẩm", "Đánh số thứ tự",
    "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian thực hiện", "Ngày", "Ghi thêm",
    "Thêm đơn vị mới", "Ngày cụ thể", "Chưa chọn đơn vị nào",
    "Tháng đó không có ngày này.", NULL,
  };
  CchcTaskEditor *editor;
  GtkWidget *text_frame;
  GtkWidget *date_entry;

  activate (f, "page.add");
  editor = wait_for_editor ();
  text_frame = field (editor, "text_scroll");
  date_entry = field (editor, "date_entry");
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (editor)), ==, "Thêm nhiệm vụ");

  /* Nothing written yet. */
  g_assert_true (gtk_widget_has_css_class (text_frame, "error"));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (text_frame), ==, "Hãy ghi nội dung nhiệm vụ.");
  save_screenshot (GTK_WIDGET (editor), "screenshot-tasks-editor-empty.png");
  assert_save (editor, FALSE);
  set_view_text (editor, "text_view", "   \n  ");
  g_assert_true (gtk_widget_has_css_class (text_frame, "error"));
  assert_save (editor, FALSE);
  set_view_text (editor, "text_view", "Kiểm tra công tác cải cách hành chính");
  g_assert_false (gtk_widget_has_css_class (text_frame, "error"));
  assert_save (editor, TRUE);

  /* A date that does not exist. */
  gtk_drop_down_set_selected (GTK_DROP_DOWN (field (editor, "kind_dropdown")),
                              CCHC_TIMEFRAME_KIND_DATE);
  set_entry_text (editor, "date_entry", "31/02/2022");
  g_assert_true (gtk_widget_has_css_class (date_entry, "error"));
  g_assert_cmpstr (preview_text (editor), ==, "Tháng đó không có ngày này.");
  assert_save (editor, FALSE);
  run_main_loop (100);
  assert_translated (GTK_WIDGET (editor), english, vietnamese);
  check_kind_names (editor);
  save_screenshot (GTK_WIDGET (editor), "screenshot-tasks-editor-invalid.png");
  /* Save does nothing while it is disabled. */
  click (field (editor, "save_button"));
  g_assert_true (find_window (CCHC_TYPE_TASK_EDITOR, NULL) == GTK_WINDOW (editor));

  /* A date not written as day/month/year */
  set_entry_text (editor, "date_entry", "2022-03-15");
  g_assert_cmpstr (preview_text (editor), ==,
                   "Hãy ghi ngày theo dạng ngày/tháng/năm, ví dụ 15/03/2022.");
  assert_save (editor, FALSE);

  set_entry_text (editor, "date_entry", "15/03/2022");
  g_assert_false (gtk_widget_has_css_class (date_entry, "error"));
  assert_save (editor, TRUE);
  g_assert_cmpstr (preview_text (editor), ==, "Xem trước: 15/03/2022");

  check_quarters_and_free_text (editor);
  check_unit_names_and_cancel (f, editor);
}

/* 8. Filters ------------------------------------------------------------ */

static gboolean
filter_predicate (CchcTask      *task,
                  CchcArea      *area,
                  gconstpointer  data)
{
  const gpointer *choice = data;

  return (choice[0] == NULL || choice[0] == area) &&
         (choice[1] == NULL || choice[1] == cchc_task_get_lead_unit (task));
}

/* The place of @item among the choices of @dropdown. */
static guint
find_choice (GtkDropDown *dropdown,
             gpointer     item)
{
  GListModel *choices = gtk_drop_down_get_model (dropdown);

  for (guint i = 0; i < g_list_model_get_n_items (choices); i++)
    {
      g_autoptr(GObject) choice = g_list_model_get_item (choices, i);

      if (choice == item)
        return i;
    }

  g_assert_not_reached ();
}

static void
check_filters (Fixture *f,
               guint    area_index,
               guint    unit_index)
{
  GtkDropDown *area_filter = GTK_DROP_DOWN (cchc_task_page_get_widget (f->page, "area_filter"));
  GtkDropDown *lead_filter = GTK_DROP_DOWN (cchc_task_page_get_widget (f->page, "lead_filter"));
  gpointer choice[2] = { NULL, NULL };
  g_autoptr(GPtrArray) expected = NULL;
  g_autoptr(GObject) unit = NULL;

  if (area_index > 0)
    choice[0] = get_area (f->store, f->plan, area_index - 1);
  if (unit_index > 0)
    choice[1] = unit = g_list_model_get_item (cchc_store_get_units (f->store), unit_index - 1);

  gtk_drop_down_set_selected (area_filter, area_index);
  gtk_drop_down_set_selected (lead_filter, unit != NULL ? find_choice (lead_filter, unit) : 0);
  g_assert_true (gtk_drop_down_get_selected_item (lead_filter) == unit || unit == NULL);
  run_main_loop (50);
  expected = expected_rows (f, filter_predicate, choice);
  assert_rows (f, expected);
}


/* The list of the area filter shows whole titles. */
static void
check_filter_popup (Fixture *f)
{
  GtkWidget *dropdown = cchc_task_page_get_widget (f->page, "area_filter");
  GtkWidget *popover;

  g_signal_emit_by_name (dropdown, "activate");
  popover = find_widget (dropdown, GTK_TYPE_POPOVER);
  g_assert_nonnull (popover);
  wait_until_mapped (popover);
  g_assert_nonnull (find_mapped_label (popover, "Tất cả lĩnh vực", FALSE));
  g_assert_nonnull (find_mapped_label (popover, "6. Xây dựng và phát triển Chính phủ điện tử",
                                       FALSE));
  save_screenshot (popover, "screenshot-tasks-area-filter.png");
  gtk_popover_popdown (GTK_POPOVER (popover));
}

/* The lead units to filter by come in Vietnamese alphabetical order. */
static void
check_lead_order (Fixture *f)
{
  GListModel *choices = gtk_drop_down_get_model (
    GTK_DROP_DOWN (cchc_task_page_get_widget (f->page, "lead_filter")));
  guint n_choices = g_list_model_get_n_items (choices);

  g_assert_cmpuint (n_choices, ==, 1 + g_list_model_get_n_items (cchc_store_get_units (f->store)));
  for (guint i = 2; i < n_choices; i++)
    {
      g_autoptr(CchcUnit) before = g_list_model_get_item (choices, i - 1);
      g_autoptr(CchcUnit) unit = g_list_model_get_item (choices, i);

      g_assert_cmpint (cchc_text_collate (cchc_unit_get_name (before), cchc_unit_get_name (unit)),
                       <=, 0);
    }

  /* Their list is searched as the editors' are: by any word, no marks. */
  {
    GtkWidget *popover = find_widget (page_widget (f, "lead_filter"), GTK_TYPE_POPOVER);
    GtkWidget *search = find_widget (popover, GTK_TYPE_SEARCH_ENTRY);
    GtkWidget *list = find_widget (popover, GTK_TYPE_LIST_VIEW);

    gtk_editable_set_text (GTK_EDITABLE (search), "phong");
    run_main_loop (300);
    g_assert_cmpuint (g_list_model_get_n_items (
      G_LIST_MODEL (gtk_list_view_get_model (GTK_LIST_VIEW (list)))), ==, 3);
    gtk_editable_set_text (GTK_EDITABLE (search), "");
    run_main_loop (300);
  }
}

/* A widget shown whole: as wide as it would like to be (its natural
 * width counts its margins). */
static void
assert_not_cut (GtkWidget *widget)
{
  int natural;

  gtk_widget_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &natural, NULL, NULL);
  g_assert_true (gtk_widget_get_mapped (widget));
  g_assert_cmpint (gtk_widget_get_width (widget) + gtk_widget_get_margin_start (widget) +
                   gtk_widget_get_margin_end (widget), >=, natural);
}

/* Beside the window's sidebar in a window 1100 pixels wide, the toolbar
 * is one row and its count and the search's hint show whole, even with a
 * long area chosen. */
static void
check_toolbar_wide (Fixture *f)
{
  graphene_point_t filters_at, actions_at;
  g_autofree char *status = NULL;
  guint n_areas, n_tasks;

  count_rows (f, &n_areas, &n_tasks);
  status = expected_status (f, n_tasks);
  g_assert_cmpuint (n_tasks, <, N_TASKS);
  gtk_window_set_default_size (f->window, 1100 - SIDEBAR_WIDTH, 700);
  run_main_loop (200);
  g_assert_cmpstr (status_text (f), ==, status);
  assert_not_cut (page_widget (f, "status_label"));
  /* The empty search's hint, "Tìm nhiệm vụ…" */
  assert_not_cut (cchc_widget_find_descendant (page_widget (f, "search_entry"), GTK_TYPE_LABEL));
  g_assert_true (gtk_widget_compute_point (page_widget (f, "filter_box"), GTK_WIDGET (f->page),
                                           &GRAPHENE_POINT_INIT (0, 0), &filters_at));
  g_assert_true (gtk_widget_compute_point (page_widget (f, "action_box"), GTK_WIDGET (f->page),
                                           &GRAPHENE_POINT_INIT (0, 0), &actions_at));
  g_assert_cmpfloat (filters_at.y, ==, actions_at.y);
  save_screenshot (GTK_WIDGET (f->window), "screenshot-tasks-filter-1100.png");
}

/* 700 pixels wide, the filters take a row above the buttons and show
 * their choices whole; the count too. */
static void
check_toolbar_narrow (Fixture *f)
{
  GtkWidget *filters = page_widget (f, "filter_box");
  graphene_point_t actions_at;

  gtk_window_set_default_size (f->window, 700 - SIDEBAR_WIDTH, 600);
  run_main_loop (200);
  g_assert_true (gtk_widget_compute_point (page_widget (f, "action_box"), GTK_WIDGET (f->page),
                                           &GRAPHENE_POINT_INIT (0, 0), &actions_at));
  g_assert_cmpfloat (actions_at.y, >=, gtk_widget_get_height (filters));
  assert_not_cut (page_widget (f, "area_filter"));
  assert_not_cut (page_widget (f, "lead_filter"));
  assert_not_cut (page_widget (f, "status_label"));
  assert_not_cut (page_widget (f, "sort_button"));
  save_screenshot (GTK_WIDGET (f->window), "screenshot-tasks-filter-700.png");

  gtk_window_set_default_size (f->window, 1280, 900);
  run_main_loop (200);
}

static void
test_tasks_filters (Fixture       *f,
                    gconstpointer  data)
{
  guint office;

  g_assert_nonnull (find_unit (f->store, "Văn phòng Sở", &office));

  check_filters (f, 5, 0);
  g_assert_cmpuint (g_list_model_get_n_items (get_rows (f)), ==, 4);
  g_assert_true (get_row (f, 0) == get_area (f->store, f->plan, 4));
  g_assert_cmpstr (status_text (f), ==, "3/24 nhiệm vụ");

  /* A task added with no row selected goes to the area shown, not to the
   * first area, where the filter would hide it. */
  g_assert_cmpuint (gtk_single_selection_get_selected (GTK_SINGLE_SELECTION (
    cchc_task_page_get_rows (f->page))), ==, GTK_INVALID_LIST_POSITION);
  activate (f, "page.add");
  {
    GtkWindow *editor = find_window (CCHC_TYPE_TASK_EDITOR, NULL);
    GtkWidget *area = field (CCHC_TASK_EDITOR (editor), "area_dropdown");

    g_assert_nonnull (editor);
    g_assert_true (gtk_drop_down_get_selected_item (GTK_DROP_DOWN (area)) ==
                   get_area (f->store, f->plan, 4));
    gtk_window_close (editor);
    run_main_loop (100);
  }

  check_filters (f, 0, office + 1);
  g_assert_cmpuint (g_list_model_get_n_items (get_rows (f)), >, 4);
  g_assert_cmpstr (cchc_unit_get_name (cchc_task_get_lead_unit (get_row (f, 1))), ==,
                   "Văn phòng Sở");
  g_assert_nonnull (find_mapped_label (GTK_WIDGET (f->page), "Văn phòng Sở", FALSE));
  save_screenshot (GTK_WIDGET (f->window), "screenshot-tasks-filter.png");

  check_filters (f, 6, office + 1);
  check_filters (f, 1, office + 1);
  g_assert_cmpuint (g_list_model_get_n_items (get_rows (f)), ==, 0);
  g_assert_cmpstr (status_text (f), ==, "0/24 nhiệm vụ");
  g_assert_cmpstr (content_shown (f), ==, "no-match");

  /* "Show all tasks" lets go of both filters. */
  click (page_widget (f, "show_all_button"));
  g_assert_cmpuint (gtk_drop_down_get_selected (GTK_DROP_DOWN (page_widget (f, "area_filter"))),
                    ==, 0);
  g_assert_cmpuint (gtk_drop_down_get_selected (GTK_DROP_DOWN (page_widget (f, "lead_filter"))),
                    ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (get_rows (f)), ==, N_AREAS + N_TASKS);
  g_assert_cmpstr (content_shown (f), ==, "table");

  check_filters (f, 6, office + 1);
  check_toolbar_wide (f);
  check_filters (f, 0, office + 1);
  check_toolbar_narrow (f);

  check_filters (f, 0, 0);
  g_assert_cmpuint (g_list_model_get_n_items (get_rows (f)), ==, N_AREAS + N_TASKS);

  check_filter_popup (f);
  check_lead_order (f);
}

/* 9. Sorting ------------------------------------------------------------ */

static void
test_tasks_sort (Fixture       *f,
                 gconstpointer  data)
{
  GtkColumnView *view = cchc_task_page_get_column_view (f->page);
  CchcTask *task;

  gtk_column_view_sort_by_column (view, get_column (f, 1), GTK_SORT_ASCENDING);
  run_main_loop (100);

  /* Tasks only, in Vietnamese alphabetical order of their text. */
  g_assert_cmpuint (g_list_model_get_n_items (get_rows (f)), ==, N_TASKS);
  for (guint i = 0; i + 1 < N_TASKS; i++)
    {
      CchcTask *a = get_row (f, i);
      CchcTask *b = get_row (f, i + 1);

      g_assert_true (CCHC_IS_TASK (a) && CCHC_IS_TASK (b));
      g_assert_cmpint (cchc_text_collate (cchc_task_get_text (a), cchc_task_get_text (b)), <=, 0);
    }
  /* "Cập nhật" before "Giao", "Giao" before "Góp ý": Vietnamese, not bytes. */
  g_assert_true (g_str_has_prefix (cchc_task_get_text (get_row (f, 0)), "Cập nhật"));
  g_assert_null (find_mapped_label (GTK_WIDGET (f->page), "1. Cải cách thể chế", FALSE));
  g_assert_false (button_enabled (f, "move_up_button"));
  save_screenshot (GTK_WIDGET (f->window), "screenshot-tasks-sorted.png");

  gtk_column_view_sort_by_column (view, get_column (f, 1), GTK_SORT_DESCENDING);
  run_main_loop (100);
  for (guint i = 0; i + 1 < N_TASKS; i++)
    g_assert_cmpint (cchc_text_collate (cchc_task_get_text (get_row (f, i)),
                                        cchc_task_get_text (get_row (f, i + 1))), >=, 0);

  /* Timeframes by their due date ("Quý IV/2021" before "Quý I/2022"), then
   * those without one ("Thường xuyên") by their text. */
  gtk_column_view_sort_by_column (view, get_column (f, 5), GTK_SORT_ASCENDING);
  run_main_loop (100);
  {
    gboolean undated = FALSE;
    guint n_dated = 0;
    GDate last;

    g_date_clear (&last, 1);
    for (guint i = 0; i < N_TASKS; i++)
      {
        const CchcTimeframe *timeframe = cchc_task_get_timeframe (get_row (f, i));
        GDate due;

        if (timeframe != NULL && cchc_timeframe_get_due_date (timeframe, &due))
          {
            g_assert_false (undated);
            if (g_date_valid (&last))
              g_assert_cmpint (g_date_compare (&last, &due), <=, 0);
            last = due;
            n_dated++;
          }
        else
          undated = TRUE;
      }
    g_assert_cmpuint (n_dated, >=, 3);
    g_assert_true (undated);
  }

  /* STT: by area, then by position. */
  gtk_column_view_sort_by_column (view, get_column (f, 0), GTK_SORT_DESCENDING);
  run_main_loop (100);
  task = get_row (f, 0);
  g_assert_cmpstr (cchc_task_get_number (task), ==, "7.2");
  g_assert_cmpstr (cchc_task_get_number (get_row (f, N_TASKS - 1)), ==, "1.1");

  /* No sort: the grouping is back. */
  gtk_column_view_sort_by_column (view, NULL, GTK_SORT_ASCENDING);
  run_main_loop (100);
  g_assert_cmpuint (g_list_model_get_n_items (get_rows (f)), ==, N_AREAS + N_TASKS);
  g_assert_true (get_row (f, 0) == get_area (f->store, f->plan, 0));
  g_assert_cmpstr (cchc_task_get_number (get_row (f, 1)), ==, "1.1");
  g_assert_nonnull (find_mapped_label (GTK_WIDGET (f->page), "1. Cải cách thể chế", FALSE));
}

/* 10. Exact changes ------------------------------------------------------ */

typedef struct
{
  guint n_signals;
  guint position;
  guint removed;
  guint added;
} Change;

static void
on_rows_items_changed_cb (GListModel *model,
                          guint       position,
                          guint       removed,
                          guint       added,
                          Change     *change)
{
  change->n_signals++;
  change->position = position;
  change->removed = removed;
  change->added = added;
}

static void
assert_change (Change *change,
               guint   position,
               guint   removed,
               guint   added)
{
  g_assert_cmpuint (change->n_signals, ==, 1);
  g_assert_cmpuint (change->position, ==, position);
  g_assert_cmpuint (change->removed, ==, removed);
  g_assert_cmpuint (change->added, ==, added);
  memset (change, 0, sizeof *change);
}

/* One edit, one items-changed at the row's own place: never a reload. */
static void
test_tasks_exact_changes (Fixture       *f,
                          gconstpointer  data)
{
  CchcArea *area = get_area (f->store, f->plan, 5);
  CchcTask *task = get_task (f->store, area, 3);
  g_autoptr(CchcTask) values = cchc_record_dup_values (CCHC_RECORD (task));
  g_autoptr(CchcTask) added = cchc_task_new ();
  g_autoptr(GError) error = NULL;
  Change change = { 0 };
  guint row = find_row (f, task);

  g_signal_connect (get_rows (f), "items-changed", G_CALLBACK (on_rows_items_changed_cb),
                    &change);

  cchc_task_set_product (values, "Sổ theo dõi");
  g_assert_true (cchc_history_update (f->history, task, values, &error));
  assert_change (&change, row, 1, 1);

  cchc_task_set_text (added, "Một nhiệm vụ mới");
  g_assert_true (cchc_history_insert (f->history, area, 1, added, &error));
  assert_change (&change, find_row (f, added), 0, 1);
  g_assert_cmpuint (find_row (f, added), ==, find_row (f, area) + 2);

  g_assert_true (cchc_history_delete (f->history, added, &error));
  assert_change (&change, find_row (f, area) + 2, 1, 0);

  g_assert_true (cchc_history_move (f->history, task, 4, &error));
  assert_change (&change, row, 2, 2);
  g_assert_no_error (error);

  g_signal_handlers_disconnect_by_func (get_rows (f), on_rows_items_changed_cb, &change);
}

/* Edits while a search hides some areas: the rows follow each edit with
 * exact changes (the mirror checks every one), an area's header comes and
 * goes with its last matching task, wherever the area is. */
static void
test_tasks_filtered_changes (Fixture       *f,
                             gconstpointer  data)
{
  const char *query = "phap luat";
  CchcArea *area = get_area (f->store, f->plan, 3);
  CchcTask *task = get_task (f->store, area, 1);
  g_autofree char *text = g_strdup (cchc_task_get_text (task));
  g_autoptr(CchcTask) values = cchc_record_dup_values (CCHC_RECORD (task));
  g_autoptr(CchcTask) added = cchc_task_new ();
  g_autoptr(GPtrArray) expected = NULL;
  g_autoptr(GError) error = NULL;

  /* The first area shows, the fourth does not. */
  check_search (f, query);
  g_assert_true (get_row (f, 0) == get_area (f->store, f->plan, 0));
  g_assert_cmpuint (find_row (f, area), ==, G_MAXUINT);

  /* A task of a hidden area starts to match: its area shows. */
  cchc_task_set_text (values, "Phổ biến pháp luật về công vụ");
  g_assert_true (cchc_history_update (f->history, task, values, &error));
  g_assert_no_error (error);
  expected = expected_rows (f, search_predicate, query);
  assert_rows (f, expected);
  g_assert_true (get_row (f, find_row (f, area) + 1) == task);

  /* Another one, added before it, then moved after it. */
  cchc_task_set_text (added, "Pháp luật về công chức");
  g_assert_true (cchc_history_insert (f->history, area, 0, added, &error));
  g_assert_no_error (error);
  g_clear_pointer (&expected, g_ptr_array_unref);
  expected = expected_rows (f, search_predicate, query);
  assert_rows (f, expected);
  g_assert_true (get_row (f, find_row (f, area) + 1) == added);
  g_assert_true (cchc_history_move (f->history, added, 2, &error));
  g_assert_no_error (error);
  g_clear_pointer (&expected, g_ptr_array_unref);
  expected = expected_rows (f, search_predicate, query);
  assert_rows (f, expected);
  g_assert_true (get_row (f, find_row (f, area) + 2) == added);

  /* Both go: so does the area. */
  g_assert_true (cchc_history_delete (f->history, added, &error));
  cchc_task_set_text (values, text);
  g_assert_true (cchc_history_update (f->history, task, values, &error));
  g_assert_no_error (error);
  g_clear_pointer (&expected, g_ptr_array_unref);
  expected = expected_rows (f, search_predicate, query);
  assert_rows (f, expected);
  g_assert_cmpuint (find_row (f, area), ==, G_MAXUINT);

  /* Undone: the task matches again, and comes back at its place. */
  g_assert_true (cchc_history_undo (f->history, &error));
  g_assert_no_error (error);
  g_clear_pointer (&expected, g_ptr_array_unref);
  expected = expected_rows (f, search_predicate, query);
  assert_rows (f, expected);
  g_assert_true (get_row (f, find_row (f, area) + 1) == task);

  /* Texts typed faster than frames are drawn: the rows follow the last. */
  set_search (f, "");
  gtk_editable_set_text (GTK_EDITABLE (cchc_task_page_get_widget (f->page, "search_entry")),
                         "dang");
  check_search (f, query);
}

/* 11. Tens of thousands of rows ------------------------------------------ */

#define N_LARGE_AREAS 2
#define N_LARGE_TASKS 10000

static CchcPlan *
import_large_plan (CchcStore *store)
{
  g_autoptr(CchcPlanContents) contents = cchc_plan_contents_new ();
  g_autoptr(GError) error = NULL;
  CchcUnit *unit = cchc_unit_new ("Phòng Thử nghiệm", CCHC_UNIT_KIND_INTERNAL);
  g_autofree char *uuid = g_uuid_string_random ();
  CchcPlan *plan;

  cchc_record_set_uuid (CCHC_RECORD (unit), uuid);
  contents->plan = cchc_plan_new ();
  cchc_plan_set_year (contents->plan, 2030);
  cchc_plan_set_title (contents->plan, "Kế hoạch rất dài");
  g_ptr_array_add (contents->units, unit);

  for (guint a = 0; a < N_LARGE_AREAS; a++)
    {
      CchcArea *area = cchc_area_new ();
      GPtrArray *tasks = g_ptr_array_new_with_free_func (g_object_unref);
      g_autofree char *title = g_strdup_printf ("Lĩnh vực thử %u", a + 1);

      cchc_area_set_title (area, title);
      g_ptr_array_add (contents->areas, area);
      g_ptr_array_add (contents->tasks, tasks);

      for (guint i = 0; i < N_LARGE_TASKS; i++)
        {
          CchcTask *task = cchc_task_new ();
          g_autofree char *text = g_strdup_printf ("Nhiệm vụ thử số %05u về tuyên truyền", i);

          cchc_task_set_text (task, text);
          cchc_task_set_lead_unit (task, unit);
          g_ptr_array_add (tasks, task);
        }
    }

  plan = cchc_store_import_plan (store, contents, CCHC_IMPORT_NEW, &error);
  g_assert_no_error (error);

  return plan;
}

/* Counts group their digits as Vietnamese writes them. */
static void
check_format_integer (void)
{
  const struct { guint number; const char *text; } counts[] = {
    { 0, "0" }, { 999, "999" }, { 1000, "1.000" }, { 20000, "20.000" },
    { 1234567, "1.234.567" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (counts); i++)
    {
      g_autofree char *text = cchc_format_integer (counts[i].number);

      g_assert_cmpstr (text, ==, counts[i].text);
    }
}

/* A keystroke refilters the folded texts cached on the tasks. */
static void
check_large_search (Fixture *f)
{
  g_autoptr(GTimer) timer = g_timer_new ();

  set_search (f, "so 0999");
  g_test_message ("Searching: %.3f s (with a 0.4 s wait)", g_timer_elapsed (timer, NULL));
  g_assert_cmpuint (g_list_model_get_n_items (get_rows (f)), ==, N_LARGE_AREAS * (10 + 1));
  set_search (f, "so 09999");
  g_assert_cmpuint (g_list_model_get_n_items (get_rows (f)), ==, N_LARGE_AREAS * 2);
  set_search (f, "");
  g_assert_cmpuint (g_list_model_get_n_items (get_rows (f)), ==,
                    N_LARGE_AREAS * (N_LARGE_TASKS + 1));

  /* Longer and shorter queries over more rows than the table keeps
   * widgets for: the rows shown follow. */
  check_search (f, "so 0");
  check_search (f, "so 01");
  check_search (f, "so 012");
  check_search (f, "so 01");
  check_search (f, "ve");
  assert_rows_fit (f);
}

/* The STT column fits the longest number: "2.10000" on one line. */
static void
check_longest_number (Fixture *f)
{
  GtkColumnView *view = cchc_task_page_get_column_view (f->page);
  GtkWidget *cell;
  int one_line, height;

  gtk_column_view_sort_by_column (view, get_column (f, 0), GTK_SORT_DESCENDING);
  run_main_loop (300);
  g_assert_cmpstr (cchc_task_get_number (get_row (f, 0)), ==, "2.10000");
  cell = find_mapped_label (GTK_WIDGET (view), "2.10000", FALSE);
  g_assert_nonnull (cell);
  gtk_widget_measure (cell, GTK_ORIENTATION_VERTICAL, -1, &one_line, NULL, NULL, NULL);
  gtk_widget_measure (cell, GTK_ORIENTATION_VERTICAL, gtk_widget_get_width (cell),
                      &height, NULL, NULL, NULL);
  g_assert_cmpint (height, ==, one_line);
  save_screenshot (GTK_WIDGET (f->window), "screenshot-tasks-longest-number.png");
}

static void
test_tasks_large (Fixture       *f,
                  gconstpointer  data)
{
  GtkColumnView *view = cchc_task_page_get_column_view (f->page);
  g_autoptr(GTimer) timer = g_timer_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(CchcTask) values = NULL;
  CchcPlan *plan = import_large_plan (f->store);
  Change change = { 0 };
  CchcArea *area;
  CchcTask *task;
  guint row;

  g_timer_start (timer);
  cchc_task_page_set_plan (f->page, plan);
  f->plan = plan;
  run_main_loop (100);
  g_test_message ("Showing %u rows: %.3f s", N_LARGE_AREAS * (N_LARGE_TASKS + 1),
                  g_timer_elapsed (timer, NULL));
  g_assert_cmpuint (g_list_model_get_n_items (get_rows (f)), ==,
                    N_LARGE_AREAS * (N_LARGE_TASKS + 1));
  g_assert_cmpstr (status_text (f), ==, "20.000 nhiệm vụ");
  check_format_integer ();

  check_large_search (f);

  /* One edit in the middle: one exact change, no reload. */
  area = get_area (f->store, plan, 1);
  task = get_task (f->store, area, 5000);
  row = find_row (f, task);
  values = cchc_record_dup_values (CCHC_RECORD (task));
  cchc_task_set_product (values, "Báo cáo");
  g_signal_connect (get_rows (f), "items-changed", G_CALLBACK (on_rows_items_changed_cb),
                    &change);
  g_timer_start (timer);
  g_assert_true (cchc_history_update (f->history, task, values, &error));
  g_assert_no_error (error);
  g_test_message ("Editing one task: %.3f s", g_timer_elapsed (timer, NULL));
  assert_change (&change, row, 1, 1);
  g_signal_handlers_disconnect_by_func (get_rows (f), on_rows_items_changed_cb, &change);

  /* Sorting by text uses the cached collation keys. */
  g_timer_start (timer);
  gtk_column_view_sort_by_column (view, get_column (f, 1), GTK_SORT_DESCENDING);
  run_main_loop (50);
  g_test_message ("Sorting: %.3f s", g_timer_elapsed (timer, NULL));
  g_assert_cmpuint (g_list_model_get_n_items (get_rows (f)), ==, N_LARGE_AREAS * N_LARGE_TASKS);
  g_assert_true (g_str_has_suffix (cchc_task_get_text (get_row (f, 0)), "09999 về tuyên truyền"));
  run_main_loop (300);
  save_screenshot (GTK_WIDGET (f->window), "screenshot-tasks-large.png");
  check_longest_number (f);
  gtk_column_view_sort_by_column (view, NULL, GTK_SORT_ASCENDING);
  run_main_loop (50);
  g_assert_true (CCHC_IS_AREA (get_row (f, 0)));
}

/* 12. Keyboard paths ----------------------------------------------------- */

static void
test_tasks_shortcuts (Fixture       *f,
                      gconstpointer  data)
{
  GtkWidget *page = GTK_WIDGET (f->page);
  CchcTaskEditor *editor;

  assert_bound (page, "<Control>n", "page.add");
  assert_bound (page, "Return", "page.edit");
  assert_bound (page, "F2", "page.edit");
  assert_bound (page, "KP_Enter", "page.edit");
  assert_bound (page, "Delete", "page.delete");
  assert_bound (page, "<Alt>Up", "page.move-up");
  assert_bound (page, "<Alt>Down", "page.move-down");
  assert_bound (page, "<Control>f", "page.search");
  assert_bound (page, "Escape", "page.stop-search");

  select_item (f, get_task (f->store, get_area (f->store, f->plan, 0), 0));
  activate (f, "page.edit");
  editor = wait_for_editor ();
  assert_bound (GTK_WIDGET (editor), "Escape", "window.close");
  assert_bound (GTK_WIDGET (editor), "<Control>s", "editor.save");
  g_assert_true (gtk_window_get_modal (GTK_WINDOW (editor)));
  g_assert_true (gtk_window_get_default_widget (GTK_WINDOW (editor)) ==
                 field (editor, "save_button"));
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (editor)) == f->window);

  /* Unchanged, Ctrl+Return saves and just closes: there is nothing to undo. */
  g_assert_false (cchc_history_can_undo (f->history));
  press_shortcut (GTK_WIDGET (editor), "<Control>Return");
  run_main_loop (400);  /* the button shows itself pressed first */
  g_assert_null (find_window (CCHC_TYPE_TASK_EDITOR, NULL));
  g_assert_false (cchc_history_can_undo (f->history));
}

/* 13. Storage errors ------------------------------------------------------ */

static void
test_tasks_storage_error (Fixture       *f,
                          gconstpointer  data)
{
  CchcArea *area = get_area (f->store, f->plan, 0);
  CchcTask *task = get_task (f->store, area, 1);
  g_autofree char *secondary = NULL;
  g_autofree char *primary = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GtkTextBuffer) buffer = NULL;
  CchcTaskEditor *editor;
  GtkWindow *dialog;
  GtkTextIter start, end;
  g_autofree char *text = NULL;

  select_item (f, task);
  activate (f, "page.edit");
  editor = wait_for_editor ();
  set_view_text (editor, "text_view", "Nội dung mà người dùng đã gõ");

  /* Meanwhile the task goes (another window, an undo): Save fails. */
  g_assert_true (cchc_history_delete (f->history, task, &error));
  g_assert_no_error (error);
  click (field (editor, "save_button"));
  run_main_loop (200);

  dialog = find_window (GTK_TYPE_MESSAGE_DIALOG, NULL);
  g_assert_nonnull (dialog);
  wait_until_mapped (GTK_WIDGET (dialog));
  g_assert_true (gtk_window_get_transient_for (dialog) == GTK_WINDOW (editor));
  g_object_get (dialog, "text", &primary, "secondary-text", &secondary, NULL);
  g_assert_cmpstr (primary, ==, "Không thể lưu nhiệm vụ");
  g_assert_nonnull (secondary);
  save_screenshot (GTK_WIDGET (dialog), "screenshot-tasks-save-error.png");
  gtk_window_destroy (dialog);

  /* The editor stays open with the user's input; the table is as it was. */
  g_assert_true (find_window (CCHC_TYPE_TASK_EDITOR, NULL) == GTK_WINDOW (editor));
  buffer = g_object_ref (gtk_text_view_get_buffer (GTK_TEXT_VIEW (field (editor, "text_view"))));
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  g_assert_cmpstr (text, ==, "Nội dung mà người dùng đã gõ");
  g_assert_cmpuint (g_list_model_get_n_items (get_rows (f)), ==, N_AREAS + N_TASKS - 1);
  g_assert_cmpuint (find_row (f, task), ==, G_MAXUINT);

  /* Closing it asks, the input not being saved; Discard closes. */
  gtk_dialog_response (close_for_question (GTK_WINDOW (editor), &primary, &secondary),
                       1 /* discard */);
  run_main_loop (100);
  g_assert_null (find_window (CCHC_TYPE_TASK_EDITOR, NULL));
}

/* 14. Renamed units ------------------------------------------------------ */

static void
test_tasks_unit_rename (Fixture       *f,
                        gconstpointer  data)
{
  CchcUnit *unit = find_unit (f->store, "Thanh tra Sở", NULL);
  g_autoptr(CchcUnit) values = cchc_record_dup_values (CCHC_RECORD (unit));
  g_autoptr(GPtrArray) expected = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (find_mapped_label (GTK_WIDGET (f->page), "Thanh tra Sở", FALSE));
  check_search (f, "thanh tra so");

  /* The rows that name the unit follow, and so does the search. */
  cchc_unit_set_name (values, "Thanh tra Sở Văn hóa");
  g_assert_true (cchc_history_update (f->history, unit, values, &error));
  g_assert_no_error (error);
  run_main_loop (200);
  g_assert_null (find_mapped_label (GTK_WIDGET (f->page), "Thanh tra Sở", FALSE));
  g_assert_nonnull (find_mapped_label (GTK_WIDGET (f->page), "Thanh tra Sở Văn hóa", FALSE));
  check_search (f, "thanh tra so van hoa");
  expected = expected_rows (f, search_predicate, "thanh tra so van hoa");
  g_assert_cmpuint (count_tasks (expected), >, 0);
}

/* 15. Areas ----------------------------------------------------------- */

static CchcAreaEditor *
wait_for_area_editor (const char *title)
{
  return CCHC_AREA_EDITOR (wait_for_window (CCHC_TYPE_AREA_EDITOR, title));
}

static GtkWidget *
area_field (CchcAreaEditor *editor,
            const char     *name)
{
  GtkWidget *widget = cchc_area_editor_get_field (editor, name);

  g_assert_nonnull (widget);
  return widget;
}

static const char *
area_preview (CchcAreaEditor *editor)
{
  return gtk_label_get_text (GTK_LABEL (area_field (editor, "preview_label")));
}

/* Types @title in a new area's editor and saves it. */
static void
save_area_editor (CchcAreaEditor *editor,
                  const char     *title,
                  const char     *screenshot)
{
  gtk_editable_set_text (GTK_EDITABLE (area_field (editor, "title_entry")), title);
  run_main_loop (50);
  g_assert_true (gtk_widget_is_sensitive (area_field (editor, "save_button")));
  if (screenshot != NULL)
    save_screenshot (GTK_WIDGET (editor), screenshot);
  click (area_field (editor, "save_button"));
  g_assert_null (find_window (CCHC_TYPE_AREA_EDITOR, NULL));
}

static CchcPlan *
add_blank_plan (Fixture *f)
{
  g_autoptr(CchcPlan) plan = cchc_plan_new ();
  g_autoptr(GError) error = NULL;

  cchc_plan_set_year (plan, 2031);
  cchc_plan_set_title (plan, "Cải cách hành chính năm 2031");
  g_assert_true (cchc_history_insert (f->history, NULL, G_MAXUINT, plan, &error));
  g_assert_no_error (error);

  return plan;
}

/* A blank plan says it has no area and offers to add one: "+" waits for
 * it. */
static void
check_no_areas (Fixture *f)
{
  const char * const english[] = {
    "This Plan Has No Areas Yet", "_Add an Area", "Add an Area (Ctrl+Shift+L)",
    "Add a Task or an Area", "Sort the tasks in the plan’s order or by a column",
    "In the _Plan’s Order, by Area", "By P_roduct", "_Descending", NULL,
  };
  const char * const vietnamese[] = {
    "Kế hoạch chưa có lĩnh vực nào", "Thêm lĩnh vực", "Thêm lĩnh vực (Ctrl+Shift+L)",
    "Thêm nhiệm vụ hoặc lĩnh vực", "Không có nhiệm vụ nào khớp",
    "Hiện tất cả nhiệm vụ", "Thêm nhiệm vụ", "Theo thứ tự kế hoạch", "Theo sản phẩm",
    "Giảm dần", NULL,
  };

  g_assert_cmpuint (g_list_model_get_n_items (get_rows (f)), ==, 0);
  g_assert_cmpstr (content_shown (f), ==, "no-areas");
  wait_for_mapped_label (GTK_WIDGET (f->page), "Kế hoạch chưa có lĩnh vực nào");
  g_assert_false (button_enabled (f, "add_button"));
  g_assert_true (button_enabled (f, "add_menu_button"));
  g_assert_true (gtk_widget_get_mapped (page_widget (f, "add_area_button")));
  g_assert_true (gtk_widget_is_sensitive (page_widget (f, "add_area_button")));
  assert_translated (GTK_WIDGET (f->page), english, vietnamese);
}

/* Ctrl+N adds a task to the new area. */
static void
add_first_task (Fixture  *f,
                CchcArea *area)
{
  CchcTaskEditor *editor;
  CchcTask *task;

  activate (f, "page.add");
  editor = wait_for_editor ();
  g_assert_true (gtk_drop_down_get_selected_item (GTK_DROP_DOWN (field (editor, "area_dropdown")))
                 == area);
  set_view_text (editor, "text_view", "Rà soát văn bản quy phạm pháp luật");
  click (field (editor, "save_button"));
  task = get_task (f->store, area, 0);
  g_assert_cmpstr (cchc_task_get_number (task), ==, "1.1");
  g_assert_true (get_row (f, 1) == task);
  g_assert_true (get_selected (f) == task);
  g_assert_cmpstr (status_text (f), ==, "1 nhiệm vụ");
  save_screenshot (GTK_WIDGET (f->window), "screenshot-tasks-first-area.png");
}

static void
test_tasks_blank_plan (Fixture       *f,
                       gconstpointer  data)
{
  CchcPlan *plan = add_blank_plan (f);
  g_autoptr(CchcStore) file = NULL;
  CchcAreaEditor *area_editor;
  CchcPlan *stored;
  CchcArea *area;

  cchc_task_page_set_plan (f->page, plan);
  run_main_loop (100);
  check_no_areas (f);
  save_screenshot (GTK_WIDGET (f->window), "screenshot-tasks-no-areas.png");

  /* The placeholder's button opens the area editor. */
  click (page_widget (f, "add_area_button"));
  area_editor = wait_for_area_editor ("Thêm lĩnh vực");
  g_assert_false (gtk_widget_is_sensitive (area_field (area_editor, "save_button")));
  g_assert_cmpstr (area_preview (area_editor), ==, "Hãy ghi tên lĩnh vực.");
  gtk_editable_set_text (GTK_EDITABLE (area_field (area_editor, "title_entry")),
                         "Cải cách thể chế");
  run_main_loop (50);
  g_assert_cmpstr (area_preview (area_editor), ==, "Khi in: 1. Cải cách thể chế");
  save_area_editor (area_editor, "Cải cách thể chế", "screenshot-tasks-area-editor.png");

  /* The area, numbered by its place, selected; the table is back. */
  area = get_area (f->store, plan, 0);
  g_assert_cmpstr (cchc_area_get_title (area), ==, "Cải cách thể chế");
  g_assert_true (get_selected (f) == area);
  g_assert_cmpstr (content_shown (f), ==, "table");
  wait_for_mapped_label (GTK_WIDGET (f->page), "1. Cải cách thể chế");
  g_assert_true (button_enabled (f, "add_button"));

  add_first_task (f, area);

  file = open_file (f);
  stored = cchc_store_find_plan (file, "2031");
  g_assert_nonnull (stored);
  g_assert_cmpuint (g_list_model_get_n_items (cchc_store_get_areas (file, stored)), ==, 1);
  g_assert_cmpstr (cchc_area_get_title (get_area (file, stored, 0)), ==, "Cải cách thể chế");
  g_assert_cmpstr (cchc_task_get_text (get_task (file, get_area (file, stored, 0), 0)), ==,
                   "Rà soát văn bản quy phạm pháp luật");
}

/* Ctrl+Shift+L (and the "+" menu) add an area after the selected row's
 * area; each addition is one step of undo. */
static void
test_tasks_area_add (Fixture       *f,
                     gconstpointer  data)
{
  GtkWidget *popover;
  CchcAreaEditor *editor;
  g_autoptr(GError) error = NULL;
  CchcArea *area;

  assert_bound (GTK_WIDGET (f->page), "<Shift><Control>l", "page.add-area");

  gtk_menu_button_popup (GTK_MENU_BUTTON (page_widget (f, "add_menu_button")));
  popover = GTK_WIDGET (gtk_menu_button_get_popover (
    GTK_MENU_BUTTON (page_widget (f, "add_menu_button"))));
  wait_until_mapped (popover);
  g_assert_nonnull (find_mapped_label (popover, "Thêm lĩnh vực", FALSE));
  g_assert_nonnull (find_mapped_label (popover, "Thêm nhiệm vụ", FALSE));
  save_screenshot (popover, "screenshot-tasks-add-menu.png");
  gtk_menu_button_popdown (GTK_MENU_BUTTON (page_widget (f, "add_menu_button")));

  select_item (f, get_task (f->store, get_area (f->store, f->plan, 1), 0));
  press_shortcut (GTK_WIDGET (f->page), "<Shift><Control>l");
  editor = wait_for_area_editor ("Thêm lĩnh vực");
  gtk_editable_set_text (GTK_EDITABLE (area_field (editor, "title_entry")), "Thanh tra công vụ");
  run_main_loop (50);
  g_assert_cmpstr (area_preview (editor), ==, "Khi in: 3. Thanh tra công vụ");
  save_area_editor (editor, "Thanh tra công vụ", NULL);

  area = get_area (f->store, f->plan, 2);
  g_assert_cmpstr (cchc_area_get_title (area), ==, "Thanh tra công vụ");
  g_assert_cmpstr (cchc_area_get_number (get_area (f->store, f->plan, 3)), ==, "4");
  g_assert_true (get_selected (f) == area);
  g_assert_cmpuint (g_list_model_get_n_items (get_rows (f)), ==, N_AREAS + 1 + N_TASKS);

  g_assert_true (cchc_history_undo (f->history, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (cchc_store_get_areas (f->store, f->plan)), ==,
                    N_AREAS);
}

/* Return or a double click on an area row renames the area. */
static void
test_tasks_area_rename (Fixture       *f,
                        gconstpointer  data)
{
  CchcArea *area = get_area (f->store, f->plan, 1);
  const char *title = "Cải cách thủ tục hành chính và cơ chế một cửa";
  g_autoptr(CchcStore) file = NULL;
  g_autoptr(GError) error = NULL;
  CchcAreaEditor *editor;

  select_item (f, area);
  g_assert_cmpstr (gtk_widget_get_tooltip_text (page_widget (f, "edit_button")), ==,
                   "Đổi tên lĩnh vực (Enter)");
  g_signal_emit_by_name (cchc_task_page_get_column_view (f->page), "activate", find_row (f, area));
  editor = wait_for_area_editor ("Đổi tên lĩnh vực");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (area_field (editor, "title_entry"))), ==,
                   "Cải cách thủ tục hành chính");
  g_assert_cmpstr (area_preview (editor), ==, "Khi in: 2. Cải cách thủ tục hành chính");

  /* Saved unchanged: nothing to undo. */
  click (area_field (editor, "save_button"));
  g_assert_false (cchc_history_can_undo (f->history));

  activate (f, "page.edit");
  editor = wait_for_area_editor ("Đổi tên lĩnh vực");
  save_area_editor (editor, title, "screenshot-tasks-area-rename.png");
  g_assert_true (get_area (f->store, f->plan, 1) == area);
  g_assert_cmpstr (cchc_area_get_title (area), ==, title);
  g_assert_true (get_selected (f) == area);
  wait_for_mapped_label (GTK_WIDGET (f->page), "2. Cải cách thủ tục hành chính và cơ chế một cửa");
  file = open_file (f);
  g_assert_cmpstr (cchc_area_get_title (get_file_area (file, 1)), ==, title);

  g_assert_true (cchc_history_undo (f->history, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (cchc_area_get_title (area), ==, "Cải cách thủ tục hành chính");
}

static void
on_deleted_cb (CchcHistory  *history,
               const char   *description,
               char        **deleted)
{
  g_free (*deleted);
  *deleted = g_strdup (description);
}

/* The user is asked first; Cancel keeps the area. */
static GtkDialog *
ask_delete_area (Fixture  *f,
                 CchcArea *area)
{
  g_autofree char *text = NULL;
  g_autofree char *secondary = NULL;
  GtkDialog *dialog;

  select_item (f, area);
  g_assert_cmpstr (gtk_widget_get_tooltip_text (page_widget (f, "delete_button")), ==,
                   "Xóa lĩnh vực (Delete)");
  activate (f, "page.delete");
  dialog = wait_for_message_dialog (&text, &secondary);
  g_assert_cmpstr (text, ==, "Xóa lĩnh vực “Cải cách công vụ” cùng 4 nhiệm vụ của lĩnh vực này?");
  g_assert_cmpstr (secondary, ==, "Các lĩnh vực sau nó được đánh số lại. Có thể hoàn tác để "
                                  "lấy lại lĩnh vực cùng các nhiệm vụ của nó.");
  return dialog;
}

static void
test_tasks_area_delete_undo (Fixture       *f,
                             gconstpointer  data)
{
  CchcArea *area = get_area (f->store, f->plan, 3);
  CchcArea *next = get_area (f->store, f->plan, 4);
  g_autofree char *uuid = g_strdup (cchc_record_get_uuid (CCHC_RECORD (area)));
  g_autofree char *deleted = NULL;
  g_autoptr(CchcStore) file = NULL;
  g_autoptr(CchcStore) file_after = NULL;
  g_autoptr(GError) error = NULL;
  GtkDialog *dialog;
  CchcArea *restored;

  g_signal_connect (f->history, "deleted", G_CALLBACK (on_deleted_cb), &deleted);

  dialog = ask_delete_area (f, area);
  gtk_dialog_response (dialog, GTK_RESPONSE_CANCEL);
  run_main_loop (50);
  g_assert_true (get_area (f->store, f->plan, 3) == area);
  g_assert_null (deleted);

  dialog = ask_delete_area (f, area);
  save_screenshot (GTK_WIDGET (dialog), "screenshot-tasks-area-delete.png");
  /* Its heading wraps: the question stays a dialog's width. */
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (dialog)), <=, 640);
  gtk_dialog_response (dialog, GTK_RESPONSE_ACCEPT);
  run_main_loop (50);

  /* Gone with its tasks; the next area takes its number and is selected. */
  g_assert_cmpuint (find_row (f, area), ==, G_MAXUINT);
  g_assert_cmpuint (g_list_model_get_n_items (get_rows (f)), ==, N_AREAS - 1 + N_TASKS - 4);
  g_assert_cmpstr (cchc_area_get_number (next), ==, "4");
  g_assert_true (get_selected (f) == next);
  g_assert_cmpstr (deleted, ==, "lĩnh vực “Cải cách công vụ”");
  g_assert_cmpstr (status_text (f), ==, "20 nhiệm vụ");
  file = open_file (f);
  g_assert_cmpstr (cchc_area_get_title (get_file_area (file, 3)), ==, "Cải cách tài chính công");

  /* Undone: the area is back at its place with its four tasks, selected. */
  g_assert_true (cchc_history_undo (f->history, &error));
  g_assert_no_error (error);
  run_main_loop (50);
  restored = get_area (f->store, f->plan, 3);
  g_assert_cmpstr (cchc_record_get_uuid (CCHC_RECORD (restored)), ==, uuid);
  g_assert_true (get_selected (f) == restored);
  g_assert_cmpuint (g_list_model_get_n_items (get_rows (f)), ==, N_AREAS + N_TASKS);
  g_assert_cmpstr (cchc_task_get_number (get_row (f, find_row (f, restored) + 4)), ==, "4.4");
  g_assert_cmpstr (cchc_area_get_number (next), ==, "5");
  file_after = open_file (f);
  g_assert_cmpstr (cchc_area_get_title (get_file_area (file_after, 3)), ==, "Cải cách công vụ");
  g_assert_cmpuint (count_file_tasks (file_after, 3), ==, 4);

  g_signal_handlers_disconnect_by_func (f->history, on_deleted_cb, &deleted);
}

/* An area without tasks goes without a question. */
static void
test_tasks_area_delete_empty (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(CchcArea) empty = cchc_area_new ();
  g_autoptr(GError) error = NULL;

  cchc_area_set_title (empty, "Lĩnh vực chưa có nhiệm vụ");
  g_assert_true (cchc_history_insert (f->history, f->plan, 1, empty, &error));
  g_assert_no_error (error);

  select_item (f, empty);
  activate (f, "page.delete");
  g_assert_null (find_window (GTK_TYPE_MESSAGE_DIALOG, NULL));
  g_assert_cmpuint (find_row (f, empty), ==, G_MAXUINT);
  g_assert_true (get_selected (f) == get_area (f->store, f->plan, 1));
  g_assert_cmpuint (g_list_model_get_n_items (cchc_store_get_areas (f->store, f->plan)), ==,
                    N_AREAS);
}

/* Alt+Up and Alt+Down on an area row move the area with its tasks. */
static void
test_tasks_area_move (Fixture       *f,
                      gconstpointer  data)
{
  CchcArea *area = get_area (f->store, f->plan, 1);
  CchcArea *other = get_area (f->store, f->plan, 2);
  CchcTask *task = get_task (f->store, area, 1);
  g_autoptr(CchcStore) file = NULL;
  g_autoptr(GError) error = NULL;

  select_item (f, area);
  g_assert_true (button_enabled (f, "move_up_button"));
  g_assert_true (button_enabled (f, "move_down_button"));
  activate (f, "page.move-down");

  g_assert_true (get_area (f->store, f->plan, 2) == area);
  g_assert_cmpstr (cchc_area_get_number (area), ==, "3");
  g_assert_cmpstr (cchc_area_get_number (other), ==, "2");
  g_assert_cmpstr (cchc_task_get_number (task), ==, "3.2");
  g_assert_true (get_selected (f) == area);
  g_assert_cmpuint (find_row (f, area), ==, find_row (f, other) + 2);
  g_assert_true (get_row (f, find_row (f, area) + 2) == task);
  assert_mirror (f);
  wait_for_mapped_label (GTK_WIDGET (f->page), "3. Cải cách thủ tục hành chính");
  save_screenshot (GTK_WIDGET (f->window), "screenshot-tasks-area-moved.png");
  file = open_file (f);
  g_assert_cmpstr (cchc_area_get_title (get_file_area (file, 2)), ==,
                   "Cải cách thủ tục hành chính");

  /* The first area goes no higher, the last no lower. */
  select_item (f, get_area (f->store, f->plan, 0));
  g_assert_false (button_enabled (f, "move_up_button"));
  select_item (f, get_area (f->store, f->plan, N_AREAS - 1));
  g_assert_false (button_enabled (f, "move_down_button"));
  g_assert_true (button_enabled (f, "move_up_button"));

  g_assert_true (cchc_history_undo (f->history, &error));
  g_assert_no_error (error);
  g_assert_true (get_area (f->store, f->plan, 1) == area);
  g_assert_cmpstr (cchc_task_get_number (task), ==, "2.2");
}

/* 16. The sort menu ------------------------------------------------------ */

static char *
dup_sort_by (Fixture *f)
{
  char *sort_by = NULL;

  g_object_get (f->page, "sort-by", &sort_by, NULL);
  return sort_by;
}

static void
choose_sort (Fixture    *f,
             const char *action,
             const char *choice)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), action, "s", choice));
  run_main_loop (100);
}

static void
check_sort_menu_shown (Fixture *f)
{
  GtkMenuButton *button = GTK_MENU_BUTTON (page_widget (f, "sort_button"));
  GtkWidget *popover;

  g_assert_true (gtk_widget_get_focusable (gtk_widget_get_first_child (GTK_WIDGET (button))));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (GTK_WIDGET (button)), ==,
                   "Sắp xếp nhiệm vụ theo thứ tự kế hoạch hoặc theo một cột");
  gtk_menu_button_popup (button);
  popover = GTK_WIDGET (gtk_menu_button_get_popover (button));
  wait_until_mapped (popover);
  g_assert_nonnull (find_mapped_label (popover, "Theo thứ tự kế hoạch", FALSE));
  g_assert_nonnull (find_mapped_label (popover, "Theo thời gian thực hiện", FALSE));
  save_screenshot (popover, "screenshot-tasks-sort-menu.png");
  gtk_menu_button_popdown (button);
}

static GtkWidget *
find_css_name (GtkWidget  *widget,
               const char *name)
{
  if (g_str_equal (gtk_widget_get_css_name (widget), name))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_css_name (child, name);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* The arrow on column @index's header: "ascending", "descending" or
 * "unsorted" (none). */
static const char *
header_arrow (Fixture *f,
              guint    index)
{
  GtkWidget *view = GTK_WIDGET (cchc_task_page_get_column_view (f->page));
  GtkWidget *title = gtk_widget_get_first_child (gtk_widget_get_first_child (view));
  const char *states[] = { "ascending", "descending", "unsorted" };
  GtkWidget *arrow;

  for (guint i = 0; i < index; i++)
    title = gtk_widget_get_next_sibling (title);
  arrow = find_css_name (title, "sort-indicator");
  g_assert_nonnull (arrow);
  for (guint i = 0; i < G_N_ELEMENTS (states); i++)
    if (gtk_widget_has_css_class (arrow, states[i]))
      return states[i];

  return "none";
}

/* Only column @sorting's header has an arrow, @arrow; none has in the
 * plan's order (@sorting -1). */
static void
assert_header_arrows (Fixture    *f,
                      int         sorting,
                      const char *arrow)
{
  for (int i = 0; i < CCHC_TASK_N_COLUMNS; i++)
    g_assert_cmpstr (header_arrow (f, i), ==, i == sorting ? arrow : "unsorted");
}

/* Back to the plan's order: the areas, and moving, are back; the task
 * @selected stays selected, in view. */
static void
check_plan_order (Fixture  *f,
                  CchcTask *selected)
{
  g_autofree char *sort_by = NULL;

  choose_sort (f, "page.sort-by", "plan");
  sort_by = dup_sort_by (f);
  g_assert_cmpstr (sort_by, ==, "plan");
  assert_header_arrows (f, -1, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (get_rows (f)), ==, N_AREAS + N_TASKS);
  g_assert_true (get_row (f, 0) == get_area (f->store, f->plan, 0));
  g_assert_cmpstr (cchc_task_get_number (get_row (f, 2)), ==, "1.2");
  g_assert_true (get_selected (f) == selected);
  g_assert_true (button_enabled (f, "move_down_button") || button_enabled (f, "move_up_button"));
  wait_for_mapped_label (GTK_WIDGET (f->page), cchc_task_get_text (selected));
  save_screenshot (GTK_WIDGET (f->window), "screenshot-tasks-plan-order.png");
  select_item (f, get_row (f, 2));
  g_assert_true (button_enabled (f, "move_up_button"));
  g_assert_true (button_enabled (f, "move_down_button"));
}

static void
test_tasks_sort_menu (Fixture       *f,
                      gconstpointer  data)
{
  GtkColumnView *view = cchc_task_page_get_column_view (f->page);
  g_autofree char *sort_by = dup_sort_by (f);
  GtkSortType order;
  CchcTask *selected;

  g_assert_cmpstr (sort_by, ==, "plan");
  check_sort_menu_shown (f);

  /* By product: tasks only, nothing moves. */
  choose_sort (f, "page.sort-by", "product");
  g_assert_cmpuint (g_list_model_get_n_items (get_rows (f)), ==, N_TASKS);
  for (guint i = 0; i + 1 < N_TASKS; i++)
    g_assert_cmpint (cchc_text_collate (cchc_task_get_product (get_row (f, i)),
                                        cchc_task_get_product (get_row (f, i + 1))), <=, 0);
  selected = get_row (f, 3);
  select_item (f, selected);
  g_assert_false (button_enabled (f, "move_up_button"));
  choose_sort (f, "page.sort-order", "descending");
  g_assert_cmpint (cchc_text_collate (cchc_task_get_product (get_row (f, 0)),
                                      cchc_task_get_product (get_row (f, N_TASKS - 1))), >=, 0);
  g_assert_cmpstr (gtk_menu_button_get_icon_name (GTK_MENU_BUTTON (page_widget (f, "sort_button"))),
                   ==, "view-sort-descending-symbolic");
  assert_header_arrows (f, 2, "descending");

  /* A header clicked: the menu follows. */
  gtk_column_view_sort_by_column (view, get_column (f, 5), GTK_SORT_ASCENDING);
  run_main_loop (100);
  g_clear_pointer (&sort_by, g_free);
  sort_by = dup_sort_by (f);
  g_object_get (f->page, "sort-order", &order, NULL);
  g_assert_cmpstr (sort_by, ==, "timeframe");
  g_assert_cmpint (order, ==, GTK_SORT_ASCENDING);
  assert_header_arrows (f, 5, "ascending");

  check_plan_order (f, selected);
}

/* 13. Rows passed on between items --------------------------------------- */

#define N_SHUFFLED_TASKS 150

static const char *shuffle_words[] = {
  "tuyên truyền", "kế hoạch", "cải cách", "thủ tục", "rà soát", "văn bản", "số hóa", "đơn vị",
};

static char *
random_text (GRand *rand)
{
  GString *text = g_string_new (NULL);
  guint n_words = g_rand_int_range (rand, 2, 14);

  for (guint w = 0; w < n_words; w++)
    g_string_append_printf (text, "%s%s", w > 0 ? " " : "",
                            shuffle_words[g_rand_int_range (rand, 0,
                                                            G_N_ELEMENTS (shuffle_words))]);

  return g_string_free (text, FALSE);
}

/* A random task of those the page lists, or %NULL. */
static CchcTask *
random_shown_task (Fixture *f,
                   GRand   *rand)
{
  guint n_rows = g_list_model_get_n_items (get_rows (f));

  for (guint tries = 0; tries < 20 && n_rows > 0; tries++)
    {
      gpointer item = get_row (f, g_rand_int_range (rand, 0, n_rows));

      if (CCHC_IS_TASK (item))
        return item;
    }

  return NULL;
}

static void
shuffle_step (Fixture *f,
              GRand   *rand,
              guint    kind)
{
  static const char *queries[] = { "", "t", "tu", "tuy", "tuyen", "ke", "ke h", "so", "x" };
  GtkColumnView *view = cchc_task_page_get_column_view (f->page);
  GtkWidget *entry = cchc_task_page_get_widget (f->page, "search_entry");
  guint n_rows = g_list_model_get_n_items (get_rows (f));
  g_autoptr(GError) error = NULL;
  CchcTask *task;

  switch (kind)
    {
    case 0:  /* a search, as typed (without the entry's delay) */
      gtk_editable_set_text (GTK_EDITABLE (entry),
                             queries[g_rand_int_range (rand, 0, G_N_ELEMENTS (queries))]);
      g_signal_emit_by_name (entry, "search-changed");
      break;
    case 1:  /* sorted by a column, or in the plan's order */
      {
        guint column = g_rand_int_range (rand, 0, CCHC_TASK_N_COLUMNS + 1);

        gtk_column_view_sort_by_column (view, column < CCHC_TASK_N_COLUMNS ?
                                              get_column (f, column) : NULL,
                                        g_rand_boolean (rand) ? GTK_SORT_ASCENDING
                                                              : GTK_SORT_DESCENDING);
      }
      break;
    case 2:  /* scrolled */
      if (n_rows > 0)
        cchc_column_view_scroll_to (view, g_rand_int_range (rand, 0, n_rows));
      break;
    case 3:  /* a task edited */
      if ((task = random_shown_task (f, rand)) != NULL)
        {
          g_autoptr(CchcTask) values = cchc_record_dup_values (CCHC_RECORD (task));
          g_autofree char *text = random_text (rand);

          cchc_task_set_text (values, text);
          g_assert_true (cchc_history_update (f->history, task, values, &error));
        }
      break;
    case 4:  /* a task deleted */
      if ((task = random_shown_task (f, rand)) != NULL)
        g_assert_true (cchc_history_delete (f->history, task, &error));
      break;
    case 5:  /* a task moved to the top of its area */
      if ((task = random_shown_task (f, rand)) != NULL)
        g_assert_true (cchc_history_move (f->history, task, 0, &error));
      break;
    default:  /* the last change undone */
      if (cchc_history_can_undo (f->history))
        g_assert_true (cchc_history_undo (f->history, &error));
    }
  g_assert_no_error (error);
}

/* Searches, sorts, scrolls and edits in a random order: after each, every
 * row widget of the table shows the row at its place (rows pass their
 * widgets on to other items, see CchcRowRecycler). */
static void
test_tasks_rows_follow (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (4);
  GListModel *areas = cchc_store_get_areas (f->store, f->plan);
  g_autoptr(GError) error = NULL;

  /* More rows than the table keeps widgets for. */
  for (guint i = 0; i < N_SHUFFLED_TASKS; i++)
    {
      g_autoptr(CchcTask) task = cchc_task_new ();
      g_autofree char *text = random_text (rand);
      CchcArea *area = get_area (f->store, f->plan,
                                 g_rand_int_range (rand, 0, g_list_model_get_n_items (areas)));

      cchc_task_set_text (task, text);
      g_assert_true (cchc_history_insert (f->history, area, G_MAXUINT, task, &error));
      g_assert_no_error (error);
    }
  run_main_loop (100);
  assert_cells_follow_rows (f);

  for (guint step = 0; step < 120; step++)
    {
      guint kind = g_rand_int_range (rand, 0, 7);

      shuffle_step (f, rand, kind);
      run_main_loop (30);
      g_test_message ("step %u: %u", step, kind);
      assert_cells_follow_rows (f);
    }
  save_screenshot (GTK_WIDGET (f->window), "screenshot-tasks-rows-follow.png");
}

/* 17. Cell heights -------------------------------------------------------- */

static int
layout_height (GtkWidget  *cell,
               const char *text,
               gboolean    bold,
               int         width)
{
  g_autoptr(PangoLayout) layout = pango_layout_new (gtk_widget_get_pango_context (cell));
  g_autoptr(PangoAttrList) attributes = pango_attr_list_new ();
  int height;

  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_text (layout, text, -1);
  if (bold)
    pango_attr_list_insert (attributes, pango_attr_weight_new (PANGO_WEIGHT_BOLD));
  pango_layout_set_attributes (layout, attributes);
  pango_layout_set_width (layout, width * PANGO_SCALE);
  pango_layout_get_pixel_size (layout, NULL, &height);

  return height;
}

/* A cell's height at a width is its text's laid out at that width, the
 * first time and the next (the heights are kept, see CchcTaskCell), for
 * each text, weight and width, one cell after another. */
static void
test_tasks_cell_heights (Fixture       *f,
                         gconstpointer  data)
{
  const char *texts[] = {
    "", "Năm 2022", "Phòng Tổ chức cán bộ",
    "Xây dựng và thực hiện Kế hoạch phổ biến, giáo dục pháp luật; Kế hoạch theo dõi thi hành "
    "pháp luật; Kế hoạch tự kiểm tra, rà soát, hệ thống hóa văn bản quy phạm pháp luật.",
    "Dòng một\nDòng hai\nDòng ba",
  };
  int widths[] = { 90, 150, 400 };  /* the cells are 8 characters wide at least */
  GtkWidget *window = gtk_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *cells[2] = { cchc_task_cell_new (8, 30), cchc_task_cell_new (8, 30) };

  gtk_box_append (GTK_BOX (box), cells[0]);
  gtk_box_append (GTK_BOX (box), cells[1]);
  gtk_window_set_child (GTK_WINDOW (window), box);
  gtk_window_present (GTK_WINDOW (window));
  run_main_loop (50);

  for (guint round = 0; round < 2; round++)
    for (guint t = 0; t < G_N_ELEMENTS (texts); t++)
      for (guint w = 0; w < G_N_ELEMENTS (widths); w++)
        for (guint bold = 0; bold < 2; bold++)
          {
            GtkWidget *cell = cells[(t + w + bold + round) % 2];
            int height;

            cchc_task_cell_set_text (CCHC_TASK_CELL (cell), texts[t]);
            cchc_task_cell_set_bold (CCHC_TASK_CELL (cell), bold);
            gtk_widget_measure (cell, GTK_ORIENTATION_VERTICAL, widths[w], &height, NULL,
                                NULL, NULL);
            g_assert_cmpint (height, ==, layout_height (cell, texts[t], bold, widths[w]));
          }

  /* A text too long to be kept is laid out each time, and right. */
  {
    g_autoptr(GString) huge = g_string_new (NULL);
    int height;

    while (huge->len < 40 * 1024)
      g_string_append (huge, "cải cách hành chính ");
    for (guint i = 0; i < 2; i++)
      {
        cchc_task_cell_set_text (CCHC_TASK_CELL (cells[i]), huge->str);
        cchc_task_cell_set_bold (CCHC_TASK_CELL (cells[i]), FALSE);
        gtk_widget_measure (cells[i], GTK_ORIENTATION_VERTICAL, 400, &height, NULL, NULL, NULL);
        g_assert_cmpint (height, ==, layout_height (cells[i], huge->str, FALSE, 400));
      }
  }

  /* Long texts do wrap at these widths: the heights differ. */
  g_assert_cmpint (layout_height (cells[0], texts[3], FALSE, 90), >,
                   layout_height (cells[0], texts[3], FALSE, 400));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Another plan shows from its first row, wherever the table was
 * scrolled to in the plan before (GTK keeps the row it scrolled to at the
 * same place when the rows change). */
static void
test_tasks_plan_top (Fixture       *f,
                     gconstpointer  data)
{
  GtkColumnView *view = cchc_task_page_get_column_view (f->page);
  GtkAdjustment *vadjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (view));
  g_autoptr(GError) error = NULL;
  CchcPlan *copy = cchc_store_copy_plan (f->store, f->plan, 2023, NULL, &error);
  CchcPlan *plans[] = { copy, f->plan, copy };

  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (plans); i++)
    {
      /* The last time while the page is hidden (another page shown). */
      gboolean hidden = i == G_N_ELEMENTS (plans) - 1;

      select_item (f, get_row (f, 25));
      cchc_column_view_scroll_to (view, 25);
      wait_for_frames (GTK_WIDGET (view));
      g_assert_cmpfloat (gtk_adjustment_get_value (vadjustment), >, 0);

      gtk_widget_set_visible (GTK_WIDGET (f->page), !hidden);
      cchc_task_page_set_plan (f->page, plans[i]);
      run_main_loop (100);
      gtk_widget_set_visible (GTK_WIDGET (f->page), TRUE);
      wait_for_frames (GTK_WIDGET (view));
      g_assert_cmpfloat (gtk_adjustment_get_value (vadjustment), ==, 0);
      g_assert_nonnull (find_mapped_label (GTK_WIDGET (view), "1. Cải cách thể chế", FALSE));
    }
}

int
main (int   argc,
      char *argv[])
{
  init_ui_tests (&argc, &argv);

#define ADD_TEST(path, func) \
  g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)

  ADD_TEST ("/ui/tasks/table", test_tasks_table);
  ADD_TEST ("/ui/tasks/add", test_tasks_add);
  ADD_TEST ("/ui/tasks/edit", test_tasks_edit);
  ADD_TEST ("/ui/tasks/edit-area", test_tasks_edit_area);
  ADD_TEST ("/ui/tasks/edit-area-scroll", test_tasks_edit_area_scroll);
  ADD_TEST ("/ui/tasks/edit-typed-year", test_tasks_edit_typed_year);
  ADD_TEST ("/ui/tasks/edit-searched", test_tasks_edit_searched);
  ADD_TEST ("/ui/tasks/search-down", test_tasks_search_down);
  ADD_TEST ("/ui/tasks/undo-add", test_tasks_undo_add);
  ADD_TEST ("/ui/tasks/editor-grows", test_tasks_editor_grows);
  ADD_TEST ("/ui/tasks/search", test_tasks_search);
  ADD_TEST ("/ui/tasks/delete-undo", test_tasks_delete_undo);
  ADD_TEST ("/ui/tasks/delete-selection", test_tasks_delete_selection);
  ADD_TEST ("/ui/tasks/move", test_tasks_move);
  ADD_TEST ("/ui/tasks/validation", test_tasks_validation);
  ADD_TEST ("/ui/tasks/filters", test_tasks_filters);
  ADD_TEST ("/ui/tasks/sort", test_tasks_sort);
  ADD_TEST ("/ui/tasks/exact-changes", test_tasks_exact_changes);
  ADD_TEST ("/ui/tasks/filtered-changes", test_tasks_filtered_changes);
  ADD_TEST ("/ui/tasks/large", test_tasks_large);
  ADD_TEST ("/ui/tasks/shortcuts", test_tasks_shortcuts);
  ADD_TEST ("/ui/tasks/storage-error", test_tasks_storage_error);
  ADD_TEST ("/ui/tasks/unit-rename", test_tasks_unit_rename);
  ADD_TEST ("/ui/tasks/blank-plan", test_tasks_blank_plan);
  ADD_TEST ("/ui/tasks/plan-top", test_tasks_plan_top);
  ADD_TEST ("/ui/tasks/area-add", test_tasks_area_add);
  ADD_TEST ("/ui/tasks/area-rename", test_tasks_area_rename);
  ADD_TEST ("/ui/tasks/area-delete-undo", test_tasks_area_delete_undo);
  ADD_TEST ("/ui/tasks/area-delete-empty", test_tasks_area_delete_empty);
  ADD_TEST ("/ui/tasks/area-move", test_tasks_area_move);
  ADD_TEST ("/ui/tasks/sort-menu", test_tasks_sort_menu);
  ADD_TEST ("/ui/tasks/rows-follow", test_tasks_rows_follow);
  ADD_TEST ("/ui/tasks/cell-heights", test_tasks_cell_heights);

#undef ADD_TEST

  return g_test_run ();
}
