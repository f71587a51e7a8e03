/* cchc-window-private.h: what the window's files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cchc-window.h"

G_BEGIN_DECLS

GSettings *_cchc_window_get_settings           (CchcWindow     *self);
void       _cchc_window_class_add_exchange_actions (GtkWidgetClass *widget_class);
void       _cchc_window_class_add_print_actions (GtkWidgetClass *widget_class);
void       _cchc_window_update_print_actions    (CchcWindow     *self);

G_END_DECLS
