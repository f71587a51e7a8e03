/* cchc-page-layout-private.h: what the page layout's files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <pango/pangocairo.h>

#include "cchc-document-private.h"
#include "cchc-page-layout.h"

G_BEGIN_DECLS

/* Inner space of a table cell, in points. */
#define CCHC_CELL_PAD_X 3.0
#define CCHC_CELL_PAD_Y 2.0

/* Space after a paragraph (Decree 30: 6 pt), in points. */
#define CCHC_PARAGRAPH_SPACE 6.0

typedef struct
{
  PangoLayoutLine *line;
  double           x;
  double           width;
  double           top;
  double           bottom;
  double           baseline;
} CchcTextLine;

/* A laid-out piece of text, shared by reference between the pages it
 * spans (a paragraph or a cell split over two pages). */
typedef struct
{
  PangoLayout  *layout;
  CchcTextLine *lines;
  guint         n_lines;
} CchcText;

typedef enum
{
  CCHC_ITEM_TEXT,
  CCHC_ITEM_RULE,
  CCHC_ITEM_BOX,
} CchcItemKind;

/* TEXT draws lines [first, last) of @text with the layout's left edge at
 * @x and the top of line @first at @y; @box is where they must stay.
 * RULE is a horizontal line from (@x, @y), @box.width long. BOX strokes
 * @box. */
typedef struct
{
  CchcItemKind       kind;
  CchcText          *text;
  guint              first;
  guint              last;
  double             x;
  double             y;
  cairo_rectangle_t  box;
} CchcItem;

typedef struct _CchcTableState CchcTableState;

typedef enum
{
  CCHC_FONT_REGULAR,
  CCHC_FONT_BOLD,
  CCHC_FONT_ITALIC,
  CCHC_FONT_BOLD_ITALIC,
} CchcFontStyle;

struct _CchcPageLayout
{
  CchcDocument         *document;
  CchcPageOptions      *options;
  PangoFontMap         *font_map;
  PangoContext         *context;
  PangoFontDescription *fonts[4];
  double                line_height;

  GPtrArray            *pages;
  GArray               *items;
  gboolean              landscape;
  gboolean              page_landscape;
  gboolean              used;
  double                top;
  double                bottom;
  double                left;
  double                width;
  double                y;

  guint                 block;
  CchcText             *pending_text;
  guint                 pending_line;
  CchcTableState       *table;

  guint                 units_done;
  guint                 units_total;
};

CchcText *_cchc_text_new               (CchcPageLayout              *self,
                                        const char                  *str,
                                        const PangoFontDescription  *font,
                                        double                       width,
                                        PangoAlignment               alignment,
                                        gboolean                     justify,
                                        double                       indent);
CchcText *_cchc_text_ref               (CchcText                    *text);
void      _cchc_text_unref             (CchcText                    *text);
double    _cchc_text_get_height        (CchcText                    *text,
                                        guint                        first);
guint     _cchc_text_fit               (CchcText                    *text,
                                        guint                        first,
                                        double                       height);
void      _cchc_page_layout_add_text   (CchcPageLayout              *self,
                                        CchcText                    *text,
                                        guint                        first,
                                        guint                        last,
                                        double                       x,
                                        double                       y,
                                        const cairo_rectangle_t     *box);
void      _cchc_page_layout_add_rule   (CchcPageLayout              *self,
                                        double                       x,
                                        double                       y,
                                        double                       length);
void      _cchc_page_layout_add_box    (CchcPageLayout              *self,
                                        double                       x,
                                        double                       y,
                                        double                       width,
                                        double                       height);
gboolean  _cchc_page_layout_place_table (CchcPageLayout             *self,
                                         CchcTable                  *table);
void      _cchc_page_layout_place_header    (CchcPageLayout         *self,
                                             const CchcBlock        *block);
gboolean  _cchc_page_layout_place_signature (CchcPageLayout         *self,
                                             const CchcBlock        *block);
void      _cchc_page_layout_add_rule_under  (CchcPageLayout         *self,
                                             CchcText               *text,
                                             double                  x,
                                             double                  y,
                                             double                  fraction);
CchcText *_cchc_text_new_centred            (CchcPageLayout         *self,
                                             const char             *str,
                                             CchcFontStyle           style,
                                             double                  size,
                                             double                  width);
void      _cchc_text_read_lines             (CchcText               *text);
const PangoFontDescription *
          _cchc_font_sized                  (CchcPageLayout         *self,
                                             CchcFontStyle           style,
                                             double                  size,
                                             PangoFontDescription  **storage);
void      _cchc_table_state_free       (CchcTableState              *state);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CchcText, _cchc_text_unref)

G_END_DECLS
