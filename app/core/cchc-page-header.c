/* cchc-page-header.c: the header block and the signature of a document
 *
 * Decree 30/2020/NĐ-CP, Appendix I places them in two columns: the
 * agencies and the country's motto at the top of the first page, the
 * recipients and the signer at the end. Their texts are centred in their
 * column and wrap into lines of even length.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cchc-print"

#include "config.h"

#include <string.h>

#include "cchc-page-layout-private.h"

/* Lays out a column of the header block with a rule of @rule times the
 * width of its last text under it, and returns its height. */
static double
add_column (CchcPageLayout *self,
            CchcText      **texts,
            guint           n_texts,
            double          x,
            double          width,
            double          y,
            double          rule)
{
  double top = y;

  for (guint i = 0; i < n_texts; i++)
    {
      cairo_rectangle_t box = { x, y, width, _cchc_text_get_height (texts[i], 0) };

      _cchc_page_layout_add_text (self, texts[i], 0, texts[i]->n_lines, x, y, &box);
      y += box.height;
    }

  if (rule > 0)
    {
      _cchc_page_layout_add_rule_under (self, texts[n_texts - 1], x, y, rule);
      y += 4;
    }

  return y - top;
}

/* Agency names break before their last "VÀ" when the part before it
 * holds on one line: "SỞ VĂN HÓA, THỂ THAO / VÀ DU LỊCH", "SỞ THÔNG TIN /
 * VÀ TRUYỀN THÔNG". */
static CchcText *
break_before_and (CchcPageLayout             *self,
                  const char                 *str,
                  const PangoFontDescription *font,
                  double                      width)
{
  const char *and = g_strrstr (str, " VÀ ");
  g_autofree char *broken = NULL;
  CchcText *text;

  if (and == NULL || and == str)
    return NULL;

  broken = g_strdup (str);
  broken[and - str] = '\n';
  text = _cchc_text_new (self, broken, font, width, PANGO_ALIGN_CENTER, FALSE, 0);
  if (text->n_lines == 2)
    return text;

  _cchc_text_unref (text);

  return NULL;
}

/* Centred text that wraps into lines of even length rather than leave a
 * last line of one or two words. */
CchcText *
_cchc_text_new_centred (CchcPageLayout *self,
                        const char     *str,
                        CchcFontStyle   style,
                        double          size,
                        double          width)
{
  g_autoptr(PangoFontDescription) font = NULL;
  CchcText *text;
  guint n_lines;
  double low, high;

  _cchc_font_sized (self, style, size, &font);
  text = _cchc_text_new (self, str, font, width, PANGO_ALIGN_CENTER, FALSE, 0);
  n_lines = text->n_lines;
  if (n_lines < 2)
    return text;

  if (n_lines == 2)
    {
      CchcText *broken = break_before_and (self, str, font, width);

      if (broken != NULL)
        {
          _cchc_text_unref (text);
          return broken;
        }
    }

  /* The narrowest width that needs no more lines, within a point. */
  low = width / n_lines;
  high = width;
  while (high - low > 1)
    {
      double middle = (low + high) / 2;

      pango_layout_set_width (text->layout, pango_units_from_double (middle));
      if ((guint) pango_layout_get_line_count (text->layout) > n_lines)
        low = middle;
      else
        high = middle;
    }
  _cchc_text_unref (text);

  /* Laid out narrower, centred in the full width all the same. */
  text = _cchc_text_new (self, str, font, high, PANGO_ALIGN_CENTER, FALSE, 0);
  for (guint i = 0; i < text->n_lines; i++)
    text->lines[i].x += (width - high) / 2;

  return text;
}

/* Decree 30, Appendix I: the agencies on the left (the parent upright,
 * the issuer bold, a short rule), the motto on the right (a rule as long
 * as "Độc lập - Tự do - Hạnh phúc"), then the number and the place and
 * date in italics on one line. */
void
_cchc_page_layout_place_header (CchcPageLayout  *self,
                                const CchcBlock *block)
{
  double size = self->options->font_size;
  double left_width = self->width * 0.42;
  double right_width = self->width - left_width;
  double right_x = self->left + left_width;
  CchcText *left[2], *right[2], *line[2];
  double left_height, right_height;

  left[0] = _cchc_text_new_centred (self, block->strings[0], CCHC_FONT_REGULAR, size,
                                    left_width);
  left[1] = _cchc_text_new_centred (self, block->strings[1], CCHC_FONT_BOLD, size, left_width);
  right[0] = _cchc_text_new_centred (self, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", CCHC_FONT_BOLD,
                                     size - 1, right_width);
  right[1] = _cchc_text_new_centred (self, "Độc lập - Tự do - Hạnh phúc", CCHC_FONT_BOLD, size,
                                     right_width);
  line[0] = _cchc_text_new_centred (self, block->strings[2], CCHC_FONT_REGULAR, size,
                                    left_width);
  line[1] = _cchc_text_new_centred (self, block->strings[3], CCHC_FONT_ITALIC, size,
                                    right_width);

  /* Rules: a third of the agency's name, the whole motto. */
  left_height = add_column (self, left, 2, self->left, left_width, self->y, 0.35);
  right_height = add_column (self, right, 2, right_x, right_width, self->y, 1.0);
  self->y += MAX (left_height, right_height) + CCHC_PARAGRAPH_SPACE;
  left_height = add_column (self, &line[0], 1, self->left, left_width, self->y, 0);
  right_height = add_column (self, &line[1], 1, right_x, right_width, self->y, 0);
  self->y += MAX (left_height, right_height) + 3 * CCHC_PARAGRAPH_SPACE;

  for (guint i = 0; i < 2; i++)
    {
      _cchc_text_unref (left[i]);
      _cchc_text_unref (right[i]);
      _cchc_text_unref (line[i]);
    }
}

static CchcText *
recipients_text (CchcPageLayout  *self,
                 const CchcBlock *block,
                 double           width)
{
  g_autoptr(GString) markup = g_string_new (NULL);
  g_autofree char *title = g_markup_printf_escaped ("<span size='%d'><b><i>Nơi nhận:</i></b>"
                                                    "</span>",
                                                    (int) ((self->options->font_size - 1) *
                                                           PANGO_SCALE));
  CchcText *text;

  g_string_append (markup, title);
  for (guint i = 0; block->recipients[i] != NULL; i++)
    {
      g_autofree char *line = g_markup_printf_escaped ("\n<span size='%d'>- %s</span>",
                                                       (int) ((self->options->font_size - 2) *
                                                              PANGO_SCALE),
                                                       block->recipients[i]);

      g_string_append (markup, line);
    }

  text = _cchc_text_new (self, "", self->fonts[CCHC_FONT_REGULAR], width, PANGO_ALIGN_LEFT,
                         FALSE, 0);
  pango_layout_set_markup (text->layout, markup->str, -1);
  g_free (text->lines);
  _cchc_text_read_lines (text);

  return text;
}

/* "Nơi nhận:" and its list on the left; the signer's title, room for the
 * signature and the name on the right. Moved whole to the next page when
 * it does not fit. */
gboolean
_cchc_page_layout_place_signature (CchcPageLayout  *self,
                                   const CchcBlock *block)
{
  double size = self->options->font_size;
  double left_width = self->width * 0.45;
  double right_width = self->width - left_width;
  g_autoptr(CchcText) recipients = recipients_text (self, block, left_width);
  g_autoptr(CchcText) title = _cchc_text_new_centred (self, block->strings[0], CCHC_FONT_BOLD,
                                                      size, right_width);
  g_autoptr(CchcText) name = _cchc_text_new_centred (self, block->strings[1], CCHC_FONT_BOLD,
                                                     size, right_width);
  double signature_room = 25 * CCHC_POINTS_PER_MM;
  double right_height = _cchc_text_get_height (title, 0) + signature_room +
                        _cchc_text_get_height (name, 0);
  double height = MAX (_cchc_text_get_height (recipients, 0), right_height);
  cairo_rectangle_t box;

  if (self->used && self->y + height > self->bottom)
    return FALSE;

  add_column (self, &recipients, 1, self->left, left_width, self->y, 0);
  add_column (self, &title, 1, self->left + left_width, right_width, self->y, 0);
  box.x = self->left + left_width;
  box.y = self->y + right_height - _cchc_text_get_height (name, 0);
  box.width = right_width;
  box.height = _cchc_text_get_height (name, 0);
  _cchc_page_layout_add_text (self, name, 0, name->n_lines, box.x, box.y, &box);
  self->y += height + CCHC_PARAGRAPH_SPACE;

  return TRUE;
}

