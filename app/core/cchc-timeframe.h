/* cchc-timeframe.h: when a task is to be done ("thời gian thực hiện")
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cchc-types.h"

G_BEGIN_DECLS

#define CCHC_TYPE_TIMEFRAME (cchc_timeframe_get_type ())

/* Quarters are a bit mask: bit 0 is quarter I … bit 3 quarter IV. */
#define CCHC_QUARTER(n) (1u << ((n) - 1))
#define CCHC_QUARTERS_ALL 0xfu

GType              cchc_timeframe_get_type        (void) G_GNUC_CONST;
CchcTimeframe     *cchc_timeframe_new_full        (CchcTimeframeKind    kind,
                                                   guint                quarters,
                                                   int                  year,
                                                   const GDate         *date,
                                                   const char          *detail);
CchcTimeframe     *cchc_timeframe_new             (CchcTimeframeKind    kind);
CchcTimeframe     *cchc_timeframe_new_quarters    (guint                quarters,
                                                   int                  year);
CchcTimeframe     *cchc_timeframe_new_year        (int                  year);
CchcTimeframe     *cchc_timeframe_new_date        (const GDate         *date);
CchcTimeframe     *cchc_timeframe_new_text        (const char          *text);
CchcTimeframe     *cchc_timeframe_copy            (const CchcTimeframe *self);
void               cchc_timeframe_free            (CchcTimeframe       *self);
gboolean           cchc_timeframe_equal           (const CchcTimeframe *a,
                                                   const CchcTimeframe *b);
CchcTimeframeKind  cchc_timeframe_get_kind        (const CchcTimeframe *self);
guint              cchc_timeframe_get_quarters    (const CchcTimeframe *self);
int                cchc_timeframe_get_year        (const CchcTimeframe *self);
const GDate       *cchc_timeframe_get_date        (const CchcTimeframe *self);
const char        *cchc_timeframe_get_detail      (const CchcTimeframe *self);
void               cchc_timeframe_set_detail      (CchcTimeframe       *self,
                                                   const char          *detail);
char              *cchc_timeframe_to_string       (const CchcTimeframe *self);
gboolean           cchc_timeframe_get_due_date    (const CchcTimeframe *self,
                                                   GDate               *due_date);
CchcTimeframe     *cchc_timeframe_shift_years     (const CchcTimeframe *self,
                                                   int                  years);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CchcTimeframe, cchc_timeframe_free)

G_END_DECLS
