/* cchc-printing.h: printing through GtkPrintOperation and PDF export with progress
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "cchc-document.h"
#include "cchc-page-options.h"
#include "cchc-store.h"

G_BEGIN_DECLS

GtkPrintOperation *cchc_print_operation_new          (CchcDocument          *document,
                                                      const CchcPageOptions *options);
GtkPrintOperation *cchc_print_operation_new_for_plan (CchcStore             *store,
                                                      CchcPlan              *plan,
                                                      CchcDocumentKind       kind,
                                                      const CchcPageOptions *options,
                                                      GSettings             *settings);
void               cchc_print_plan                   (GtkWindow             *parent,
                                                      CchcStore             *store,
                                                      CchcPlan              *plan,
                                                      CchcDocumentKind       kind,
                                                      const CchcPageOptions *options,
                                                      GSettings             *settings);
void               cchc_export_pdf                   (GtkWindow             *parent,
                                                      CchcDocument          *document,
                                                      const CchcPageOptions *options,
                                                      const char            *file_name);
void               cchc_export_pdf_to_file           (GtkWindow             *parent,
                                                      CchcDocument          *document,
                                                      const CchcPageOptions *options,
                                                      GFile                 *file);
char              *cchc_document_file_name           (CchcDocumentKind       kind,
                                                      int                    year);
const char        *cchc_document_kind_get_label      (CchcDocumentKind       kind);
GListModel        *cchc_document_kinds_new           (void);

G_END_DECLS
