/* cchc-page-options.h: paper, margins, font and column widths of printed documents
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define CCHC_TYPE_PAGE_OPTIONS (cchc_page_options_get_type ())
#define CCHC_PRINT_ERROR (cchc_print_error_quark ())

typedef enum
{
  CCHC_PRINT_ERROR_FAILED,
  CCHC_PRINT_ERROR_INVALID_OPTIONS,
} CchcPrintError;

/* The columns of the implementation table (Part IV), in order. */
#define CCHC_TASK_TABLE_N_COLUMNS 6

/* 1 mm in PostScript points: every length of the layout is in points. */
#define CCHC_POINTS_PER_MM (72.0 / 25.4)

typedef enum
{
  CCHC_PAPER_A4,
  CCHC_PAPER_A3,
  CCHC_PAPER_LETTER,
} CchcPaper;

/**
 * CchcPageOptions:
 * @paper: the sheet size
 * @margin_top: top margin of a portrait page, in millimetres
 * @margin_bottom: bottom margin of a portrait page, in millimetres
 * @margin_left: left (binding) margin of a portrait page, in millimetres
 * @margin_right: right margin of a portrait page, in millimetres
 * @font_family: the body font family ("Times New Roman")
 * @font_size: the body font size in points
 * @task_columns: relative widths of the implementation table's columns
 *
 * Landscape pages use the same margins turned with the sheet: the
 * portrait sheet's left (binding) edge becomes the top.
 */
typedef struct
{
  CchcPaper  paper;
  double     margin_top;
  double     margin_bottom;
  double     margin_left;
  double     margin_right;
  char      *font_family;
  double     font_size;
  double     task_columns[CCHC_TASK_TABLE_N_COLUMNS];
} CchcPageOptions;

GQuark           cchc_print_error_quark          (void);
GType            cchc_page_options_get_type      (void) G_GNUC_CONST;
CchcPageOptions *cchc_page_options_new           (void);
CchcPageOptions *cchc_page_options_copy          (const CchcPageOptions *self);
void             cchc_page_options_free          (CchcPageOptions       *self);
void             cchc_page_options_set_font_family (CchcPageOptions     *self,
                                                    const char          *family);
gboolean         cchc_page_options_validate      (const CchcPageOptions *self,
                                                  GError               **error);
void             cchc_page_options_get_sheet     (const CchcPageOptions *self,
                                                  gboolean               landscape,
                                                  double                *width,
                                                  double                *height);
void             cchc_page_options_get_margins   (const CchcPageOptions *self,
                                                  gboolean               landscape,
                                                  double                *top,
                                                  double                *right,
                                                  double                *bottom,
                                                  double                *left);
const char      *cchc_paper_get_name             (CchcPaper              paper);
gboolean         cchc_paper_from_name            (const char            *name,
                                                  CchcPaper             *paper);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CchcPageOptions, cchc_page_options_free)

G_END_DECLS
