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

struct _CchcKpiEditor
{
  CchcRecordEditor   parent_instance;

  /* Template widgets */
  GtkScrolledWindow *text_scroll;
  GtkTextView       *text_view;
  GtkDropDown       *comparator_dropdown;
  GtkSpinButton     *target_spin;
  GtkEntry          *unit_entry;
  GtkLabel          *preview_label;
};

G_DEFINE_FINAL_TYPE (CchcKpiEditor, cchc_kpi_editor, CCHC_TYPE_RECORD_EDITOR)

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

static void
cchc_kpi_editor_read_values (CchcRecordEditor *editor,
                             CchcRecord       *values)
{
  read_values (CCHC_KPI_EDITOR (editor), CCHC_KPI (values));
}

static void
load_kpi (CchcKpiEditor *self)
{
  CchcKpi *kpi = (CchcKpi *) cchc_record_editor_get_record (CCHC_RECORD_EDITOR (self));

  gtk_window_set_title (GTK_WINDOW (self), kpi != NULL ? _("Edit KPI") : _("New KPI"));
  if (kpi == NULL)
    return;

  cchc_text_view_set_text (self->text_view, cchc_kpi_get_text (kpi));
  gtk_drop_down_set_selected (self->comparator_dropdown, cchc_kpi_get_comparator (kpi));
  cchc_spin_button_set_value (self->target_spin, cchc_kpi_get_target (kpi));
  cchc_editable_set_text (GTK_EDITABLE (self->unit_entry), cchc_kpi_get_target_unit (kpi));
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
cchc_kpi_editor_class_init (CchcKpiEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  CchcRecordEditorClass *editor_class = CCHC_RECORD_EDITOR_CLASS (klass);

  object_class->constructed = cchc_kpi_editor_constructed;

  editor_class->record_type = CCHC_TYPE_KPI;
  editor_class->save_error = N_("Could not save the KPI");
  editor_class->read_values = cchc_kpi_editor_read_values;

  cchc_record_editor_class_set_template (widget_class,
                                         "/io/github/cchcplanner/Planner/ui/"
                                         "cchc-kpi-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, CchcKpiEditor, text_scroll);
  gtk_widget_class_bind_template_child (widget_class, CchcKpiEditor, text_view);
  gtk_widget_class_bind_template_child (widget_class, CchcKpiEditor, comparator_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CchcKpiEditor, target_spin);
  gtk_widget_class_bind_template_child (widget_class, CchcKpiEditor, unit_entry);
  gtk_widget_class_bind_template_child (widget_class, CchcKpiEditor, preview_label);
}

static void
cchc_kpi_editor_init (CchcKpiEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect (self->target_spin, "output", G_CALLBACK (on_target_output_cb), NULL);
  cchc_spin_button_setup_number (self->target_spin);  /* "1.500", "95,5"; the preview */
}
