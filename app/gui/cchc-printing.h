/* cchc-printing.h: printing through GtkPrintOperation and PDF export with progress
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "cchc-document.h"
#include "cchc-page-options.h"

G_BEGIN_DECLS

GtkPrintOperation *cchc_print_operation_new     (CchcDocument          *document,
                                                 const CchcPageOptions *options);
void               cchc_print_document          (GtkWindow             *parent,
                                                 CchcDocument          *document,
                                                 const CchcPageOptions *options);
void               cchc_export_pdf              (GtkWindow             *parent,
                                                 CchcDocument          *document,
                                                 const CchcPageOptions *options,
                                                 const char            *file_name);
void               cchc_export_pdf_to_file      (GtkWindow             *parent,
                                                 CchcDocument          *document,
                                                 const CchcPageOptions *options,
                                                 GFile                 *file);
char              *cchc_document_file_name      (CchcDocumentKind       kind,
                                                 int                    year);
const char        *cchc_document_kind_get_label (CchcDocumentKind       kind);

G_END_DECLS
