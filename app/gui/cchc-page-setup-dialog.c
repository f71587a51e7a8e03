/* cchc-page-setup-dialog.c: paper, margins, font and column widths of printing
 *
 * The page setup is kept in GSettings; the preview, the printer and the
 * PDF export read it from there. The dialog edits the widgets only and
 * writes the whole set back on "Apply", once it is valid.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cchc-print"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "cchc-gui-utils.h"
#include "cchc-page-helpers.h"
#include "cchc-page-setup-dialog.h"

struct _CchcPageSetupDialog
{
  GtkWindow       parent_instance;

  GSettings      *settings;
  GtkSpinButton  *column_spins[CCHC_TASK_TABLE_N_COLUMNS];

  /* Template widgets */
  GtkDropDown    *paper_dropdown;
  GtkSpinButton  *margin_top;
  GtkSpinButton  *margin_bottom;
  GtkSpinButton  *margin_left;
  GtkSpinButton  *margin_right;
  GtkEntry       *font_entry;
  GtkSpinButton  *font_size;
  GtkLabel       *font_hint;
  GtkGrid        *columns_grid;
  GtkSizeGroup   *label_column;
  GtkLabel       *error_label;
  GtkButton      *apply_button;
};

G_DEFINE_FINAL_TYPE (CchcPageSetupDialog, cchc_page_setup_dialog, GTK_TYPE_WINDOW)

/* A setting changed by hand (dconf-editor, an older version) may describe
 * pages that text cannot be laid on: that part of the setup falls back to
 * the defaults, and the rest is kept. */
static gboolean
is_valid (const CchcPageOptions *options,
          const char            *key)
{
  g_autoptr(GError) error = NULL;

  if (cchc_page_options_validate (options, &error))
    return TRUE;

  g_warning ("Ignoring the “%s” setting: %s", key, error->message);
  return FALSE;
}

/**
 * cchc_load_page_options:
 * @settings: (nullable): the application's settings
 *
 * Returns: (transfer full): the remembered page setup, or the defaults
 *   without settings; always valid
 */
CchcPageOptions *
cchc_load_page_options (GSettings *settings)
{
  CchcPageOptions *options = cchc_page_options_new ();
  g_autoptr(CchcPageOptions) defaults = cchc_page_options_new ();
  g_autoptr(GVariant) columns = NULL;
  g_autofree char *paper = NULL;
  g_autofree char *family = NULL;
  const double *widths;
  gsize n_columns = 0;

  if (settings == NULL)
    return options;

  paper = g_settings_get_string (settings, "paper");
  cchc_paper_from_name (paper, &options->paper);

  g_settings_get (settings, "margins", "(dddd)", &options->margin_top,
                  &options->margin_bottom, &options->margin_left, &options->margin_right);
  if (!is_valid (options, "margins"))
    {
      options->margin_top = defaults->margin_top;
      options->margin_bottom = defaults->margin_bottom;
      options->margin_left = defaults->margin_left;
      options->margin_right = defaults->margin_right;
    }

  g_settings_get (settings, "print-font", "(sd)", &family, &options->font_size);
  if (family != NULL && *family != '\0')
    cchc_page_options_set_font_family (options, family);
  if (!is_valid (options, "print-font"))
    {
      cchc_page_options_set_font_family (options, defaults->font_family);
      options->font_size = defaults->font_size;
    }

  columns = g_settings_get_value (settings, "task-columns");
  widths = g_variant_get_fixed_array (columns, &n_columns, sizeof (double));
  if (n_columns == CCHC_TASK_TABLE_N_COLUMNS)
    memcpy (options->task_columns, widths, sizeof options->task_columns);
  if (!is_valid (options, "task-columns"))
    memcpy (options->task_columns, defaults->task_columns, sizeof options->task_columns);

  return options;
}

/**
 * cchc_save_page_options:
 * @options: a valid page setup
 *
 * Writes the whole setup in one change.
 */
void
cchc_save_page_options (GSettings             *settings,
                        const CchcPageOptions *options)
{
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autoptr(GSettings) batch = NULL;
  g_autofree char *path = NULL;
  GSettingsBackend *backend = NULL;

  g_return_if_fail (G_IS_SETTINGS (settings));
  g_return_if_fail (options != NULL);

  /* Settings of their own: g_settings_delay() cannot be undone, and
   * would hold back every later write through @settings. */
  g_object_get (settings, "settings-schema", &schema, "backend", &backend, "path", &path,
                NULL);
  batch = g_settings_new_full (schema, backend, path);
  g_object_unref (backend);

  g_settings_delay (batch);
  g_settings_set_string (batch, "paper", cchc_paper_get_name (options->paper));
  g_settings_set (batch, "margins", "(dddd)", options->margin_top, options->margin_bottom,
                  options->margin_left, options->margin_right);
  g_settings_set (batch, "print-font", "(sd)", options->font_family, options->font_size);
  g_settings_set_value (batch, "task-columns",
                        g_variant_new_fixed_array (G_VARIANT_TYPE_DOUBLE, options->task_columns,
                                                   CCHC_TASK_TABLE_N_COLUMNS, sizeof (double)));
  g_settings_apply (batch);
}

static CchcPageOptions *
read_widgets (CchcPageSetupDialog *self)
{
  CchcPageOptions *options = cchc_page_options_new ();
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->font_entry));
  g_autofree char *family = g_strstrip (g_strdup (text));

  options->paper = gtk_drop_down_get_selected (self->paper_dropdown);
  options->margin_top = gtk_spin_button_get_value (self->margin_top);
  options->margin_bottom = gtk_spin_button_get_value (self->margin_bottom);
  options->margin_left = gtk_spin_button_get_value (self->margin_left);
  options->margin_right = gtk_spin_button_get_value (self->margin_right);

  cchc_page_options_set_font_family (options, family);
  options->font_size = gtk_spin_button_get_value (self->font_size);

  for (guint i = 0; i < CCHC_TASK_TABLE_N_COLUMNS; i++)
    options->task_columns[i] = gtk_spin_button_get_value (self->column_spins[i]);

  return options;
}

static void
write_widgets (CchcPageSetupDialog   *self,
               const CchcPageOptions *options)
{
  gtk_drop_down_set_selected (self->paper_dropdown, options->paper);
  gtk_spin_button_set_value (self->margin_top, options->margin_top);
  gtk_spin_button_set_value (self->margin_bottom, options->margin_bottom);
  gtk_spin_button_set_value (self->margin_left, options->margin_left);
  gtk_spin_button_set_value (self->margin_right, options->margin_right);

  gtk_editable_set_text (GTK_EDITABLE (self->font_entry), options->font_family);
  gtk_spin_button_set_value (self->font_size, options->font_size);

  for (guint i = 0; i < CCHC_TASK_TABLE_N_COLUMNS; i++)
    gtk_spin_button_set_value (self->column_spins[i], options->task_columns[i]);
}

/* Names the font that will really print: "Times New Roman" is Liberation
 * Serif on most Linux systems, which has the same metrics. */
static void
update_font_hint (CchcPageSetupDialog   *self,
                  const CchcPageOptions *options)
{
  g_autoptr(PangoFontDescription) wanted = pango_font_description_new ();
  g_autoptr(PangoFontDescription) found = NULL;
  g_autoptr(PangoFont) font = NULL;
  g_autofree char *hint = NULL;
  PangoContext *context = gtk_widget_get_pango_context (GTK_WIDGET (self));

  pango_font_description_set_family (wanted, options->font_family);
  font = pango_context_load_font (context, wanted);
  if (font != NULL)
    found = pango_font_describe (font);

  if (found != NULL && pango_font_description_get_family (found) != NULL)
    hint = g_strdup_printf (_("Printed with %s on this computer."),
                            pango_font_description_get_family (found));
  gtk_label_set_text (self->font_hint, hint != NULL ? hint : "");
}

/* Apply is possible only for a setup text can be laid on. */
static void
validate (CchcPageSetupDialog *self)
{
  g_autoptr(CchcPageOptions) options = read_widgets (self);
  g_autoptr(GError) error = NULL;
  gboolean valid = cchc_page_options_validate (options, &error);

  update_font_hint (self, options);

  gtk_label_set_text (self->error_label, valid ? "" : error->message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), !valid);
  gtk_widget_set_sensitive (GTK_WIDGET (self->apply_button), valid && self->settings != NULL);
}

static void
on_changed_cb (CchcPageSetupDialog *self)
{
  validate (self);
}

static void
on_apply_clicked_cb (CchcPageSetupDialog *self)
{
  g_autoptr(CchcPageOptions) options = read_widgets (self);

  if (self->settings == NULL || !cchc_page_options_validate (options, NULL))
    return;

  cchc_save_page_options (self->settings, options);
  gtk_window_close (GTK_WINDOW (self));
}

static void
apply_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  on_apply_clicked_cb (CCHC_PAGE_SETUP_DIALOG (widget));
}

static void
on_defaults_clicked_cb (CchcPageSetupDialog *self)
{
  g_autoptr(CchcPageOptions) defaults = cchc_page_options_new ();

  write_widgets (self, defaults);
}

/* The six column spin buttons, labelled as the table's header. */
static void
add_column_spins (CchcPageSetupDialog *self)
{
  const char *titles[CCHC_TASK_TABLE_N_COLUMNS] = {
    /* Translators: the columns of the implementation table */
    _("No."), _("Task"), _("Product"), _("Lead unit"), _("Cooperating units"), _("Timeframe"),
  };

  for (guint i = 0; i < CCHC_TASK_TABLE_N_COLUMNS; i++)
    {
      GtkWidget *label = gtk_label_new (titles[i]);
      GtkWidget *spin = gtk_spin_button_new_with_range (1, 100, 1);

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_mnemonic_widget (GTK_LABEL (label), spin);
      gtk_grid_attach (self->columns_grid, label, (i % 3) * 2, i / 3, 1, 1);
      if (i % 3 == 0)
        gtk_size_group_add_widget (self->label_column, label);
      gtk_grid_attach (self->columns_grid, spin, (i % 3) * 2 + 1, i / 3, 1, 1);
      g_signal_connect_object (spin, "value-changed", G_CALLBACK (on_changed_cb), self,
                               G_CONNECT_SWAPPED);
      self->column_spins[i] = GTK_SPIN_BUTTON (spin);
    }
}

static void
cchc_page_setup_dialog_dispose (GObject *object)
{
  CchcPageSetupDialog *self = CCHC_PAGE_SETUP_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), CCHC_TYPE_PAGE_SETUP_DIALOG);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (cchc_page_setup_dialog_parent_class)->dispose (object);
}

static void
cchc_page_setup_dialog_class_init (CchcPageSetupDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cchc_page_setup_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/cchcplanner/Planner/ui/cchc-page-setup-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, CchcPageSetupDialog, paper_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CchcPageSetupDialog, margin_top);
  gtk_widget_class_bind_template_child (widget_class, CchcPageSetupDialog, margin_bottom);
  gtk_widget_class_bind_template_child (widget_class, CchcPageSetupDialog, margin_left);
  gtk_widget_class_bind_template_child (widget_class, CchcPageSetupDialog, margin_right);
  gtk_widget_class_bind_template_child (widget_class, CchcPageSetupDialog, font_entry);
  gtk_widget_class_bind_template_child (widget_class, CchcPageSetupDialog, font_size);
  gtk_widget_class_bind_template_child (widget_class, CchcPageSetupDialog, font_hint);
  gtk_widget_class_bind_template_child (widget_class, CchcPageSetupDialog, columns_grid);
  gtk_widget_class_bind_template_child (widget_class, CchcPageSetupDialog, label_column);
  gtk_widget_class_bind_template_child (widget_class, CchcPageSetupDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, CchcPageSetupDialog, apply_button);
  gtk_widget_class_bind_template_callback (widget_class, on_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_apply_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_defaults_clicked_cb);
  /* Ctrl+S applies, as it saves in the editors. */
  gtk_widget_class_install_action (widget_class, "dialog.apply", NULL, apply_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK,
                                       "dialog.apply", NULL);
}

static void
cchc_page_setup_dialog_init (CchcPageSetupDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  cchc_widget_fill_gtk_gaps (GTK_WIDGET (self));
  add_column_spins (self);
  /* Return in the font's name (Ctrl+Return anywhere) applies, Esc closes. */
  cchc_editor_setup (GTK_WINDOW (self), GTK_WIDGET (self->apply_button));
  gtk_entry_set_activates_default (self->font_entry, TRUE);
}

/**
 * cchc_page_setup_dialog_new:
 * @settings: (nullable): where the page setup is kept; without them (an
 *   uninstalled run without the schema) it can be seen but not changed
 *
 * Returns: (transfer none): a new modal dialog, owned by GTK
 */
GtkWidget *
cchc_page_setup_dialog_new (GtkWindow *parent,
                            GSettings *settings)
{
  CchcPageSetupDialog *self = g_object_new (CCHC_TYPE_PAGE_SETUP_DIALOG,
                                            "transient-for", parent,
                                            "modal", TRUE,
                                            NULL);
  g_autoptr(CchcPageOptions) options = cchc_load_page_options (settings);

  g_set_object (&self->settings, settings);
  write_widgets (self, options);
  validate (self);

  return GTK_WIDGET (self);
}
