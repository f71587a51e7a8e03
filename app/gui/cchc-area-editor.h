/* cchc-area-editor.h: the window that adds an area to a plan or renames one
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "cchc-record-editor.h"

G_BEGIN_DECLS

#define CCHC_TYPE_AREA_EDITOR (cchc_area_editor_get_type ())

G_DECLARE_FINAL_TYPE (CchcAreaEditor, cchc_area_editor, CCHC, AREA_EDITOR, CchcRecordEditor)

GtkWidget *cchc_area_editor_new       (CchcHistory    *history,
                                       CchcPlan       *plan,
                                       CchcArea       *area,
                                       guint           position);
GtkWidget *cchc_area_editor_get_field (CchcAreaEditor *self,
                                       const char     *name);

G_END_DECLS
