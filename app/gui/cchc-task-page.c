/* cchc-task-page.c: the plan's implementation table ("nhiệm vụ"), grouped by area
 *
 * The rows come from a CchcTaskRows over the store's own models, so that
 * every edit arrives as one exact items-changed and nothing is ever
 * reloaded:
 *
 *   areas ──rows (grouped, filtered)──> ──sort (column view)──> selection
 *
 * While a column sorts the rows, the grouping means nothing: the header
 * rows are left out. Header rows are areas: the page edits, deletes and
 * moves them as it does tasks (cchc-task-page-edits.c).
 *
 * Search, sorting and the STT order read values cached on the tasks
 * (folded search text, collation keys, positions) so that a keystroke or
 * a click on a column header does not recompute them for every row. A
 * search is applied just before the next frame, once for all the changes
 * of the text until then (typing over a selection empties it first).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cchc-task-page"

#include "config.h"

#include <glib/gi18n.h>

#include "cchc-gui-utils.h"
#include "cchc-list-helpers.h"
#include "cchc-placeholder.h"
#include "cchc-plan.h"
#include "cchc-row-recycler.h"
#include "cchc-task.h"
#include "cchc-task-editor.h"
#include "cchc-task-page-private.h"
#include "cchc-text.h"

G_DEFINE_FINAL_TYPE (CchcTaskPage, cchc_task_page, CCHC_TYPE_LIST_PAGE)

enum {
  PROP_0,
  PROP_SORT_BY,
  PROP_SORT_ORDER,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void     scroll_to_row     (CchcTaskPage    *self,
                                   guint            position);
static void     refilter          (CchcTaskPage    *self);
static void     apply_search      (CchcTaskPage    *self,
                                   const char      *text);

static CchcHistory *
get_history (CchcTaskPage *self)
{
  return cchc_list_page_get_history (CCHC_LIST_PAGE (self));
}

static CchcStore *
get_store (CchcTaskPage *self)
{
  return cchc_list_page_get_store (CCHC_LIST_PAGE (self));
}

static gboolean
page_filters_rows (CchcTaskPage *self)
{
  return cchc_task_rows_get_filtering (self->rows);
}

/* Filters ------------------------------------------------------------ */

static void
on_filter_selected_cb (CchcTaskPage *self)
{
  gpointer area = gtk_drop_down_get_selected_item (self->area_filter);
  gpointer lead = gtk_drop_down_get_selected_item (self->lead_filter);
  gboolean changed;

  if (!CCHC_IS_AREA (area))
    area = NULL;
  if (!CCHC_IS_UNIT (lead))
    lead = NULL;

  changed = g_set_object (&self->area_choice, area);
  changed |= g_set_object (&self->lead_choice, lead);

  if (changed && self->rows != NULL)
    refilter (self);
}

/* Selection and actions --------------------------------------------- */

static gpointer
get_selected_item (CchcTaskPage *self)
{
  return gtk_single_selection_get_selected_item (self->selection);
}

static GListModel *
get_areas (CchcTaskPage *self)
{
  return cchc_task_rows_get_areas (self->rows);
}

static guint
count_areas (CchcTaskPage *self)
{
  return get_areas (self) != NULL ? g_list_model_get_n_items (get_areas (self)) : 0;
}

/* Whether the selected task or area can go up and down: among its own,
 * and a task past the first or last of its area into the next one. */
static void
get_moves (CchcTaskPage *self,
           gboolean     *up,
           gboolean     *down)
{
  gpointer item = get_selected_item (self);
  CchcStore *store = get_store (self);
  guint n_areas = count_areas (self);
  guint position, area_position;

  *up = *down = FALSE;
  if (!_cchc_task_page_can_move (self))
    return;

  if (CCHC_IS_AREA (item))
    {
      position = cchc_store_get_position (store, item);
      *up = position != G_MAXUINT && position > 0;
      *down = position != G_MAXUINT && position + 1 < n_areas;
    }
  else if (CCHC_IS_TASK (item))
    {
      CchcArea *area = cchc_task_rows_get_task_area (item);
      guint n_tasks = g_list_model_get_n_items (cchc_store_get_tasks (store, area));

      position = cchc_store_get_position (store, item);
      area_position = cchc_store_get_position (store, area);
      if (position == G_MAXUINT || area_position == G_MAXUINT)
        return;
      *up = position > 0 || area_position > 0;
      *down = position + 1 < n_tasks || area_position + 1 < n_areas;
    }
}

#define MOVE_BLOCKED N_("Rows move in the plan's order, every row shown: clear the search, " \
                        "the filters and the sort")

static void
update_actions (CchcTaskPage *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  gboolean has_plan = cchc_list_page_get_plan (CCHC_LIST_PAGE (self)) != NULL;
  gboolean selected = get_selected_item (self) != NULL;
  gboolean can_move = _cchc_task_page_can_move (self);
  gboolean up, down;

  get_moves (self, &up, &down);
  /* A task belongs to an area: without one, the page offers to add one. */
  gtk_widget_action_set_enabled (widget, "page.add", has_plan && count_areas (self) > 0);
  gtk_widget_action_set_enabled (widget, "page.add-area", has_plan);
  gtk_widget_action_set_enabled (widget, "page.edit", selected);
  gtk_widget_action_set_enabled (widget, "page.delete", selected);
  gtk_widget_action_set_enabled (widget, "page.move-up", up);
  gtk_widget_action_set_enabled (widget, "page.move-down", down);
  gtk_widget_action_set_enabled (widget, "page.stop-search", self->query != NULL);
  gtk_widget_action_set_enabled (widget, "page.show-all", page_filters_rows (self));
  _cchc_task_page_update_tooltips (self);

  /* Greyed out by the search, the filters or a sort: they say why. (Set
   * when that changes, not at each key of a search.) */
  if (can_move != self->move_tooltips_free)
    {
      self->move_tooltips_free = can_move;
      gtk_widget_set_tooltip_text (self->move_up_button,
                                   can_move ? _("Move Up (Alt+Up)") : _(MOVE_BLOCKED));
      gtk_widget_set_tooltip_text (self->move_down_button,
                                   can_move ? _("Move Down (Alt+Down)") : _(MOVE_BLOCKED));
    }
}

/* The count's text: "24 tasks", or, with @part (while searching or
 * filtering), "3 of 24 tasks". */
static char *
format_status (guint    shown,
               guint    total,
               gboolean part)
{
  g_autofree char *shown_text = cchc_format_integer (shown);
  g_autofree char *total_text = cchc_format_integer (total);

  if (!part)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s task", "%s tasks", total),
                            total_text);

  /* Translators: while searching or filtering, "3 of 24 tasks"; short ("3/24 …") */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s of %s task", "%s of %s tasks",
                                       total),
                          shown_text, total_text);
}

static void
update_status (CchcTaskPage *self)
{
  guint shown = cchc_task_rows_get_n_shown_tasks (self->rows);
  guint total = cchc_task_rows_get_n_tasks (self->rows);
  g_autofree char *text = format_status (shown, total, shown != total);
  g_autofree char *widest = format_status (total, total, TRUE);

  gtk_label_set_text (self->status_label, text);
  _cchc_task_page_set_status_width (self, widest);
}

/* The row showing @item, or GTK_INVALID_LIST_POSITION. */
static guint
find_row (CchcTaskPage *self,
          gpointer      item)
{
  GListModel *rows = G_LIST_MODEL (self->selection);
  guint n_items = g_list_model_get_n_items (rows);

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(GObject) row = g_list_model_get_item (rows, i);

      if ((gpointer) row == item)
        return i;
    }

  return GTK_INVALID_LIST_POSITION;
}

/* Other rows are shown: they are shown from the selected row if it is
 * still shown (a search given up with Esc goes back to it), else from the
 * top, not from wherever the row that was on top went. */
static void
refilter (CchcTaskPage *self)
{
  guint selected;

  g_clear_handle_id (&self->search_source, g_source_remove);
  cchc_task_rows_set_filter (self->rows, self->query, self->area_choice, self->lead_choice,
                             self->sort_column < 0);
  self->removed_at = G_MAXUINT;  /* rows the filters hid, not an edit took */
  /* The row a search hid is selected again once every row shows again
   * (the search stopped, the filters cleared), not at each key typed: it
   * takes a walk through the rows. */
  selected = gtk_single_selection_get_selected (self->selection);
  if (selected == GTK_INVALID_LIST_POSITION && self->last_selected != NULL &&
      !page_filters_rows (self))
    {
      selected = find_row (self, self->last_selected);
      gtk_single_selection_set_selected (self->selection, selected);
    }
  scroll_to_row (self, selected != GTK_INVALID_LIST_POSITION ? selected : 0);
  update_actions (self);
  _cchc_task_page_update_placeholder (self);
}

/* Brings the row at @position into view, once the rows are laid out. */
static void
scroll_to_row (CchcTaskPage *self,
               guint         position)
{
  if (position >= g_list_model_get_n_items (G_LIST_MODEL (self->selection)))
    return;

  cchc_column_view_scroll_to (self->column_view, position);
}

/* The task saved is selected. A task edited into another area, or given
 * another lead unit, than the table is filtered by stays in sight: that
 * filter lets every row through again (it vanished without a word); so
 * does the search, one that the task no longer matches. */
static void
on_editor_saved_cb (CchcTaskPage *self,
                    CchcTask     *task)
{
  if (_cchc_task_page_select_item (self, task))
    return;

  if (self->area_choice != NULL && cchc_task_rows_get_task_area (task) != self->area_choice)
    gtk_drop_down_set_selected (self->area_filter, 0);
  if (self->lead_choice != NULL && cchc_task_get_lead_unit (task) != self->lead_choice)
    gtk_drop_down_set_selected (self->lead_filter, 0);
  if (_cchc_task_page_select_item (self, task))
    return;

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  apply_search (self, "");
  g_clear_handle_id (&self->search_source, g_source_remove);
  refilter (self);
  _cchc_task_page_select_item (self, task);
}

static void
open_editor (CchcTaskPage *self,
             CchcArea     *area,
             CchcTask     *task,
             guint         position)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  CchcPlan *plan = cchc_list_page_get_plan (CCHC_LIST_PAGE (self));
  GtkWidget *editor;

  editor = cchc_task_editor_new (get_history (self), plan, area, task, position);
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (editor), GTK_WINDOW (root));
  g_signal_connect_object (editor, "saved", G_CALLBACK (on_editor_saved_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (editor));
}

/* A new task goes into the area of the selected row, after the selected
 * task, or at the end of the first area. */
static void
add_task (CchcTaskPage *self)
{
  gpointer item = get_selected_item (self);
  g_autoptr(CchcArea) first = NULL;
  CchcArea *area = NULL;
  guint position = G_MAXUINT;

  if (CCHC_IS_TASK (item))
    {
      area = cchc_task_rows_get_task_area (item);
      position = cchc_store_get_position (get_store (self), item) + 1;
    }
  else if (CCHC_IS_AREA (item))
    {
      area = item;
    }
  else if (self->area_choice != NULL)
    {
      /* The area the table is filtered by: the new task stays in sight. */
      area = self->area_choice;
    }
  else if (count_areas (self) > 0)
    {
      first = g_list_model_get_item (get_areas (self), 0);
      area = first;
    }

  if (area != NULL)
    open_editor (self, area, NULL, position);
}

/* Edits a task, or renames an area. */
static void
edit_item (CchcTaskPage *self,
           gpointer      item)
{
  if (CCHC_IS_AREA (item))
    _cchc_task_page_edit_area (self, item);
  else if (CCHC_IS_TASK (item))
    open_editor (self, cchc_task_rows_get_task_area (item), item, 0);
}

static gboolean
apply_search_cb (gpointer data)
{
  CchcTaskPage *self = data;

  self->search_source = 0;
  refilter (self);

  return G_SOURCE_REMOVE;
}

/* The rows are filtered before the next frame is laid out, once for all
 * the changes of the text until then. */
static void
apply_search (CchcTaskPage *self,
              const char   *text)
{
  g_autofree char *folded = cchc_text_fold (text != NULL ? text : "");

  g_strstrip (folded);
  if (*folded == '\0')
    g_clear_pointer (&folded, g_free);

  if (g_strcmp0 (folded, self->query) == 0)
    return;

  g_free (self->query);
  self->query = g_steal_pointer (&folded);
  update_actions (self);
  if (self->search_source == 0)
    self->search_source = g_idle_add_full (G_PRIORITY_HIGH_IDLE, apply_search_cb, self, NULL);
}

static void
stop_search_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  CchcTaskPage *self = CCHC_TASK_PAGE (widget);

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  apply_search (self, "");
  /* To the selected row (the cursor may be on another), once shown. */
  gtk_widget_grab_focus (GTK_WIDGET (self->column_view));
  _cchc_task_page_focus_selected (self);
}

/* "Show all tasks": the search and the filters start over. */
static void
show_all_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  CchcTaskPage *self = CCHC_TASK_PAGE (widget);

  gtk_drop_down_set_selected (self->area_filter, 0);
  gtk_drop_down_set_selected (self->lead_filter, 0);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  apply_search (self, "");
  refilter (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->column_view));
}

static void
add_area_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  _cchc_task_page_add_area (CCHC_TASK_PAGE (widget));
}

/* Callbacks ---------------------------------------------------------- */

static void
on_search_entry_search_changed_cb (CchcTaskPage   *self,
                                   GtkSearchEntry *entry)
{
  apply_search (self, gtk_editable_get_text (GTK_EDITABLE (entry)));
}

/* Down in the search: to the row selected, or the first task found (not
 * its area's header row). */
static gboolean
search_down_cb (GtkWidget *entry,
                GVariant  *args,
                gpointer   data)
{
  CchcTaskPage *self = data;
  GListModel *rows = G_LIST_MODEL (self->selection);
  guint n_rows = g_list_model_get_n_items (rows);
  guint first = 0;

  if (n_rows == 0)
    return FALSE;

  for (guint i = 0; i < n_rows; i++)
    {
      g_autoptr(GObject) row = g_list_model_get_item (rows, i);

      if (CCHC_IS_TASK (row))
        {
          first = i;
          break;
        }
    }
  if (gtk_single_selection_get_selected (self->selection) == GTK_INVALID_LIST_POSITION)
    gtk_single_selection_set_selected (self->selection, first);
  gtk_widget_grab_focus (GTK_WIDGET (self->column_view));
  _cchc_task_page_focus_selected (self);
  return TRUE;
}

static void
on_search_entry_stop_search_cb (CchcTaskPage   *self,
                                GtkSearchEntry *entry)
{
  stop_search_action (GTK_WIDGET (self), "page.stop-search", NULL);
}

/* Return or a double click: a task opens its editor, an area row the
 * editor that renames it. */
static void
on_column_view_activate_cb (CchcTaskPage  *self,
                            guint          position,
                            GtkColumnView *view)
{
  g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (self->selection), position);

  edit_item (self, item);
}

/* A column header clicked, or a choice of the sort menu. */
static void
on_sorter_changed_cb (CchcTaskPage    *self,
                      GtkSorterChange  change,
                      GtkSorter       *sorter)
{
  gboolean was_sorted = self->sort_column >= 0;
  SortChange sort_change = _cchc_task_page_read_sort (self);
  guint selected;

  if (was_sorted != (self->sort_column >= 0))
    refilter (self);
  else
    update_actions (self);

  /* The rows are in another order: show the selected one, or the top. */
  selected = gtk_single_selection_get_selected (self->selection);
  scroll_to_row (self, selected != GTK_INVALID_LIST_POSITION ? selected : 0);

  if (sort_change & SORT_CHANGED_COLUMN)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SORT_BY]);
  if (sort_change & SORT_CHANGED_ORDER)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SORT_ORDER]);
}

static void
on_selected_cb (CchcTaskPage *self)
{
  GObject *item = gtk_single_selection_get_selected_item (self->selection);

  if (item != NULL)
    g_set_object (&self->last_selected, item);
  update_actions (self);
}

static void
on_rows_items_changed_cb (CchcTaskPage *self,
                          guint         position,
                          guint         removed,
                          guint         added)
{
  if (removed > added)
    self->removed_at = position;
  update_actions (self);
  _cchc_task_page_update_placeholder (self);
  _cchc_task_page_update_number_width (self);
}

static void
on_counts_changed_cb (CchcTaskPage *self)
{
  update_status (self);
}

static void
on_units_items_changed_cb (CchcTaskPage *self,
                           guint         position,
                           guint         removed,
                           guint         added,
                           GListModel   *units)
{
  /* A unit was renamed, added or removed: cached unit names are stale. */
  cchc_task_rows_units_changed ();

  /* A renamed unit: the rows that name it do not notify. */
  if (removed > 0 && added > 0)
    {
      _cchc_task_page_update_cells (self->lead_column);
      _cchc_task_page_update_cells (self->cooperating_column);

      if (page_filters_rows (self))
        cchc_task_rows_refilter (self->rows);
    }
}

/* An edit, an undo or a redo, from this page or elsewhere. The task or
 * area an undo or a redo changed is selected (it shows what it undid);
 * else the row selected last, when it left the rows and came back (moved
 * to another area); else, when it took the row selected away (an
 * addition undone), the row in its place. */
static void
on_history_changed_cb (CchcTaskPage *self)
{
  gpointer changed = cchc_history_get_changed_row (get_history (self));
  gpointer selected = gtk_single_selection_get_selected_item (self->selection);
  guint removed_at = self->removed_at;

  self->removed_at = G_MAXUINT;
  self->move_tooltips_free = TRUE;  /* as the template has them */
  if ((CCHC_IS_TASK (changed) || CCHC_IS_AREA (changed)) && changed != selected &&
      _cchc_task_page_select_item (self, changed))
    return;

  if (gtk_single_selection_get_selected_item (self->selection) == NULL &&
      self->last_selected != NULL && _cchc_task_page_select_item (self, self->last_selected))
    return;

  if (gtk_single_selection_get_selected_item (self->selection) == NULL &&
      removed_at != G_MAXUINT)
    {
      CchcArea *area = CCHC_IS_TASK (self->last_selected)
                       ? cchc_task_rows_get_task_area (CCHC_TASK (self->last_selected)) : NULL;
      guint row = area != NULL ? _cchc_task_page_find_row_after_delete (self, area, removed_at)
                               : removed_at;

      if (row != GTK_INVALID_LIST_POSITION)
        _cchc_task_page_select_row (self, row);
    }
}

/* CchcListPage ------------------------------------------------------- */

static void
cchc_task_page_plan_changed (CchcListPage *page)
{
  CchcTaskPage *self = CCHC_TASK_PAGE (page);
  CchcPlan *plan = cchc_list_page_get_plan (page);
  GListModel *areas;
  GListModel *choices;

  /* The filters start over; deletes of another plan are forgotten. */
  gtk_drop_down_set_selected (self->area_filter, 0);
  gtk_drop_down_set_selected (self->lead_filter, 0);
  g_clear_object (&self->last_selected);

  areas = plan != NULL ? cchc_store_get_areas (get_store (self), plan) : NULL;
  cchc_task_rows_set_areas (self->rows, areas);
  cchc_column_view_scroll_to_top (self->column_view);
  choices = areas != NULL ? areas : G_LIST_MODEL (self->no_areas);
  g_list_store_splice (self->area_choices, 1, 1, (gpointer *) &choices, 1);

  update_actions (self);
  _cchc_task_page_update_placeholder (self);
  _cchc_task_page_update_number_width (self);
}

static void
cchc_task_page_open_editor (CchcListPage *page,
                            gpointer      item)
{
  CchcTaskPage *self = CCHC_TASK_PAGE (page);

  if (item == NULL)
    add_task (self);
  else
    edit_item (self, item);
}

static gpointer
cchc_task_page_get_selected (CchcListPage *page)
{
  return get_selected_item (CCHC_TASK_PAGE (page));
}

static void
cchc_task_page_delete_selected (CchcListPage *page)
{
  CchcTaskPage *self = CCHC_TASK_PAGE (page);
  gpointer item = get_selected_item (self);

  if (CCHC_IS_TASK (item))
    _cchc_task_page_delete_task (self, item);
  else if (CCHC_IS_AREA (item))
    _cchc_task_page_delete_area (self, item);
}

/* One place up or down; past the first or last task of its area, to the
 * end of the area above or the start of the one below. */
static void
move_task (CchcTaskPage *self,
           CchcTask     *task,
           int           delta)
{
  g_autoptr(GError) error = NULL;
  CchcStore *store = get_store (self);
  CchcArea *area = cchc_task_rows_get_task_area (task);
  guint position = cchc_store_get_position (store, task);
  guint n_tasks = g_list_model_get_n_items (cchc_store_get_tasks (store, area));
  guint area_position = cchc_store_get_position (store, area);
  g_autoptr(CchcArea) neighbour = NULL;
  gboolean moved;

  if (position == G_MAXUINT || area_position == G_MAXUINT)
    return;

  if (delta < 0 ? position > 0 : position + 1 < n_tasks)
    {
      moved = cchc_history_move (get_history (self), task, position + delta, &error);
    }
  else
    {
      if (delta < 0 ? area_position == 0 : area_position + 1 >= count_areas (self))
        return;
      neighbour = g_list_model_get_item (get_areas (self), area_position + delta);
      moved = cchc_history_move_to (get_history (self), task, neighbour,
                                    delta < 0 ? G_MAXUINT : 0, &error);
    }

  if (!moved)
    cchc_show_error (GTK_WIDGET (self), _("Could not move the task"), error);
}

static void
cchc_task_page_move_selected (CchcListPage *page,
                              int           delta)
{
  CchcTaskPage *self = CCHC_TASK_PAGE (page);
  gpointer item = get_selected_item (self);

  if (!_cchc_task_page_can_move (self))
    return;

  if (CCHC_IS_TASK (item))
    move_task (self, item, delta);
  else if (CCHC_IS_AREA (item))
    _cchc_task_page_move_area (self, item, delta);
}

static void
cchc_task_page_show_search (CchcListPage *page)
{
  CchcTaskPage *self = CCHC_TASK_PAGE (page);

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
  gtk_editable_select_region (GTK_EDITABLE (self->search_entry), 0, -1);
}

/* What the page's other files share ----------------------------------- */

CchcStore *
_cchc_task_page_get_store (CchcTaskPage *self)
{
  return get_store (self);
}

gpointer
_cchc_task_page_get_selected (CchcTaskPage *self)
{
  return get_selected_item (self);
}

/* The column that shows @column (the user may have moved it). */
GtkColumnViewColumn *
_cchc_task_page_get_column (CchcTaskPage   *self,
                            CchcTaskColumn  column)
{
  GtkColumnViewColumn *columns[CCHC_TASK_N_COLUMNS] = {
    [CCHC_TASK_COLUMN_NUMBER] = self->number_column,
    [CCHC_TASK_COLUMN_TEXT] = self->text_column,
    [CCHC_TASK_COLUMN_PRODUCT] = self->product_column,
    [CCHC_TASK_COLUMN_LEAD_UNIT] = self->lead_column,
    [CCHC_TASK_COLUMN_COOPERATING] = self->cooperating_column,
    [CCHC_TASK_COLUMN_TIMEFRAME] = self->timeframe_column,
  };

  g_return_val_if_fail (column < CCHC_TASK_N_COLUMNS, NULL);

  return columns[column];
}

/* Rows move only in the plan's order, with every row shown. */
gboolean
_cchc_task_page_can_move (CchcTaskPage *self)
{
  return self->sort_column < 0 && !page_filters_rows (self);
}

/* Selects the row at @position (or the last one) and shows it. */
void
_cchc_task_page_select_row (CchcTaskPage *self,
                            guint         position)
{
  guint n_items = g_list_model_get_n_items (G_LIST_MODEL (self->selection));

  if (n_items == 0)
    return;

  position = MIN (position, n_items - 1);
  gtk_single_selection_set_selected (self->selection, position);
  scroll_to_row (self, position);
  _cchc_task_page_focus_selected (self);
}

/* Selects @item and shows it; FALSE when it is not shown. */
gboolean
_cchc_task_page_select_item (CchcTaskPage *self,
                             gpointer      item)
{
  guint position = find_row (self, item);

  if (position == GTK_INVALID_LIST_POSITION)
    return FALSE;

  _cchc_task_page_select_row (self, position);
  return TRUE;
}

/* GObject ------------------------------------------------------------ */

static void
build_models (CchcTaskPage *self)
{
  GtkSorter *sorter = gtk_column_view_get_sorter (self->column_view);
  g_autoptr(CchcRowRecycler) recycler = NULL;

  self->sort_model = gtk_sort_list_model_new (G_LIST_MODEL (g_object_ref (self->rows)),
                                              g_object_ref (sorter));
  self->selection = gtk_single_selection_new (G_LIST_MODEL (g_object_ref (self->sort_model)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);

  g_signal_connect_object (sorter, "changed", G_CALLBACK (on_sorter_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->selection, "items-changed",
                           G_CALLBACK (on_rows_items_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->selection, "notify::selected", G_CALLBACK (on_selected_cb),
                           self, G_CONNECT_SWAPPED);
  /* The count of all tasks changes with rows that the filter hides. */
  g_signal_connect_object (self->rows, "notify::n-tasks", G_CALLBACK (on_counts_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->rows, "notify::n-shown-tasks",
                           G_CALLBACK (on_counts_changed_cb), self, G_CONNECT_SWAPPED);
  /* The table's rows pass their widgets on as a search hides and shows
   * rows (see CchcRowRecycler): what it asks for are rows of self->selection. */
  recycler = cchc_row_recycler_new (g_object_ref (GTK_SELECTION_MODEL (self->selection)));
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (recycler));
}

static void
setup_columns (CchcTaskPage *self)
{
  for (CchcTaskColumn column = 0; column < CCHC_TASK_N_COLUMNS; column++)
    _cchc_task_page_setup_column (_cchc_task_page_get_column (self, column), column,
                                  _cchc_task_page_new_sorter (self, column));
}

/* The lead-unit filter lists the units in Vietnamese alphabetical order. */
static int
compare_unit_names (gconstpointer a,
                    gconstpointer b,
                    gpointer      data)
{
  return gtk_ordering_from_cmpfunc (cchc_text_collate (cchc_unit_get_name ((CchcUnit *) a),
                                                       cchc_unit_get_name ((CchcUnit *) b)));
}

static void
cchc_task_page_constructed (GObject *object)
{
  CchcTaskPage *self = CCHC_TASK_PAGE (object);
  CchcStore *store = get_store (self);
  GListModel *units = cchc_store_get_units (store);
  g_autoptr(GtkSortListModel) sorted_units = NULL;
  GListStore *lead_choices;

  G_OBJECT_CLASS (cchc_task_page_parent_class)->constructed (object);

  self->rows = cchc_task_rows_new (store);
  setup_columns (self);
  build_models (self);

  self->no_areas = g_list_store_new (CCHC_TYPE_AREA);
  self->area_choices = _cchc_task_page_setup_choices (self->area_filter, _("All areas"),
                                                      G_LIST_MODEL (self->no_areas));
  sorted_units = gtk_sort_list_model_new (g_object_ref (units),
                                          GTK_SORTER (gtk_custom_sorter_new (compare_unit_names,
                                                                             NULL, NULL)));
  lead_choices = _cchc_task_page_setup_choices (self->lead_filter, _("All lead units"),
                                                G_LIST_MODEL (sorted_units));
  g_object_unref (lead_choices);
  /* A department has dozens of units: their list is searched as the
   * editors' are. */
  cchc_drop_down_setup_search (self->lead_filter);
  g_signal_connect_object (units, "items-changed", G_CALLBACK (on_units_items_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (get_history (self), "notify::undo-label",
                           G_CALLBACK (on_history_changed_cb), self, G_CONNECT_SWAPPED);

  _cchc_task_page_read_sort (self);
  update_actions (self);
  update_status (self);
}

static void
cchc_task_page_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  CchcTaskPage *self = CCHC_TASK_PAGE (object);

  switch (prop_id)
    {
    case PROP_SORT_BY:
      g_value_set_string (value, _cchc_task_page_get_sort_by (self));
      break;

    case PROP_SORT_ORDER:
      g_value_set_enum (value, self->sort_order);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* The column view follows, and the page follows the column view (see
 * on_sorter_changed_cb()). */
static void
cchc_task_page_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  CchcTaskPage *self = CCHC_TASK_PAGE (object);

  switch (prop_id)
    {
    case PROP_SORT_BY:
      _cchc_task_page_set_sort_by (self, g_value_get_string (value));
      break;

    case PROP_SORT_ORDER:
      _cchc_task_page_set_sort_order (self, g_value_get_enum (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cchc_task_page_dispose (GObject *object)
{
  CchcTaskPage *self = CCHC_TASK_PAGE (object);

  /* The models may outlive the page (whoever holds the rows): they must
   * not call back into it. The column view keeps them until the parent
   * class disposes the template. */
  if (self->selection != NULL)
    {
      g_signal_handlers_disconnect_by_data (get_history (self), self);
      g_signal_handlers_disconnect_by_data (self->selection, self);
      g_signal_handlers_disconnect_by_data (self->rows, self);
      g_signal_handlers_disconnect_by_data (gtk_sort_list_model_get_sorter (self->sort_model),
                                            self);
      cchc_task_rows_set_areas (self->rows, NULL);
    }
  g_clear_handle_id (&self->search_source, g_source_remove);

  g_clear_object (&self->selection);
  g_clear_object (&self->sort_model);
  g_clear_object (&self->rows);
  g_clear_object (&self->area_choices);
  g_clear_object (&self->no_areas);
  g_clear_object (&self->area_choice);
  g_clear_object (&self->lead_choice);
  g_clear_object (&self->last_selected);

  G_OBJECT_CLASS (cchc_task_page_parent_class)->dispose (object);
}

static void
cchc_task_page_finalize (GObject *object)
{
  CchcTaskPage *self = CCHC_TASK_PAGE (object);

  g_free (self->query);

  G_OBJECT_CLASS (cchc_task_page_parent_class)->finalize (object);
}

static void
install_properties (GObjectClass *object_class)
{
  /**
   * CchcTaskPage:sort-by:
   *
   * What sorts the rows: "plan" (the plan's order, grouped by area), or a
   * column: "number", "text", "product", "lead-unit", "cooperating",
   * "timeframe". Clicks on the column headers change it too.
   */
  properties[PROP_SORT_BY] =
    g_param_spec_string ("sort-by", NULL, NULL, "plan",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * CchcTaskPage:sort-order:
   *
   * The direction of a column's sort.
   */
  properties[PROP_SORT_ORDER] =
    g_param_spec_enum ("sort-order", NULL, NULL, GTK_TYPE_SORT_TYPE, GTK_SORT_ASCENDING,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

/* The other actions and shortcuts are the parent class's. Escape clears
 * the search; Ctrl+Shift+L adds an area (Ctrl+Shift+N is the window's
 * New Plan); the sort menu sets the properties. */
static void
install_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "page.stop-search", NULL, stop_search_action);
  gtk_widget_class_install_action (widget_class, "page.show-all", NULL, show_all_action);
  gtk_widget_class_install_action (widget_class, "page.add-area", NULL, add_area_action);
  gtk_widget_class_install_property_action (widget_class, "page.sort-by", "sort-by");
  gtk_widget_class_install_property_action (widget_class, "page.sort-order", "sort-order");

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0,
                                       "page.stop-search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_l,
                                       GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "page.add-area", NULL);
}

static const char * const toolbar_buttons[] = {
  "add_button", "add_menu_button", "add_area_button", "show_all_button",
};

static void
bind_template (GtkWidgetClass *widget_class)
{
  g_type_ensure (CCHC_TYPE_PLACEHOLDER);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/cchcplanner/Planner/ui/"
                                               "cchc-task-page.ui");
  gtk_widget_class_bind_template_child (widget_class, CchcTaskPage, filter_box);
  gtk_widget_class_bind_template_child (widget_class, CchcTaskPage, action_box);
  gtk_widget_class_bind_template_child (widget_class, CchcTaskPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, CchcTaskPage, area_filter);
  gtk_widget_class_bind_template_child (widget_class, CchcTaskPage, lead_filter);
  gtk_widget_class_bind_template_child (widget_class, CchcTaskPage, edit_button);
  gtk_widget_class_bind_template_child (widget_class, CchcTaskPage, delete_button);
  gtk_widget_class_bind_template_child (widget_class, CchcTaskPage, move_up_button);
  gtk_widget_class_bind_template_child (widget_class, CchcTaskPage, move_down_button);
  gtk_widget_class_bind_template_child (widget_class, CchcTaskPage, sort_button);
  gtk_widget_class_bind_template_child (widget_class, CchcTaskPage, status_label);
  gtk_widget_class_bind_template_child (widget_class, CchcTaskPage, table_window);
  gtk_widget_class_bind_template_child (widget_class, CchcTaskPage, no_areas_placeholder);
  gtk_widget_class_bind_template_child (widget_class, CchcTaskPage, no_match_placeholder);
  gtk_widget_class_bind_template_child (widget_class, CchcTaskPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, CchcTaskPage, number_column);
  gtk_widget_class_bind_template_child (widget_class, CchcTaskPage, text_column);
  gtk_widget_class_bind_template_child (widget_class, CchcTaskPage, product_column);
  gtk_widget_class_bind_template_child (widget_class, CchcTaskPage, lead_column);
  gtk_widget_class_bind_template_child (widget_class, CchcTaskPage, cooperating_column);
  gtk_widget_class_bind_template_child (widget_class, CchcTaskPage, timeframe_column);
  /* Not kept in the structure, but found by cchc_task_page_get_widget(). */
  for (guint i = 0; i < G_N_ELEMENTS (toolbar_buttons); i++)
    gtk_widget_class_bind_template_child_full (widget_class, toolbar_buttons[i], FALSE, 0);
  gtk_widget_class_bind_template_callback (widget_class, on_search_entry_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_entry_stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_column_view_activate_cb);
}

/* To the row selected, once shown; without the table, to the page's
 * first field. */
static void
cchc_task_page_focus (CchcListPage *page)
{
  CchcTaskPage *self = CCHC_TASK_PAGE (page);

  if (!gtk_widget_get_visible (self->table_window))
    {
      cchc_widget_focus_first (GTK_WIDGET (self));
      return;
    }

  gtk_widget_grab_focus (GTK_WIDGET (self->column_view));
  _cchc_task_page_focus_selected (self);
}

static void
cchc_task_page_class_init (CchcTaskPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  CchcListPageClass *page_class = CCHC_LIST_PAGE_CLASS (klass);

  object_class->constructed = cchc_task_page_constructed;
  object_class->dispose = cchc_task_page_dispose;
  object_class->finalize = cchc_task_page_finalize;
  object_class->get_property = cchc_task_page_get_property;
  object_class->set_property = cchc_task_page_set_property;

  page_class->plan_changed = cchc_task_page_plan_changed;
  page_class->open_editor = cchc_task_page_open_editor;
  page_class->get_selected = cchc_task_page_get_selected;
  page_class->delete_selected = cchc_task_page_delete_selected;
  page_class->move_selected = cchc_task_page_move_selected;
  page_class->show_search = cchc_task_page_show_search;
  page_class->focus = cchc_task_page_focus;

  install_properties (object_class);
  bind_template (widget_class);
  install_actions (widget_class);
  _cchc_task_page_setup_quarks ();
}

static void
cchc_task_page_init (CchcTaskPage *self)
{
  self->sort_column = -1;
  self->removed_at = G_MAXUINT;
  self->sort_order = GTK_SORT_ASCENDING;

  _cchc_task_page_setup_layout (self);
  gtk_widget_init_template (GTK_WIDGET (self));
  cchc_widget_tab_out (GTK_WIDGET (self->column_view));
  cchc_search_entry_set_down (self->search_entry, search_down_cb, self);
}

/**
 * cchc_task_page_new:
 * @history: where the page's edits go
 *
 * Returns: (transfer floating): a new task page, showing no plan yet
 */
GtkWidget *
cchc_task_page_new (CchcHistory *history)
{
  g_return_val_if_fail (CCHC_IS_HISTORY (history), NULL);

  return g_object_new (CCHC_TYPE_TASK_PAGE, "history", history, NULL);
}

/**
 * cchc_task_page_get_history:
 *
 * Returns: (transfer none): where the page's edits go
 */
CchcHistory *
cchc_task_page_get_history (CchcTaskPage *self)
{
  g_return_val_if_fail (CCHC_IS_TASK_PAGE (self), NULL);

  return get_history (self);
}

/**
 * cchc_task_page_get_plan:
 *
 * Returns: (transfer none) (nullable): the plan shown
 */
CchcPlan *
cchc_task_page_get_plan (CchcTaskPage *self)
{
  g_return_val_if_fail (CCHC_IS_TASK_PAGE (self), NULL);

  return cchc_list_page_get_plan (CCHC_LIST_PAGE (self));
}

/**
 * cchc_task_page_set_plan:
 * @plan: (nullable): the plan to show
 *
 * Shows the areas and tasks of @plan; the filters start over.
 */
void
cchc_task_page_set_plan (CchcTaskPage *self,
                         CchcPlan     *plan)
{
  g_return_if_fail (CCHC_IS_TASK_PAGE (self));

  cchc_list_page_set_plan (CCHC_LIST_PAGE (self), plan);
}

/**
 * cchc_task_page_get_rows:
 *
 * The rows as shown, filtered and sorted: #CchcArea header rows and
 * #CchcTask rows.
 *
 * Returns: (transfer none): the column view's selection model
 */
GtkSelectionModel *
cchc_task_page_get_rows (CchcTaskPage *self)
{
  g_return_val_if_fail (CCHC_IS_TASK_PAGE (self), NULL);

  return GTK_SELECTION_MODEL (self->selection);
}

/**
 * cchc_task_page_get_column_view:
 *
 * Returns: (transfer none): the table
 */
GtkColumnView *
cchc_task_page_get_column_view (CchcTaskPage *self)
{
  g_return_val_if_fail (CCHC_IS_TASK_PAGE (self), NULL);

  return self->column_view;
}

/**
 * cchc_task_page_get_widget:
 * @name: "search_entry", "area_filter", "lead_filter", "status_label",
 *   "add_button", "add_menu_button" (its menu adds a task or an area),
 *   "edit_button", "delete_button", "move_up_button", "move_down_button",
 *   "sort_button" (the sort menu), "filter_box" and "action_box" (the
 *   toolbar's halves), "table_window" (the table's scrolled window), or
 *   what is shown in its place: "no_areas_placeholder" (with
 *   "add_area_button") or "no_match_placeholder" (with "show_all_button")
 *
 * For tests and the window: a widget of the page.
 *
 * Returns: (transfer none) (nullable): the widget
 */
GtkWidget *
cchc_task_page_get_widget (CchcTaskPage *self,
                           const char   *name)
{
  GObject *child;

  g_return_val_if_fail (CCHC_IS_TASK_PAGE (self), NULL);

  child = gtk_widget_get_template_child (GTK_WIDGET (self), CCHC_TYPE_TASK_PAGE, name);
  return GTK_IS_WIDGET (child) ? GTK_WIDGET (child) : NULL;
}
