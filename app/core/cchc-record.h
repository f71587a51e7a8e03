/* cchc-record.h: base class of every stored row
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cchc-types.h"

G_BEGIN_DECLS

#define CCHC_TYPE_RECORD (cchc_record_get_type ())

G_DECLARE_DERIVABLE_TYPE (CchcRecord, cchc_record, CCHC, RECORD, GObject)

struct _CchcRecordClass
{
  GObjectClass parent_class;
};

gint64      cchc_record_get_id     (CchcRecord *self);
const char *cchc_record_get_uuid   (CchcRecord *self);
void        cchc_record_set_uuid   (CchcRecord *self,
                                    const char *uuid);
gboolean    cchc_record_is_stored  (CchcRecord *self);
gpointer    cchc_record_dup_values (CchcRecord *self);
void        cchc_record_assign     (CchcRecord *self,
                                    CchcRecord *values);
gboolean    cchc_record_differs    (CchcRecord *self,
                                    CchcRecord *values);

G_END_DECLS
