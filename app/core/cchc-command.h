/* cchc-command.h: the headless command-line work (import, export)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cchc-page-options.h"
#include "cchc-store.h"

G_BEGIN_DECLS

/**
 * CchcCommand:
 * @import_path: a plan file to import, or %NULL
 * @replace: replace a stored plan with the same UUID on import
 * @export_json: where to write the plan as JSON, or %NULL
 * @export_csv: where to write one table as CSV, or %NULL
 * @export_pdf: where to write a document as PDF, or %NULL
 * @what: which table for CSV: "tasks", "kpis" or "activities"; which
 *   document for PDF: "table", "plan", "kpis" or "activities"
 * @plan: the plan to export: a year or a UUID; %NULL when only one exists
 * @page_options: paper, margins and font for PDF; %NULL for the defaults
 *
 * What the user asked for on the command line; paths are filenames.
 */
typedef struct
{
  const char *import_path;
  gboolean    replace;
  const char *export_json;
  const char *export_csv;
  const char *export_pdf;
  const char *what;
  const char *plan;
  const CchcPageOptions *page_options;
} CchcCommand;

gboolean cchc_command_is_headless (const CchcCommand  *command);
gboolean cchc_command_run         (const CchcCommand  *command,
                                   CchcStore          *store,
                                   GError            **error);

G_END_DECLS
