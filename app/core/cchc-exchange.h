/* cchc-exchange.h: plans in and out of files (JSON, CSV)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "cchc-store.h"

G_BEGIN_DECLS

#define CCHC_EXCHANGE_ERROR (cchc_exchange_error_quark ())

/* Checked before a file is parsed. */
#define CCHC_EXCHANGE_MAX_SIZE  (64 * 1024 * 1024)
#define CCHC_EXCHANGE_MAX_DEPTH 64

/**
 * CchcExchangeError:
 * @CCHC_EXCHANGE_ERROR_TOO_LARGE: the file is over %CCHC_EXCHANGE_MAX_SIZE
 * @CCHC_EXCHANGE_ERROR_TOO_DEEP: the file nests deeper than %CCHC_EXCHANGE_MAX_DEPTH
 * @CCHC_EXCHANGE_ERROR_ENCODING: the file is not UTF-8
 * @CCHC_EXCHANGE_ERROR_SYNTAX: the file is not JSON
 * @CCHC_EXCHANGE_ERROR_FORMAT: the file is JSON but no CCHC plan
 * @CCHC_EXCHANGE_ERROR_VERSION: the file is of a later version of the format
 * @CCHC_EXCHANGE_ERROR_INVALID: a value in the file is wrong
 */
typedef enum
{
  CCHC_EXCHANGE_ERROR_TOO_LARGE,
  CCHC_EXCHANGE_ERROR_TOO_DEEP,
  CCHC_EXCHANGE_ERROR_ENCODING,
  CCHC_EXCHANGE_ERROR_SYNTAX,
  CCHC_EXCHANGE_ERROR_FORMAT,
  CCHC_EXCHANGE_ERROR_VERSION,
  CCHC_EXCHANGE_ERROR_INVALID,
} CchcExchangeError;

typedef enum
{
  CCHC_CSV_TASKS,
  CCHC_CSV_KPIS,
  CCHC_CSV_ACTIVITIES,
} CchcCsvTable;

GQuark            cchc_exchange_error_quark  (void);

char             *cchc_exchange_plan_to_json (CchcStore         *store,
                                              CchcPlan          *plan,
                                              gsize             *length);
CchcPlanContents *cchc_exchange_parse_json   (const char        *data,
                                              gsize              length,
                                              const char        *file_name,
                                              GError           **error);
gboolean          cchc_exchange_export_json  (CchcStore         *store,
                                              CchcPlan          *plan,
                                              const char        *path,
                                              GError           **error);
CchcPlanContents *cchc_exchange_read_json_file (const char      *path,
                                                GError         **error);
CchcPlan         *cchc_exchange_import_json  (CchcStore         *store,
                                              const char        *path,
                                              CchcImportMode     mode,
                                              GError           **error);
CchcPlan         *cchc_exchange_import_sample (CchcStore         *store,
                                              GError           **error);
char             *cchc_exchange_plan_to_csv  (CchcStore         *store,
                                              CchcPlan          *plan,
                                              CchcCsvTable       table,
                                              gsize             *length);
gboolean          cchc_exchange_export_csv   (CchcStore         *store,
                                              CchcPlan          *plan,
                                              CchcCsvTable       table,
                                              const char        *path,
                                              GError           **error);

G_END_DECLS
