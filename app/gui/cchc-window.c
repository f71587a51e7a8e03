/* cchc-window.c: the main window: plan selector, primary menu, content
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cchc-window"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "cchc-gui-utils.h"
#include "cchc-history.h"
#include "cchc-new-plan-dialog.h"
#include "cchc-plan.h"
#include "cchc-preferences-dialog.h"
#include "cchc-store.h"
#include "cchc-activity-page.h"
#include "cchc-kpi-page.h"
#include "cchc-plan-page.h"
#include "cchc-task-page.h"
#include "cchc-unit-page.h"
#include "cchc-window-private.h"

#define MIN_WINDOW_SIZE 360
#define NOTICE_SECONDS 10
#define EXTERNAL_CHECK_SECONDS 2

struct _CchcWindow
{
  GtkApplicationWindow  parent_instance;

  CchcStore            *store;
  CchcHistory          *history;
  GListModel           *plans;
  GSettings            *settings;
  guint                 notice_timeout_id;
  guint                 external_check_id;
  /* While the user decides about unsaved plan details: where to go then
   * (another plan, or closing when @closing). */
  CchcPlan             *pending_plan;
  gboolean              closing;
  gboolean              close_confirmed;

  /* Template widgets */
  GtkDropDown          *plan_dropdown;
  GtkMenuButton        *primary_menu_button;
  GtkWidget            *read_only_label;
  GtkStack             *stack;
  GtkStack             *pages_stack;
  GtkStackSidebar      *sidebar;
  GtkRevealer          *notice_revealer;
  GtkLabel             *notice_label;
  GtkWidget            *notice_undo_button;
};

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (CchcWindow, cchc_window, GTK_TYPE_APPLICATION_WINDOW)

static GParamSpec *properties[N_PROPS];

static char *
format_plan_label (gpointer    this,
                   int         year,
                   const char *title)
{
  if (title == NULL || *title == '\0')
    return g_strdup_printf ("%d", year);

  if (year <= 0)
    return g_strdup (title);

  /* Not translated: a year, a dash and the plan's own title. */
  return g_strdup_printf ("%d — %s", year, title);
}

/* Binds @label to the year and title of the plan shown by @list_item. */
static void
bind_plan_label (GtkListItem *list_item,
                 GtkLabel    *label)
{
  GtkExpression *item;
  GtkExpression *params[2];
  GtkExpression *expression;

  item = gtk_property_expression_new (GTK_TYPE_LIST_ITEM, NULL, "item");
  params[0] = gtk_property_expression_new (CCHC_TYPE_PLAN, gtk_expression_ref (item), "year");
  params[1] = gtk_property_expression_new (CCHC_TYPE_PLAN, item, "title");
  expression = gtk_cclosure_expression_new (G_TYPE_STRING, NULL,
                                            G_N_ELEMENTS (params), params,
                                            G_CALLBACK (format_plan_label),
                                            NULL, NULL);
  gtk_expression_bind (expression, label, "label", list_item);
}

static void
update_page (CchcWindow *self)
{
  gboolean has_plans = g_list_model_get_n_items (self->plans) > 0;

  gtk_stack_set_visible_child_name (self->stack, has_plans ? "plan" : "empty");
  gtk_widget_set_visible (GTK_WIDGET (self->plan_dropdown), has_plans);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export", has_plans);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.delete-plan", has_plans);
  _cchc_window_update_print_actions (self);
}

static void
restore_window_state (CchcWindow *self)
{
  int width;
  int height;

  if (self->settings == NULL)
    return;

  width = g_settings_get_int (self->settings, "window-width");
  height = g_settings_get_int (self->settings, "window-height");
  gtk_window_set_default_size (GTK_WINDOW (self),
                               MAX (width, MIN_WINDOW_SIZE),
                               MAX (height, MIN_WINDOW_SIZE));

  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
}

static void
save_window_state (CchcWindow *self)
{
  int width;
  int height;

  if (self->settings == NULL)
    return;

  /* The default size follows the window's size while it is neither
   * maximized nor fullscreen, so it is the size to restore. */
  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  g_settings_set_int (self->settings, "window-width", width);
  g_settings_set_int (self->settings, "window-height", height);
  g_settings_set_boolean (self->settings, "window-maximized",
                          gtk_window_is_maximized (GTK_WINDOW (self)));
}

/* Finds @plan, or else the plan whose UUID is @uuid, in the plan list. */
static guint
find_plan_position (CchcWindow *self,
                    CchcPlan   *plan,
                    const char *uuid)
{
  guint n_items = g_list_model_get_n_items (self->plans);

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(CchcPlan) item = g_list_model_get_item (self->plans, i);

      if (item == plan ||
          (uuid != NULL && g_strcmp0 (cchc_record_get_uuid (CCHC_RECORD (item)), uuid) == 0))
        return i;
    }

  return GTK_INVALID_LIST_POSITION;
}

static void
restore_last_plan (CchcWindow *self,
                   const char *uuid)
{
  guint position;

  if (uuid == NULL || *uuid == '\0')
    return;

  position = find_plan_position (self, NULL, uuid);
  if (position != GTK_INVALID_LIST_POSITION)
    gtk_drop_down_set_selected (self->plan_dropdown, position);
}

static void
on_plan_button_item_setup_cb (GtkSignalListItemFactory *factory,
                              GtkListItem              *list_item)
{
  GtkWidget *label;

  /* The button shows the start of a long title; the list shows it all. */
  label = g_object_new (GTK_TYPE_LABEL,
                        "xalign", 0.0f,
                        "ellipsize", PANGO_ELLIPSIZE_END,
                        "width-chars", 12,
                        "max-width-chars", 36,
                        NULL);
  bind_plan_label (list_item, GTK_LABEL (label));
  gtk_list_item_set_child (list_item, label);
}

static void
on_plan_list_item_setup_cb (GtkSignalListItemFactory *factory,
                            GtkListItem              *list_item,
                            GtkDropDown              *dropdown)
{
  GtkWidget *label;

  /* Equal minimum and natural widths: the popup sizes itself for the
   * natural width, and a label wrapped narrower would be cut off. */
  label = g_object_new (GTK_TYPE_LABEL,
                        "xalign", 0.0f,
                        "wrap", TRUE,
                        "wrap-mode", PANGO_WRAP_WORD_CHAR,
                        "width-chars", 50,
                        "max-width-chars", 50,
                        NULL);
  bind_plan_label (list_item, GTK_LABEL (label));
  gtk_list_item_set_child (list_item, cchc_drop_down_row_new (dropdown, list_item, label));
}

/* The pages of a plan, in the sidebar's order. */
static const struct {
  const char  *name;
  const char  *title;
  GtkWidget *(*new_page) (CchcHistory *history);
} plan_pages[] = {
  { "tasks", N_("Tasks"), cchc_task_page_new },
  { "kpis", N_("KPIs"), cchc_kpi_page_new },
  { "activities", N_("Propaganda"), cchc_activity_page_new },
  { "units", N_("Units"), cchc_unit_page_new },
  { "details", N_("Plan Details"), cchc_plan_page_new },
};

static void
add_pages (CchcWindow *self,
           const char *last_page)
{
  for (guint i = 0; i < G_N_ELEMENTS (plan_pages); i++)
    gtk_stack_add_titled (self->pages_stack, plan_pages[i].new_page (self->history),
                          plan_pages[i].name, _(plan_pages[i].title));

  if (last_page != NULL && gtk_stack_get_child_by_name (self->pages_stack, last_page) != NULL)
    gtk_stack_set_visible_child_name (self->pages_stack, last_page);
}

static void
on_visible_page_changed_cb (CchcWindow *self)
{
  const char *name = gtk_stack_get_visible_child_name (self->pages_stack);

  if (name != NULL && self->settings != NULL)
    g_settings_set_string (self->settings, "last-page", name);
}

/* Shortcuts that act on the page shown, wherever the focus is. */
static void
page_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  CchcWindow *self = CCHC_WINDOW (widget);
  GtkWidget *page = gtk_stack_get_visible_child (self->pages_stack);
  g_autofree char *name = NULL;

  /* "win.add" to "page.add", and so on: the pages without it ignore it. */
  name = g_strconcat ("page.", action_name + strlen ("win."), NULL);
  if (page != NULL && gtk_widget_get_mapped (page))
    gtk_widget_activate_action (page, name, NULL);
}

static void
show_page_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  CchcWindow *self = CCHC_WINDOW (widget);

  if (!g_str_equal (gtk_stack_get_visible_child_name (self->stack), "plan"))
    return;

  /* The keyboard goes with it: F2, Enter and Delete act on the page. */
  gtk_stack_set_visible_child_name (self->pages_stack, g_variant_get_string (parameter, NULL));
  cchc_list_page_focus (CCHC_LIST_PAGE (gtk_stack_get_visible_child (self->pages_stack)));
}

static CchcPlanPage *
get_plan_page (CchcWindow *self)
{
  return CCHC_PLAN_PAGE (gtk_stack_get_child_by_name (self->pages_stack, "details"));
}

/* Goes where the user was going when asked about unsaved details. */
static gboolean
leave_cb (gpointer data)
{
  CchcWindow *self = data;
  g_autoptr(CchcPlan) plan = g_steal_pointer (&self->pending_plan);
  gboolean closing = self->closing;

  self->closing = FALSE;
  if (closing)
    {
      self->close_confirmed = TRUE;
      gtk_window_close (GTK_WINDOW (self));
    }
  else if (plan != NULL)
    {
      cchc_window_select_plan (self, plan);
    }

  return G_SOURCE_REMOVE;
}

static void
on_leaving_response_cb (GtkDialog  *dialog,
                        int         response,
                        CchcWindow *self)
{
  CchcPlanPage *page = get_plan_page (self);

  gtk_window_destroy (GTK_WINDOW (dialog));

  if (response == CCHC_RESPONSE_DISCARD)
    cchc_plan_page_revert (page);

  /* Once the dialog is gone: closing the window now would leave the
   * dialog with a parent already freed. */
  if (response == CCHC_RESPONSE_DISCARD ||
      (response == CCHC_RESPONSE_SAVE && cchc_plan_page_save (page)))
    {
      g_idle_add_full (G_PRIORITY_DEFAULT, leave_cb, g_object_ref (self), g_object_unref);
      return;
    }

  /* Staying: nothing is pending any more. */
  self->closing = FALSE;
  g_clear_object (&self->pending_plan);
}

/* The details of the plan shown have changes not saved: the user saves
 * them, drops them or stays (the form may not be valid for saving). */
static void
confirm_leaving (CchcWindow *self)
{
  GtkDialog *dialog;

  dialog = cchc_save_question_new (GTK_WINDOW (self), _("Save the changes to the plan details?"),
                                   cchc_plan_page_get_can_save (get_plan_page (self)),
                                   _("Some fields are marked: correct them on the Plan "
                                     "Details page to save."));
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_leaving_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
show_plan (CchcWindow *self,
           CchcPlan   *plan)
{
  /* Every page shows the selected plan (the units page lists all units). */
  for (GtkWidget *page = gtk_widget_get_first_child (GTK_WIDGET (self->pages_stack));
       page != NULL;
       page = gtk_widget_get_next_sibling (page))
    g_object_set (page, "plan", plan, NULL);

  if (plan != NULL && self->settings != NULL)
    g_settings_set_string (self->settings, "last-plan",
                           cchc_record_get_uuid (CCHC_RECORD (plan)));
}

/* Whether leaving the plan shown would lose changes to its details (a
 * deleted plan has nothing left to save). */
static gboolean
has_unsaved_details (CchcWindow *self)
{
  CchcPlanPage *page = get_plan_page (self);
  CchcPlan *shown = cchc_list_page_get_plan (CCHC_LIST_PAGE (page));

  return shown != NULL && cchc_plan_page_get_modified (page) &&
         find_plan_position (self, shown, NULL) != GTK_INVALID_LIST_POSITION;
}

static void
on_plan_dropdown_selected_item_cb (CchcWindow *self)
{
  CchcPlan *plan = cchc_window_get_selected_plan (self);
  CchcPlan *shown = cchc_list_page_get_plan (CCHC_LIST_PAGE (get_plan_page (self)));

  if (plan == shown)
    return;

  if (has_unsaved_details (self))
    {
      /* The plan shown stays selected until the user decides. */
      g_set_object (&self->pending_plan, plan);
      cchc_window_select_plan (self, shown);
      confirm_leaving (self);
      return;
    }

  show_plan (self, plan);
}

static void
on_plans_items_changed_cb (CchcWindow *self,
                           guint       position,
                           guint       removed,
                           guint       added,
                           GListModel *plans)
{
  update_page (self);
}

static gboolean
cchc_window_close_request (GtkWindow *window)
{
  CchcWindow *self = CCHC_WINDOW (window);

  if (!self->close_confirmed && has_unsaved_details (self))
    {
      self->closing = TRUE;
      confirm_leaving (self);
      return TRUE;
    }

  save_window_state (self);

  return GTK_WINDOW_CLASS (cchc_window_parent_class)->close_request (window);
}

/* Undo, notices, plans ------------------------------------------------ */

static gboolean
notice_has_focus (CchcWindow *self)
{
  GtkWidget *focus = gtk_window_get_focus (GTK_WINDOW (self));

  return focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self->notice_revealer));
}

/* A notice that goes with the keyboard focus leaves it to the page's
 * table, not to nothing. */
static void
hide_notice (CchcWindow *self)
{
  g_clear_handle_id (&self->notice_timeout_id, g_source_remove);
  if (notice_has_focus (self))
    {
      GtkWidget *page = gtk_stack_get_visible_child (self->pages_stack);

      if (page != NULL)
        cchc_list_page_focus (CCHC_LIST_PAGE (page));
      else
        gtk_widget_child_focus (GTK_WIDGET (self), GTK_DIR_TAB_FORWARD);
    }
  gtk_revealer_set_reveal_child (self->notice_revealer, FALSE);
}

static gboolean
on_notice_timeout_cb (gpointer data)
{
  CchcWindow *self = data;

  self->notice_timeout_id = 0;
  hide_notice (self);
  return G_SOURCE_REMOVE;
}

static void
start_notice_timeout (CchcWindow *self)
{
  g_clear_handle_id (&self->notice_timeout_id, g_source_remove);
  self->notice_timeout_id = g_timeout_add_seconds (NOTICE_SECONDS, on_notice_timeout_cb, self);
}

/* The notice stays while the keyboard is on it (Tab from the table goes
 * to its Undo button), and goes its time after the keyboard left. */
static void
on_notice_focus_cb (CchcWindow *self)
{
  if (!gtk_revealer_get_reveal_child (self->notice_revealer))
    return;

  if (notice_has_focus (self))
    g_clear_handle_id (&self->notice_timeout_id, g_source_remove);
  else if (self->notice_timeout_id == 0)
    start_notice_timeout (self);
}

static void
show_notice (CchcWindow *self,
             const char *text,
             gboolean    can_undo)
{
  gtk_label_set_text (self->notice_label, text);
  gtk_widget_set_visible (self->notice_undo_button, can_undo);
  gtk_revealer_set_reveal_child (self->notice_revealer, TRUE);
  start_notice_timeout (self);
}

static void
on_history_deleted_cb (CchcWindow *self,
                       const char *description)
{
  g_autofree char *text = g_strdup_printf (_("Deleted %s"), description);

  show_notice (self, text, TRUE);
}

/* Another program (or another window on the same file) wrote to the
 * database: the store has brought the lists up to date in place. */
static void
on_store_external_change_cb (CchcWindow *self)
{
  show_notice (self, _("Another program changed the database; the lists are up to date."),
               FALSE);
}

static void
check_external_changes (CchcWindow *self)
{
  g_autoptr(GError) error = NULL;

  /* Busy: the other program is writing; the next check will see it. */
  if (!cchc_store_check_external_changes (self->store, &error) && error != NULL &&
      !g_error_matches (error, CCHC_STORE_ERROR, CCHC_STORE_ERROR_BUSY))
    g_warning ("Could not look for changes to the database: %s", error->message);
}

/* One PRAGMA when nothing changed: cheap enough to ask every few seconds. */
static gboolean
on_external_check_cb (gpointer data)
{
  check_external_changes (data);

  return G_SOURCE_CONTINUE;
}

static void
on_is_active_cb (CchcWindow *self)
{
  if (gtk_window_is_active (GTK_WINDOW (self)))
    check_external_changes (self);
}

static void
update_undo_actions (CchcWindow *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo",
                                 cchc_history_can_undo (self->history));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.redo",
                                 cchc_history_can_redo (self->history));
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  CchcWindow *self = CCHC_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  gboolean undo = g_str_equal (action_name, "win.undo");
  gpointer changed;

  hide_notice (self);
  if (!(undo ? cchc_history_undo (self->history, &error)
             : cchc_history_redo (self->history, &error)))
    {
      cchc_show_error (widget, undo ? _("Could not undo") : _("Could not redo"), error);
      return;
    }

  /* A plan brought back (its deletion undone, say) is shown: the pages
   * show the rest where it is. */
  changed = cchc_history_get_changed_row (self->history);
  if (CCHC_IS_PLAN (changed) && changed != cchc_window_get_selected_plan (self))
    cchc_window_select_plan (self, changed);
}

static void
hide_notice_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  hide_notice (CCHC_WINDOW (widget));
}

static void
on_plan_created_cb (CchcWindow *self,
                    CchcPlan   *plan)
{
  cchc_window_select_plan (self, plan);
}

static void
new_plan_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  CchcWindow *self = CCHC_WINDOW (widget);
  GtkWidget *dialog;

  dialog = cchc_new_plan_dialog_new (GTK_WINDOW (self), self->history,
                                     cchc_window_get_selected_plan (self));
  g_signal_connect_object (dialog, "plan-created", G_CALLBACK (on_plan_created_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_delete_plan_response_cb (GtkDialog  *dialog,
                            int         response,
                            CchcWindow *self)
{
  CchcPlan *plan = g_object_get_data (G_OBJECT (dialog), "plan");
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT &&
      cchc_record_is_stored (CCHC_RECORD (plan)) &&
      !cchc_history_delete (self->history, plan, &error))
    cchc_show_error (GTK_WIDGET (self), _("Could not delete the plan"), error);

  gtk_window_destroy (GTK_WINDOW (dialog));
}

/* Deleting a plan takes everything in it: the user confirms, and can
 * still undo it. */
static void
delete_plan_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  CchcWindow *self = CCHC_WINDOW (widget);
  CchcPlan *plan = cchc_window_get_selected_plan (self);
  g_autofree char *question = NULL;
  GtkDialog *dialog;
  GtkWidget *button;

  if (plan == NULL)
    return;

  question = g_strdup_printf (_("Delete the %d plan “%s”?"),
                              cchc_plan_get_year (plan), cchc_plan_get_title (plan));
  dialog = cchc_question_new (GTK_WINDOW (self), question,
                              _("Its areas, tasks, KPIs, propaganda activities and report "
                                "periods are deleted with it. Undo brings it all back."));
  button = gtk_dialog_add_button (dialog, _("_Delete"), GTK_RESPONSE_ACCEPT);
  gtk_widget_add_css_class (button, "destructive-action");
  g_object_set_data_full (G_OBJECT (dialog), "plan", g_object_ref (plan), g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_delete_plan_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
preferences_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  CchcWindow *self = CCHC_WINDOW (widget);

  gtk_window_present (GTK_WINDOW (cchc_preferences_dialog_new (GTK_WINDOW (self),
                                                               self->settings)));
}

/* GTK's catalogues name Page Up and Page Down as their key symbols, with
 * an underscore, on the shortcuts window's key caps. */
static void
fix_key_caps (GtkWidget *widget)
{
  if (GTK_IS_LABEL (widget))
    {
      const char *text = gtk_label_get_text (GTK_LABEL (widget));

      if (g_str_equal (text, "Page_Down") || g_str_equal (text, "Page_Up"))
        {
          g_autofree char *spaced = g_strdup (text);

          *strchr (spaced, '_') = ' ';
          gtk_label_set_text (GTK_LABEL (widget), spaced);
        }
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    fix_key_caps (child);
}

/* GTK's own Vietnamese leaves the shortcuts window's title and the hint
 * of its search in English ("Shortcuts", "Search Shortcuts"). The window
 * gets its shortcuts window when it joins the application. */
static void
translate_help_overlay (CchcWindow *self)
{
  GtkShortcutsWindow *overlay =
    gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (self));
  GtkWidget *titlebar, *title = NULL, *label = NULL, *search;

  if (overlay == NULL)
    return;

  titlebar = gtk_window_get_titlebar (GTK_WINDOW (overlay));
  if (GTK_IS_HEADER_BAR (titlebar))
    title = gtk_header_bar_get_title_widget (GTK_HEADER_BAR (titlebar));
  if (GTK_IS_STACK (title))
    label = gtk_stack_get_child_by_name (GTK_STACK (title), "title");
  if (GTK_IS_LABEL (label))
    gtk_label_set_text (GTK_LABEL (label), _("Keyboard Shortcuts"));

  search = cchc_widget_find_descendant (GTK_WIDGET (overlay), GTK_TYPE_SEARCH_ENTRY);
  if (search != NULL)
    g_object_set (search, "placeholder-text", _("Search Shortcuts"), NULL);
  fix_key_caps (GTK_WIDGET (overlay));
}

static void
cchc_window_constructed (GObject *object)
{
  CchcWindow *self = CCHC_WINDOW (object);
  g_autofree char *last_plan = NULL;
  g_autofree char *last_page = NULL;

  G_OBJECT_CLASS (cchc_window_parent_class)->constructed (object);

  g_return_if_fail (CCHC_IS_STORE (self->store));

  self->settings = cchc_settings_new_if_installed ();
  restore_window_state (self);
  /* Every edit would fail with a message: the header says so first. */
  gtk_widget_set_visible (self->read_only_label, cchc_store_is_read_only (self->store));

  /* Read before the drop-down selects its first plan and overwrites it. */
  if (self->settings != NULL)
    {
      last_plan = g_settings_get_string (self->settings, "last-plan");
      last_page = g_settings_get_string (self->settings, "last-page");
    }

  self->history = cchc_history_new (self->store);
  g_signal_connect_object (self->history, "deleted", G_CALLBACK (on_history_deleted_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->history, "notify::can-undo", G_CALLBACK (update_undo_actions),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->history, "notify::can-redo", G_CALLBACK (update_undo_actions),
                           self, G_CONNECT_SWAPPED);
  update_undo_actions (self);
  add_pages (self, last_page);
  cchc_widget_fill_gtk_gaps (GTK_WIDGET (self));

  self->plans = g_object_ref (cchc_store_get_plans (self->store));
  g_signal_connect_object (self->plans, "items-changed",
                           G_CALLBACK (on_plans_items_changed_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_drop_down_set_model (self->plan_dropdown, self->plans);

  restore_last_plan (self, last_plan);
  update_page (self);

  g_signal_connect_object (self->store, "external-change",
                           G_CALLBACK (on_store_external_change_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect (self, "notify::is-active", G_CALLBACK (on_is_active_cb), NULL);
  self->external_check_id = g_timeout_add_seconds (EXTERNAL_CHECK_SECONDS,
                                                   on_external_check_cb, self);
}

static void
cchc_window_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  CchcWindow *self = CCHC_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cchc_window_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  CchcWindow *self = CCHC_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cchc_window_dispose (GObject *object)
{
  CchcWindow *self = CCHC_WINDOW (object);

  /* GTK 4.8 unparents template children whose parent is the template
   * itself behind GtkWindow's back, leaving it a dangling child pointer:
   * let the window drop its child first. */
  gtk_window_set_child (GTK_WINDOW (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), CCHC_TYPE_WINDOW);

  g_clear_handle_id (&self->notice_timeout_id, g_source_remove);
  g_clear_handle_id (&self->external_check_id, g_source_remove);
  g_clear_object (&self->plans);
  g_clear_object (&self->history);
  g_clear_object (&self->pending_plan);
  g_clear_object (&self->settings);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (cchc_window_parent_class)->dispose (object);
}

static void
install_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "win.hide-notice", NULL, hide_notice_action);
  gtk_widget_class_install_action (widget_class, "win.new-plan", NULL, new_plan_action);
  gtk_widget_class_install_action (widget_class, "win.delete-plan", NULL, delete_plan_action);
  gtk_widget_class_install_action (widget_class, "win.preferences", NULL, preferences_action);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, page_action);
  gtk_widget_class_install_action (widget_class, "win.add", NULL, page_action);
  gtk_widget_class_install_action (widget_class, "win.add-area", NULL, page_action);
  gtk_widget_class_install_action (widget_class, "win.show-page", "s", show_page_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK,
                                       "win.search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK,
                                       "win.add", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_l,
                                       GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.add-area", NULL);
  for (guint i = 0; i < G_N_ELEMENTS (plan_pages); i++)
    gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1 + i, GDK_ALT_MASK,
                                         "win.show-page", "s", plan_pages[i].name);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK,
                                       "win.undo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z,
                                       GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_y, GDK_CONTROL_MASK,
                                       "win.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n,
                                       GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.new-plan", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_comma, GDK_CONTROL_MASK,
                                       "win.preferences", NULL);
}

static void
cchc_window_class_init (CchcWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = cchc_window_constructed;
  object_class->dispose = cchc_window_dispose;
  object_class->get_property = cchc_window_get_property;
  object_class->set_property = cchc_window_set_property;

  window_class->close_request = cchc_window_close_request;

  /**
   * CchcWindow:store:
   *
   * The database whose plans the window shows.
   */
  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         CCHC_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                         G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* The template looks CchcPlan up by name and reads its properties. */
  g_type_class_unref (g_type_class_ref (CCHC_TYPE_PLAN));

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/cchcplanner/Planner/ui/cchc-window.ui");
  gtk_widget_class_bind_template_child (widget_class, CchcWindow, plan_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CchcWindow, read_only_label);
  gtk_widget_class_bind_template_child (widget_class, CchcWindow, primary_menu_button);
  gtk_widget_class_bind_template_child (widget_class, CchcWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, CchcWindow, pages_stack);
  gtk_widget_class_bind_template_child (widget_class, CchcWindow, sidebar);
  gtk_widget_class_bind_template_child (widget_class, CchcWindow, notice_revealer);
  gtk_widget_class_bind_template_child (widget_class, CchcWindow, notice_label);
  gtk_widget_class_bind_template_child (widget_class, CchcWindow, notice_undo_button);
  gtk_widget_class_bind_template_callback (widget_class, on_visible_page_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_plan_dropdown_selected_item_cb);

  install_actions (widget_class);
  _cchc_window_class_add_exchange_actions (widget_class);
  _cchc_window_class_add_print_actions (widget_class);
}

static void
cchc_window_init (CchcWindow *self)
{
  g_autoptr(GtkListItemFactory) button_factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkListItemFactory) list_factory = gtk_signal_list_item_factory_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  cchc_window_add_drop_down_keys (GTK_WINDOW (self));
  cchc_window_drop_focus_on_hide (GTK_WINDOW (self));  /* the plan's year */
  cchc_widget_tab_out (GTK_WIDGET (self->sidebar));
  g_signal_connect (self, "notify::focus-widget", G_CALLBACK (on_notice_focus_cb), NULL);
  g_signal_connect (self, "notify::application", G_CALLBACK (translate_help_overlay), NULL);

  /* Not in the template: the drop-down sets up its button item as soon as
   * it is in the window, before GtkBuilder connects the template's signals,
   * so a "setup" handler given there would miss it. */
  g_signal_connect (button_factory, "setup", G_CALLBACK (on_plan_button_item_setup_cb), NULL);
  g_signal_connect (list_factory, "setup", G_CALLBACK (on_plan_list_item_setup_cb),
                    self->plan_dropdown);
  gtk_drop_down_set_factory (self->plan_dropdown, button_factory);
  gtk_drop_down_set_list_factory (self->plan_dropdown, list_factory);

  /* Submenus open beside the main menu, not in its place: closed from a
   * submenu that slid in its place (Escape, or an item there), GTK 4.8's
   * menu left the window deaf to the keyboard until a click. */
  gtk_menu_button_set_popover (self->primary_menu_button,
                               gtk_popover_menu_new_from_model_full (
                                 gtk_menu_button_get_menu_model (self->primary_menu_button),
                                 GTK_POPOVER_MENU_NESTED));
}

/**
 * cchc_window_new:
 * @application: the application the window belongs to
 * @store: the database to show
 *
 * Returns: (transfer none): a new main window, owned by its toplevel list
 */
CchcWindow *
cchc_window_new (GtkApplication *application,
                 CchcStore      *store)
{
  g_return_val_if_fail (GTK_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (CCHC_IS_STORE (store), NULL);

  return g_object_new (CCHC_TYPE_WINDOW,
                       "application", application,
                       "store", store,
                       NULL);
}

/**
 * cchc_window_get_store:
 * @self: a #CchcWindow
 *
 * Returns: (transfer none): the database the window shows
 */
CchcStore *
cchc_window_get_store (CchcWindow *self)
{
  g_return_val_if_fail (CCHC_IS_WINDOW (self), NULL);

  return self->store;
}

GSettings *
_cchc_window_get_settings (CchcWindow *self)
{
  return self->settings;
}

/**
 * cchc_window_get_history:
 *
 * Returns: (transfer none): the undo history of the window's edits
 */
CchcHistory *
cchc_window_get_history (CchcWindow *self)
{
  g_return_val_if_fail (CCHC_IS_WINDOW (self), NULL);

  return self->history;
}

/**
 * cchc_window_get_selected_plan:
 * @self: a #CchcWindow
 *
 * Returns: (transfer none) (nullable): the plan chosen in the plan selector,
 *   or %NULL when the database holds no plan
 */
CchcPlan *
cchc_window_get_selected_plan (CchcWindow *self)
{
  g_return_val_if_fail (CCHC_IS_WINDOW (self), NULL);

  return gtk_drop_down_get_selected_item (self->plan_dropdown);
}

/**
 * cchc_window_select_plan:
 * @self: a #CchcWindow
 * @plan: a plan of the window's store
 *
 * Shows @plan, as if the user had chosen it in the plan selector.
 */
void
cchc_window_select_plan (CchcWindow *self,
                         CchcPlan   *plan)
{
  guint position;

  g_return_if_fail (CCHC_IS_WINDOW (self));
  g_return_if_fail (CCHC_IS_PLAN (plan));

  position = find_plan_position (self, plan, NULL);
  if (position != GTK_INVALID_LIST_POSITION)
    gtk_drop_down_set_selected (self->plan_dropdown, position);
}

/**
 * cchc_window_get_visible_page_name:
 * @self: a #CchcWindow
 *
 * Returns: (transfer none): the name of the content page shown: "empty"
 *   when there is no plan, "plan" otherwise
 */
const char *
cchc_window_get_visible_page_name (CchcWindow *self)
{
  g_return_val_if_fail (CCHC_IS_WINDOW (self), NULL);

  return gtk_stack_get_visible_child_name (self->stack);
}
