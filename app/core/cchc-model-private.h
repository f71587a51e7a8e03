/* cchc-model-private.h: what only the store may change on model objects, and
 * the date format that the store and the plan files share
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
char    *_cchc_date_to_iso        (const GDate *date);
gboolean _cchc_date_from_iso      (const char  *text,
                                   GDate       *date);

G_END_DECLS
