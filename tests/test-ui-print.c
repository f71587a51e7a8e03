/* test-ui-print.c: the print preview, the page setup, printing and PDF export, in Vietnamese
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <glib/gstdio.h>
#include <gtk/gtk.h>

#include "ui-helpers.h"
#include "cchc-exchange.h"
#include "cchc-page-setup-dialog.h"
#include "cchc-plan.h"
#include "cchc-preview-window.h"
#include "cchc-printing.h"
#include "cchc-store.h"

/* English source strings that must never show in these windows. */
static const char * const english_strings[] = {
  "Print Preview", "Page Setup", "_Print…", "_Export PDF…", "Previous Page", "Next Page",
  "Zoom In", "Zoom Out", "Fit the Page", "Implementation table", "Whole plan", "KPIs",
  "Propaganda activities", "Document", "_Paper", "_Font", "_Top", "_Bottom", "_Left", "_Right",
  "_Apply", "_Cancel", "No.", "Task", "Product", "Lead unit", "Cooperating units", "Timeframe",
  "_Decree 30 Defaults", "Margins of a portrait page, in millimetres", "Export PDF",
  "_Close", "_Open", "Writing the PDF…",
};

typedef struct
{
  char      *dir;
  CchcStore *store;
  CchcPlan  *plan;
  GSettings *settings;
} PrintTest;

static void
print_test_init (PrintTest *test)
{
  g_autoptr(GError) error = NULL;

  memset (test, 0, sizeof *test);
  test->dir = g_dir_make_tmp ("cchc-test-ui-print-XXXXXX", &error);
  g_assert_no_error (error);
  test->store = cchc_store_open (":memory:", CCHC_STORE_FLAGS_NONE, &error);
  g_assert_no_error (error);
  test->plan = cchc_exchange_import_sample (test->store, &error);
  g_assert_no_error (error);

  /* GSETTINGS_BACKEND=memory: each test starts from the defaults. */
  test->settings = g_settings_new (APPLICATION_ID);
  g_settings_reset (test->settings, "paper");
  g_settings_reset (test->settings, "print-document");
  g_settings_reset (test->settings, "margins");
}

static void
print_test_clear (PrintTest *test)
{
  GtkWindow *window;

  while ((window = find_window (GTK_TYPE_WINDOW, NULL)) != NULL)
    gtk_window_destroy (window);
  run_main_loop (50);

  g_clear_object (&test->settings);
  g_assert_finalize_object (g_steal_pointer (&test->store));
  remove_tree (test->dir);
  g_clear_pointer (&test->dir, g_free);
}

static void
assert_translated (GtkWidget *widget)
{
  g_autoptr(GPtrArray) strings = g_ptr_array_new_with_free_func (g_free);

  collect_ui_strings (widget, strings);
  g_assert_cmpuint (strings->len, >, 0);
  for (guint i = 0; i < strings->len; i++)
    for (guint j = 0; j < G_N_ELEMENTS (english_strings); j++)
      if (g_str_equal (g_ptr_array_index (strings, i), english_strings[j]))
        g_error ("“%s” is shown untranslated", english_strings[j]);
}

static void
wait_laid_out (CchcPreviewWindow *preview)
{
  for (guint i = 0; i < 500 && !cchc_preview_window_is_laid_out (preview); i++)
    run_main_loop (10);

  g_assert_true (cchc_preview_window_is_laid_out (preview));
  run_main_loop (50);
}

static guint
pdf_pages (const char *path,
           char      **sizes)
{
  const char *argv[] = { "pdfinfo", "-f", "1", "-l", "999", path, NULL };
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  const char *pages;
  int status;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));

  pages = strstr (out, "Pages:");
  g_assert_nonnull (pages);
  if (sizes != NULL)
    *sizes = g_strdup (out);

  return (guint) g_ascii_strtoull (pages + strlen ("Pages:"), NULL, 10);
}

/* The preview lays the table out, pages through it and switches to the
 * whole plan: portrait and landscape pages, all in Vietnamese. */
static void
test_preview (void)
{
  PrintTest test;
  CchcPreviewWindow *preview;
  GtkDropDown *kinds;
  guint table_pages;

  print_test_init (&test);
  preview = CCHC_PREVIEW_WINDOW (cchc_preview_window_new (NULL, test.store, test.plan,
                                                          test.settings));
  gtk_window_present (GTK_WINDOW (preview));
  wait_until_mapped (GTK_WIDGET (preview));
  wait_laid_out (preview);

  table_pages = cchc_preview_window_get_n_pages (preview);
  g_assert_cmpuint (table_pages, >=, 3);
  g_assert_nonnull (find_shown_label (GTK_WIDGET (preview), "Trang 1 / ", TRUE));
  g_assert_nonnull (find_shown_label (GTK_WIDGET (preview), "Bảng kế hoạch triển khai", FALSE));
  assert_translated (GTK_WIDGET (preview));
  save_screenshot (GTK_WIDGET (preview), "preview-table.png");

  gtk_widget_activate_action (GTK_WIDGET (preview), "preview.next-page", NULL);
  run_main_loop (50);
  g_assert_nonnull (find_shown_label (GTK_WIDGET (preview), "Trang 2 / ", TRUE));

  kinds = GTK_DROP_DOWN (find_widget (GTK_WIDGET (preview), GTK_TYPE_DROP_DOWN));
  gtk_drop_down_set_selected (kinds, 1);
  wait_laid_out (preview);
  g_assert_cmpuint (cchc_preview_window_get_n_pages (preview), >, table_pages);
  g_assert_nonnull (find_shown_label (GTK_WIDGET (preview), "Trang 1 / ", TRUE));
  g_assert_cmpstr (g_settings_get_string (test.settings, "print-document"), ==, "plan");
  save_screenshot (GTK_WIDGET (preview), "preview-plan.png");

  gtk_widget_activate_action (GTK_WIDGET (preview), "preview.zoom-in", NULL);
  run_main_loop (50);
  g_assert_null (find_shown_label (GTK_WIDGET (preview), "Trang 0", TRUE));

  print_test_clear (&test);
}

static GtkSpinButton *
spin_for (GtkWidget  *dialog,
          const char *label)
{
  GtkLabel *found = find_shown_label (dialog, label, FALSE);

  g_assert_nonnull (found);
  return GTK_SPIN_BUTTON (gtk_label_get_mnemonic_widget (found));
}

static GtkWidget *
apply_button (GtkWidget *dialog)
{
  GtkWidget *titlebar = gtk_window_get_titlebar (GTK_WINDOW (dialog));
  GtkLabel *label = find_shown_label (titlebar, "Áp dụng", FALSE);

  g_assert_nonnull (label);
  return gtk_widget_get_ancestor (GTK_WIDGET (label), GTK_TYPE_BUTTON);
}

/* Margins that leave no room are refused with a message; A3 is applied,
 * remembered, and the open preview lays the table out again on it. */
static void
test_page_setup (void)
{
  PrintTest test;
  CchcPreviewWindow *preview;
  GtkWidget *dialog;
  guint a4_pages;

  print_test_init (&test);
  preview = CCHC_PREVIEW_WINDOW (cchc_preview_window_new (NULL, test.store, test.plan,
                                                          test.settings));
  gtk_window_present (GTK_WINDOW (preview));
  wait_laid_out (preview);
  a4_pages = cchc_preview_window_get_n_pages (preview);

  dialog = cchc_page_setup_dialog_new (GTK_WINDOW (preview), test.settings);
  gtk_window_present (GTK_WINDOW (dialog));
  wait_until_mapped (dialog);
  assert_translated (dialog);
  g_assert_cmpfloat (gtk_spin_button_get_value (spin_for (dialog, "Trái")), ==, 30);

  gtk_spin_button_set_value (spin_for (dialog, "Trái"), 100);
  gtk_spin_button_set_value (spin_for (dialog, "Phải"), 90);
  run_main_loop (50);
  g_assert_false (gtk_widget_is_sensitive (apply_button (dialog)));
  g_assert_nonnull (find_shown_label (dialog, "Lề chừa lại", TRUE));
  save_screenshot (dialog, "page-setup-invalid.png");

  gtk_spin_button_set_value (spin_for (dialog, "Trái"), 30);
  gtk_spin_button_set_value (spin_for (dialog, "Phải"), 15);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (find_widget (dialog, GTK_TYPE_DROP_DOWN)), 1);
  run_main_loop (50);
  save_screenshot (dialog, "page-setup.png");
  g_signal_emit_by_name (apply_button (dialog), "clicked");
  run_main_loop (50);

  g_assert_cmpstr (g_settings_get_string (test.settings, "paper"), ==, "a3");
  wait_laid_out (preview);
  g_assert_cmpuint (cchc_preview_window_get_n_pages (preview), <, a4_pages);

  print_test_clear (&test);
}

/* GtkPrintOperation draws the same pages: exported to PDF by GTK's own
 * print path, without a dialog. */
static void
test_print_operation (void)
{
  PrintTest test;
  g_autoptr(CchcPageOptions) options = cchc_page_options_new ();
  g_autoptr(CchcDocument) document = NULL;
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *sizes = NULL;

  print_test_init (&test);
  path = g_build_filename (test.dir, "printed.pdf", NULL);
  document = cchc_document_new_for_plan (test.store, test.plan, CCHC_DOCUMENT_PLAN, options);
  operation = cchc_print_operation_new (document, options);
  gtk_print_operation_set_export_filename (operation, path);
  g_assert_cmpint (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, NULL,
                                            &error), ==, GTK_PRINT_OPERATION_RESULT_APPLY);
  g_assert_no_error (error);

  g_assert_cmpuint (pdf_pages (path, &sizes), >=, 8);
  /* Portrait text pages, the table on landscape ones. */
  g_assert_nonnull (strstr (sizes, "Page    1 size:  595.276 x 841.89"));
  g_assert_nonnull (strstr (sizes, "size:  841.89 x 595.276"));

  print_test_clear (&test);
}

/* Export runs in the background and says how many pages it wrote. */
static void
test_export (void)
{
  PrintTest test;
  g_autoptr(CchcPageOptions) options = cchc_page_options_new ();
  g_autoptr(CchcDocument) document = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  GtkWindow *parent, *progress;
  GtkLabel *done = NULL;

  print_test_init (&test);
  parent = GTK_WINDOW (gtk_window_new ());
  gtk_window_present (parent);
  path = g_build_filename (test.dir, "exported.pdf", NULL);
  file = g_file_new_for_path (path);
  document = cchc_document_new_for_plan (test.store, test.plan, CCHC_DOCUMENT_TABLE, options);
  cchc_export_pdf_to_file (parent, document, options, file);

  progress = wait_for_window (GTK_TYPE_WINDOW, "Xuất PDF");
  for (guint i = 0; i < 500 && done == NULL; i++)
    {
      run_main_loop (10);
      done = find_shown_label (GTK_WIDGET (progress), "Đã xuất ", TRUE);
    }
  g_assert_nonnull (done);
  g_assert_nonnull (strstr (gtk_label_get_text (done), "exported.pdf"));
  assert_translated (GTK_WIDGET (progress));
  save_screenshot (GTK_WIDGET (progress), "export-done.png");
  g_assert_cmpuint (pdf_pages (path, NULL), >=, 3);

  print_test_clear (&test);
}

int
main (int   argc,
      char *argv[])
{
  init_ui_tests (&argc, &argv);

  g_test_add_func ("/ui/print/preview", test_preview);
  g_test_add_func ("/ui/print/page-setup", test_page_setup);
  g_test_add_func ("/ui/print/print-operation", test_print_operation);
  g_test_add_func ("/ui/print/export", test_export);

  return g_test_run ();
}
