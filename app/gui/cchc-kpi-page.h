/* cchc-kpi-page.h: the plan's KPIs ("chỉ tiêu")
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cchc-list-page.h"

G_BEGIN_DECLS

#define CCHC_TYPE_KPI_PAGE (cchc_kpi_page_get_type ())

G_DECLARE_FINAL_TYPE (CchcKpiPage, cchc_kpi_page, CCHC, KPI_PAGE, CchcListPage)

GtkWidget *cchc_kpi_page_new (CchcHistory *history);

G_END_DECLS
