/* ui-helpers.h: what the UI tests share: the main loop, finding widgets,
 * screenshots
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void       run_main_loop     (guint       msec);
void       wait_until_mapped (GtkWidget  *widget);
void       remove_tree       (const char *dir);
GtkWidget *find_widget       (GtkWidget  *widget,
                              GType       type);
void       save_screenshot   (GtkWidget  *widget,
                              const char *name);

G_END_DECLS
