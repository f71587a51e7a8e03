/* cchc-page-layout.c: lays a document out on pages and draws them with cairo
 *
 * Pagination goes a page at a time, so that a long export can draw and
 * drop each page as soon as it is laid out and report its progress; the
 * preview and the printer keep every page. Everything is measured in
 * PostScript points on a Pango context of its own at 72 dpi without
 * hinting, so the same page looks the same in the PDF, on the printer and
 * on screen at any zoom. The layout never touches the plan's objects: it
 * reads a CchcDocument, which a worker thread may hold.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cchc-print"

#include "config.h"

#include "cchc-page-layout-private.h"

typedef struct
{
  gboolean  landscape;
  GArray   *items;
} Page;

typedef enum
{
  PLACED,
  PLACED_PAGE_END,
  PAGE_FULL,
} Placement;

/* Decree 30: first-line indent 1–1.27 cm. */
#define INDENT (12.7 * CCHC_POINTS_PER_MM)

/* Lines of body text kept with a heading at the foot of a page. */
#define KEEP_LINES 3

static void
item_clear (CchcItem *item)
{
  g_clear_pointer (&item->text, _cchc_text_unref);
}

static void
page_free (Page *page)
{
  g_clear_pointer (&page->items, g_array_unref);
  g_free (page);
}

static GArray *
items_new (void)
{
  GArray *items = g_array_new (FALSE, TRUE, sizeof (CchcItem));

  g_array_set_clear_func (items, (GDestroyNotify) item_clear);

  return items;
}

static void
text_clear (CchcText *text)
{
  g_clear_object (&text->layout);
  g_free (text->lines);
}

void
_cchc_text_read_lines (CchcText *text)
{
  PangoLayoutIter *iter = pango_layout_get_iter (text->layout);
  guint i = 0;

  text->n_lines = pango_layout_get_line_count (text->layout);
  text->lines = g_new0 (CchcTextLine, text->n_lines);

  do
    {
      CchcTextLine *line = &text->lines[i++];
      PangoRectangle logical, own;
      int y0, y1;

      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      pango_layout_iter_get_line_yrange (iter, &y0, &y1);
      line->line = pango_layout_iter_get_line_readonly (iter);
      pango_layout_line_get_extents (line->line, NULL, &own);
      line->x = pango_units_to_double (logical.x - own.x);
      line->width = pango_units_to_double (logical.width);
      line->top = pango_units_to_double (y0);
      line->bottom = pango_units_to_double (y1);
      line->baseline = pango_units_to_double (pango_layout_iter_get_baseline (iter));
    }
  while (pango_layout_iter_next_line (iter) && i < text->n_lines);

  text->n_lines = i;
  pango_layout_iter_free (iter);
}

/**
 * _cchc_text_new:
 * @width: the width to wrap at, in points
 * @indent: the first line's indent, in points
 *
 * Lays @str out. Long words wrap inside themselves when a line cannot
 * hold them, so that no text is ever wider than @width.
 */
CchcText *
_cchc_text_new (CchcPageLayout             *self,
                const char                 *str,
                const PangoFontDescription *font,
                double                      width,
                PangoAlignment              alignment,
                gboolean                    justify,
                double                      indent)
{
  CchcText *text = g_rc_box_new0 (CchcText);

  text->layout = pango_layout_new (self->context);
  pango_layout_set_font_description (text->layout, font);
  pango_layout_set_width (text->layout, pango_units_from_double (MAX (width, 1)));
  pango_layout_set_wrap (text->layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_alignment (text->layout, alignment);
  pango_layout_set_justify (text->layout, justify);
  pango_layout_set_indent (text->layout, pango_units_from_double (indent));
  pango_layout_set_text (text->layout, str, -1);
  _cchc_text_read_lines (text);

  return text;
}

CchcText *
_cchc_text_ref (CchcText *text)
{
  return g_rc_box_acquire (text);
}

void
_cchc_text_unref (CchcText *text)
{
  g_rc_box_release_full (text, (GDestroyNotify) text_clear);
}

/* The height of lines [first, end). */
double
_cchc_text_get_height (CchcText *text,
                       guint     first)
{
  if (first >= text->n_lines)
    return 0;

  return text->lines[text->n_lines - 1].bottom - text->lines[first].top;
}

/* The end of the lines from @first that fit in @height. */
guint
_cchc_text_fit (CchcText *text,
                guint     first,
                double    height)
{
  guint end = first;

  if (first >= text->n_lines)
    return first;

  while (end < text->n_lines &&
         text->lines[end].bottom - text->lines[first].top <= height)
    end++;

  return end;
}

void
_cchc_page_layout_add_text (CchcPageLayout          *self,
                            CchcText                *text,
                            guint                    first,
                            guint                    last,
                            double                   x,
                            double                   y,
                            const cairo_rectangle_t *box)
{
  CchcItem item = { CCHC_ITEM_TEXT, _cchc_text_ref (text), first, last, x, y, *box };

  g_array_append_val (self->items, item);
  self->used = TRUE;
}

void
_cchc_page_layout_add_rule (CchcPageLayout *self,
                            double          x,
                            double          y,
                            double          length)
{
  CchcItem item = { CCHC_ITEM_RULE, NULL, 0, 0, x, y, { x, y, length, 0 } };

  g_array_append_val (self->items, item);
}

void
_cchc_page_layout_add_box (CchcPageLayout *self,
                           double          x,
                           double          y,
                           double          width,
                           double          height)
{
  CchcItem item = { CCHC_ITEM_BOX, NULL, 0, 0, x, y, { x, y, width, height } };

  g_array_append_val (self->items, item);
}

/* A copy of one of the layout's fonts at @size points, kept in @storage. */
const PangoFontDescription *
_cchc_font_sized (CchcPageLayout        *self,
                  CchcFontStyle          style,
                  double                 size,
                  PangoFontDescription **storage)
{
  *storage = pango_font_description_copy (self->fonts[style]);
  pango_font_description_set_size (*storage, (int) (size * PANGO_SCALE));

  return *storage;
}

static void
add_text_in_body (CchcPageLayout *self,
                  CchcText       *text,
                  guint           first,
                  guint           last)
{
  /* Paragraphs must stay inside the page's text area. */
  cairo_rectangle_t box = { self->left, self->top, self->width, self->bottom - self->top };

  _cchc_page_layout_add_text (self, text, first, last, self->left, self->y, &box);
}

/* A rule under centred text: @fraction of its widest line, centred. */
void
_cchc_page_layout_add_rule_under (CchcPageLayout *self,
                                  CchcText       *text,
                                  double          x,
                                  double          y,
                                  double          fraction)
{
  const CchcTextLine *widest = &text->lines[0];
  double length;

  for (guint i = 1; i < text->n_lines; i++)
    {
      if (text->lines[i].width > widest->width)
        widest = &text->lines[i];
    }

  length = widest->width * fraction;
  _cchc_page_layout_add_rule (self, x + widest->x + (widest->width - length) / 2, y + 2.5,
                              length);
}

static void
init_fonts (CchcPageLayout *self)
{
  static const struct
  {
    PangoWeight weight;
    PangoStyle  style;
  } styles[] = {
    { PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL },
    { PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL },
    { PANGO_WEIGHT_NORMAL, PANGO_STYLE_ITALIC },
    { PANGO_WEIGHT_BOLD, PANGO_STYLE_ITALIC },
  };

  /* The family is set, never parsed: "Times New Roman 13" would read
   * "Roman" as a style and fall back to a sans font. */
  for (guint i = 0; i < G_N_ELEMENTS (styles); i++)
    {
      self->fonts[i] = pango_font_description_new ();
      pango_font_description_set_family (self->fonts[i], self->options->font_family);
      pango_font_description_set_size (self->fonts[i],
                                       (int) (self->options->font_size * PANGO_SCALE));
      pango_font_description_set_weight (self->fonts[i], styles[i].weight);
      pango_font_description_set_style (self->fonts[i], styles[i].style);
    }
}

static void
init_context (CchcPageLayout *self)
{
  cairo_font_options_t *font_options = cairo_font_options_create ();
  g_autoptr(CchcText) probe = NULL;

  self->font_map = pango_cairo_font_map_new ();
  self->context = pango_font_map_create_context (self->font_map);
  pango_cairo_context_set_resolution (self->context, 72);

  /* Unhinted metrics: the same line breaks at every resolution. */
  cairo_font_options_set_hint_metrics (font_options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (font_options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (self->context, font_options);
  cairo_font_options_destroy (font_options);
  pango_context_set_round_glyph_positions (self->context, FALSE);

  pango_context_set_language (self->context, pango_language_from_string ("vi"));
  init_fonts (self);

  probe = _cchc_text_new (self, "Ấ", self->fonts[CCHC_FONT_REGULAR], 1000,
                          PANGO_ALIGN_LEFT, FALSE, 0);
  self->line_height = _cchc_text_get_height (probe, 0);
}

static guint
count_units (CchcDocument *document)
{
  guint n = 0;

  for (guint i = 0; i < _cchc_document_get_n_blocks (document); i++)
    {
      const CchcBlock *block = _cchc_document_get_block (document, i);

      n += block->kind == CCHC_BLOCK_TABLE ? 1 + block->table->rows->len : 1;
    }

  return MAX (n, 1);
}

/**
 * cchc_page_layout_new:
 * @options: valid options (cchc_page_options_validate())
 *
 * Returns: (transfer full): a layout of @document that has laid out no
 *   page yet
 */
CchcPageLayout *
cchc_page_layout_new (CchcDocument          *document,
                      const CchcPageOptions *options)
{
  CchcPageLayout *self;

  g_return_val_if_fail (document != NULL, NULL);
  g_return_val_if_fail (options != NULL, NULL);
  g_return_val_if_fail (cchc_page_options_validate (options, NULL), NULL);

  self = g_new0 (CchcPageLayout, 1);
  self->document = cchc_document_ref (document);
  self->options = cchc_page_options_copy (options);
  self->pages = g_ptr_array_new_with_free_func ((GDestroyNotify) page_free);
  self->units_total = count_units (document);
  init_context (self);

  return self;
}

void
cchc_page_layout_free (CchcPageLayout *self)
{
  if (self == NULL)
    return;

  g_clear_pointer (&self->pending_text, _cchc_text_unref);
  g_clear_pointer (&self->table, _cchc_table_state_free);
  g_clear_pointer (&self->items, g_array_unref);
  g_ptr_array_unref (self->pages);
  for (guint i = 0; i < G_N_ELEMENTS (self->fonts); i++)
    pango_font_description_free (self->fonts[i]);
  g_clear_object (&self->context);
  g_clear_object (&self->font_map);
  cchc_page_options_free (self->options);
  cchc_document_unref (self->document);
  g_free (self);
}

static void
set_geometry (CchcPageLayout *self)
{
  double sheet_width, sheet_height, top, right, bottom, left;

  cchc_page_options_get_sheet (self->options, self->landscape, &sheet_width, &sheet_height);
  cchc_page_options_get_margins (self->options, self->landscape, &top, &right, &bottom, &left);
  self->top = top;
  self->bottom = sheet_height - bottom;
  self->left = left;
  self->width = sheet_width - left - right;
  self->y = self->top;
}

/* Page numbers: Arabic, centred in the top margin, none on the first page. */
static void
add_page_number (CchcPageLayout *self)
{
  guint number = self->pages->len + 1;
  g_autofree char *str = NULL;
  g_autoptr(CchcText) text = NULL;
  cairo_rectangle_t box;

  if (number == 1)
    return;

  str = g_strdup_printf ("%u", number);
  text = _cchc_text_new (self, str, self->fonts[CCHC_FONT_REGULAR], self->width,
                         PANGO_ALIGN_CENTER, FALSE, 0);
  box.x = self->left;
  box.y = MAX (0, (self->top - self->line_height) / 2);
  box.width = self->width;
  box.height = self->line_height;
  _cchc_page_layout_add_text (self, text, 0, text->n_lines, box.x, box.y, &box);
}

static double
keep_height (CchcPageLayout *self)
{
  return KEEP_LINES * self->line_height + CCHC_PARAGRAPH_SPACE;
}

typedef struct
{
  CchcFontStyle  font;
  double         size_delta;
  PangoAlignment alignment;
  gboolean       justify;
  gboolean       indent;
  gboolean       keep_with_next;
  double         space_after;
  double         rule;
} TextStyle;

static const TextStyle text_styles[] = {
  [CCHC_TEXT_BODY] = { CCHC_FONT_REGULAR, 0, PANGO_ALIGN_LEFT, TRUE, TRUE, FALSE,
                       CCHC_PARAGRAPH_SPACE, 0 },
  [CCHC_TEXT_HEADING] = { CCHC_FONT_BOLD, 0, PANGO_ALIGN_LEFT, TRUE, TRUE, TRUE,
                          CCHC_PARAGRAPH_SPACE, 0 },
  [CCHC_TEXT_SUBHEADING] = { CCHC_FONT_BOLD_ITALIC, 0, PANGO_ALIGN_LEFT, TRUE, TRUE, TRUE,
                             CCHC_PARAGRAPH_SPACE, 0 },
  [CCHC_TEXT_TITLE] = { CCHC_FONT_BOLD, 1, PANGO_ALIGN_CENTER, FALSE, FALSE, TRUE, 0, 0 },
  [CCHC_TEXT_SUBTITLE] = { CCHC_FONT_BOLD, 0, PANGO_ALIGN_CENTER, FALSE, FALSE, TRUE,
                           2 * CCHC_PARAGRAPH_SPACE, 0.4 },
  [CCHC_TEXT_NOTE] = { CCHC_FONT_ITALIC, 0, PANGO_ALIGN_CENTER, FALSE, FALSE, TRUE,
                       2 * CCHC_PARAGRAPH_SPACE, 0 },
};

static CchcText *
text_for_block (CchcPageLayout  *self,
                const CchcBlock *block)
{
  const TextStyle *style = &text_styles[block->style];
  double size = self->options->font_size + style->size_delta;
  g_autoptr(PangoFontDescription) font = NULL;

  /* Titles and notes that wrap do so into lines of even length. */
  if (style->alignment == PANGO_ALIGN_CENTER)
    return _cchc_text_new_centred (self, block->strings[0], style->font, size, self->width);

  _cchc_font_sized (self, style->font, size, &font);

  return _cchc_text_new (self, block->strings[0], font, self->width, style->alignment,
                         style->justify, style->indent ? INDENT : 0);
}

/* The height of the headings right after the block being placed (those
 * kept with what follows, as it is), each with its space after: a heading
 * stays with them and with a few lines of what follows the last. */
static double
following_headings_height (CchcPageLayout *self)
{
  guint n_blocks = _cchc_document_get_n_blocks (self->document);
  double height = 0;

  for (guint i = self->block + 1; i < n_blocks; i++)
    {
      const CchcBlock *next = _cchc_document_get_block (self->document, i);
      g_autoptr(CchcText) text = NULL;

      if (next->kind != CCHC_BLOCK_TEXT || !text_styles[next->style].keep_with_next)
        break;
      text = text_for_block (self, next);
      height += _cchc_text_get_height (text, 0) + text_styles[next->style].space_after;
    }

  return height;
}

/* A paragraph goes on as far as the page lets it and on the next page
 * from the line it stopped at; headings and titles move whole, with a few
 * lines of what follows them. */
static Placement
place_text (CchcPageLayout  *self,
            const CchcBlock *block)
{
  const TextStyle *style = &text_styles[block->style];
  g_autoptr(CchcText) text = NULL;
  guint first = self->pending_line;
  double room = self->bottom - self->y;
  double height;
  guint end;

  text = self->pending_text != NULL ? g_steal_pointer (&self->pending_text)
                                    : text_for_block (self, block);
  height = _cchc_text_get_height (text, first);
  end = _cchc_text_fit (text, first, room);

  if (self->used && style->keep_with_next &&
      height + style->space_after + following_headings_height (self) + keep_height (self) > room)
    end = first;
  else if (end == first && !self->used)
    end = first + 1;

  if (end == first || (style->keep_with_next && end < text->n_lines && self->used))
    {
      self->pending_text = g_steal_pointer (&text);
      return PAGE_FULL;
    }

  add_text_in_body (self, text, first, end);
  self->y += text->lines[end - 1].bottom - text->lines[first].top;

  if (end < text->n_lines)
    {
      self->pending_text = g_steal_pointer (&text);
      self->pending_line = end;
      return PAGE_FULL;
    }

  if (style->rule > 0)
    _cchc_page_layout_add_rule_under (self, text, self->left, self->y, style->rule);
  self->y += style->space_after;
  self->pending_line = 0;

  return PLACED;
}

static Placement
place_page_break (CchcPageLayout  *self,
                  const CchcBlock *block)
{
  self->landscape = block->landscape;

  if (self->used)
    return PLACED_PAGE_END;

  self->page_landscape = self->landscape;
  set_geometry (self);

  return PLACED;
}

static Placement
place_block (CchcPageLayout  *self,
             const CchcBlock *block)
{
  switch (block->kind)
    {
    case CCHC_BLOCK_TEXT:
      return place_text (self, block);

    case CCHC_BLOCK_HEADER:
      _cchc_page_layout_place_header (self, block);
      return PLACED;

    case CCHC_BLOCK_SIGNATURE:
      return _cchc_page_layout_place_signature (self, block) ? PLACED : PAGE_FULL;

    case CCHC_BLOCK_PAGE:
      return place_page_break (self, block);

    case CCHC_BLOCK_TABLE:
      return _cchc_page_layout_place_table (self, block->table) ? PLACED : PAGE_FULL;

    default:
      g_return_val_if_reached (PLACED);
    }
}

static void
start_page (CchcPageLayout *self)
{
  self->items = items_new ();
  self->page_landscape = self->landscape;
  self->used = FALSE;
  set_geometry (self);
}

static void
finish_page (CchcPageLayout *self)
{
  Page *page = g_new0 (Page, 1);

  page->landscape = self->page_landscape;
  page->items = g_steal_pointer (&self->items);
  g_ptr_array_add (self->pages, page);
}

/* Page breaks with nothing after them would only make empty pages. */
static void
skip_trailing_breaks (CchcPageLayout *self)
{
  guint n_blocks = _cchc_document_get_n_blocks (self->document);

  for (guint i = self->block; i < n_blocks; i++)
    {
      if (_cchc_document_get_block (self->document, i)->kind != CCHC_BLOCK_PAGE)
        return;
    }

  self->units_done += n_blocks - self->block;
  self->block = n_blocks;
}

/**
 * cchc_page_layout_paginate:
 *
 * Lays out the next page.
 *
 * Returns: %TRUE while pages remain to be laid out
 */
gboolean
cchc_page_layout_paginate (CchcPageLayout *self)
{
  guint n_blocks;

  g_return_val_if_fail (self != NULL, FALSE);

  n_blocks = _cchc_document_get_n_blocks (self->document);
  if (self->block >= n_blocks && self->pages->len > 0)
    return FALSE;

  start_page (self);
  while (self->block < n_blocks)
    {
      const CchcBlock *block = _cchc_document_get_block (self->document, self->block);
      Placement placement = place_block (self, block);

      if (placement == PAGE_FULL)
        break;

      self->block++;
      if (block->kind != CCHC_BLOCK_TABLE)
        self->units_done++;
      if (placement == PLACED_PAGE_END)
        break;
    }

  /* The page number goes on last: a page break at the top of an empty
   * page may still have turned it. */
  add_page_number (self);
  finish_page (self);
  skip_trailing_breaks (self);

  return self->block < n_blocks;
}

void
cchc_page_layout_paginate_all (CchcPageLayout *self)
{
  while (cchc_page_layout_paginate (self))
    ;
}

/**
 * cchc_page_layout_get_fraction:
 *
 * Returns: how much of the document is laid out, from 0 to 1
 */
double
cchc_page_layout_get_fraction (CchcPageLayout *self)
{
  g_return_val_if_fail (self != NULL, 0);

  /* An empty document has nothing to count, and is done all the same. */
  if (self->pages->len > 0 && self->block >= _cchc_document_get_n_blocks (self->document))
    return 1.0;

  return MIN (1.0, (double) self->units_done / self->units_total);
}

guint
cchc_page_layout_get_n_pages (CchcPageLayout *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->pages->len;
}

gboolean
cchc_page_layout_is_landscape (CchcPageLayout *self,
                               guint           page)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (page < self->pages->len, FALSE);

  return ((Page *) g_ptr_array_index (self->pages, page))->landscape;
}

/**
 * cchc_page_layout_get_page_size:
 * @width: (out): in points
 * @height: (out): in points
 */
void
cchc_page_layout_get_page_size (CchcPageLayout *self,
                                guint           page,
                                double         *width,
                                double         *height)
{
  cchc_page_options_get_sheet (self->options, cchc_page_layout_is_landscape (self, page),
                               width, height);
}

static void
draw_text (const CchcItem *item,
           cairo_t        *cr)
{
  double top = item->text->lines[item->first].top;

  for (guint i = item->first; i < item->last; i++)
    {
      const CchcTextLine *line = &item->text->lines[i];

      cairo_move_to (cr, item->x + line->x, item->y + line->baseline - top);
      pango_cairo_show_layout_line (cr, line->line);
    }
}

/**
 * cchc_page_layout_draw_page:
 * @cr: a cairo context whose user space is the page, in points, with the
 *   origin at the sheet's top left corner
 */
void
cchc_page_layout_draw_page (CchcPageLayout *self,
                            guint           page,
                            cairo_t        *cr)
{
  Page *p;

  g_return_if_fail (self != NULL);
  g_return_if_fail (page < self->pages->len);

  p = g_ptr_array_index (self->pages, page);
  g_return_if_fail (p->items != NULL);

  cairo_save (cr);
  cairo_set_source_rgb (cr, 0, 0, 0);
  cairo_set_line_width (cr, 0.5);
  for (guint i = 0; i < p->items->len; i++)
    {
      const CchcItem *item = &g_array_index (p->items, CchcItem, i);

      if (item->kind == CCHC_ITEM_TEXT)
        draw_text (item, cr);
      else if (item->kind == CCHC_ITEM_RULE)
        {
          cairo_move_to (cr, item->x, item->y);
          cairo_rel_line_to (cr, item->box.width, 0);
          cairo_stroke (cr);
        }
      else
        {
          cairo_rectangle (cr, item->box.x, item->box.y, item->box.width, item->box.height);
          cairo_stroke (cr);
        }
    }
  cairo_restore (cr);
}

/**
 * cchc_page_layout_release_page:
 *
 * Frees what a page needs to be drawn, once it is drawn for good (a PDF
 * export keeps memory flat this way). The page can no longer be drawn.
 */
void
cchc_page_layout_release_page (CchcPageLayout *self,
                               guint           page)
{
  Page *p;

  g_return_if_fail (self != NULL);
  g_return_if_fail (page < self->pages->len);

  p = g_ptr_array_index (self->pages, page);
  g_clear_pointer (&p->items, g_array_unref);
}

static void
report_lines (const CchcItem   *item,
              CchcPageLineFunc  func,
              gpointer          user_data)
{
  const char *str = pango_layout_get_text (item->text->layout);
  double top = item->text->lines[item->first].top;

  for (guint i = item->first; i < item->last; i++)
    {
      const CchcTextLine *line = &item->text->lines[i];
      PangoRectangle ink;
      cairo_rectangle_t rect;
      g_autofree char *text = NULL;

      pango_layout_line_get_extents (line->line, &ink, NULL);
      rect.x = item->x + line->x + pango_units_to_double (ink.x);
      rect.y = item->y + line->baseline - top + pango_units_to_double (ink.y);
      rect.width = pango_units_to_double (ink.width);
      rect.height = pango_units_to_double (ink.height);
      text = g_strndup (str + line->line->start_index, line->line->length);
      func (&rect, &item->box, text, user_data);
    }
}

/**
 * cchc_page_layout_foreach_line:
 * @func: (scope call): called for each line of text on @page
 *
 * Tells where every line of text on @page is drawn and where it must stay.
 */
void
cchc_page_layout_foreach_line (CchcPageLayout   *self,
                               guint             page,
                               CchcPageLineFunc  func,
                               gpointer          user_data)
{
  Page *p;

  g_return_if_fail (self != NULL);
  g_return_if_fail (page < self->pages->len);

  p = g_ptr_array_index (self->pages, page);
  g_return_if_fail (p->items != NULL);

  for (guint i = 0; i < p->items->len; i++)
    {
      const CchcItem *item = &g_array_index (p->items, CchcItem, i);

      if (item->kind == CCHC_ITEM_TEXT)
        report_lines (item, func, user_data);
    }
}
