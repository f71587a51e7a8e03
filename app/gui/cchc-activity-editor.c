/* cchc-activity-editor.c: the window that adds or edits a propaganda activity
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cchc-activity-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "cchc-activity.h"
#include "cchc-activity-editor.h"
#include "cchc-gui-utils.h"
#include "cchc-page-helpers.h"
#include "cchc-unit.h"

struct _CchcActivityEditor
{
  CchcRecordEditor   parent_instance;

  GPtrArray         *units;   /* the units of the drop-down, after "none" */

  /* Template widgets */
  GtkDropDown       *kind_dropdown;
  GtkScrolledWindow *description_view_scroll;
  GtkTextView       *description_view;
  GtkSpinButton     *quantity_spin;
  GtkEntry          *quantity_unit_entry;
  GtkEntry          *size_entry;
  GtkEntry          *place_entry;
  GtkDropDown       *unit_dropdown;
  GtkEntry          *occasions_entry;
  GtkEntry          *audience_entry;
};

G_DEFINE_FINAL_TYPE (CchcActivityEditor, cchc_activity_editor, CCHC_TYPE_RECORD_EDITOR)

static char *
entry_text (GtkEntry *entry)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry))));
}

static void
fill_kinds (CchcActivityEditor *self)
{
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);

  /* The drop-down lists the kinds in the order of CchcActivityKind. */
  for (CchcActivityKind kind = 0; kind <= CCHC_ACTIVITY_KIND_OTHER; kind++)
    gtk_string_list_append (kinds, cchc_activity_kind_get_label (kind));
  gtk_drop_down_set_model (self->kind_dropdown, G_LIST_MODEL (kinds));
}

static void
fill_units (CchcActivityEditor *self)
{
  CchcHistory *history = cchc_record_editor_get_history (CCHC_RECORD_EDITOR (self));
  GListModel *units = cchc_store_get_units (cchc_history_get_store (history));
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(GtkExpression) label = gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL,
                                                                "string");
  guint n_units = g_list_model_get_n_items (units);

  self->units = g_ptr_array_new_full (n_units, g_object_unref);
  gtk_string_list_append (names, _("— None —"));
  for (guint i = 0; i < n_units; i++)
    {
      CchcUnit *unit = g_list_model_get_item (units, i);

      gtk_string_list_append (names, cchc_unit_get_name (unit));
      g_ptr_array_add (self->units, unit);
    }

  gtk_drop_down_set_expression (self->unit_dropdown, label);
  gtk_drop_down_set_model (self->unit_dropdown, G_LIST_MODEL (names));
  cchc_drop_down_setup_search (self->unit_dropdown);
}

static CchcUnit *
get_unit (CchcActivityEditor *self)
{
  guint selected = gtk_drop_down_get_selected (self->unit_dropdown);

  if (selected == 0 || selected == GTK_INVALID_LIST_POSITION || selected > self->units->len)
    return NULL;

  return g_ptr_array_index (self->units, selected - 1);
}

static void
select_unit (CchcActivityEditor *self,
             CchcUnit           *unit)
{
  guint index = 0;

  if (unit != NULL && g_ptr_array_find (self->units, unit, &index))
    index++;
  else
    index = 0;
  gtk_drop_down_set_selected (self->unit_dropdown, index);
}

static void
read_values (CchcActivityEditor *self,
             CchcActivity       *values)
{
  g_autofree char *description = cchc_text_view_dup_text (self->description_view);
  g_autofree char *quantity_unit = entry_text (self->quantity_unit_entry);
  g_autofree char *size = entry_text (self->size_entry);
  g_autofree char *place = entry_text (self->place_entry);
  g_autofree char *occasions = entry_text (self->occasions_entry);
  g_autofree char *audience = entry_text (self->audience_entry);
  guint kind = gtk_drop_down_get_selected (self->kind_dropdown);

  cchc_activity_set_kind (values, kind <= CCHC_ACTIVITY_KIND_OTHER ? (CchcActivityKind) kind
                                                                   : CCHC_ACTIVITY_KIND_OTHER);
  cchc_activity_set_description (values, g_strstrip (description));
  cchc_activity_set_quantity (values,
                              (guint) gtk_spin_button_get_value_as_int (self->quantity_spin));
  cchc_activity_set_quantity_unit (values, quantity_unit);
  cchc_activity_set_size (values, size);
  cchc_activity_set_place (values, place);
  cchc_activity_set_responsible_unit (values, get_unit (self));
  cchc_activity_set_occasions (values, occasions);
  cchc_activity_set_audience (values, audience);
}

static void
update_state (CchcActivityEditor *self)
{
  g_autofree char *description = cchc_text_view_dup_text (self->description_view);
  gboolean valid;

  valid = cchc_check_required (GTK_WIDGET (self->description_view_scroll), description);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.save", valid);
}

static void
cchc_activity_editor_read_values (CchcRecordEditor *editor,
                                  CchcRecord       *values)
{
  read_values (CCHC_ACTIVITY_EDITOR (editor), CCHC_ACTIVITY (values));
}

static void
load_activity (CchcActivityEditor *self)
{
  CchcActivity *activity =
    (CchcActivity *) cchc_record_editor_get_record (CCHC_RECORD_EDITOR (self));

  gtk_window_set_title (GTK_WINDOW (self),
                        activity != NULL ? _("Edit Propaganda Activity")
                                         : _("New Propaganda Activity"));
  if (activity == NULL)
    {
      gtk_drop_down_set_selected (self->kind_dropdown, CCHC_ACTIVITY_KIND_OTHER);
      select_unit (self, NULL);
      return;
    }

  gtk_drop_down_set_selected (self->kind_dropdown, cchc_activity_get_kind (activity));
  cchc_text_view_set_text (self->description_view, cchc_activity_get_description (activity));
  gtk_spin_button_set_value (self->quantity_spin, cchc_activity_get_quantity (activity));
  cchc_editable_set_text (GTK_EDITABLE (self->quantity_unit_entry),
                         cchc_activity_get_quantity_unit (activity));
  cchc_editable_set_text (GTK_EDITABLE (self->size_entry), cchc_activity_get_size (activity));
  cchc_editable_set_text (GTK_EDITABLE (self->place_entry), cchc_activity_get_place (activity));
  select_unit (self, cchc_activity_get_responsible_unit (activity));
  cchc_editable_set_text (GTK_EDITABLE (self->occasions_entry),
                         cchc_activity_get_occasions (activity));
  cchc_editable_set_text (GTK_EDITABLE (self->audience_entry),
                         cchc_activity_get_audience (activity));
}

static void
cchc_activity_editor_constructed (GObject *object)
{
  CchcActivityEditor *self = CCHC_ACTIVITY_EDITOR (object);

  G_OBJECT_CLASS (cchc_activity_editor_parent_class)->constructed (object);

  fill_kinds (self);
  fill_units (self);
  load_activity (self);

  g_signal_connect_object (gtk_text_view_get_buffer (self->description_view), "changed",
                           G_CALLBACK (update_state), self, G_CONNECT_SWAPPED);
  update_state (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->description_view));
}

static void
cchc_activity_editor_dispose (GObject *object)
{
  CchcActivityEditor *self = CCHC_ACTIVITY_EDITOR (object);

  g_clear_pointer (&self->units, g_ptr_array_unref);

  G_OBJECT_CLASS (cchc_activity_editor_parent_class)->dispose (object);
}

static void
bind_template (GtkWidgetClass *widget_class)
{
  cchc_record_editor_class_set_template (widget_class,
                                         "/io/github/cchcplanner/Planner/ui/"
                                         "cchc-activity-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, CchcActivityEditor, kind_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CchcActivityEditor,
                                        description_view_scroll);
  gtk_widget_class_bind_template_child (widget_class, CchcActivityEditor, description_view);
  gtk_widget_class_bind_template_child (widget_class, CchcActivityEditor, quantity_spin);
  gtk_widget_class_bind_template_child (widget_class, CchcActivityEditor, quantity_unit_entry);
  gtk_widget_class_bind_template_child (widget_class, CchcActivityEditor, size_entry);
  gtk_widget_class_bind_template_child (widget_class, CchcActivityEditor, place_entry);
  gtk_widget_class_bind_template_child (widget_class, CchcActivityEditor, unit_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CchcActivityEditor, occasions_entry);
  gtk_widget_class_bind_template_child (widget_class, CchcActivityEditor, audience_entry);
}

static void
cchc_activity_editor_class_init (CchcActivityEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  CchcRecordEditorClass *editor_class = CCHC_RECORD_EDITOR_CLASS (klass);

  object_class->constructed = cchc_activity_editor_constructed;
  object_class->dispose = cchc_activity_editor_dispose;

  editor_class->record_type = CCHC_TYPE_ACTIVITY;
  editor_class->save_error = N_("Could not save the propaganda activity");
  editor_class->read_values = cchc_activity_editor_read_values;

  bind_template (GTK_WIDGET_CLASS (klass));
}

static void
cchc_activity_editor_init (CchcActivityEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  cchc_spin_button_setup_number (self->quantity_spin);  /* "1.000" */
}
