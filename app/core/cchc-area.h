/* cchc-area.h: a section of the plan's table ("lĩnh vực / nội dung CCHC")
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cchc-record.h"

G_BEGIN_DECLS

#define CCHC_TYPE_AREA (cchc_area_get_type ())

G_DECLARE_FINAL_TYPE (CchcArea, cchc_area, CCHC, AREA, CchcRecord)

CchcArea   *cchc_area_new           (void);
const char *cchc_area_get_number    (CchcArea   *self);
const char *cchc_area_get_title     (CchcArea   *self);
void        cchc_area_set_title     (CchcArea   *self,
                                     const char *title);
const char *cchc_area_get_heading   (CchcArea   *self);
void        cchc_area_set_heading   (CchcArea   *self,
                                     const char *heading);
const char *cchc_area_get_narrative (CchcArea   *self);
void        cchc_area_set_narrative (CchcArea   *self,
                                     const char *narrative);

G_END_DECLS
