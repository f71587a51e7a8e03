/* cchc-document-private.h: the blocks of a document, read by the page layout
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cchc-document.h"

G_BEGIN_DECLS

typedef enum
{
  CCHC_BLOCK_TEXT,
  CCHC_BLOCK_HEADER,
  CCHC_BLOCK_SIGNATURE,
  CCHC_BLOCK_PAGE,
  CCHC_BLOCK_TABLE,
} CchcBlockKind;

/* HEADER strings: parent agency, agency, number, place and date.
 * SIGNATURE strings: signer's title, signer's name; recipients apart. */
typedef struct
{
  CchcBlockKind   kind;
  CchcTextStyle   style;
  gboolean        landscape;
  char          **strings;
  char          **recipients;
  CchcTable      *table;
} CchcBlock;

/* A group row has one cell that spans the table. */
typedef struct
{
  gboolean  group;
  char     *cells[];
} CchcTableRow;

struct _CchcTable
{
  guint      n_columns;
  char     **titles;
  double    *widths;
  GPtrArray *rows;
};

guint            _cchc_document_get_n_blocks (CchcDocument *self);
const CchcBlock *_cchc_document_get_block    (CchcDocument *self,
                                              guint         index);

G_END_DECLS
