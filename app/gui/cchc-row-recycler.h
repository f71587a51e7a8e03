/* cchc-row-recycler.h: a selection model whose rows pass their widgets on
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define CCHC_TYPE_ROW (cchc_row_get_type ())

G_DECLARE_FINAL_TYPE (CchcRow, cchc_row, CCHC, ROW, GObject)

gpointer           cchc_row_get_item              (CchcRow            *self);
guint              cchc_row_get_serial            (CchcRow            *self);
void               cchc_row_bind                  (CchcRow            *self);
void               cchc_row_unbind                (CchcRow            *self);

#define CCHC_TYPE_ROW_RECYCLER (cchc_row_recycler_get_type ())

G_DECLARE_FINAL_TYPE (CchcRowRecycler, cchc_row_recycler, CCHC, ROW_RECYCLER, GObject)

CchcRowRecycler   *cchc_row_recycler_new          (GtkSelectionModel  *model);
GtkSelectionModel *cchc_row_recycler_get_model    (CchcRowRecycler    *self);

G_END_DECLS
