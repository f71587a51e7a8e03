/* cchc-window.c: the main window: plan selector, primary menu, content
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cchc-window"

#include "config.h"

#include <glib/gi18n.h>

#include "cchc-exchange.h"
#include "cchc-plan.h"
#include "cchc-store.h"
#include "cchc-window.h"

#define MIN_WINDOW_SIZE 360

struct _CchcWindow
{
  GtkApplicationWindow  parent_instance;

  CchcStore            *store;
  GListModel           *plans;
  GSettings            *settings;

  /* Template widgets */
  GtkDropDown          *plan_dropdown;
  GtkStack             *stack;
};

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (CchcWindow, cchc_window, GTK_TYPE_APPLICATION_WINDOW)

static GParamSpec *properties[N_PROPS];

/* The settings schema is missing when the program runs uninstalled
 * without GSETTINGS_SCHEMA_DIR; the window then simply remembers nothing. */
static GSettings *
new_settings_if_installed (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APPLICATION_ID, TRUE);

  if (schema == NULL)
    {
      g_debug ("Settings schema %s not installed; window state is not kept",
               APPLICATION_ID);
      return NULL;
    }

  return g_settings_new_full (schema, NULL, NULL);
}

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

static char *
format_plan_year (gpointer this,
                  int      year)
{
  return g_strdup_printf (_("Year %d"), year);
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
                            GtkListItem              *list_item)
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
  gtk_list_item_set_child (list_item, label);
}

static void
on_plan_dropdown_selected_item_cb (CchcWindow *self)
{
  CchcPlan *plan = cchc_window_get_selected_plan (self);

  if (plan != NULL && self->settings != NULL)
    g_settings_set_string (self->settings, "last-plan",
                           cchc_record_get_uuid (CCHC_RECORD (plan)));
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
  save_window_state (CCHC_WINDOW (window));

  return GTK_WINDOW_CLASS (cchc_window_parent_class)->close_request (window);
}

static void
show_error (CchcWindow   *self,
            const char   *primary,
            const GError *error)
{
  GtkWidget *dialog;

  dialog = gtk_message_dialog_new (GTK_WINDOW (self),
                                   GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                   GTK_MESSAGE_ERROR, GTK_BUTTONS_CLOSE, "%s", primary);
  gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog), "%s", error->message);
  g_signal_connect (dialog, "response", G_CALLBACK (gtk_window_destroy), NULL);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
open_sample_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  CchcWindow *self = CCHC_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  CchcPlan *plan;

  plan = cchc_exchange_import_sample (self->store, &error);
  if (plan == NULL)
    {
      show_error (self, _("Could not open the sample plan"), error);
      return;
    }

  cchc_window_select_plan (self, plan);
}

static void
cchc_window_constructed (GObject *object)
{
  CchcWindow *self = CCHC_WINDOW (object);
  g_autofree char *last_plan = NULL;

  G_OBJECT_CLASS (cchc_window_parent_class)->constructed (object);

  g_return_if_fail (CCHC_IS_STORE (self->store));

  self->settings = new_settings_if_installed ();
  restore_window_state (self);

  /* Read before the drop-down selects its first plan and overwrites it. */
  if (self->settings != NULL)
    last_plan = g_settings_get_string (self->settings, "last-plan");

  self->plans = g_object_ref (cchc_store_get_plans (self->store));
  g_signal_connect_object (self->plans, "items-changed",
                           G_CALLBACK (on_plans_items_changed_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_drop_down_set_model (self->plan_dropdown, self->plans);

  restore_last_plan (self, last_plan);
  update_page (self);
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

  g_clear_object (&self->plans);
  g_clear_object (&self->settings);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (cchc_window_parent_class)->dispose (object);
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
  gtk_widget_class_bind_template_child (widget_class, CchcWindow, stack);
  gtk_widget_class_bind_template_callback (widget_class, format_plan_year);
  gtk_widget_class_bind_template_callback (widget_class, on_plan_dropdown_selected_item_cb);

  gtk_widget_class_install_action (widget_class, "win.open-sample", NULL, open_sample_action);
}

static void
cchc_window_init (CchcWindow *self)
{
  g_autoptr(GtkListItemFactory) button_factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkListItemFactory) list_factory = gtk_signal_list_item_factory_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  /* Not in the template: the drop-down sets up its button item as soon as
   * it is in the window, before GtkBuilder connects the template's signals,
   * so a "setup" handler given there would miss it. */
  g_signal_connect (button_factory, "setup", G_CALLBACK (on_plan_button_item_setup_cb), NULL);
  g_signal_connect (list_factory, "setup", G_CALLBACK (on_plan_list_item_setup_cb), NULL);
  gtk_drop_down_set_factory (self->plan_dropdown, button_factory);
  gtk_drop_down_set_list_factory (self->plan_dropdown, list_factory);
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
