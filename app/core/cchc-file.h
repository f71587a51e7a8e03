/* cchc-file.h: files written whole or not at all, and what went wrong in words
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

GFileOutputStream *cchc_file_replace_begin    (GFile              *file,
                                               gboolean           *existed,
                                               GCancellable       *cancellable,
                                               GError            **error);
void               cchc_file_replace_abandon  (GFile              *file,
                                               GFileOutputStream  *stream,
                                               gboolean            existed);
gboolean           cchc_file_replace_contents (GFile              *file,
                                               const char         *contents,
                                               gsize               length,
                                               GError            **error);
void               cchc_file_explain_error    (GError            **error,
                                               GFile              *file,
                                               gboolean            writing);

G_END_DECLS
