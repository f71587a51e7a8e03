/* cchc-window-exchange.c: the main window's import, export and sample plan actions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cchc-window"

#include "config.h"

#include <glib/gi18n.h>

#include "cchc-exchange.h"
#include "cchc-gui-utils.h"
#include "cchc-plan.h"
#include "cchc-window-private.h"

enum {
  RESPONSE_REPLACE = 1,
  RESPONSE_COPY,
};

typedef struct
{
  CchcWindow       *window;
  CchcPlanContents *contents;
} ImportData;

static void
import_data_free (ImportData *data)
{
  g_clear_object (&data->window);
  g_clear_pointer (&data->contents, cchc_plan_contents_free);
  g_free (data);
}

static void
import_contents (CchcWindow       *self,
                 CchcPlanContents *contents,
                 CchcImportMode    mode)
{
  g_autoptr(GError) error = NULL;
  CchcPlan *plan;

  plan = cchc_store_import_plan (cchc_window_get_store (self), contents, mode, &error);
  if (plan == NULL)
    {
      cchc_show_error (GTK_WIDGET (self), _("Could not import the plan"), error);
      return;
    }

  cchc_window_select_plan (self, plan);
}

static void
on_replace_response_cb (GtkDialog  *dialog,
                        int         response,
                        ImportData *data)
{
  gtk_window_destroy (GTK_WINDOW (dialog));

  if (response == RESPONSE_REPLACE)
    import_contents (data->window, data->contents, CCHC_IMPORT_REPLACE);
  else if (response == RESPONSE_COPY)
    import_contents (data->window, data->contents, CCHC_IMPORT_COPY);

  import_data_free (data);
}

/* The plan of the file is in the database already: replacing it loses
 * what was changed since, so the user decides. */
static void
confirm_replace (CchcWindow       *self,
                 CchcPlan         *existing,
                 CchcPlanContents *contents)
{
  ImportData *data = g_new0 (ImportData, 1);
  g_autofree char *question = NULL;
  GtkDialog *dialog;
  GtkWidget *replace;

  question = g_strdup_printf (_("Replace the plan “%s” (%d)?"),
                              cchc_plan_get_title (existing), cchc_plan_get_year (existing));
  dialog = cchc_question_new (GTK_WINDOW (self), question,
                              _("The database already holds this plan. Replacing it discards "
                                "every change made to it since; importing a copy keeps both."));
  gtk_dialog_add_button (dialog, _("Import a _Copy"), RESPONSE_COPY);
  replace = gtk_dialog_add_button (dialog, _("_Replace"), RESPONSE_REPLACE);
  gtk_widget_add_css_class (replace, "destructive-action");

  data->window = g_object_ref (self);
  data->contents = contents;
  g_signal_connect (dialog, "response", G_CALLBACK (on_replace_response_cb), data);
  gtk_window_present (GTK_WINDOW (dialog));
}

/**
 * cchc_window_import_file:
 * @file: a plan file (JSON)
 *
 * Imports the plan in @file, asking before it replaces a stored plan with
 * the same identity; a bad file is explained in a dialog and changes
 * nothing.
 */
void
cchc_window_import_file (CchcWindow *self,
                         GFile      *file)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_file_get_path (file);
  CchcPlanContents *contents;
  CchcPlan *existing;

  g_return_if_fail (CCHC_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  contents = path != NULL ? cchc_exchange_read_json_file (path, &error) : NULL;
  if (contents == NULL)
    {
      if (error == NULL)
        g_set_error_literal (&error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                             _("Only files on this computer can be imported."));
      cchc_show_error (GTK_WIDGET (self), _("Could not import the plan"), error);
      return;
    }

  existing = cchc_store_find_plan (cchc_window_get_store (self),
                                   cchc_record_get_uuid (CCHC_RECORD (contents->plan)));
  if (existing != NULL)
    {
      confirm_replace (self, existing, contents);
      return;
    }

  import_contents (self, contents, CCHC_IMPORT_NEW);
  cchc_plan_contents_free (contents);
}

/**
 * cchc_window_export_file:
 * @file: where to write
 * @format: "json", or "tasks", "kpis" or "activities" for a CSV table
 *
 * Writes the selected plan to @file; a failure is explained in a dialog.
 */
void
cchc_window_export_file (CchcWindow *self,
                         GFile      *file,
                         const char *format)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_file_get_path (file);
  CchcPlan *plan = cchc_window_get_selected_plan (self);
  gboolean ok;

  g_return_if_fail (CCHC_IS_WINDOW (self));
  g_return_if_fail (plan != NULL);

  if (path == NULL)
    {
      g_set_error_literal (&error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                           _("Only files on this computer can be written."));
      ok = FALSE;
    }
  else if (g_str_equal (format, "json"))
    ok = cchc_exchange_export_json (cchc_window_get_store (self), plan, path, &error);
  else
    ok = cchc_exchange_export_csv (cchc_window_get_store (self), plan,
                                   g_str_equal (format, "kpis") ? CCHC_CSV_KPIS
                                   : g_str_equal (format, "activities") ? CCHC_CSV_ACTIVITIES
                                   : CCHC_CSV_TASKS,
                                   path, &error);

  if (!ok)
    cchc_show_error (GTK_WIDGET (self),
                     g_str_equal (format, "json") ? _("Could not export the plan")
                                                  : _("Could not export the table"),
                     error);
}

static void
on_import_chooser_response_cb (GtkNativeDialog *chooser,
                               int              response,
                               CchcWindow      *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      cchc_window_import_file (self, file);
    }

  g_object_unref (chooser);
}

static GtkFileFilter *
new_filter (const char *name,
            const char *pattern)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, name);
  gtk_file_filter_add_pattern (filter, pattern);
  return filter;
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  CchcWindow *self = CCHC_WINDOW (widget);
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = new_filter (_("Plan files (JSON)"), "*.json");

  chooser = gtk_file_chooser_native_new (_("Import a Plan"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Import"), _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect_object (chooser, "response", G_CALLBACK (on_import_chooser_response_cb),
                           self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
on_export_chooser_response_cb (GtkNativeDialog *chooser,
                               int              response,
                               CchcWindow      *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      cchc_window_export_file (self, file, g_object_get_data (G_OBJECT (chooser), "format"));
    }

  g_object_unref (chooser);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  CchcWindow *self = CCHC_WINDOW (widget);
  const char *format = g_variant_get_string (parameter, NULL);
  gboolean json = g_str_equal (format, "json");
  CchcPlan *plan = cchc_window_get_selected_plan (self);
  g_autoptr(GtkFileFilter) filter = NULL;
  g_autofree char *name = NULL;
  GtkFileChooserNative *chooser;

  if (plan == NULL)
    return;

  /* Translators: file names suggested for exports; no spaces or accents,
   * so that they travel well between systems. %d is the year. */
  if (json)
    name = g_strdup_printf (_("cchc-plan-%d.json"), cchc_plan_get_year (plan));
  else if (g_str_equal (format, "kpis"))
    name = g_strdup_printf (_("cchc-kpis-%d.csv"), cchc_plan_get_year (plan));
  else if (g_str_equal (format, "activities"))
    name = g_strdup_printf (_("cchc-activities-%d.csv"), cchc_plan_get_year (plan));
  else
    name = g_strdup_printf (_("cchc-tasks-%d.csv"), cchc_plan_get_year (plan));

  chooser = gtk_file_chooser_native_new (json ? _("Export the Plan") : _("Export a Table"),
                                         GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Export"), _("_Cancel"));
  filter = json ? new_filter (_("Plan files (JSON)"), "*.json")
                : new_filter (_("Spreadsheets (CSV)"), "*.csv");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_object_set_data_full (G_OBJECT (chooser), "format", g_strdup (format), g_free);
  g_signal_connect_object (chooser, "response", G_CALLBACK (on_export_chooser_response_cb),
                           self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
open_sample_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  CchcWindow *self = CCHC_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  CchcPlan *plan;

  plan = cchc_exchange_import_sample (cchc_window_get_store (self), &error);
  if (plan == NULL)
    {
      cchc_show_error (GTK_WIDGET (self), _("Could not open the sample plan"), error);
      return;
    }

  cchc_window_select_plan (self, plan);
}

void
_cchc_window_class_add_exchange_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.import", NULL, import_action);
  gtk_widget_class_install_action (widget_class, "win.export", "s", export_action);
  gtk_widget_class_install_action (widget_class, "win.open-sample", NULL, open_sample_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK,
                                       "win.import", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK,
                                       "win.export", "s", "json");
}
