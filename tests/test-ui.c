/* test-ui.c: the application and its main window, in Vietnamese
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <glib/gstdio.h>
#include <gtk/gtk.h>

#include "ui-helpers.h"
#include "cchc-activity-page.h"
#include "cchc-application.h"
#include "cchc-area.h"
#include "cchc-area-editor.h"
#include "cchc-exchange.h"
#include "cchc-kpi-editor.h"
#include "cchc-new-plan-dialog.h"
#include "cchc-preferences-dialog.h"
#include "cchc-plan.h"
#include "cchc-plan-page.h"
#include "cchc-store.h"
#include "cchc-task.h"
#include "cchc-task-editor.h"
#include "cchc-window.h"

/* Every English source string that the window, its menu and the
 * shortcuts window show, with the Vietnamese the user must see instead. */
static const struct {
  const char *english;
  const char *vietnamese;
} window_strings[] = {
  { "CCHC Planner", "Kế hoạch CCHC" },
  { "Plan", "Kế hoạch" },
  { "Main Menu", "Trình đơn chính" },
  { "No plan yet", "Chưa có kế hoạch" },
  { "Create a plan or open the sample plan to get started.",
    "Hãy tạo một kế hoạch hoặc mở kế hoạch mẫu để bắt đầu." },
  { "Keyboard Shortcuts", "Phím tắt" },
  { "About CCHC Planner", "Giới thiệu Kế hoạch CCHC" },
  { "Quit", "Thoát" },
  { "General", "Chung" },
  { "Open Main Menu", "Mở trình đơn chính" },
  { "Import a Plan", "Nhập kế hoạch" },
  { "Export the Plan", "Xuất kế hoạch" },
  { "Open the Sample Plan", "Mở kế hoạch mẫu" },
  { "The 2022 administrative reform plan of the Department of Culture, Sports and Tourism "
    "of Hậu Giang",
    "Kế hoạch cải cách hành chính năm 2022 của Sở Văn hóa, Thể thao và Du lịch tỉnh Hậu Giang" },
};

/* One run of the application, as a user starts it: on its own database
 * in a temporary folder, in Vietnamese. */
typedef struct _UiTest UiTest;

/* Called from the main loop until it returns %TRUE. */
typedef gboolean (*UiTestStep) (UiTest *test);
typedef void (*UiTestBody) (UiTest *test);

struct _UiTest
{
  char            *dir;
  char            *database;
  CchcApplication *app;
  UiTestStep       step;
  UiTestBody       body;
  guint            step_id;
  guint            timeout_id;

  /* Set while the body runs */
  CchcStore       *store;
  CchcWindow      *window;

  /* Found by the steps */
  char            *dialog_text;
  char            *dialog_secondary_text;
};

static void
ui_test_init (UiTest     *test,
              const char *database_name)
{
  g_autoptr(GError) error = NULL;

  memset (test, 0, sizeof *test);
  test->dir = g_dir_make_tmp ("cchc-test-ui-XXXXXX", &error);
  g_assert_no_error (error);
  test->database = g_build_filename (test->dir, database_name, NULL);
}

static void
ui_test_clear (UiTest *test)
{
  remove_tree (test->dir);
  g_clear_pointer (&test->dir, g_free);
  g_clear_pointer (&test->database, g_free);
  g_clear_pointer (&test->dialog_text, g_free);
  g_clear_pointer (&test->dialog_secondary_text, g_free);
}

static gboolean
on_step_cb (gpointer data)
{
  UiTest *test = data;

  if (!test->step (test))
    return G_SOURCE_CONTINUE;

  test->step_id = 0;
  return G_SOURCE_REMOVE;
}

static gboolean
on_run_timeout_cb (gpointer data)
{
  UiTest *test = data;

  test->timeout_id = 0;
  g_application_quit (G_APPLICATION (test->app));
  return G_SOURCE_REMOVE;
}

/* Runs the application on @test->database with g_application_run(), as
 * main() does, calling @step from its main loop until it is done. */
static int
ui_test_run (UiTest     *test,
             UiTestStep  step)
{
  const char *argv[] = { "cchc-planner", "--database", test->database, NULL };
  int status;

  test->app = cchc_application_new ();
  test->step = step;
  test->step_id = g_timeout_add (20, on_step_cb, test);
  /* Never hang the suite if the step never gets done. */
  test->timeout_id = g_timeout_add_seconds (60, on_run_timeout_cb, test);

  status = g_application_run (G_APPLICATION (test->app), 3, (char **) argv);

  g_assert_cmpuint (test->step_id, ==, 0);
  g_clear_handle_id (&test->timeout_id, g_source_remove);
  /* Every window closed with the application, which left nothing behind. */
  g_assert_null (gtk_application_get_windows (GTK_APPLICATION (test->app)));
  g_assert_finalize_object (g_steal_pointer (&test->app));

  return status;
}

/* Waits for the main window, runs the body of the test, quits. */
static gboolean
run_body_step (UiTest *test)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (test->app));

  if (window == NULL || !gtk_widget_get_mapped (GTK_WIDGET (window)))
    return FALSE;

  g_assert_true (CCHC_IS_WINDOW (window));
  test->window = CCHC_WINDOW (window);
  test->store = cchc_application_get_store (test->app);
  g_assert_nonnull (test->store);
  run_main_loop (300);

  test->body (test);

  test->window = NULL;
  test->store = NULL;
  g_action_group_activate_action (G_ACTION_GROUP (test->app), "quit", NULL);

  return TRUE;
}

static void
run_window_test (gconstpointer data)
{
  UiTest test;

  ui_test_init (&test, "plans.db");
  test.body = (UiTestBody) data;
  g_assert_cmpint (ui_test_run (&test, run_body_step), ==, 0);
  ui_test_clear (&test);
}

/* Adds every widget of @type under @widget to @found. */
static void
collect_widgets (GtkWidget *widget,
                 GType      type,
                 GPtrArray *found)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type))
        g_ptr_array_add (found, child);
      collect_widgets (child, type, found);
    }
}

static CchcPlan *
insert_plan (CchcStore  *store,
             int         year,
             const char *title)
{
  g_autoptr(CchcPlan) plan = cchc_plan_new ();
  g_autoptr(GError) error = NULL;

  cchc_plan_set_year (plan, year);
  cchc_plan_set_title (plan, title);
  g_assert_true (cchc_store_insert (store, NULL, G_MAXUINT, plan, &error));
  g_assert_no_error (error);

  /* The store keeps the live object in its plan list. */
  return plan;
}

/* The button of the menu item labelled @label under @popover */
static GtkWidget *
menu_item (GtkWidget  *popover,
           const char *label)
{
  GtkLabel *found = find_shown_label (popover, label, FALSE);

  g_assert_nonnull (found);
  return gtk_widget_get_parent (GTK_WIDGET (found));
}

static void
test_window_empty (UiTest *test)
{
  GtkWidget *window = GTK_WIDGET (test->window);

  g_assert_true (cchc_window_get_store (test->window) == test->store);
  g_assert_cmpstr (cchc_window_get_visible_page_name (test->window), ==, "empty");
  g_assert_null (cchc_window_get_selected_plan (test->window));

  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Kế hoạch CCHC");
  g_assert_nonnull (find_shown_label (window, "Chưa có kế hoạch", FALSE));
  g_assert_nonnull (find_shown_label (window,
                                       "Hãy tạo một kế hoạch hoặc mở kế hoạch mẫu để bắt đầu.",
                                       FALSE));
  /* Both ways it names are buttons. */
  {
    GtkLabel *label = find_shown_label (window, "Kế hoạch mới…", FALSE);
    GtkWidget *button = label != NULL ? gtk_widget_get_ancestor (GTK_WIDGET (label),
                                                                 GTK_TYPE_BUTTON) : NULL;

    g_assert_nonnull (button);
    g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (button)), ==,
                     "win.new-plan");
    g_assert_true (gtk_widget_is_sensitive (button));
    g_assert_nonnull (find_shown_label (window, "Mở kế hoạch mẫu", FALSE));
  }

  save_screenshot (window, "screenshot-empty-vi.png");
}

/* The first start offers the sample plan: one click loads it. */
static void
test_window_open_sample (UiTest *test)
{
  GtkWidget *window = GTK_WIDGET (test->window);
  GtkLabel *label = find_shown_label (window, "Mở kế hoạch mẫu", FALSE);
  GtkWidget *button;
  CchcPlan *plan;

  g_assert_nonnull (label);
  button = gtk_widget_get_ancestor (GTK_WIDGET (label), GTK_TYPE_BUTTON);
  g_assert_nonnull (button);
  g_assert_true (gtk_widget_is_sensitive (button));

  g_signal_emit_by_name (button, "clicked");
  run_main_loop (300);

  g_assert_cmpstr (cchc_window_get_visible_page_name (test->window), ==, "plan");
  plan = cchc_window_get_selected_plan (test->window);
  g_assert_nonnull (plan);
  g_assert_cmpint (cchc_plan_get_year (plan), ==, 2022);
  g_assert_cmpstr (cchc_plan_get_title (plan), ==, "Cải cách hành chính năm 2022");
  g_assert_cmpuint (g_list_model_get_n_items (cchc_store_get_areas (test->store, plan)), ==, 7);
  g_assert_nonnull (find_shown_label (window, "2022 — Cải cách hành chính năm 2022", TRUE));
  g_assert_false (gtk_widget_get_mapped (button));

  save_screenshot (window, "screenshot-sample-vi.png");
}

static void
test_window_plan (UiTest *test)
{
  GtkWidget *window = GTK_WIDGET (test->window);
  const char *title = "Kế hoạch cải cách hành chính năm 2022 của Sở Văn hóa, "
                      "Thể thao và Du lịch tỉnh Hậu Giang";
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  g_autofree char *last_plan = NULL;
  GtkWidget *dropdown;
  GtkWidget *popover;
  CchcPlan *plan;

  plan = insert_plan (test->store, 2022, title);
  run_main_loop (300);

  g_assert_cmpstr (cchc_window_get_visible_page_name (test->window), ==, "plan");
  g_assert_true (cchc_window_get_selected_plan (test->window) == plan);
  /* The sidebar offers the pages of the plan. */
  g_assert_nonnull (find_shown_label (window, "Nhiệm vụ", FALSE));
  g_assert_nonnull (find_shown_label (window, "Chỉ tiêu", FALSE));
  g_assert_nonnull (find_shown_label (window, "Tuyên truyền", FALSE));
  g_assert_nonnull (find_shown_label (window, "Đơn vị", FALSE));
  g_assert_nonnull (find_shown_label (window, "Thông tin kế hoạch", FALSE));
  /* The selector's button shows the year before the (shortened) title. */
  g_assert_nonnull (find_shown_label (window, "2022 — Kế hoạch cải cách", TRUE));

  last_plan = g_settings_get_string (settings, "last-plan");
  g_assert_cmpstr (last_plan, ==, cchc_record_get_uuid (CCHC_RECORD (plan)));

  save_screenshot (window, "screenshot-plan-vi.png");

  /* The list of the selector shows whole titles. */
  insert_plan (test->store, 2023, "Kế hoạch cải cách hành chính năm 2023");
  dropdown = find_widget (gtk_window_get_titlebar (GTK_WINDOW (window)), GTK_TYPE_DROP_DOWN);
  g_assert_nonnull (dropdown);
  g_assert_cmpstr (gtk_widget_get_tooltip_text (dropdown), ==, "Kế hoạch");
  g_signal_emit_by_name (dropdown, "activate");
  popover = find_widget (dropdown, GTK_TYPE_POPOVER);
  g_assert_nonnull (popover);
  wait_until_mapped (popover);
  g_assert_nonnull (find_shown_label (popover, "2023 — Kế hoạch cải cách hành chính năm 2023",
                                       FALSE));
  g_assert_nonnull (find_shown_label (popover, "2022 — Kế hoạch cải cách hành chính năm 2022 "
                                       "của Sở Văn hóa, Thể thao và Du lịch tỉnh Hậu Giang",
                                       FALSE));
  save_screenshot (popover, "screenshot-plan-selector-vi.png");
  /* A check mark on the plan shown, and on no other. */
  {
    g_autoptr(GPtrArray) checks = g_ptr_array_new ();
    guint n_shown = 0;

    guint n_checks = 0;

    collect_widgets (popover, GTK_TYPE_IMAGE, checks);
    for (guint i = 0; i < checks->len; i++)
      {
        GtkImage *image = g_ptr_array_index (checks, i);

        if (g_strcmp0 (gtk_image_get_icon_name (image), "object-select-symbolic") != 0)
          continue;
        n_checks++;
        n_shown += gtk_widget_get_opacity (GTK_WIDGET (image)) > 0.5;
      }
    g_assert_cmpuint (n_checks, ==, 2);
    g_assert_cmpuint (n_shown, ==, 1);
  }
  gtk_popover_popdown (GTK_POPOVER (popover));

  /* With a plan the export submenus open, their items enabled. */
  {
    GtkWidget *button = find_widget (gtk_window_get_titlebar (GTK_WINDOW (window)),
                                     GTK_TYPE_MENU_BUTTON);
    GtkWidget *menu;
    GtkWidget *item;

    gtk_menu_button_popup (GTK_MENU_BUTTON (button));
    menu = GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (button)));
    wait_until_mapped (menu);
    item = menu_item (menu, "Xuất bảng ra CSV");
    g_assert_true (gtk_widget_get_sensitive (item));
    g_assert_null (find_shown_label (menu, "Nhiệm vụ…", FALSE));
    g_signal_emit_by_name (item, "clicked");
    run_main_loop (300);
    g_assert_true (gtk_widget_get_sensitive (menu_item (menu, "Nhiệm vụ…")));
    /* Beside the main menu, not in its place: closed from a submenu that
     * took its place, GTK 4.8's menu left the window deaf to the keyboard
     * until a click (seen with xdotool under a window manager). */
    g_assert_nonnull (find_shown_label (menu, "Thoát", FALSE));
    gtk_menu_button_popdown (GTK_MENU_BUTTON (button));
    run_main_loop (100);
  }

  /* A new plan has no areas, KPIs or activities yet, a new database no units:
   * each page says so and how to add one, not an empty table. */
  g_assert_true (gtk_widget_activate_action (window, "win.show-page", "s", "tasks"));
  run_main_loop (200);
  g_assert_nonnull (find_shown_label (window, "Kế hoạch chưa có lĩnh vực nào", FALSE));
  g_assert_true (gtk_widget_activate_action (window, "win.show-page", "s", "kpis"));
  run_main_loop (200);
  g_assert_nonnull (find_shown_label (window, "Chưa có chỉ tiêu nào", FALSE));
  g_assert_true (gtk_widget_activate_action (window, "win.show-page", "s", "activities"));
  run_main_loop (200);
  g_assert_nonnull (find_shown_label (window, "Chưa có hoạt động tuyên truyền nào", FALSE));
  /* The window's first size shows the nine columns of the propaganda
   * table side by side, no scrolling sideways. */
  {
    GtkWidget *view = find_widget (find_widget (window, CCHC_TYPE_ACTIVITY_PAGE),
                                   GTK_TYPE_COLUMN_VIEW);
    GtkAdjustment *hadjustment = gtk_scrollable_get_hadjustment (GTK_SCROLLABLE (view));
    int width, height;

    gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
    g_assert_cmpint (width, ==, 1280);
    g_assert_cmpfloat (gtk_adjustment_get_upper (hadjustment), <=,
                       gtk_adjustment_get_page_size (hadjustment));
  }
  g_assert_true (gtk_widget_activate_action (window, "win.show-page", "s", "units"));
  run_main_loop (200);
  g_assert_nonnull (find_shown_label (window, "Chưa có đơn vị nào", FALSE));
  g_assert_nonnull (find_shown_label (window, "Thêm các đơn vị chủ trì hoặc phối hợp", TRUE));
  save_screenshot (window, "screenshot-units-empty-vi.png");
}

/* Another program adds a plan to the open database: within a few
 * seconds the window lists it and says why. */
static void
test_window_external_change (UiTest *test)
{
  g_autoptr(CchcStore) other = NULL;
  g_autoptr(GError) error = NULL;
  GListModel *plans = cchc_store_get_plans (test->store);
  GtkLabel *notice = NULL;

  insert_plan (test->store, 2022, "Kế hoạch năm 2022");
  run_main_loop (100);
  g_assert_cmpuint (g_list_model_get_n_items (plans), ==, 1);

  other = cchc_store_open (test->database, CCHC_STORE_FLAGS_NONE, &error);
  g_assert_no_error (error);
  insert_plan (other, 2031, "Kế hoạch của chương trình khác");

  for (guint i = 0; i < 100 && notice == NULL; i++)
    {
      run_main_loop (50);
      notice = find_shown_label (GTK_WIDGET (test->window), "Một chương trình khác", TRUE);
    }
  g_assert_nonnull (notice);
  g_assert_cmpuint (g_list_model_get_n_items (plans), ==, 2);
  save_screenshot (GTK_WIDGET (test->window), "screenshot-external-change-vi.png");
}

static void
test_window_restores_state (UiTest *test)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  CchcPlan *first;
  CchcPlan *second;

  first = insert_plan (test->store, 2022, "Kế hoạch năm 2022");
  second = insert_plan (test->store, 2023, "Kế hoạch năm 2023");
  g_assert_true (cchc_window_get_selected_plan (test->window) == first);

  cchc_window_select_plan (test->window, second);
  g_assert_true (cchc_window_get_selected_plan (test->window) == second);

  gtk_window_set_default_size (GTK_WINDOW (test->window), 1200, 700);
  run_main_loop (100);
  gtk_window_close (GTK_WINDOW (test->window));
  test->window = NULL;
  run_main_loop (10);

  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 1200);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 700);
  g_assert_false (g_settings_get_boolean (settings, "window-maximized"));

  /* A new window comes back with the plan chosen last, not the first one. */
  test->window = cchc_window_new (GTK_APPLICATION (test->app), test->store);
  gtk_window_present (GTK_WINDOW (test->window));
  wait_until_mapped (GTK_WIDGET (test->window));
  g_assert_true (cchc_window_get_selected_plan (test->window) == second);
  g_assert_cmpstr (cchc_window_get_visible_page_name (test->window), ==, "plan");
}

/* A database that cannot be written says so in the header bar, before an
 * edit fails. */
static void
test_window_read_only (UiTest *test)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CchcStore) store = NULL;
  CchcWindow *window;

  insert_plan (test->store, 2022, "Kế hoạch năm 2022");
  run_main_loop (50);
  g_assert_null (find_shown_label (GTK_WIDGET (test->window), "Chỉ đọc", FALSE));

  store = cchc_store_open (test->database, CCHC_STORE_FLAGS_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_true (cchc_store_is_read_only (store));
  window = cchc_window_new (GTK_APPLICATION (test->app), store);
  gtk_window_present (GTK_WINDOW (window));
  wait_until_mapped (GTK_WIDGET (window));
  g_assert_nonnull (find_shown_label (GTK_WIDGET (window), "Chỉ đọc", FALSE));
  save_screenshot (GTK_WIDGET (window), "screenshot-window-read-only.png");
  gtk_window_destroy (GTK_WINDOW (window));
  run_main_loop (50);
}

static void
test_app_actions (UiTest *test)
{
  GtkApplication *app = GTK_APPLICATION (test->app);
  GtkApplicationWindow *window = GTK_APPLICATION_WINDOW (test->window);
  g_auto(GStrv) quit_accels = NULL;
  g_auto(GStrv) help_accels = NULL;

  g_assert_nonnull (g_action_map_lookup_action (G_ACTION_MAP (app), "quit"));
  g_assert_nonnull (g_action_map_lookup_action (G_ACTION_MAP (app), "about"));

  quit_accels = gtk_application_get_accels_for_action (app, "app.quit");
  g_assert_true (g_strv_contains ((const char * const *) quit_accels, "<Control>q"));

  /* The shortcuts window comes from gtk/help-overlay.ui in the resources. */
  g_assert_nonnull (gtk_application_window_get_help_overlay (window));
  g_assert_true (g_action_group_has_action (G_ACTION_GROUP (window), "show-help-overlay"));
  help_accels = gtk_application_get_accels_for_action (app, "win.show-help-overlay");
  g_assert_cmpuint (g_strv_length (help_accels), >, 0);
}

static void
import_tests_file (UiTest     *test,
                   const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  cchc_window_import_file (test->window, file);
  run_main_loop (200);
}

static void
test_window_import_export (UiTest *test)
{
  GListModel *plans = cchc_store_get_plans (test->store);
  g_autofree char *text = NULL;
  g_autofree char *secondary = NULL;
  g_autofree char *json_path = g_build_filename (test->dir, "xuat.json", NULL);
  g_autofree char *csv_path = g_build_filename (test->dir, "nhiem-vu.csv", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GFile) json_file = g_file_new_for_path (json_path);
  g_autoptr(GFile) csv_file = g_file_new_for_path (csv_path);
  GtkDialog *dialog;

  import_tests_file (test, "good-plan.json");
  g_assert_cmpuint (g_list_model_get_n_items (plans), ==, 1);
  g_assert_cmpstr (cchc_window_get_visible_page_name (test->window), ==, "plan");
  g_assert_cmpstr (cchc_plan_get_title (cchc_window_get_selected_plan (test->window)), ==,
                   "Cải cách hành chính năm 2022");

  /* The same plan again: the user is asked before anything is replaced. */
  import_tests_file (test, "good-plan.json");
  dialog = wait_for_message_dialog (&text, &secondary);
  g_assert_cmpstr (text, ==, "Thay thế kế hoạch “Cải cách hành chính năm 2022” (2022)?");
  g_assert_nonnull (strstr (secondary, "Thay thế"));
  save_screenshot (GTK_WIDGET (dialog), "screenshot-import-replace-vi.png");
  g_assert_cmpuint (g_list_model_get_n_items (plans), ==, 1);
  gtk_dialog_response (dialog, GTK_RESPONSE_CANCEL);
  run_main_loop (100);
  g_assert_null (find_window (GTK_TYPE_MESSAGE_DIALOG, NULL));
  g_assert_cmpuint (g_list_model_get_n_items (plans), ==, 1);

  import_tests_file (test, "good-plan.json");
  dialog = wait_for_message_dialog (&text, &secondary);
  gtk_dialog_response (dialog, 1 /* replace */);
  run_main_loop (100);
  g_assert_cmpuint (g_list_model_get_n_items (plans), ==, 1);

  import_tests_file (test, "good-plan.json");
  dialog = wait_for_message_dialog (&text, &secondary);
  gtk_dialog_response (dialog, 2 /* copy */);
  run_main_loop (100);
  g_assert_cmpuint (g_list_model_get_n_items (plans), ==, 2);

  /* A bad file: a dialog says where and what, nothing changes. */
  import_tests_file (test, "bad-plans/unknown-lead-unit.json");
  dialog = wait_for_message_dialog (&text, &secondary);
  g_assert_cmpstr (text, ==, "Không thể nhập kế hoạch");
  g_assert_true (g_str_has_prefix (secondary,
                                   "unknown-lead-unit.json: plan.areas[0].tasks[0].lead_unit: "
                                   "không có đơn vị nào mang mã"));
  save_screenshot (GTK_WIDGET (dialog), "screenshot-import-error-vi.png");
  gtk_dialog_response (dialog, GTK_RESPONSE_CLOSE);
  run_main_loop (100);
  g_assert_cmpuint (g_list_model_get_n_items (plans), ==, 2);

  /* Export what is selected. */
  cchc_window_export_file (test->window, json_file, "json");
  g_assert_true (g_file_get_contents (json_path, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "{\n  \"format\" : \"cchc-plan\""));
  g_clear_pointer (&contents, g_free);
  cchc_window_export_file (test->window, csv_file, "tasks");
  g_assert_true (g_file_get_contents (csv_path, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "\xEF\xBB\xBFLĩnh vực,STT,Nhiệm vụ cụ thể,"));

  /* A place that cannot be written: said in Vietnamese, naming the file;
   * a long name breaks inside the dialog, whose button stays on screen. */
  {
    g_autofree char *long_name = g_strnfill (200, 'x');
    g_autofree char *base = g_strconcat (long_name, ".json", NULL);
    g_autofree char *path = g_build_filename (test->dir, "khong-co", base, NULL);
    g_autoptr(GFile) file = g_file_new_for_path (path);
    g_autofree char *expected = g_strdup_printf ("Thư mục chứa “%s” không tồn tại.", base);

    cchc_window_export_file (test->window, file, "json");
    dialog = wait_for_message_dialog (&text, &secondary);
    g_assert_cmpstr (text, ==, "Không thể xuất kế hoạch");
    g_assert_cmpstr (secondary, ==, expected);
    run_main_loop (100);
    g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (dialog)), <=, 640);
    save_screenshot (GTK_WIDGET (dialog), "screenshot-export-error-vi.png");
    gtk_dialog_response (dialog, GTK_RESPONSE_CLOSE);
    run_main_loop (100);

    /* A table's export says it is the table. */
    cchc_window_export_file (test->window, file, "tasks");
    dialog = wait_for_message_dialog (&text, &secondary);
    g_assert_cmpstr (text, ==, "Không thể xuất bảng");
    gtk_dialog_response (dialog, GTK_RESPONSE_CLOSE);
    run_main_loop (100);
  }
}

static GtkButton *
find_button (GtkWidget  *root,
             const char *label)
{
  GtkLabel *found = find_shown_label (root, label, FALSE);
  GtkWidget *button;

  g_assert_nonnull (found);
  button = gtk_widget_get_ancestor (GTK_WIDGET (found), GTK_TYPE_BUTTON);
  g_assert_nonnull (button);
  return GTK_BUTTON (button);
}

/* A new plan copied from last year's, then deleted with confirmation, the
 * notice offering to undo, and undone. */
static void
test_window_new_delete_plan (UiTest *test)
{
  g_autoptr(GError) error = NULL;
  GListModel *plans = cchc_store_get_plans (test->store);
  g_autofree char *text = NULL;
  g_autofree char *secondary = NULL;
  GtkWindow *dialog;
  GtkDialog *question;
  GtkDropDown *source;
  CchcPlan *plan;

  plan = cchc_exchange_import_sample (test->store, &error);
  g_assert_no_error (error);
  cchc_window_select_plan (test->window, plan);
  run_main_loop (100);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (test->window), "win.new-plan", NULL));
  dialog = find_window (CCHC_TYPE_NEW_PLAN_DIALOG, NULL);
  g_assert_nonnull (dialog);
  wait_until_mapped (GTK_WIDGET (dialog));
  g_assert_cmpstr (gtk_window_get_title (dialog), ==, "Kế hoạch mới");
  g_assert_nonnull (find_shown_label (GTK_WIDGET (dialog),
                                       "Bản sao kế hoạch năm 2022 — Cải cách hành chính năm 2022",
                                       FALSE));
  save_screenshot (GTK_WIDGET (dialog), "screenshot-new-plan-vi.png");
  /* The hint follows the choice: what a copy keeps, what a blank plan lacks. */
  g_assert_nonnull (find_shown_label (GTK_WIDGET (dialog), "Bản sao giữ nguyên", TRUE));
  source = GTK_DROP_DOWN (find_widget (GTK_WIDGET (dialog), GTK_TYPE_DROP_DOWN));
  gtk_drop_down_set_selected (source, 0);
  g_assert_nonnull (find_shown_label (GTK_WIDGET (dialog), "Kế hoạch trống chưa có gì", TRUE));
  g_assert_null (find_shown_label (GTK_WIDGET (dialog), "Bản sao giữ nguyên", TRUE));
  /* A year that has a plan already is allowed, and said. */
  {
    GtkSpinButton *year = GTK_SPIN_BUTTON (find_widget (GTK_WIDGET (dialog),
                                                        GTK_TYPE_SPIN_BUTTON));

    g_assert_null (find_shown_label (GTK_WIDGET (dialog), "Đã có kế hoạch năm", TRUE));
    gtk_spin_button_set_value (year, 2022);
    g_assert_nonnull (find_shown_label (GTK_WIDGET (dialog),
                                        "Đã có kế hoạch năm 2022: kế hoạch này sẽ là một kế "
                                        "hoạch khác của năm đó. Kế hoạch trống chưa có gì",
                                        TRUE));
    save_screenshot (GTK_WIDGET (dialog), "screenshot-new-plan-year-taken.png");
    gtk_spin_button_set_value (year, 2023);
    g_assert_null (find_shown_label (GTK_WIDGET (dialog), "Đã có kế hoạch năm", TRUE));
  }
  gtk_drop_down_set_selected (source, 1);
  /* A copy suggests the copied plan's title with the new year; it can be
   * written over, as a blank plan's. */
  {
    GtkWidget *title = find_widget (GTK_WIDGET (dialog), GTK_TYPE_ENTRY);

    g_assert_true (gtk_widget_is_sensitive (title));
    g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (title)), ==,
                     "Cải cách hành chính năm 2023");
    gtk_editable_set_text (GTK_EDITABLE (title), "  ");
    g_assert_false (gtk_widget_is_sensitive (GTK_WIDGET (find_button (GTK_WIDGET (dialog),
                                                                      "Tạo"))));
    /* Cleared, it is suggested again with the next year. */
    gtk_spin_button_set_value (GTK_SPIN_BUTTON (find_widget (GTK_WIDGET (dialog),
                                                             GTK_TYPE_SPIN_BUTTON)), 2024);
    g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (title)), ==,
                     "Cải cách hành chính năm 2024");
    gtk_spin_button_set_value (GTK_SPIN_BUTTON (find_widget (GTK_WIDGET (dialog),
                                                             GTK_TYPE_SPIN_BUTTON)), 2023);
    gtk_editable_set_text (GTK_EDITABLE (title), "Cải cách hành chính và chuyển đổi số 2023");
  }
  g_signal_emit_by_name (find_button (GTK_WIDGET (dialog), "Tạo"), "clicked");
  run_main_loop (200);

  g_assert_cmpuint (g_list_model_get_n_items (plans), ==, 2);
  plan = cchc_window_get_selected_plan (test->window);
  g_assert_cmpint (cchc_plan_get_year (plan), ==, 2023);
  g_assert_cmpstr (cchc_plan_get_title (plan), ==, "Cải cách hành chính và chuyển đổi số 2023");
  g_assert_cmpuint (g_list_model_get_n_items (cchc_store_get_areas (test->store, plan)), ==, 7);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (test->window), "win.delete-plan", NULL));
  question = wait_for_message_dialog (&text, &secondary);
  g_assert_cmpstr (text, ==,
                   "Xóa kế hoạch năm 2023 “Cải cách hành chính và chuyển đổi số 2023”?");
  gtk_dialog_response (question, GTK_RESPONSE_ACCEPT);
  run_main_loop (600);
  g_assert_cmpuint (g_list_model_get_n_items (plans), ==, 1);
  g_assert_nonnull (find_shown_label (GTK_WIDGET (test->window), "Đã xóa kế hoạch năm 2023",
                                       FALSE));
  save_screenshot (GTK_WIDGET (test->window), "screenshot-deleted-notice-vi.png");

  g_signal_emit_by_name (find_button (GTK_WIDGET (test->window), "Hoàn tác"), "clicked");
  run_main_loop (200);
  g_assert_cmpuint (g_list_model_get_n_items (plans), ==, 2);
  g_assert_nonnull (cchc_store_find_plan (test->store, "2023"));
  /* The plan brought back is the one shown. */
  g_assert_true (cchc_window_get_selected_plan (test->window) ==
                 cchc_store_find_plan (test->store, "2023"));
}

/* Unsaved plan details are not lost by choosing another plan or closing:
 * the user saves them, drops them or stays. */
static GtkEditable *
show_place_field (UiTest *test)
{
  GtkWidget *page;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (test->window), "win.show-page", "s",
                                             "details"));
  run_main_loop (100);
  page = find_widget (GTK_WIDGET (test->window), CCHC_TYPE_PLAN_PAGE);
  g_assert_nonnull (page);
  return GTK_EDITABLE (gtk_widget_get_template_child (page, CCHC_TYPE_PLAN_PAGE,
                                                      "place_entry"));
}

static char *
dup_stored_place (UiTest     *test,
                  const char *uuid)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CchcStore) file = cchc_store_open (test->database, CCHC_STORE_FLAGS_NONE, &error);

  g_assert_no_error (error);
  return g_strdup (cchc_plan_get_place (cchc_store_find_plan (file, uuid)));
}

static void
test_window_unsaved_details (UiTest *test)
{
  CchcPlan *first = insert_plan (test->store, 2022, "Kế hoạch thứ nhất");
  CchcPlan *second = insert_plan (test->store, 2023, "Kế hoạch thứ hai");
  const char *uuid = cchc_record_get_uuid (CCHC_RECORD (first));
  g_autofree char *text = NULL;
  g_autofree char *secondary = NULL;
  g_autofree char *stored = NULL;
  GtkEditable *place;
  GtkDialog *question;

  cchc_window_select_plan (test->window, first);
  place = show_place_field (test);
  gtk_editable_set_text (place, "Vị Thanh");

  /* Choosing another plan asks; Cancel stays on the plan, edit kept. */
  cchc_window_select_plan (test->window, second);
  question = wait_for_message_dialog (&text, &secondary);
  g_assert_cmpstr (text, ==, "Lưu các thay đổi của thông tin kế hoạch?");
  g_assert_cmpstr (secondary, ==, "Các thay đổi chưa lưu sẽ bị mất.");
  save_screenshot (GTK_WIDGET (question), "screenshot-unsaved-details-vi.png");
  g_assert_true (cchc_window_get_selected_plan (test->window) == first);
  gtk_dialog_response (question, GTK_RESPONSE_CANCEL);
  run_main_loop (100);
  g_assert_true (cchc_window_get_selected_plan (test->window) == first);
  g_assert_cmpstr (gtk_editable_get_text (place), ==, "Vị Thanh");

  /* Save writes the details, then shows the plan chosen. */
  cchc_window_select_plan (test->window, second);
  question = wait_for_message_dialog (&text, &secondary);
  gtk_dialog_response (question, 2 /* save */);
  run_main_loop (100);
  g_assert_true (cchc_window_get_selected_plan (test->window) == second);
  stored = dup_stored_place (test, uuid);
  g_assert_cmpstr (stored, ==, "Vị Thanh");

  /* Closing asks too: Discard closes without writing. */
  gtk_editable_set_text (place, "Ngã Bảy");
  gtk_window_close (GTK_WINDOW (test->window));
  question = wait_for_message_dialog (&text, &secondary);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (test->window)));
  gtk_dialog_response (question, 1 /* discard */);
  run_main_loop (100);
  g_clear_pointer (&stored, g_free);
  stored = dup_stored_place (test, cchc_record_get_uuid (CCHC_RECORD (second)));
  g_assert_cmpstr (stored, ==, "");
}

/* Ctrl+Shift+L adds an area from anywhere in the window while the Tasks
 * page is shown, and nowhere else. */
static void
test_window_add_area (UiTest *test)
{
  g_autoptr(GError) error = NULL;
  CchcPlan *plan = cchc_exchange_import_sample (test->store, &error);
  GtkWindow *editor;

  g_assert_no_error (error);
  cchc_window_select_plan (test->window, plan);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (test->window), "win.show-page", "s",
                                             "kpis"));
  run_main_loop (100);
  press_shortcut (GTK_WIDGET (test->window), "<Shift><Control>l");
  run_main_loop (100);
  g_assert_null (find_window (CCHC_TYPE_AREA_EDITOR, NULL));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (test->window), "win.show-page", "s",
                                             "tasks"));
  run_main_loop (100);
  press_shortcut (GTK_WIDGET (test->window), "<Shift><Control>l");
  editor = wait_for_window (CCHC_TYPE_AREA_EDITOR, NULL);
  g_assert_true (gtk_window_get_transient_for (editor) == GTK_WINDOW (test->window));
  gtk_window_destroy (editor);
}

static gboolean
focus_in (GtkWindow *window,
          GtkWidget *widget)
{
  GtkWidget *focus = gtk_window_get_focus (window);

  return focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}

/* Tab and Shift+Tab pass the sidebar and the tables in one press, as they
 * pass any other widget, without switching page (GTK 4.8's lists walk
 * their rows with Tab). */
static void
test_window_tab (UiTest *test)
{
  g_autoptr(GError) error = NULL;
  CchcPlan *plan = cchc_exchange_import_sample (test->store, &error);
  GtkWindow *window = GTK_WINDOW (test->window);
  GtkWidget *sidebar = find_widget (GTK_WIDGET (window), GTK_TYPE_STACK_SIDEBAR);
  GtkStack *pages = gtk_stack_sidebar_get_stack (GTK_STACK_SIDEBAR (sidebar));
  GtkWidget *page;
  GtkWidget *view;

  g_assert_no_error (error);
  cchc_window_select_plan (test->window, plan);
  run_main_loop (300);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (pages), ==, "tasks");
  page = gtk_stack_get_visible_child (pages);
  view = find_widget (page, GTK_TYPE_COLUMN_VIEW);

  /* From the sidebar to the page's first field (its search) and back. */
  g_assert_true (gtk_widget_child_focus (sidebar, GTK_DIR_TAB_FORWARD));
  press_tab (window, FALSE);
  g_assert_true (focus_in (window, find_widget (page, GTK_TYPE_SEARCH_ENTRY)));
  press_tab (window, TRUE);
  g_assert_true (focus_in (window, sidebar));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (pages), ==, "tasks");

  /* Into the table, out of it in one press, and back in. */
  g_assert_true (gtk_widget_grab_focus (view));
  g_assert_true (focus_in (window, view));
  press_tab (window, FALSE);
  g_assert_false (focus_in (window, view));
  press_tab (window, TRUE);
  g_assert_true (focus_in (window, view));
  press_tab (window, TRUE);
  g_assert_false (focus_in (window, view));
  g_assert_true (focus_in (window, page));

  /* The list pages' tables too. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "kpis"));
  run_main_loop (100);
  view = find_widget (gtk_stack_get_visible_child (pages), GTK_TYPE_COLUMN_VIEW);
  g_assert_true (gtk_widget_grab_focus (view));
  g_assert_true (focus_in (window, view));
  press_tab (window, FALSE);
  g_assert_false (focus_in (window, view));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (pages), ==, "kpis");
}

/* A year typed in the new plan's dialog, the keyboard still in it: Escape
 * closes the dialog (it crashed, the year's handler running on a dialog
 * half gone), Ctrl+Return creates the plan of that year. */
static void
test_window_new_plan_typed_year (UiTest *test)
{
  GListModel *plans = cchc_store_get_plans (test->store);
  GtkWindow *dialog;
  GtkWidget *year;

  for (guint i = 0; i < 2; i++)
    {
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (test->window), "win.new-plan",
                                                 NULL));
      dialog = find_window (CCHC_TYPE_NEW_PLAN_DIALOG, NULL);
      g_assert_nonnull (dialog);
      wait_until_mapped (GTK_WIDGET (dialog));
      year = find_widget (GTK_WIDGET (dialog), GTK_TYPE_SPIN_BUTTON);
      g_assert_true (gtk_widget_grab_focus (year));
      gtk_editable_set_text (GTK_EDITABLE (year), "2031");
      if (i == 0)
        press_shortcut (GTK_WIDGET (dialog), "Escape");
      else
        g_signal_emit_by_name (gtk_editable_get_delegate (GTK_EDITABLE (year)),
                               "activate");  /* Enter */
      run_main_loop (400);
      g_assert_null (find_window (CCHC_TYPE_NEW_PLAN_DIALOG, NULL));
      g_assert_cmpuint (g_list_model_get_n_items (plans), ==, i);
    }
  g_assert_nonnull (cchc_store_find_plan (test->store, "2031"));
}

/* Alt+1…5 take the keyboard to the page they show, wherever it was (the
 * sidebar, say): F2 then edits the page's row selected. */
static void
test_window_page_keys (UiTest *test)
{
  g_autoptr(GError) error = NULL;
  CchcPlan *plan = cchc_exchange_import_sample (test->store, &error);
  GtkWindow *window = GTK_WINDOW (test->window);
  GtkWidget *sidebar = find_widget (GTK_WIDGET (window), GTK_TYPE_STACK_SIDEBAR);
  GtkStack *pages = gtk_stack_sidebar_get_stack (GTK_STACK_SIDEBAR (sidebar));
  GtkWindow *editor;
  GtkWidget *page;

  g_assert_no_error (error);
  cchc_window_select_plan (test->window, plan);
  run_main_loop (300);

  g_assert_true (gtk_widget_child_focus (sidebar, GTK_DIR_TAB_FORWARD));
  press_shortcut (GTK_WIDGET (window), "<Alt>2");
  run_main_loop (200);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (pages), ==, "kpis");
  page = gtk_stack_get_visible_child (pages);
  g_assert_true (focus_in (window, find_widget (page, GTK_TYPE_COLUMN_VIEW)));
  g_assert_true (press_at_focus (window, "F2"));
  editor = wait_for_window (CCHC_TYPE_KPI_EDITOR, "Sửa chỉ tiêu");
  gtk_window_destroy (editor);
  run_main_loop (100);

  /* The plan details: their first field, not the report periods' list at
   * the bottom. */
  press_shortcut (GTK_WIDGET (window), "<Alt>5");
  run_main_loop (200);
  page = gtk_stack_get_visible_child (pages);
  g_assert_true (CCHC_IS_PLAN_PAGE (page));
  g_assert_true (focus_in (window, page));
  g_assert_false (focus_in (window, find_widget (page, GTK_TYPE_COLUMN_VIEW)));

  /* The tasks (a task selected: the first row is its area's), from the
   * sidebar again. */
  page = gtk_stack_get_child_by_name (pages, "tasks");
  gtk_selection_model_select_item (gtk_column_view_get_model (
                                     GTK_COLUMN_VIEW (find_widget (page, GTK_TYPE_COLUMN_VIEW))),
                                   1, TRUE);
  g_assert_true (gtk_widget_child_focus (sidebar, GTK_DIR_TAB_FORWARD));
  g_assert_false (focus_in (window, page));
  press_shortcut (GTK_WIDGET (window), "<Alt>1");
  run_main_loop (200);
  g_assert_true (gtk_stack_get_visible_child (pages) == page);
  g_assert_true (focus_in (window, find_widget (page, GTK_TYPE_COLUMN_VIEW)));
  g_assert_true (press_at_focus (window, "F2"));
  editor = wait_for_window (CCHC_TYPE_TASK_EDITOR, NULL);
  gtk_window_destroy (editor);
  run_main_loop (100);
}

/* The notice after a delete stays while the keyboard is on it, and when
 * it goes it leaves the keyboard to the table, not to nothing. */
static void
test_window_notice_focus (UiTest *test)
{
  g_autoptr(GError) error = NULL;
  CchcPlan *plan = cchc_exchange_import_sample (test->store, &error);
  GtkWindow *window = GTK_WINDOW (test->window);
  GtkWidget *undo = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (window),
                                                               CCHC_TYPE_WINDOW,
                                                               "notice_undo_button"));
  GtkRevealer *notice = GTK_REVEALER (gtk_widget_get_ancestor (undo, GTK_TYPE_REVEALER));
  GtkWidget *view;
  g_autoptr(CchcArea) area = NULL;
  g_autoptr(CchcTask) task = NULL;

  g_assert_no_error (error);
  cchc_window_select_plan (test->window, plan);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "tasks"));
  run_main_loop (300);
  view = find_widget (GTK_WIDGET (window), GTK_TYPE_COLUMN_VIEW);
  g_assert_true (gtk_widget_get_mapped (view));
  area = g_list_model_get_item (cchc_store_get_areas (test->store, plan), 0);
  task = g_list_model_get_item (cchc_store_get_tasks (test->store, area), 0);
  g_assert_true (cchc_history_delete (cchc_window_get_history (test->window), task, &error));
  g_assert_no_error (error);
  wait_until_mapped (undo);
  g_assert_true (gtk_revealer_get_reveal_child (notice));

  /* Longer than the notice's ten seconds, the keyboard on its Undo. */
  g_assert_true (gtk_widget_grab_focus (undo));
  run_main_loop (11000);
  g_assert_true (gtk_revealer_get_reveal_child (notice));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.hide-notice", NULL));
  g_assert_false (gtk_revealer_get_reveal_child (notice));
  g_assert_true (focus_in (window, view));
}

static void
test_window_preferences (UiTest *test)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  GtkWindow *dialog;
  GtkDropDown *dropdown;
  char *language;

  g_settings_set_string (settings, "language", "");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (test->window), "win.preferences", NULL));
  dialog = find_window (CCHC_TYPE_PREFERENCES_DIALOG, NULL);
  g_assert_nonnull (dialog);
  wait_until_mapped (GTK_WIDGET (dialog));
  g_assert_cmpstr (gtk_window_get_title (dialog), ==, "Tùy chọn");
  g_assert_nonnull (find_shown_label (GTK_WIDGET (dialog), "Theo ngôn ngữ hệ thống", FALSE));
  save_screenshot (GTK_WIDGET (dialog), "screenshot-preferences-vi.png");

  dropdown = GTK_DROP_DOWN (find_widget (GTK_WIDGET (dialog), GTK_TYPE_DROP_DOWN));
  gtk_drop_down_set_selected (dropdown, 2);
  language = g_settings_get_string (settings, "language");
  g_assert_cmpstr (language, ==, "en");
  g_free (language);
  gtk_drop_down_set_selected (dropdown, 1);
  language = g_settings_get_string (settings, "language");
  g_assert_cmpstr (language, ==, "vi");
  g_free (language);
  gtk_window_close (dialog);
  g_settings_set_string (settings, "language", "");
}

static void
test_app_about (UiTest *test)
{
  GtkWindow *about;

  g_assert_null (find_window (GTK_TYPE_ABOUT_DIALOG, NULL));
  g_action_group_activate_action (G_ACTION_GROUP (test->app), "about", NULL);

  about = find_window (GTK_TYPE_ABOUT_DIALOG, NULL);
  g_assert_nonnull (about);
  wait_until_mapped (GTK_WIDGET (about));
  g_assert_cmpstr (gtk_about_dialog_get_program_name (GTK_ABOUT_DIALOG (about)), ==,
                   "Kế hoạch CCHC");
  g_assert_cmpstr (gtk_about_dialog_get_version (GTK_ABOUT_DIALOG (about)), ==, PACKAGE_VERSION);
  g_assert_true (gtk_window_get_transient_for (about) == GTK_WINDOW (test->window));
  /* It opens with nothing selected: GTK gave its name the focus. */
  {
    GtkLabel *name = find_shown_label (GTK_WIDGET (about), "Kế hoạch CCHC", FALSE);
    int start, end;

    g_assert_nonnull (name);
    g_assert_false (gtk_label_get_selection_bounds (name, &start, &end));
    g_assert_null (gtk_window_get_focus (about));
  }

  save_screenshot (GTK_WIDGET (about), "screenshot-about-vi.png");
  gtk_window_destroy (about);
}

static void
test_window_primary_menu (UiTest *test)
{
  GtkWidget *button;
  GtkPopover *popover;

  /* The window's own, in its header bar (pages have menu buttons too). */
  button = find_widget (gtk_window_get_titlebar (GTK_WINDOW (test->window)),
                        GTK_TYPE_MENU_BUTTON);
  g_assert_nonnull (button);
  g_assert_true (gtk_menu_button_get_primary (GTK_MENU_BUTTON (button)));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (button), ==, "Trình đơn chính");

  gtk_menu_button_popup (GTK_MENU_BUTTON (button));
  popover = gtk_menu_button_get_popover (GTK_MENU_BUTTON (button));
  g_assert_nonnull (popover);
  wait_until_mapped (GTK_WIDGET (popover));

  g_assert_nonnull (find_shown_label (GTK_WIDGET (popover), "Phím tắt", FALSE));
  g_assert_nonnull (find_shown_label (GTK_WIDGET (popover), "Giới thiệu Kế hoạch CCHC", FALSE));
  g_assert_nonnull (find_shown_label (GTK_WIDGET (popover), "Thoát", FALSE));
  /* Without a plan the export submenus are greyed out with their items. */
  g_assert_false (gtk_widget_get_sensitive (menu_item (GTK_WIDGET (popover), "Xuất bảng ra CSV")));
  g_assert_false (gtk_widget_get_sensitive (menu_item (GTK_WIDGET (popover), "Xuất PDF")));
  save_screenshot (GTK_WIDGET (popover), "screenshot-menu-vi.png");

  gtk_menu_button_popdown (GTK_MENU_BUTTON (button));
}

static void
test_window_shortcuts (UiTest *test)
{
  GtkShortcutsWindow *overlay;

  overlay = gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (test->window));
  g_assert_nonnull (overlay);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (overlay)));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (test->window),
                                             "win.show-help-overlay", NULL));
  wait_until_mapped (GTK_WIDGET (overlay));
  g_assert_nonnull (find_shown_label (GTK_WIDGET (overlay), "Mở trình đơn chính", FALSE));
  g_assert_nonnull (find_shown_label (GTK_WIDGET (overlay), "Thoát", FALSE));
  /* GTK's own translation lacks these: the title and each group's. */
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (overlay)), ==, "Phím tắt");
  g_assert_null (find_shown_label (GTK_WIDGET (overlay), "Shortcuts", FALSE));
  /* Three sections, one shown at a time: the header bar chooses. */
  g_assert_nonnull (find_shown_label (GTK_WIDGET (overlay), "Chung", FALSE));
  g_assert_null (find_shown_label (GTK_WIDGET (overlay), "Trong cửa sổ sửa", FALSE));
  g_object_set (overlay, "section-name", "editing", NULL);
  run_main_loop (100);
  g_assert_nonnull (find_shown_label (GTK_WIDGET (overlay), "Trong cửa sổ sửa", FALSE));
  g_assert_nonnull (find_shown_label (GTK_WIDGET (overlay), "Chuyển xuống", FALSE));
  g_object_set (overlay, "section-name", "preview", NULL);
  run_main_loop (100);
  g_assert_nonnull (find_shown_label (GTK_WIDGET (overlay), "Vừa trang", FALSE));
  /* Key caps read as keys, not as key symbols. */
  g_assert_nonnull (find_shown_label (GTK_WIDGET (overlay), "Page Down", FALSE));
  g_assert_null (find_shown_label (GTK_WIDGET (overlay), "Page_Down", FALSE));
  save_screenshot (GTK_WIDGET (overlay), "screenshot-shortcuts-preview-vi.png");
  g_object_set (overlay, "section-name", "general", NULL);
  {
    GtkWidget *search = find_widget (GTK_WIDGET (overlay), GTK_TYPE_SEARCH_ENTRY);
    g_autofree char *hint = NULL;

    g_assert_nonnull (search);
    g_object_get (search, "placeholder-text", &hint, NULL);
    g_assert_cmpstr (hint, ==, "Tìm phím tắt");
  }

  /* It fits a laptop's 1366×768 screen, under a panel. */
  run_main_loop (100);
  g_test_message ("shortcuts window: %d×%d", gtk_widget_get_width (GTK_WIDGET (overlay)),
                  gtk_widget_get_height (GTK_WIDGET (overlay)));
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (overlay)), <=, 1366);
  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (overlay)), <=, 700);
  save_screenshot (GTK_WIDGET (overlay), "screenshot-shortcuts-vi.png");
  gtk_window_close (GTK_WINDOW (overlay));
}

static void
test_window_translated (UiTest *test)
{
  g_autoptr(GPtrArray) strings = g_ptr_array_new_with_free_func (g_free);
  GtkShortcutsWindow *overlay;

  overlay = gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (test->window));
  g_assert_nonnull (overlay);

  collect_ui_strings (GTK_WIDGET (test->window), strings);
  collect_ui_strings (GTK_WIDGET (overlay), strings);
  g_assert_cmpuint (strings->len, >, 0);

  for (guint i = 0; i < strings->len; i++)
    for (guint j = 0; j < G_N_ELEMENTS (window_strings); j++)
      if (g_str_equal (g_ptr_array_index (strings, i), window_strings[j].english))
        g_error ("“%s” is shown untranslated", window_strings[j].english);

  for (guint j = 0; j < G_N_ELEMENTS (window_strings); j++)
    {
      guint index;

      if (!g_ptr_array_find_with_equal_func (strings, window_strings[j].vietnamese,
                                             g_str_equal, &index))
        g_error ("“%s” (%s) is not shown",
                 window_strings[j].vietnamese, window_strings[j].english);
    }
}

static void
check_database (UiTest *test)
{
  g_assert_cmpstr (cchc_store_get_path (test->store), ==, test->database);
  g_assert_true (cchc_window_get_store (test->window) == test->store);
}

static void
test_app_new_folder (void)
{
  UiTest test;

  /* The folder of the database does not exist yet: the application makes it. */
  ui_test_init (&test, "new-folder" G_DIR_SEPARATOR_S "plans.db");
  test.body = check_database;
  g_assert_cmpint (ui_test_run (&test, run_body_step), ==, 0);
  g_assert_true (g_file_test (test.database, G_FILE_TEST_IS_REGULAR));
  ui_test_clear (&test);
}

static gboolean
check_error_dialog (UiTest *test)
{
  GtkWindow *dialog = find_window (GTK_TYPE_MESSAGE_DIALOG, NULL);

  if (dialog == NULL || !gtk_widget_get_mapped (GTK_WIDGET (dialog)))
    return FALSE;

  run_main_loop (300);
  g_object_get (dialog,
                "text", &test->dialog_text,
                "secondary-text", &test->dialog_secondary_text,
                NULL);
  g_assert_null (cchc_application_get_store (test->app));
  save_screenshot (GTK_WIDGET (dialog), "screenshot-open-error-vi.png");
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_CLOSE);

  return TRUE;
}

static void
test_app_open_error (void)
{
  UiTest test;

  ui_test_init (&test, "not-a-database.db");
  g_assert_true (g_file_set_contents (test.database, "This is not an SQLite database.\n", -1,
                                      NULL));

  /* The application says why in a dialog and ends when it is closed. */
  g_test_expect_message ("cchc-application", G_LOG_LEVEL_WARNING, "Could not open the database*");
  g_assert_cmpint (ui_test_run (&test, check_error_dialog), ==, 0);
  g_test_assert_expected_messages ();

  g_assert_cmpstr (test.dialog_text, ==, "Không thể mở cơ sở dữ liệu kế hoạch");
  g_assert_nonnull (test.dialog_secondary_text);
  g_assert_cmpstr (test.dialog_secondary_text, !=, "");

  ui_test_clear (&test);
}

int
main (int   argc,
      char *argv[])
{
  init_ui_tests (&argc, &argv);

  g_test_add_data_func ("/ui/window/empty", test_window_empty, run_window_test);
  g_test_add_data_func ("/ui/window/plan", test_window_plan, run_window_test);
  g_test_add_data_func ("/ui/window/open-sample", test_window_open_sample, run_window_test);
  g_test_add_data_func ("/ui/window/import-export", test_window_import_export, run_window_test);
  g_test_add_data_func ("/ui/window/new-delete-plan", test_window_new_delete_plan,
                        run_window_test);
  g_test_add_data_func ("/ui/window/preferences", test_window_preferences, run_window_test);
  g_test_add_data_func ("/ui/window/add-area", test_window_add_area, run_window_test);
  g_test_add_data_func ("/ui/window/tab", test_window_tab, run_window_test);
  g_test_add_data_func ("/ui/window/page-keys", test_window_page_keys, run_window_test);
  g_test_add_data_func ("/ui/window/new-plan-typed-year", test_window_new_plan_typed_year,
                        run_window_test);
  g_test_add_data_func ("/ui/window/notice-focus", test_window_notice_focus, run_window_test);
  g_test_add_data_func ("/ui/window/unsaved-details", test_window_unsaved_details,
                        run_window_test);
  g_test_add_data_func ("/ui/window/external-change", test_window_external_change,
                        run_window_test);
  g_test_add_data_func ("/ui/window/restores-state", test_window_restores_state,
                        run_window_test);
  g_test_add_data_func ("/ui/window/translated", test_window_translated, run_window_test);
  g_test_add_data_func ("/ui/window/primary-menu", test_window_primary_menu, run_window_test);
  g_test_add_data_func ("/ui/window/shortcuts", test_window_shortcuts, run_window_test);
  g_test_add_data_func ("/ui/window/read-only", test_window_read_only, run_window_test);
  g_test_add_data_func ("/ui/app/actions", test_app_actions, run_window_test);
  g_test_add_data_func ("/ui/app/about", test_app_about, run_window_test);
  g_test_add_func ("/ui/app/new-folder", test_app_new_folder);
  g_test_add_func ("/ui/app/open-error", test_app_open_error);

  return g_test_run ();
}
