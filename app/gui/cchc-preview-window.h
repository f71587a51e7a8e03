/* cchc-preview-window.h: the print preview, drawn by the printing code itself
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "cchc-store.h"

G_BEGIN_DECLS

#define CCHC_TYPE_PREVIEW_WINDOW (cchc_preview_window_get_type ())

G_DECLARE_FINAL_TYPE (CchcPreviewWindow, cchc_preview_window, CCHC, PREVIEW_WINDOW, GtkWindow)

GtkWidget *cchc_preview_window_new          (GtkWindow         *parent,
                                             CchcStore         *store,
                                             CchcPlan          *plan,
                                             GSettings         *settings);
guint      cchc_preview_window_get_n_pages  (CchcPreviewWindow *self);
gboolean   cchc_preview_window_is_laid_out  (CchcPreviewWindow *self);

G_END_DECLS
