/* cchc-task-page-edits.c: the task page's edits of areas, and the
 * selection around deletes
 *
 * Areas are added, renamed, deleted and moved from the page itself, each
 * edit one step of the history. Deleting an area that has tasks deletes
 * them too: the user confirms first, and undo brings them all back.
 *
 * After a delete the selection stays in the same place of the plan: on
 * the next task of the area (the previous one for its last task), on the
 * next area for an area. Undoing the delete (Ctrl+Z or the window's
 * notice, from anywhere) selects the row it brings back.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cchc-task-page"

#include "config.h"

#include <glib/gi18n.h>

#include "cchc-area-editor.h"
#include "cchc-gui-utils.h"
#include "cchc-page-helpers.h"
#include "cchc-record.h"
#include "cchc-task-page-private.h"

static CchcHistory *
get_history (CchcTaskPage *self)
{
  return cchc_list_page_get_history (CCHC_LIST_PAGE (self));
}

/* Areas -------------------------------------------------------------- */

static void
on_area_saved_cb (CchcTaskPage *self,
                  CchcArea     *area)
{
  _cchc_task_page_select_item (self, area);
}

static void
open_area_editor (CchcTaskPage *self,
                  CchcArea     *area,
                  guint         position)
{
  CchcPlan *plan = cchc_list_page_get_plan (CCHC_LIST_PAGE (self));
  GtkWidget *editor;

  if (plan == NULL)
    return;

  editor = cchc_area_editor_new (get_history (self), plan, area, position);
  g_signal_connect_object (editor, "saved", G_CALLBACK (on_area_saved_cb), self,
                           G_CONNECT_SWAPPED);
  cchc_editor_present (GTK_WINDOW (editor), GTK_WIDGET (self));
}

/**
 * _cchc_task_page_add_area:
 *
 * Opens the editor of a new area, which goes after the area of the row
 * selected, or at the end.
 */
void
_cchc_task_page_add_area (CchcTaskPage *self)
{
  gpointer item = _cchc_task_page_get_selected (self);
  guint position = G_MAXUINT;

  if (CCHC_IS_TASK (item))
    item = cchc_task_rows_get_task_area (item);
  if (CCHC_IS_AREA (item))
    position = cchc_store_get_position (_cchc_task_page_get_store (self), item) + 1;

  open_area_editor (self, NULL, position);
}

/**
 * _cchc_task_page_edit_area:
 *
 * Opens the editor that renames @area.
 */
void
_cchc_task_page_edit_area (CchcTaskPage *self,
                           CchcArea     *area)
{
  open_area_editor (self, area, 0);
}

/* Deletes @row through the history (its undo selects it again: see
 * on_history_changed_cb()). */
static gboolean
delete_row (CchcTaskPage *self,
            gpointer      row,
            const char   *error_text)
{
  g_autoptr(GError) error = NULL;

  if (!cchc_history_delete (get_history (self), row, &error))
    {
      cchc_show_error (GTK_WIDGET (self), error_text, error);
      return FALSE;
    }

  return TRUE;
}

/* The area now at @position of the plan, or the last one. */
static void
select_area_at (CchcTaskPage *self,
                guint         position)
{
  GListModel *areas = cchc_task_rows_get_areas (self->rows);
  guint n_areas = areas != NULL ? g_list_model_get_n_items (areas) : 0;
  g_autoptr(CchcArea) area = NULL;

  if (n_areas == 0)
    return;

  area = g_list_model_get_item (areas, MIN (position, n_areas - 1));
  _cchc_task_page_select_item (self, area);
}

static void
delete_area_now (CchcTaskPage *self,
                 CchcArea     *area)
{
  guint position = cchc_store_get_position (_cchc_task_page_get_store (self), area);

  if (delete_row (self, area, _("Could not delete the area")))
    select_area_at (self, position);
}

static void
on_delete_area_response_cb (GtkDialog    *dialog,
                            int           response,
                            CchcTaskPage *self)
{
  CchcArea *area = g_object_get_data (G_OBJECT (dialog), "area");

  if (response == GTK_RESPONSE_ACCEPT && cchc_record_is_stored (CCHC_RECORD (area)))
    delete_area_now (self, area);

  gtk_window_destroy (GTK_WINDOW (dialog));
}

static void
confirm_delete_area (CchcTaskPage *self,
                     CchcArea     *area,
                     guint         n_tasks)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  g_autofree char *question = NULL;
  GtkDialog *dialog;
  GtkWidget *button;

  question = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "Delete the area “%s” and its %u task?",
                                           "Delete the area “%s” and its %u tasks?",
                                           n_tasks),
                              cchc_area_get_title (area), n_tasks);
  dialog = cchc_question_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, question,
                              _("The areas after it are numbered again. Undo brings the area "
                                "back with its tasks."));
  button = gtk_dialog_add_button (dialog, _("_Delete"), GTK_RESPONSE_ACCEPT);
  gtk_widget_add_css_class (button, "destructive-action");
  g_object_set_data_full (G_OBJECT (dialog), "area", g_object_ref (area), g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_delete_area_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/**
 * _cchc_task_page_delete_area:
 *
 * Deletes @area; with tasks, once the user confirms.
 */
void
_cchc_task_page_delete_area (CchcTaskPage *self,
                             CchcArea     *area)
{
  GListModel *tasks = cchc_store_get_tasks (_cchc_task_page_get_store (self), area);
  guint n_tasks = g_list_model_get_n_items (tasks);

  if (n_tasks > 0)
    confirm_delete_area (self, area, n_tasks);
  else
    delete_area_now (self, area);
}

/**
 * _cchc_task_page_move_area:
 * @delta: -1 (up) or 1 (down)
 *
 * Moves @area among the plan's areas; it stays selected.
 */
void
_cchc_task_page_move_area (CchcTaskPage *self,
                           CchcArea     *area,
                           int           delta)
{
  g_autoptr(GError) error = NULL;
  guint position = cchc_store_get_position (_cchc_task_page_get_store (self), area);

  if (position == G_MAXUINT || (delta < 0 && position == 0))
    return;

  if (!cchc_history_move (get_history (self), area, position + delta, &error))
    {
      cchc_show_error (GTK_WIDGET (self), _("Could not move the area"), error);
      return;
    }

  _cchc_task_page_select_item (self, area);
}

/* Tasks -------------------------------------------------------------- */

/* Whether the row at @position is @area's header (with @task_of FALSE)
 * or one of its tasks. */
static gboolean
row_belongs_to (CchcTaskPage *self,
                guint         position,
                CchcArea     *area,
                gboolean      task_of)
{
  g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (self->selection), position);

  if (task_of)
    return CCHC_IS_TASK (item) && cchc_task_rows_get_task_area (CCHC_TASK (item)) == area;

  return (gpointer) item == (gpointer) area;
}

/**
 * _cchc_task_page_find_row_after_delete:
 *
 * The row to select once the task at @row of @area is gone (deleted, or
 * its addition undone): in the plan's order the task that took its place
 * in the area, or the one before it when it was the last, or the area
 * when it has no task left; in a sorted table, the row that took its
 * place.
 */
guint
_cchc_task_page_find_row_after_delete (CchcTaskPage *self,
                                       CchcArea     *area,
                                       guint         row)
{
  guint n_rows = g_list_model_get_n_items (G_LIST_MODEL (self->selection));

  if (n_rows == 0)
    return GTK_INVALID_LIST_POSITION;

  if (self->sort_column < 0)
    {
      if (row_belongs_to (self, row, area, TRUE))
        return row;
      if (row > 0 && (row_belongs_to (self, row - 1, area, TRUE) ||
                      row_belongs_to (self, row - 1, area, FALSE)))
        return row - 1;
    }

  return MIN (row, n_rows - 1);
}

/**
 * _cchc_task_page_delete_task:
 *
 * Deletes @task (no confirmation: it can be undone) and selects the row
 * that takes its place (see _cchc_task_page_find_row_after_delete()).
 */
void
_cchc_task_page_delete_task (CchcTaskPage *self,
                             CchcTask     *task)
{
  CchcArea *area = cchc_task_rows_get_task_area (task);
  guint row = gtk_single_selection_get_selected (self->selection);

  if (!delete_row (self, task, _("Could not delete the task")) ||
      row == GTK_INVALID_LIST_POSITION)
    return;

  row = _cchc_task_page_find_row_after_delete (self, area, row);
  if (row != GTK_INVALID_LIST_POSITION)
    _cchc_task_page_select_row (self, row);
}
