/* cchc-activity-editor.h: the window that adds or edits a propaganda activity
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cchc-record-editor.h"

G_BEGIN_DECLS

#define CCHC_TYPE_ACTIVITY_EDITOR (cchc_activity_editor_get_type ())

G_DECLARE_FINAL_TYPE (CchcActivityEditor, cchc_activity_editor, CCHC, ACTIVITY_EDITOR,
                      CchcRecordEditor)

G_END_DECLS
