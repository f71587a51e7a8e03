/* cchc-task-page.h: the plan's implementation table ("nhiệm vụ"), grouped by area
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "cchc-list-page.h"

G_BEGIN_DECLS

#define CCHC_TYPE_TASK_PAGE (cchc_task_page_get_type ())

G_DECLARE_FINAL_TYPE (CchcTaskPage, cchc_task_page, CCHC, TASK_PAGE, CchcListPage)

GtkWidget          *cchc_task_page_new            (CchcHistory  *history);
CchcHistory        *cchc_task_page_get_history    (CchcTaskPage *self);
CchcPlan           *cchc_task_page_get_plan       (CchcTaskPage *self);
void                cchc_task_page_set_plan       (CchcTaskPage *self,
                                                   CchcPlan     *plan);
GtkSelectionModel  *cchc_task_page_get_rows       (CchcTaskPage *self);
GtkColumnView      *cchc_task_page_get_column_view (CchcTaskPage *self);
GtkWidget          *cchc_task_page_get_widget     (CchcTaskPage *self,
                                                   const char   *name);

G_END_DECLS
