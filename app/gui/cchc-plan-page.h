/* cchc-plan-page.h: the details of a plan: its document fields and report periods
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "cchc-history.h"

G_BEGIN_DECLS

#define CCHC_TYPE_PLAN_PAGE (cchc_plan_page_get_type ())

G_DECLARE_FINAL_TYPE (CchcPlanPage, cchc_plan_page, CCHC, PLAN_PAGE, GtkWidget)

GtkWidget *cchc_plan_page_new      (CchcHistory *history);
CchcPlan  *cchc_plan_page_get_plan (CchcPlanPage *self);
void       cchc_plan_page_set_plan (CchcPlanPage *self,
                                    CchcPlan     *plan);

G_END_DECLS
