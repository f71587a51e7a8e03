/* cchc-gui-utils.h: small helpers the pages and editors share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void      cchc_show_error  (GtkWidget    *parent,
                            const char   *primary,
                            const GError *error);
GtkDialog *cchc_question_new (GtkWindow  *parent,
                              const char *primary,
                              const char *secondary);

/* The answers of cchc_save_question_new() besides Cancel */
enum {
  CCHC_RESPONSE_DISCARD = 1,
  CCHC_RESPONSE_SAVE,
};

GtkDialog *cchc_save_question_new (GtkWindow  *parent,
                                   const char *primary,
                                   gboolean    can_save,
                                   const char *cannot_save);
char     *cchc_format_date (const GDate  *date);
gboolean  cchc_parse_date  (const char   *text,
                            GDate        *date);
const char *cchc_date_problem (const char *text);

GSettings *cchc_settings_new_if_installed (void);
void       cchc_install_style             (void);

GtkWidget *cchc_widget_find_descendant (GtkWidget     *widget,
                                        GType          type);
void       cchc_widget_tab_out         (GtkWidget     *widget);
void       cchc_search_entry_set_down  (GtkSearchEntry  *entry,
                                        GtkShortcutFunc  func,
                                        gpointer         data);
gboolean   cchc_widget_focus_first     (GtkWidget     *widget);
void       cchc_widget_commit_spin_buttons (GtkWidget *widget);
void       cchc_window_drop_focus_on_hide  (GtkWindow *window);
void       cchc_spin_button_setup_number   (GtkSpinButton *spin);
void       cchc_window_add_drop_down_keys (GtkWindow  *window);
void       cchc_widget_fill_gtk_gaps   (GtkWidget     *widget);
void       cchc_column_view_scroll_to  (GtkColumnView *view,
                                        guint          position);
void       cchc_column_view_scroll_to_top (GtkColumnView *view);
void       cchc_column_view_focus_selected (GtkColumnView      *view,
                                            GtkSingleSelection *selection,
                                            GHashTable         *cells);
void       cchc_drop_down_setup_search (GtkDropDown   *dropdown);
GtkWidget *cchc_drop_down_row_new      (GtkDropDown   *dropdown,
                                        GtkListItem   *list_item,
                                        GtkWidget     *label);

G_END_DECLS
