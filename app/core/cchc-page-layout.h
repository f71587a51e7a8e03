/* cchc-page-layout.h: lays a document out on pages and draws them with cairo
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>

#include "cchc-document.h"
#include "cchc-page-options.h"

G_BEGIN_DECLS

typedef struct _CchcPageLayout CchcPageLayout;

/**
 * CchcPageLineFunc:
 * @ink: where the ink of one line of text lies on the page, in points
 * @box: the rectangle the line must stay in: its cell, or the text area
 *
 * Called for every line of text drawn on a page; tests use it to check
 * that no text leaves its cell.
 */
typedef void (*CchcPageLineFunc) (const cairo_rectangle_t *ink,
                                  const cairo_rectangle_t *box,
                                  const char              *text,
                                  gpointer                 user_data);

CchcPageLayout *cchc_page_layout_new            (CchcDocument           *document,
                                                 const CchcPageOptions  *options);
void            cchc_page_layout_free           (CchcPageLayout         *self);
gboolean        cchc_page_layout_paginate       (CchcPageLayout         *self);
void            cchc_page_layout_paginate_all   (CchcPageLayout         *self);
double          cchc_page_layout_get_fraction   (CchcPageLayout         *self);
guint           cchc_page_layout_get_n_pages    (CchcPageLayout         *self);
gboolean        cchc_page_layout_is_landscape   (CchcPageLayout         *self,
                                                 guint                   page);
void            cchc_page_layout_get_page_size  (CchcPageLayout         *self,
                                                 guint                   page,
                                                 double                 *width,
                                                 double                 *height);
void            cchc_page_layout_draw_page      (CchcPageLayout         *self,
                                                 guint                   page,
                                                 cairo_t                *cr);
void            cchc_page_layout_release_page   (CchcPageLayout         *self,
                                                 guint                   page);
void            cchc_page_layout_foreach_line   (CchcPageLayout         *self,
                                                 guint                   page,
                                                 CchcPageLineFunc        func,
                                                 gpointer                user_data);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CchcPageLayout, cchc_page_layout_free)

G_END_DECLS
