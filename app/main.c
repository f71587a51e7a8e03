/* main.c: locale and gettext set-up, then the application
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <glib/gi18n.h>

#include "cchc-application.h"

static char *
find_locale_dir (void)
{
  const char *dir = g_getenv ("CCHC_LOCALEDIR");

  if (dir != NULL && *dir != '\0')
    return g_strdup (dir);

#ifdef G_OS_WIN32
  {
    g_autofree char *prefix = g_win32_get_package_installation_directory_of_module (NULL);

    return g_build_filename (prefix, "share", "locale", NULL);
  }
#else
  return g_strdup (LOCALEDIR);
#endif
}

/* The language chosen in Preferences, applied before anything is
 * translated; empty follows the system. */
static void
apply_language_setting (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autoptr(GSettings) settings = NULL;
  g_autofree char *language = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APPLICATION_ID, TRUE);
  if (schema == NULL || !g_settings_schema_has_key (schema, "language"))
    return;

  settings = g_settings_new_full (schema, NULL, NULL);
  language = g_settings_get_string (settings, "language");
  if (*language != '\0')
    g_setenv ("LANGUAGE", language, TRUE);
}

static void
setup_locale (void)
{
  g_autofree char *locale_dir = NULL;
  const char *locale;

  apply_language_setting ();
  locale = setlocale (LC_ALL, "");

  /* gettext ignores LANGUAGE in the plain "C" locale, and the language
   * chosen in the app (or LANGUAGE=vi on a C system) must still apply.
   * The environment says so too, because GTK calls setlocale (LC_ALL, "")
   * once more when it starts. */
  if ((locale == NULL || g_str_equal (locale, "C") || g_str_equal (locale, "POSIX")) &&
      g_getenv ("LANGUAGE") != NULL &&
      setlocale (LC_ALL, "C.UTF-8") != NULL)
    g_setenv ("LC_ALL", "C.UTF-8", TRUE);

  locale_dir = find_locale_dir ();
  bindtextdomain (GETTEXT_PACKAGE, locale_dir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(CchcApplication) app = NULL;

  setup_locale ();

  app = cchc_application_new ();

  return g_application_run (G_APPLICATION (app), argc, argv);
}
