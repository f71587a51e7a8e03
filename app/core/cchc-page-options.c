/* cchc-page-options.c: paper, margins, font and column widths of printed documents
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cchc-print"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "cchc-page-options.h"

/* Sheet sizes in millimetres, portrait. */
static const struct
{
  const char *name;
  double      width;
  double      height;
} papers[] = {
  [CCHC_PAPER_A4] = { "a4", 210.0, 297.0 },
  [CCHC_PAPER_A3] = { "a3", 297.0, 420.0 },
  [CCHC_PAPER_LETTER] = { "letter", 215.9, 279.4 },
};

/* Decree 30/2020/NĐ-CP, Appendix I: the middle of each allowed range,
 * Word's defaults in Vietnamese agencies. */
#define DEFAULT_MARGIN_TOP    20.0
#define DEFAULT_MARGIN_BOTTOM 20.0
#define DEFAULT_MARGIN_LEFT   30.0
#define DEFAULT_MARGIN_RIGHT  15.0
#define DEFAULT_FONT_FAMILY   "Times New Roman"
#define DEFAULT_FONT_SIZE     13.0

/* STT | Nhiệm vụ cụ thể | Sản phẩm | Đơn vị chủ trì | Đơn vị phối hợp |
 * Thời gian thực hiện, as the seed plan's table divides its width. */
static const double default_task_columns[CCHC_TASK_TABLE_N_COLUMNS] = {
  6, 34, 15, 15, 14, 16,
};

/* Enough room left for a column of text, whatever the paper. */
#define MIN_BODY_MM   60.0
#define MAX_MARGIN_MM 100.0

G_DEFINE_QUARK (cchc-print-error-quark, cchc_print_error)

G_DEFINE_BOXED_TYPE (CchcPageOptions, cchc_page_options,
                     cchc_page_options_copy, cchc_page_options_free)

/**
 * cchc_page_options_new:
 *
 * Returns: (transfer full): the decree's defaults: A4, margins 20/20/30/15 mm,
 *   Times New Roman 13
 */
CchcPageOptions *
cchc_page_options_new (void)
{
  CchcPageOptions *self = g_new0 (CchcPageOptions, 1);

  self->paper = CCHC_PAPER_A4;
  self->margin_top = DEFAULT_MARGIN_TOP;
  self->margin_bottom = DEFAULT_MARGIN_BOTTOM;
  self->margin_left = DEFAULT_MARGIN_LEFT;
  self->margin_right = DEFAULT_MARGIN_RIGHT;
  self->font_family = g_strdup (DEFAULT_FONT_FAMILY);
  self->font_size = DEFAULT_FONT_SIZE;
  memcpy (self->task_columns, default_task_columns, sizeof default_task_columns);

  return self;
}

CchcPageOptions *
cchc_page_options_copy (const CchcPageOptions *self)
{
  CchcPageOptions *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = g_memdup2 (self, sizeof *self);
  copy->font_family = g_strdup (self->font_family);

  return copy;
}

void
cchc_page_options_free (CchcPageOptions *self)
{
  if (self == NULL)
    return;

  g_free (self->font_family);
  g_free (self);
}

void
cchc_page_options_set_font_family (CchcPageOptions *self,
                                   const char      *family)
{
  g_return_if_fail (self != NULL);

  if (self->font_family == family)
    return;

  g_free (self->font_family);
  self->font_family = g_strdup (family);
}

static gboolean
validate_margins (const CchcPageOptions  *self,
                  GError                **error)
{
  const double margins[] = {
    self->margin_top, self->margin_bottom, self->margin_left, self->margin_right,
  };
  double width = papers[self->paper].width;
  double height = papers[self->paper].height;

  for (guint i = 0; i < G_N_ELEMENTS (margins); i++)
    {
      if (!(margins[i] >= 0 && margins[i] <= MAX_MARGIN_MM))
        {
          g_set_error (error, CCHC_PRINT_ERROR, CCHC_PRINT_ERROR_INVALID_OPTIONS,
                       _("A margin must be between 0 and %.0f mm."), MAX_MARGIN_MM);
          return FALSE;
        }
    }

  /* Landscape pages turn the margins, so both ways must leave room. */
  if (MIN (width, height) - MAX (self->margin_left + self->margin_right,
                                 self->margin_top + self->margin_bottom) < MIN_BODY_MM)
    {
      g_set_error (error, CCHC_PRINT_ERROR, CCHC_PRINT_ERROR_INVALID_OPTIONS,
                   _("The margins leave less than %.0f mm for the text."), MIN_BODY_MM);
      return FALSE;
    }

  return TRUE;
}

/**
 * cchc_page_options_validate:
 *
 * Returns: whether the options describe pages that text can be laid on
 */
gboolean
cchc_page_options_validate (const CchcPageOptions  *self,
                            GError                **error)
{
  g_return_val_if_fail (self != NULL, FALSE);

  if ((guint) self->paper >= G_N_ELEMENTS (papers))
    {
      g_set_error (error, CCHC_PRINT_ERROR, CCHC_PRINT_ERROR_INVALID_OPTIONS,
                   _("Unknown paper size."));
      return FALSE;
    }

  if (!validate_margins (self, error))
    return FALSE;

  if (self->font_family == NULL || *self->font_family == '\0')
    {
      g_set_error (error, CCHC_PRINT_ERROR, CCHC_PRINT_ERROR_INVALID_OPTIONS,
                   _("No font is chosen."));
      return FALSE;
    }

  if (!(self->font_size >= 6 && self->font_size <= 32))
    {
      g_set_error (error, CCHC_PRINT_ERROR, CCHC_PRINT_ERROR_INVALID_OPTIONS,
                   _("The font size must be between 6 and 32 points."));
      return FALSE;
    }

  for (guint i = 0; i < CCHC_TASK_TABLE_N_COLUMNS; i++)
    {
      if (!(self->task_columns[i] >= 1 && self->task_columns[i] <= 100))
        {
          g_set_error (error, CCHC_PRINT_ERROR, CCHC_PRINT_ERROR_INVALID_OPTIONS,
                       _("A column width must be between 1 and 100."));
          return FALSE;
        }
    }

  return TRUE;
}

/**
 * cchc_page_options_get_sheet:
 * @width: (out): the page width in points
 * @height: (out): the page height in points
 */
void
cchc_page_options_get_sheet (const CchcPageOptions *self,
                             gboolean               landscape,
                             double                *width,
                             double                *height)
{
  double w = papers[self->paper].width * CCHC_POINTS_PER_MM;
  double h = papers[self->paper].height * CCHC_POINTS_PER_MM;

  *width = landscape ? h : w;
  *height = landscape ? w : h;
}

/**
 * cchc_page_options_get_margins:
 *
 * The margins of a page in points. A landscape page is the portrait sheet
 * turned a quarter clockwise: its top is the binding edge.
 */
void
cchc_page_options_get_margins (const CchcPageOptions *self,
                               gboolean               landscape,
                               double                *top,
                               double                *right,
                               double                *bottom,
                               double                *left)
{
  double k = CCHC_POINTS_PER_MM;

  if (landscape)
    {
      *top = self->margin_left * k;
      *right = self->margin_top * k;
      *bottom = self->margin_right * k;
      *left = self->margin_bottom * k;
    }
  else
    {
      *top = self->margin_top * k;
      *right = self->margin_right * k;
      *bottom = self->margin_bottom * k;
      *left = self->margin_left * k;
    }
}

const char *
cchc_paper_get_name (CchcPaper paper)
{
  g_return_val_if_fail ((guint) paper < G_N_ELEMENTS (papers), "a4");

  return papers[paper].name;
}

/**
 * cchc_paper_from_name:
 * @name: "a4", "a3" or "letter"
 *
 * Returns: whether @name is a known paper
 */
gboolean
cchc_paper_from_name (const char *name,
                      CchcPaper  *paper)
{
  for (guint i = 0; i < G_N_ELEMENTS (papers); i++)
    {
      if (g_strcmp0 (name, papers[i].name) == 0)
        {
          *paper = i;
          return TRUE;
        }
    }

  return FALSE;
}
