/* cchc-unit-page.c: the units of the database ("đơn vị")
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cchc-unit-page"

#include "config.h"

#include <glib/gi18n.h>

#include "cchc-gui-utils.h"
#include "cchc-page-helpers.h"
#include "cchc-text.h"
#include "cchc-unit.h"
#include "cchc-unit-page.h"

struct _CchcUnitPage
{
  CchcListPage parent_instance;
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

G_DEFINE_FINAL_TYPE (CchcUnitPage, cchc_unit_page, CCHC_TYPE_LIST_PAGE)

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
  char *uses = cchc_store_describe_unit_use (cchc_list_page_get_store (data), item);

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
  GListModel *units = cchc_store_get_units (cchc_list_page_get_store (CCHC_LIST_PAGE (self)));
  GHashTable *names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint n_units = g_list_model_get_n_items (units);

  for (guint i = 0; i < n_units; i++)
    {
      g_autoptr(CchcUnit) unit = g_list_model_get_item (units, i);

      if (unit != except)
        g_hash_table_add (names, cchc_text_name_key (cchc_unit_get_name (unit)));
    }

  return names;
}

static void
on_unit_name_changed_cb (UnitEditor *editor)
{
  const char *name = gtk_editable_get_text (GTK_EDITABLE (editor->name_entry));
  g_autofree char *normalized = cchc_text_name_key (name);
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
  CchcListPage *page = CCHC_LIST_PAGE (editor->page);
  CchcHistory *history = cchc_list_page_get_history (page);
  g_autofree char *name = NULL;
  g_autoptr(CchcUnit) values = NULL;
  g_autoptr(GError) error = NULL;
  CchcUnitKind kind = gtk_drop_down_get_selected (editor->kind_dropdown);
  gboolean saved;

  name = cchc_text_squeeze (gtk_editable_get_text (GTK_EDITABLE (editor->name_entry)));
  kind = MIN (kind, CCHC_UNIT_KIND_GROUP);

  if (editor->unit != NULL)
    {
      values = cchc_record_dup_values (CCHC_RECORD (editor->unit));
      cchc_unit_set_name (values, name);
      cchc_unit_set_kind (values, kind);
      saved = cchc_history_update (history, editor->unit, values, &error);
    }
  else
    {
      values = cchc_unit_new (name, kind);
      saved = cchc_history_insert (history, NULL, editor->position, values, &error);
    }

  if (!saved)
    {
      cchc_show_error (GTK_WIDGET (editor->window), _("Could not save the unit"), error);
      return;
    }

  cchc_list_controller_show_saved (cchc_list_page_get_list (page),
                                   editor->unit != NULL ? editor->unit : values);
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

/* Units belong to the database, not to a plan: they are added and renamed
 * whatever the plan. */
static void
cchc_unit_page_open_editor (CchcListPage *page,
                            gpointer      unit)
{
  CchcUnitPage *self = CCHC_UNIT_PAGE (page);
  UnitEditor *editor = g_new0 (UnitEditor, 1);
  GtkWidget *form;

  editor->page = g_object_ref (self);
  editor->unit = unit != NULL ? g_object_ref (unit) : NULL;
  editor->position = cchc_list_controller_get_insert_position (cchc_list_page_get_list (page));
  editor->names = collect_names (self, unit);
  form = build_unit_form (editor);
  editor->window = cchc_small_editor_new (GTK_WIDGET (self),
                                          unit != NULL ? _("Edit Unit") : _("New Unit"),
                                          form, &editor->save_button);
  g_object_set_data_full (G_OBJECT (editor->window), "cchc-unit-editor", editor,
                          (GDestroyNotify) unit_editor_free);

  if (unit != NULL)
    {
      cchc_editable_set_text (GTK_EDITABLE (editor->name_entry), cchc_unit_get_name (unit));
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

/* Where a unit is used changes with tasks and activities, on other pages:
 * the rows on screen say it again whenever anything was edited or undone,
 * and when the page comes back into view. */
static void
refresh_uses (CchcUnitPage *self)
{
  CchcListController *list = cchc_list_page_get_list (CCHC_LIST_PAGE (self));

  if (list != NULL)
    cchc_list_controller_refresh_cells (list);
}

static void
cchc_unit_page_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (cchc_unit_page_parent_class)->map (widget);

  refresh_uses (CCHC_UNIT_PAGE (widget));
}

static void
cchc_unit_page_setup_list (CchcListPage       *page,
                           CchcListController *list)
{
  cchc_list_controller_add_column (list, _("Unit name"), unit_name, page, 24,
                                   CCHC_COLUMN_EXPAND | CCHC_COLUMN_SORTABLE);
  cchc_list_controller_add_column (list, _("Type"), unit_kind, page, 10, CCHC_COLUMN_SORTABLE);
  cchc_list_controller_add_column (list, _("Used in"), unit_use, page, 30, CCHC_COLUMN_EXPAND);
  cchc_list_controller_set_delete_error (list, _("Could not delete the unit"));
}

/* Units belong to the database, not to a plan: the page lists them all
 * whatever the plan. */
static void
cchc_unit_page_plan_changed (CchcListPage *page)
{
  cchc_list_controller_set_model (cchc_list_page_get_list (page),
                                  cchc_store_get_units (cchc_list_page_get_store (page)));
}

static void
cchc_unit_page_constructed (GObject *object)
{
  CchcListPage *page = CCHC_LIST_PAGE (object);

  G_OBJECT_CLASS (cchc_unit_page_parent_class)->constructed (object);

  g_signal_connect_object (cchc_list_page_get_history (page), "notify::can-undo",
                           G_CALLBACK (refresh_uses), page, G_CONNECT_SWAPPED);
}

static void
cchc_unit_page_class_init (CchcUnitPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  CchcListPageClass *page_class = CCHC_LIST_PAGE_CLASS (klass);

  object_class->constructed = cchc_unit_page_constructed;

  widget_class->map = cchc_unit_page_map;

  page_class->search_text = unit_search_text;
  page_class->format_count = format_count;
  page_class->placeholder = (CchcPlaceholderTexts) {
    .empty_icon = "system-users-symbolic",
    .empty_title = N_("No Units Yet"),
    .empty_text = N_("Add the units that lead the tasks or take part in them with the + "
                     "button or Ctrl+N."),
    .no_match_title = N_("No Units Match"),
    .no_match_text = N_("Try other words, or press Esc to show every unit."),
  };
  page_class->setup_list = cchc_unit_page_setup_list;
  page_class->plan_changed = cchc_unit_page_plan_changed;
  page_class->open_editor = cchc_unit_page_open_editor;

  cchc_list_page_class_set_template (widget_class,
                                     "/io/github/cchcplanner/Planner/ui/cchc-unit-page.ui",
                                     "column_view");
  cchc_list_page_class_bind_search (widget_class);
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
