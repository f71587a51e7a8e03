/* cchc-document.h: the text of a printed document, before it is laid out on pages
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cchc-page-options.h"
#include "cchc-store.h"

G_BEGIN_DECLS

#define CCHC_TYPE_DOCUMENT (cchc_document_get_type ())

typedef enum
{
  CCHC_DOCUMENT_TABLE,
  CCHC_DOCUMENT_PLAN,
  CCHC_DOCUMENT_KPIS,
  CCHC_DOCUMENT_ACTIVITIES,
} CchcDocumentKind;

/**
 * CchcTextStyle:
 * @CCHC_TEXT_BODY: a justified paragraph with its first line indented
 * @CCHC_TEXT_HEADING: a bold heading ("I. MỤC TIÊU", "1. Mục tiêu")
 * @CCHC_TEXT_SUBHEADING: an italic heading ("* Hoạt động triển lãm sách")
 * @CCHC_TEXT_TITLE: the document's name, centred and bold ("KẾ HOẠCH")
 * @CCHC_TEXT_SUBTITLE: centred and bold, with a short rule under it
 * @CCHC_TEXT_NOTE: centred italics ("(Kèm theo Kế hoạch số …)")
 */
typedef enum
{
  CCHC_TEXT_BODY,
  CCHC_TEXT_HEADING,
  CCHC_TEXT_SUBHEADING,
  CCHC_TEXT_TITLE,
  CCHC_TEXT_SUBTITLE,
  CCHC_TEXT_NOTE,
} CchcTextStyle;

typedef struct _CchcDocument CchcDocument;
typedef struct _CchcTable CchcTable;

GType         cchc_document_get_type        (void) G_GNUC_CONST;
CchcDocument *cchc_document_new             (const char          *title);
CchcDocument *cchc_document_ref             (CchcDocument        *self);
void          cchc_document_unref           (CchcDocument        *self);
const char   *cchc_document_get_title       (CchcDocument        *self);

void          cchc_document_add_text        (CchcDocument        *self,
                                             CchcTextStyle        style,
                                             const char          *text);
void          cchc_document_add_header      (CchcDocument        *self,
                                             const char          *parent_agency,
                                             const char          *agency,
                                             const char          *number,
                                             const char          *place_and_date);
void          cchc_document_add_signature   (CchcDocument        *self,
                                             const char * const  *recipients,
                                             const char          *signer_title,
                                             const char          *signer_name);
void          cchc_document_start_page      (CchcDocument        *self,
                                             gboolean             landscape);
CchcTable    *cchc_document_add_table       (CchcDocument        *self,
                                             guint                n_columns,
                                             const char * const  *titles,
                                             const double        *widths);
void          cchc_table_add_row            (CchcTable           *table,
                                             const char * const  *cells);
void          cchc_table_add_group          (CchcTable           *table,
                                             const char          *text);
guint         cchc_table_get_n_rows         (CchcTable           *table);

CchcDocument *cchc_document_new_for_plan    (CchcStore              *store,
                                             CchcPlan               *plan,
                                             CchcDocumentKind        kind,
                                             const CchcPageOptions  *options);
gboolean      cchc_document_kind_from_name  (const char             *name,
                                             CchcDocumentKind       *kind);
const char   *cchc_document_kind_get_name   (CchcDocumentKind        kind);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CchcDocument, cchc_document_unref)

G_END_DECLS
