/* cchc-activity.h: a propaganda activity of the plan ("hoạt động tuyên truyền")
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cchc-record.h"

G_BEGIN_DECLS

#define CCHC_TYPE_ACTIVITY (cchc_activity_get_type ())

G_DECLARE_FINAL_TYPE (CchcActivity, cchc_activity, CCHC, ACTIVITY, CchcRecord)

const char       *cchc_activity_kind_get_label         (CchcActivityKind  kind);

CchcActivity     *cchc_activity_new                    (void);
CchcActivityKind  cchc_activity_get_kind               (CchcActivity     *self);
void              cchc_activity_set_kind               (CchcActivity     *self,
                                                        CchcActivityKind  kind);
const char       *cchc_activity_get_description        (CchcActivity     *self);
void              cchc_activity_set_description        (CchcActivity     *self,
                                                        const char       *description);
guint             cchc_activity_get_quantity           (CchcActivity     *self);
void              cchc_activity_set_quantity           (CchcActivity     *self,
                                                        guint             quantity);
const char       *cchc_activity_get_quantity_unit      (CchcActivity     *self);
void              cchc_activity_set_quantity_unit      (CchcActivity     *self,
                                                        const char       *quantity_unit);
const char       *cchc_activity_get_size               (CchcActivity     *self);
void              cchc_activity_set_size               (CchcActivity     *self,
                                                        const char       *size);
const char       *cchc_activity_get_place              (CchcActivity     *self);
void              cchc_activity_set_place              (CchcActivity     *self,
                                                        const char       *place);
CchcUnit         *cchc_activity_get_responsible_unit   (CchcActivity     *self);
void              cchc_activity_set_responsible_unit   (CchcActivity     *self,
                                                        CchcUnit         *responsible_unit);
const char       *cchc_activity_get_occasions          (CchcActivity     *self);
void              cchc_activity_set_occasions          (CchcActivity     *self,
                                                        const char       *occasions);
const char       *cchc_activity_get_audience           (CchcActivity     *self);
void              cchc_activity_set_audience           (CchcActivity     *self,
                                                        const char       *audience);

G_END_DECLS
