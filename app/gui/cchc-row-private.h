/* cchc-row-private.h: what CchcRowRecycler does with its rows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cchc-row.h"

G_BEGIN_DECLS

CchcRow  *_cchc_row_new      (GObject *item);
void      _cchc_row_set_item (CchcRow *self,
                              GObject *item);
gboolean  _cchc_row_is_bound (CchcRow *self);

G_END_DECLS
