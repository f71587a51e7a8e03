/* cchc-window.h: the main window: plan selector, primary menu, content
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "cchc-history.h"

G_BEGIN_DECLS

#define CCHC_TYPE_WINDOW (cchc_window_get_type ())

G_DECLARE_FINAL_TYPE (CchcWindow, cchc_window, CCHC, WINDOW, GtkApplicationWindow)

CchcWindow *cchc_window_new                   (GtkApplication *application,
                                               CchcStore      *store);
CchcStore  *cchc_window_get_store             (CchcWindow     *self);
CchcHistory *cchc_window_get_history          (CchcWindow     *self);
CchcPlan   *cchc_window_get_selected_plan     (CchcWindow     *self);
void        cchc_window_select_plan           (CchcWindow     *self,
                                               CchcPlan       *plan);
const char *cchc_window_get_visible_page_name (CchcWindow     *self);
void        cchc_window_import_file           (CchcWindow     *self,
                                               GFile          *file);
void        cchc_window_export_file           (CchcWindow     *self,
                                               GFile          *file,
                                               const char     *format);

G_END_DECLS
