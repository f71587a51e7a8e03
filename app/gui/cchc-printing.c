/* cchc-printing.c: printing through GtkPrintOperation and PDF export with progress
 *
 * Both draw with the page layout of app/core, the preview's code. The
 * print operation paginates a page per "paginate" signal, so GTK's own
 * progress shows for long plans; the PDF export runs in a worker thread
 * behind a small progress window with a Cancel button.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cchc-print"

#include "config.h"

#include <glib/gi18n.h>

#include "cchc-gui-utils.h"
#include "cchc-page-layout.h"
#include "cchc-pdf.h"
#include "cchc-preview-window.h"
#include "cchc-printing.h"

typedef struct
{
  CchcDocument    *document;
  CchcPageOptions *options;
  CchcPageLayout  *layout;
} PrintJob;

/* The worker thread sees only @permille and @n_pages, through atomics;
 * everything else belongs to the main thread. */
typedef struct
{
  GApplication   *application;
  GtkWindow      *parent;
  GtkWindow      *window;
  GtkLabel       *label;
  GtkProgressBar *bar;
  GtkButton      *cancel_button;
  GFile          *file;
  GCancellable   *cancellable;
  guint           timeout_id;
  gboolean        running;
  gboolean        window_gone;
  int             permille;
  int             n_pages;
} ExportJob;

/* The printer and its settings, kept for the session. */
static GtkPrintSettings *last_print_settings;

static const char * const paper_names[] = {
  [CCHC_PAPER_A4] = GTK_PAPER_NAME_A4,
  [CCHC_PAPER_A3] = GTK_PAPER_NAME_A3,
  [CCHC_PAPER_LETTER] = GTK_PAPER_NAME_LETTER,
};

static void
print_job_free (PrintJob *job)
{
  g_clear_pointer (&job->layout, cchc_page_layout_free);
  cchc_document_unref (job->document);
  cchc_page_options_free (job->options);
  g_free (job);
}

static void
on_begin_print_cb (GtkPrintOperation *operation,
                   GtkPrintContext   *context,
                   PrintJob          *job)
{
  g_clear_pointer (&job->layout, cchc_page_layout_free);
  job->layout = cchc_page_layout_new (job->document, job->options);
}

static gboolean
on_paginate_cb (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                PrintJob          *job)
{
  if (cchc_page_layout_paginate (job->layout))
    return FALSE;

  gtk_print_operation_set_n_pages (operation, cchc_page_layout_get_n_pages (job->layout));
  return TRUE;
}

static void
on_request_page_setup_cb (GtkPrintOperation *operation,
                          GtkPrintContext   *context,
                          int                page,
                          GtkPageSetup      *setup,
                          PrintJob          *job)
{
  gboolean landscape = cchc_page_layout_is_landscape (job->layout, page);

  gtk_page_setup_set_orientation (setup, landscape ? GTK_PAGE_ORIENTATION_LANDSCAPE
                                                   : GTK_PAGE_ORIENTATION_PORTRAIT);
}

/* The page is drawn at its size in points; a smaller paper chosen in the
 * dialog gets it scaled down to fit. */
static void
on_draw_page_cb (GtkPrintOperation *operation,
                 GtkPrintContext   *context,
                 int                page,
                 PrintJob          *job)
{
  cairo_t *cr = gtk_print_context_get_cairo_context (context);
  double width, height, scale;

  cchc_page_layout_get_page_size (job->layout, page, &width, &height);
  scale = MIN (gtk_print_context_get_width (context) / width,
               gtk_print_context_get_height (context) / height);
  if (scale < 0.999)
    cairo_scale (cr, scale, scale);

  cchc_page_layout_draw_page (job->layout, page, cr);
}

static void
on_print_done_cb (GtkPrintOperation       *operation,
                  GtkPrintOperationResult  result,
                  GtkWindow               *parent)
{
  g_autoptr(GError) error = NULL;

  if (result == GTK_PRINT_OPERATION_RESULT_APPLY)
    g_set_object (&last_print_settings, gtk_print_operation_get_print_settings (operation));
  else if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      gtk_print_operation_get_error (operation, &error);
      cchc_show_error (GTK_WIDGET (parent), _("Could not print"), error);
    }
}

static GtkPageSetup *
new_page_setup (const CchcPageOptions *options)
{
  GtkPageSetup *setup = gtk_page_setup_new ();
  GtkPaperSize *paper = gtk_paper_size_new (paper_names[options->paper]);

  gtk_page_setup_set_paper_size (setup, paper);
  gtk_paper_size_free (paper);

  return setup;
}

/**
 * cchc_print_operation_new:
 * @document: what to print
 * @options: the page setup
 *
 * Returns: (transfer full): a print operation that lays out and draws
 *   @document; the caller runs it
 */
GtkPrintOperation *
cchc_print_operation_new (CchcDocument          *document,
                          const CchcPageOptions *options)
{
  GtkPrintOperation *operation;
  g_autoptr(GtkPageSetup) setup = NULL;
  PrintJob *job;

  g_return_val_if_fail (document != NULL, NULL);
  g_return_val_if_fail (options != NULL, NULL);

  operation = gtk_print_operation_new ();
  setup = new_page_setup (options);
  job = g_new0 (PrintJob, 1);
  job->document = cchc_document_ref (document);
  job->options = cchc_page_options_copy (options);

  /* Everything is placed in points from the sheet's corner, margins
   * included; GtkPageSetup's margins would be those of a portrait sheet. */
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_default_page_setup (operation, setup);
  gtk_print_operation_set_job_name (operation, cchc_document_get_title (document));
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  if (last_print_settings != NULL)
    gtk_print_operation_set_print_settings (operation, last_print_settings);

  g_object_set_data_full (G_OBJECT (operation), "cchc-print-job", job,
                          (GDestroyNotify) print_job_free);
  g_signal_connect (operation, "begin-print", G_CALLBACK (on_begin_print_cb), job);
  g_signal_connect (operation, "paginate", G_CALLBACK (on_paginate_cb), job);
  g_signal_connect (operation, "request-page-setup", G_CALLBACK (on_request_page_setup_cb),
                    job);
  g_signal_connect (operation, "draw-page", G_CALLBACK (on_draw_page_cb), job);

  return operation;
}

/* The "Document" tab of the print dialog: which of the plan's documents
 * to print, taken again from the plan when the choice changes. */
typedef struct
{
  CchcStore        *store;
  CchcPlan         *plan;
  GSettings        *settings;
  CchcDocumentKind  kind;
} DocumentChoice;

static void
document_choice_free (DocumentChoice *choice)
{
  g_clear_object (&choice->store);
  g_clear_object (&choice->plan);
  g_clear_object (&choice->settings);
  g_free (choice);
}

static GObject *
on_create_custom_widget_cb (GtkPrintOperation *operation,
                            DocumentChoice    *choice)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *label = gtk_label_new_with_mnemonic (_("_Document to print"));
  GtkWidget *dropdown;

  dropdown = gtk_drop_down_new (cchc_document_kinds_new (), NULL);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), choice->kind);
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), dropdown);
  gtk_widget_set_valign (box, GTK_ALIGN_START);
  g_object_set (box, "margin-start", 12, "margin-end", 12, "margin-top", 12, NULL);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), dropdown);

  return G_OBJECT (box);
}

static void
on_custom_widget_apply_cb (GtkPrintOperation *operation,
                           GtkWidget         *box,
                           DocumentChoice    *choice)
{
  PrintJob *job = g_object_get_data (G_OBJECT (operation), "cchc-print-job");
  GtkWidget *dropdown = gtk_widget_get_last_child (box);
  CchcDocumentKind kind = gtk_drop_down_get_selected (GTK_DROP_DOWN (dropdown));

  if (kind > CCHC_DOCUMENT_ACTIVITIES || kind == choice->kind)
    return;

  choice->kind = kind;
  g_clear_pointer (&job->document, cchc_document_unref);
  job->document = cchc_document_new_for_plan (choice->store, choice->plan, kind, job->options);
  gtk_print_operation_set_job_name (operation, cchc_document_get_title (job->document));
  if (choice->settings != NULL)
    g_settings_set_string (choice->settings, "print-document", cchc_document_kind_get_name (kind));
}

static gboolean
end_preview_cb (gpointer data)
{
  gtk_print_operation_preview_end_preview (data);

  return G_SOURCE_REMOVE;
}

/* "Preview" in the print dialog opens the application's own preview: on
 * Linux GTK's needs an external viewer, on Windows it is unreliable. */
static gboolean
on_preview_cb (GtkPrintOperation        *operation,
               GtkPrintOperationPreview *preview,
               GtkPrintContext          *context,
               GtkWindow                *parent,
               DocumentChoice           *choice)
{
  cairo_surface_t *surface;
  cairo_t *cr;
  GtkWidget *window;

  if (choice->settings != NULL)
    g_settings_set_string (choice->settings, "print-document",
                           cchc_document_kind_get_name (choice->kind));

  /* GTK lays the pages out for a preview it will not draw: it wants a
   * cairo context all the same. */
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  cr = cairo_create (surface);
  gtk_print_context_set_cairo_context (context, cr, 72, 72);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);

  window = cchc_preview_window_new (parent, choice->store, choice->plan, choice->settings);
  gtk_window_present (GTK_WINDOW (window));

  /* GTK goes on setting the preview up after this handler: end it after. */
  g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, end_preview_cb, g_object_ref (preview),
                   g_object_unref);

  return TRUE;
}

/**
 * cchc_print_operation_new_for_plan:
 * @kind: the document the dialog proposes
 * @settings: (nullable): where the choice of document is remembered
 *
 * Returns: (transfer full): a print operation for one of @plan's
 *   documents, with a tab in the print dialog to choose another
 */
GtkPrintOperation *
cchc_print_operation_new_for_plan (CchcStore             *store,
                                   CchcPlan              *plan,
                                   CchcDocumentKind       kind,
                                   const CchcPageOptions *options,
                                   GSettings             *settings)
{
  g_autoptr(CchcDocument) document = cchc_document_new_for_plan (store, plan, kind, options);
  GtkPrintOperation *operation = cchc_print_operation_new (document, options);
  DocumentChoice *choice = g_new0 (DocumentChoice, 1);

  choice->store = g_object_ref (store);
  choice->plan = g_object_ref (plan);
  g_set_object (&choice->settings, settings);
  choice->kind = kind;

  /* Translators: the tab of the print dialog that chooses the document */
  gtk_print_operation_set_custom_tab_label (operation, _("Document"));
  g_object_set_data_full (G_OBJECT (operation), "cchc-document-choice", choice,
                          (GDestroyNotify) document_choice_free);
  g_signal_connect (operation, "create-custom-widget", G_CALLBACK (on_create_custom_widget_cb),
                    choice);
  g_signal_connect (operation, "custom-widget-apply", G_CALLBACK (on_custom_widget_apply_cb),
                    choice);
  g_signal_connect (operation, "preview", G_CALLBACK (on_preview_cb), choice);

  return operation;
}

/**
 * cchc_print_plan:
 * @parent: the window the print dialog belongs to
 *
 * Shows the print dialog (the native one on Windows), where the document
 * can still be changed, and prints.
 */
void
cchc_print_plan (GtkWindow             *parent,
                 CchcStore             *store,
                 CchcPlan              *plan,
                 CchcDocumentKind       kind,
                 const CchcPageOptions *options,
                 GSettings             *settings)
{
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GError) error = NULL;

  operation = cchc_print_operation_new_for_plan (store, plan, kind, options, settings);
  gtk_print_operation_set_allow_async (operation, TRUE);
  g_signal_connect_object (operation, "done", G_CALLBACK (on_print_done_cb), parent, 0);
  if (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, parent,
                               &error) == GTK_PRINT_OPERATION_RESULT_ERROR)
    cchc_show_error (GTK_WIDGET (parent), _("Could not print"), error);
}

/* PDF export ---------------------------------------------------------- */

/* The application waits for the worker: quitting in the middle of an
 * export still gets the half-written file removed. */
static void
release_application (ExportJob *job)
{
  if (job->application == NULL)
    return;

  g_application_release (job->application);
  g_clear_object (&job->application);
}

static void
export_job_free (ExportJob *job)
{
  g_clear_handle_id (&job->timeout_id, g_source_remove);
  release_application (job);
  g_clear_weak_pointer (&job->parent);
  g_clear_object (&job->file);
  g_clear_object (&job->cancellable);
  g_free (job);
}

/* Called in the worker thread: only numbers cross over. */
static void
export_progress_cb (double   fraction,
                    guint    n_pages,
                    gpointer user_data)
{
  ExportJob *job = user_data;

  g_atomic_int_set (&job->permille, (int) (fraction * 1000));
  g_atomic_int_set (&job->n_pages, n_pages);
}

static gboolean
on_progress_timeout_cb (gpointer user_data)
{
  ExportJob *job = user_data;
  int n_pages = g_atomic_int_get (&job->n_pages);
  g_autofree char *text = NULL;

  /* Translators: the progress of a PDF export */
  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d page laid out",
                                       "%d pages laid out", n_pages), n_pages);
  gtk_progress_bar_set_fraction (job->bar, g_atomic_int_get (&job->permille) / 1000.0);
  gtk_progress_bar_set_text (job->bar, text);
  gtk_widget_set_visible (GTK_WIDGET (job->window), TRUE);

  return G_SOURCE_CONTINUE;
}

static void
on_open_clicked_cb (GtkButton *button,
                    ExportJob *job)
{
  g_autofree char *uri = g_file_get_uri (job->file);

  gtk_show_uri (job->parent, uri, GDK_CURRENT_TIME);
  gtk_window_destroy (job->window);
}

/* The progress window says what was written, with a way to open it. */
static void
show_done (ExportJob *job,
           guint      n_pages)
{
  g_autofree char *name = g_file_get_basename (job->file);
  g_autofree char *text = NULL;
  GtkWidget *open;

  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Exported %u page to “%s”.",
                                       "Exported %u pages to “%s”.", n_pages), n_pages, name);
  gtk_label_set_text (job->label, text);
  gtk_progress_bar_set_fraction (job->bar, 1.0);
  gtk_progress_bar_set_text (job->bar, NULL);
  gtk_button_set_label (job->cancel_button, _("_Close"));

  open = gtk_button_new_with_mnemonic (_("_Open"));
  gtk_widget_add_css_class (open, "suggested-action");
  gtk_box_append (GTK_BOX (gtk_widget_get_parent (GTK_WIDGET (job->cancel_button))), open);
  g_signal_connect (open, "clicked", G_CALLBACK (on_open_clicked_cb), job);
  gtk_widget_set_visible (GTK_WIDGET (job->window), TRUE);
  gtk_widget_grab_focus (open);
}

/* The job lives until both the worker is done and its window is gone. */
static void
on_export_done_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  ExportJob *job = user_data;
  g_autoptr(GError) error = NULL;
  guint n_pages = 0;
  gboolean done;

  job->running = FALSE;
  g_clear_handle_id (&job->timeout_id, g_source_remove);
  done = cchc_pdf_write_finish (result, &n_pages, &error);
  release_application (job);

  if (job->window_gone)
    {
      export_job_free (job);
      return;
    }

  if (!done)
    {
      cchc_show_error (GTK_WIDGET (job->parent), _("Could not export the PDF"), error);
      gtk_window_destroy (job->window);
      return;
    }

  show_done (job, n_pages);
}

static void
on_cancel_clicked_cb (GtkButton *button,
                      ExportJob *job)
{
  gtk_window_destroy (job->window);
}

static GtkWindow *
new_progress_window (ExportJob *job)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkEventController *keys = gtk_shortcut_controller_new ();

  gtk_window_set_title (GTK_WINDOW (window), _("Export PDF"));
  gtk_window_set_transient_for (GTK_WINDOW (window), job->parent);
  gtk_window_set_modal (GTK_WINDOW (window), TRUE);
  /* Closing the window it was asked from cancels the export. */
  gtk_window_set_destroy_with_parent (GTK_WINDOW (window), TRUE);
  gtk_window_set_default_size (GTK_WINDOW (window), 420, -1);
  gtk_window_set_resizable (GTK_WINDOW (window), FALSE);
  gtk_widget_set_margin_start (box, 24);
  gtk_widget_set_margin_end (box, 24);
  gtk_widget_set_margin_top (box, 18);
  gtk_widget_set_margin_bottom (box, 18);

  job->label = GTK_LABEL (gtk_label_new (_("Writing the PDF…")));
  gtk_label_set_wrap (job->label, TRUE);
  gtk_label_set_xalign (job->label, 0);
  job->bar = GTK_PROGRESS_BAR (gtk_progress_bar_new ());
  gtk_progress_bar_set_show_text (job->bar, TRUE);
  job->cancel_button = GTK_BUTTON (gtk_button_new_with_mnemonic (_("_Cancel")));
  gtk_widget_set_halign (buttons, GTK_ALIGN_END);

  gtk_box_append (GTK_BOX (box), GTK_WIDGET (job->label));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (job->bar));
  gtk_box_append (GTK_BOX (buttons), GTK_WIDGET (job->cancel_button));
  gtk_box_append (GTK_BOX (box), buttons);
  gtk_window_set_child (GTK_WINDOW (window), box);
  g_signal_connect (job->cancel_button, "clicked", G_CALLBACK (on_cancel_clicked_cb), job);

  /* Escape closes it: while the PDF is written, that cancels it too. */
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (keys),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Escape,
                                                                                  0),
                                                          gtk_named_action_new ("window.close")));
  gtk_widget_add_controller (window, keys);

  return GTK_WINDOW (window);
}

/* Closing the window cancels a running export. Its widgets go with it:
 * the progress timeout must not touch them any more. */
static void
on_progress_window_destroy_cb (GtkWidget *window,
                               ExportJob *job)
{
  g_clear_handle_id (&job->timeout_id, g_source_remove);
  job->window = NULL;
  job->label = NULL;
  job->bar = NULL;
  job->cancel_button = NULL;
  job->window_gone = TRUE;
  g_cancellable_cancel (job->cancellable);
  if (!job->running)
    export_job_free (job);
}

/**
 * cchc_export_pdf_to_file:
 * @parent: the window the progress belongs to
 * @file: where to write
 *
 * Writes @document to @file in the background. A progress window with a
 * Cancel button appears when the export takes more than a moment; it
 * tells the outcome and offers to open the file. Closing @parent cancels
 * the export; the default application, if any, is held until the worker
 * thread is done.
 */
void
cchc_export_pdf_to_file (GtkWindow             *parent,
                         CchcDocument          *document,
                         const CchcPageOptions *options,
                         GFile                 *file)
{
  ExportJob *job;

  g_return_if_fail (GTK_IS_WINDOW (parent));
  g_return_if_fail (document != NULL);
  g_return_if_fail (options != NULL);
  g_return_if_fail (G_IS_FILE (file));

  job = g_new0 (ExportJob, 1);
  job->application = g_application_get_default ();
  if (job->application != NULL)
    {
      g_object_ref (job->application);
      g_application_hold (job->application);
    }
  /* Not a reference: the progress window goes with its parent, which
   * cancels the export, and a reference would keep the parent from
   * going. */
  g_set_weak_pointer (&job->parent, parent);
  job->file = g_object_ref (file);
  job->cancellable = g_cancellable_new ();
  job->running = TRUE;
  job->window = new_progress_window (job);
  g_signal_connect (job->window, "destroy", G_CALLBACK (on_progress_window_destroy_cb), job);
  job->timeout_id = g_timeout_add (300, on_progress_timeout_cb, job);

  cchc_pdf_write_async (document, options, file, export_progress_cb, job, job->cancellable,
                        on_export_done_cb, job);
}

static void
on_chooser_response_cb (GtkNativeDialog *chooser,
                        int              response,
                        GtkWindow       *parent)
{
  CchcDocument *document = g_object_get_data (G_OBJECT (chooser), "document");
  CchcPageOptions *options = g_object_get_data (G_OBJECT (chooser), "options");
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      cchc_export_pdf_to_file (parent, document, options, file);
    }

  g_object_unref (chooser);
}

/**
 * cchc_export_pdf:
 * @parent: the window the file chooser belongs to
 * @file_name: the name the file chooser suggests
 *
 * Asks where to save @document (the native file chooser), then exports it
 * with cchc_export_pdf_to_file().
 */
void
cchc_export_pdf (GtkWindow             *parent,
                 CchcDocument          *document,
                 const CchcPageOptions *options,
                 const char            *file_name)
{
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  chooser = gtk_file_chooser_native_new (_("Export PDF"), parent, GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Export"), _("_Cancel"));
  gtk_file_filter_set_name (filter, _("PDF documents"));
  gtk_file_filter_add_pattern (filter, "*.pdf");
  gtk_file_filter_add_mime_type (filter, "application/pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), file_name);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);

  g_object_set_data_full (G_OBJECT (chooser), "document", cchc_document_ref (document),
                          (GDestroyNotify) cchc_document_unref);
  g_object_set_data_full (G_OBJECT (chooser), "options", cchc_page_options_copy (options),
                          (GDestroyNotify) cchc_page_options_free);
  g_signal_connect_object (chooser, "response", G_CALLBACK (on_chooser_response_cb), parent, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/**
 * cchc_document_file_name:
 *
 * Returns: (transfer full): the file name suggested for a PDF of @kind
 */
char *
cchc_document_file_name (CchcDocumentKind kind,
                         int              year)
{
  /* Translators: file names suggested for PDF exports; no spaces or
   * accents, so that they travel well between systems. %d is the year. */
  switch (kind)
    {
    case CCHC_DOCUMENT_PLAN:
      return g_strdup_printf (_("cchc-plan-%d.pdf"), year);

    case CCHC_DOCUMENT_KPIS:
      return g_strdup_printf (_("cchc-kpis-%d.pdf"), year);

    case CCHC_DOCUMENT_ACTIVITIES:
      return g_strdup_printf (_("cchc-activities-%d.pdf"), year);

    case CCHC_DOCUMENT_TABLE:
    default:
      return g_strdup_printf (_("cchc-table-%d.pdf"), year);
    }
}

/**
 * cchc_document_kinds_new:
 *
 * Returns: (transfer full): the names of the kinds of document, in
 *   #CchcDocumentKind order, for a drop-down
 */
GListModel *
cchc_document_kinds_new (void)
{
  GtkStringList *kinds = gtk_string_list_new (NULL);

  for (CchcDocumentKind kind = CCHC_DOCUMENT_TABLE; kind <= CCHC_DOCUMENT_ACTIVITIES; kind++)
    gtk_string_list_append (kinds, cchc_document_kind_get_label (kind));

  return G_LIST_MODEL (kinds);
}

/**
 * cchc_document_kind_get_label:
 *
 * Returns: the translated name of a kind of document, for the interface
 */
const char *
cchc_document_kind_get_label (CchcDocumentKind kind)
{
  switch (kind)
    {
    case CCHC_DOCUMENT_PLAN:
      return _("Whole plan");

    case CCHC_DOCUMENT_KPIS:
      return _("KPIs");

    case CCHC_DOCUMENT_ACTIVITIES:
      return _("Propaganda activities");

    case CCHC_DOCUMENT_TABLE:
    default:
      return _("Implementation table");
    }
}
