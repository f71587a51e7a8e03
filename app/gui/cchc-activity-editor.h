/* cchc-activity-editor.h: the window that adds or edits a propaganda activity
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "cchc-history.h"

G_BEGIN_DECLS

#define CCHC_TYPE_ACTIVITY_EDITOR (cchc_activity_editor_get_type ())

G_DECLARE_FINAL_TYPE (CchcActivityEditor, cchc_activity_editor, CCHC, ACTIVITY_EDITOR, GtkWindow)

GtkWidget *cchc_activity_editor_new (CchcHistory  *history,
                                     CchcPlan     *plan,
                                     CchcActivity *activity,
                                     guint         position);

G_END_DECLS
