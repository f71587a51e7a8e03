/* cchc-task-page-private.h: what the task page's files share
 *
 * The page is split by concern: cchc-task-page.c holds its models, search,
 * filters and actions; cchc-task-page-view.c its cells, the choices of its
 * filters and the layout of its toolbar; cchc-task-page-sort.c its
 * sorting.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cchc-area.h"
#include "cchc-task-page.h"
#include "cchc-task-rows.h"
#include "cchc-unit.h"

G_BEGIN_DECLS

struct _CchcTaskPage
{
  CchcListPage         parent_instance;

  CchcTaskRows        *rows;
  GtkSortListModel    *sort_model;
  GtkSingleSelection  *selection;
  GListStore          *area_choices;
  GListStore          *no_areas;

  /* The search typed, folded, and applied at the next frame. */
  char                *query;
  guint                search_source;
  CchcArea            *area_choice;
  CchcUnit            *lead_choice;
  guint                sorted : 1;

  /* Template widgets */
  GtkWidget           *filter_box;
  GtkWidget           *action_box;
  GtkSearchEntry      *search_entry;
  GtkDropDown         *area_filter;
  GtkDropDown         *lead_filter;
  GtkLabel            *status_label;
  GtkColumnView       *column_view;
  GtkColumnViewColumn *number_column;
  GtkColumnViewColumn *text_column;
  GtkColumnViewColumn *product_column;
  GtkColumnViewColumn *lead_column;
  GtkColumnViewColumn *cooperating_column;
  GtkColumnViewColumn *timeframe_column;
};

/* cchc-task-page.c */
GtkColumnViewColumn *_cchc_task_page_get_column (CchcTaskPage      *self,
                                               CchcTaskColumn       column);

/* cchc-task-page-view.c */
void         _cchc_task_page_setup_quarks     (void);
void         _cchc_task_page_setup_layout     (CchcTaskPage        *self);
char        *_cchc_task_page_format_area      (CchcArea            *area);
void         _cchc_task_page_setup_column     (GtkColumnViewColumn *view_column,
                                               CchcTaskColumn       column,
                                               GtkSorter           *sorter);
void         _cchc_task_page_update_cells     (GtkColumnViewColumn *view_column);
GListStore  *_cchc_task_page_setup_choices    (GtkDropDown         *dropdown,
                                               const char          *first,
                                               GListModel          *rest);

/* cchc-task-page-sort.c */
GtkSorter   *_cchc_task_page_new_sorter       (CchcTaskPage        *self,
                                               CchcTaskColumn       column);

G_END_DECLS
