/* cchc-row.h: a row of a CchcRowRecycler, and the item it shows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define CCHC_TYPE_ROW (cchc_row_get_type ())

G_DECLARE_FINAL_TYPE (CchcRow, cchc_row, CCHC, ROW, GObject)

gpointer cchc_row_get_item   (CchcRow *self);
guint    cchc_row_get_serial (CchcRow *self);
void     cchc_row_bind       (CchcRow *self);
void     cchc_row_unbind     (CchcRow *self);

G_END_DECLS
