/* cchc-task-editor.h: the dialog that adds or edits one task
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "cchc-record-editor.h"

G_BEGIN_DECLS

#define CCHC_TYPE_TASK_EDITOR (cchc_task_editor_get_type ())

G_DECLARE_FINAL_TYPE (CchcTaskEditor, cchc_task_editor, CCHC, TASK_EDITOR, CchcRecordEditor)

GtkWidget *cchc_task_editor_new            (CchcHistory    *history,
                                            CchcPlan       *plan,
                                            CchcArea       *area,
                                            CchcTask       *task,
                                            guint           position);
CchcTask  *cchc_task_editor_get_task       (CchcTaskEditor *self);
gboolean   cchc_task_editor_get_can_save   (CchcTaskEditor *self);
GtkWidget *cchc_task_editor_get_field      (CchcTaskEditor *self,
                                            const char     *name);
GtkWidget *cchc_task_editor_get_unit_check (CchcTaskEditor *self,
                                            CchcUnit       *unit);

G_END_DECLS
