/* cchc-activity-page.h: the plan's propaganda activities ("hoạt động tuyên truyền")
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "cchc-history.h"

G_BEGIN_DECLS

#define CCHC_TYPE_ACTIVITY_PAGE (cchc_activity_page_get_type ())

G_DECLARE_FINAL_TYPE (CchcActivityPage, cchc_activity_page, CCHC, ACTIVITY_PAGE, GtkWidget)

GtkWidget *cchc_activity_page_new      (CchcHistory *history);
CchcPlan  *cchc_activity_page_get_plan (CchcActivityPage *self);
void       cchc_activity_page_set_plan (CchcActivityPage *self,
                                        CchcPlan         *plan);

G_END_DECLS
