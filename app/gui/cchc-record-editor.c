/* cchc-record-editor.c: the base of the windows that add or edit a row of a plan
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cchc-record-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "cchc-gui-utils.h"
#include "cchc-page-helpers.h"
#include "cchc-plan.h"
#include "cchc-record.h"
#include "cchc-record-editor.h"

/* A window that adds a row to a plan or edits one, in one step of the
 * history. A subclass gives its template, with a Save button
 * (cchc_record_editor_class_set_template()), and reads its form into the
 * row (read_values()); "editor.save" does the rest. When the write fails
 * the editor says why and stays open with the user's input. Closed with
 * changes in its form (Escape, Cancel, the window's close button), it asks
 * whether to save them. */
typedef struct
{
  CchcHistory *history;
  CchcPlan    *plan;
  CchcRecord  *record;
  guint        position;

  CchcRecord  *shown;    /* what the form showed when it opened */

  /* Template widgets of the subclass */
  GtkWidget   *save_button;
} CchcRecordEditorPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (CchcRecordEditor, cchc_record_editor, GTK_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_HISTORY,
  PROP_PLAN,
  PROP_RECORD,
  PROP_POSITION,
  N_PROPS
};

enum {
  SAVED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static gboolean
cchc_record_editor_real_write (CchcRecordEditor  *self,
                               CchcRecord        *values,
                               GError           **error)
{
  CchcRecordEditorPrivate *priv = cchc_record_editor_get_instance_private (self);

  if (priv->record != NULL)
    return cchc_history_update (priv->history, priv->record, values, error);

  return cchc_history_insert (priv->history, priv->plan, priv->position, values, error);
}

/* What the form shows, as a row of its own (a number typed but not yet
 * taken by its spin button counts). */
static CchcRecord *
read_form (CchcRecordEditor *self)
{
  CchcRecordEditorPrivate *priv = cchc_record_editor_get_instance_private (self);
  CchcRecordEditorClass *klass = CCHC_RECORD_EDITOR_GET_CLASS (self);
  CchcRecord *values = priv->record != NULL ? cchc_record_dup_values (priv->record)
                                            : g_object_new (klass->record_type, NULL);

  cchc_widget_commit_spin_buttons (GTK_WIDGET (self));
  klass->read_values (self, values);

  return values;
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  CchcRecordEditor *self = CCHC_RECORD_EDITOR (widget);
  CchcRecordEditorPrivate *priv = cchc_record_editor_get_instance_private (self);
  CchcRecordEditorClass *klass = CCHC_RECORD_EDITOR_GET_CLASS (self);
  g_autoptr(CchcRecord) values = NULL;
  g_autoptr(GError) error = NULL;

  cchc_widget_commit_spin_buttons (widget);
  if (klass->validate != NULL && !klass->validate (self))
    return;

  values = read_form (self);
  if (!klass->write (self, values, &error))
    {
      const char *message = priv->record == NULL && klass->add_error != NULL
                            ? klass->add_error : klass->save_error;

      cchc_show_error (widget, _(message), error);
      return;
    }

  g_signal_emit (self, signals[SAVED], 0, priv->record != NULL ? priv->record : values);
  gtk_window_destroy (GTK_WINDOW (self));
}

static gboolean
cchc_record_editor_close_request (GtkWindow *window)
{
  CchcRecordEditor *self = CCHC_RECORD_EDITOR (window);
  CchcRecordEditorPrivate *priv = cchc_record_editor_get_instance_private (self);

  if (priv->shown != NULL)
    {
      CchcRecordEditorClass *klass = CCHC_RECORD_EDITOR_GET_CLASS (self);
      g_autoptr(CchcRecord) values = read_form (self);
      gboolean changed = cchc_record_differs (priv->shown, values) ||
                         (klass->moves != NULL && klass->moves (self));

      if (cchc_editor_ask_before_closing (window, priv->save_button, changed))
        return TRUE;
    }

  return GTK_WINDOW_CLASS (cchc_record_editor_parent_class)->close_request (window);
}

/* The subclass has filled its form by now: what it shows is what closing
 * without a change loses nothing of. */
static void
cchc_record_editor_map (GtkWidget *widget)
{
  CchcRecordEditor *self = CCHC_RECORD_EDITOR (widget);
  CchcRecordEditorPrivate *priv = cchc_record_editor_get_instance_private (self);

  GTK_WIDGET_CLASS (cchc_record_editor_parent_class)->map (widget);

  if (priv->shown == NULL)
    priv->shown = read_form (self);
}

static void
cchc_record_editor_constructed (GObject *object)
{
  CchcRecordEditor *self = CCHC_RECORD_EDITOR (object);
  CchcRecordEditorPrivate *priv = cchc_record_editor_get_instance_private (self);
  GType record_type = CCHC_RECORD_EDITOR_GET_CLASS (self)->record_type;

  G_OBJECT_CLASS (cchc_record_editor_parent_class)->constructed (object);

  g_return_if_fail (CCHC_IS_HISTORY (priv->history));
  /* The default write adds new rows to the plan. */
  g_return_if_fail (priv->plan != NULL || priv->record != NULL ||
                    CCHC_RECORD_EDITOR_GET_CLASS (self)->write !=
                    cchc_record_editor_real_write);
  g_return_if_fail (g_type_is_a (record_type, CCHC_TYPE_RECORD));
  g_return_if_fail (priv->record == NULL ||
                    G_TYPE_CHECK_INSTANCE_TYPE (priv->record, record_type));
  g_return_if_fail (GTK_IS_WIDGET (priv->save_button));

  cchc_editor_setup (GTK_WINDOW (self), priv->save_button);
  cchc_widget_fill_gtk_gaps (GTK_WIDGET (self));
}

static void
cchc_record_editor_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  CchcRecordEditor *self = CCHC_RECORD_EDITOR (object);
  CchcRecordEditorPrivate *priv = cchc_record_editor_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_HISTORY:
      g_value_set_object (value, priv->history);
      break;

    case PROP_PLAN:
      g_value_set_object (value, priv->plan);
      break;

    case PROP_RECORD:
      g_value_set_object (value, priv->record);
      break;

    case PROP_POSITION:
      g_value_set_uint (value, priv->position);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cchc_record_editor_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  CchcRecordEditor *self = CCHC_RECORD_EDITOR (object);
  CchcRecordEditorPrivate *priv = cchc_record_editor_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_HISTORY:
      priv->history = g_value_dup_object (value);
      break;

    case PROP_PLAN:
      priv->plan = g_value_dup_object (value);
      break;

    case PROP_RECORD:
      priv->record = g_value_dup_object (value);
      break;

    case PROP_POSITION:
      priv->position = g_value_get_uint (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cchc_record_editor_dispose (GObject *object)
{
  CchcRecordEditor *self = CCHC_RECORD_EDITOR (object);
  CchcRecordEditorPrivate *priv = cchc_record_editor_get_instance_private (self);

  /* The template is the subclass's. */
  gtk_widget_dispose_template (GTK_WIDGET (self), G_OBJECT_TYPE (self));

  g_clear_object (&priv->history);
  g_clear_object (&priv->plan);
  g_clear_object (&priv->record);
  g_clear_object (&priv->shown);

  G_OBJECT_CLASS (cchc_record_editor_parent_class)->dispose (object);
}

static void
cchc_record_editor_class_init (CchcRecordEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  object_class->constructed = cchc_record_editor_constructed;
  object_class->dispose = cchc_record_editor_dispose;
  object_class->get_property = cchc_record_editor_get_property;
  object_class->set_property = cchc_record_editor_set_property;
  widget_class->map = cchc_record_editor_map;
  window_class->close_request = cchc_record_editor_close_request;

  klass->write = cchc_record_editor_real_write;

  properties[PROP_HISTORY] =
    g_param_spec_object ("history", NULL, NULL, CCHC_TYPE_HISTORY, flags);
  /* The plan a new row is added to (by the default write) */
  properties[PROP_PLAN] =
    g_param_spec_object ("plan", NULL, NULL, CCHC_TYPE_PLAN, flags);
  /* The live row to edit, or %NULL to add one */
  properties[PROP_RECORD] =
    g_param_spec_object ("record", NULL, NULL, CCHC_TYPE_RECORD, flags);
  /* Where a new row goes (%G_MAXUINT: at the end) */
  properties[PROP_POSITION] =
    g_param_spec_uint ("position", NULL, NULL, 0, G_MAXUINT, G_MAXUINT, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * CchcRecordEditor::saved:
   * @record: the live row, new or updated
   *
   * Emitted when the row was written, just before the editor closes.
   */
  signals[SAVED] =
    g_signal_new ("saved",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, CCHC_TYPE_RECORD);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK,
                                       "editor.save", NULL);
}

static void
cchc_record_editor_init (CchcRecordEditor *self)
{
  CchcRecordEditorPrivate *priv = cchc_record_editor_get_instance_private (self);

  priv->position = G_MAXUINT;
}

/**
 * cchc_record_editor_class_set_template:
 * @widget_class: the class of an editor
 * @resource_name: its template, which has a Save button "save_button"
 *
 * Sets the template of an editor class, as
 * gtk_widget_class_set_template_from_resource() does, and binds the Save
 * button, which the editor makes its default widget, with Ctrl+Return
 * and Ctrl+S (and Escape to cancel): see cchc_editor_setup().
 */
void
cchc_record_editor_class_set_template (GtkWidgetClass *widget_class,
                                       const char     *resource_name)
{
  g_return_if_fail (g_type_is_a (G_TYPE_FROM_CLASS (widget_class), CCHC_TYPE_RECORD_EDITOR));

  gtk_widget_class_set_template_from_resource (widget_class, resource_name);
  gtk_widget_class_bind_template_child_full (widget_class, "save_button", FALSE,
                                             G_PRIVATE_OFFSET (CchcRecordEditor, save_button));
}

/**
 * cchc_record_editor_get_history:
 *
 * Returns: (transfer none): where the edit goes
 */
CchcHistory *
cchc_record_editor_get_history (CchcRecordEditor *self)
{
  CchcRecordEditorPrivate *priv = cchc_record_editor_get_instance_private (self);

  g_return_val_if_fail (CCHC_IS_RECORD_EDITOR (self), NULL);

  return priv->history;
}

/**
 * cchc_record_editor_get_plan:
 *
 * Returns: (transfer none) (nullable): the plan the editor was opened for
 */
CchcPlan *
cchc_record_editor_get_plan (CchcRecordEditor *self)
{
  CchcRecordEditorPrivate *priv = cchc_record_editor_get_instance_private (self);

  g_return_val_if_fail (CCHC_IS_RECORD_EDITOR (self), NULL);

  return priv->plan;
}

/**
 * cchc_record_editor_get_record:
 *
 * Returns: (transfer none) (nullable): the live row edited, or %NULL when
 *   the editor adds a row
 */
CchcRecord *
cchc_record_editor_get_record (CchcRecordEditor *self)
{
  CchcRecordEditorPrivate *priv = cchc_record_editor_get_instance_private (self);

  g_return_val_if_fail (CCHC_IS_RECORD_EDITOR (self), NULL);

  return priv->record;
}

/**
 * cchc_record_editor_get_position:
 *
 * Returns: where a new row goes (%G_MAXUINT: at the end)
 */
guint
cchc_record_editor_get_position (CchcRecordEditor *self)
{
  CchcRecordEditorPrivate *priv = cchc_record_editor_get_instance_private (self);

  g_return_val_if_fail (CCHC_IS_RECORD_EDITOR (self), G_MAXUINT);

  return priv->position;
}
