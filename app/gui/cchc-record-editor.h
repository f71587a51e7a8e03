/* cchc-record-editor.h: the base of the windows that add or edit a row of a plan
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "cchc-history.h"

G_BEGIN_DECLS

#define CCHC_TYPE_RECORD_EDITOR (cchc_record_editor_get_type ())

G_DECLARE_DERIVABLE_TYPE (CchcRecordEditor, cchc_record_editor, CCHC, RECORD_EDITOR, GtkWindow)

/**
 * CchcRecordEditorClass:
 * @record_type: the type of the rows edited, a #CchcRecord
 * @save_error: the untranslated message shown when the row cannot be saved
 *   (marked with N_())
 * @add_error: the same when a new row cannot be added (%NULL: @save_error)
 * @read_values: writes what the form shows into @values, a copy of the
 *   edited row or a new row of @record_type
 * @validate: (nullable): marks what is missing in the form and returns
 *   whether it can be saved; Save checks it first
 * @write: (nullable): hands @values to the history; the default updates
 *   the edited row or adds the new one to the plan, at the position
 * @moves: (nullable): whether the form also puts the row elsewhere (a
 *   task into another area): a change to ask about before closing
 */
struct _CchcRecordEditorClass
{
  GtkWindowClass parent_class;

  GType          record_type;
  const char    *save_error;
  const char    *add_error;

  void         (*read_values) (CchcRecordEditor  *self,
                               CchcRecord        *values);
  gboolean     (*validate)    (CchcRecordEditor  *self);
  gboolean     (*write)       (CchcRecordEditor  *self,
                               CchcRecord        *values,
                               GError           **error);
  gboolean     (*moves)       (CchcRecordEditor  *self);
};

void         cchc_record_editor_class_set_template (GtkWidgetClass   *widget_class,
                                                    const char       *resource_name);

CchcHistory *cchc_record_editor_get_history        (CchcRecordEditor *self);
CchcPlan    *cchc_record_editor_get_plan           (CchcRecordEditor *self);
CchcRecord  *cchc_record_editor_get_record         (CchcRecordEditor *self);
guint        cchc_record_editor_get_position       (CchcRecordEditor *self);

G_END_DECLS
