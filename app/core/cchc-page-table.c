/* cchc-page-table.c: tables on pages: widths, the repeated header, rows that split
 *
 * A table's header row is repeated at the top of every page it reaches.
 * Every cell wraps (long words included) and nothing is clipped. A row
 * that does not fit in what is left of a page moves whole to the next one
 * when that is a small loss; otherwise, or when it is taller than a page,
 * it is split between lines, each cell going on where it stopped.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cchc-print"

#include "config.h"

#include <string.h>

#include "cchc-page-layout-private.h"

struct _CchcTableState
{
  CchcTable  *table;
  double     *x;
  double     *width;
  CchcText  **titles;
  double      header_height;
  guint       row;
  CchcText  **cells;
  guint      *offsets;
  gboolean    row_started;
  guint       rows_on_page;
};

/* No column is widened beyond this share of the table for a long word:
 * longer words wrap inside themselves. */
#define MAX_WORD_SHARE 0.3

/* A row that would leave more than this share of a page empty is split
 * rather than moved whole to the next page. */
#define MAX_GAP_SHARE 0.33

typedef enum
{
  ROW_DONE,
  ROW_PAGE_FULL,
} RowPlacement;

static void
free_cells (CchcTableState *state)
{
  if (state->cells == NULL)
    return;

  for (guint i = 0; i < state->table->n_columns; i++)
    g_clear_pointer (&state->cells[i], _cchc_text_unref);
  g_clear_pointer (&state->cells, g_free);
  g_clear_pointer (&state->offsets, g_free);
  state->row_started = FALSE;
}

void
_cchc_table_state_free (CchcTableState *state)
{
  free_cells (state);
  for (guint i = 0; i < state->table->n_columns; i++)
    g_clear_pointer (&state->titles[i], _cchc_text_unref);
  g_free (state->titles);
  g_free (state->x);
  g_free (state->width);
  g_free (state);
}

/* The longest run of characters without a space in @str. */
static void
longest_word (const char  *str,
              const char **word,
              gsize       *length)
{
  const char *start = str;

  for (const char *p = str;; p++)
    {
      if (*p == ' ' || *p == '\n' || *p == '\0')
        {
          if ((gsize) (p - start) > *length)
            {
              *word = start;
              *length = p - start;
            }
          if (*p == '\0')
            return;
          start = p + 1;
        }
    }
}

/* The width that the widest word of a column needs, padding included. */
static double
measure_column (CchcPageLayout *self,
                CchcTable      *table,
                guint           column)
{
  const char *word = "";
  gsize length = 0;
  double title_width, cell_width;
  PangoLayout *layout;
  PangoRectangle logical;

  longest_word (table->titles[column], &word, &length);
  layout = pango_layout_new (self->context);
  pango_layout_set_font_description (layout, self->fonts[CCHC_FONT_BOLD]);
  pango_layout_set_text (layout, word, length);
  pango_layout_get_extents (layout, NULL, &logical);
  title_width = pango_units_to_double (logical.width);

  word = "";
  length = 0;
  for (guint i = 0; i < table->rows->len; i++)
    {
      CchcTableRow *row = g_ptr_array_index (table->rows, i);

      if (!row->group)
        longest_word (row->cells[column], &word, &length);
    }
  pango_layout_set_font_description (layout, self->fonts[CCHC_FONT_REGULAR]);
  pango_layout_set_text (layout, word, length);
  pango_layout_get_extents (layout, NULL, &logical);
  cell_width = pango_units_to_double (logical.width);
  g_object_unref (layout);

  return MAX (title_width, cell_width) + 2 * CCHC_CELL_PAD_X + 1;
}

/* Columns take their share of the width, then each is widened to hold its
 * widest word, taking the room from the columns that have some to spare. */
static void
compute_widths (CchcPageLayout *self,
                CchcTableState *state)
{
  CchcTable *table = state->table;
  guint n = table->n_columns;
  g_autofree double *min = g_new0 (double, n);
  double total = 0, deficit = 0, slack = 0;

  for (guint i = 0; i < n; i++)
    total += table->widths[i];

  for (guint i = 0; i < n; i++)
    {
      state->width[i] = self->width * table->widths[i] / total;
      min[i] = MIN (measure_column (self, table, i), self->width * MAX_WORD_SHARE);
      if (min[i] > state->width[i])
        {
          deficit += min[i] - state->width[i];
          state->width[i] = min[i];
        }
      else
        slack += state->width[i] - min[i];
    }

  for (guint i = 0; i < n && deficit > 0 && slack > 0; i++)
    {
      if (state->width[i] > min[i])
        state->width[i] -= (state->width[i] - min[i]) * MIN (1.0, deficit / slack);
    }

  /* When the words need more than the page has, every column gives up
   * the same share: the long words wrap inside themselves, and the table
   * stays within the margins. */
  total = 0;
  for (guint i = 0; i < n; i++)
    total += state->width[i];
  if (total > self->width)
    {
      for (guint i = 0; i < n; i++)
        state->width[i] *= self->width / total;
    }

  state->x[0] = self->left;
  for (guint i = 1; i < n; i++)
    state->x[i] = state->x[i - 1] + state->width[i - 1];
}

/* The first column (STT) and the narrow ones are centred; the widest,
 * the text of the row, reads from the left. */
static PangoAlignment
column_alignment (CchcTable *table,
                  guint      column)
{
  double widest = 0;

  for (guint i = 0; i < table->n_columns; i++)
    widest = MAX (widest, table->widths[i]);

  if (column > 0 && table->widths[column] == widest)
    return PANGO_ALIGN_LEFT;

  return PANGO_ALIGN_CENTER;
}

static CchcText *
cell_text (CchcPageLayout *self,
           const char     *str,
           CchcFontStyle   font,
           double          width,
           PangoAlignment  alignment)
{
  if (str == NULL || *str == '\0')
    return NULL;

  return _cchc_text_new (self, str, self->fonts[font], width - 2 * CCHC_CELL_PAD_X,
                         alignment, FALSE, 0);
}

static CchcTableState *
table_state_new (CchcPageLayout *self,
                 CchcTable      *table)
{
  CchcTableState *state = g_new0 (CchcTableState, 1);
  guint n = table->n_columns;

  state->table = table;
  state->x = g_new0 (double, n);
  state->width = g_new0 (double, n);
  state->titles = g_new0 (CchcText *, n);
  compute_widths (self, state);

  for (guint i = 0; i < n; i++)
    {
      state->titles[i] = cell_text (self, table->titles[i], CCHC_FONT_BOLD, state->width[i],
                                    PANGO_ALIGN_CENTER);
      if (state->titles[i] != NULL)
        state->header_height = MAX (state->header_height,
                                    _cchc_text_get_height (state->titles[i], 0));
    }
  state->header_height += 2 * CCHC_CELL_PAD_Y;

  return state;
}

static void
add_cell (CchcPageLayout *self,
          CchcText       *text,
          guint           first,
          guint           last,
          double          x,
          double          y,
          double          width,
          double          height,
          double          shift)
{
  cairo_rectangle_t box = { x, y, width, height };

  _cchc_page_layout_add_box (self, x, y, width, height);
  if (text != NULL && last > first)
    _cchc_page_layout_add_text (self, text, first, last, x + CCHC_CELL_PAD_X,
                                y + CCHC_CELL_PAD_Y + shift, &box);
}

static void
place_header_row (CchcPageLayout *self,
                  CchcTableState *state)
{
  for (guint i = 0; i < state->table->n_columns; i++)
    {
      CchcText *title = state->titles[i];
      double shift = 0;

      if (title != NULL)
        shift = (state->header_height - 2 * CCHC_CELL_PAD_Y - _cchc_text_get_height (title, 0))
                / 2;
      add_cell (self, title, 0, title != NULL ? title->n_lines : 0, state->x[i], self->y,
                state->width[i], state->header_height, shift);
    }

  self->y += state->header_height;
  state->rows_on_page = 0;
}

static void
make_cells (CchcPageLayout *self,
            CchcTableState *state,
            CchcTableRow   *row)
{
  CchcTable *table = state->table;
  guint n = table->n_columns;

  state->cells = g_new0 (CchcText *, n);
  state->offsets = g_new0 (guint, n);

  if (row->group)
    {
      double width = state->x[n - 1] + state->width[n - 1] - self->left;

      state->cells[0] = cell_text (self, row->cells[0], CCHC_FONT_BOLD, width,
                                   PANGO_ALIGN_LEFT);
      return;
    }

  for (guint i = 0; i < n; i++)
    state->cells[i] = cell_text (self, row->cells[i], CCHC_FONT_REGULAR, state->width[i],
                                 column_alignment (table, i));
}

/* The height of what is left of the current row, padding included. */
static double
remaining_height (CchcTableState *state,
                  const guint    *ends)
{
  double height = 0;

  for (guint i = 0; i < state->table->n_columns; i++)
    {
      CchcText *cell = state->cells[i];
      guint first = state->offsets[i];
      guint end;

      if (cell == NULL || first >= cell->n_lines)
        continue;
      end = ends != NULL ? ends[i] : cell->n_lines;
      if (end > first)
        height = MAX (height, cell->lines[end - 1].bottom - cell->lines[first].top);
    }

  return height + 2 * CCHC_CELL_PAD_Y;
}

/* Draws lines [offsets, ends) of the row's cells, @height tall. */
static void
add_row_part (CchcPageLayout *self,
              CchcTableState *state,
              gboolean        group,
              const guint    *ends,
              double          height)
{
  guint n = state->table->n_columns;

  if (group)
    {
      double width = state->x[n - 1] + state->width[n - 1] - self->left;

      add_cell (self, state->cells[0], state->offsets[0], ends[0], self->left, self->y,
                width, height, 0);
    }
  else
    {
      for (guint i = 0; i < n; i++)
        add_cell (self, state->cells[i], state->offsets[i], ends[i], state->x[i], self->y,
                  state->width[i], height, 0);
    }

  memcpy (state->offsets, ends, n * sizeof (guint));
  self->y += height;
  state->rows_on_page++;
}

/* Where each cell stops in @room; FALSE when not one line fits. */
static gboolean
fit_cells (CchcTableState *state,
           double          room,
           guint          *ends)
{
  gboolean any = FALSE;

  for (guint i = 0; i < state->table->n_columns; i++)
    {
      CchcText *cell = state->cells[i];

      ends[i] = cell != NULL ? _cchc_text_fit (cell, state->offsets[i], room) : 0;
      if (cell != NULL && ends[i] > state->offsets[i])
        any = TRUE;
    }

  return any;
}

static void
force_one_line (CchcTableState *state,
                guint          *ends)
{
  for (guint i = 0; i < state->table->n_columns; i++)
    {
      CchcText *cell = state->cells[i];

      if (cell != NULL && state->offsets[i] < cell->n_lines)
        ends[i] = state->offsets[i] + 1;
    }
}

static gboolean
row_finished (CchcTableState *state)
{
  for (guint i = 0; i < state->table->n_columns; i++)
    {
      if (state->cells[i] != NULL && state->offsets[i] < state->cells[i]->n_lines)
        return FALSE;
    }

  return TRUE;
}

/* The full height of a row not laid out yet. */
static double
measure_row (CchcPageLayout *self,
             CchcTableState *state,
             CchcTableRow   *row)
{
  guint n = state->table->n_columns;
  double height = 0;

  if (row->group)
    {
      g_autoptr(CchcText) cell = cell_text (self, row->cells[0], CCHC_FONT_BOLD,
                                            state->x[n - 1] + state->width[n - 1] - self->left,
                                            PANGO_ALIGN_LEFT);

      return (cell != NULL ? _cchc_text_get_height (cell, 0) : 0) + 2 * CCHC_CELL_PAD_Y;
    }

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CchcText) cell = cell_text (self, row->cells[i], CCHC_FONT_REGULAR,
                                            state->width[i],
                                            column_alignment (state->table, i));

      if (cell != NULL)
        height = MAX (height, _cchc_text_get_height (cell, 0));
    }

  return height + 2 * CCHC_CELL_PAD_Y;
}

/* Whether the row after an area row would start on this page, with
 * @room left under the area row: an area row never ends a page. Area
 * rows in a row (areas without tasks) stay with the first task after
 * them. */
static gboolean
next_row_starts (CchcPageLayout *self,
                 CchcTableState *state,
                 double          room)
{
  double page_room = self->bottom - self->top - state->header_height;

  for (guint i = state->row + 1; i < state->table->rows->len; i++)
    {
      CchcTableRow *next = g_ptr_array_index (state->table->rows, i);

      if (room < self->line_height + 2 * CCHC_CELL_PAD_Y)
        return FALSE;

      if (!next->group)
        return room >= page_room * MAX_GAP_SHARE || measure_row (self, state, next) <= room;

      room -= measure_row (self, state, next);
    }

  return TRUE;
}

static RowPlacement
place_row (CchcPageLayout *self,
           CchcTableState *state,
           CchcTableRow   *row)
{
  guint n = state->table->n_columns;
  g_autofree guint *ends = g_new0 (guint, n);
  double room = self->bottom - self->y;
  double page_room = self->bottom - self->top - state->header_height;
  double height = remaining_height (state, NULL);

  for (guint i = 0; i < n; i++)
    ends[i] = state->cells[i] != NULL ? state->cells[i]->n_lines : 0;

  if (row->group && state->rows_on_page > 0 && !next_row_starts (self, state, room - height))
    return ROW_PAGE_FULL;

  if (height <= room)
    {
      add_row_part (self, state, row->group, ends, height);
      return ROW_DONE;
    }

  /* Move whole: area rows always, others when the gap left is small. */
  if (state->rows_on_page > 0 && !state->row_started && height <= page_room &&
      (row->group || room < page_room * MAX_GAP_SHARE))
    return ROW_PAGE_FULL;

  if (!fit_cells (state, room - 2 * CCHC_CELL_PAD_Y, ends))
    {
      if (state->rows_on_page > 0)
        return ROW_PAGE_FULL;
      force_one_line (state, ends);
    }

  add_row_part (self, state, row->group, ends, remaining_height (state, ends));
  state->row_started = TRUE;

  return row_finished (state) ? ROW_DONE : ROW_PAGE_FULL;
}

/**
 * _cchc_page_layout_place_table:
 *
 * Places as many rows of @table as the page holds, under the header row.
 *
 * Returns: %TRUE when the table is finished, %FALSE when it goes on on the
 *   next page
 */
gboolean
_cchc_page_layout_place_table (CchcPageLayout *self,
                               CchcTable      *table)
{
  CchcTableState *state;

  if (self->table == NULL)
    self->table = table_state_new (self, table);
  state = self->table;

  if (self->used &&
      self->y + state->header_height + self->line_height + 2 * CCHC_CELL_PAD_Y > self->bottom)
    return FALSE;

  place_header_row (self, state);

  while (state->row < table->rows->len)
    {
      CchcTableRow *row = g_ptr_array_index (table->rows, state->row);

      if (state->cells == NULL)
        make_cells (self, state, row);
      if (place_row (self, state, row) == ROW_PAGE_FULL)
        return FALSE;

      free_cells (state);
      state->row++;
      self->units_done++;
    }

  g_clear_pointer (&self->table, _cchc_table_state_free);
  self->y += CCHC_PARAGRAPH_SPACE;
  self->units_done++;

  return TRUE;
}
