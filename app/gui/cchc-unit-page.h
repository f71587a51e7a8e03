/* cchc-unit-page.h: the units of the database ("đơn vị")
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cchc-list-page.h"

G_BEGIN_DECLS

#define CCHC_TYPE_UNIT_PAGE (cchc_unit_page_get_type ())

G_DECLARE_FINAL_TYPE (CchcUnitPage, cchc_unit_page, CCHC, UNIT_PAGE, CchcListPage)

GtkWidget *cchc_unit_page_new (CchcHistory *history);

G_END_DECLS
