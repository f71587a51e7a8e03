/* cchc-list-page.c: the base of the pages that list the rows of a plan
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cchc-list-page"

#include "config.h"

#include <glib/gi18n.h>

#include "cchc-gui-utils.h"
#include "cchc-list-page.h"
#include "cchc-page-helpers.h"
#include "cchc-plan.h"
#include "cchc-record-editor.h"

/* A page of the window that lists rows of the plan shown, with the
 * "page.*" actions and shortcuts that add, edit, delete, move and search
 * them. A subclass gives its template (cchc_list_page_class_set_template()),
 * its columns, where its rows come from and, unless it overrides
 * open_editor(), the #CchcRecordEditor that adds and edits them. A page
 * whose rows are not a plain list (the tasks, grouped by area) sets its
 * template itself and overrides what the actions do. */
typedef struct
{
  CchcHistory        *history;
  CchcPlan           *plan;
  CchcListController *list;

  /* Template widgets of the subclass */
  GtkColumnView      *column_view;
  GtkSearchBar       *search_bar;
  GtkSearchEntry     *search_entry;
  GtkLabel           *count_label;
  CchcPlaceholder    *placeholder;

  guint               constructed : 1;
} CchcListPagePrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (CchcListPage, cchc_list_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_HISTORY,
  PROP_PLAN,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Actions -------------------------------------------------------------- */

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  CchcListPage *self = CCHC_LIST_PAGE (widget);

  CCHC_LIST_PAGE_GET_CLASS (self)->open_editor (self, NULL);
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  CchcListPage *self = CCHC_LIST_PAGE (widget);
  CchcListPageClass *klass = CCHC_LIST_PAGE_GET_CLASS (self);
  gpointer item = klass->get_selected (self);

  if (item != NULL)
    klass->open_editor (self, item);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  CchcListPage *self = CCHC_LIST_PAGE (widget);

  CCHC_LIST_PAGE_GET_CLASS (self)->delete_selected (self);
}

static void
move_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  CchcListPage *self = CCHC_LIST_PAGE (widget);
  int delta = g_str_equal (action_name, "page.move-up") ? -1 : 1;

  CCHC_LIST_PAGE_GET_CLASS (self)->move_selected (self, delta);
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  CchcListPage *self = CCHC_LIST_PAGE (widget);

  CCHC_LIST_PAGE_GET_CLASS (self)->show_search (self);
}

static gboolean
close_search_binding (GtkWidget *widget,
                      GVariant  *args,
                      gpointer   data)
{
  CchcListPage *self = CCHC_LIST_PAGE (widget);
  CchcListPagePrivate *priv = cchc_list_page_get_instance_private (self);

  return priv->list != NULL && cchc_list_controller_hide_search (priv->list);
}

/* "page.add" (Ctrl+N), "page.edit" (Return, F2), "page.delete" (Delete),
 * "page.move-up" (Alt+Up), "page.move-down" (Alt+Down) and "page.search"
 * (Ctrl+F; Escape closes the search), which every subclass inherits. */
static void
install_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "page.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "page.edit", NULL, edit_action);
  gtk_widget_class_install_action (widget_class, "page.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "page.move-up", NULL, move_action);
  gtk_widget_class_install_action (widget_class, "page.move-down", NULL, move_action);
  gtk_widget_class_install_action (widget_class, "page.search", NULL, search_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK,
                                       "page.add", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, 0, "page.edit", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, 0, "page.edit", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F2, 0, "page.edit", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0, "page.delete", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Delete, 0,
                                       "page.delete", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, GDK_ALT_MASK,
                                       "page.move-up", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Down, GDK_ALT_MASK,
                                       "page.move-down", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK,
                                       "page.search", NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Escape, 0, close_search_binding, NULL);
}

/* Default implementations ---------------------------------------------- */

static void
on_editor_saved_cb (CchcListPage *self,
                    CchcRecord   *record)
{
  CchcListPagePrivate *priv = cchc_list_page_get_instance_private (self);

  cchc_list_controller_show_saved (priv->list, record);
}

static void
cchc_list_page_real_open_editor (CchcListPage *self,
                                 gpointer      item)
{
  CchcListPagePrivate *priv = cchc_list_page_get_instance_private (self);
  GType editor_type = CCHC_LIST_PAGE_GET_CLASS (self)->editor_type;
  GtkWidget *editor;

  g_return_if_fail (g_type_is_a (editor_type, CCHC_TYPE_RECORD_EDITOR));

  /* The rows belong to the plan: without one there is nothing to edit. */
  if (priv->plan == NULL)
    return;

  editor = g_object_new (editor_type,
                         "history", priv->history,
                         "plan", priv->plan,
                         "record", item,
                         "position", cchc_list_controller_get_insert_position (priv->list),
                         NULL);
  g_signal_connect_object (editor, "saved", G_CALLBACK (on_editor_saved_cb), self,
                           G_CONNECT_SWAPPED);
  cchc_editor_present (GTK_WINDOW (editor), GTK_WIDGET (self));
}

static gpointer
cchc_list_page_real_get_selected (CchcListPage *self)
{
  CchcListPagePrivate *priv = cchc_list_page_get_instance_private (self);

  return cchc_list_controller_get_selected (priv->list);
}

static void
cchc_list_page_real_delete_selected (CchcListPage *self)
{
  CchcListPagePrivate *priv = cchc_list_page_get_instance_private (self);

  cchc_list_controller_delete_selected (priv->list);
}

static void
cchc_list_page_real_move_selected (CchcListPage *self,
                                   int           delta)
{
  CchcListPagePrivate *priv = cchc_list_page_get_instance_private (self);

  cchc_list_controller_move_selected (priv->list, delta);
}

static void
cchc_list_page_real_show_search (CchcListPage *self)
{
  CchcListPagePrivate *priv = cchc_list_page_get_instance_private (self);

  cchc_list_controller_show_search (priv->list);
}

static void
cchc_list_page_real_focus (CchcListPage *self)
{
  CchcListPagePrivate *priv = cchc_list_page_get_instance_private (self);

  if (priv->list != NULL)
    cchc_list_controller_focus (priv->list);
  else
    cchc_widget_focus_first (GTK_WIDGET (self));
}

static void
cchc_list_page_real_plan_changed (CchcListPage *self)
{
  CchcListPagePrivate *priv = cchc_list_page_get_instance_private (self);
  CchcListPageClass *klass = CCHC_LIST_PAGE_GET_CLASS (self);
  GListModel *rows = NULL;

  if (priv->plan != NULL && klass->get_rows != NULL)
    rows = klass->get_rows (cchc_history_get_store (priv->history), priv->plan);
  cchc_list_controller_set_model (priv->list, rows);
}

/* GObject -------------------------------------------------------------- */

static void
cchc_list_page_constructed (GObject *object)
{
  CchcListPage *self = CCHC_LIST_PAGE (object);
  CchcListPagePrivate *priv = cchc_list_page_get_instance_private (self);
  CchcListPageClass *klass = CCHC_LIST_PAGE_GET_CLASS (self);

  G_OBJECT_CLASS (cchc_list_page_parent_class)->constructed (object);

  g_return_if_fail (CCHC_IS_HISTORY (priv->history));

  priv->constructed = TRUE;
  /* A page that gave the base no column view (the tasks) builds its own
   * models: it has no controller, and its plan_changed() runs for the
   * plans set after construction. */
  if (priv->column_view == NULL)
    return;

  priv->list = cchc_list_controller_new (GTK_WIDGET (self), priv->history, priv->column_view);
  if (klass->setup_list != NULL)
    klass->setup_list (self, priv->list);
  if (priv->search_bar != NULL)
    {
      cchc_list_controller_set_search (priv->list, priv->search_bar, priv->search_entry,
                                       klass->search_text, self);
      cchc_list_controller_set_count_label (priv->list, priv->count_label, klass->format_count);
      cchc_list_controller_set_placeholder (priv->list, priv->placeholder, &klass->placeholder);
    }

  klass->plan_changed (self);
}

static void
cchc_list_page_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  CchcListPage *self = CCHC_LIST_PAGE (object);
  CchcListPagePrivate *priv = cchc_list_page_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_HISTORY:
      g_value_set_object (value, priv->history);
      break;

    case PROP_PLAN:
      g_value_set_object (value, priv->plan);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cchc_list_page_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  CchcListPage *self = CCHC_LIST_PAGE (object);
  CchcListPagePrivate *priv = cchc_list_page_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_HISTORY:
      priv->history = g_value_dup_object (value);
      break;

    case PROP_PLAN:
      cchc_list_page_set_plan (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cchc_list_page_dispose (GObject *object)
{
  CchcListPage *self = CCHC_LIST_PAGE (object);
  CchcListPagePrivate *priv = cchc_list_page_get_instance_private (self);
  GtkWidget *child;

  /* The controller lets go of the widgets before they go. The template
   * is the subclass's. */
  g_clear_object (&priv->list);
  gtk_widget_dispose_template (GTK_WIDGET (self), G_OBJECT_TYPE (self));
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  g_clear_object (&priv->plan);
  g_clear_object (&priv->history);

  G_OBJECT_CLASS (cchc_list_page_parent_class)->dispose (object);
}

static void
cchc_list_page_class_init (CchcListPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = cchc_list_page_constructed;
  object_class->dispose = cchc_list_page_dispose;
  object_class->get_property = cchc_list_page_get_property;
  object_class->set_property = cchc_list_page_set_property;

  klass->plan_changed = cchc_list_page_real_plan_changed;
  klass->open_editor = cchc_list_page_real_open_editor;
  klass->get_selected = cchc_list_page_real_get_selected;
  klass->delete_selected = cchc_list_page_real_delete_selected;
  klass->move_selected = cchc_list_page_real_move_selected;
  klass->show_search = cchc_list_page_real_show_search;
  klass->focus = cchc_list_page_real_focus;

  /**
   * CchcListPage:history:
   *
   * Where the page's edits go (and the store it shows).
   */
  properties[PROP_HISTORY] =
    g_param_spec_object ("history", NULL, NULL,
                         CCHC_TYPE_HISTORY,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * CchcListPage:plan:
   *
   * The plan the window shows, or %NULL.
   */
  properties[PROP_PLAN] =
    g_param_spec_object ("plan", NULL, NULL,
                         CCHC_TYPE_PLAN,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  install_actions (widget_class);
}

static void
cchc_list_page_init (CchcListPage *self)
{
}

/* Public API ----------------------------------------------------------- */

/**
 * cchc_list_page_class_set_template:
 * @widget_class: the class of a page
 * @resource_name: its template
 * @view_name: the id of the template's #GtkColumnView, which the page's
 *   #CchcListController drives
 *
 * Sets the template of a page class, as
 * gtk_widget_class_set_template_from_resource() does, and binds its list.
 */
void
cchc_list_page_class_set_template (GtkWidgetClass *widget_class,
                                   const char     *resource_name,
                                   const char     *view_name)
{
  g_return_if_fail (g_type_is_a (G_TYPE_FROM_CLASS (widget_class), CCHC_TYPE_LIST_PAGE));

  g_type_ensure (CCHC_TYPE_PLACEHOLDER);
  gtk_widget_class_set_template_from_resource (widget_class, resource_name);
  gtk_widget_class_bind_template_child_full (widget_class, view_name, FALSE,
                                             G_PRIVATE_OFFSET (CchcListPage, column_view));
}

/**
 * cchc_list_page_class_bind_search:
 * @widget_class: the class of a page, after
 *   cchc_list_page_class_set_template()
 *
 * Binds the template's "search_bar", "search_entry", "count_label" and
 * "placeholder" (a #CchcPlaceholder over the list): the entry searches
 * the rows for the text of #CchcListPageClass.search_text, the count label
 * counts them with #CchcListPageClass.format_count, the placeholder says
 * why none is shown (#CchcListPageClass.placeholder).
 */
void
cchc_list_page_class_bind_search (GtkWidgetClass *widget_class)
{
  g_return_if_fail (g_type_is_a (G_TYPE_FROM_CLASS (widget_class), CCHC_TYPE_LIST_PAGE));

  gtk_widget_class_bind_template_child_full (widget_class, "search_bar", FALSE,
                                             G_PRIVATE_OFFSET (CchcListPage, search_bar));
  gtk_widget_class_bind_template_child_full (widget_class, "search_entry", FALSE,
                                             G_PRIVATE_OFFSET (CchcListPage, search_entry));
  gtk_widget_class_bind_template_child_full (widget_class, "count_label", FALSE,
                                             G_PRIVATE_OFFSET (CchcListPage, count_label));
  gtk_widget_class_bind_template_child_full (widget_class, "placeholder", FALSE,
                                             G_PRIVATE_OFFSET (CchcListPage, placeholder));
}

/**
 * cchc_list_page_get_history:
 *
 * Returns: (transfer none): where the page's edits go
 */
CchcHistory *
cchc_list_page_get_history (CchcListPage *self)
{
  CchcListPagePrivate *priv = cchc_list_page_get_instance_private (self);

  g_return_val_if_fail (CCHC_IS_LIST_PAGE (self), NULL);

  return priv->history;
}

/**
 * cchc_list_page_get_store:
 *
 * Returns: (transfer none): the store of the page's history
 */
CchcStore *
cchc_list_page_get_store (CchcListPage *self)
{
  g_return_val_if_fail (CCHC_IS_LIST_PAGE (self), NULL);

  return cchc_history_get_store (cchc_list_page_get_history (self));
}

/**
 * cchc_list_page_get_list:
 *
 * Returns: (transfer none) (nullable): the controller of the page's list,
 *   made at construction; %NULL for a page that builds its own models
 */
CchcListController *
cchc_list_page_get_list (CchcListPage *self)
{
  CchcListPagePrivate *priv = cchc_list_page_get_instance_private (self);

  g_return_val_if_fail (CCHC_IS_LIST_PAGE (self), NULL);

  return priv->list;
}

/**
 * cchc_list_page_get_plan:
 *
 * Returns: (transfer none) (nullable): the plan shown
 */
CchcPlan *
cchc_list_page_get_plan (CchcListPage *self)
{
  CchcListPagePrivate *priv = cchc_list_page_get_instance_private (self);

  g_return_val_if_fail (CCHC_IS_LIST_PAGE (self), NULL);

  return priv->plan;
}

/**
 * cchc_list_page_set_plan:
 * @plan: (nullable): the plan to show
 */
void
cchc_list_page_set_plan (CchcListPage *self,
                         CchcPlan     *plan)
{
  CchcListPagePrivate *priv = cchc_list_page_get_instance_private (self);

  g_return_if_fail (CCHC_IS_LIST_PAGE (self));
  g_return_if_fail (plan == NULL || CCHC_IS_PLAN (plan));

  if (!g_set_object (&priv->plan, plan))
    return;

  /* Before construction ends there is nothing to show it in yet. */
  if (priv->constructed)
    CCHC_LIST_PAGE_GET_CLASS (self)->plan_changed (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLAN]);
}

/**
 * cchc_list_page_focus:
 *
 * Gives the keyboard to the page (shown with Alt+1…5, say): to the row
 * selected in its list, once shown, or to its first field; where F2,
 * Enter and Delete act.
 */
void
cchc_list_page_focus (CchcListPage *self)
{
  g_return_if_fail (CCHC_IS_LIST_PAGE (self));

  CCHC_LIST_PAGE_GET_CLASS (self)->focus (self);
}
