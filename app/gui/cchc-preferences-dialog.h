/* cchc-preferences-dialog.h: the preferences (language)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define CCHC_TYPE_PREFERENCES_DIALOG (cchc_preferences_dialog_get_type ())

G_DECLARE_FINAL_TYPE (CchcPreferencesDialog, cchc_preferences_dialog, CCHC, PREFERENCES_DIALOG,
                      GtkWindow)

GtkWidget *cchc_preferences_dialog_new (GtkWindow *parent,
                                        GSettings *settings);

G_END_DECLS
