/* cchc-unit-page.h: the units of the database ("đơn vị")
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "cchc-history.h"

G_BEGIN_DECLS

#define CCHC_TYPE_UNIT_PAGE (cchc_unit_page_get_type ())

G_DECLARE_FINAL_TYPE (CchcUnitPage, cchc_unit_page, CCHC, UNIT_PAGE, GtkWidget)

GtkWidget *cchc_unit_page_new      (CchcHistory *history);
CchcPlan  *cchc_unit_page_get_plan (CchcUnitPage *self);
void       cchc_unit_page_set_plan (CchcUnitPage *self,
                                    CchcPlan     *plan);

G_END_DECLS
