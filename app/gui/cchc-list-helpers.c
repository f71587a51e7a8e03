/* cchc-list-helpers.c: what the list pages and their editors share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cchc-gui"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "cchc-gui-utils.h"
#include "cchc-list-helpers.h"
#include "cchc-text.h"

/* CchcListController: the models, columns, search, count label and the
 * generic actions of one list page. The page owns it; it does not own the
 * page nor its widgets (template children), so the page drops it before it
 * disposes its template. */
struct _CchcListController
{
  GObject             parent_instance;

  GtkWidget          *page;
  GtkColumnView      *view;
  CchcHistory        *history;

  GListModel         *model;
  GtkCustomFilter    *filter;
  GtkFilterListModel *filter_model;
  GtkSortListModel   *sort_model;
  GtkSingleSelection *selection;
  GPtrArray          *columns;

  /* item → position + 1 in @model; rebuilt when @model changed */
  GHashTable         *positions;
  gboolean            order_dirty;
  /* While the store's rows change, not the search: a row added or gone
   * then moves the keyboard focus (a search never takes it). */
  gboolean            rows_changing;
  gboolean            natural_order;

  CchcRowTextFunc     search_func;
  gpointer            search_data;
  guint               search_generation;
  char               *query;
  GtkSearchBar       *search_bar;
  GtkSearchEntry     *search_entry;

  GtkLabel           *count_label;
  CchcCountFunc       count_func;
  CchcPlaceholder    *placeholder;
  const CchcPlaceholderTexts *placeholder_texts;
  char               *delete_error;
};

G_DEFINE_FINAL_TYPE (CchcListController, cchc_list_controller, G_TYPE_OBJECT)

#define CONTROLLER_KEY "cchc-list-controller"

/* Row caches ----------------------------------------------------------
 *
 * The folded search text and the collation keys of a row are computed once
 * and kept on the row, so that searching and sorting tens of thousands of
 * rows does not fold or collate them again on every keystroke. A cache
 * entry belongs to an owner (the search, a column) and is valid while it
 * carries the owner's generation; any change of the row empties its cache. */

typedef struct
{
  guint  generation;
  char  *value;
} CacheEntry;

typedef char *(*CacheMakeFunc) (gpointer item,
                                gpointer data);

static guint last_generation;

static guint
new_generation (void)
{
  return ++last_generation;
}

static GQuark
row_cache_quark (void)
{
  return g_quark_from_static_string ("cchc-row-cache");
}

static void
cache_entry_free (gpointer data)
{
  CacheEntry *entry = data;

  g_free (entry->value);
  g_free (entry);
}

static void
on_row_notify_cb (GObject    *item,
                  GParamSpec *pspec,
                  gpointer    data)
{
  GHashTable *cache = g_object_get_qdata (item, row_cache_quark ());

  if (cache != NULL)
    g_hash_table_remove_all (cache);
}

static const char *
row_cache_get (gpointer       item,
               gconstpointer  owner,
               guint          generation,
               CacheMakeFunc  make,
               gpointer       data)
{
  GHashTable *cache = g_object_get_qdata (item, row_cache_quark ());
  CacheEntry *entry;

  if (cache == NULL)
    {
      cache = g_hash_table_new_full (NULL, NULL, NULL, cache_entry_free);
      g_object_set_qdata_full (item, row_cache_quark (), cache,
                               (GDestroyNotify) g_hash_table_unref);
      g_signal_connect (item, "notify", G_CALLBACK (on_row_notify_cb), NULL);
    }

  entry = g_hash_table_lookup (cache, owner);
  if (entry == NULL || entry->generation != generation)
    {
      entry = g_new0 (CacheEntry, 1);
      entry->generation = generation;
      entry->value = make (item, data);
      g_hash_table_replace (cache, (gpointer) owner, entry);
    }

  return entry->value;
}

/* Positions ------------------------------------------------------------ */

static guint
position_of (CchcListController *self,
             gpointer            item)
{
  if (self->positions == NULL)
    {
      guint n_items = self->model != NULL ? g_list_model_get_n_items (self->model) : 0;

      self->positions = g_hash_table_new (NULL, NULL);
      for (guint i = 0; i < n_items; i++)
        {
          g_autoptr(GObject) row = g_list_model_get_item (self->model, i);

          /* The model holds the rows: no reference needed. */
          g_hash_table_insert (self->positions, row, GUINT_TO_POINTER (i + 1));
        }
    }

  return GPOINTER_TO_UINT (g_hash_table_lookup (self->positions, item)) - 1;
}

/* Whether the rows are shown in the plan's order (not sorted by a column,
 * or sorted by the number column ascending). */
static gboolean
is_natural_order (CchcListController *self)
{
  GtkSorter *sorter = gtk_sort_list_model_get_sorter (self->sort_model);
  GListModel *shown = G_LIST_MODEL (self->sort_model);
  guint n_items;
  guint last = 0;

  if (sorter == NULL || gtk_sorter_get_order (sorter) == GTK_SORTER_ORDER_NONE)
    return TRUE;

  if (!self->order_dirty)
    return self->natural_order;

  n_items = g_list_model_get_n_items (shown);
  self->natural_order = TRUE;
  for (guint i = 0; i < n_items && self->natural_order; i++)
    {
      g_autoptr(GObject) row = g_list_model_get_item (shown, i);
      guint position = position_of (self, row);

      self->natural_order = i == 0 || position > last;
      last = position;
    }
  self->order_dirty = FALSE;

  return self->natural_order;
}

/* Columns -------------------------------------------------------------- */

typedef struct
{
  CchcListController *self;   /* unowned; cleared when it goes */
  CchcRowTextFunc     func;
  gpointer            user_data;
  CchcColumnFlags     flags;
  int                 width_chars;
  guint               generation;
  GHashTable         *bound;  /* the GtkListItems showing a row */
} Column;

static void
column_clear (gpointer data)
{
  Column *column = data;

  g_clear_pointer (&column->bound, g_hash_table_unref);
}

static void
column_release (gpointer data)
{
  g_rc_box_release_full (data, column_clear);
}

static char *
column_text (Column   *column,
             gpointer  item)
{
  if (column->flags & CCHC_COLUMN_NUMBER)
    {
      guint position = column->self != NULL ? position_of (column->self, item) : G_MAXUINT;

      return position != G_MAXUINT ? g_strdup_printf ("%u", position + 1) : g_strdup ("");
    }

  return column->func (item, column->user_data);
}

static void
update_cell (Column      *column,
             GtkListItem *list_item)
{
  gpointer item = gtk_list_item_get_item (list_item);
  GtkWidget *label = gtk_list_item_get_child (list_item);
  g_autofree char *text = NULL;

  if (item == NULL || label == NULL)
    return;

  text = column_text (column, item);
  gtk_label_set_text (GTK_LABEL (label), text);
}

static void
on_column_setup_cb (GtkSignalListItemFactory *factory,
                    GtkListItem              *list_item,
                    Column                   *column)
{
  gboolean number = (column->flags & CCHC_COLUMN_NUMBER) != 0;
  GtkWidget *label;

  /* Long texts wrap and are never cut: the row grows instead. */
  label = g_object_new (GTK_TYPE_LABEL,
                        "xalign", number ? 0.5f : 0.0f,
                        "yalign", 0.0f,
                        "wrap", TRUE,
                        "wrap-mode", PANGO_WRAP_WORD_CHAR,
                        "width-chars", column->width_chars,
                        "max-width-chars", number ? column->width_chars : column->width_chars * 2,
                        "margin-top", 3,
                        "margin-bottom", 3,
                        NULL);
  gtk_list_item_set_child (list_item, label);
}

static void
on_column_bind_cb (GtkSignalListItemFactory *factory,
                   GtkListItem              *list_item,
                   Column                   *column)
{
  g_hash_table_add (column->bound, list_item);
  update_cell (column, list_item);
}

static void
on_column_unbind_cb (GtkSignalListItemFactory *factory,
                     GtkListItem              *list_item,
                     Column                   *column)
{
  g_hash_table_remove (column->bound, list_item);
}

/* Shows the rows' texts again; @invalidate also forgets the cached sort
 * keys, for changes the rows did not announce. */
static void
column_refresh (Column   *column,
                gboolean  invalidate)
{
  GHashTableIter iter;
  gpointer list_item;

  if (invalidate)
    column->generation = new_generation ();
  g_hash_table_iter_init (&iter, column->bound);
  while (g_hash_table_iter_next (&iter, &list_item, NULL))
    update_cell (column, list_item);
}

static char *
make_collate_key (gpointer item,
                  gpointer data)
{
  Column *column = data;
  g_autofree char *text = column->func (item, column->user_data);

  return cchc_text_collate_key (text);
}

static int
compare_by_text (gconstpointer a,
                 gconstpointer b,
                 gpointer      data)
{
  Column *column = data;
  const char *key_a = row_cache_get ((gpointer) a, column, column->generation,
                                     make_collate_key, column);
  const char *key_b = row_cache_get ((gpointer) b, column, column->generation,
                                     make_collate_key, column);

  return gtk_ordering_from_cmpfunc (strcmp (key_a, key_b));
}

static int
compare_by_position (gconstpointer a,
                     gconstpointer b,
                     gpointer      data)
{
  Column *column = data;
  guint position_a, position_b;

  if (column->self == NULL)
    return GTK_ORDERING_EQUAL;

  position_a = position_of (column->self, (gpointer) a);
  position_b = position_of (column->self, (gpointer) b);

  return position_a < position_b ? GTK_ORDERING_SMALLER :
         position_a > position_b ? GTK_ORDERING_LARGER : GTK_ORDERING_EQUAL;
}

/* Helpers -------------------------------------------------------------- */

static void
refresh_columns (CchcListController *self,
                 gboolean            invalidate)
{
  for (guint i = 0; i < self->columns->len; i++)
    column_refresh (g_ptr_array_index (self->columns, i), invalidate);
}

static void
update_count (CchcListController *self)
{
  g_autofree char *text = NULL;
  guint total;

  if (self->count_label == NULL || self->count_func == NULL)
    return;

  total = self->model != NULL ? g_list_model_get_n_items (self->model) : 0;
  text = self->count_func (g_list_model_get_n_items (G_LIST_MODEL (self->filter_model)), total);
  gtk_label_set_text (self->count_label, text);
}

/* Over an empty list, why it is empty. */
static void
update_placeholder (CchcListController *self)
{
  const CchcPlaceholderTexts *texts = self->placeholder_texts;
  guint total = self->model != NULL ? g_list_model_get_n_items (self->model) : 0;
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->filter_model));
  gboolean empty = total == 0;

  if (self->placeholder == NULL)
    return;

  cchc_placeholder_set_icon_name (self->placeholder,
                                  empty ? texts->empty_icon : "edit-find-symbolic");
  cchc_placeholder_set_title (self->placeholder,
                              _(empty ? texts->empty_title : texts->no_match_title));
  cchc_placeholder_set_description (self->placeholder,
                                    _(empty ? texts->empty_text : texts->no_match_text));
  gtk_widget_set_visible (GTK_WIDGET (self->placeholder), self->model != NULL && shown == 0);
}

static void
scroll_to (CchcListController *self,
           guint               position)
{
  cchc_column_view_scroll_to (self->view, position);
}

static char *
make_folded_text (gpointer item,
                  gpointer data)
{
  CchcListController *self = data;
  g_autofree char *text = self->search_func (item, self->search_data);

  return cchc_text_fold (text);
}

static gboolean
filter_row (gpointer item,
            gpointer data)
{
  CchcListController *self = data;
  const char *folded;

  if (self->query == NULL || self->search_func == NULL)
    return TRUE;

  folded = row_cache_get (item, self, self->search_generation, make_folded_text, self);
  return cchc_text_contains (folded, self->query);
}

static void
set_query (CchcListController *self,
           const char         *text)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (text != NULL ? text : ""));
  g_autofree char *query = *trimmed != '\0' ? cchc_text_fold (trimmed) : NULL;
  GtkFilterChange change = GTK_FILTER_CHANGE_DIFFERENT;

  if (g_strcmp0 (query, self->query) == 0)
    return;

  if (self->query == NULL)
    change = GTK_FILTER_CHANGE_MORE_STRICT;
  else if (query == NULL)
    change = GTK_FILTER_CHANGE_LESS_STRICT;
  else if (strstr (query, self->query) != NULL)
    change = GTK_FILTER_CHANGE_MORE_STRICT;
  else if (strstr (self->query, query) != NULL)
    change = GTK_FILTER_CHANGE_LESS_STRICT;

  g_free (self->query);
  self->query = g_steal_pointer (&query);
  gtk_filter_changed (GTK_FILTER (self->filter), change);
  cchc_list_controller_update_actions (self);
}

/* Callbacks ------------------------------------------------------------ */

static void
on_model_items_changed_cb (CchcListController *self,
                           guint               position,
                           guint               removed,
                           guint               added,
                           GListModel         *model)
{
  /* Runs before the filter model hears of the change (it was connected
   * first), so that the number column sorts on fresh positions. */
  g_clear_pointer (&self->positions, g_hash_table_unref);
  self->order_dirty = TRUE;
  self->rows_changing = TRUE;
  refresh_columns (self, FALSE);
}

/* After the filter model, and so the shown rows, heard of the change.
 * A row the search hides changes no row shown, but the count of all. */
static void
on_model_items_changed_after_cb (CchcListController *self)
{
  self->rows_changing = FALSE;
  update_count (self);
  update_placeholder (self);
}

/* The keyboard goes to the row selected, once shown: the one Enter and
 * Delete act on next. */
static void
focus_selected (CchcListController *self)
{
  if (self->columns->len > 0)
    cchc_column_view_focus_selected (self->view, self->selection,
                                     ((Column *) g_ptr_array_index (self->columns, 0))->bound);
}

static void
on_shown_items_changed_cb (CchcListController *self,
                           guint               position,
                           guint               removed,
                           guint               added,
                           GListModel         *shown)
{
  self->order_dirty = TRUE;
  update_count (self);
  update_placeholder (self);

  /* The store's rows changed (not the search): one row more, added or
   * brought back by an undo, is what the user acts on next; one row less,
   * the row selected in its place. */
  if (self->rows_changing && removed == 0 && added == 1)
    gtk_single_selection_set_selected (self->selection, position);
  if (self->rows_changing && removed + added == 1)
    focus_selected (self);

  cchc_list_controller_update_actions (self);
}

static void
on_sorter_changed_cb (CchcListController *self)
{
  self->order_dirty = TRUE;
  cchc_list_controller_update_actions (self);
}

/* Return or a double click on a row edits that row, which need not be the
 * selected one (Ctrl+arrows move the focus alone). */
static void
on_view_activate_cb (CchcListController *self,
                     guint               position)
{
  gtk_single_selection_set_selected (self->selection, position);
  gtk_widget_activate_action (self->page, "page.edit", NULL);
}

static void
on_search_changed_cb (CchcListController *self,
                      GtkSearchEntry     *entry)
{
  set_query (self, gtk_editable_get_text (GTK_EDITABLE (entry)));
}

static void
on_search_mode_cb (CchcListController *self)
{
  if (gtk_search_bar_get_search_mode (self->search_bar))
    return;

  /* A closed search shows everything again. */
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  set_query (self, NULL);
  gtk_widget_grab_focus (GTK_WIDGET (self->view));
}

/* GObject -------------------------------------------------------------- */

static void
cchc_list_controller_dispose (GObject *object)
{
  CchcListController *self = CCHC_LIST_CONTROLLER (object);

  for (guint i = 0; self->columns != NULL && i < self->columns->len; i++)
    ((Column *) g_ptr_array_index (self->columns, i))->self = NULL;

  /* The page's widgets are gone or going: nothing must update them. */
  self->count_label = NULL;
  self->placeholder = NULL;
  self->search_bar = NULL;
  self->search_entry = NULL;
  if (self->selection != NULL)
    g_signal_handlers_disconnect_by_data (self->selection, self);
  if (self->sort_model != NULL)
    g_signal_handlers_disconnect_by_data (self->sort_model, self);
  if (self->model != NULL)
    g_signal_handlers_disconnect_by_data (self->model, self);
  if (self->filter_model != NULL)
    gtk_filter_list_model_set_model (self->filter_model, NULL);
  if (self->filter != NULL)
    gtk_custom_filter_set_filter_func (self->filter, NULL, NULL, NULL);

  g_clear_object (&self->model);
  g_clear_object (&self->selection);
  g_clear_object (&self->history);
  g_clear_pointer (&self->columns, g_ptr_array_unref);
  g_clear_pointer (&self->positions, g_hash_table_unref);

  G_OBJECT_CLASS (cchc_list_controller_parent_class)->dispose (object);
}

static void
cchc_list_controller_finalize (GObject *object)
{
  CchcListController *self = CCHC_LIST_CONTROLLER (object);

  g_free (self->query);
  g_free (self->delete_error);

  G_OBJECT_CLASS (cchc_list_controller_parent_class)->finalize (object);
}

static void
cchc_list_controller_class_init (CchcListControllerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = cchc_list_controller_dispose;
  object_class->finalize = cchc_list_controller_finalize;
}

static void
cchc_list_controller_init (CchcListController *self)
{
  self->columns = g_ptr_array_new_with_free_func (column_release);
  self->search_generation = new_generation ();
  self->order_dirty = TRUE;
}

static void
build_models (CchcListController *self)
{
  GtkSorter *sorter = gtk_column_view_get_sorter (self->view);

  self->filter = gtk_custom_filter_new (filter_row, self, NULL);
  self->filter_model = gtk_filter_list_model_new (NULL, GTK_FILTER (self->filter));
  self->sort_model = gtk_sort_list_model_new (G_LIST_MODEL (self->filter_model),
                                              sorter != NULL ? g_object_ref (sorter) : NULL);
  self->selection = gtk_single_selection_new (G_LIST_MODEL (self->sort_model));
  gtk_single_selection_set_autoselect (self->selection, TRUE);

  g_signal_connect_object (self->sort_model, "items-changed",
                           G_CALLBACK (on_shown_items_changed_cb), self, G_CONNECT_SWAPPED);
  if (sorter != NULL)
    g_signal_connect_object (sorter, "changed",
                             G_CALLBACK (on_sorter_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->selection, "notify::selected-item",
                           G_CALLBACK (cchc_list_controller_update_actions), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->view, "activate",
                           G_CALLBACK (on_view_activate_cb), self, G_CONNECT_SWAPPED);

  gtk_column_view_set_model (self->view, GTK_SELECTION_MODEL (self->selection));
}

/* Public API ----------------------------------------------------------- */

/**
 * cchc_list_controller_new:
 * @page: the page whose "page.*" actions the controller enables
 * @history: where the edits go
 * @view: the page's column view
 *
 * Sets up @view over a filter, a sort and a selection model. The page
 * owns the result; cchc_list_controller_get_for_page() finds it.
 *
 * Returns: (transfer full): the controller
 */
CchcListController *
cchc_list_controller_new (GtkWidget     *page,
                          CchcHistory   *history,
                          GtkColumnView *view)
{
  CchcListController *self;

  g_return_val_if_fail (GTK_IS_WIDGET (page), NULL);
  g_return_val_if_fail (CCHC_IS_HISTORY (history), NULL);
  g_return_val_if_fail (GTK_IS_COLUMN_VIEW (view), NULL);

  self = g_object_new (CCHC_TYPE_LIST_CONTROLLER, NULL);
  self->page = page;
  self->view = view;
  self->history = g_object_ref (history);
  build_models (self);
  cchc_widget_tab_out (GTK_WIDGET (view));
  g_object_set_data (G_OBJECT (page), CONTROLLER_KEY, self);
  cchc_list_controller_update_actions (self);

  return self;
}

/**
 * cchc_list_controller_get_for_page:
 *
 * Returns: (transfer none) (nullable): the controller made for @page
 */
CchcListController *
cchc_list_controller_get_for_page (GtkWidget *page)
{
  return g_object_get_data (G_OBJECT (page), CONTROLLER_KEY);
}

/* Down in the search: to the row selected, or the first one found. */
static gboolean
search_down_cb (GtkWidget *entry,
                GVariant  *args,
                gpointer   data)
{
  CchcListController *self = data;

  if (g_list_model_get_n_items (G_LIST_MODEL (self->selection)) == 0)
    return FALSE;

  if (gtk_single_selection_get_selected (self->selection) == GTK_INVALID_LIST_POSITION)
    gtk_single_selection_set_selected (self->selection, 0);
  cchc_list_controller_focus (self);
  return TRUE;
}

/**
 * cchc_list_controller_set_search:
 * @func: the text a row is searched in (several columns together)
 *
 * Lets @search_entry filter the rows: a row is shown when its text
 * contains the query, ignoring case and Vietnamese marks.
 */
void
cchc_list_controller_set_search (CchcListController *self,
                                 GtkSearchBar       *search_bar,
                                 GtkSearchEntry     *search_entry,
                                 CchcRowTextFunc     func,
                                 gpointer            user_data)
{
  g_return_if_fail (CCHC_IS_LIST_CONTROLLER (self));

  self->search_bar = search_bar;
  self->search_entry = search_entry;
  self->search_func = func;
  self->search_data = user_data;

  gtk_search_bar_connect_entry (search_bar, GTK_EDITABLE (search_entry));
  gtk_search_bar_set_key_capture_widget (search_bar, self->page);
  g_signal_connect_object (search_entry, "search-changed",
                           G_CALLBACK (on_search_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (search_bar, "notify::search-mode-enabled",
                           G_CALLBACK (on_search_mode_cb), self, G_CONNECT_SWAPPED);
  cchc_search_entry_set_down (search_entry, search_down_cb, self);
  cchc_list_controller_update_actions (self);
}

/**
 * cchc_list_controller_set_count_label:
 *
 * Keeps @label saying how many rows there are (@func words it).
 */
void
cchc_list_controller_set_count_label (CchcListController *self,
                                      GtkLabel           *label,
                                      CchcCountFunc       func)
{
  g_return_if_fail (CCHC_IS_LIST_CONTROLLER (self));

  self->count_label = label;
  self->count_func = func;
  update_count (self);
}

/**
 * cchc_list_controller_set_placeholder:
 * @placeholder: shown over the list while it shows no row
 * @texts: (transfer none): what it says, kept (static, untranslated)
 */
void
cchc_list_controller_set_placeholder (CchcListController         *self,
                                      CchcPlaceholder            *placeholder,
                                      const CchcPlaceholderTexts *texts)
{
  g_return_if_fail (CCHC_IS_LIST_CONTROLLER (self));
  g_return_if_fail (texts != NULL);

  self->placeholder = placeholder;
  self->placeholder_texts = texts;
  update_placeholder (self);
}

/**
 * cchc_list_controller_set_delete_error:
 * @primary: the first line of the dialog when a delete fails
 */
void
cchc_list_controller_set_delete_error (CchcListController *self,
                                       const char         *primary)
{
  g_return_if_fail (CCHC_IS_LIST_CONTROLLER (self));

  g_free (self->delete_error);
  self->delete_error = g_strdup (primary);
}

/**
 * cchc_list_controller_add_column:
 * @title: the translated title
 * @func: (nullable): the text of a row; unused for %CCHC_COLUMN_NUMBER
 * @width_chars: the narrowest the column gets, in characters; it takes up
 *   to twice that before wrapping
 *
 * Appends a column of labels that wrap (never ellipsize) and follow
 * changes of the rows.
 *
 * Returns: (transfer none): the column
 */
GtkColumnViewColumn *
cchc_list_controller_add_column (CchcListController *self,
                                 const char         *title,
                                 CchcRowTextFunc     func,
                                 gpointer            user_data,
                                 int                 width_chars,
                                 CchcColumnFlags     flags)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkColumnViewColumn) view_column = NULL;
  g_autoptr(GtkSorter) sorter = NULL;
  Column *column;

  g_return_val_if_fail (CCHC_IS_LIST_CONTROLLER (self), NULL);

  column = g_rc_box_new0 (Column);
  column->self = self;
  column->func = func;
  column->user_data = user_data;
  column->flags = flags;
  column->width_chars = width_chars;
  column->generation = new_generation ();
  column->bound = g_hash_table_new (NULL, NULL);
  g_ptr_array_add (self->columns, column);

  g_object_set_data_full (G_OBJECT (factory), "cchc-column", g_rc_box_acquire (column),
                          column_release);
  g_signal_connect (factory, "setup", G_CALLBACK (on_column_setup_cb), column);
  g_signal_connect (factory, "bind", G_CALLBACK (on_column_bind_cb), column);
  g_signal_connect (factory, "unbind", G_CALLBACK (on_column_unbind_cb), column);

  view_column = gtk_column_view_column_new (title, g_object_ref (factory));
  gtk_column_view_column_set_expand (view_column, (flags & CCHC_COLUMN_EXPAND) != 0);
  gtk_column_view_column_set_resizable (view_column, TRUE);

  if (flags & CCHC_COLUMN_NUMBER)
    sorter = GTK_SORTER (gtk_custom_sorter_new (compare_by_position, column, NULL));
  else if (flags & CCHC_COLUMN_SORTABLE)
    sorter = GTK_SORTER (gtk_custom_sorter_new (compare_by_text, column, NULL));
  gtk_column_view_column_set_sorter (view_column, sorter);

  gtk_column_view_append_column (self->view, view_column);

  return view_column;
}

/**
 * cchc_list_controller_set_model:
 * @model: (nullable): the store's model of the rows
 */
void
cchc_list_controller_set_model (CchcListController *self,
                                GListModel         *model)
{
  g_return_if_fail (CCHC_IS_LIST_CONTROLLER (self));
  g_return_if_fail (model == NULL || G_IS_LIST_MODEL (model));

  if (self->model == model)
    return;

  if (self->model != NULL)
    g_signal_handlers_disconnect_by_data (self->model, self);
  gtk_filter_list_model_set_model (self->filter_model, NULL);

  g_set_object (&self->model, model);
  g_clear_pointer (&self->positions, g_hash_table_unref);
  self->order_dirty = TRUE;

  /* Connected before the filter model connects itself: see
   * on_model_items_changed_cb(). */
  if (model != NULL)
    {
      g_signal_connect_object (model, "items-changed",
                               G_CALLBACK (on_model_items_changed_cb), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (model, "items-changed",
                               G_CALLBACK (on_model_items_changed_after_cb), self,
                               G_CONNECT_SWAPPED | G_CONNECT_AFTER);
    }
  gtk_filter_list_model_set_model (self->filter_model, model);

  /* An empty model shown after another empty one changes no rows: the
   * placeholder hears of it here. */
  update_count (self);
  update_placeholder (self);
  cchc_list_controller_update_actions (self);
}

/**
 * cchc_list_controller_get_model:
 *
 * Returns: (transfer none) (nullable): the store's model
 */
GListModel *
cchc_list_controller_get_model (CchcListController *self)
{
  g_return_val_if_fail (CCHC_IS_LIST_CONTROLLER (self), NULL);

  return self->model;
}

/**
 * cchc_list_controller_get_shown:
 *
 * Returns: (transfer none): the rows as shown: searched and sorted
 */
GListModel *
cchc_list_controller_get_shown (CchcListController *self)
{
  g_return_val_if_fail (CCHC_IS_LIST_CONTROLLER (self), NULL);

  return G_LIST_MODEL (self->sort_model);
}

/**
 * cchc_list_controller_get_selected:
 *
 * Returns: (transfer none) (nullable): the selected row
 */
gpointer
cchc_list_controller_get_selected (CchcListController *self)
{
  g_return_val_if_fail (CCHC_IS_LIST_CONTROLLER (self), NULL);

  return gtk_single_selection_get_selected_item (self->selection);
}

/**
 * cchc_list_controller_get_insert_position:
 *
 * Returns: where a new row goes: after the selected one, or at the end
 *   (%G_MAXUINT)
 */
guint
cchc_list_controller_get_insert_position (CchcListController *self)
{
  gpointer selected = cchc_list_controller_get_selected (self);
  guint position;

  if (selected == NULL)
    return G_MAXUINT;

  position = position_of (self, selected);
  return position != G_MAXUINT ? position + 1 : G_MAXUINT;
}

/**
 * cchc_list_controller_select:
 * @item: a row
 *
 * Selects @item and scrolls to it.
 *
 * Returns: whether @item is shown (and so selected)
 */
gboolean
cchc_list_controller_select (CchcListController *self,
                             gpointer            item)
{
  GListModel *shown;
  guint n_items;

  g_return_val_if_fail (CCHC_IS_LIST_CONTROLLER (self), FALSE);

  shown = G_LIST_MODEL (self->sort_model);
  n_items = g_list_model_get_n_items (shown);
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(GObject) row = g_list_model_get_item (shown, i);

      if (row == item)
        {
          gtk_single_selection_set_selected (self->selection, i);
          scroll_to (self, i);
          focus_selected (self);
          return TRUE;
        }
    }

  return FALSE;
}

/**
 * cchc_list_controller_show_saved:
 * @item: a row just saved
 *
 * Selects @item; when the search hides it (a row added, or edited into
 * another text), the search closes first, so that it stays in sight.
 */
void
cchc_list_controller_show_saved (CchcListController *self,
                                 gpointer            item)
{
  g_return_if_fail (CCHC_IS_LIST_CONTROLLER (self));

  if (!cchc_list_controller_select (self, item) && cchc_list_controller_hide_search (self))
    cchc_list_controller_select (self, item);
}

/**
 * cchc_list_controller_can_reorder:
 *
 * Returns: whether moving rows makes sense: the list shows every row in
 *   the plan's order
 */
gboolean
cchc_list_controller_can_reorder (CchcListController *self)
{
  g_return_val_if_fail (CCHC_IS_LIST_CONTROLLER (self), FALSE);

  return self->model != NULL && self->query == NULL && is_natural_order (self);
}

/**
 * cchc_list_controller_move_selected:
 * @delta: -1 for up, 1 for down
 *
 * Moves the selected row through the history; a failure is shown.
 */
void
cchc_list_controller_move_selected (CchcListController *self,
                                    int                 delta)
{
  g_autoptr(GError) error = NULL;
  gpointer item = cchc_list_controller_get_selected (self);
  guint position;

  if (item == NULL || !cchc_list_controller_can_reorder (self))
    return;

  position = position_of (self, item);
  if ((delta < 0 && position == 0) ||
      (delta > 0 && position + 1 >= g_list_model_get_n_items (self->model)))
    return;

  g_object_ref (item);
  if (!cchc_history_move (self->history, item, position + delta, &error))
    cchc_show_error (self->page, _("Could not move the item"), error);
  cchc_list_controller_select (self, item);
  g_object_unref (item);
}

/**
 * cchc_list_controller_delete_selected:
 *
 * Deletes the selected row through the history (undoable, so without
 * asking); a refusal is shown with the delete error text.
 */
void
cchc_list_controller_delete_selected (CchcListController *self)
{
  g_autoptr(GError) error = NULL;
  gpointer item = cchc_list_controller_get_selected (self);

  if (item == NULL)
    return;

  if (!cchc_history_delete (self->history, item, &error))
    cchc_show_error (self->page,
                     self->delete_error != NULL ? self->delete_error
                                                : _("Could not delete the item"),
                     error);
}

/**
 * cchc_list_controller_show_search:
 *
 * Opens the search bar and focuses its entry.
 */
void
cchc_list_controller_show_search (CchcListController *self)
{
  g_return_if_fail (CCHC_IS_LIST_CONTROLLER (self));

  if (self->search_bar == NULL)
    return;

  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

/**
 * cchc_list_controller_focus:
 *
 * Gives the keyboard to the list, at its row selected once shown.
 */
void
cchc_list_controller_focus (CchcListController *self)
{
  g_return_if_fail (CCHC_IS_LIST_CONTROLLER (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->view));
  focus_selected (self);
}

/**
 * cchc_list_controller_hide_search:
 *
 * Closes the search bar, showing every row again.
 *
 * Returns: whether it was open
 */
gboolean
cchc_list_controller_hide_search (CchcListController *self)
{
  g_return_val_if_fail (CCHC_IS_LIST_CONTROLLER (self), FALSE);

  if (self->search_bar == NULL || !gtk_search_bar_get_search_mode (self->search_bar))
    return FALSE;

  gtk_search_bar_set_search_mode (self->search_bar, FALSE);
  return TRUE;
}

/**
 * cchc_list_controller_refresh:
 *
 * Recomputes the texts shown, searched and sorted on, for changes the rows
 * do not announce themselves (a unit renamed under an activity, the
 * places a unit is used in).
 */
void
cchc_list_controller_refresh (CchcListController *self)
{
  GListModel *columns;

  g_return_if_fail (CCHC_IS_LIST_CONTROLLER (self));

  refresh_columns (self, TRUE);
  self->search_generation = new_generation ();
  if (self->query != NULL)
    gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  columns = gtk_column_view_get_columns (self->view);
  for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
    {
      g_autoptr(GtkColumnViewColumn) view_column = g_list_model_get_item (columns, i);
      GtkSorter *sorter = gtk_column_view_column_get_sorter (view_column);

      if (sorter != NULL)
        gtk_sorter_changed (sorter, GTK_SORTER_CHANGE_DIFFERENT);
    }
}

/**
 * cchc_list_controller_refresh_cells:
 *
 * Recomputes the texts of the rows on screen only: cheap, for a column
 * whose text comes from elsewhere and is neither searched nor sorted on.
 */
void
cchc_list_controller_refresh_cells (CchcListController *self)
{
  g_return_if_fail (CCHC_IS_LIST_CONTROLLER (self));

  refresh_columns (self, FALSE);
}

/**
 * cchc_list_controller_update_actions:
 *
 * Enables the page's actions for the selection and the order shown.
 */
void
cchc_list_controller_update_actions (CchcListController *self)
{
  gpointer item = cchc_list_controller_get_selected (self);
  gboolean reorder = item != NULL && cchc_list_controller_can_reorder (self);
  guint position = item != NULL ? position_of (self, item) : 0;
  guint n_items = self->model != NULL ? g_list_model_get_n_items (self->model) : 0;

  gtk_widget_action_set_enabled (self->page, "page.add", self->model != NULL);
  gtk_widget_action_set_enabled (self->page, "page.edit", item != NULL);
  gtk_widget_action_set_enabled (self->page, "page.delete", item != NULL);
  gtk_widget_action_set_enabled (self->page, "page.move-up", reorder && position > 0);
  gtk_widget_action_set_enabled (self->page, "page.move-down",
                                 reorder && position + 1 < n_items);
  gtk_widget_action_set_enabled (self->page, "page.search",
                                 self->search_bar != NULL && self->model != NULL);
}

/**
 * cchc_format_integer:
 * @number: a count
 *
 * Returns: (transfer full): @number with its digits grouped the
 *   Vietnamese way, "20.000"
 */
char *
cchc_format_integer (guint number)
{
  g_autofree char *digits = g_strdup_printf ("%u", number);
  GString *text = g_string_new (NULL);
  gsize length = strlen (digits);

  for (gsize i = 0; i < length; i++)
    {
      if (i > 0 && (length - i) % 3 == 0)
        g_string_append_c (text, '.');
      g_string_append_c (text, digits[i]);
    }

  return g_string_free (text, FALSE);
}
