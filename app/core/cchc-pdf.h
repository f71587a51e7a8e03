/* cchc-pdf.h: a document written as a PDF file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "cchc-document.h"
#include "cchc-page-options.h"

G_BEGIN_DECLS

/**
 * CchcProgressFunc:
 * @fraction: how much is done, from 0 to 1
 * @n_pages: how many pages are written so far
 *
 * Called from the thread that writes the file.
 */
typedef void (*CchcProgressFunc) (double   fraction,
                                  guint    n_pages,
                                  gpointer user_data);

gboolean cchc_pdf_write        (CchcDocument           *document,
                                const CchcPageOptions  *options,
                                GFile                  *file,
                                CchcProgressFunc        progress,
                                gpointer                user_data,
                                guint                  *n_pages,
                                GCancellable           *cancellable,
                                GError                **error);
void     cchc_pdf_write_async  (CchcDocument           *document,
                                const CchcPageOptions  *options,
                                GFile                  *file,
                                CchcProgressFunc        progress,
                                gpointer                user_data,
                                GCancellable           *cancellable,
                                GAsyncReadyCallback     callback,
                                gpointer                callback_data);
gboolean cchc_pdf_write_finish (GAsyncResult           *result,
                                guint                  *n_pages,
                                GError                **error);

G_END_DECLS
