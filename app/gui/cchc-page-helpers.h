/* cchc-page-helpers.h: editor windows, form fields
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Editors */
void       cchc_editor_setup       (GtkWindow   *editor,
                                    GtkWidget   *save_button);
gboolean   cchc_editor_ask_before_closing (GtkWindow *editor,
                                           GtkWidget *save_button,
                                           gboolean   changed);
void       cchc_editor_present     (GtkWindow   *editor,
                                    GtkWidget   *page);
GtkWindow *cchc_small_editor_new   (GtkWidget   *page,
                                    const char  *title,
                                    GtkWidget   *content,
                                    GtkWidget  **save_button);

/* Form fields */
GtkWidget *cchc_form_label_new     (const char  *mnemonic,
                                    GtkWidget   *field);
char      *cchc_text_view_dup_text (GtkTextView *text_view);
void       cchc_text_view_set_text (GtkTextView *text_view,
                                    const char  *text);
void       cchc_editable_set_text  (GtkEditable *editable,
                                    const char  *text);
void       cchc_spin_button_set_value (GtkSpinButton *spin,
                                       double         value);
gboolean   cchc_check_required     (GtkWidget   *widget,
                                    const char  *text);
void       cchc_widget_set_invalid (GtkWidget   *widget,
                                    gboolean     invalid);

G_END_DECLS
