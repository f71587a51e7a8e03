/* cchc-activity-page.h: the plan's propaganda activities ("hoạt động tuyên truyền")
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cchc-list-page.h"

G_BEGIN_DECLS

#define CCHC_TYPE_ACTIVITY_PAGE (cchc_activity_page_get_type ())

G_DECLARE_FINAL_TYPE (CchcActivityPage, cchc_activity_page, CCHC, ACTIVITY_PAGE, CchcListPage)

GtkWidget *cchc_activity_page_new (CchcHistory *history);

G_END_DECLS
