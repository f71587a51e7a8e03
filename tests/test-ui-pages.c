/* test-ui-pages.c: the KPI, propaganda, unit and plan details pages, in Vietnamese
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <glib/gstdio.h>
#include <gtk/gtk.h>

#include "ui-helpers.h"
#include "cchc-activity.h"
#include "cchc-activity-editor.h"
#include "cchc-activity-page.h"
#include "cchc-area.h"
#include "cchc-exchange.h"
#include "cchc-gui-utils.h"
#include "cchc-history.h"
#include "cchc-kpi.h"
#include "cchc-kpi-editor.h"
#include "cchc-page-helpers.h"
#include "cchc-placeholder.h"
#include "cchc-kpi-page.h"
#include "cchc-list-helpers.h"
#include "cchc-plan.h"
#include "cchc-plan-page.h"
#include "cchc-report-period.h"
#include "cchc-store.h"
#include "cchc-task.h"
#include "cchc-text.h"
#include "cchc-unit.h"
#include "cchc-unit-page.h"

/* The English source strings of the pages, which must never be shown */
static const char * const english_strings[] = {
  "No.", "KPI", "Target", "Kind", "Description", "Quantity", "Size", "Place",
  "Responsible unit", "Occasions", "Audience", "Unit name", "Type", "Used in", "Not used",
  "Internal", "Outside body", "Group", "Report period", "Due date", "Document", "Contents",
  "Report periods", "One paragraph per line.", "_Save", "_Cancel", "Re_vert Changes",
  "Search KPIs…", "Search units…", "Search propaganda activities…", "Search (Ctrl+F)",
  "Add a KPI (Ctrl+N)", "Move Up (Alt+Up)", "Move Down (Alt+Down)", "Edit KPI", "_KPI",
  "C_omparison", "No numeric target", "_Target", "_Unit", "Printed without a numeric target",
  "Edit Propaganda Activity", "_Kind", "_Description", "_Quantity", "Counted _in", "Si_ze",
  "_Place", "_Responsible unit", "_Occasions", "_Audience", "— None —", "Edit Unit", "_Name",
  "_Type", "Edit Report Period", "_Report period", "_Due date", "Banner", "Quarter I",
};

typedef struct
{
  char        *dir;
  char        *path;
  CchcStore   *store;
  CchcHistory *history;
  CchcPlan    *plan;
  GtkWindow   *window;
  GtkWidget   *page;
} PageTest;

/* Widgets -------------------------------------------------------------- */

/* The button under @widget with @label (mnemonic included) or @icon_name */
static GtkWidget *
find_button (GtkWidget  *widget,
             const char *label,
             const char *icon_name)
{
  if (GTK_IS_BUTTON (widget) &&
      ((label != NULL && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0) ||
       (icon_name != NULL &&
        g_strcmp0 (gtk_button_get_icon_name (GTK_BUTTON (widget)), icon_name) == 0)))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_button (child, label, icon_name);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* No English source string shows under @widget. */
static void
assert_translated (GtkWidget *widget)
{
  assert_none_shown (widget, english_strings, G_N_ELEMENTS (english_strings));
}

static GtkWidget *
template_child (gpointer    widget,
                GType       type,
                const char *name)
{
  GObject *child = gtk_widget_get_template_child (GTK_WIDGET (widget), type, name);

  g_assert_nonnull (child);
  return GTK_WIDGET (child);
}

static void
set_text_view (GtkWidget  *text_view,
               const char *text)
{
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (text_view)), text, -1);
}

static void
click (GtkWidget *button)
{
  g_assert_true (gtk_widget_is_sensitive (button));
  g_signal_emit_by_name (button, "clicked");
  run_main_loop (100);
}

/* Fixture -------------------------------------------------------------- */

/* A page of @type on the real 2022 plan, in a window on screen. */
static void
page_test_init (PageTest *test,
                GType     type)
{
  g_autoptr(GError) error = NULL;

  memset (test, 0, sizeof *test);
  test->dir = g_dir_make_tmp ("cchc-test-ui-pages-XXXXXX", &error);
  g_assert_no_error (error);
  test->path = g_build_filename (test->dir, "plans.db", NULL);
  test->store = cchc_store_open (test->path, CCHC_STORE_FLAGS_NONE, &error);
  g_assert_no_error (error);
  test->plan = cchc_exchange_import_sample (test->store, &error);
  g_assert_no_error (error);
  g_assert_nonnull (test->plan);
  test->history = cchc_history_new (test->store);

  test->page = g_object_new (type, "history", test->history, NULL);
  g_object_set (test->page, "plan", test->plan, NULL);
  test->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (test->window, 1200, 760);
  gtk_window_set_child (test->window, test->page);
  gtk_window_present (test->window);
  wait_until_mapped (test->page);
}

static void
page_test_clear (PageTest *test)
{
  const char *suffixes[] = { "", "-wal", "-shm", "-journal" };
  GtkWindow *dialog;

  g_object_add_weak_pointer (G_OBJECT (test->page), (gpointer *) &test->page);
  while ((dialog = find_window (GTK_TYPE_WINDOW, NULL)) != NULL)
    gtk_window_destroy (dialog);
  run_main_loop (50);
  /* Nothing kept the page alive: no reference leaked from it or to it. */
  g_assert_null (test->page);

  g_assert_finalize_object (g_steal_pointer (&test->history));
  g_assert_finalize_object (g_steal_pointer (&test->store));
  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *path = g_strconcat (test->path, suffixes[i], NULL);

      g_remove (path);
    }
  g_rmdir (test->dir);
  g_clear_pointer (&test->path, g_free);
  g_clear_pointer (&test->dir, g_free);
}

/* The database file as another program sees it. */
static CchcStore *
open_file (PageTest *test)
{
  g_autoptr(GError) error = NULL;
  CchcStore *store;

  store = cchc_store_open (test->path, CCHC_STORE_FLAGS_READ_ONLY, &error);
  g_assert_no_error (error);
  return store;
}

static CchcPlan *
plan_in (CchcStore *store,
         PageTest  *test)
{
  CchcPlan *plan = cchc_store_find_plan (store, cchc_record_get_uuid (CCHC_RECORD (test->plan)));

  g_assert_nonnull (plan);
  return plan;
}

static CchcListController *
list_of (PageTest *test)
{
  CchcListController *list = cchc_list_controller_get_for_page (test->page);

  g_assert_nonnull (list);
  return list;
}

static gpointer
find_unit_named (GListModel *units,
                 const char *name)
{
  for (guint i = 0; i < g_list_model_get_n_items (units); i++)
    {
      g_autoptr(CchcUnit) unit = g_list_model_get_item (units, i);

      if (g_str_equal (cchc_unit_get_name (unit), name))
        return unit;
    }

  return NULL;
}

static gboolean
model_contains (GListModel *model,
                gpointer    item)
{
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GObject) row = g_list_model_get_item (model, i);

      if (row == item)
        return TRUE;
    }

  return FALSE;
}

/* Tests ---------------------------------------------------------------- */

/* Edits the KPI through its editor: an empty text is refused, then the
 * new text and "≥ 98%" are saved. */
static void
edit_kpi_in_editor (PageTest   *test,
                    CchcKpi    *kpi,
                    const char *text)
{
  GtkWindow *editor;
  GtkWidget *save;

  g_assert_true (cchc_list_controller_select (list_of (test), kpi));
  g_assert_true (gtk_widget_activate_action (test->page, "page.edit", NULL));
  editor = wait_for_window (CCHC_TYPE_KPI_EDITOR, "Sửa chỉ tiêu");
  save = template_child (editor, CCHC_TYPE_KPI_EDITOR, "save_button");
  g_assert_true (gtk_widget_is_sensitive (save));

  g_assert_null (gtk_widget_get_tooltip_text (save));
  set_text_view (template_child (editor, CCHC_TYPE_KPI_EDITOR, "text_view"), "  ");
  g_assert_false (gtk_widget_is_sensitive (save));
  /* Greyed out, Save says why. */
  g_assert_cmpstr (gtk_widget_get_tooltip_text (save), ==,
                   "Hãy điền hoặc sửa các ô được đánh dấu đỏ để lưu");
  g_assert_true (gtk_widget_has_css_class (template_child (editor, CCHC_TYPE_KPI_EDITOR,
                                                           "text_scroll"), "error"));
  /* Its label too, as in every form. */
  {
    GList *labels = gtk_widget_list_mnemonic_labels (template_child (editor,
                                                                     CCHC_TYPE_KPI_EDITOR,
                                                                     "text_view"));

    g_assert_cmpuint (g_list_length (labels), ==, 1);
    g_assert_true (gtk_widget_has_css_class (labels->data, "error"));
    g_list_free (labels);
  }
  /* Drawn again, with the mark */
  run_main_loop (100);
  save_screenshot (GTK_WIDGET (editor), "screenshot-kpi-editor-invalid.png");

  set_text_view (template_child (editor, CCHC_TYPE_KPI_EDITOR, "text_view"), text);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (template_child (editor, CCHC_TYPE_KPI_EDITOR,
                                                             "comparator_dropdown")),
                              CCHC_COMPARATOR_GE);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (template_child (editor, CCHC_TYPE_KPI_EDITOR,
                                                              "target_spin")), 98);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (template_child (editor, CCHC_TYPE_KPI_EDITOR,
                                                                  "preview_label"))),
                   ==, "Khi in: ≥ 98%");
  /* A text that is no target of the range keeps the target (it became 0,
   * or the range's end, without a word). */
  {
    GtkSpinButton *target = GTK_SPIN_BUTTON (template_child (editor, CCHC_TYPE_KPI_EDITOR,
                                                             "target_spin"));
    const char *texts[] = { "abc", "-5", "99999999999" };

    for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
      {
        gtk_editable_set_text (GTK_EDITABLE (target), texts[i]);
        gtk_spin_button_update (target);
        g_assert_cmpfloat (gtk_spin_button_get_value (target), ==, 98);
        g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (target)), ==, "98");
      }

    /* Numbers as Vietnamese write them ("1.500" was 1,5), and the preview
     * follows a number typed whole. */
    gtk_editable_set_text (GTK_EDITABLE (target), "1.500");
    gtk_spin_button_update (target);
    g_assert_cmpfloat (gtk_spin_button_get_value (target), ==, 1500);
    gtk_editable_set_text (GTK_EDITABLE (target), "97.5");
    gtk_spin_button_update (target);
    g_assert_cmpfloat (gtk_spin_button_get_value (target), ==, 97.5);
    gtk_editable_set_text (GTK_EDITABLE (target), "95,5");
    g_assert_cmpfloat (gtk_spin_button_get_value (target), ==, 95.5);
    g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (template_child (editor, CCHC_TYPE_KPI_EDITOR,
                                                                    "preview_label"))),
                     ==, "Khi in: ≥ 95,5%");
    gtk_spin_button_set_value (target, 98);
  }
  save_screenshot (GTK_WIDGET (editor), "screenshot-kpi-editor.png");
  assert_translated (GTK_WIDGET (editor));
  click (save);
  g_assert_null (find_window (CCHC_TYPE_KPI_EDITOR, NULL));
}

static void
test_kpi_edit (void)
{
  PageTest test;
  g_autoptr(CchcKpi) kpi = NULL;
  g_autoptr(CchcStore) file = NULL;
  g_autoptr(CchcKpi) stored = NULL;
  g_autofree char *target = NULL;
  g_autoptr(GError) error = NULL;
  const char *text = "Giải quyết trước và đúng hạn 98% hồ sơ TTHC được tiếp nhận.";

  page_test_init (&test, CCHC_TYPE_KPI_PAGE);
  kpi = g_list_model_get_item (cchc_store_get_kpis (test.store, test.plan), 4);
  g_assert_nonnull (find_shown_label (test.page, cchc_kpi_get_text (kpi), FALSE));
  g_assert_nonnull (find_shown_label (test.page, "> 95%", FALSE));
  g_assert_nonnull (find_shown_label (test.page, "6 chỉ tiêu", FALSE));
  save_screenshot (GTK_WIDGET (test.window), "screenshot-kpis.png");
  assert_translated (GTK_WIDGET (test.window));

  edit_kpi_in_editor (&test, kpi, text);

  /* The model, the row on screen and the file */
  target = cchc_kpi_format_target (kpi);
  g_assert_cmpstr (cchc_kpi_get_text (kpi), ==, text);
  g_assert_cmpstr (target, ==, "≥ 98%");
  run_main_loop (100);
  g_assert_nonnull (find_shown_label (test.page, text, FALSE));
  g_assert_nonnull (find_shown_label (test.page, "≥ 98%", FALSE));
  g_assert_null (find_shown_label (test.page, "> 95%", FALSE));
  file = open_file (&test);
  stored = g_list_model_get_item (cchc_store_get_kpis (file, plan_in (file, &test)), 4);
  g_assert_cmpstr (cchc_kpi_get_text (stored), ==, text);
  g_assert_cmpint (cchc_kpi_get_comparator (stored), ==, CCHC_COMPARATOR_GE);
  g_assert_cmpfloat (cchc_kpi_get_target (stored), ==, 98.0);
  g_assert_cmpstr (cchc_kpi_get_target_unit (stored), ==, "%");

  /* Undone, the row shows the old text again. */
  g_assert_true (cchc_history_undo (test.history, &error));
  g_assert_no_error (error);
  run_main_loop (100);
  g_assert_nonnull (find_shown_label (test.page, "> 95%", FALSE));

  page_test_clear (&test);
}

static void
test_kpi_add (void)
{
  PageTest test;
  GListModel *kpis;
  g_autoptr(CchcKpi) selected = NULL;
  g_autoptr(CchcKpi) added = NULL;
  const char *text = "Tổ chức tập huấn nghiệp vụ CCHC cho công chức, viên chức.";
  GtkWindow *editor;
  GtkWidget *save;

  page_test_init (&test, CCHC_TYPE_KPI_PAGE);
  kpis = cchc_store_get_kpis (test.store, test.plan);
  selected = g_list_model_get_item (kpis, 1);
  g_assert_true (cchc_list_controller_select (list_of (&test), selected));
  g_assert_true (gtk_widget_activate_action (test.page, "page.add", NULL));
  editor = wait_for_window (CCHC_TYPE_KPI_EDITOR, "Thêm chỉ tiêu");
  save = template_child (editor, CCHC_TYPE_KPI_EDITOR, "save_button");
  g_assert_false (gtk_widget_is_sensitive (save));
  g_assert_false (gtk_widget_is_sensitive (template_child (editor, CCHC_TYPE_KPI_EDITOR,
                                                           "target_spin")));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (template_child (editor, CCHC_TYPE_KPI_EDITOR,
                                                                  "preview_label"))),
                   ==, "Khi in: không có mục tiêu số");

  /* A qualitative KPI, after the selected one, saved with Ctrl+S */
  set_text_view (template_child (editor, CCHC_TYPE_KPI_EDITOR, "text_view"), text);
  g_assert_true (gtk_widget_is_sensitive (save));
  press_shortcut (GTK_WIDGET (editor), "<Control>s");
  g_assert_null (find_window (CCHC_TYPE_KPI_EDITOR, NULL));
  g_assert_cmpuint (g_list_model_get_n_items (kpis), ==, 7);
  added = g_list_model_get_item (kpis, 2);
  g_assert_cmpstr (cchc_kpi_get_text (added), ==, text);
  g_assert_cmpint (cchc_kpi_get_comparator (added), ==, CCHC_COMPARATOR_NONE);
  g_assert_true (cchc_list_controller_get_selected (list_of (&test)) == added);
  g_assert_nonnull (find_shown_label (test.page, text, FALSE));
  /* The new row has the keyboard: Enter edits it, Delete deletes it. */
  wait_for_frames (test.page);
  {
    GtkWidget *focus = gtk_window_get_focus (test.window);

    g_assert_nonnull (focus);
    g_assert_cmpstr (gtk_widget_get_css_name (focus), ==, "row");
    g_assert_true (gtk_widget_is_ancestor (GTK_WIDGET (find_shown_label (test.page, text, FALSE)),
                                           focus));
  }
  {
    g_autoptr(CchcStore) file = open_file (&test);
    GListModel *stored = cchc_store_get_kpis (file, plan_in (file, &test));
    g_autoptr(CchcKpi) stored_kpi = g_list_model_get_item (stored, 2);

    g_assert_cmpuint (g_list_model_get_n_items (stored), ==, 7);
    g_assert_cmpstr (cchc_kpi_get_text (stored_kpi), ==, text);
  }

  page_test_clear (&test);
}

/* Ctrl+Z in a field undoes what was typed there, never the loading of
 * the KPI into the editor. */
static void
test_kpi_field_undo (void)
{
  PageTest test;
  g_autoptr(CchcKpi) kpi = NULL;
  g_autofree char *shown = NULL;
  GtkWindow *editor;
  GtkWidget *unit_entry;
  GtkWidget *unit_text;
  GtkWidget *text_view;

  page_test_init (&test, CCHC_TYPE_KPI_PAGE);
  kpi = g_list_model_get_item (cchc_store_get_kpis (test.store, test.plan), 4);
  g_assert_true (cchc_list_controller_select (list_of (&test), kpi));
  g_assert_true (gtk_widget_activate_action (test.page, "page.edit", NULL));
  editor = wait_for_window (CCHC_TYPE_KPI_EDITOR, NULL);
  unit_entry = template_child (editor, CCHC_TYPE_KPI_EDITOR, "unit_entry");
  unit_text = find_widget (unit_entry, GTK_TYPE_TEXT);
  text_view = template_child (editor, CCHC_TYPE_KPI_EDITOR, "text_view");

  gtk_widget_activate_action (unit_text, "text.undo", NULL);
  gtk_widget_activate_action (text_view, "text.undo", NULL);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (unit_entry)), ==, "%");
  shown = cchc_text_view_dup_text (GTK_TEXT_VIEW (text_view));
  g_assert_cmpstr (shown, ==, cchc_kpi_get_text (kpi));

  /* Undoing all the typing leads back to the loaded unit, not further. */
  gtk_editable_set_text (GTK_EDITABLE (unit_entry), "hồ sơ");
  for (guint i = 0; i < 4; i++)
    gtk_widget_activate_action (unit_text, "text.undo", NULL);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (unit_entry)), ==, "%");

  gtk_window_destroy (editor);
  page_test_clear (&test);
}

/* Return on a row edits that row, even when another one is selected. */
static void
test_kpi_activate_row (void)
{
  PageTest test;
  g_autoptr(CchcKpi) first = NULL;
  g_autoptr(CchcKpi) third = NULL;
  g_autofree char *shown = NULL;
  GtkWindow *editor;

  page_test_init (&test, CCHC_TYPE_KPI_PAGE);
  first = g_list_model_get_item (cchc_store_get_kpis (test.store, test.plan), 0);
  third = g_list_model_get_item (cchc_store_get_kpis (test.store, test.plan), 2);
  g_assert_true (cchc_list_controller_select (list_of (&test), first));
  g_signal_emit_by_name (template_child (test.page, CCHC_TYPE_KPI_PAGE, "column_view"),
                         "activate", 2);
  editor = wait_for_window (CCHC_TYPE_KPI_EDITOR, NULL);
  shown = cchc_text_view_dup_text (GTK_TEXT_VIEW (template_child (editor, CCHC_TYPE_KPI_EDITOR,
                                                                  "text_view")));
  g_assert_cmpstr (shown, ==, cchc_kpi_get_text (third));
  g_assert_true (cchc_list_controller_get_selected (list_of (&test)) == (gpointer) third);

  gtk_window_destroy (editor);
  page_test_clear (&test);
}

/* Cancel closes at once a form with no change; with changes it asks:
 * Discard drops them, nothing changes anywhere; Save writes them. */
static void
test_kpi_cancel (void)
{
  PageTest test;
  GListModel *kpis;
  g_autoptr(CchcKpi) kpi = NULL;
  g_autofree char *text = NULL;
  g_autofree char *question_text = NULL;
  g_autofree char *secondary = NULL;
  GtkWindow *editor;
  GtkDialog *question;

  page_test_init (&test, CCHC_TYPE_KPI_PAGE);
  kpis = cchc_store_get_kpis (test.store, test.plan);
  kpi = g_list_model_get_item (kpis, 0);
  text = g_strdup (cchc_kpi_get_text (kpi));
  g_assert_true (cchc_list_controller_select (list_of (&test), kpi));
  g_assert_true (gtk_widget_activate_action (test.page, "page.edit", NULL));
  editor = wait_for_window (CCHC_TYPE_KPI_EDITOR, NULL);
  click (find_button (GTK_WIDGET (editor), "_Hủy", NULL));
  run_main_loop (100);
  g_assert_null (find_window (CCHC_TYPE_KPI_EDITOR, NULL));
  g_assert_null (find_window (GTK_TYPE_MESSAGE_DIALOG, NULL));

  g_assert_true (gtk_widget_activate_action (test.page, "page.edit", NULL));
  editor = wait_for_window (CCHC_TYPE_KPI_EDITOR, NULL);
  set_text_view (template_child (editor, CCHC_TYPE_KPI_EDITOR, "text_view"), "Bỏ đi");
  click (find_button (GTK_WIDGET (editor), "_Hủy", NULL));
  question = wait_for_message_dialog (&question_text, &secondary);
  g_assert_cmpstr (question_text, ==, "Lưu các thay đổi?");
  gtk_dialog_response (question, 1 /* discard */);
  run_main_loop (100);
  g_assert_null (find_window (CCHC_TYPE_KPI_EDITOR, NULL));

  g_assert_cmpstr (cchc_kpi_get_text (kpi), ==, text);
  g_assert_cmpuint (g_list_model_get_n_items (kpis), ==, 6);
  g_assert_false (cchc_history_can_undo (test.history));
  g_assert_nonnull (find_shown_label (test.page, text, FALSE));

  /* Escape, then Save: written, as with the editor's own Save. */
  g_assert_true (gtk_widget_activate_action (test.page, "page.edit", NULL));
  editor = wait_for_window (CCHC_TYPE_KPI_EDITOR, NULL);
  set_text_view (template_child (editor, CCHC_TYPE_KPI_EDITOR, "text_view"), "Giữ lại");
  question = close_for_question (GTK_WINDOW (editor), &question_text, &secondary);
  gtk_dialog_response (question, 2 /* save */);
  run_main_loop (100);
  g_assert_null (find_window (CCHC_TYPE_KPI_EDITOR, NULL));
  g_assert_cmpstr (cchc_kpi_get_text (kpi), ==, "Giữ lại");
  g_assert_true (cchc_history_can_undo (test.history));

  page_test_clear (&test);
}

/* The label of column @column in the row showing @item */
static const char *
cell_text (PageTest *test,
           gpointer  item,
           guint     column)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  GtkWidget *view = template_child (test->page, G_OBJECT_TYPE (test->page), "column_view");
  GListModel *shown = cchc_list_controller_get_shown (list_of (test));
  guint position = G_MAXUINT;

  for (guint i = 0; i < g_list_model_get_n_items (shown); i++)
    {
      g_autoptr(GObject) row = g_list_model_get_item (shown, i);

      if (row == item)
        position = i;
    }
  g_assert_cmpuint (position, !=, G_MAXUINT);

  /* The rows of a column view are the children of its list view, in
   * order once it is laid out; each row holds one cell per column. */
  for (GtkWidget *list = gtk_widget_get_last_child (view), *row = gtk_widget_get_first_child (list);
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      GtkWidget *cell = gtk_widget_get_first_child (row);

      for (guint c = 0; c < column && cell != NULL; c++)
        cell = gtk_widget_get_next_sibling (cell);
      if (cell != NULL && gtk_widget_get_first_child (cell) != NULL)
        g_ptr_array_add (labels, gtk_widget_get_first_child (cell));
    }
  g_assert_cmpuint (position, <, labels->len);

  return gtk_label_get_text (g_ptr_array_index (labels, position));
}

static void
test_kpi_move (void)
{
  PageTest test;
  GListModel *kpis;
  g_autoptr(CchcKpi) first = NULL;
  g_autoptr(CchcKpi) second = NULL;
  g_autoptr(GError) error = NULL;

  page_test_init (&test, CCHC_TYPE_KPI_PAGE);
  kpis = cchc_store_get_kpis (test.store, test.plan);
  first = g_list_model_get_item (kpis, 0);
  second = g_list_model_get_item (kpis, 1);
  g_assert_cmpstr (cell_text (&test, first, 0), ==, "1");

  /* Alt+Down moves the selected KPI, which stays selected and numbered anew. */
  g_assert_true (cchc_list_controller_select (list_of (&test), first));
  g_assert_false (gtk_widget_is_sensitive (find_button (test.page, NULL, "go-up-symbolic")));
  g_assert_true (gtk_widget_activate_action (test.page, "page.move-down", NULL));
  run_main_loop (100);
  g_assert_cmpuint (cchc_store_get_position (test.store, first), ==, 1);
  g_assert_true (cchc_list_controller_get_selected (list_of (&test)) == first);
  g_assert_cmpstr (cell_text (&test, first, 0), ==, "2");
  g_assert_cmpstr (cell_text (&test, second, 0), ==, "1");
  g_assert_true (gtk_widget_is_sensitive (find_button (test.page, NULL, "go-up-symbolic")));
  {
    g_autoptr(CchcStore) file = open_file (&test);
    g_autoptr(CchcKpi) stored =
      g_list_model_get_item (cchc_store_get_kpis (file, plan_in (file, &test)), 1);

    g_assert_cmpstr (cchc_record_get_uuid (CCHC_RECORD (stored)), ==,
                     cchc_record_get_uuid (CCHC_RECORD (first)));
  }

  /* Deleted without asking; undo brings it back. */
  g_assert_true (gtk_widget_activate_action (test.page, "page.delete", NULL));
  run_main_loop (100);
  g_assert_cmpuint (g_list_model_get_n_items (kpis), ==, 5);
  g_assert_nonnull (find_shown_label (test.page, "5 chỉ tiêu", FALSE));
  g_assert_true (cchc_history_undo (test.history, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (kpis), ==, 6);

  page_test_clear (&test);
}

/* Sets quantity 12 and @place, after an empty description was refused. */
static void
edit_activity_in_editor (PageTest     *test,
                         CchcActivity *activity,
                         const char   *place)
{
  GtkWindow *editor;
  GtkWidget *save;
  GtkWidget *description;

  g_assert_true (cchc_list_controller_select (list_of (test), activity));
  g_assert_true (gtk_widget_activate_action (test->page, "page.edit", NULL));
  editor = wait_for_window (CCHC_TYPE_ACTIVITY_EDITOR, "Sửa hoạt động tuyên truyền");
  save = template_child (editor, CCHC_TYPE_ACTIVITY_EDITOR, "save_button");
  description = template_child (editor, CCHC_TYPE_ACTIVITY_EDITOR, "description_view");
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (template_child (editor, CCHC_TYPE_ACTIVITY_EDITOR,
                                                              "quantity_spin")), 12);
  gtk_editable_set_text (GTK_EDITABLE (template_child (editor, CCHC_TYPE_ACTIVITY_EDITOR,
                                                       "place_entry")), place);
  g_assert_cmpuint (gtk_drop_down_get_selected (GTK_DROP_DOWN (
                      template_child (editor, CCHC_TYPE_ACTIVITY_EDITOR, "unit_dropdown"))),
                    ==, 0);
  save_screenshot (GTK_WIDGET (editor), "screenshot-activity-editor.png");
  assert_translated (GTK_WIDGET (editor));
  /* What GTK's own Vietnamese lacks: the hint of the drop-down's search,
   * and "Insert Emoji" in the menus of the text fields, which goes. */
  {
    GtkWidget *search = find_widget (template_child (editor, CCHC_TYPE_ACTIVITY_EDITOR,
                                                     "unit_dropdown"),
                                     GTK_TYPE_SEARCH_ENTRY);
    GtkWidget *place_text = find_widget (template_child (editor, CCHC_TYPE_ACTIVITY_EDITOR,
                                                         "place_entry"), GTK_TYPE_TEXT);
    g_autofree char *hint = NULL;

    g_object_get (search, "placeholder-text", &hint, NULL);
    g_assert_cmpstr (hint, ==, "Tìm…");
    /* It finds units by any word, without marks, as the lists do. */
    {
      GtkWidget *list = find_widget (gtk_widget_get_ancestor (search, GTK_TYPE_POPOVER),
                                     GTK_TYPE_LIST_VIEW);
      GListModel *shown = G_LIST_MODEL (gtk_list_view_get_model (GTK_LIST_VIEW (list)));

      gtk_editable_set_text (GTK_EDITABLE (search), "van phong");
      run_main_loop (300);
      g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 1);
      gtk_editable_set_text (GTK_EDITABLE (search), "");
      run_main_loop (300);
    }
    g_assert_true (gtk_text_view_get_input_hints (GTK_TEXT_VIEW (description)) &
                   GTK_INPUT_HINT_NO_EMOJI);
    g_assert_true (gtk_text_get_input_hints (GTK_TEXT (place_text)) & GTK_INPUT_HINT_NO_EMOJI);
  }

  set_text_view (description, "");
  g_assert_false (gtk_widget_is_sensitive (save));
  set_text_view (description, cchc_activity_get_description (activity));
  click (save);
  g_assert_null (find_window (CCHC_TYPE_ACTIVITY_EDITOR, NULL));
}

/* Deletes the rows of @rows, one history step each. */
static void
delete_all (PageTest   *test,
            GListModel *rows)
{
  while (g_list_model_get_n_items (rows) > 0)
    {
      g_autoptr(GObject) row = g_list_model_get_item (rows, 0);
      g_autoptr(GError) error = NULL;

      g_assert_true (cchc_history_delete (test->history, row, &error));
      g_assert_no_error (error);
    }
  run_main_loop (100);
}

/* A plan without propaganda activities says how to add them; undo brings
 * the rows back, and the placeholder goes. */
static void
test_activity_empty (void)
{
  PageTest test;
  const char *title = "Chưa có hoạt động tuyên truyền nào";
  GError *error = NULL;

  page_test_init (&test, CCHC_TYPE_ACTIVITY_PAGE);
  g_assert_null (find_shown_label (test.page, title, FALSE));
  delete_all (&test, cchc_store_get_activities (test.store, test.plan));
  g_assert_nonnull (find_shown_label (test.page, title, FALSE));
  g_assert_nonnull (find_shown_label (test.page,
                                      "Thêm băng rôn, pano, buổi biểu diễn và các hoạt động "
                                      "khác của kế hoạch bằng nút + hoặc Ctrl+N.", FALSE));
  save_screenshot (GTK_WIDGET (test.window), "screenshot-activities-empty.png");

  g_assert_true (cchc_history_undo (test.history, &error));
  g_assert_no_error (error);
  run_main_loop (100);
  g_assert_null (find_shown_label (test.page, title, FALSE));

  page_test_clear (&test);
}

static void
test_activity_edit (void)
{
  PageTest test;
  g_autoptr(CchcActivity) activity = NULL;
  g_autoptr(CchcStore) file = NULL;
  g_autoptr(CchcActivity) stored = NULL;
  const char *place = "Quảng trường Bến Đá, thành phố Vị Thanh";

  page_test_init (&test, CCHC_TYPE_ACTIVITY_PAGE);
  activity = g_list_model_get_item (cchc_store_get_activities (test.store, test.plan), 0);
  g_assert_nonnull (find_shown_label (test.page, "10 băng rol", FALSE));
  g_assert_nonnull (find_shown_label (test.page, "Băng rôn", FALSE));
  save_screenshot (GTK_WIDGET (test.window), "screenshot-activities.png");
  assert_translated (GTK_WIDGET (test.window));

  edit_activity_in_editor (&test, activity, place);

  g_assert_cmpuint (cchc_activity_get_quantity (activity), ==, 12);
  g_assert_cmpstr (cchc_activity_get_place (activity), ==, place);
  g_assert_nonnull (find_shown_label (test.page, "12 băng rol", FALSE));
  g_assert_nonnull (find_shown_label (test.page, place, FALSE));
  g_assert_null (find_shown_label (test.page, "10 băng rol", FALSE));
  file = open_file (&test);
  stored = g_list_model_get_item (cchc_store_get_activities (file, plan_in (file, &test)), 0);
  g_assert_cmpuint (cchc_activity_get_quantity (stored), ==, 12);
  g_assert_cmpstr (cchc_activity_get_place (stored), ==, place);
  g_assert_cmpstr (cchc_activity_get_quantity_unit (stored), ==, "băng rol");

  page_test_clear (&test);
}

/* The database refuses the edit (the activity went meanwhile): a dialog
 * says why, the editor stays open with what was typed. */
static void
test_activity_save_error (void)
{
  PageTest test;
  GListModel *activities;
  g_autoptr(CchcActivity) activity = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *secondary = NULL;
  GtkWindow *editor;
  GtkWidget *place;
  GtkDialog *dialog;

  page_test_init (&test, CCHC_TYPE_ACTIVITY_PAGE);
  activities = cchc_store_get_activities (test.store, test.plan);
  activity = g_list_model_get_item (activities, 2);
  g_assert_true (cchc_list_controller_select (list_of (&test), activity));
  g_assert_true (gtk_widget_activate_action (test.page, "page.edit", NULL));
  editor = wait_for_window (CCHC_TYPE_ACTIVITY_EDITOR, NULL);
  place = template_child (editor, CCHC_TYPE_ACTIVITY_EDITOR, "place_entry");
  gtk_editable_set_text (GTK_EDITABLE (place), "Nhà văn hóa tỉnh");

  g_assert_true (cchc_store_delete (test.store, activity, &error));
  g_assert_no_error (error);
  click (template_child (editor, CCHC_TYPE_ACTIVITY_EDITOR, "save_button"));
  dialog = wait_for_message_dialog (&text, &secondary);
  g_assert_cmpstr (text, ==, "Không thể lưu hoạt động tuyên truyền");
  g_assert_cmpstr (secondary, !=, "");
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == editor);
  gtk_dialog_response (dialog, GTK_RESPONSE_CLOSE);
  run_main_loop (100);

  g_assert_true (find_window (CCHC_TYPE_ACTIVITY_EDITOR, NULL) == editor);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (place)), ==, "Nhà văn hóa tỉnh");
  g_assert_cmpuint (g_list_model_get_n_items (activities), ==, 8);
  g_assert_cmpstr (cchc_activity_get_place (activity), !=, "Nhà văn hóa tỉnh");

  page_test_clear (&test);
}

static gboolean
file_has_unit (PageTest   *test,
               const char *uuid)
{
  g_autoptr(CchcStore) file = open_file (test);

  return cchc_store_find_unit (file, uuid) != NULL;
}

/* Deleting a unit still in use is refused, saying where it is used; the
 * unit stays in the list, the model and the file. */
static void
refuse_to_delete_used_unit (PageTest *test,
                            CchcUnit *used)
{
  g_autofree char *uses = cchc_store_describe_unit_use (test->store, used);
  g_autofree char *text = NULL;
  g_autofree char *secondary = NULL;
  GtkDialog *dialog;

  g_assert_nonnull (uses);
  g_assert_true (cchc_list_controller_select (list_of (test), used));
  g_assert_true (gtk_widget_activate_action (test->page, "page.delete", NULL));
  dialog = wait_for_message_dialog (&text, &secondary);
  g_assert_cmpstr (text, ==, "Không thể xóa đơn vị");
  g_assert_nonnull (strstr (secondary, "Văn phòng Sở"));
  g_assert_nonnull (strstr (secondary, uses));
  g_assert_nonnull (strstr (secondary, "2022: 2.1, 2.2"));
  save_screenshot (GTK_WIDGET (dialog), "screenshot-unit-in-use.png");
  gtk_dialog_response (dialog, GTK_RESPONSE_CLOSE);
  run_main_loop (100);

  g_assert_true (model_contains (cchc_store_get_units (test->store), used));
  g_assert_nonnull (find_shown_label (test->page, "Văn phòng Sở", FALSE));
  g_assert_true (file_has_unit (test, cchc_record_get_uuid (CCHC_RECORD (used))));
}

static void
test_unit_delete (void)
{
  PageTest test;
  CchcUnit *used;
  g_autoptr(CchcUnit) unused = NULL;
  g_autofree char *uuid = NULL;
  g_autoptr(GError) error = NULL;

  page_test_init (&test, CCHC_TYPE_UNIT_PAGE);
  used = find_unit_named (cchc_store_get_units (test.store), "Văn phòng Sở");
  g_assert_nonnull (used);
  save_screenshot (GTK_WIDGET (test.window), "screenshot-units.png");
  assert_translated (GTK_WIDGET (test.window));
  refuse_to_delete_used_unit (&test, used);

  /* A unit used nowhere goes without asking, and comes back with undo. */
  unused = cchc_unit_new ("Ban Biên tập Trang thông tin điện tử", CCHC_UNIT_KIND_GROUP);
  g_assert_true (cchc_history_insert (test.history, NULL, 0, unused, &error));
  g_assert_no_error (error);
  run_main_loop (100);
  g_assert_nonnull (find_shown_label (test.page, "Chưa dùng", FALSE));
  uuid = g_strdup (cchc_record_get_uuid (CCHC_RECORD (unused)));
  g_assert_true (cchc_list_controller_select (list_of (&test), unused));
  g_assert_true (gtk_widget_activate_action (test.page, "page.delete", NULL));
  run_main_loop (100);
  g_assert_null (find_window (GTK_TYPE_MESSAGE_DIALOG, NULL));
  g_assert_null (cchc_store_find_unit (test.store, uuid));
  g_assert_false (file_has_unit (&test, uuid));
  g_assert_null (find_shown_label (test.page, "Ban Biên tập Trang thông tin điện tử", FALSE));

  g_assert_true (cchc_history_undo (test.history, &error));
  g_assert_no_error (error);
  run_main_loop (100);
  g_assert_nonnull (cchc_store_find_unit (test.store, uuid));
  g_assert_true (file_has_unit (&test, uuid));
  g_assert_nonnull (find_shown_label (test.page, "Ban Biên tập Trang thông tin điện tử", FALSE));
  /* The unit brought back is the one selected, ready to act on. */
  g_assert_true (cchc_list_controller_get_selected (list_of (&test)) ==
                 (gpointer) cchc_store_find_unit (test.store, uuid));

  page_test_clear (&test);
}

static CchcTask *
find_task_led_by (PageTest *test,
                  CchcUnit *unit)
{
  GListModel *areas = cchc_store_get_areas (test->store, test->plan);

  for (guint i = 0; i < g_list_model_get_n_items (areas); i++)
    {
      g_autoptr(CchcArea) area = g_list_model_get_item (areas, i);
      GListModel *tasks = cchc_store_get_tasks (test->store, area);

      for (guint j = 0; j < g_list_model_get_n_items (tasks); j++)
        {
          g_autoptr(CchcTask) task = g_list_model_get_item (tasks, j);

          if (cchc_task_get_lead_unit (task) == unit)
            return task;
        }
    }

  return NULL;
}

/* Renames the selected unit to @name after a taken and an empty name were
 * refused. */
static void
rename_in_editor (PageTest   *test,
                  const char *name)
{
  GtkWindow *editor;
  GtkWidget *entry;
  GtkWidget *save;

  g_assert_true (gtk_widget_activate_action (test->page, "page.edit", NULL));
  editor = wait_for_window (GTK_TYPE_WINDOW, "Sửa đơn vị");
  entry = find_widget (GTK_WIDGET (editor), GTK_TYPE_ENTRY);
  save = find_button (GTK_WIDGET (editor), "_Lưu", NULL);
  g_assert_nonnull (save);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "Phòng Tổ chức cán bộ");

  /* The name of another unit, in other case, is marked and not saved. */
  gtk_editable_set_text (GTK_EDITABLE (entry), "  văn phòng sở ");
  g_assert_false (gtk_widget_is_sensitive (save));
  g_assert_true (gtk_widget_has_css_class (entry, "error"));
  g_assert_nonnull (find_shown_label (GTK_WIDGET (editor), "Đã có đơn vị mang tên này.", FALSE));
  /* Nor do the spaces between its words, a tone on the other vowel. */
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
  gtk_editable_set_text (GTK_EDITABLE (entry), "Văn  phòng\u00a0Sở");
  g_assert_false (gtk_widget_is_sensitive (save));
  g_assert_true (gtk_widget_has_css_class (entry, "error"));
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
  g_assert_false (gtk_widget_is_sensitive (save));

  gtk_editable_set_text (GTK_EDITABLE (entry), name);
  g_assert_false (gtk_widget_has_css_class (entry, "error"));
  save_screenshot (GTK_WIDGET (editor), "screenshot-unit-editor.png");
  assert_translated (GTK_WIDGET (editor));
  click (save);
  g_assert_null (find_window (GTK_TYPE_WINDOW, "Sửa đơn vị"));
}

static void search_for (PageTest   *test,
                        const char *query);

static void
test_unit_rename (void)
{
  PageTest test;
  CchcUnit *unit;
  CchcTask *task;
  const char *name = "Phòng Tổ chức – Hành chính";

  page_test_init (&test, CCHC_TYPE_UNIT_PAGE);
  unit = find_unit_named (cchc_store_get_units (test.store), "Phòng Tổ chức cán bộ");
  g_assert_nonnull (unit);
  task = find_task_led_by (&test, unit);
  g_assert_nonnull (task);

  /* Found by a search that its new name no longer matches: saved, it
   * stays in sight, selected, the search closed (it vanished, another
   * unit selected). */
  g_assert_true (gtk_widget_activate_action (test.page, "page.search", NULL));
  search_for (&test, "can bo");
  g_assert_true (cchc_list_controller_select (list_of (&test), unit));
  rename_in_editor (&test, name);
  run_main_loop (100);
  g_assert_false (gtk_search_bar_get_search_mode (
    GTK_SEARCH_BAR (template_child (test.page, CCHC_TYPE_UNIT_PAGE, "search_bar"))));
  g_assert_true (cchc_list_controller_get_selected (list_of (&test)) == unit);

  g_assert_cmpstr (cchc_unit_get_name (unit), ==, name);
  g_assert_cmpstr (cchc_unit_get_name (cchc_task_get_lead_unit (task)), ==, name);
  g_assert_nonnull (find_shown_label (test.page, name, FALSE));
  g_assert_null (find_shown_label (test.page, "Phòng Tổ chức cán bộ", FALSE));
  {
    g_autoptr(CchcStore) file = open_file (&test);
    CchcUnit *stored = cchc_store_find_unit (file, cchc_record_get_uuid (CCHC_RECORD (unit)));

    g_assert_nonnull (stored);
    g_assert_cmpstr (cchc_unit_get_name (stored), ==, name);
  }

  page_test_clear (&test);
}

/* A small editor closes at once with nothing changed; with a changed
 * field it asks, as the large ones do. */
static void
test_unit_cancel (void)
{
  PageTest test;
  CchcUnit *unit;
  GtkWindow *editor;
  GtkWidget *entry;
  GtkDialog *question;
  g_autofree char *text = NULL;
  g_autofree char *secondary = NULL;

  page_test_init (&test, CCHC_TYPE_UNIT_PAGE);
  unit = find_unit_named (cchc_store_get_units (test.store), "Phòng Tổ chức cán bộ");
  g_assert_true (cchc_list_controller_select (list_of (&test), unit));

  g_assert_true (gtk_widget_activate_action (test.page, "page.edit", NULL));
  editor = wait_for_window (GTK_TYPE_WINDOW, "Sửa đơn vị");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "window.close", NULL));
  run_main_loop (100);
  g_assert_null (find_window (GTK_TYPE_WINDOW, "Sửa đơn vị"));
  g_assert_null (find_window (GTK_TYPE_MESSAGE_DIALOG, NULL));

  /* The kind alone is a change. */
  g_assert_true (gtk_widget_activate_action (test.page, "page.edit", NULL));
  editor = wait_for_window (GTK_TYPE_WINDOW, "Sửa đơn vị");
  gtk_drop_down_set_selected (GTK_DROP_DOWN (find_widget (GTK_WIDGET (editor),
                                                          GTK_TYPE_DROP_DOWN)),
                              CCHC_UNIT_KIND_GROUP);
  question = close_for_question (GTK_WINDOW (editor), &text, &secondary);
  g_assert_cmpstr (text, ==, "Lưu các thay đổi?");
  g_assert_cmpstr (secondary, ==, "Các thay đổi chưa lưu sẽ bị mất.");
  gtk_dialog_response (question, 1 /* discard */);
  run_main_loop (100);
  g_assert_null (find_window (GTK_TYPE_WINDOW, "Sửa đơn vị"));

  /* A name that cannot be saved: Cancel keeps it, Discard drops it. */
  g_assert_true (gtk_widget_activate_action (test.page, "page.edit", NULL));
  editor = wait_for_window (GTK_TYPE_WINDOW, "Sửa đơn vị");
  entry = find_widget (GTK_WIDGET (editor), GTK_TYPE_ENTRY);
  gtk_editable_set_text (GTK_EDITABLE (entry), "Văn phòng Sở");
  question = close_for_question (GTK_WINDOW (editor), &text, &secondary);
  g_assert_cmpstr (secondary, ==, "Có ô đang được đánh dấu: hãy sửa chúng để lưu.");
  gtk_dialog_response (question, GTK_RESPONSE_CANCEL);
  run_main_loop (100);
  g_assert_true (find_window (GTK_TYPE_WINDOW, "Sửa đơn vị") == editor);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "Văn phòng Sở");
  question = close_for_question (GTK_WINDOW (editor), &text, &secondary);
  gtk_dialog_response (question, 1 /* discard */);
  run_main_loop (100);
  g_assert_null (find_window (GTK_TYPE_WINDOW, "Sửa đơn vị"));

  g_assert_cmpstr (cchc_unit_get_name (unit), ==, "Phòng Tổ chức cán bộ");
  g_assert_cmpint (cchc_unit_get_kind (unit), !=, CCHC_UNIT_KIND_GROUP);
  g_assert_false (cchc_history_can_undo (test.history));

  page_test_clear (&test);
}

static void
test_unit_uses (void)
{
  PageTest test;
  g_autoptr(CchcUnit) unit = cchc_unit_new ("Ban Biên tập Trang thông tin điện tử",
                                            CCHC_UNIT_KIND_GROUP);
  g_autoptr(CchcTask) task = cchc_task_new ();
  g_autoptr(CchcArea) area = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *uses = NULL;

  page_test_init (&test, CCHC_TYPE_UNIT_PAGE);
  g_assert_true (cchc_history_insert (test.history, NULL, 0, unit, &error));
  g_assert_no_error (error);
  run_main_loop (100);
  g_assert_cmpstr (cell_text (&test, unit, 2), ==, "Chưa dùng");

  /* A task led by the unit, added elsewhere: the page says so at once. */
  area = g_list_model_get_item (cchc_store_get_areas (test.store, test.plan), 0);
  cchc_task_set_text (task, "Cập nhật Trang thông tin điện tử của Sở.");
  cchc_task_set_lead_unit (task, unit);
  g_assert_true (cchc_history_insert (test.history, area, G_MAXUINT, task, &error));
  g_assert_no_error (error);
  run_main_loop (100);
  uses = cchc_store_describe_unit_use (test.store, unit);
  g_assert_nonnull (uses);
  g_assert_cmpstr (cell_text (&test, unit, 2), ==, uses);

  g_assert_true (cchc_history_undo (test.history, &error));
  g_assert_no_error (error);
  run_main_loop (100);
  g_assert_cmpstr (cell_text (&test, unit, 2), ==, "Chưa dùng");

  page_test_clear (&test);
}

/* A plan with @n_activities activities, imported in one transaction */
static CchcPlan *
import_big_plan (PageTest *test,
                 guint     n_activities)
{
  g_autoptr(CchcPlanContents) contents = cchc_plan_contents_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *uuid = g_uuid_string_random ();
  CchcPlan *plan;

  contents->plan = cchc_plan_new ();
  cchc_record_set_uuid (CCHC_RECORD (contents->plan), uuid);
  cchc_plan_set_year (contents->plan, 2030);
  cchc_plan_set_title (contents->plan, "Kế hoạch thử với rất nhiều hoạt động");
  for (guint i = 0; i < n_activities; i++)
    {
      CchcActivity *activity = cchc_activity_new ();
      g_autofree char *description =
        g_strdup_printf ("Tuyên truyền cải cách hành chính đợt %u tại xã số %u", i, i % 97);

      cchc_activity_set_kind (activity, i % (CCHC_ACTIVITY_KIND_OTHER + 1));
      cchc_activity_set_description (activity, description);
      cchc_activity_set_quantity (activity, i % 50);
      cchc_activity_set_quantity_unit (activity, "buổi");
      g_ptr_array_add (contents->activities, activity);
    }

  plan = cchc_store_import_plan (test->store, contents, CCHC_IMPORT_NEW, &error);
  g_assert_no_error (error);
  return plan;
}

static double
elapsed_since (gint64 start)
{
  return (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC;
}

static void
test_activity_many (void)
{
  PageTest test;
  CchcListController *list;
  GtkWidget *entry;
  GListModel *shown;
  GListModel *columns;
  g_autoptr(GtkColumnViewColumn) description = NULL;
  gint64 start;

  page_test_init (&test, CCHC_TYPE_ACTIVITY_PAGE);
  list = list_of (&test);
  shown = cchc_list_controller_get_shown (list);

  start = g_get_monotonic_time ();
  cchc_list_page_set_plan (CCHC_LIST_PAGE (test.page), import_big_plan (&test, 20000));
  run_main_loop (50);
  g_test_message ("20000 activities shown in %.3f s", elapsed_since (start));
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 20000);
  g_assert_cmpfloat (elapsed_since (start), <, 5.0);

  start = g_get_monotonic_time ();
  entry = template_child (test.page, CCHC_TYPE_ACTIVITY_PAGE, "search_entry");
  gtk_widget_activate_action (test.page, "page.search", NULL);
  gtk_editable_set_text (GTK_EDITABLE (entry), "dot 1999 tai");
  run_main_loop (300);
  g_test_message ("searched in %.3f s", elapsed_since (start));
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 1);
  g_assert_cmpfloat (elapsed_since (start), <, 5.0);
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
  run_main_loop (300);

  start = g_get_monotonic_time ();
  columns = gtk_column_view_get_columns (GTK_COLUMN_VIEW (template_child (test.page,
                                                                          CCHC_TYPE_ACTIVITY_PAGE,
                                                                          "column_view")));
  description = g_list_model_get_item (columns, 2);
  gtk_column_view_sort_by_column (GTK_COLUMN_VIEW (template_child (test.page,
                                                                   CCHC_TYPE_ACTIVITY_PAGE,
                                                                   "column_view")),
                                  description, GTK_SORT_DESCENDING);
  run_main_loop (50);
  g_test_message ("sorted in %.3f s", elapsed_since (start));
  g_assert_cmpfloat (elapsed_since (start), <, 5.0);
  save_screenshot (GTK_WIDGET (test.window), "screenshot-activities-many.png");

  /* Another plan shows from its first row, not from where the table of
   * the plan before was scrolled to (the rows go before the others come:
   * GTK forgets the row it scrolled to). */
  {
    GtkColumnView *view = GTK_COLUMN_VIEW (template_child (test.page, CCHC_TYPE_ACTIVITY_PAGE,
                                                           "column_view"));
    GtkAdjustment *vadjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (view));

    cchc_column_view_scroll_to (view, 500);
    wait_for_frames (GTK_WIDGET (view));
    g_assert_cmpfloat (gtk_adjustment_get_value (vadjustment), >, 0);
    cchc_list_page_set_plan (CCHC_LIST_PAGE (test.page), import_big_plan (&test, 1000));
    wait_for_frames (GTK_WIDGET (view));
    g_assert_cmpfloat (gtk_adjustment_get_value (vadjustment), ==, 0);
  }

  page_test_clear (&test);
}

static GtkColumnViewColumn *
find_column (GtkColumnView *view,
             const char    *title)
{
  GListModel *columns = gtk_column_view_get_columns (view);

  for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);

      if (g_str_equal (gtk_column_view_column_get_title (column), title))
        return column;
    }

  return NULL;
}

/* The position of the unit named @name in @shown, checking on the way that
 * @shown is in Vietnamese order */
static guint
check_sorted (GListModel *shown,
              const char *name)
{
  guint n_items = g_list_model_get_n_items (shown);
  guint found = G_MAXUINT;

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(CchcUnit) unit = g_list_model_get_item (shown, i);

      if (i > 0)
        {
          g_autoptr(CchcUnit) previous = g_list_model_get_item (shown, i - 1);

          g_assert_cmpint (cchc_text_collate (cchc_unit_get_name (previous),
                                              cchc_unit_get_name (unit)), <=, 0);
        }
      if (g_str_equal (cchc_unit_get_name (unit), name))
        found = i;
    }

  return found;
}

static void
test_unit_sort (void)
{
  PageTest test;
  g_autoptr(GError) error = NULL;
  const char *names[] = {
    "Đội kiểm tra liên ngành", "Đài Truyền thanh thành phố Vị Thanh", "Doanh nghiệp du lịch",
  };
  GtkColumnView *view;
  GListModel *shown;

  page_test_init (&test, CCHC_TYPE_UNIT_PAGE);
  /* Đ sorts after D and before E, whatever the C library thinks. */
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr(CchcUnit) unit = cchc_unit_new (names[i], CCHC_UNIT_KIND_OUTSIDE);

      g_assert_true (cchc_history_insert (test.history, NULL, 0, unit, &error));
      g_assert_no_error (error);
    }
  view = GTK_COLUMN_VIEW (template_child (test.page, CCHC_TYPE_UNIT_PAGE, "column_view"));
  g_assert_true (gtk_widget_is_sensitive (find_button (test.page, NULL, "go-down-symbolic")));

  gtk_column_view_sort_by_column (view, find_column (view, "Tên đơn vị"), GTK_SORT_ASCENDING);
  run_main_loop (100);
  shown = cchc_list_controller_get_shown (list_of (&test));
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==,
                    g_list_model_get_n_items (cchc_store_get_units (test.store)));
  g_assert_cmpuint (check_sorted (shown, "Doanh nghiệp du lịch"), <,
                    check_sorted (shown, "Đội kiểm tra liên ngành"));
  g_assert_cmpuint (check_sorted (shown, "Văn phòng Sở"), ==,
                    g_list_model_get_n_items (shown) - 1);

  /* Sorted by name, the plan's order cannot be changed. */
  cchc_list_controller_select (list_of (&test), find_unit_named (shown, "Thư viện"));
  g_assert_false (gtk_widget_is_sensitive (find_button (test.page, NULL, "go-down-symbolic")));
  g_assert_false (gtk_widget_is_sensitive (find_button (test.page, NULL, "go-up-symbolic")));
  save_screenshot (GTK_WIDGET (test.window), "screenshot-units-sorted.png");

  page_test_clear (&test);
}

/* The KPIs whose folded text and target contain @query, in plan order */
static GPtrArray *
kpis_matching (PageTest   *test,
               const char *query)
{
  GListModel *kpis = cchc_store_get_kpis (test->store, test->plan);
  g_autofree char *folded_query = cchc_text_fold (query);
  GPtrArray *expected = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (kpis); i++)
    {
      CchcKpi *kpi = g_list_model_get_item (kpis, i);
      g_autofree char *target = cchc_kpi_format_target (kpi);
      g_autofree char *text = g_strconcat (cchc_kpi_get_text (kpi), "\n", target, NULL);
      g_autofree char *folded = cchc_text_fold (text);

      if (strstr (folded, folded_query) != NULL)
        g_ptr_array_add (expected, kpi);
      else
        g_object_unref (kpi);
    }

  return expected;
}

static void
search_for (PageTest   *test,
            const char *query)
{
  GtkWidget *entry = template_child (test->page, G_OBJECT_TYPE (test->page), "search_entry");

  gtk_editable_set_text (GTK_EDITABLE (entry), query);
  run_main_loop (500);
}

static void
test_kpi_search (void)
{
  PageTest test;
  g_autoptr(GPtrArray) expected = NULL;
  g_autofree char *count = NULL;
  GListModel *shown;
  GtkWidget *search_bar;
  guint n_kpis;

  page_test_init (&test, CCHC_TYPE_KPI_PAGE);
  n_kpis = g_list_model_get_n_items (cchc_store_get_kpis (test.store, test.plan));
  expected = kpis_matching (&test, "tthc");
  g_assert_cmpuint (expected->len, >, 0);
  g_assert_cmpuint (expected->len, <, n_kpis);

  /* Ctrl+F opens the search; the query ignores case. */
  search_bar = template_child (test.page, CCHC_TYPE_KPI_PAGE, "search_bar");
  g_assert_true (gtk_widget_activate_action (test.page, "page.search", NULL));
  g_assert_true (gtk_search_bar_get_search_mode (GTK_SEARCH_BAR (search_bar)));
  search_for (&test, "TTHC");
  shown = cchc_list_controller_get_shown (list_of (&test));
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, expected->len);
  for (guint i = 0; i < expected->len; i++)
    {
      g_autoptr(CchcKpi) kpi = g_list_model_get_item (shown, i);

      g_assert_true (kpi == g_ptr_array_index (expected, i));
    }
  count = g_strdup_printf ("%u/%u chỉ tiêu", expected->len, n_kpis);
  g_assert_nonnull (find_shown_label (test.page, count, FALSE));
  g_assert_false (gtk_widget_is_sensitive (find_button (test.page, NULL, "go-up-symbolic")));
  save_screenshot (GTK_WIDGET (test.window), "screenshot-kpis-search.png");

  /* A KPI the search hides, added and taken back: the count of all follows. */
  {
    g_autoptr(CchcKpi) hidden = cchc_kpi_new ();
    g_autoptr(GError) error = NULL;
    g_autofree char *more = g_strdup_printf ("%u/%u chỉ tiêu", expected->len, n_kpis + 1);

    cchc_kpi_set_text (hidden, "Chỉ tiêu mới thêm khi đang tìm");
    g_assert_true (cchc_history_insert (test.history, test.plan, G_MAXUINT, hidden, &error));
    g_assert_no_error (error);
    run_main_loop (50);
    g_assert_cmpuint (g_list_model_get_n_items (shown), ==, expected->len);
    g_assert_nonnull (find_shown_label (test.page, more, FALSE));
    g_assert_true (cchc_history_undo (test.history, &error));
    g_assert_no_error (error);
    run_main_loop (50);
    g_assert_nonnull (find_shown_label (test.page, count, FALSE));
  }

  /* One added from its editor stays in sight, selected: the search
   * closes. */
  {
    const char *text = "Chỉ tiêu thêm khi đang tìm";
    g_autoptr(GError) error = NULL;
    GtkWindow *editor;

    g_assert_true (gtk_widget_activate_action (test.page, "page.add", NULL));
    editor = wait_for_window (CCHC_TYPE_KPI_EDITOR, "Thêm chỉ tiêu");
    set_text_view (template_child (editor, CCHC_TYPE_KPI_EDITOR, "text_view"), text);
    press_shortcut (GTK_WIDGET (editor), "<Control>s");
    run_main_loop (100);
    g_assert_null (find_window (CCHC_TYPE_KPI_EDITOR, NULL));
    g_assert_false (gtk_search_bar_get_search_mode (GTK_SEARCH_BAR (search_bar)));
    g_assert_cmpuint (g_list_model_get_n_items (shown), ==, n_kpis + 1);
    g_assert_cmpstr (cchc_kpi_get_text (cchc_list_controller_get_selected (list_of (&test))),
                     ==, text);
    g_assert_true (cchc_history_undo (test.history, &error));
    g_assert_no_error (error);
    wait_for_frames (test.page);  /* the keyboard went to the row */
    g_assert_true (gtk_widget_activate_action (test.page, "page.search", NULL));
    search_for (&test, "TTHC");
  }

  /* Nor do the marks and đ. */
  search_for (&test, "DON VI SU NGHIEP");
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 1);
  /* Rows come and go as the user types: the keyboard stays in the entry. */
  wait_for_frames (test.page);
  {
    GtkWidget *entry = template_child (test.page, CCHC_TYPE_KPI_PAGE, "search_entry");
    GtkWidget *focus = gtk_window_get_focus (test.window);

    g_assert_true (focus == entry || gtk_widget_is_ancestor (focus, entry));
  }

  /* A search that finds nothing says so over the empty list. */
  g_assert_null (find_shown_label (test.page, "Không có chỉ tiêu nào khớp", FALSE));
  search_for (&test, "khong co chi tieu nay");
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 0);
  g_assert_nonnull (find_shown_label (test.page, "Không có chỉ tiêu nào khớp", FALSE));
  g_assert_nonnull (find_shown_label (test.page,
                                      "Hãy thử từ khóa khác, hoặc nhấn Esc để hiện mọi chỉ tiêu.",
                                      FALSE));
  save_screenshot (GTK_WIDGET (test.window), "screenshot-kpis-no-match.png");

  /* Escape closes the search and shows every KPI again. */
  g_signal_emit_by_name (template_child (test.page, CCHC_TYPE_KPI_PAGE, "search_entry"),
                         "stop-search");
  run_main_loop (300);
  g_assert_false (gtk_search_bar_get_search_mode (GTK_SEARCH_BAR (search_bar)));
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, n_kpis);
  g_assert_null (find_shown_label (test.page, "Không có chỉ tiêu nào khớp", FALSE));

  /* A plan without KPIs says how to add one. */
  delete_all (&test, cchc_store_get_kpis (test.store, test.plan));
  g_assert_nonnull (find_shown_label (test.page, "Chưa có chỉ tiêu nào", FALSE));
  g_assert_nonnull (find_shown_label (test.page,
                                      "Thêm các chỉ tiêu của kế hoạch bằng nút + hoặc Ctrl+N.",
                                      FALSE));
  g_assert_null (find_shown_label (test.page, "Không có chỉ tiêu nào khớp", FALSE));
  save_screenshot (GTK_WIDGET (test.window), "screenshot-kpis-empty.png");

  page_test_clear (&test);
}

/* Changes the number and the recipients; a date that does not exist is
 * marked and keeps Save off. */
static void
edit_plan_form (PageTest  *test,
                GtkWidget *save)
{
  GtkWidget *number = template_child (test->page, CCHC_TYPE_PLAN_PAGE, "number_entry");
  GtkWidget *date = template_child (test->page, CCHC_TYPE_PLAN_PAGE, "date_entry");

  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (number)), ==, "05/KH-SVHTTDL");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (date)), ==, "05/01/2022");
  g_assert_false (gtk_widget_is_sensitive (save));

  gtk_editable_set_text (GTK_EDITABLE (number), "06/KH-SVHTTDL");
  set_text_view (template_child (test->page, CCHC_TYPE_PLAN_PAGE, "recipients_view"),
                 "Sở Nội vụ;\nCác đơn vị trực thuộc;\n\n  Văn phòng UBND tỉnh;\n"
                 "Lưu: VT, TCCB.\n");
  g_assert_true (gtk_widget_is_sensitive (save));

  gtk_editable_set_text (GTK_EDITABLE (date), "31/02/2022");
  g_assert_false (gtk_widget_is_sensitive (save));
  g_assert_true (gtk_widget_has_css_class (date, "error"));
  save_screenshot (GTK_WIDGET (test->window), "screenshot-plan-details-invalid.png");
  /* The same date, written shorter. */
  gtk_editable_set_text (GTK_EDITABLE (date), "5/1/2022");
  g_assert_false (gtk_widget_has_css_class (date, "error"));
  g_assert_true (gtk_widget_is_sensitive (save));
}

static void
test_plan_details (void)
{
  PageTest test;
  g_autoptr(GError) error = NULL;
  const char * const recipients[] = {
    "Sở Nội vụ;", "Các đơn vị trực thuộc;", "Văn phòng UBND tỉnh;", "Lưu: VT, TCCB.", NULL
  };
  GtkWidget *save;

  page_test_init (&test, CCHC_TYPE_PLAN_PAGE);
  save = find_button (test.page, "_Lưu", NULL);
  g_assert_nonnull (save);
  save_screenshot (GTK_WIDGET (test.window), "screenshot-plan-details.png");
  assert_translated (GTK_WIDGET (test.window));
  edit_plan_form (&test, save);

  click (save);
  g_assert_cmpstr (cchc_plan_get_number (test.plan), ==, "06/KH-SVHTTDL");
  g_assert_true (g_strv_equal (cchc_plan_get_recipients (test.plan), recipients));
  g_assert_false (gtk_widget_is_sensitive (save));
  /* Saved, a date shows as dates do (it stayed as typed, after an undo too). */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (template_child (test.page,
                                                                        CCHC_TYPE_PLAN_PAGE,
                                                                        "date_entry"))),
                   ==, "05/01/2022");
  {
    g_autoptr(CchcStore) file = open_file (&test);
    CchcPlan *stored = plan_in (file, &test);

    g_assert_cmpstr (cchc_plan_get_number (stored), ==, "06/KH-SVHTTDL");
    g_assert_true (g_strv_equal (cchc_plan_get_recipients (stored), recipients));
    g_assert_cmpstr (cchc_plan_get_title (stored), ==, cchc_plan_get_title (test.plan));
  }

  /* One step of the history for the whole form; undone, the form follows. */
  g_assert_true (cchc_history_undo (test.history, &error));
  g_assert_no_error (error);
  g_assert_false (cchc_history_can_undo (test.history));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (template_child (test.page,
                                                                        CCHC_TYPE_PLAN_PAGE,
                                                                        "number_entry"))),
                   ==, "05/KH-SVHTTDL");
  g_assert_cmpuint (g_strv_length ((char **) cchc_plan_get_recipients (test.plan)), ==, 3);
  g_assert_false (gtk_widget_is_sensitive (save));

  page_test_clear (&test);
}

static void
test_plan_report_period (void)
{
  PageTest test;
  GListModel *periods;
  g_autoptr(CchcReportPeriod) period = NULL;
  g_autofree char *due = NULL;
  GtkAdjustment *adjustment;
  GtkWidget *scrolled;
  GtkWindow *editor;
  GtkWidget *entry;
  GtkWidget *save;

  page_test_init (&test, CCHC_TYPE_PLAN_PAGE);
  scrolled = find_widget (test.page, GTK_TYPE_SCROLLED_WINDOW);
  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
  g_assert_nonnull (find_shown_label (test.page, "Quý I", FALSE));
  save_screenshot (GTK_WIDGET (test.window), "screenshot-plan-details-periods.png");
  periods = cchc_store_get_report_periods (test.store, test.plan);
  period = g_list_model_get_item (periods, 1);
  g_assert_true (cchc_list_controller_select (list_of (&test), period));
  g_assert_true (gtk_widget_activate_action (test.page, "page.edit", NULL));
  editor = wait_for_window (GTK_TYPE_WINDOW, "Sửa kỳ báo cáo");
  entry = find_widget (GTK_WIDGET (editor), GTK_TYPE_ENTRY);
  save = find_button (GTK_WIDGET (editor), "_Lưu", NULL);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "30/05/2022");

  gtk_editable_set_text (GTK_EDITABLE (entry), "30/5");
  g_assert_false (gtk_widget_is_sensitive (save));
  /* A date that does not exist: the editor says why, not only in red. */
  gtk_editable_set_text (GTK_EDITABLE (entry), "31/02/2022");
  g_assert_false (gtk_widget_is_sensitive (save));
  g_assert_nonnull (cchc_date_problem ("31/02/2022"));
  g_assert_nonnull (find_shown_label (GTK_WIDGET (editor), cchc_date_problem ("31/02/2022"),
                                      FALSE));
  run_main_loop (100);
  save_screenshot (GTK_WIDGET (editor), "screenshot-period-editor-invalid.png");
  gtk_editable_set_text (GTK_EDITABLE (entry), "2/6/2022");
  g_assert_null (find_shown_label (GTK_WIDGET (editor), cchc_date_problem ("31/02/2022"),
                                   FALSE));
  save_screenshot (GTK_WIDGET (editor), "screenshot-period-editor.png");
  assert_translated (GTK_WIDGET (editor));
  click (save);

  due = cchc_format_date (cchc_report_period_get_due_date (period));
  g_assert_cmpstr (due, ==, "02/06/2022");
  g_assert_nonnull (find_shown_label (test.page, "02/06/2022", FALSE));
  {
    g_autoptr(CchcStore) file = open_file (&test);
    g_autoptr(CchcReportPeriod) stored =
      g_list_model_get_item (cchc_store_get_report_periods (file, plan_in (file, &test)), 1);
    g_autofree char *stored_due = cchc_format_date (cchc_report_period_get_due_date (stored));

    g_assert_cmpstr (stored_due, ==, "02/06/2022");
  }

  page_test_clear (&test);
}

/* Placeholder ----------------------------------------------------------- */

/* A placeholder from a template: icon, title, description, then the
 * template's own child; texts left empty take no room. */
static void
test_placeholder (void)
{
  const char *ui =
    "<interface>"
    "  <object class='CchcPlaceholder' id='placeholder'>"
    "    <property name='icon-name'>edit-find-symbolic</property>"
    "    <property name='title'>Không có gì</property>"
    "    <child>"
    "      <object class='GtkButton' id='button'/>"
    "    </child>"
    "  </object>"
    "</interface>";
  g_autoptr(GtkBuilder) builder = NULL;
  GtkWidget *placeholder, *image, *title, *description, *button;
  g_autofree char *icon_name = NULL;

  g_type_ensure (CCHC_TYPE_PLACEHOLDER);
  builder = gtk_builder_new_from_string (ui, -1);
  placeholder = GTK_WIDGET (gtk_builder_get_object (builder, "placeholder"));
  button = GTK_WIDGET (gtk_builder_get_object (builder, "button"));

  image = gtk_widget_get_first_child (placeholder);
  title = gtk_widget_get_next_sibling (image);
  description = gtk_widget_get_next_sibling (title);
  g_assert_true (GTK_IS_IMAGE (image));
  g_assert_true (gtk_widget_get_visible (image));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (title)), ==, "Không có gì");
  g_assert_true (gtk_widget_get_visible (title));
  g_assert_false (gtk_widget_get_visible (description));
  g_assert_true (gtk_widget_get_next_sibling (description) == button);
  g_object_get (placeholder, "icon-name", &icon_name, NULL);
  g_assert_cmpstr (icon_name, ==, "edit-find-symbolic");

  cchc_placeholder_set_description (CCHC_PLACEHOLDER (placeholder), "Hãy thử từ khóa khác.");
  g_assert_true (gtk_widget_get_visible (description));
  cchc_placeholder_set_title (CCHC_PLACEHOLDER (placeholder), NULL);
  g_assert_false (gtk_widget_get_visible (title));
  cchc_placeholder_set_icon_name (CCHC_PLACEHOLDER (placeholder), NULL);
  g_assert_false (gtk_widget_get_visible (image));

  g_object_ref_sink (placeholder);
  g_clear_object (&builder);
  g_assert_finalize_object (placeholder);
}

int
main (int   argc,
      char *argv[])
{
  init_ui_tests (&argc, &argv);

  g_test_add_func ("/ui/pages/kpi/edit", test_kpi_edit);
  g_test_add_func ("/ui/pages/kpi/search", test_kpi_search);
  g_test_add_func ("/ui/pages/kpi/add", test_kpi_add);
  g_test_add_func ("/ui/pages/kpi/cancel", test_kpi_cancel);
  g_test_add_func ("/ui/pages/kpi/field-undo", test_kpi_field_undo);
  g_test_add_func ("/ui/pages/kpi/activate-row", test_kpi_activate_row);
  g_test_add_func ("/ui/pages/kpi/move", test_kpi_move);
  g_test_add_func ("/ui/pages/activity/edit", test_activity_edit);
  g_test_add_func ("/ui/pages/activity/empty", test_activity_empty);
  g_test_add_func ("/ui/pages/activity/save-error", test_activity_save_error);
  g_test_add_func ("/ui/pages/activity/many", test_activity_many);
  g_test_add_func ("/ui/pages/unit/delete", test_unit_delete);
  g_test_add_func ("/ui/pages/unit/rename", test_unit_rename);
  g_test_add_func ("/ui/pages/unit/cancel", test_unit_cancel);
  g_test_add_func ("/ui/pages/unit/uses", test_unit_uses);
  g_test_add_func ("/ui/pages/placeholder", test_placeholder);
  g_test_add_func ("/ui/pages/unit/sort", test_unit_sort);
  g_test_add_func ("/ui/pages/plan/details", test_plan_details);
  g_test_add_func ("/ui/pages/plan/report-period", test_plan_report_period);

  return g_test_run ();
}
