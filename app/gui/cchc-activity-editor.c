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
#include "cchc-plan.h"
#include "cchc-unit.h"

struct _CchcActivityEditor
{
  GtkWindow          parent_instance;

  CchcHistory       *history;
  CchcPlan          *plan;
  CchcActivity      *activity;
  guint              position;
  GPtrArray         *units;   /* the units of the drop-down, after "none" */

  /* Template widgets */
  GtkWidget         *save_button;
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

G_DEFINE_FINAL_TYPE (CchcActivityEditor, cchc_activity_editor, GTK_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_HISTORY,
  PROP_PLAN,
  PROP_ACTIVITY,
  PROP_POSITION,
  N_PROPS
};

enum {
  SAVED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

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
  GListModel *units = cchc_store_get_units (cchc_history_get_store (self->history));
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  guint n_units = g_list_model_get_n_items (units);

  self->units = g_ptr_array_new_full (n_units, g_object_unref);
  gtk_string_list_append (names, _("— None —"));
  for (guint i = 0; i < n_units; i++)
    {
      CchcUnit *unit = g_list_model_get_item (units, i);

      gtk_string_list_append (names, cchc_unit_get_name (unit));
      g_ptr_array_add (self->units, unit);
    }

  gtk_drop_down_set_expression (self->unit_dropdown,
                                gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL,
                                                             "string"));
  gtk_drop_down_set_model (self->unit_dropdown, G_LIST_MODEL (names));
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
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  CchcActivityEditor *self = CCHC_ACTIVITY_EDITOR (widget);
  g_autoptr(CchcActivity) values = NULL;
  g_autoptr(GError) error = NULL;
  gboolean saved;

  gtk_spin_button_update (self->quantity_spin);
  values = self->activity != NULL ? cchc_record_dup_values (CCHC_RECORD (self->activity))
                                  : cchc_activity_new ();
  read_values (self, values);

  if (self->activity != NULL)
    saved = cchc_history_update (self->history, self->activity, values, &error);
  else
    saved = cchc_history_insert (self->history, self->plan, self->position, values, &error);

  if (!saved)
    {
      cchc_show_error (widget, _("Could not save the propaganda activity"), error);
      return;
    }

  g_signal_emit (self, signals[SAVED], 0, self->activity != NULL ? self->activity : values);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
load_activity (CchcActivityEditor *self)
{
  CchcActivity *activity = self->activity;

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
  gtk_editable_set_text (GTK_EDITABLE (self->quantity_unit_entry),
                         cchc_activity_get_quantity_unit (activity));
  gtk_editable_set_text (GTK_EDITABLE (self->size_entry), cchc_activity_get_size (activity));
  gtk_editable_set_text (GTK_EDITABLE (self->place_entry), cchc_activity_get_place (activity));
  select_unit (self, cchc_activity_get_responsible_unit (activity));
  gtk_editable_set_text (GTK_EDITABLE (self->occasions_entry),
                         cchc_activity_get_occasions (activity));
  gtk_editable_set_text (GTK_EDITABLE (self->audience_entry),
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
cchc_activity_editor_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  CchcActivityEditor *self = CCHC_ACTIVITY_EDITOR (object);

  switch (prop_id)
    {
    case PROP_HISTORY:
      g_value_set_object (value, self->history);
      break;

    case PROP_PLAN:
      g_value_set_object (value, self->plan);
      break;

    case PROP_ACTIVITY:
      g_value_set_object (value, self->activity);
      break;

    case PROP_POSITION:
      g_value_set_uint (value, self->position);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cchc_activity_editor_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  CchcActivityEditor *self = CCHC_ACTIVITY_EDITOR (object);

  switch (prop_id)
    {
    case PROP_HISTORY:
      self->history = g_value_dup_object (value);
      break;

    case PROP_PLAN:
      self->plan = g_value_dup_object (value);
      break;

    case PROP_ACTIVITY:
      self->activity = g_value_dup_object (value);
      break;

    case PROP_POSITION:
      self->position = g_value_get_uint (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cchc_activity_editor_dispose (GObject *object)
{
  CchcActivityEditor *self = CCHC_ACTIVITY_EDITOR (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), CCHC_TYPE_ACTIVITY_EDITOR);

  g_clear_pointer (&self->units, g_ptr_array_unref);
  g_clear_object (&self->history);
  g_clear_object (&self->plan);
  g_clear_object (&self->activity);

  G_OBJECT_CLASS (cchc_activity_editor_parent_class)->dispose (object);
}

static void
bind_template (GtkWidgetClass *widget_class)
{
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/cchcplanner/Planner/ui/"
                                               "cchc-activity-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, CchcActivityEditor, save_button);
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
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  object_class->constructed = cchc_activity_editor_constructed;
  object_class->dispose = cchc_activity_editor_dispose;
  object_class->get_property = cchc_activity_editor_get_property;
  object_class->set_property = cchc_activity_editor_set_property;

  properties[PROP_HISTORY] =
    g_param_spec_object ("history", NULL, NULL, CCHC_TYPE_HISTORY, flags);
  properties[PROP_PLAN] =
    g_param_spec_object ("plan", NULL, NULL, CCHC_TYPE_PLAN, flags);
  properties[PROP_ACTIVITY] =
    g_param_spec_object ("activity", NULL, NULL, CCHC_TYPE_ACTIVITY, flags);
  properties[PROP_POSITION] =
    g_param_spec_uint ("position", NULL, NULL, 0, G_MAXUINT, G_MAXUINT, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * CchcActivityEditor::saved:
   * @activity: the live activity, new or updated
   *
   * Emitted when the activity was written, just before the editor closes.
   */
  signals[SAVED] =
    g_signal_new ("saved",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, CCHC_TYPE_ACTIVITY);

  bind_template (widget_class);
  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action);
}

static void
cchc_activity_editor_init (CchcActivityEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  cchc_editor_setup (GTK_WINDOW (self), self->save_button);
}

/**
 * cchc_activity_editor_new:
 * @history: where the edit goes
 * @plan: the plan a new activity is added to
 * @activity: (nullable): the live activity to edit, or %NULL to add one
 * @position: where a new activity goes (%G_MAXUINT: at the end)
 *
 * Returns: (transfer none): the editor window; present it with
 *   cchc_editor_present()
 */
GtkWidget *
cchc_activity_editor_new (CchcHistory  *history,
                          CchcPlan     *plan,
                          CchcActivity *activity,
                          guint         position)
{
  g_return_val_if_fail (CCHC_IS_HISTORY (history), NULL);
  g_return_val_if_fail (CCHC_IS_PLAN (plan), NULL);
  g_return_val_if_fail (activity == NULL || CCHC_IS_ACTIVITY (activity), NULL);

  return g_object_new (CCHC_TYPE_ACTIVITY_EDITOR,
                       "history", history,
                       "plan", plan,
                       "activity", activity,
                       "position", position,
                       NULL);
}
