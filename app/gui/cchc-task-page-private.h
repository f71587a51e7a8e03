/* cchc-task-page-private.h: what the task page's files share
 *
 * The page is split by concern: cchc-task-page.c holds its models, search,
 * filters and actions; cchc-task-page-view.c its cells, the choices of its
 * filters, the layout of its toolbar, its placeholders and tooltips;
 * cchc-task-page-sort.c its sorting and sort menu; cchc-task-page-edits.c
 * the areas' edits and the selection around deletes.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cchc-area.h"
#include "cchc-task-page.h"
#include "cchc-task-rows.h"
#include "cchc-unit.h"

G_BEGIN_DECLS

/* A change of the sorting, as _cchc_task_page_read_sort() found it. */
typedef enum
{
  SORT_CHANGED_NONE   = 0,
  SORT_CHANGED_COLUMN = 1 << 0,
  SORT_CHANGED_ORDER  = 1 << 1,
} SortChange;

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

  /* The column that sorts the rows (-1: the plan's order, grouped by
   * area) and in which direction, as the column view's sorter says. */
  int                  sort_column;
  GtkSortType          sort_order;

  /* The row selected last: a task moved to another area leaves the rows
   * and comes back, and the selection with it. */
  GObject             *last_selected;
  guint                removed_at;  /* where rows went last, or G_MAXUINT */

  /* What the toolbar's tooltips name: a task or an area. */
  GType                tooltip_type;

  /* The width of the count's widest text for the plan ("24/24 nhiệm vụ"),
   * in pixels: the toolbar keeps it for the count whatever it says. */
  int                  status_width;

  /* Template widgets */
  GtkWidget           *filter_box;
  GtkWidget           *action_box;
  GtkSearchEntry      *search_entry;
  GtkDropDown         *area_filter;
  GtkDropDown         *lead_filter;
  GtkWidget           *edit_button;
  GtkWidget           *delete_button;
  GtkWidget           *move_up_button;
  GtkWidget           *move_down_button;
  gboolean             move_tooltips_free;  /* they say the keys, not why not */
  GtkMenuButton       *sort_button;
  GtkLabel            *status_label;
  GtkWidget           *table_window;
  GtkWidget           *no_areas_placeholder;
  GtkWidget           *no_match_placeholder;
  GtkColumnView       *column_view;
  GtkColumnViewColumn *number_column;
  GtkColumnViewColumn *text_column;
  GtkColumnViewColumn *product_column;
  GtkColumnViewColumn *lead_column;
  GtkColumnViewColumn *cooperating_column;
  GtkColumnViewColumn *timeframe_column;
};

/* cchc-task-page.c */
CchcStore   *_cchc_task_page_get_store        (CchcTaskPage        *self);
gpointer     _cchc_task_page_get_selected     (CchcTaskPage        *self);
void         _cchc_task_page_select_row       (CchcTaskPage        *self,
                                               guint                position);
gboolean     _cchc_task_page_select_item      (CchcTaskPage        *self,
                                               gpointer             item);
GtkColumnViewColumn *_cchc_task_page_get_column (CchcTaskPage      *self,
                                               CchcTaskColumn       column);
gboolean     _cchc_task_page_can_move         (CchcTaskPage        *self);

/* cchc-task-page-view.c */
void         _cchc_task_page_set_status_width (CchcTaskPage        *self,
                                               const char          *widest);
void         _cchc_task_page_setup_quarks     (void);
void         _cchc_task_page_setup_layout     (CchcTaskPage        *self);
char        *_cchc_task_page_format_area      (CchcArea            *area);
void         _cchc_task_page_setup_column     (GtkColumnViewColumn *view_column,
                                               CchcTaskColumn       column,
                                               GtkSorter           *sorter);
void         _cchc_task_page_update_cells     (GtkColumnViewColumn *view_column);
void         _cchc_task_page_update_number_width (CchcTaskPage     *self);
GListStore  *_cchc_task_page_setup_choices    (GtkDropDown         *dropdown,
                                               const char          *first,
                                               GListModel          *rest);
void         _cchc_task_page_update_placeholder (CchcTaskPage      *self);
void         _cchc_task_page_update_tooltips  (CchcTaskPage        *self);
void         _cchc_task_page_focus_selected   (CchcTaskPage        *self);

/* cchc-task-page-sort.c */
GtkSorter   *_cchc_task_page_new_sorter       (CchcTaskPage        *self,
                                               CchcTaskColumn       column);
SortChange   _cchc_task_page_read_sort        (CchcTaskPage        *self);
const char  *_cchc_task_page_get_sort_by      (CchcTaskPage        *self);
void         _cchc_task_page_set_sort_by      (CchcTaskPage        *self,
                                               const char          *sort_by);
void         _cchc_task_page_set_sort_order   (CchcTaskPage        *self,
                                               GtkSortType          order);

/* cchc-task-page-edits.c */
void         _cchc_task_page_add_area         (CchcTaskPage        *self);
void         _cchc_task_page_edit_area        (CchcTaskPage        *self,
                                               CchcArea            *area);
void         _cchc_task_page_delete_area      (CchcTaskPage        *self,
                                               CchcArea            *area);
guint        _cchc_task_page_find_row_after_delete (CchcTaskPage   *self,
                                                    CchcArea       *area,
                                                    guint           row);
void         _cchc_task_page_delete_task      (CchcTaskPage        *self,
                                               CchcTask            *task);
void         _cchc_task_page_move_area        (CchcTaskPage        *self,
                                               CchcArea            *area,
                                               int                  delta);

G_END_DECLS
