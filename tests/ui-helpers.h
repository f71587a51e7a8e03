/* ui-helpers.h: what the UI tests share: set-up, the main loop, finding
 * widgets and strings, screenshots
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void       init_ui_tests           (int                  *argc,
                                    char               ***argv);

void       run_main_loop           (guint                 msec);
void       wait_until_mapped       (GtkWidget            *widget);
void       wait_for_frames         (GtkWidget            *widget);
void       remove_tree             (const char           *dir);

GtkWidget *find_widget             (GtkWidget            *widget,
                                    GType                 type);
GtkLabel  *find_shown_label        (GtkWidget            *widget,
                                    const char           *text,
                                    gboolean              prefix);
GtkWindow *find_window             (GType                 type,
                                    const char           *title);
GtkWindow *wait_for_window         (GType                 type,
                                    const char           *title);
GtkDialog *wait_for_message_dialog (char                **text,
                                    char                **secondary);
GtkDialog *close_for_question      (GtkWindow            *editor,
                                    char                **text,
                                    char                **secondary);
void       collect_ui_strings      (GtkWidget            *widget,
                                    GPtrArray            *strings);
void       assert_none_shown       (GtkWidget            *widget,
                                    const char * const   *strings,
                                    gsize                 n_strings);

GtkShortcut *find_shortcut         (GtkWidget            *widget,
                                    const char           *trigger,
                                    gboolean              named);
void       press_shortcut          (GtkWidget            *widget,
                                    const char           *trigger);
gboolean   press_at_focus          (GtkWindow            *window,
                                    const char           *trigger);
void       press_tab               (GtkWindow            *window,
                                    gboolean              backward);
void       assert_bound            (GtkWidget            *widget,
                                    const char           *trigger,
                                    const char           *action);

void       save_screenshot         (GtkWidget            *widget,
                                    const char           *name);

G_END_DECLS
