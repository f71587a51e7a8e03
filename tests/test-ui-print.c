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

/* A file whose replace() waits in the export's worker thread until the
 * test opens its gate, then writes to its target: an export that runs
 * for as long as the test needs. */
#define SLOW_TYPE_FILE (slow_file_get_type ())
G_DECLARE_FINAL_TYPE (SlowFile, slow_file, SLOW, FILE, GObject)

struct _SlowFile
{
  GObject   parent_instance;
  GFile    *target;
  GMutex    lock;
  GCond     cond;
  gboolean  entered;
  gboolean  open;
};

static void slow_file_iface_init (GFileIface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (SlowFile, slow_file, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_FILE, slow_file_iface_init))

static GFileOutputStream *
slow_file_replace (GFile             *file,
                   const char        *etag,
                   gboolean           make_backup,
                   GFileCreateFlags   flags,
                   GCancellable      *cancellable,
                   GError           **error)
{
  SlowFile *self = SLOW_FILE (file);

  g_mutex_lock (&self->lock);
  self->entered = TRUE;
  while (!self->open)
    g_cond_wait (&self->cond, &self->lock);
  g_mutex_unlock (&self->lock);

  return g_file_replace (self->target, etag, make_backup, flags, cancellable, error);
}

static GFileInfo *
slow_file_query_info (GFile                *file,
                      const char           *attributes,
                      GFileQueryInfoFlags   flags,
                      GCancellable         *cancellable,
                      GError              **error)
{
  return g_file_query_info (SLOW_FILE (file)->target, attributes, flags, cancellable, error);
}

static gboolean
slow_file_delete (GFile         *file,
                  GCancellable  *cancellable,
                  GError       **error)
{
  return g_file_delete (SLOW_FILE (file)->target, cancellable, error);
}

static char *
slow_file_get_basename (GFile *file)
{
  return g_file_get_basename (SLOW_FILE (file)->target);
}

static char *
slow_file_get_uri (GFile *file)
{
  return g_file_get_uri (SLOW_FILE (file)->target);
}

static void
slow_file_iface_init (GFileIface *iface)
{
  iface->replace = slow_file_replace;
  iface->query_info = slow_file_query_info;
  iface->delete_file = slow_file_delete;
  iface->get_basename = slow_file_get_basename;
  iface->get_uri = slow_file_get_uri;
}

static void
slow_file_finalize (GObject *object)
{
  SlowFile *self = SLOW_FILE (object);

  g_object_unref (self->target);
  g_mutex_clear (&self->lock);
  g_cond_clear (&self->cond);

  G_OBJECT_CLASS (slow_file_parent_class)->finalize (object);
}

static void
slow_file_class_init (SlowFileClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = slow_file_finalize;
}

static void
slow_file_init (SlowFile *self)
{
  g_mutex_init (&self->lock);
  g_cond_init (&self->cond);
}

static SlowFile *
slow_file_new (const char *path)
{
  SlowFile *self = g_object_new (SLOW_TYPE_FILE, NULL);

  self->target = g_file_new_for_path (path);

  return self;
}

/* Until the worker thread is inside replace(). */
static void
slow_file_wait_entered (SlowFile *self)
{
  gboolean entered = FALSE;

  for (guint i = 0; i < 1000 && !entered; i++)
    {
      run_main_loop (10);
      g_mutex_lock (&self->lock);
      entered = self->entered;
      g_mutex_unlock (&self->lock);
    }
  g_assert_true (entered);
}

static void
slow_file_open (SlowFile *self)
{
  g_mutex_lock (&self->lock);
  self->open = TRUE;
  g_cond_broadcast (&self->cond);
  g_mutex_unlock (&self->lock);
}

/* Drops the test's reference to @object and waits for the others to go:
 * the export's, in the worker thread and in the main one. */
static void
wait_finalized (gpointer object)
{
  GWeakRef weak;
  gboolean gone = FALSE;

  g_weak_ref_init (&weak, object);
  g_object_unref (object);
  for (guint i = 0; i < 1000 && !gone; i++)
    {
      GObject *alive = g_weak_ref_get (&weak);

      gone = alive == NULL;
      g_clear_object (&alive);
      if (!gone)
        run_main_loop (10);
    }
  g_weak_ref_clear (&weak);
  g_assert_true (gone);
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
  g_autofree char *kind = NULL;

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
  kind = g_settings_get_string (test.settings, "print-document");
  g_assert_cmpstr (kind, ==, "plan");
  save_screenshot (GTK_WIDGET (preview), "preview-plan.png");

  /* The plan's portrait and landscape pages fit at one zoom: paging does
   * not change the size of the text. */
  {
    GtkLabel *zoom = GTK_LABEL (gtk_widget_get_template_child (GTK_WIDGET (preview),
                                                               CCHC_TYPE_PREVIEW_WINDOW,
                                                               "zoom_label"));
    GtkDrawingArea *area = GTK_DRAWING_AREA (gtk_widget_get_template_child (
      GTK_WIDGET (preview), CCHC_TYPE_PREVIEW_WINDOW, "area"));
    g_autofree char *first_zoom = g_strdup (gtk_label_get_text (zoom));
    gboolean portrait_seen = FALSE, landscape_seen = FALSE;

    for (guint i = 0; i < cchc_preview_window_get_n_pages (preview); i++)
      {
        int width = gtk_drawing_area_get_content_width (area);
        int height = gtk_drawing_area_get_content_height (area);

        portrait_seen |= height > width;
        landscape_seen |= width > height;
        g_assert_cmpstr (gtk_label_get_text (zoom), ==, first_zoom);
        gtk_widget_activate_action (GTK_WIDGET (preview), "preview.next-page", NULL);
        run_main_loop (20);
      }
    g_assert_true (portrait_seen && landscape_seen);
  }

  /* Home and End go to the first and the last page. */
  {
    g_autofree char *last = g_strdup_printf ("Trang %u / %u",
                                             cchc_preview_window_get_n_pages (preview),
                                             cchc_preview_window_get_n_pages (preview));

    press_shortcut (GTK_WIDGET (preview), "Home");
    run_main_loop (20);
    g_assert_nonnull (find_shown_label (GTK_WIDGET (preview), "Trang 1 / ", TRUE));
    press_shortcut (GTK_WIDGET (preview), "End");
    run_main_loop (20);
    g_assert_nonnull (find_shown_label (GTK_WIDGET (preview), last, FALSE));
  }

  gtk_widget_activate_action (GTK_WIDGET (preview), "preview.zoom-in", NULL);
  run_main_loop (50);
  g_assert_null (find_shown_label (GTK_WIDGET (preview), "Trang 0", TRUE));

  print_test_clear (&test);
}

/* A preview closed before its first turn of the main loop: a short
 * document is laid out at once, and nothing is left to run on the closed
 * window. */
static void
test_preview_closed_at_once (void)
{
  PrintTest test;
  GtkWidget *preview;

  print_test_init (&test);
  g_settings_set_string (test.settings, "print-document", "kpis");
  preview = g_object_ref (cchc_preview_window_new (NULL, test.store, test.plan,
                                                   test.settings));
  g_assert_true (cchc_preview_window_is_laid_out (CCHC_PREVIEW_WINDOW (preview)));
  g_assert_cmpuint (cchc_preview_window_get_n_pages (CCHC_PREVIEW_WINDOW (preview)), ==, 1);

  /* Disposed while something else still holds it, as the last unref
   * would: a handler left behind meets a window without its widgets. */
  gtk_window_destroy (GTK_WINDOW (preview));
  g_object_run_dispose (G_OBJECT (preview));
  run_main_loop (100);
  g_assert_finalize_object (preview);

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
  g_autofree char *paper = NULL;

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
  /* The column widths' first fields line up with the margins' above. */
  {
    graphene_point_t margin, column;

    g_assert_true (gtk_widget_compute_point (GTK_WIDGET (spin_for (dialog, "Trái")), dialog,
                                             &GRAPHENE_POINT_INIT (0, 0), &margin));
    g_assert_true (gtk_widget_compute_point (GTK_WIDGET (spin_for (dialog, "STT")), dialog,
                                             &GRAPHENE_POINT_INIT (0, 0), &column));
    g_assert_cmpfloat (margin.x, ==, column.x);
  }
  /* Applied from the keyboard, as an editor saves. */
  g_assert_true (gtk_window_get_default_widget (GTK_WINDOW (dialog)) == apply_button (dialog));
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  press_shortcut (dialog, "<Control>s");
  run_main_loop (50);
  g_assert_null (dialog);

  paper = g_settings_get_string (test.settings, "paper");
  g_assert_cmpstr (paper, ==, "a3");
  wait_laid_out (preview);
  g_assert_cmpuint (cchc_preview_window_get_n_pages (preview), <, a4_pages);

  print_test_clear (&test);
}

/* Saving the page setup writes it all, and leaves the settings as they
 * were: later writes through them are not held back. */
static void
test_save_page_options (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  g_autoptr(GSettings) other = g_settings_new (APPLICATION_ID);
  g_autoptr(CchcPageOptions) options = cchc_page_options_new ();
  g_autofree char *paper = NULL;
  g_autofree char *kind = NULL;

  options->paper = CCHC_PAPER_A3;
  options->margin_left = 35;
  cchc_save_page_options (settings, options);
  paper = g_settings_get_string (other, "paper");
  g_assert_cmpstr (paper, ==, "a3");
  g_assert_false (g_settings_get_has_unapplied (settings));

  g_settings_set_string (settings, "print-document", "kpis");
  g_assert_false (g_settings_get_has_unapplied (settings));
  kind = g_settings_get_string (other, "print-document");
  g_assert_cmpstr (kind, ==, "kpis");

  g_settings_reset (settings, "paper");
  g_settings_reset (settings, "margins");
  g_settings_reset (settings, "print-document");
}

/* Settings changed by hand to pages no text fits on: those parts fall
 * back to the defaults, with a warning; the rest is kept. */
static void
test_load_invalid_page_options (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  g_autoptr(CchcPageOptions) options = NULL;

  g_settings_set_string (settings, "paper", "a3");
  g_settings_set (settings, "margins", "(dddd)", 150.0, 20.0, 30.0, 15.0);
  g_settings_set (settings, "print-font", "(sd)", "Liberation Serif", -4.0);
  g_test_expect_message ("cchc-print", G_LOG_LEVEL_WARNING, "*margins*");
  g_test_expect_message ("cchc-print", G_LOG_LEVEL_WARNING, "*print-font*");
  options = cchc_load_page_options (settings);
  g_test_assert_expected_messages ();

  g_assert_true (cchc_page_options_validate (options, NULL));
  g_assert_cmpint (options->paper, ==, CCHC_PAPER_A3);
  g_assert_cmpfloat (options->margin_top, ==, 20);
  g_assert_cmpfloat (options->font_size, ==, 13);
  g_assert_cmpstr (options->font_family, ==, "Times New Roman");

  g_settings_reset (settings, "paper");
  g_settings_reset (settings, "margins");
  g_settings_reset (settings, "print-font");
}

/* GTK's own print path, writing a PDF instead of showing the dialog. */
static void
export_through_gtk (GtkPrintOperation *operation,
                    const char        *path)
{
  g_autoptr(GError) error = NULL;

  gtk_print_operation_set_export_filename (operation, path);
  g_assert_cmpint (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, NULL,
                                            &error), ==, GTK_PRINT_OPERATION_RESULT_APPLY);
  g_assert_no_error (error);
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
  g_autofree char *path = NULL;
  g_autofree char *sizes = NULL;

  print_test_init (&test);
  path = g_build_filename (test.dir, "printed.pdf", NULL);
  document = cchc_document_new_for_plan (test.store, test.plan, CCHC_DOCUMENT_PLAN, options);
  operation = cchc_print_operation_new (document, options);
  export_through_gtk (operation, path);

  g_assert_cmpuint (pdf_pages (path, &sizes), >=, 8);
  /* Portrait text pages, the table on landscape ones. */
  g_assert_nonnull (strstr (sizes, "Page    1 size:  595.276 x 841.89"));
  g_assert_nonnull (strstr (sizes, "size:  841.89 x 595.276"));

  print_test_clear (&test);
}

/* The print dialog's "Document" tab changes what is printed, and the
 * choice is remembered. */
static void
test_print_document_tab (void)
{
  PrintTest test;
  g_autoptr(CchcPageOptions) options = cchc_page_options_new ();
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autofree char *path = NULL;
  g_autofree char *sizes = NULL;
  g_autofree char *saved = NULL;
  g_autofree char *tab_label = NULL;
  GtkWidget *tab = NULL;
  GtkWidget *window;

  print_test_init (&test);
  path = g_build_filename (test.dir, "chosen.pdf", NULL);
  operation = cchc_print_operation_new_for_plan (test.store, test.plan, CCHC_DOCUMENT_TABLE,
                                                 options, test.settings);
  g_object_get (operation, "custom-tab-label", &tab_label, NULL);
  g_assert_cmpstr (tab_label, ==, "Văn bản");

  /* What the dialog does with the tab, without the dialog. */
  g_signal_emit_by_name (operation, "create-custom-widget", &tab);
  g_assert_nonnull (tab);
  window = gtk_window_new ();
  gtk_window_set_child (GTK_WINDOW (window), tab);
  gtk_window_present (GTK_WINDOW (window));
  wait_until_mapped (tab);
  g_assert_nonnull (find_shown_label (tab, "Văn bản cần in", FALSE));
  g_assert_nonnull (find_shown_label (tab, "Bảng kế hoạch triển khai", FALSE));
  assert_translated (tab);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (find_widget (tab, GTK_TYPE_DROP_DOWN)),
                              CCHC_DOCUMENT_PLAN);
  g_signal_emit_by_name (operation, "custom-widget-apply", tab);

  export_through_gtk (operation, path);

  /* The whole plan: it opens on a portrait page, the table did not. */
  g_assert_cmpuint (pdf_pages (path, &sizes), >=, 8);
  g_assert_nonnull (strstr (sizes, "Page    1 size:  595.276 x 841.89"));
  saved = g_settings_get_string (test.settings, "print-document");
  g_assert_cmpstr (saved, ==, "plan");

  /* The operation holds the store until it goes. */
  g_clear_object (&operation);
  print_test_clear (&test);
}

/* "Preview" in the system print dialog opens the application's preview
 * of the same document, not GTK's external viewer. */
static void
test_print_dialog_preview (void)
{
  PrintTest test;
  g_autoptr(CchcPageOptions) options = cchc_page_options_new ();
  GtkWindow *parent, *dialog;
  CchcPreviewWindow *preview;

  print_test_init (&test);
  parent = GTK_WINDOW (gtk_window_new ());
  gtk_window_present (parent);
  cchc_print_plan (parent, test.store, test.plan, CCHC_DOCUMENT_KPIS, options, test.settings);

  dialog = wait_for_window (GTK_TYPE_DIALOG, "In");
  save_screenshot (GTK_WIDGET (dialog), "print-dialog.png");
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_APPLY);

  preview = CCHC_PREVIEW_WINDOW (wait_for_window (CCHC_TYPE_PREVIEW_WINDOW, NULL));
  wait_laid_out (preview);
  g_assert_nonnull (find_shown_label (GTK_WIDGET (preview), "Chỉ tiêu", FALSE));
  g_assert_cmpuint (cchc_preview_window_get_n_pages (preview), ==, 1);

  print_test_clear (&test);
}

/* Laid out for A3 and printed on A4 paper, the pages are scaled down to
 * fit, whatever their orientation: no word falls off the sheet. */
static void
test_print_smaller_paper (void)
{
  PrintTest test;
  g_autoptr(CchcPageOptions) options = cchc_page_options_new ();
  g_autoptr(CchcDocument) document = NULL;
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);
  g_autoptr(GError) error = NULL;
  g_autoptr(GRegex) regex = NULL;
  g_autoptr(GMatchInfo) match = NULL;
  g_autofree char *path = NULL;
  g_autofree char *sizes = NULL;
  g_autofree char *bbox = NULL;
  const char *argv[] = { "pdftotext", "-bbox", NULL, "-", NULL };
  double page_width = 0, page_height = 0;
  guint n_words = 0;

  print_test_init (&test);
  path = g_build_filename (test.dir, "a3-on-a4.pdf", NULL);
  options->paper = CCHC_PAPER_A3;
  document = cchc_document_new_for_plan (test.store, test.plan, CCHC_DOCUMENT_PLAN, options);
  operation = cchc_print_operation_new (document, options);
  gtk_page_setup_set_paper_size (setup, a4);
  gtk_print_operation_set_default_page_setup (operation, setup);
  export_through_gtk (operation, path);

  pdf_pages (path, &sizes);
  g_assert_nonnull (strstr (sizes, "Page    1 size:  595.276 x 841.89"));
  g_assert_nonnull (strstr (sizes, "size:  841.89 x 595.276"));

  argv[2] = path;
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL,
                               G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL,
                               &bbox, NULL, NULL, &error));
  g_assert_no_error (error);
  regex = g_regex_new ("<page width=\"([\\d.]+)\" height=\"([\\d.]+)\">|"
                       "<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" "
                       "xMax=\"([\\d.]+)\" yMax=\"([\\d.]+)\">", 0, 0, NULL);
  g_regex_match (regex, bbox, 0, &match);
  for (; g_match_info_matches (match); g_match_info_next (match, NULL))
    {
      g_autofree char *width = g_match_info_fetch (match, 1);
      g_autofree char *height = g_match_info_fetch (match, 2);
      g_autofree char *x_max = g_match_info_fetch (match, 5);
      g_autofree char *y_max = g_match_info_fetch (match, 6);

      if (*width != '\0')
        {
          page_width = g_ascii_strtod (width, NULL);
          page_height = g_ascii_strtod (height, NULL);
          continue;
        }
      n_words++;
      g_assert_cmpfloat (g_ascii_strtod (x_max, NULL), <=, page_width);
      g_assert_cmpfloat (g_ascii_strtod (y_max, NULL), <=, page_height);
    }
  g_assert_cmpuint (n_words, >, 1000);

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

  /* Escape closes it, as any window that says something. */
  press_shortcut (GTK_WIDGET (progress), "Escape");
  run_main_loop (50);
  g_assert_null (find_window (GTK_TYPE_WINDOW, "Xuất PDF"));

  print_test_clear (&test);
}

/* Cancel in the middle of an export: the progress window goes at once,
 * nothing shows progress on it afterwards, no error is shown, no file is
 * left, and the export's job is freed once its worker is done. */
static void
test_export_cancelled (void)
{
  PrintTest test;
  g_autoptr(CchcPageOptions) options = cchc_page_options_new ();
  g_autoptr(CchcDocument) document = NULL;
  g_autofree char *path = NULL;
  GtkWindow *parent, *progress;
  SlowFile *file;

  print_test_init (&test);
  parent = GTK_WINDOW (gtk_window_new ());
  gtk_window_present (parent);
  path = g_build_filename (test.dir, "cancelled.pdf", NULL);
  file = slow_file_new (path);
  document = cchc_document_new_for_plan (test.store, test.plan, CCHC_DOCUMENT_KPIS, options);
  cchc_export_pdf_to_file (parent, document, options, G_FILE (file));
  slow_file_wait_entered (file);

  /* The progress shows after a moment; its only button cancels. */
  progress = wait_for_window (GTK_TYPE_WINDOW, "Xuất PDF");
  g_signal_emit_by_name (find_widget (GTK_WIDGET (progress), GTK_TYPE_BUTTON), "clicked");
  g_assert_null (find_window (GTK_TYPE_WINDOW, "Xuất PDF"));

  /* Progress would have been shown twice meanwhile. */
  run_main_loop (700);
  slow_file_open (file);
  wait_finalized (file);
  run_main_loop (50);

  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_null (find_window (GTK_TYPE_MESSAGE_DIALOG, NULL));

  print_test_clear (&test);
}

/* Closing the window the export was asked from cancels it. */
static void
test_export_parent_closed (void)
{
  PrintTest test;
  g_autoptr(CchcPageOptions) options = cchc_page_options_new ();
  g_autoptr(CchcDocument) document = NULL;
  g_autofree char *path = NULL;
  GtkWindow *parent;
  SlowFile *file;

  print_test_init (&test);
  parent = GTK_WINDOW (gtk_window_new ());
  gtk_window_present (parent);
  path = g_build_filename (test.dir, "orphan.pdf", NULL);
  file = slow_file_new (path);
  document = cchc_document_new_for_plan (test.store, test.plan, CCHC_DOCUMENT_KPIS, options);
  cchc_export_pdf_to_file (parent, document, options, G_FILE (file));
  slow_file_wait_entered (file);
  g_assert_nonnull (find_window (GTK_TYPE_WINDOW, "Xuất PDF"));

  gtk_window_destroy (parent);
  g_assert_null (find_window (GTK_TYPE_WINDOW, "Xuất PDF"));

  slow_file_open (file);
  wait_finalized (file);
  run_main_loop (50);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_null (find_window (GTK_TYPE_WINDOW, NULL));

  print_test_clear (&test);
}

typedef struct
{
  CchcDocument *document;
  SlowFile     *file;
} ActivateData;

static gboolean
open_gate_cb (gpointer user_data)
{
  slow_file_open (user_data);

  return G_SOURCE_REMOVE;
}

static void
on_activate_export_cb (GApplication *application,
                       ActivateData *data)
{
  g_autoptr(CchcPageOptions) options = cchc_page_options_new ();
  GtkWindow *parent = GTK_WINDOW (gtk_window_new ());

  gtk_window_present (parent);
  cchc_export_pdf_to_file (parent, data->document, options, G_FILE (data->file));
  g_timeout_add (300, open_gate_cb, data->file);
}

/* The application keeps running until an export started with no other
 * reason to run is written. */
static void
test_export_holds_application (void)
{
  PrintTest test;
  g_autoptr(CchcPageOptions) options = cchc_page_options_new ();
  g_autoptr(GApplication) application = NULL;
  g_autofree char *path = NULL;
  ActivateData data = { NULL, NULL };

  print_test_init (&test);
  path = g_build_filename (test.dir, "held.pdf", NULL);
  data.file = slow_file_new (path);
  data.document = cchc_document_new_for_plan (test.store, test.plan, CCHC_DOCUMENT_KPIS,
                                              options);

  application = g_application_new (NULL, G_APPLICATION_NON_UNIQUE);
  g_application_set_default (application);
  g_signal_connect (application, "activate", G_CALLBACK (on_activate_export_cb), &data);
  g_assert_cmpint (g_application_run (application, 0, NULL), ==, 0);
  g_application_set_default (NULL);

  /* Written by the time the application returns. */
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpuint (pdf_pages (path, NULL), ==, 1);

  print_test_clear (&test);
  wait_finalized (data.file);
  cchc_document_unref (data.document);
}

int
main (int   argc,
      char *argv[])
{
  init_ui_tests (&argc, &argv);

  g_test_add_func ("/ui/print/preview", test_preview);
  g_test_add_func ("/ui/print/preview-closed-at-once", test_preview_closed_at_once);
  g_test_add_func ("/ui/print/page-setup", test_page_setup);
  g_test_add_func ("/ui/print/save-page-options", test_save_page_options);
  g_test_add_func ("/ui/print/load-invalid-page-options", test_load_invalid_page_options);
  g_test_add_func ("/ui/print/print-operation", test_print_operation);
  g_test_add_func ("/ui/print/print-smaller-paper", test_print_smaller_paper);
  g_test_add_func ("/ui/print/print-document-tab", test_print_document_tab);
  g_test_add_func ("/ui/print/print-dialog-preview", test_print_dialog_preview);
  g_test_add_func ("/ui/print/export", test_export);
  g_test_add_func ("/ui/print/export-cancelled", test_export_cancelled);
  g_test_add_func ("/ui/print/export-parent-closed", test_export_parent_closed);
  g_test_add_func ("/ui/print/export-holds-application", test_export_holds_application);

  return g_test_run ();
}
