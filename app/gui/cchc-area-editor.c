/* cchc-area-editor.c: the window that adds an area to a plan or renames one
 *
 * An area is a section of the plan's table, numbered by its place in the
 * plan: the editor shows its heading as the table will print it. Saving an
 * area unchanged adds no step to undo.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cchc-area-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "cchc-area.h"
#include "cchc-area-editor.h"
#include "cchc-page-helpers.h"

struct _CchcAreaEditor
{
  CchcRecordEditor  parent_instance;

  /* Template widgets */
  GtkEntry         *title_entry;
  GtkLabel         *preview_label;
};

G_DEFINE_FINAL_TYPE (CchcAreaEditor, cchc_area_editor, CCHC_TYPE_RECORD_EDITOR)

static CchcArea *
get_area (CchcAreaEditor *self)
{
  return (CchcArea *) cchc_record_editor_get_record (CCHC_RECORD_EDITOR (self));
}

static char *
dup_title (CchcAreaEditor *self)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->title_entry))));
}

/* The number the area has, or will have once added at its position. */
static char *
dup_number (CchcAreaEditor *self)
{
  CchcRecordEditor *editor = CCHC_RECORD_EDITOR (self);
  CchcPlan *plan = cchc_record_editor_get_plan (editor);
  CchcStore *store = cchc_history_get_store (cchc_record_editor_get_history (editor));
  guint n_areas;

  if (get_area (self) != NULL)
    return g_strdup (cchc_area_get_number (get_area (self)));

  n_areas = plan != NULL ? g_list_model_get_n_items (cchc_store_get_areas (store, plan)) : 0;
  return g_strdup_printf ("%u", MIN (cchc_record_editor_get_position (editor), n_areas) + 1);
}

static void
update_state (CchcAreaEditor *self)
{
  g_autofree char *title = dup_title (self);
  g_autofree char *heading = NULL;
  g_autofree char *preview = NULL;
  gboolean valid;

  valid = cchc_check_required (GTK_WIDGET (self->title_entry), title);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.save", valid);

  if (valid)
    {
      g_autofree char *number = dup_number (self);

      /* Document text, as the table prints it: not translated. */
      heading = g_strdup_printf ("%s. %s", number, title);
      /* Translators: %s is the area as the table prints it, "3. Cải cách thể chế" */
      preview = g_strdup_printf (_("Printed as: %s"), heading);
    }
  else
    {
      preview = g_strdup (_("Write the title of the area."));
    }
  gtk_label_set_text (self->preview_label, preview);
}

static void
cchc_area_editor_read_values (CchcRecordEditor *editor,
                              CchcRecord       *values)
{
  g_autofree char *title = dup_title (CCHC_AREA_EDITOR (editor));

  cchc_area_set_title (CCHC_AREA (values), title);
}

static gboolean
cchc_area_editor_validate (CchcRecordEditor *editor)
{
  CchcAreaEditor *self = CCHC_AREA_EDITOR (editor);
  g_autofree char *title = dup_title (self);

  return cchc_check_required (GTK_WIDGET (self->title_entry), title);
}

static gboolean
cchc_area_editor_write (CchcRecordEditor  *editor,
                        CchcRecord        *values,
                        GError           **error)
{
  CchcArea *area = get_area (CCHC_AREA_EDITOR (editor));

  if (area != NULL &&
      g_str_equal (cchc_area_get_title (area), cchc_area_get_title (CCHC_AREA (values))))
    return TRUE;

  return CCHC_RECORD_EDITOR_CLASS (cchc_area_editor_parent_class)->write (editor, values, error);
}

static void
cchc_area_editor_constructed (GObject *object)
{
  CchcAreaEditor *self = CCHC_AREA_EDITOR (object);
  CchcArea *area;

  G_OBJECT_CLASS (cchc_area_editor_parent_class)->constructed (object);

  area = get_area (self);
  gtk_window_set_title (GTK_WINDOW (self), area != NULL ? _("Rename Area") : _("New Area"));
  if (area != NULL)
    gtk_editable_set_text (GTK_EDITABLE (self->title_entry), cchc_area_get_title (area));

  g_signal_connect_object (self->title_entry, "changed", G_CALLBACK (update_state), self,
                           G_CONNECT_SWAPPED);
  update_state (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->title_entry));
}

static void
cchc_area_editor_class_init (CchcAreaEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  CchcRecordEditorClass *editor_class = CCHC_RECORD_EDITOR_CLASS (klass);

  object_class->constructed = cchc_area_editor_constructed;

  editor_class->record_type = CCHC_TYPE_AREA;
  editor_class->save_error = N_("Could not save the area");
  editor_class->add_error = N_("Could not add the area");
  editor_class->read_values = cchc_area_editor_read_values;
  editor_class->validate = cchc_area_editor_validate;
  editor_class->write = cchc_area_editor_write;

  cchc_record_editor_class_set_template (widget_class,
                                         "/io/github/cchcplanner/Planner/ui/"
                                         "cchc-area-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, CchcAreaEditor, title_entry);
  gtk_widget_class_bind_template_child (widget_class, CchcAreaEditor, preview_label);
}

static void
cchc_area_editor_init (CchcAreaEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * cchc_area_editor_new:
 * @history: where the edit goes
 * @plan: the plan a new area is added to
 * @area: (nullable): the area to rename, or %NULL to add one
 * @position: where a new area goes among the plan's areas (%G_MAXUINT:
 *   at the end)
 *
 * Returns: (transfer floating): a new editor; present it with
 *   cchc_editor_present()
 */
GtkWidget *
cchc_area_editor_new (CchcHistory *history,
                      CchcPlan    *plan,
                      CchcArea    *area,
                      guint        position)
{
  g_return_val_if_fail (CCHC_IS_HISTORY (history), NULL);
  g_return_val_if_fail (area == NULL || CCHC_IS_AREA (area), NULL);

  return g_object_new (CCHC_TYPE_AREA_EDITOR,
                       "history", history,
                       "plan", plan,
                       "record", area,
                       "position", position,
                       NULL);
}

/**
 * cchc_area_editor_get_field:
 * @name: the id of a widget in the template: "title_entry",
 *   "preview_label" or "save_button"
 *
 * For tests: the widget the user would use.
 *
 * Returns: (transfer none) (nullable): the widget
 */
GtkWidget *
cchc_area_editor_get_field (CchcAreaEditor *self,
                            const char     *name)
{
  GObject *child;

  g_return_val_if_fail (CCHC_IS_AREA_EDITOR (self), NULL);

  child = gtk_widget_get_template_child (GTK_WIDGET (self), CCHC_TYPE_AREA_EDITOR, name);
  return GTK_IS_WIDGET (child) ? GTK_WIDGET (child) : NULL;
}
