/* cchc-document.c: the text of a printed document, before it is laid out on pages
 *
 * A document is a list of blocks (paragraphs, the national header, tables,
 * the signature, page breaks) holding copies of the plan's strings. Built
 * on the main thread from the model, it is immutable afterwards, so the
 * layout can run in a worker thread while the user goes on editing.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cchc-print"

#include "config.h"

#include "cchc-document-private.h"

struct _CchcDocument
{
  gatomicrefcount  ref_count;
  char            *title;
  GPtrArray       *blocks;
};

G_DEFINE_BOXED_TYPE (CchcDocument, cchc_document, cchc_document_ref, cchc_document_unref)

static CchcTableRow *
row_new (gboolean group,
         guint    n_cells)
{
  CchcTableRow *row = g_malloc0 (sizeof (CchcTableRow) + (n_cells + 1) * sizeof (char *));

  row->group = group;

  return row;
}

static void
row_free (CchcTableRow *row)
{
  for (guint i = 0; row->cells[i] != NULL; i++)
    g_free (row->cells[i]);
  g_free (row);
}

static void
table_free (CchcTable *table)
{
  g_strfreev (table->titles);
  g_free (table->widths);
  g_ptr_array_unref (table->rows);
  g_free (table);
}

static void
block_free (CchcBlock *block)
{
  g_strfreev (block->strings);
  g_strfreev (block->recipients);
  g_clear_pointer (&block->table, table_free);
  g_free (block);
}

static CchcBlock *
append_block (CchcDocument  *self,
              CchcBlockKind  kind)
{
  CchcBlock *block = g_new0 (CchcBlock, 1);

  block->kind = kind;
  g_ptr_array_add (self->blocks, block);

  return block;
}

/**
 * cchc_document_new:
 * @title: the document's title, for the PDF's metadata
 *
 * Returns: (transfer full): an empty document
 */
CchcDocument *
cchc_document_new (const char *title)
{
  CchcDocument *self = g_new0 (CchcDocument, 1);

  g_atomic_ref_count_init (&self->ref_count);
  self->title = g_strdup (title != NULL ? title : "");
  self->blocks = g_ptr_array_new_with_free_func ((GDestroyNotify) block_free);

  return self;
}

CchcDocument *
cchc_document_ref (CchcDocument *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);

  return self;
}

void
cchc_document_unref (CchcDocument *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;

  g_ptr_array_unref (self->blocks);
  g_free (self->title);
  g_free (self);
}

const char *
cchc_document_get_title (CchcDocument *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->title;
}

/**
 * cchc_document_add_text:
 * @text: the paragraph; empty paragraphs are skipped
 */
void
cchc_document_add_text (CchcDocument  *self,
                        CchcTextStyle  style,
                        const char    *text)
{
  CchcBlock *block;

  g_return_if_fail (self != NULL);

  if (text == NULL || *text == '\0')
    return;

  block = append_block (self, CCHC_BLOCK_TEXT);
  block->style = style;
  block->strings = g_new0 (char *, 2);
  block->strings[0] = g_strdup (text);
}

/**
 * cchc_document_add_header:
 *
 * The national header block of Decree 30/2020/NĐ-CP: the agencies on the
 * left, the country's motto on the right, the number and the place and
 * date under them.
 */
void
cchc_document_add_header (CchcDocument *self,
                          const char   *parent_agency,
                          const char   *agency,
                          const char   *number,
                          const char   *place_and_date)
{
  CchcBlock *block;

  g_return_if_fail (self != NULL);

  block = append_block (self, CCHC_BLOCK_HEADER);
  block->strings = g_new0 (char *, 5);
  block->strings[0] = g_strdup (parent_agency != NULL ? parent_agency : "");
  block->strings[1] = g_strdup (agency != NULL ? agency : "");
  block->strings[2] = g_strdup (number != NULL ? number : "");
  block->strings[3] = g_strdup (place_and_date != NULL ? place_and_date : "");
}

void
cchc_document_add_signature (CchcDocument       *self,
                             const char * const *recipients,
                             const char         *signer_title,
                             const char         *signer_name)
{
  CchcBlock *block;

  g_return_if_fail (self != NULL);

  block = append_block (self, CCHC_BLOCK_SIGNATURE);
  block->recipients = g_strdupv ((char **) recipients);
  if (block->recipients == NULL)
    block->recipients = g_new0 (char *, 1);
  block->strings = g_new0 (char *, 3);
  block->strings[0] = g_strdup (signer_title != NULL ? signer_title : "");
  block->strings[1] = g_strdup (signer_name != NULL ? signer_name : "");
}

/**
 * cchc_document_start_page:
 * @landscape: the orientation of the new page and those after it
 *
 * Starts a new page, unless nothing has been put on the current one yet.
 */
void
cchc_document_start_page (CchcDocument *self,
                          gboolean      landscape)
{
  CchcBlock *block;

  g_return_if_fail (self != NULL);

  block = append_block (self, CCHC_BLOCK_PAGE);
  block->landscape = landscape;
}

/**
 * cchc_document_add_table:
 * @titles: (array length=n_columns): the header row; %NULL titles print empty
 * @widths: (array length=n_columns) (nullable): relative widths of the
 *   columns, or %NULL for columns of equal width; a width that is not
 *   positive counts as 1
 *
 * Returns: (transfer none): the table, owned by the document
 */
CchcTable *
cchc_document_add_table (CchcDocument       *self,
                         guint               n_columns,
                         const char * const *titles,
                         const double       *widths)
{
  CchcBlock *block;
  CchcTable *table;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (n_columns > 0, NULL);
  g_return_val_if_fail (titles != NULL, NULL);

  /* The titles are a NULL-terminated vector: a missing title must not
   * end it early. */
  table = g_new0 (CchcTable, 1);
  table->n_columns = n_columns;
  table->titles = g_new0 (char *, n_columns + 1);
  table->widths = g_new (double, n_columns);
  for (guint i = 0; i < n_columns; i++)
    {
      double width = widths != NULL ? widths[i] : 1;

      table->titles[i] = g_strdup (titles[i] != NULL ? titles[i] : "");
      /* NaN and infinity are refused too. */
      table->widths[i] = width > 0 && width <= G_MAXDOUBLE ? width : 1;
    }
  table->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) row_free);

  block = append_block (self, CCHC_BLOCK_TABLE);
  block->table = table;

  return table;
}

/**
 * cchc_table_add_row:
 * @cells: (array): one string per column; %NULL cells print empty
 */
void
cchc_table_add_row (CchcTable          *table,
                    const char * const *cells)
{
  CchcTableRow *row;

  g_return_if_fail (table != NULL);
  g_return_if_fail (cells != NULL);

  row = row_new (FALSE, table->n_columns);
  for (guint i = 0; i < table->n_columns; i++)
    row->cells[i] = g_strdup (cells[i] != NULL ? cells[i] : "");
  g_ptr_array_add (table->rows, row);
}

/**
 * cchc_table_add_group:
 * @text: the heading of a group of rows ("1. Cải cách thể chế"), printed
 *   bold across the whole table
 */
void
cchc_table_add_group (CchcTable  *table,
                      const char *text)
{
  CchcTableRow *row;

  g_return_if_fail (table != NULL);

  row = row_new (TRUE, 1);
  row->cells[0] = g_strdup (text != NULL ? text : "");
  g_ptr_array_add (table->rows, row);
}

guint
cchc_table_get_n_rows (CchcTable *table)
{
  g_return_val_if_fail (table != NULL, 0);

  return table->rows->len;
}

guint
_cchc_document_get_n_blocks (CchcDocument *self)
{
  return self->blocks->len;
}

const CchcBlock *
_cchc_document_get_block (CchcDocument *self,
                          guint         index)
{
  return g_ptr_array_index (self->blocks, index);
}
