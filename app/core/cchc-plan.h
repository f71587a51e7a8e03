/* cchc-plan.h: an agency's administrative reform plan for a year ("kế hoạch")
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cchc-record.h"

G_BEGIN_DECLS

#define CCHC_TYPE_PLAN (cchc_plan_get_type ())

G_DECLARE_FINAL_TYPE (CchcPlan, cchc_plan, CCHC, PLAN, CchcRecord)

CchcPlan           *cchc_plan_new                  (void);
int                 cchc_plan_get_year             (CchcPlan           *self);
void                cchc_plan_set_year             (CchcPlan           *self,
                                                    int                 year);
const char         *cchc_plan_get_number           (CchcPlan           *self);
void                cchc_plan_set_number           (CchcPlan           *self,
                                                    const char         *number);
const char         *cchc_plan_get_place            (CchcPlan           *self);
void                cchc_plan_set_place            (CchcPlan           *self,
                                                    const char         *place);
const GDate        *cchc_plan_get_date             (CchcPlan           *self);
void                cchc_plan_set_date             (CchcPlan           *self,
                                                    const GDate        *date);
const char         *cchc_plan_get_title            (CchcPlan           *self);
char               *cchc_plan_dup_title_for_year   (CchcPlan           *self,
                                                    int                 year);
void                cchc_plan_set_title            (CchcPlan           *self,
                                                    const char         *title);
const char         *cchc_plan_get_agency           (CchcPlan           *self);
void                cchc_plan_set_agency           (CchcPlan           *self,
                                                    const char         *agency);
const char         *cchc_plan_get_parent_agency    (CchcPlan           *self);
void                cchc_plan_set_parent_agency    (CchcPlan           *self,
                                                    const char         *parent_agency);
const char         *cchc_plan_get_signer_title     (CchcPlan           *self);
void                cchc_plan_set_signer_title     (CchcPlan           *self,
                                                    const char         *signer_title);
const char         *cchc_plan_get_signer_name      (CchcPlan           *self);
void                cchc_plan_set_signer_name      (CchcPlan           *self,
                                                    const char         *signer_name);
const char * const *cchc_plan_get_bases            (CchcPlan           *self);
void                cchc_plan_set_bases            (CchcPlan           *self,
                                                    const char * const *bases);
const char * const *cchc_plan_get_objectives       (CchcPlan           *self);
void                cchc_plan_set_objectives       (CchcPlan           *self,
                                                    const char * const *objectives);
const char * const *cchc_plan_get_directives       (CchcPlan           *self);
void                cchc_plan_set_directives       (CchcPlan           *self,
                                                    const char * const *directives);
const char * const *cchc_plan_get_propaganda       (CchcPlan           *self);
void                cchc_plan_set_propaganda       (CchcPlan           *self,
                                                    const char * const *propaganda);
const char * const *cchc_plan_get_responsibilities (CchcPlan           *self);
void                cchc_plan_set_responsibilities (CchcPlan           *self,
                                                    const char * const *responsibilities);
const char * const *cchc_plan_get_recipients       (CchcPlan           *self);
void                cchc_plan_set_recipients       (CchcPlan           *self,
                                                    const char * const *recipients);

G_END_DECLS
