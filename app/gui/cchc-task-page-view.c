/* cchc-task-page-view.c: how the task page shows its rows
 *
 * The cells of the table and the width of its STT column, the choices of
 * the filters, the toolbar over the table (one row when there is room,
 * else the filters above the buttons), the placeholders shown in place
 * of an empty table, and the tooltips that name the row selected.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cchc-task-page"

#include "config.h"

#include <glib/gi18n.h>

#include "cchc-gui-utils.h"
#include "cchc-row-recycler.h"
#include "cchc-task-cell.h"
#include "cchc-task-page-private.h"

/* Around the toolbar, between its halves, and between its rows. */
#define TOOLBAR_MARGIN  6
#define TOOLBAR_SPACING 12
#define ROW_SPACING     6
#define TABLE_MIN_HEIGHT 160

/* The shortest STT column, in characters: "1.1" */
#define MIN_NUMBER_CHARS 3

/* The column of a cell's list item. */
static GQuark column_quark;
/* The list items a column's factory has bound, a set: from their first
 * bind to their teardown. */
static GQuark bound_quark;
/* The row a list item's cell follows (a Follow), on the list item. */
static GQuark follow_quark;
/* The width of the STT column's cells, in characters: on its factory the
 * width wanted, on a list item the width of its cell. */
static GQuark chars_quark;

/* Cells -------------------------------------------------------------- */

/**
 * _cchc_task_page_format_area:
 *
 * Returns: (transfer full): the heading of @area's rows, "1. Cải cách thể chế"
 */
char *
_cchc_task_page_format_area (CchcArea *area)
{
  /* Document text, as printed in the plan: not translated. */
  return g_strdup_printf ("%s. %s", cchc_area_get_number (area), cchc_area_get_title (area));
}

/* Long texts wrap, never ellipsize: the cell grows taller instead. A
 * number never wraps: its cells are as wide as the longest number. */
static void
set_new_cell (GtkListItem    *list_item,
              CchcTaskColumn  column,
              guint           number_chars)
{
  GtkWidget *cell;

  if (column == CCHC_TASK_COLUMN_NUMBER)
    cell = cchc_task_cell_new (number_chars, number_chars);
  else
    cell = cchc_task_cell_new (8, column == CCHC_TASK_COLUMN_TEXT ? 80 : 30);
  gtk_widget_set_margin_top (cell, 3);
  gtk_widget_set_margin_bottom (cell, 3);
  g_object_set_qdata (G_OBJECT (list_item), chars_quark, GUINT_TO_POINTER (number_chars));
  gtk_list_item_set_child (list_item, cell);
}

/* The row whose changes a list item's cell follows, and the row's serial
 * the cell shows. A list item follows its row from bind to bind: GTK 4.8
 * unbinds and binds again every row whose place changes, and the cells
 * of a row that stays with its list item need nothing then. */
typedef struct
{
  CchcRow *row;
  gulong   handler;
  guint    serial;
} Follow;

static void
follow_free (gpointer data)
{
  Follow *follow = data;

  g_signal_handler_disconnect (follow->row, follow->handler);
  g_object_unref (follow->row);
  g_free (follow);
}

static void
update_cell (GtkListItem *list_item)
{
  CchcTaskColumn column = GPOINTER_TO_INT (g_object_get_qdata (G_OBJECT (list_item),
                                                              column_quark));
  CchcTaskCell *cell = CCHC_TASK_CELL (gtk_list_item_get_child (list_item));
  CchcRow *row = gtk_list_item_get_item (list_item);
  Follow *follow = g_object_get_qdata (G_OBJECT (list_item), follow_quark);
  g_autofree char *text = NULL;
  GObject *item;
  gboolean is_area;

  /* Between an unbind and the next bind. */
  if (row == NULL)
    return;

  item = cchc_row_get_item (row);
  is_area = CCHC_IS_AREA (item);
  if (follow != NULL && follow->row == row)
    follow->serial = cchc_row_get_serial (row);

  if (is_area && column == CCHC_TASK_COLUMN_TEXT)
    text = _cchc_task_page_format_area (CCHC_AREA (item));
  else if (CCHC_IS_TASK (item))
    text = cchc_task_rows_dup_text (CCHC_TASK (item), column);

  cchc_task_cell_set_text (cell, text);
  cchc_task_cell_set_bold (cell, is_area);
  if (is_area)
    gtk_widget_add_css_class (GTK_WIDGET (cell), "area-title");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (cell), "area-title");
}

static guint
get_number_chars (GtkListItemFactory *factory)
{
  return GPOINTER_TO_UINT (g_object_get_qdata (G_OBJECT (factory), chars_quark));
}

static void
on_cell_setup_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *list_item,
                  gpointer                  data)
{
  g_object_set_qdata (G_OBJECT (list_item), column_quark, data);
  set_new_cell (list_item, GPOINTER_TO_INT (data),
                get_number_chars (GTK_LIST_ITEM_FACTORY (factory)));
}

/* A list item kept aside while the STT column changed its width gets a
 * cell of the new width. Returns whether it did. */
static gboolean
ensure_number_width (GtkListItemFactory *factory,
                     GtkListItem        *list_item,
                     CchcTaskColumn      column)
{
  guint chars = get_number_chars (factory);

  if (column != CCHC_TASK_COLUMN_NUMBER ||
      GPOINTER_TO_UINT (g_object_get_qdata (G_OBJECT (list_item), chars_quark)) == chars)
    return FALSE;

  set_new_cell (list_item, column, chars);
  return TRUE;
}

/* The row tells when it shows another item (see CchcRowRecycler) or its
 * item changes. */
static Follow *
follow_row (GtkListItem *list_item,
            CchcRow     *row)
{
  Follow *follow = g_object_get_qdata (G_OBJECT (list_item), follow_quark);

  if (follow != NULL && follow->row == row)
    return follow;

  follow = g_new (Follow, 1);
  follow->row = g_object_ref (row);
  follow->handler = g_signal_connect_swapped (row, "changed", G_CALLBACK (update_cell), list_item);
  follow->serial = cchc_row_get_serial (row) - 1;
  g_object_set_qdata_full (G_OBJECT (list_item), follow_quark, follow, follow_free);

  return follow;
}

static void
on_cell_bind_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *list_item,
                 gpointer                  data)
{
  CchcRow *row = gtk_list_item_get_item (list_item);
  Follow *follow;

  cchc_row_bind (row);
  follow = follow_row (list_item, row);
  if (ensure_number_width (GTK_LIST_ITEM_FACTORY (factory), list_item, GPOINTER_TO_INT (data)) ||
      follow->serial != cchc_row_get_serial (row))
    update_cell (list_item);
  g_hash_table_add (g_object_get_qdata (G_OBJECT (factory), bound_quark), list_item);
}

/* The list item keeps following the row: it is bound again at once, to
 * the same row most often, or torn down. */
static void
on_cell_unbind_cb (GtkSignalListItemFactory *factory,
                   GtkListItem              *list_item,
                   gpointer                  data)
{
  cchc_row_unbind (gtk_list_item_get_item (list_item));
}

static void
on_cell_teardown_cb (GtkSignalListItemFactory *factory,
                     GtkListItem              *list_item,
                     gpointer                  data)
{
  g_object_set_qdata (G_OBJECT (list_item), follow_quark, NULL);
  g_hash_table_remove (g_object_get_qdata (G_OBJECT (factory), bound_quark), list_item);
}

/**
 * _cchc_task_page_setup_column:
 * @sorter: (transfer full): the column's sorter
 *
 * Gives @view_column the cells of @column.
 */
void
_cchc_task_page_setup_column (GtkColumnViewColumn *view_column,
                              CchcTaskColumn       column,
                              GtkSorter           *sorter)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (on_cell_setup_cb), GINT_TO_POINTER (column));
  g_signal_connect (factory, "bind", G_CALLBACK (on_cell_bind_cb), GINT_TO_POINTER (column));
  g_signal_connect (factory, "unbind", G_CALLBACK (on_cell_unbind_cb), GINT_TO_POINTER (column));
  g_signal_connect (factory, "teardown", G_CALLBACK (on_cell_teardown_cb), NULL);
  /* The list items bound now, not referenced: unbind comes before they go. */
  g_object_set_qdata_full (G_OBJECT (factory), bound_quark, g_hash_table_new (NULL, NULL),
                           (GDestroyNotify) g_hash_table_unref);
  g_object_set_qdata (G_OBJECT (factory), chars_quark, GUINT_TO_POINTER (MIN_NUMBER_CHARS));
  gtk_column_view_column_set_factory (view_column, factory);
  gtk_column_view_column_set_sorter (view_column, sorter);
  g_object_unref (sorter);
}

static GHashTable *
get_bound (GtkColumnViewColumn *view_column)
{
  GtkListItemFactory *factory = gtk_column_view_column_get_factory (view_column);

  return g_object_get_qdata (G_OBJECT (factory), bound_quark);
}

/**
 * _cchc_task_page_update_cells:
 *
 * Shows again what the cells of @view_column show (unit names, which
 * change without the rows that name them notifying).
 */
void
_cchc_task_page_update_cells (GtkColumnViewColumn *view_column)
{
  GHashTableIter iter;
  gpointer list_item;

  g_hash_table_iter_init (&iter, get_bound (view_column));
  while (g_hash_table_iter_next (&iter, &list_item, NULL))
    update_cell (list_item);
}

static guint
count_digits (guint number)
{
  guint digits = 1;

  while (number >= 10)
    {
      number /= 10;
      digits++;
    }

  return digits;
}

/* The characters of the longest number: "area.task". */
static guint
get_longest_number (CchcTaskPage *self)
{
  GListModel *areas = cchc_task_rows_get_areas (self->rows);
  CchcStore *store = _cchc_task_page_get_store (self);
  guint n_areas = areas != NULL ? g_list_model_get_n_items (areas) : 0;
  guint most_tasks = 0;

  for (guint i = 0; i < n_areas; i++)
    {
      g_autoptr(CchcArea) area = g_list_model_get_item (areas, i);

      GListModel *tasks = cchc_store_get_tasks (store, area);

      most_tasks = MAX (most_tasks, g_list_model_get_n_items (tasks));
    }

  return MAX (MIN_NUMBER_CHARS, count_digits (n_areas) + 1 + count_digits (most_tasks));
}

/**
 * _cchc_task_page_update_number_width:
 *
 * Widens (or narrows) the STT column to the longest number of the plan,
 * so that no number wraps ("1.10000" in a plan of ten thousand tasks).
 * The cells shown are made again at the new width.
 */
void
_cchc_task_page_update_number_width (CchcTaskPage *self)
{
  GtkListItemFactory *factory = gtk_column_view_column_get_factory (self->number_column);
  guint chars = get_longest_number (self);
  GHashTableIter iter;
  gpointer list_item;

  if (chars == get_number_chars (factory))
    return;

  g_object_set_qdata (G_OBJECT (factory), chars_quark, GUINT_TO_POINTER (chars));
  g_hash_table_iter_init (&iter, get_bound (self->number_column));
  while (g_hash_table_iter_next (&iter, &list_item, NULL))
    {
      set_new_cell (list_item, CCHC_TASK_COLUMN_NUMBER, chars);
      update_cell (list_item);
    }
}

/* Filter choices ----------------------------------------------------- */

static char *
dup_choice_label (GObject *item)
{
  if (GTK_IS_STRING_OBJECT (item))
    return g_strdup (gtk_string_object_get_string (GTK_STRING_OBJECT (item)));
  if (CCHC_IS_AREA (item))
    return _cchc_task_page_format_area (CCHC_AREA (item));
  if (CCHC_IS_UNIT (item))
    return g_strdup (cchc_unit_get_name (CCHC_UNIT (item)));

  return g_strdup ("");
}

static char *
choice_label_of_item (gpointer  this,
                      GObject  *item)
{
  return item != NULL ? dup_choice_label (item) : g_strdup ("");
}

/* @dropdown is given to the rows of the list, not to the button's. */
static void
on_choice_setup_cb (GtkSignalListItemFactory *factory,
                    GtkListItem              *list_item,
                    GtkDropDown              *dropdown)
{
  gboolean in_list = dropdown != NULL;
  GtkExpression *item;
  GtkExpression *expression;
  GtkWidget *label;

  /* The button shows the start of a long name (a dozen characters at
   * least: the toolbar wraps before it cuts more); the list shows it
   * whole, wrapped to equal minimum and natural widths (see the window). */
  label = g_object_new (GTK_TYPE_LABEL,
                        "xalign", 0.0f,
                        "ellipsize", in_list ? PANGO_ELLIPSIZE_NONE : PANGO_ELLIPSIZE_END,
                        "wrap", in_list,
                        "wrap-mode", PANGO_WRAP_WORD_CHAR,
                        "width-chars", in_list ? 40 : 12,
                        "max-width-chars", in_list ? 40 : 22,
                        NULL);
  item = gtk_property_expression_new (GTK_TYPE_LIST_ITEM, NULL, "item");
  expression = gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 1, &item,
                                            G_CALLBACK (choice_label_of_item), NULL, NULL);
  gtk_expression_bind (expression, label, "label", list_item);
  gtk_list_item_set_child (list_item, in_list ? cchc_drop_down_row_new (dropdown, list_item, label)
                                              : label);
}

/**
 * _cchc_task_page_setup_choices:
 * @first: a choice such as "All areas"
 * @rest: the other choices
 *
 * Gives @dropdown the choices @first, then the items of @rest.
 *
 * Returns: (transfer full): the list store whose second model is @rest
 */
GListStore *
_cchc_task_page_setup_choices (GtkDropDown *dropdown,
                               const char  *first,
                               GListModel  *rest)
{
  const char *strings[] = { first, NULL };
  g_autoptr(GtkListItemFactory) button_factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkListItemFactory) list_factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkStringList) head = gtk_string_list_new (strings);
  g_autoptr(GtkExpression) label = gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 0, NULL,
                                                                G_CALLBACK (dup_choice_label),
                                                                NULL, NULL);
  GListStore *parts = g_list_store_new (G_TYPE_LIST_MODEL);
  GtkFlattenListModel *choices;

  g_list_store_append (parts, head);
  g_list_store_append (parts, rest);
  choices = gtk_flatten_list_model_new (G_LIST_MODEL (g_object_ref (parts)));

  g_signal_connect (button_factory, "setup", G_CALLBACK (on_choice_setup_cb), NULL);
  g_signal_connect (list_factory, "setup", G_CALLBACK (on_choice_setup_cb), dropdown);
  gtk_drop_down_set_factory (dropdown, button_factory);
  gtk_drop_down_set_list_factory (dropdown, list_factory);
  /* What a search of the list (cchc_drop_down_setup_search()) reads. */
  gtk_drop_down_set_expression (dropdown, label);
  gtk_drop_down_set_model (dropdown, G_LIST_MODEL (choices));
  g_object_unref (choices);

  return parts;
}

/* The toolbar --------------------------------------------------------- */

/**
 * _cchc_task_page_set_status_width:
 * @widest: the widest text the count can show for the plan, "24/24 nhiệm vụ"
 *
 * Keeps room on the toolbar for @widest: the toolbar's halves then keep
 * their widths as a search changes the count ("3/24 nhiệm vụ", "24 nhiệm
 * vụ").
 */
void
_cchc_task_page_set_status_width (CchcTaskPage *self,
                                  const char   *widest)
{
  g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (GTK_WIDGET (self->status_label),
                                                                  widest);
  int width;

  pango_layout_get_pixel_size (layout, &width, NULL);
  width += gtk_widget_get_margin_start (GTK_WIDGET (self->status_label)) +
           gtk_widget_get_margin_end (GTK_WIDGET (self->status_label));
  if (width != self->status_width)
    {
      self->status_width = width;
      gtk_widget_queue_resize (GTK_WIDGET (self));
    }
}

/* The natural width of the toolbar's actions, with the room kept for the
 * count in place of its text's. */
static void
measure_actions (CchcTaskPage *self,
                 int          *minimum,
                 int          *natural)
{
  int status_natural;

  gtk_widget_measure (self->action_box, GTK_ORIENTATION_HORIZONTAL, -1,
                      minimum, natural, NULL, NULL);
  gtk_widget_measure (GTK_WIDGET (self->status_label), GTK_ORIENTATION_HORIZONTAL, -1,
                      NULL, &status_natural, NULL, NULL);
  *natural += MAX (self->status_width, status_natural) - status_natural;
}

/* The widths of the toolbar's halves in a page @width wide: both on one
 * row when the actions fit whole beside the filters at their smallest
 * (which still show their choices' beginnings); else each half has a row
 * of its own. */
static gboolean
split_toolbar (CchcTaskPage *self,
               int           width,
               int          *filter_width,
               int          *action_width)
{
  int filter_min, filter_nat, action_min, action_nat;
  int inner = width - 2 * TOOLBAR_MARGIN;

  gtk_widget_measure (self->filter_box, GTK_ORIENTATION_HORIZONTAL, -1,
                      &filter_min, &filter_nat, NULL, NULL);
  measure_actions (self, &action_min, &action_nat);

  if (width >= 0 && inner >= filter_min + TOOLBAR_SPACING + action_nat)
    {
      *filter_width = MIN (filter_nat, inner - TOOLBAR_SPACING - action_nat);
      *action_width = inner - TOOLBAR_SPACING - *filter_width;
      return TRUE;
    }

  *filter_width = MAX (inner, filter_min);
  *action_width = MAX (inner, action_min);
  return FALSE;
}

static int
measure_height (GtkWidget *widget,
                int        width,
                int       *natural)
{
  int minimum;

  gtk_widget_measure (widget, GTK_ORIENTATION_VERTICAL, width, &minimum, natural, NULL, NULL);
  return minimum;
}

/* The toolbar's height in a page @width wide, margins included. */
static int
get_toolbar_height (CchcTaskPage *self,
                    int           width,
                    int          *filter_height,
                    int          *action_height)
{
  int filter_width, action_width, natural;
  gboolean one_row = split_toolbar (self, width, &filter_width, &action_width);

  *filter_height = measure_height (self->filter_box, filter_width, &natural);
  *action_height = measure_height (self->action_box, action_width, &natural);
  if (one_row)
    *filter_height = *action_height = MAX (*filter_height, *action_height);

  return 2 * TOOLBAR_MARGIN + *filter_height +
         (one_row ? 0 : ROW_SPACING + *action_height);
}

/* The height of @child, one of the children below the toolbar. The table
 * is not measured: it scrolls, so its height asks for nothing, and
 * measuring it measures every row the column view keeps (some two
 * hundred) at each width the window tries while it works out its
 * minimum size, after each change of the rows. (Nor is it in a GtkStack,
 * which measures its child again at each allocation.) */
static int
measure_child_height (CchcTaskPage *self,
                      GtkWidget    *child,
                      int           width,
                      int          *natural)
{
  if (child == self->table_window)
    return *natural = TABLE_MIN_HEIGHT;

  return measure_height (child, width, natural);
}

static gboolean
is_toolbar (CchcTaskPage *self,
            GtkWidget    *child)
{
  return child == self->filter_box || child == self->action_box;
}

static gboolean
is_last_shown (GtkWidget *child)
{
  for (child = gtk_widget_get_next_sibling (child);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (gtk_widget_should_layout (child))
      return FALSE;

  return TRUE;
}

static void
measure_page (GtkWidget      *widget,
              GtkOrientation  orientation,
              int             for_size,
              int            *minimum,
              int            *natural,
              int            *minimum_baseline,
              int            *natural_baseline)
{
  CchcTaskPage *self = CCHC_TASK_PAGE (widget);
  int filter_min, filter_nat, action_min, action_nat, child_min, child_nat;

  if (orientation == GTK_ORIENTATION_VERTICAL)
    *minimum = *natural = get_toolbar_height (self, for_size, &filter_min, &action_min);
  else
    {
      gtk_widget_measure (self->filter_box, orientation, -1, &filter_min, &filter_nat, NULL, NULL);
      measure_actions (self, &action_min, &action_nat);
      *minimum = 2 * TOOLBAR_MARGIN + MAX (filter_min, action_min);
      *natural = 2 * TOOLBAR_MARGIN + filter_nat + TOOLBAR_SPACING + action_nat;
    }

  /* The rest is stacked below the toolbar. */
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (is_toolbar (self, child) || !gtk_widget_should_layout (child))
        continue;

      if (orientation == GTK_ORIENTATION_VERTICAL)
        {
          *minimum += measure_child_height (self, child, for_size, &child_nat);
          *natural += child_nat;
        }
      else
        {
          gtk_widget_measure (child, orientation, for_size, &child_min, &child_nat, NULL, NULL);
          *minimum = MAX (*minimum, child_min);
          *natural = MAX (*natural, child_nat);
        }
    }
}

static void
allocate_toolbar (CchcTaskPage *self,
                  int           width,
                  int           filter_height,
                  int           action_height)
{
  int filter_width, action_width;
  int x = TOOLBAR_MARGIN;
  int y = TOOLBAR_MARGIN;

  if (split_toolbar (self, width, &filter_width, &action_width))
    {
      gtk_widget_size_allocate (self->filter_box,
                                &(GtkAllocation) { x, y, filter_width, filter_height }, -1);
      x += filter_width + TOOLBAR_SPACING;
    }
  else
    {
      gtk_widget_size_allocate (self->filter_box,
                                &(GtkAllocation) { x, y, filter_width, filter_height }, -1);
      y += filter_height + ROW_SPACING;
    }
  gtk_widget_size_allocate (self->action_box,
                            &(GtkAllocation) { x, y, action_width, action_height }, -1);
}

/* The rest below the toolbar, each at its height; the last shown takes
 * what is left (the table, or a placeholder in its place). */
static void
allocate_page (GtkWidget *widget,
               int        width,
               int        height,
               int        baseline)
{
  CchcTaskPage *self = CCHC_TASK_PAGE (widget);
  int filter_height, action_height, natural;
  int y = get_toolbar_height (self, width, &filter_height, &action_height);

  allocate_toolbar (self, width, filter_height, action_height);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      int child_height;

      if (is_toolbar (self, child) || !gtk_widget_should_layout (child))
        continue;

      child_height = measure_child_height (self, child, width, &natural);
      if (is_last_shown (child))
        child_height = MAX (child_height, height - y);
      gtk_widget_size_allocate (child, &(GtkAllocation) { 0, y, width, child_height }, -1);
      y += child_height;
    }
}

static GtkSizeRequestMode
get_page_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

/**
 * _cchc_task_page_setup_layout:
 *
 * Lays the page out: the toolbar's halves (the template's "filter_box"
 * and "action_box") on one row or two, the other children below them.
 */
void
_cchc_task_page_setup_layout (CchcTaskPage *self)
{
  gtk_widget_set_layout_manager (GTK_WIDGET (self),
                                 gtk_custom_layout_new (get_page_request_mode, measure_page,
                                                        allocate_page));
}

/* Placeholders and tooltips ------------------------------------------ */

/**
 * _cchc_task_page_update_placeholder:
 *
 * Shows the table, or in its place what is missing: a plan without areas
 * (a placeholder with a button that adds one), or rows for the search and
 * filters (one that offers to show them all).
 */
void
_cchc_task_page_update_placeholder (CchcTaskPage *self)
{
  GListModel *areas = cchc_task_rows_get_areas (self->rows);
  GtkWidget *shown = self->table_window;

  if (areas != NULL && g_list_model_get_n_items (areas) == 0)
    shown = self->no_areas_placeholder;
  else if (cchc_task_rows_get_filtering (self->rows) &&
           g_list_model_get_n_items (G_LIST_MODEL (self->selection)) == 0)
    shown = self->no_match_placeholder;

  gtk_widget_set_visible (self->table_window, shown == self->table_window);
  gtk_widget_set_visible (self->no_areas_placeholder, shown == self->no_areas_placeholder);
  gtk_widget_set_visible (self->no_match_placeholder, shown == self->no_match_placeholder);
}

/**
 * _cchc_task_page_update_tooltips:
 *
 * Makes the tooltips of Edit and Delete name what they act on: the task
 * or the area selected.
 */
void
_cchc_task_page_update_tooltips (CchcTaskPage *self)
{
  gpointer item = _cchc_task_page_get_selected (self);
  GType type = CCHC_IS_AREA (item) ? CCHC_TYPE_AREA : CCHC_TYPE_TASK;
  gboolean area = type == CCHC_TYPE_AREA;

  if (type == self->tooltip_type)
    return;

  self->tooltip_type = type;
  gtk_widget_set_tooltip_text (self->edit_button,
                               area ? _("Rename the Area (Enter)") : _("Edit the Task (Enter)"));
  gtk_widget_set_tooltip_text (self->delete_button,
                               area ? _("Delete the Area (Delete)")
                                    : _("Delete the Task (Delete)"));
}

/**
 * _cchc_task_page_focus_selected:
 *
 * Moves the keyboard focus to the row selected, once it is shown (see
 * cchc_column_view_focus_selected()).
 */
void
_cchc_task_page_focus_selected (CchcTaskPage *self)
{
  cchc_column_view_focus_selected (self->column_view, self->selection,
                                   get_bound (self->number_column));
}

/**
 * _cchc_task_page_setup_quarks:
 *
 * Called once, from the page's class_init.
 */
void
_cchc_task_page_setup_quarks (void)
{
  column_quark = g_quark_from_static_string ("cchc-task-page-column");
  bound_quark = g_quark_from_static_string ("cchc-task-page-bound");
  chars_quark = g_quark_from_static_string ("cchc-task-page-chars");
  follow_quark = g_quark_from_static_string ("cchc-task-page-follow");
}
