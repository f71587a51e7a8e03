/* cchc-new-plan-dialog.h: a new plan, blank or copied from another year's
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "cchc-history.h"

G_BEGIN_DECLS

#define CCHC_TYPE_NEW_PLAN_DIALOG (cchc_new_plan_dialog_get_type ())

G_DECLARE_FINAL_TYPE (CchcNewPlanDialog, cchc_new_plan_dialog, CCHC, NEW_PLAN_DIALOG, GtkWindow)

GtkWidget *cchc_new_plan_dialog_new (GtkWindow   *parent,
                                     CchcHistory *history,
                                     CchcPlan    *source);

G_END_DECLS
