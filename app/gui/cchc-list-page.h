/* cchc-list-page.h: the base of the pages that list the rows of a plan
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "cchc-history.h"
#include "cchc-list-helpers.h"

G_BEGIN_DECLS

#define CCHC_TYPE_LIST_PAGE (cchc_list_page_get_type ())

G_DECLARE_DERIVABLE_TYPE (CchcListPage, cchc_list_page, CCHC, LIST_PAGE, GtkWidget)

/**
 * CchcListPageClass:
 * @editor_type: the #CchcRecordEditor the default @open_editor opens
 * @search_text: the text a row is searched in, given the page as user data
 *   (pages with cchc_list_page_class_bind_search())
 * @format_count: the text of the count label (likewise)
 * @placeholder: what the placeholder over the list says when it is empty
 *   and when the search hides every row (likewise)
 * @get_rows: the store's model of the rows of a plan, such as
 *   cchc_store_get_kpis(), for the default @plan_changed
 * @setup_list: adds the columns to the page's list, before it gets its rows
 * @plan_changed: shows the page's plan; the default lists the rows that
 *   @get_rows gives for it (none without a plan)
 * @open_editor: opens the editor of @item, or of a new row when @item is
 *   %NULL; the default opens an @editor_type on the page's plan
 * @get_selected: the row "page.edit" opens, or %NULL
 * @delete_selected: deletes the selected row ("page.delete")
 * @move_selected: moves the selected row by @delta, -1 or 1 ("page.move-up",
 *   "page.move-down")
 * @show_search: shows the search and focuses it ("page.search")
 * @focus: gives the keyboard to the page (cchc_list_page_focus()); the
 *   default focuses the list's row selected, or the page's first field
 *
 * The defaults of the last four drive the page's #CchcListController. A
 * page without one (whose template was not set with
 * cchc_list_page_class_set_template()) builds its own models, overrides
 * them, @open_editor and @plan_changed, and binds Escape itself.
 */
struct _CchcListPageClass
{
  GtkWidgetClass  parent_class;

  GType           editor_type;
  CchcRowTextFunc search_text;
  CchcCountFunc   format_count;
  CchcPlaceholderTexts placeholder;
  GListModel   *(*get_rows)        (CchcStore          *store,
                                    CchcPlan           *plan);

  void          (*setup_list)      (CchcListPage       *self,
                                    CchcListController *list);
  void          (*plan_changed)    (CchcListPage       *self);
  void          (*open_editor)     (CchcListPage       *self,
                                    gpointer            item);
  gpointer      (*get_selected)    (CchcListPage       *self);
  void          (*delete_selected) (CchcListPage       *self);
  void          (*move_selected)   (CchcListPage       *self,
                                    int                 delta);
  void          (*show_search)     (CchcListPage       *self);
  void          (*focus)           (CchcListPage       *self);
};

void                cchc_list_page_class_set_template (GtkWidgetClass *widget_class,
                                                       const char     *resource_name,
                                                       const char     *view_name);
void                cchc_list_page_class_bind_search  (GtkWidgetClass *widget_class);

CchcHistory        *cchc_list_page_get_history        (CchcListPage   *self);
CchcStore          *cchc_list_page_get_store          (CchcListPage   *self);
CchcListController *cchc_list_page_get_list           (CchcListPage   *self);
CchcPlan           *cchc_list_page_get_plan           (CchcListPage   *self);
void                cchc_list_page_set_plan           (CchcListPage   *self,
                                                       CchcPlan       *plan);
void                cchc_list_page_focus              (CchcListPage   *self);

G_END_DECLS
