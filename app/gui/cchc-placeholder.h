/* cchc-placeholder.h: what an empty list or table shows in its place
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define CCHC_TYPE_PLACEHOLDER (cchc_placeholder_get_type ())

G_DECLARE_FINAL_TYPE (CchcPlaceholder, cchc_placeholder, CCHC, PLACEHOLDER, GtkWidget)

void cchc_placeholder_set_icon_name   (CchcPlaceholder *self,
                                       const char      *icon_name);
void cchc_placeholder_set_title       (CchcPlaceholder *self,
                                       const char      *title);
void cchc_placeholder_set_description (CchcPlaceholder *self,
                                       const char      *description);

G_END_DECLS
