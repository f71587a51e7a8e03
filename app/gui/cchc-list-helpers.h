/* cchc-list-helpers.h: what the list pages and their editors share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "cchc-history.h"
#include "cchc-placeholder.h"

G_BEGIN_DECLS

/**
 * CchcRowTextFunc:
 * @item: a row of the list
 * @user_data: the data given with the function
 *
 * Returns: (transfer full): the text of @item for a column or for search
 */
typedef char *(*CchcRowTextFunc) (gpointer item,
                                  gpointer user_data);

/**
 * CchcCountFunc:
 * @shown: the rows the search lets through
 * @total: all rows
 *
 * Returns: (transfer full): the text of the page's count label
 */
typedef char *(*CchcCountFunc)   (guint    shown,
                                  guint    total);

/**
 * CchcColumnFlags:
 * @CCHC_COLUMN_DEFAULT: a plain column of wrapping text
 * @CCHC_COLUMN_EXPAND: the column takes the width left over
 * @CCHC_COLUMN_SORTABLE: clicking the title sorts in Vietnamese order
 * @CCHC_COLUMN_NUMBER: the row's number in the plan ("STT": its position in
 *   the unfiltered list, from 1), sortable back into the plan's order
 */
typedef enum
{
  CCHC_COLUMN_DEFAULT  = 0,
  CCHC_COLUMN_EXPAND   = 1 << 0,
  CCHC_COLUMN_SORTABLE = 1 << 1,
  CCHC_COLUMN_NUMBER   = 1 << 2,
} CchcColumnFlags;

/**
 * CchcPlaceholderTexts:
 * @empty_icon: the icon over an empty list (the no-match one is a search's)
 * @empty_title: the title over an empty list, "No KPIs Yet"
 * @empty_text: what to do about it
 * @no_match_title: the title when the search hides every row
 * @no_match_text: what to do about it
 *
 * What a list's placeholder says, untranslated (marked with N_()).
 */
typedef struct
{
  const char *empty_icon;
  const char *empty_title;
  const char *empty_text;
  const char *no_match_title;
  const char *no_match_text;
} CchcPlaceholderTexts;

#define CCHC_TYPE_LIST_CONTROLLER (cchc_list_controller_get_type ())

G_DECLARE_FINAL_TYPE (CchcListController, cchc_list_controller, CCHC, LIST_CONTROLLER, GObject)

CchcListController  *cchc_list_controller_new             (GtkWidget          *page,
                                                            CchcHistory        *history,
                                                            GtkColumnView      *view);
CchcListController  *cchc_list_controller_get_for_page    (GtkWidget          *page);
void                 cchc_list_controller_set_search      (CchcListController *self,
                                                            GtkSearchBar       *search_bar,
                                                            GtkSearchEntry     *search_entry,
                                                            CchcRowTextFunc     func,
                                                            gpointer            user_data);
void                 cchc_list_controller_set_count_label (CchcListController *self,
                                                            GtkLabel           *label,
                                                            CchcCountFunc       func);
void                 cchc_list_controller_set_placeholder (CchcListController *self,
                                                           CchcPlaceholder    *placeholder,
                                                           const CchcPlaceholderTexts *texts);
void                 cchc_list_controller_set_delete_error (CchcListController *self,
                                                            const char         *primary);
GtkColumnViewColumn *cchc_list_controller_add_column      (CchcListController *self,
                                                            const char         *title,
                                                            CchcRowTextFunc     func,
                                                            gpointer            user_data,
                                                            int                 width_chars,
                                                            CchcColumnFlags     flags);
void                 cchc_list_controller_set_model       (CchcListController *self,
                                                            GListModel         *model);
GListModel          *cchc_list_controller_get_model       (CchcListController *self);
GListModel          *cchc_list_controller_get_shown       (CchcListController *self);
gpointer             cchc_list_controller_get_selected    (CchcListController *self);
guint                cchc_list_controller_get_insert_position (CchcListController *self);
gboolean             cchc_list_controller_select          (CchcListController *self,
                                                            gpointer            item);
void                 cchc_list_controller_show_saved      (CchcListController *self,
                                                            gpointer            item);
gboolean             cchc_list_controller_can_reorder     (CchcListController *self);
void                 cchc_list_controller_move_selected   (CchcListController *self,
                                                            int                 delta);
void                 cchc_list_controller_delete_selected (CchcListController *self);
void                 cchc_list_controller_show_search     (CchcListController *self);
void                 cchc_list_controller_focus           (CchcListController *self);
gboolean             cchc_list_controller_hide_search     (CchcListController *self);
void                 cchc_list_controller_refresh         (CchcListController *self);
void                 cchc_list_controller_refresh_cells   (CchcListController *self);
void                 cchc_list_controller_update_actions  (CchcListController *self);

char                *cchc_format_integer                  (guint               number);

G_END_DECLS
