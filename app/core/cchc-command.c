/* cchc-command.c: the headless command-line work (import, export)
 *
 * The same executable imports and exports without a window, for scripts,
 * the tests and the benchmarks. Imports run before exports, so one call
 * can convert a file.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cchc-command"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "cchc-command.h"
#include "cchc-document.h"
#include "cchc-exchange.h"
#include "cchc-pdf.h"
#include "cchc-plan.h"

/**
 * cchc_command_is_headless:
 *
 * Returns: whether @command asks for work that needs no window
 */
gboolean
cchc_command_is_headless (const CchcCommand *command)
{
  return command->import_path != NULL ||
         command->export_json != NULL ||
         command->export_csv != NULL ||
         command->export_pdf != NULL;
}

static char *
list_years (GListModel *plans)
{
  g_autoptr(GString) years = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (plans); i++)
    {
      g_autoptr(CchcPlan) plan = g_list_model_get_item (plans, i);

      g_string_append_printf (years, "%s%d (%s)", i > 0 ? ", " : "",
                              cchc_plan_get_year (plan),
                              cchc_record_get_uuid (CCHC_RECORD (plan)));
    }

  return g_string_free (g_steal_pointer (&years), FALSE);
}

static guint
count_plans_of_year (GListModel *plans,
                     int         year)
{
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (plans); i++)
    {
      g_autoptr(CchcPlan) plan = g_list_model_get_item (plans, i);

      n += cchc_plan_get_year (plan) == year;
    }

  return n;
}

/* The plan to export: --plan's (a year names a plan only when it is the
 * only one of that year), else the one imported, else the only one. */
static CchcPlan *
choose_plan (CchcStore   *store,
             const char  *wanted,
             CchcPlan    *imported,
             GError     **error)
{
  GListModel *plans = cchc_store_get_plans (store);
  g_autofree char *years = NULL;
  CchcPlan *plan = NULL;

  if (wanted != NULL)
    {
      plan = cchc_store_find_plan (store, wanted);
      if (plan != NULL && (g_str_equal (cchc_record_get_uuid (CCHC_RECORD (plan)), wanted) ||
                           count_plans_of_year (plans, cchc_plan_get_year (plan)) == 1))
        return plan;
    }
  else if (imported != NULL)
    return imported;
  else if (g_list_model_get_n_items (plans) == 1)
    {
      g_autoptr(CchcPlan) only = g_list_model_get_item (plans, 0);
      return only;
    }

  years = list_years (plans);
  if (g_list_model_get_n_items (plans) == 0)
    g_set_error_literal (error, CCHC_STORE_ERROR, CCHC_STORE_ERROR_NOT_FOUND,
                         _("The database holds no plan."));
  else if (wanted != NULL && plan != NULL)
    g_set_error (error, CCHC_STORE_ERROR, CCHC_STORE_ERROR_NOT_FOUND,
                 _("There are several plans of %s: choose one with --plan UUID. "
                   "The plans are: %s."), wanted, years);
  else if (wanted != NULL)
    g_set_error (error, CCHC_STORE_ERROR, CCHC_STORE_ERROR_NOT_FOUND,
                 _("There is no plan “%s”. The plans are: %s."), wanted, years);
  else
    g_set_error (error, CCHC_STORE_ERROR, CCHC_STORE_ERROR_NOT_FOUND,
                 _("Choose a plan with --plan YEAR or --plan UUID. The plans are: %s."), years);
  return NULL;
}

static gboolean
parse_table (const char    *what,
             CchcCsvTable  *table,
             GError       **error)
{
  static const char * const names[] = { "tasks", "kpis", "activities" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (g_strcmp0 (what, names[i]) == 0)
      {
        *table = i;
        return TRUE;
      }

  g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
               _("--export-csv needs --what tasks, --what kpis or --what activities."));
  return FALSE;
}

static gboolean
parse_document (const char        *what,
                CchcDocumentKind  *kind,
                GError           **error)
{
  if (what != NULL && cchc_document_kind_from_name (what, kind))
    return TRUE;

  g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
               _("--export-pdf needs --what table, --what plan, --what kpis or "
                 "--what activities."));
  return FALSE;
}

static gboolean
export_pdf (const CchcCommand  *command,
            CchcStore          *store,
            CchcPlan           *plan,
            CchcDocumentKind    kind,
            GError            **error)
{
  g_autoptr(CchcPageOptions) defaults = cchc_page_options_new ();
  const CchcPageOptions *options = command->page_options ? command->page_options : defaults;
  g_autoptr(CchcDocument) document = cchc_document_new_for_plan (store, plan, kind, options);
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (command->export_pdf);

  return cchc_pdf_write (document, options, file, NULL, NULL, NULL, NULL, error);
}

/**
 * cchc_command_run:
 *
 * Does the headless work of @command on @store: the import first, then
 * the exports of the chosen plan (the imported one by default).
 *
 * Returns: whether everything succeeded
 */
gboolean
cchc_command_run (const CchcCommand  *command,
                  CchcStore          *store,
                  GError            **error)
{
  CchcPlan *imported = NULL;
  CchcPlan *plan;
  CchcCsvTable table = CCHC_CSV_TASKS;
  CchcDocumentKind document = CCHC_DOCUMENT_TABLE;

  g_return_val_if_fail (command != NULL, FALSE);
  g_return_val_if_fail (CCHC_IS_STORE (store), FALSE);

  if (command->export_csv != NULL && !parse_table (command->what, &table, error))
    return FALSE;

  if (command->export_pdf != NULL && !parse_document (command->what, &document, error))
    return FALSE;

  if (command->import_path != NULL)
    {
      imported = cchc_exchange_import_json (store, command->import_path,
                                            command->replace ? CCHC_IMPORT_REPLACE
                                                             : CCHC_IMPORT_NEW,
                                            error);
      if (imported == NULL)
        return FALSE;
    }

  if (command->export_json == NULL && command->export_csv == NULL &&
      command->export_pdf == NULL)
    return TRUE;

  plan = choose_plan (store, command->plan, imported, error);
  if (plan == NULL)
    return FALSE;

  if (command->export_json != NULL &&
      !cchc_exchange_export_json (store, plan, command->export_json, error))
    return FALSE;

  if (command->export_csv != NULL &&
      !cchc_exchange_export_csv (store, plan, table, command->export_csv, error))
    return FALSE;

  if (command->export_pdf != NULL &&
      !export_pdf (command, store, plan, document, error))
    return FALSE;

  return TRUE;
}
