/* cchc-application.c: the application: options, store, app actions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cchc-application"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>

#include "cchc-application.h"
#include "cchc-command.h"
#include "cchc-exchange.h"
#include "cchc-gui-utils.h"
#include "cchc-page-setup-dialog.h"
#include "cchc-store.h"
#include "cchc-window.h"

struct _CchcApplication
{
  GtkApplication  parent_instance;

  char           *database_path;
  CchcStore      *store;
  gboolean        open_failed;
  gboolean        open_sample;
};

G_DEFINE_FINAL_TYPE (CchcApplication, cchc_application, GTK_TYPE_APPLICATION)

static const GOptionEntry option_entries[] = {
  { "database", 'd', 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Open the plan database FILE instead of the default one"), N_("FILE") },
  { "version", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Print the version and exit"), NULL },
  { "sample", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Load the sample plan when the database holds no plan"), NULL },
  { "import", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Import the plan in FILE (JSON) without opening a window"), N_("FILE") },
  { "replace", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("With --import, replace the stored plan that has the same identity"), NULL },
  { "export-json", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Write the plan to FILE as JSON without opening a window"), N_("FILE") },
  { "export-csv", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Write a table of the plan to FILE as CSV without opening a window"), N_("FILE") },
  { "export-pdf", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Print a document of the plan to FILE as PDF without opening a window"), N_("FILE") },
  { "what", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("The table for --export-csv: tasks, kpis or activities; the document for "
       "--export-pdf: table, plan, kpis or activities"), N_("WHAT") },
  { "plan", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("The plan to export: its year or its UUID"), N_("YEAR-OR-UUID") },
  { NULL }
};

static gboolean
open_store (CchcApplication  *self,
            GError          **error)
{
  g_autofree char *path = NULL;
  g_autofree char *dir = NULL;

  if (self->database_path != NULL)
    path = g_strdup (self->database_path);
  else
    path = cchc_store_get_default_path ();

  dir = g_path_get_dirname (path);
  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved_errno = errno;
      g_autofree char *display_dir = g_filename_display_name (dir);

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                   _("Could not create the folder “%s”: %s"),
                   display_dir, g_strerror (saved_errno));
      return FALSE;
    }

  self->store = cchc_store_open (path, CCHC_STORE_FLAGS_NONE, error);

  return self->store != NULL;
}

/* A command that only reads (exports) does not make the database it is
 * given: a mistyped path left new folders and an empty database behind,
 * and said only that there was no plan. */
static gboolean
check_database_to_read (CchcApplication    *self,
                        const CchcCommand  *command,
                        GError            **error)
{
  g_autofree char *name = NULL;

  if (command->import_path != NULL || self->open_sample || self->database_path == NULL ||
      g_file_test (self->database_path, G_FILE_TEST_EXISTS))
    return TRUE;

  name = g_filename_display_name (self->database_path);
  g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT,
               _("The database “%s” does not exist."), name);
  return FALSE;
}

static void
show_open_error (CchcApplication *self,
                 const GError    *error)
{
  GtkWidget *dialog;

  dialog = gtk_message_dialog_new (NULL, 0, GTK_MESSAGE_ERROR, GTK_BUTTONS_CLOSE,
                                   "%s", _("Could not open the plan database"));
  gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog), "%s", error->message);
  gtk_window_set_title (GTK_WINDOW (dialog), _("CCHC Planner"));
  gtk_window_set_application (GTK_WINDOW (dialog), GTK_APPLICATION (self));
  g_signal_connect (dialog, "response", G_CALLBACK (gtk_window_destroy), NULL);
  gtk_window_present (GTK_WINDOW (dialog));
}

static gpointer
ref_window (gconstpointer window,
            gpointer      user_data)
{
  return g_object_ref ((gpointer) window);
}

static void
quit_activated (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  GApplication *app = G_APPLICATION (user_data);
  g_autolist(GtkWindow) windows = NULL;

  /* Closing (rather than destroying) lets each main window save its state;
   * their dialogs go with them. The program then ends as the last window
   * goes, or once a PDF export still writing (it holds the application)
   * has been cancelled and cleaned up, rather than cut off mid-file. */
  windows = g_list_copy_deep (gtk_application_get_windows (GTK_APPLICATION (app)),
                              ref_window, NULL);
  for (const GList *l = windows; l != NULL; l = l->next)
    if (CCHC_IS_WINDOW (l->data))
      gtk_window_close (GTK_WINDOW (l->data));
  for (const GList *l = windows; l != NULL; l = l->next)
    gtk_window_close (GTK_WINDOW (l->data));
}

static void
about_activated (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  GtkApplication *app = GTK_APPLICATION (user_data);
  GtkWindow *about;
  GtkWidget *focus;

  about = g_object_new (GTK_TYPE_ABOUT_DIALOG,
                        "transient-for", gtk_application_get_active_window (app),
                        "modal", TRUE,
                        "destroy-with-parent", TRUE,
                        "program-name", _("CCHC Planner"),
                        "logo-icon-name", APPLICATION_ID,
                        "version", PACKAGE_VERSION,
                        "comments", _("Write, track and print the annual administrative "
                                      "reform plan of a state agency."),
                        "copyright", _("© 2026 the CCHC Planner contributors"),
                        "license-type", GTK_LICENSE_GPL_3_0,
                        "website", "https://github.com/cchcplanner/cchc-planner",
                        NULL);
  gtk_window_present (about);
  /* GTK gives the focus to the first thing that takes it, the name, which
   * a label so focused shows selected whole: nothing to type or pick. */
  focus = gtk_window_get_focus (about);
  if (GTK_IS_LABEL (focus))
    gtk_label_select_region (GTK_LABEL (focus), 0, 0);
  gtk_window_set_focus (about, NULL);
}

static const GActionEntry app_actions[] = {
  { "quit", quit_activated },
  { "about", about_activated },
};

static gboolean
open_sample_if_empty (CchcApplication  *self,
                      GError          **error)
{
  if (!self->open_sample ||
      g_list_model_get_n_items (cchc_store_get_plans (self->store)) > 0)
    return TRUE;

  return cchc_exchange_import_sample (self->store, error) != NULL;
}

/* Import and export need no window: they run here, and their exit status
 * ends the program. -1 goes on to the graphical application. */
static int
run_headless (CchcApplication *self,
              GVariantDict    *options)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GSettings) settings = NULL;
  g_autoptr(CchcPageOptions) page_options = NULL;
  CchcCommand command = { NULL, };

  g_variant_dict_lookup (options, "import", "^&ay", &command.import_path);
  g_variant_dict_lookup (options, "export-json", "^&ay", &command.export_json);
  g_variant_dict_lookup (options, "export-csv", "^&ay", &command.export_csv);
  g_variant_dict_lookup (options, "export-pdf", "^&ay", &command.export_pdf);
  g_variant_dict_lookup (options, "what", "&s", &command.what);
  g_variant_dict_lookup (options, "plan", "&s", &command.plan);
  command.replace = g_variant_dict_contains (options, "replace");

  if (!cchc_command_is_headless (&command))
    return -1;

  /* PDFs look as the window's page setup says. */
  settings = cchc_settings_new_if_installed ();
  page_options = cchc_load_page_options (settings);
  command.page_options = page_options;

  if (!check_database_to_read (self, &command, &error) ||
      !open_store (self, &error) ||
      !open_sample_if_empty (self, &error) ||
      !cchc_command_run (&command, self->store, &error))
    {
      g_printerr ("%s: %s\n", g_get_prgname (), error->message);
      return 1;
    }

  return 0;
}

static int
cchc_application_handle_local_options (GApplication *app,
                                       GVariantDict *options)
{
  CchcApplication *self = CCHC_APPLICATION (app);
  const char *database = NULL;

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("%s %s\n", g_get_prgname (), PACKAGE_VERSION);
      return 0;
    }

  if (g_variant_dict_lookup (options, "database", "^&ay", &database))
    {
      g_free (self->database_path);
      self->database_path = g_strdup (database);
    }

  self->open_sample = g_variant_dict_contains (options, "sample");

  return run_headless (self, options);
}

static void
cchc_application_startup (GApplication *app)
{
  static const char *quit_accels[] = { "<Control>q", NULL };

  G_APPLICATION_CLASS (cchc_application_parent_class)->startup (app);
  cchc_install_style ();

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions,
                                   G_N_ELEMENTS (app_actions), app);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.quit", quit_accels);
}

static void
cchc_application_activate (GApplication *app)
{
  CchcApplication *self = CCHC_APPLICATION (app);
  g_autoptr(GError) error = NULL;
  GtkWindow *window;

  window = gtk_application_get_active_window (GTK_APPLICATION (app));
  if (window != NULL)
    {
      gtk_window_present (window);
      return;
    }

  if (self->open_failed)
    return;

  if (self->store == NULL && !open_store (self, &error))
    {
      g_warning ("Could not open the database: %s", error->message);
      self->open_failed = TRUE;
      show_open_error (self, error);
      return;
    }

  /* The sample is a convenience: the window opens even when it fails. */
  if (!open_sample_if_empty (self, &error))
    g_warning ("Could not load the sample plan: %s", error->message);

  window = GTK_WINDOW (cchc_window_new (GTK_APPLICATION (app), self->store));
  gtk_window_present (window);
}

static void
cchc_application_dispose (GObject *object)
{
  CchcApplication *self = CCHC_APPLICATION (object);

  g_clear_object (&self->store);

  G_OBJECT_CLASS (cchc_application_parent_class)->dispose (object);
}

static void
cchc_application_finalize (GObject *object)
{
  CchcApplication *self = CCHC_APPLICATION (object);

  g_clear_pointer (&self->database_path, g_free);

  G_OBJECT_CLASS (cchc_application_parent_class)->finalize (object);
}

static void
cchc_application_class_init (CchcApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = cchc_application_dispose;
  object_class->finalize = cchc_application_finalize;

  app_class->handle_local_options = cchc_application_handle_local_options;
  app_class->startup = cchc_application_startup;
  app_class->activate = cchc_application_activate;
}

static void
cchc_application_init (CchcApplication *self)
{
  g_application_add_main_option_entries (G_APPLICATION (self), option_entries);
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("Write, track and print administrative "
                                              "reform plans"));
}

/**
 * cchc_application_new:
 *
 * Creates the application. Several instances may run at once, each on its
 * own database.
 *
 * Returns: (transfer full): a new #CchcApplication
 */
CchcApplication *
cchc_application_new (void)
{
  return g_object_new (CCHC_TYPE_APPLICATION,
                       "application-id", APPLICATION_ID,
                       "flags", G_APPLICATION_NON_UNIQUE,
                       NULL);
}

/**
 * cchc_application_get_store:
 * @self: a #CchcApplication
 *
 * Returns: (transfer none) (nullable): the open store, or %NULL before it
 *   is opened or when opening it failed
 */
CchcStore *
cchc_application_get_store (CchcApplication *self)
{
  g_return_val_if_fail (CCHC_IS_APPLICATION (self), NULL);

  return self->store;
}
