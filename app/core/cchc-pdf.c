/* cchc-pdf.c: a document written as a PDF file
 *
 * Pages are laid out, drawn and dropped one at a time, so a plan of ten
 * thousand tasks takes time and memory in proportion to its length. The
 * file is written through cchc_file_replace_begin(): until the last byte
 * is in, an older file of that name stays as it was, and a failed or
 * cancelled export leaves nothing behind (a new file is deleted again).
 * cairo embeds a subset of every font.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cchc-print"

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>

#include "cchc-file.h"
#include "cchc-page-layout.h"
#include "cchc-pdf.h"

typedef struct
{
  GOutputStream *stream;
  GCancellable  *cancellable;
  GError        *error;
} Sink;

typedef struct
{
  CchcDocument     *document;
  CchcPageOptions  *options;
  GFile            *file;
  CchcProgressFunc  progress;
  gpointer          user_data;
} WriteData;

static cairo_status_t
write_cb (void                *closure,
          const unsigned char *data,
          unsigned int         length)
{
  Sink *sink = closure;

  if (sink->error != NULL)
    return CAIRO_STATUS_WRITE_ERROR;

  if (!g_output_stream_write_all (sink->stream, data, length, NULL, sink->cancellable,
                                  &sink->error))
    return CAIRO_STATUS_WRITE_ERROR;

  return CAIRO_STATUS_SUCCESS;
}

static gboolean
draw_pages (CchcPageLayout   *layout,
            cairo_surface_t  *surface,
            CchcProgressFunc  progress,
            gpointer          user_data,
            GCancellable     *cancellable,
            GError          **error)
{
  cairo_t *cr = cairo_create (surface);
  gboolean more = TRUE;
  guint page = 0;

  while (more)
    {
      double width, height;

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        break;

      more = cchc_page_layout_paginate (layout);
      cchc_page_layout_get_page_size (layout, page, &width, &height);
      cairo_pdf_surface_set_size (surface, width, height);
      cchc_page_layout_draw_page (layout, page, cr);
      cairo_show_page (cr);
      cchc_page_layout_release_page (layout, page);
      page++;

      if (progress != NULL)
        progress (cchc_page_layout_get_fraction (layout), page, user_data);
    }

  cairo_destroy (cr);

  return !more;
}

static gboolean
write_stream (CchcDocument          *document,
              const CchcPageOptions *options,
              Sink                  *sink,
              CchcProgressFunc       progress,
              gpointer               user_data,
              guint                 *n_pages,
              GError               **error)
{
  g_autoptr(CchcPageLayout) layout = cchc_page_layout_new (document, options);
  cairo_surface_t *surface;
  cairo_status_t status;
  gboolean done;

  surface = cairo_pdf_surface_create_for_stream (write_cb, sink, 595, 842);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE,
                                  cchc_document_get_title (document));
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "CCHC Planner");
  done = draw_pages (layout, surface, progress, user_data, sink->cancellable, error);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (!done)
    return FALSE;

  if (sink->error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&sink->error));
      return FALSE;
    }

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, CCHC_PRINT_ERROR, CCHC_PRINT_ERROR_FAILED,
                   _("The PDF could not be made: %s"), cairo_status_to_string (status));
      return FALSE;
    }

  if (n_pages != NULL)
    *n_pages = cchc_page_layout_get_n_pages (layout);

  return TRUE;
}

/**
 * cchc_pdf_write:
 * @progress: (nullable) (scope call): told after each page
 * @n_pages: (out) (optional): how many pages were written
 *
 * Writes @document to @file as PDF, replacing it only once complete.
 *
 * Returns: whether the file was written
 */
gboolean
cchc_pdf_write (CchcDocument           *document,
                const CchcPageOptions  *options,
                GFile                  *file,
                CchcProgressFunc        progress,
                gpointer                user_data,
                guint                  *n_pages,
                GCancellable           *cancellable,
                GError                **error)
{
  g_autoptr(GFileOutputStream) stream = NULL;
  g_autoptr(GOutputStream) buffered = NULL;
  Sink sink = { NULL, cancellable, NULL };
  gboolean existed;
  GError *write_error = NULL;

  g_return_val_if_fail (document != NULL, FALSE);
  g_return_val_if_fail (options != NULL, FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (!cchc_page_options_validate (options, error))
    return FALSE;

  stream = cchc_file_replace_begin (file, &existed, cancellable, error);
  if (stream == NULL)
    return FALSE;

  /* cairo writes in small pieces: a buffer saves a system call each. Its
   * last bytes are flushed apart from closing the file: closing the buffer
   * closes the file even when the flush fails (a full disk), which puts
   * the short file in place of the old one. */
  buffered = g_buffered_output_stream_new_sized (G_OUTPUT_STREAM (stream), 256 * 1024);
  g_filter_output_stream_set_close_base_stream (G_FILTER_OUTPUT_STREAM (buffered), FALSE);
  sink.stream = buffered;
  if (write_stream (document, options, &sink, progress, user_data, n_pages, &write_error) &&
      g_output_stream_flush (buffered, cancellable, &write_error) &&
      g_output_stream_close (G_OUTPUT_STREAM (stream), cancellable, &write_error))
    return TRUE;

  g_clear_error (&sink.error);
  cchc_file_replace_abandon (file, stream, existed);
  cchc_file_explain_error (&write_error, file, TRUE);
  g_propagate_error (error, write_error);

  return FALSE;
}

static void
write_data_free (WriteData *data)
{
  cchc_document_unref (data->document);
  cchc_page_options_free (data->options);
  g_object_unref (data->file);
  g_free (data);
}

static void
write_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  WriteData *data = task_data;
  GError *error = NULL;
  guint n_pages = 0;

  if (cchc_pdf_write (data->document, data->options, data->file, data->progress,
                      data->user_data, &n_pages, cancellable, &error))
    g_task_return_int (task, n_pages);
  else
    g_task_return_error (task, error);
}

/**
 * cchc_pdf_write_async:
 * @progress: (nullable): called in the worker thread after each page
 *
 * Writes the PDF in a worker thread. @document must not change meanwhile;
 * documents never do once built.
 */
void
cchc_pdf_write_async (CchcDocument          *document,
                      const CchcPageOptions *options,
                      GFile                 *file,
                      CchcProgressFunc       progress,
                      gpointer               user_data,
                      GCancellable          *cancellable,
                      GAsyncReadyCallback    callback,
                      gpointer               callback_data)
{
  g_autoptr(GTask) task = NULL;
  WriteData *data;

  g_return_if_fail (document != NULL);
  g_return_if_fail (options != NULL);
  g_return_if_fail (G_IS_FILE (file));

  data = g_new0 (WriteData, 1);
  data->document = cchc_document_ref (document);
  data->options = cchc_page_options_copy (options);
  data->file = g_object_ref (file);
  data->progress = progress;
  data->user_data = user_data;

  task = g_task_new (NULL, cancellable, callback, callback_data);
  g_task_set_source_tag (task, cchc_pdf_write_async);
  g_task_set_task_data (task, data, (GDestroyNotify) write_data_free);
  g_task_run_in_thread (task, write_thread);
}

/**
 * cchc_pdf_write_finish:
 * @n_pages: (out) (optional): how many pages were written
 */
gboolean
cchc_pdf_write_finish (GAsyncResult  *result,
                       guint         *n_pages,
                       GError       **error)
{
  gssize pages;

  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);

  pages = g_task_propagate_int (G_TASK (result), error);
  if (pages < 0)
    return FALSE;

  if (n_pages != NULL)
    *n_pages = pages;

  return TRUE;
}
