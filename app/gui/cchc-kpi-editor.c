/* cchc-kpi-editor.c: the window that adds or edits a KPI
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cchc-kpi-editor"

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "cchc-gui-utils.h"
#include "cchc-kpi.h"
#include "cchc-kpi-editor.h"
#include "cchc-page-helpers.h"
#include "cchc-plan.h"

struct _CchcKpiEditor
{
  GtkWindow          parent_instance;

  CchcHistory       *history;
  CchcPlan          *plan;
  CchcKpi           *kpi;
  guint              position;

  /* Template widgets */
  GtkWidget         *save_button;
  GtkScrolledWindow *text_scroll;
  GtkTextView       *text_view;
  GtkDropDown       *comparator_dropdown;
  GtkSpinButton     *target_spin;
  GtkEntry          *unit_entry;
  GtkLabel          *preview_label;
};

G_DEFINE_FINAL_TYPE (CchcKpiEditor, cchc_kpi_editor, GTK_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_HISTORY,
  PROP_PLAN,
  PROP_KPI,
  PROP_POSITION,
  N_PROPS
};

enum {
  SAVED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* The drop-down lists the comparators in the order of CchcComparator. */
static CchcComparator
get_comparator (CchcKpiEditor *self)
{
  guint selected = gtk_drop_down_get_selected (self->comparator_dropdown);

  return selected <= CCHC_COMPARATOR_LT ? (CchcComparator) selected : CCHC_COMPARATOR_NONE;
}

static void
read_values (CchcKpiEditor *self,
             CchcKpi       *values)
{
  g_autofree char *text = cchc_text_view_dup_text (self->text_view);
  const char *unit_text = gtk_editable_get_text (GTK_EDITABLE (self->unit_entry));
  g_autofree char *unit = g_strstrip (g_strdup (unit_text));
  CchcComparator comparator = get_comparator (self);

  cchc_kpi_set_text (values, g_strstrip (text));
  cchc_kpi_set_comparator (values, comparator);
  cchc_kpi_set_target (values, comparator != CCHC_COMPARATOR_NONE
                                 ? gtk_spin_button_get_value (self->target_spin) : 0.0);
  cchc_kpi_set_target_unit (values, comparator != CCHC_COMPARATOR_NONE ? unit : "");
}

static void
update_state (CchcKpiEditor *self)
{
  g_autoptr(CchcKpi) values = cchc_kpi_new ();
  g_autofree char *text = cchc_text_view_dup_text (self->text_view);
  g_autofree char *target = NULL;
  g_autofree char *preview = NULL;
  gboolean numeric = get_comparator (self) != CCHC_COMPARATOR_NONE;
  gboolean valid;

  valid = cchc_check_required (GTK_WIDGET (self->text_scroll), text);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.save", valid);

  gtk_widget_set_sensitive (GTK_WIDGET (self->target_spin), numeric);
  gtk_widget_set_sensitive (GTK_WIDGET (self->unit_entry), numeric);

  read_values (self, values);
  target = cchc_kpi_format_target (values);
  if (numeric)
    /* Translators: %s is the target as documents print it, "≥ 95%" */
    preview = g_strdup_printf (_("Printed as: %s"), target);
  else
    preview = g_strdup (_("Printed without a numeric target"));
  gtk_label_set_text (self->preview_label, preview);
}

/* Vietnamese write decimals with a comma: "95,5". */
static gboolean
on_target_output_cb (GtkSpinButton *spin)
{
  double value = gtk_spin_button_get_value (spin);
  g_autofree char *text = NULL;

  if (fabs (value - round (value)) < 0.05)
    text = g_strdup_printf ("%.0f", value);
  else
    text = g_strdup_printf ("%.1f", value);
  g_strdelimit (text, ".", ',');

  if (g_strcmp0 (text, gtk_editable_get_text (GTK_EDITABLE (spin))) != 0)
    gtk_editable_set_text (GTK_EDITABLE (spin), text);
  return TRUE;
}

static int
on_target_input_cb (GtkSpinButton *spin,
                    double        *new_value)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (spin))));
  char *end = NULL;

  g_strdelimit (text, ",", '.');
  *new_value = g_ascii_strtod (text, &end);
  if (*text == '\0' || end == NULL || *end != '\0')
    return GTK_INPUT_ERROR;

  return TRUE;
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  CchcKpiEditor *self = CCHC_KPI_EDITOR (widget);
  g_autoptr(CchcKpi) values = NULL;
  g_autoptr(GError) error = NULL;
  gboolean saved;

  gtk_spin_button_update (self->target_spin);
  values = self->kpi != NULL ? cchc_record_dup_values (CCHC_RECORD (self->kpi)) : cchc_kpi_new ();
  read_values (self, values);

  if (self->kpi != NULL)
    saved = cchc_history_update (self->history, self->kpi, values, &error);
  else
    saved = cchc_history_insert (self->history, self->plan, self->position, values, &error);

  if (!saved)
    {
      cchc_show_error (widget, _("Could not save the KPI"), error);
      return;
    }

  g_signal_emit (self, signals[SAVED], 0, self->kpi != NULL ? self->kpi : values);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
load_kpi (CchcKpiEditor *self)
{
  CchcKpi *kpi = self->kpi;

  gtk_window_set_title (GTK_WINDOW (self), kpi != NULL ? _("Edit KPI") : _("New KPI"));
  if (kpi == NULL)
    return;

  cchc_text_view_set_text (self->text_view, cchc_kpi_get_text (kpi));
  gtk_drop_down_set_selected (self->comparator_dropdown, cchc_kpi_get_comparator (kpi));
  gtk_spin_button_set_value (self->target_spin, cchc_kpi_get_target (kpi));
  gtk_editable_set_text (GTK_EDITABLE (self->unit_entry), cchc_kpi_get_target_unit (kpi));
}

static void
cchc_kpi_editor_constructed (GObject *object)
{
  CchcKpiEditor *self = CCHC_KPI_EDITOR (object);

  G_OBJECT_CLASS (cchc_kpi_editor_parent_class)->constructed (object);

  load_kpi (self);

  g_signal_connect_object (gtk_text_view_get_buffer (self->text_view), "changed",
                           G_CALLBACK (update_state), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->comparator_dropdown, "notify::selected",
                           G_CALLBACK (update_state), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->target_spin, "value-changed",
                           G_CALLBACK (update_state), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->unit_entry, "changed",
                           G_CALLBACK (update_state), self, G_CONNECT_SWAPPED);
  update_state (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->text_view));
}

static void
cchc_kpi_editor_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  CchcKpiEditor *self = CCHC_KPI_EDITOR (object);

  switch (prop_id)
    {
    case PROP_HISTORY:
      g_value_set_object (value, self->history);
      break;

    case PROP_PLAN:
      g_value_set_object (value, self->plan);
      break;

    case PROP_KPI:
      g_value_set_object (value, self->kpi);
      break;

    case PROP_POSITION:
      g_value_set_uint (value, self->position);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cchc_kpi_editor_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  CchcKpiEditor *self = CCHC_KPI_EDITOR (object);

  switch (prop_id)
    {
    case PROP_HISTORY:
      self->history = g_value_dup_object (value);
      break;

    case PROP_PLAN:
      self->plan = g_value_dup_object (value);
      break;

    case PROP_KPI:
      self->kpi = g_value_dup_object (value);
      break;

    case PROP_POSITION:
      self->position = g_value_get_uint (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cchc_kpi_editor_dispose (GObject *object)
{
  CchcKpiEditor *self = CCHC_KPI_EDITOR (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), CCHC_TYPE_KPI_EDITOR);

  g_clear_object (&self->history);
  g_clear_object (&self->plan);
  g_clear_object (&self->kpi);

  G_OBJECT_CLASS (cchc_kpi_editor_parent_class)->dispose (object);
}

static void
cchc_kpi_editor_class_init (CchcKpiEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  object_class->constructed = cchc_kpi_editor_constructed;
  object_class->dispose = cchc_kpi_editor_dispose;
  object_class->get_property = cchc_kpi_editor_get_property;
  object_class->set_property = cchc_kpi_editor_set_property;

  properties[PROP_HISTORY] =
    g_param_spec_object ("history", NULL, NULL, CCHC_TYPE_HISTORY, flags);
  properties[PROP_PLAN] =
    g_param_spec_object ("plan", NULL, NULL, CCHC_TYPE_PLAN, flags);
  properties[PROP_KPI] =
    g_param_spec_object ("kpi", NULL, NULL, CCHC_TYPE_KPI, flags);
  properties[PROP_POSITION] =
    g_param_spec_uint ("position", NULL, NULL, 0, G_MAXUINT, G_MAXUINT, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * CchcKpiEditor::saved:
   * @kpi: the live KPI, new or updated
   *
   * Emitted when the KPI was written, just before the editor closes.
   */
  signals[SAVED] =
    g_signal_new ("saved",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, CCHC_TYPE_KPI);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/cchcplanner/Planner/ui/"
                                               "cchc-kpi-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, CchcKpiEditor, save_button);
  gtk_widget_class_bind_template_child (widget_class, CchcKpiEditor, text_scroll);
  gtk_widget_class_bind_template_child (widget_class, CchcKpiEditor, text_view);
  gtk_widget_class_bind_template_child (widget_class, CchcKpiEditor, comparator_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CchcKpiEditor, target_spin);
  gtk_widget_class_bind_template_child (widget_class, CchcKpiEditor, unit_entry);
  gtk_widget_class_bind_template_child (widget_class, CchcKpiEditor, preview_label);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action);
}

static void
cchc_kpi_editor_init (CchcKpiEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect (self->target_spin, "output", G_CALLBACK (on_target_output_cb), NULL);
  g_signal_connect (self->target_spin, "input", G_CALLBACK (on_target_input_cb), NULL);
  cchc_editor_setup (GTK_WINDOW (self), self->save_button);
}

/**
 * cchc_kpi_editor_new:
 * @history: where the edit goes
 * @plan: the plan a new KPI is added to
 * @kpi: (nullable): the live KPI to edit, or %NULL to add one
 * @position: where a new KPI goes (%G_MAXUINT: at the end)
 *
 * Returns: (transfer none): the editor window; present it with
 *   cchc_editor_present()
 */
GtkWidget *
cchc_kpi_editor_new (CchcHistory *history,
                     CchcPlan    *plan,
                     CchcKpi     *kpi,
                     guint        position)
{
  g_return_val_if_fail (CCHC_IS_HISTORY (history), NULL);
  g_return_val_if_fail (CCHC_IS_PLAN (plan), NULL);
  g_return_val_if_fail (kpi == NULL || CCHC_IS_KPI (kpi), NULL);

  return g_object_new (CCHC_TYPE_KPI_EDITOR,
                       "history", history,
                       "plan", plan,
                       "kpi", kpi,
                       "position", position,
                       NULL);
}
