/* cchc-kpi.h: a target the plan sets ("chỉ tiêu")
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cchc-record.h"

G_BEGIN_DECLS

#define CCHC_TYPE_KPI (cchc_kpi_get_type ())

G_DECLARE_FINAL_TYPE (CchcKpi, cchc_kpi, CCHC, KPI, CchcRecord)

CchcKpi        *cchc_kpi_new             (void);
const char     *cchc_kpi_get_text        (CchcKpi        *self);
void            cchc_kpi_set_text        (CchcKpi        *self,
                                          const char     *text);
CchcComparator  cchc_kpi_get_comparator  (CchcKpi        *self);
void            cchc_kpi_set_comparator  (CchcKpi        *self,
                                          CchcComparator  comparator);
double          cchc_kpi_get_target      (CchcKpi        *self);
void            cchc_kpi_set_target      (CchcKpi        *self,
                                          double          target);
const char     *cchc_kpi_get_target_unit (CchcKpi        *self);
void            cchc_kpi_set_target_unit (CchcKpi        *self,
                                          const char     *target_unit);
char           *cchc_kpi_format_target   (CchcKpi        *self);

G_END_DECLS
