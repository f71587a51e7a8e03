/* cchc-unit.h: a unit that leads or cooperates on tasks ("đơn vị")
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cchc-record.h"

G_BEGIN_DECLS

#define CCHC_TYPE_UNIT (cchc_unit_get_type ())

G_DECLARE_FINAL_TYPE (CchcUnit, cchc_unit, CCHC, UNIT, CchcRecord)

CchcUnit     *cchc_unit_new      (const char   *name,
                                  CchcUnitKind  kind);
const char   *cchc_unit_get_name (CchcUnit     *self);
void          cchc_unit_set_name (CchcUnit     *self,
                                  const char   *name);
CchcUnitKind  cchc_unit_get_kind (CchcUnit     *self);
void          cchc_unit_set_kind (CchcUnit     *self,
                                  CchcUnitKind  kind);

G_END_DECLS
