/* cchc-page-setup-dialog.h: paper, margins, font and column widths of printing
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "cchc-page-options.h"

G_BEGIN_DECLS

#define CCHC_TYPE_PAGE_SETUP_DIALOG (cchc_page_setup_dialog_get_type ())

G_DECLARE_FINAL_TYPE (CchcPageSetupDialog, cchc_page_setup_dialog, CCHC, PAGE_SETUP_DIALOG,
                      GtkWindow)

GtkWidget       *cchc_page_setup_dialog_new (GtkWindow             *parent,
                                             GSettings             *settings);

CchcPageOptions *cchc_load_page_options     (GSettings             *settings);
void             cchc_save_page_options     (GSettings             *settings,
                                             const CchcPageOptions *options);

G_END_DECLS
