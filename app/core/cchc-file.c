/* cchc-file.c: files written whole or not at all, and what went wrong in words
 *
 * Exports replace a file through g_file_replace(): the new text goes to a
 * temporary file beside the old one, which is replaced only once the last
 * byte is in; a read-only file is refused and a symbolic link is written
 * through, not replaced. A new file that cannot be finished is deleted
 * again, so that no half-written file looks like a good one in the folder.
 *
 * The errors of GLib and of the system name the temporary files, and keep
 * the system's English wherever its catalogues lack a message: the user is
 * told in the application's own words what happened to which file.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "cchc-file.h"

/**
 * cchc_file_replace_begin:
 * @existed: (out): whether @file was there before, for
 *   cchc_file_replace_abandon()
 *
 * Opens @file to be replaced once the stream is closed.
 *
 * Returns: (transfer full) (nullable): the stream, or %NULL with @error
 *   said in words (cchc_file_explain_error())
 */
GFileOutputStream *
cchc_file_replace_begin (GFile         *file,
                         gboolean      *existed,
                         GCancellable  *cancellable,
                         GError       **error)
{
  GFileOutputStream *stream;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  *existed = g_file_query_exists (file, NULL);
  stream = g_file_replace (file, NULL, FALSE, G_FILE_CREATE_NONE, cancellable, error);
  if (stream == NULL)
    cchc_file_explain_error (error, file, TRUE);

  return stream;
}

/**
 * cchc_file_replace_abandon:
 * @stream: a stream of cchc_file_replace_begin(), not closed yet
 * @existed: what cchc_file_replace_begin() said
 *
 * Drops what was written: an older file stays as it was, a new one goes.
 */
void
cchc_file_replace_abandon (GFile             *file,
                           GFileOutputStream *stream,
                           gboolean           existed)
{
  g_autoptr(GCancellable) cancelled = g_cancellable_new ();

  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (G_IS_FILE_OUTPUT_STREAM (stream));

  /* Closing with a cancelled cancellable drops the temporary file. */
  g_cancellable_cancel (cancelled);
  g_output_stream_close (G_OUTPUT_STREAM (stream), cancelled, NULL);
  if (!existed)
    g_file_delete (file, NULL, NULL);
}

/**
 * cchc_file_replace_contents:
 *
 * Replaces @file with @contents, whole or not at all.
 *
 * Returns: whether @file now holds @contents
 */
gboolean
cchc_file_replace_contents (GFile       *file,
                            const char  *contents,
                            gsize        length,
                            GError     **error)
{
  g_autoptr(GFileOutputStream) stream = NULL;
  gboolean existed;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  stream = cchc_file_replace_begin (file, &existed, NULL, error);
  if (stream == NULL)
    return FALSE;

  if (g_output_stream_write_all (G_OUTPUT_STREAM (stream), contents, length, NULL, NULL,
                                 error) &&
      g_output_stream_close (G_OUTPUT_STREAM (stream), NULL, error))
    return TRUE;

  cchc_file_replace_abandon (file, stream, existed);
  cchc_file_explain_error (error, file, TRUE);

  return FALSE;
}

/* What the error of GIO or of the GLib file functions is, as a GIO error
 * code. */
static GIOErrorEnum
get_io_code (const GError *error)
{
  if (error->domain == G_IO_ERROR)
    return error->code;
  if (error->domain == G_FILE_ERROR)
    return g_io_error_from_file_error (error->code);

  return G_IO_ERROR_FAILED;
}

static gboolean
parent_exists (GFile *file)
{
  g_autoptr(GFile) parent = g_file_get_parent (file);

  return parent != NULL && g_file_query_exists (parent, NULL);
}

/**
 * cchc_file_explain_error:
 * @error: (inout) (optional) (nullable): an error of GIO or of the GLib
 *   file functions about @file, or none
 * @writing: whether @file was being written (else read)
 *
 * Says what went wrong with @file in the application's words, naming the
 * file and not its temporary copy; the domain and the code stay.
 */
void
cchc_file_explain_error (GError  **error,
                         GFile    *file,
                         gboolean  writing)
{
  g_autofree char *path = NULL;
  g_autofree char *name = NULL;
  char *message;

  g_return_if_fail (G_IS_FILE (file));

  if (error == NULL || *error == NULL ||
      ((*error)->domain != G_IO_ERROR && (*error)->domain != G_FILE_ERROR) ||
      g_error_matches (*error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  path = g_file_get_path (file);
  name = path != NULL ? g_filename_display_basename (path) : g_file_get_parse_name (file);

  switch (get_io_code (*error))
    {
    case G_IO_ERROR_NOT_FOUND:
      if (!writing)
        message = g_strdup_printf (_("The file “%s” does not exist."), name);
      else if (!parent_exists (file))
        message = g_strdup_printf (_("The folder for “%s” does not exist."), name);
      else
        message = g_strdup_printf (_("“%s” cannot be made in that folder."), name);
      break;

    case G_IO_ERROR_PERMISSION_DENIED:
      message = writing
                ? g_strdup_printf (_("“%s” may not be written: the file or its folder is "
                                     "read-only or belongs to someone else."), name)
                : g_strdup_printf (_("“%s” may not be read: it belongs to someone else."),
                                   name);
      break;

    case G_IO_ERROR_NO_SPACE:
      message = g_strdup_printf (_("The disk is full: “%s” could not be written."), name);
      break;

    case G_IO_ERROR_IS_DIRECTORY:
      message = g_strdup_printf (_("“%s” is a folder, not a file."), name);
      break;

    case G_IO_ERROR_NOT_REGULAR_FILE:
      message = g_strdup_printf (_("“%s” is not a file."), name);
      break;

    case G_IO_ERROR_NOT_DIRECTORY:
      message = g_strdup_printf (_("A folder on the way to “%s” is a file."), name);
      break;

    case G_IO_ERROR_FILENAME_TOO_LONG:
      message = g_strdup_printf (_("The name “%s” is too long for the disk."), name);
      break;

    case G_IO_ERROR_READ_ONLY:
      message = g_strdup_printf (_("“%s” is on a disk that cannot be written."), name);
      break;

    default:
      message = writing
                ? g_strdup_printf (_("“%s” could not be written: %s"), name, (*error)->message)
                : g_strdup_printf (_("“%s” could not be read: %s"), name, (*error)->message);
      break;
    }

  g_free ((*error)->message);
  (*error)->message = message;
}
