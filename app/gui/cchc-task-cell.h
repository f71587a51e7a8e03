/* cchc-task-cell.h: the text of one cell of the task table
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define CCHC_TYPE_TASK_CELL (cchc_task_cell_get_type ())

G_DECLARE_FINAL_TYPE (CchcTaskCell, cchc_task_cell, CCHC, TASK_CELL, GtkWidget)

GtkWidget    *cchc_task_cell_new               (int             width_chars,
                                                int             max_width_chars);
const char   *cchc_task_cell_get_text          (CchcTaskCell   *self);
void          cchc_task_cell_set_text          (CchcTaskCell   *self,
                                                const char     *text);
void          cchc_task_cell_set_bold          (CchcTaskCell   *self,
                                                gboolean        bold);

G_END_DECLS
