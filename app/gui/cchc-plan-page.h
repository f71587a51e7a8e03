/* cchc-plan-page.h: the details of a plan: its document fields and report periods
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cchc-list-page.h"

G_BEGIN_DECLS

#define CCHC_TYPE_PLAN_PAGE (cchc_plan_page_get_type ())

G_DECLARE_FINAL_TYPE (CchcPlanPage, cchc_plan_page, CCHC, PLAN_PAGE, CchcListPage)

GtkWidget *cchc_plan_page_new          (CchcHistory  *history);
gboolean   cchc_plan_page_get_modified (CchcPlanPage *self);
gboolean   cchc_plan_page_get_can_save (CchcPlanPage *self);
gboolean   cchc_plan_page_save         (CchcPlanPage *self);
void       cchc_plan_page_revert       (CchcPlanPage *self);

G_END_DECLS
