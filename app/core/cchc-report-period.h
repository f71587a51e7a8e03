/* cchc-report-period.h: a periodic report the plan asks for ("kỳ báo cáo")
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cchc-record.h"

G_BEGIN_DECLS

#define CCHC_TYPE_REPORT_PERIOD (cchc_report_period_get_type ())

G_DECLARE_FINAL_TYPE (CchcReportPeriod, cchc_report_period, CCHC, REPORT_PERIOD, CchcRecord)

const char       *cchc_period_kind_get_label          (CchcPeriodKind    kind);
const char       *cchc_period_kind_get_document_label (CchcPeriodKind    kind);

CchcReportPeriod *cchc_report_period_new              (void);
CchcPeriodKind    cchc_report_period_get_kind         (CchcReportPeriod *self);
void              cchc_report_period_set_kind         (CchcReportPeriod *self,
                                                       CchcPeriodKind    kind);
const GDate      *cchc_report_period_get_due_date     (CchcReportPeriod *self);
void              cchc_report_period_set_due_date     (CchcReportPeriod *self,
                                                       const GDate      *due_date);

G_END_DECLS
