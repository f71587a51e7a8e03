/* cchc-model-private.h: what only the store may change on model objects
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cchc-types.h"

G_BEGIN_DECLS

void   _cchc_record_set_id        (CchcRecord *self,
                                   gint64      id);
gint64 _cchc_record_get_parent_id (CchcRecord *self);
void   _cchc_record_set_parent_id (CchcRecord *self,
                                   gint64      parent_id);
void   _cchc_area_set_number      (CchcArea   *self,
                                   const char *number);
void   _cchc_task_set_number      (CchcTask   *self,
                                   const char *number);

gboolean _cchc_set_string         (char       **field,
                                   const char  *value);
gboolean _cchc_date_equal         (const GDate *a,
                                   const GDate *b);

G_END_DECLS
