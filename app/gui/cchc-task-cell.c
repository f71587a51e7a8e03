/* cchc-task-cell.c: the text of one cell of the task table
 *
 * A GtkLabel that wraps, cut down to what a table of thousands of rows
 * needs. The list view measures every row it keeps (some two hundred,
 * most of them off screen) and a wrapping GtkLabel lays its text out four
 * or five times to be measured and drawn; this cell lays it out once, at
 * its column's width, which it is then drawn at, and not at all to be
 * measured when a cell had the same text at that width before (most cells
 * off screen are never drawn). It is a "label" to the theme.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cchc-task-cell"

#include "config.h"

#include <string.h>

#include "cchc-task-cell.h"

struct _CchcTaskCell
{
  GtkWidget    parent_instance;

  char        *text;
  PangoLayout *layout;
  guint        context_serial;  /* of the Pango context @layout follows */
  int          width_chars;
  int          max_width_chars;
  gboolean     bold;
};

G_DEFINE_FINAL_TYPE (CchcTaskCell, cchc_task_cell, GTK_TYPE_WIDGET)

typedef struct
{
  int char_width;   /* as GtkLabel counts it for width-chars */
  int line_height;
} FontSizes;

/* The sizes of @context's font, in Pango units. Asking Pango for font
 * metrics is slow, and every cell uses the same font or a few. */
static const FontSizes *
get_font_sizes (PangoContext *context)
{
  static GHashTable *all_sizes;
  const PangoFontDescription *font = pango_context_get_font_description (context);
  PangoFontMetrics *metrics;
  FontSizes *sizes;

  if (all_sizes == NULL)
    all_sizes = g_hash_table_new_full ((GHashFunc) pango_font_description_hash,
                                       (GEqualFunc) pango_font_description_equal,
                                       (GDestroyNotify) pango_font_description_free, g_free);

  sizes = g_hash_table_lookup (all_sizes, font);
  if (sizes != NULL)
    return sizes;

  metrics = pango_context_get_metrics (context, font, pango_context_get_language (context));
  sizes = g_new (FontSizes, 1);
  sizes->char_width = MAX (pango_font_metrics_get_approximate_char_width (metrics),
                           pango_font_metrics_get_approximate_digit_width (metrics));
  sizes->line_height = pango_font_metrics_get_height (metrics);
  pango_font_metrics_unref (metrics);
  g_hash_table_insert (all_sizes, pango_font_description_copy (font), sizes);

  return sizes;
}

static void
update_attributes (CchcTaskCell *self)
{
  PangoAttrList *attributes = NULL;

  if (self->bold)
    {
      attributes = pango_attr_list_new ();
      pango_attr_list_insert (attributes, pango_attr_weight_new (PANGO_WEIGHT_BOLD));
    }
  pango_layout_set_attributes (self->layout, attributes);
  g_clear_pointer (&attributes, pango_attr_list_unref);
}

/* The layout, following the font of the widget's Pango context. */
static PangoLayout *
ensure_layout (CchcTaskCell *self)
{
  PangoContext *context = gtk_widget_get_pango_context (GTK_WIDGET (self));

  if (self->layout == NULL)
    {
      self->layout = pango_layout_new (context);
      pango_layout_set_wrap (self->layout, PANGO_WRAP_WORD_CHAR);
      pango_layout_set_text (self->layout, self->text != NULL ? self->text : "", -1);
      update_attributes (self);
      self->context_serial = pango_context_get_serial (context);
    }
  else if (self->context_serial != pango_context_get_serial (context))
    {
      pango_layout_context_changed (self->layout);
      self->context_serial = pango_context_get_serial (context);
    }

  return self->layout;
}

/* The widths in characters, whatever the text: the table's columns all
 * have a fixed width but the task's, which takes all the room the others
 * leave, so the text's own width would change nothing and cost a layout
 * of every cell. */
static void
measure_width (CchcTaskCell *self,
               int          *minimum,
               int          *natural)
{
  PangoLayout *layout = ensure_layout (self);
  int char_width = get_font_sizes (pango_layout_get_context (layout))->char_width;

  *minimum = PANGO_PIXELS_CEIL (char_width * self->width_chars);
  *natural = PANGO_PIXELS_CEIL (char_width * self->max_width_chars);
}

/* The height of the text unwrapped, a line for each paragraph, from the
 * font's metrics. Only a measure without a width asks for it: the table's
 * scrolled window measures the column view so, and each row it keeps,
 * whenever the page is laid out. Laying the text out for that would lay
 * out each row that changes twice, here and at its column's width. */
static int
measure_unwrapped_height (CchcTaskCell *self,
                          PangoLayout  *layout)
{
  const FontSizes *sizes = get_font_sizes (pango_layout_get_context (layout));
  int lines = 1;

  for (const char *p = self->text; p != NULL && *p != '\0'; p++)
    if (*p == '\n')
      lines++;

  return PANGO_PIXELS_CEIL (lines * sizes->line_height);
}

/* The heights of texts laid out so far, shared by all cells: most cells
 * of a plan repeat a few texts (units, products, timeframes), rows come
 * back as a search is typed and undone, and the table measures every row
 * it keeps, most of them off screen, which then need no layout at all
 * (the snapshot lays out the cells drawn). The key holds all that the
 * layout's height depends on: font, its rendering, weight, width, text. */
static char *
dup_height_key (CchcTaskCell *self,
                PangoLayout  *layout,
                int           width)
{
  PangoContext *context = pango_layout_get_context (layout);
  const cairo_font_options_t *options = pango_cairo_context_get_font_options (context);

  return g_strdup_printf ("%p %g %lu %d %d %s",
                          (gpointer) get_font_sizes (context),
                          pango_cairo_context_get_resolution (context),
                          options != NULL ? cairo_font_options_hash (options) : 0,
                          self->bold, width, self->text != NULL ? self->text : "");
}

/* What the heights' keys may take, all together and one: a text longer
 * than that is laid out each time, as if it were new. */
#define HEIGHTS_MAX_BYTES (8 * 1024 * 1024)
#define HEIGHT_MAX_KEY    (16 * 1024)

static int
measure_height (CchcTaskCell *self,
                PangoLayout  *layout,
                int           width)
{
  static GHashTable *heights;
  static gsize heights_bytes;
  g_autofree char *key = dup_height_key (self, layout, width);
  gsize key_bytes = strlen (key) + 1;
  gpointer height;
  int pixels;

  if (heights != NULL && g_hash_table_lookup_extended (heights, key, NULL, &height))
    return GPOINTER_TO_INT (height);

  pango_layout_set_width (layout, width * PANGO_SCALE);
  pango_layout_get_pixel_size (layout, NULL, &pixels);
  if (key_bytes > HEIGHT_MAX_KEY)
    return pixels;

  /* Forgotten all at once when full: a plan of ten thousand tasks at one
   * width fits (their texts and numbers; units, products and timeframes
   * repeat). */
  if (heights == NULL || heights_bytes + key_bytes > HEIGHTS_MAX_BYTES)
    {
      g_clear_pointer (&heights, g_hash_table_unref);
      heights = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      heights_bytes = 0;
    }
  g_hash_table_insert (heights, g_steal_pointer (&key), GINT_TO_POINTER (pixels));
  heights_bytes += key_bytes;

  return pixels;
}

static void
cchc_task_cell_measure (GtkWidget      *widget,
                        GtkOrientation  orientation,
                        int             for_size,
                        int            *minimum,
                        int            *natural,
                        int            *minimum_baseline,
                        int            *natural_baseline)
{
  CchcTaskCell *self = CCHC_TASK_CELL (widget);
  PangoLayout *layout;

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      measure_width (self, minimum, natural);
      return;
    }

  layout = ensure_layout (self);
  if (for_size < 0)
    {
      *minimum = *natural = measure_unwrapped_height (self, layout);
      return;
    }

  *minimum = *natural = measure_height (self, layout, for_size);
}

static GtkSizeRequestMode
cchc_task_cell_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
cchc_task_cell_snapshot (GtkWidget   *widget,
                         GtkSnapshot *snapshot)
{
  CchcTaskCell *self = CCHC_TASK_CELL (widget);
  PangoLayout *layout;
  PangoRectangle logical;

  if (self->text == NULL || *self->text == '\0')
    return;

  /* The width it was measured at, usually: nothing to lay out again. */
  layout = ensure_layout (self);
  pango_layout_set_width (layout, gtk_widget_get_width (widget) * PANGO_SCALE);
  pango_layout_get_pixel_extents (layout, NULL, &logical);
  gtk_snapshot_render_layout (snapshot, gtk_widget_get_style_context (widget),
                              -logical.x, -logical.y, layout);
}

static void
cchc_task_cell_dispose (GObject *object)
{
  CchcTaskCell *self = CCHC_TASK_CELL (object);

  g_clear_object (&self->layout);

  G_OBJECT_CLASS (cchc_task_cell_parent_class)->dispose (object);
}

static void
cchc_task_cell_finalize (GObject *object)
{
  CchcTaskCell *self = CCHC_TASK_CELL (object);

  g_free (self->text);

  G_OBJECT_CLASS (cchc_task_cell_parent_class)->finalize (object);
}

static void
cchc_task_cell_class_init (CchcTaskCellClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cchc_task_cell_dispose;
  object_class->finalize = cchc_task_cell_finalize;
  widget_class->measure = cchc_task_cell_measure;
  widget_class->get_request_mode = cchc_task_cell_get_request_mode;
  widget_class->snapshot = cchc_task_cell_snapshot;

  gtk_widget_class_set_css_name (widget_class, "label");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_LABEL);
}

static void
cchc_task_cell_init (CchcTaskCell *self)
{
}

/**
 * cchc_task_cell_new:
 * @width_chars: the narrowest the cell gets, in characters
 * @max_width_chars: the widest it asks to be before it wraps
 *
 * Returns: (transfer floating): a cell that shows a text, wrapped at word
 *   or character boundaries, never cut
 */
GtkWidget *
cchc_task_cell_new (int width_chars,
                    int max_width_chars)
{
  CchcTaskCell *self = g_object_new (CCHC_TYPE_TASK_CELL, NULL);

  self->width_chars = MAX (width_chars, 0);
  self->max_width_chars = MAX (max_width_chars, self->width_chars);

  return GTK_WIDGET (self);
}

/**
 * cchc_task_cell_get_text:
 *
 * Returns: (transfer none): the text shown
 */
const char *
cchc_task_cell_get_text (CchcTaskCell *self)
{
  g_return_val_if_fail (CCHC_IS_TASK_CELL (self), NULL);

  return self->text != NULL ? self->text : "";
}

/**
 * cchc_task_cell_set_text:
 * @text: (nullable): the text to show
 */
void
cchc_task_cell_set_text (CchcTaskCell *self,
                         const char   *text)
{
  g_return_if_fail (CCHC_IS_TASK_CELL (self));

  if (g_strcmp0 (text != NULL ? text : "", cchc_task_cell_get_text (self)) == 0)
    return;

  g_free (self->text);
  self->text = g_strdup (text);
  if (self->layout != NULL)
    pango_layout_set_text (self->layout, self->text != NULL ? self->text : "", -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  cchc_task_cell_get_text (self), -1);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

/**
 * cchc_task_cell_set_bold:
 * @bold: whether the text is shown in bold (an area's title)
 */
void
cchc_task_cell_set_bold (CchcTaskCell *self,
                         gboolean      bold)
{
  g_return_if_fail (CCHC_IS_TASK_CELL (self));

  bold = bold != FALSE;
  if (self->bold == bold)
    return;

  self->bold = bold;
  if (self->layout != NULL)
    update_attributes (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}
