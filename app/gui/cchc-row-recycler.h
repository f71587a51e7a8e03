/* cchc-row-recycler.h: a selection model whose rows pass their widgets on
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "cchc-row.h"

G_BEGIN_DECLS

#define CCHC_TYPE_ROW_RECYCLER (cchc_row_recycler_get_type ())

G_DECLARE_FINAL_TYPE (CchcRowRecycler, cchc_row_recycler, CCHC, ROW_RECYCLER, GObject)

CchcRowRecycler   *cchc_row_recycler_new          (GtkSelectionModel  *model);
GtkSelectionModel *cchc_row_recycler_get_model    (CchcRowRecycler    *self);

G_END_DECLS
