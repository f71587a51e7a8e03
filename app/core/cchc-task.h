/* cchc-task.h: a row of the plan's implementation table ("nhiệm vụ")
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cchc-record.h"

G_BEGIN_DECLS

#define CCHC_TYPE_TASK (cchc_task_get_type ())

G_DECLARE_FINAL_TYPE (CchcTask, cchc_task, CCHC, TASK, CchcRecord)

CchcTask            *cchc_task_new                   (void);
const char          *cchc_task_get_number            (CchcTask            *self);
gboolean             cchc_task_get_numbered          (CchcTask            *self);
void                 cchc_task_set_numbered          (CchcTask            *self,
                                                      gboolean             numbered);
const char          *cchc_task_get_text              (CchcTask            *self);
void                 cchc_task_set_text              (CchcTask            *self,
                                                      const char          *text);
const char          *cchc_task_get_product           (CchcTask            *self);
void                 cchc_task_set_product           (CchcTask            *self,
                                                      const char          *product);
CchcUnit            *cchc_task_get_lead_unit         (CchcTask            *self);
void                 cchc_task_set_lead_unit         (CchcTask            *self,
                                                      CchcUnit            *lead_unit);
GPtrArray           *cchc_task_get_cooperating_units (CchcTask            *self);
void                 cchc_task_set_cooperating_units (CchcTask            *self,
                                                      GPtrArray           *units);
const CchcTimeframe *cchc_task_get_timeframe         (CchcTask            *self);
char                *cchc_task_dup_cooperating_names (CchcTask            *self,
                                                      const char          *separator);
void                 cchc_task_set_timeframe         (CchcTask            *self,
                                                      const CchcTimeframe *timeframe);

G_END_DECLS
