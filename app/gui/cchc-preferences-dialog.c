/* cchc-preferences-dialog.c: the preferences (language)
 *
 * The language is applied by main() before anything is translated, so a
 * change takes effect at the next start; the dialog says so.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cchc-preferences"

#include "config.h"

#include <glib/gi18n.h>

#include "cchc-preferences-dialog.h"

struct _CchcPreferencesDialog
{
  GtkWindow    parent_instance;

  GSettings   *settings;

  GtkDropDown *language_dropdown;
};

G_DEFINE_FINAL_TYPE (CchcPreferencesDialog, cchc_preferences_dialog, GTK_TYPE_WINDOW)

/* Positions of the drop-down, as the setting stores them. */
static const char * const languages[] = { "", "vi", "en" };

static gboolean
language_to_position (GValue   *value,
                      GVariant *variant,
                      gpointer  user_data)
{
  const char *language = g_variant_get_string (variant, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    if (g_str_equal (language, languages[i]))
      {
        g_value_set_uint (value, i);
        return TRUE;
      }

  return FALSE;
}

static GVariant *
position_to_language (const GValue       *value,
                      const GVariantType *expected_type,
                      gpointer            user_data)
{
  guint position = g_value_get_uint (value);

  return g_variant_new_string (position < G_N_ELEMENTS (languages) ? languages[position] : "");
}

static void
cchc_preferences_dialog_dispose (GObject *object)
{
  CchcPreferencesDialog *self = CCHC_PREFERENCES_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), CCHC_TYPE_PREFERENCES_DIALOG);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (cchc_preferences_dialog_parent_class)->dispose (object);
}

static void
cchc_preferences_dialog_class_init (CchcPreferencesDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cchc_preferences_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/cchcplanner/Planner/ui/cchc-preferences-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, CchcPreferencesDialog, language_dropdown);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
cchc_preferences_dialog_init (CchcPreferencesDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * cchc_preferences_dialog_new:
 * @settings: (nullable): the application's settings; without them (an
 *   uninstalled run without the schema) nothing can be changed
 *
 * Returns: (transfer none): a new modal dialog, owned by GTK
 */
GtkWidget *
cchc_preferences_dialog_new (GtkWindow *parent,
                             GSettings *settings)
{
  CchcPreferencesDialog *self = g_object_new (CCHC_TYPE_PREFERENCES_DIALOG,
                                              "transient-for", parent,
                                              "modal", TRUE,
                                              NULL);

  if (settings != NULL)
    {
      self->settings = g_object_ref (settings);
      g_settings_bind_with_mapping (settings, "language",
                                    self->language_dropdown, "selected",
                                    G_SETTINGS_BIND_DEFAULT,
                                    language_to_position, position_to_language, NULL, NULL);
    }
  else
    gtk_widget_set_sensitive (GTK_WIDGET (self->language_dropdown), FALSE);

  return GTK_WIDGET (self);
}
