/* cchc-unit-page.c: the units of the database ("đơn vị")
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cchc-unit-page"

#include "config.h"

#include <glib/gi18n.h>

#include "cchc-gui-utils.h"
#include "cchc-list-helpers.h"
#include "cchc-page-helpers.h"
#include "cchc-plan.h"
#include "cchc-unit.h"
#include "cchc-unit-page.h"

struct _CchcUnitPage
{
  GtkWidget           parent_instance;

  CchcHistory        *history;
  CchcPlan           *plan;
  CchcListController *list;

  /* Template widgets */
  GtkColumnView      *column_view;
  GtkSearchBar       *search_bar;
  GtkSearchEntry     *search_entry;
  GtkLabel           *count_label;
};

/* The add and rename window, small enough to be built here */
typedef struct
{
  CchcUnitPage *page;
  CchcUnit     *unit;      /* NULL when adding */
  guint         position;
  GHashTable   *names;     /* the other units' names, normalized */
  GtkWindow    *window;
  GtkEntry     *name_entry;
  GtkLabel     *name_hint;
  GtkDropDown  *kind_dropdown;
  GtkWidget    *save_button;
} UnitEditor;

G_DEFINE_FINAL_TYPE (CchcUnitPage, cchc_unit_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_HISTORY,
  PROP_PLAN,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char *
unit_kind_get_label (CchcUnitKind kind)
{
  switch (kind)
    {
    case CCHC_UNIT_KIND_INTERNAL:
      /* Translators: a unit of the agency itself ("trong Sở") */
      return _("Internal");

    case CCHC_UNIT_KIND_OUTSIDE:
      /* Translators: another agency the plan names (Sở Nội vụ, …) */
      return _("Outside body");

    case CCHC_UNIT_KIND_GROUP:
      /* Translators: a named group of units ("Các đơn vị có liên quan") */
      return _("Group");

    default:
      g_return_val_if_reached ("");
    }
}

static char *
unit_name (gpointer item,
           gpointer data)
{
  return g_strdup (cchc_unit_get_name (item));
}

static char *
unit_kind (gpointer item,
           gpointer data)
{
  return g_strdup (unit_kind_get_label (cchc_unit_get_kind (item)));
}

static char *
unit_use (gpointer item,
          gpointer data)
{
  CchcUnitPage *self = data;
  char *uses = cchc_store_describe_unit_use (cchc_history_get_store (self->history), item);

  return uses != NULL ? uses : g_strdup (_("Not used"));
}

static char *
unit_search_text (gpointer item,
                  gpointer data)
{
  return g_strconcat (cchc_unit_get_name (item), "\n",
                      unit_kind_get_label (cchc_unit_get_kind (item)), NULL);
}

static char *
format_count (guint shown,
              guint total)
{
  g_autofree char *shown_text = cchc_format_integer (shown);
  g_autofree char *total_text = cchc_format_integer (total);

  if (shown == total)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s unit", "%s units", total),
                            total_text);

  /* Translators: shown while searching: "3 of 12 units" */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s of %s unit", "%s of %s units",
                                       total),
                          shown_text, total_text);
}

/* Names compare without case and with one spelling of each letter. */
static char *
normalize_name (const char *name)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (name));
  g_autofree char *folded = g_utf8_casefold (trimmed, -1);

  return g_utf8_normalize (folded, -1, G_NORMALIZE_ALL_COMPOSE);
}

/* Unit editor ------------------------------------------------------------ */

static void
unit_editor_free (UnitEditor *editor)
{
  g_clear_object (&editor->page);
  g_clear_object (&editor->unit);
  g_clear_pointer (&editor->names, g_hash_table_unref);
  g_free (editor);
}

static GHashTable *
collect_names (CchcUnitPage *self,
               CchcUnit     *except)
{
  GListModel *units = cchc_store_get_units (cchc_history_get_store (self->history));
  GHashTable *names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint n_units = g_list_model_get_n_items (units);

  for (guint i = 0; i < n_units; i++)
    {
      g_autoptr(CchcUnit) unit = g_list_model_get_item (units, i);

      if (unit != except)
        g_hash_table_add (names, normalize_name (cchc_unit_get_name (unit)));
    }

  return names;
}

static void
on_unit_name_changed_cb (UnitEditor *editor)
{
  const char *name = gtk_editable_get_text (GTK_EDITABLE (editor->name_entry));
  g_autofree char *normalized = normalize_name (name);
  gboolean filled = cchc_check_required (GTK_WIDGET (editor->name_entry), name);
  gboolean taken = filled && g_hash_table_contains (editor->names, normalized);

  if (taken)
    cchc_widget_set_invalid (GTK_WIDGET (editor->name_entry), TRUE);
  gtk_widget_set_visible (GTK_WIDGET (editor->name_hint), taken);
  gtk_widget_set_sensitive (editor->save_button, filled && !taken);
}

static void
on_unit_save_clicked_cb (UnitEditor *editor)
{
  CchcUnitPage *self = editor->page;
  g_autofree char *name = NULL;
  g_autoptr(CchcUnit) values = NULL;
  g_autoptr(GError) error = NULL;
  CchcUnitKind kind = gtk_drop_down_get_selected (editor->kind_dropdown);
  gboolean saved;

  name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (editor->name_entry))));
  kind = MIN (kind, CCHC_UNIT_KIND_GROUP);

  if (editor->unit != NULL)
    {
      values = cchc_record_dup_values (CCHC_RECORD (editor->unit));
      cchc_unit_set_name (values, name);
      cchc_unit_set_kind (values, kind);
      saved = cchc_history_update (self->history, editor->unit, values, &error);
    }
  else
    {
      values = cchc_unit_new (name, kind);
      saved = cchc_history_insert (self->history, NULL, editor->position, values, &error);
    }

  if (!saved)
    {
      cchc_show_error (GTK_WIDGET (editor->window), _("Could not save the unit"), error);
      return;
    }

  cchc_list_controller_select (self->list, editor->unit != NULL ? editor->unit : values);
  gtk_window_destroy (editor->window);
}

static GtkWidget *
build_unit_form (UnitEditor *editor)
{
  GtkWidget *grid = gtk_grid_new ();
  const char *kinds[] = {
    unit_kind_get_label (CCHC_UNIT_KIND_INTERNAL),
    unit_kind_get_label (CCHC_UNIT_KIND_OUTSIDE),
    unit_kind_get_label (CCHC_UNIT_KIND_GROUP),
    NULL
  };

  editor->name_entry = GTK_ENTRY (gtk_entry_new ());
  gtk_entry_set_activates_default (editor->name_entry, TRUE);
  gtk_editable_set_width_chars (GTK_EDITABLE (editor->name_entry), 40);
  gtk_widget_set_hexpand (GTK_WIDGET (editor->name_entry), TRUE);
  editor->name_hint = GTK_LABEL (gtk_label_new (_("A unit with this name already exists.")));
  gtk_label_set_xalign (editor->name_hint, 0.0f);
  gtk_label_set_wrap (editor->name_hint, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (editor->name_hint), "error");
  gtk_widget_set_visible (GTK_WIDGET (editor->name_hint), FALSE);
  editor->kind_dropdown = GTK_DROP_DOWN (gtk_drop_down_new_from_strings (kinds));
  gtk_widget_set_halign (GTK_WIDGET (editor->kind_dropdown), GTK_ALIGN_START);

  gtk_grid_set_row_spacing (GTK_GRID (grid), 12);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  gtk_grid_attach (GTK_GRID (grid),
                   cchc_form_label_new (_("_Name"), GTK_WIDGET (editor->name_entry)), 0, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), GTK_WIDGET (editor->name_entry), 1, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), GTK_WIDGET (editor->name_hint), 1, 1, 1, 1);
  gtk_grid_attach (GTK_GRID (grid),
                   cchc_form_label_new (_("_Type"), GTK_WIDGET (editor->kind_dropdown)),
                   0, 2, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), GTK_WIDGET (editor->kind_dropdown), 1, 2, 1, 1);

  return grid;
}

static void
open_unit_editor (CchcUnitPage *self,
                  CchcUnit     *unit)
{
  UnitEditor *editor = g_new0 (UnitEditor, 1);
  GtkWidget *form;

  editor->page = g_object_ref (self);
  editor->unit = unit != NULL ? g_object_ref (unit) : NULL;
  editor->position = cchc_list_controller_get_insert_position (self->list);
  editor->names = collect_names (self, unit);
  form = build_unit_form (editor);
  editor->window = cchc_small_editor_new (GTK_WIDGET (self),
                                          unit != NULL ? _("Edit Unit") : _("New Unit"),
                                          form, &editor->save_button);
  g_object_set_data_full (G_OBJECT (editor->window), "cchc-unit-editor", editor,
                          (GDestroyNotify) unit_editor_free);

  if (unit != NULL)
    {
      gtk_editable_set_text (GTK_EDITABLE (editor->name_entry), cchc_unit_get_name (unit));
      gtk_drop_down_set_selected (editor->kind_dropdown, cchc_unit_get_kind (unit));
    }
  g_signal_connect_swapped (editor->name_entry, "changed",
                            G_CALLBACK (on_unit_name_changed_cb), editor);
  g_signal_connect_swapped (editor->save_button, "clicked",
                            G_CALLBACK (on_unit_save_clicked_cb), editor);
  on_unit_name_changed_cb (editor);

  cchc_editor_present (editor->window, GTK_WIDGET (self));
  gtk_widget_grab_focus (GTK_WIDGET (editor->name_entry));
}

/* Page ----------------------------------------------------------------- */

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  open_unit_editor (CCHC_UNIT_PAGE (widget), NULL);
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  CchcUnitPage *self = CCHC_UNIT_PAGE (widget);
  CchcUnit *unit = cchc_list_controller_get_selected (self->list);

  if (unit != NULL)
    open_unit_editor (self, unit);
}

/* Where a unit is used changes with tasks and activities, on other pages:
 * the rows on screen say it again whenever anything was edited or undone,
 * and when the page comes back into view. */
static void
refresh_uses (CchcUnitPage *self)
{
  if (self->list != NULL)
    cchc_list_controller_refresh_cells (self->list);
}

static void
cchc_unit_page_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (cchc_unit_page_parent_class)->map (widget);

  refresh_uses (CCHC_UNIT_PAGE (widget));
}

static void
cchc_unit_page_constructed (GObject *object)
{
  CchcUnitPage *self = CCHC_UNIT_PAGE (object);
  CchcListController *list;

  G_OBJECT_CLASS (cchc_unit_page_parent_class)->constructed (object);

  g_return_if_fail (CCHC_IS_HISTORY (self->history));

  list = self->list = cchc_list_controller_new (GTK_WIDGET (self), self->history,
                                                self->column_view);
  cchc_list_controller_add_column (list, _("Unit name"), unit_name, self, 24,
                                   CCHC_COLUMN_EXPAND | CCHC_COLUMN_SORTABLE);
  cchc_list_controller_add_column (list, _("Type"), unit_kind, self, 10, CCHC_COLUMN_SORTABLE);
  cchc_list_controller_add_column (list, _("Used in"), unit_use, self, 30, CCHC_COLUMN_EXPAND);
  cchc_list_controller_set_search (list, self->search_bar, self->search_entry,
                                   unit_search_text, self);
  cchc_list_controller_set_count_label (list, self->count_label, format_count);
  cchc_list_controller_set_delete_error (list, _("Could not delete the unit"));
  cchc_list_controller_set_model (list,
                                  cchc_store_get_units (cchc_history_get_store (self->history)));

  g_signal_connect_object (self->history, "notify::can-undo",
                           G_CALLBACK (refresh_uses), self, G_CONNECT_SWAPPED);
}

static void
cchc_unit_page_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  CchcUnitPage *self = CCHC_UNIT_PAGE (object);

  switch (prop_id)
    {
    case PROP_HISTORY:
      g_value_set_object (value, self->history);
      break;

    case PROP_PLAN:
      g_value_set_object (value, self->plan);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cchc_unit_page_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  CchcUnitPage *self = CCHC_UNIT_PAGE (object);

  switch (prop_id)
    {
    case PROP_HISTORY:
      self->history = g_value_dup_object (value);
      break;

    case PROP_PLAN:
      cchc_unit_page_set_plan (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cchc_unit_page_dispose (GObject *object)
{
  CchcUnitPage *self = CCHC_UNIT_PAGE (object);
  GtkWidget *child;

  /* The controller lets go of the widgets before they go. */
  g_clear_object (&self->list);
  gtk_widget_dispose_template (GTK_WIDGET (self), CCHC_TYPE_UNIT_PAGE);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  g_clear_object (&self->plan);
  g_clear_object (&self->history);

  G_OBJECT_CLASS (cchc_unit_page_parent_class)->dispose (object);
}

static void
cchc_unit_page_class_init (CchcUnitPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = cchc_unit_page_constructed;
  object_class->dispose = cchc_unit_page_dispose;
  object_class->get_property = cchc_unit_page_get_property;
  object_class->set_property = cchc_unit_page_set_property;

  widget_class->map = cchc_unit_page_map;

  properties[PROP_HISTORY] =
    g_param_spec_object ("history", NULL, NULL,
                         CCHC_TYPE_HISTORY,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /* The units belong to the database, not to a plan: the plan is kept
   * only so that every page has the same interface. */
  properties[PROP_PLAN] =
    g_param_spec_object ("plan", NULL, NULL,
                         CCHC_TYPE_PLAN,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/cchcplanner/Planner/ui/"
                                               "cchc-unit-page.ui");
  gtk_widget_class_bind_template_child (widget_class, CchcUnitPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, CchcUnitPage, search_bar);
  gtk_widget_class_bind_template_child (widget_class, CchcUnitPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, CchcUnitPage, count_label);

  cchc_list_page_class_install_actions (widget_class, add_action, edit_action);
}

static void
cchc_unit_page_init (CchcUnitPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * cchc_unit_page_new:
 * @history: where the page's edits go
 *
 * Returns: (transfer floating): a page listing the units of the database
 */
GtkWidget *
cchc_unit_page_new (CchcHistory *history)
{
  g_return_val_if_fail (CCHC_IS_HISTORY (history), NULL);

  return g_object_new (CCHC_TYPE_UNIT_PAGE, "history", history, NULL);
}

/**
 * cchc_unit_page_get_plan:
 *
 * Returns: (transfer none) (nullable): the plan given to the page
 */
CchcPlan *
cchc_unit_page_get_plan (CchcUnitPage *self)
{
  g_return_val_if_fail (CCHC_IS_UNIT_PAGE (self), NULL);

  return self->plan;
}

/**
 * cchc_unit_page_set_plan:
 * @plan: (nullable): the plan the window shows
 *
 * The page lists every unit whatever the plan; the plan is only kept.
 */
void
cchc_unit_page_set_plan (CchcUnitPage *self,
                         CchcPlan     *plan)
{
  g_return_if_fail (CCHC_IS_UNIT_PAGE (self));
  g_return_if_fail (plan == NULL || CCHC_IS_PLAN (plan));

  if (g_set_object (&self->plan, plan))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLAN]);
}
