/* cchc-preview-window.c: the print preview, drawn by the printing code itself
 *
 * The pages are laid out a few at a time from an idle handler, so the
 * first page shows at once even for a long plan while the count grows.
 * The document is taken from the plan again when the window comes back to
 * the front, so that edits made meanwhile show.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cchc-print"

#include "config.h"

#include <glib/gi18n.h>

#include "cchc-page-layout.h"
#include "cchc-page-setup-dialog.h"
#include "cchc-plan.h"
#include "cchc-preview-window.h"
#include "cchc-printing.h"

/* Screen pixels per point at 100 %. */
#define PIXELS_PER_POINT (96.0 / 72.0)
#define PAGE_GAP 16
#define MIN_ZOOM 0.25
#define MAX_ZOOM 4.0

struct _CchcPreviewWindow
{
  GtkWindow         parent_instance;

  CchcStore        *store;
  CchcPlan         *plan;
  GSettings        *settings;
  CchcPageOptions  *options;
  CchcDocument     *document;
  CchcPageLayout   *layout;
  guint             paginate_id;
  guint             fit_id;
  guint             rebuild_id;
  guint64           built_serial;
  gboolean          laid_out;
  guint             page;
  double            zoom;
  gboolean          fit;

  /* Template widgets */
  GtkDropDown      *kind_dropdown;
  GtkLabel         *page_label;
  GtkLabel         *zoom_label;
  GtkScrolledWindow *scrolled;
  GtkDrawingArea   *area;
};

enum {
  PROP_0,
  PROP_STORE,
  PROP_PLAN,
  PROP_SETTINGS,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (CchcPreviewWindow, cchc_preview_window, GTK_TYPE_WINDOW)

static GParamSpec *properties[N_PROPS];

static CchcDocumentKind
get_kind (CchcPreviewWindow *self)
{
  guint selected = gtk_drop_down_get_selected (self->kind_dropdown);

  return selected <= CCHC_DOCUMENT_ACTIVITIES ? (CchcDocumentKind) selected
                                             : CCHC_DOCUMENT_TABLE;
}

static guint
n_pages (CchcPreviewWindow *self)
{
  return self->layout != NULL ? cchc_page_layout_get_n_pages (self->layout) : 0;
}

static void
update_labels (CchcPreviewWindow *self)
{
  g_autofree char *page = NULL;
  g_autofree char *zoom = NULL;

  if (n_pages (self) == 0)
    page = g_strdup (_("Laying out…"));
  else if (!self->laid_out)
    /* Translators: page 1 of the pages laid out so far, more to come */
    page = g_strdup_printf (_("Page %u of %u…"), self->page + 1, n_pages (self));
  else
    page = g_strdup_printf (_("Page %u of %u"), self->page + 1, n_pages (self));
  gtk_label_set_text (self->page_label, page);

  zoom = g_strdup_printf ("%.0f%%", self->zoom * 100);
  gtk_label_set_text (self->zoom_label, zoom);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preview.previous-page", self->page > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preview.next-page",
                                 self->page + 1 < n_pages (self));
}

/* The size of @page in points, A4 portrait until it is laid out. */
static void
get_page_size (CchcPreviewWindow *self,
               guint              page,
               double            *width,
               double            *height)
{
  *width = 595;
  *height = 842;
  if (page < n_pages (self))
    cchc_page_layout_get_page_size (self->layout, page, width, height);
}

/* The zoom at which every page laid out fits the viewport: the plan's
 * portrait and landscape pages show at one scale, and paging through them
 * does not change the size of the text. */
static double
get_fit_zoom (CchcPreviewWindow *self,
              int                viewport_width,
              int                viewport_height)
{
  double zoom = MAX_ZOOM;

  for (guint i = 0; i < MAX (n_pages (self), 1); i++)
    {
      double width, height;

      get_page_size (self, i, &width, &height);
      zoom = MIN (zoom, MIN ((viewport_width - 2 * PAGE_GAP) / (width * PIXELS_PER_POINT),
                             (viewport_height - 2 * PAGE_GAP) / (height * PIXELS_PER_POINT)));
    }

  return CLAMP (zoom, MIN_ZOOM, MAX_ZOOM);
}

/* The drawing area is as large as the page at the zoom, plus a margin. */
static void
update_size (CchcPreviewWindow *self)
{
  double width, height, scale;
  int viewport_width = gtk_widget_get_width (GTK_WIDGET (self->scrolled));
  int viewport_height = gtk_widget_get_height (GTK_WIDGET (self->scrolled));

  get_page_size (self, self->page, &width, &height);
  if (self->fit && viewport_width > 0 && viewport_height > 0)
    self->zoom = get_fit_zoom (self, viewport_width, viewport_height);

  scale = self->zoom * PIXELS_PER_POINT;
  gtk_drawing_area_set_content_width (self->area, width * scale + 2 * PAGE_GAP);
  gtk_drawing_area_set_content_height (self->area, height * scale + 2 * PAGE_GAP);
  gtk_widget_queue_draw (GTK_WIDGET (self->area));
  update_labels (self);
}

static void
draw_cb (GtkDrawingArea *area,
         cairo_t        *cr,
         int             width,
         int             height,
         gpointer        user_data)
{
  CchcPreviewWindow *self = user_data;
  double page_width, page_height, scale = self->zoom * PIXELS_PER_POINT, x;

  if (self->page >= n_pages (self))
    return;

  cchc_page_layout_get_page_size (self->layout, self->page, &page_width, &page_height);
  x = MAX (PAGE_GAP, (width - page_width * scale) / 2);

  /* The sheet, with a thin shadow to set it off the background. */
  cairo_set_source_rgba (cr, 0, 0, 0, 0.25);
  cairo_rectangle (cr, x + 2, PAGE_GAP + 2, page_width * scale, page_height * scale);
  cairo_fill (cr);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_rectangle (cr, x, PAGE_GAP, page_width * scale, page_height * scale);
  cairo_fill (cr);

  cairo_translate (cr, x, PAGE_GAP);
  cairo_scale (cr, scale, scale);
  cchc_page_layout_draw_page (self->layout, self->page, cr);
}

/* Lays out a few pages, which keeps the window responsive; returns
 * whether pages remain. */
static gboolean
paginate_some (CchcPreviewWindow *self)
{
  guint before = n_pages (self);

  for (guint i = 0; i < 4 && !self->laid_out; i++)
    self->laid_out = !cchc_page_layout_paginate (self->layout);

  /* The page shown came, or pages that the zoom that fits them all
   * depends on. */
  if ((before <= self->page && self->page < n_pages (self)) ||
      (self->fit && n_pages (self) != before))
    update_size (self);
  update_labels (self);

  if (!self->laid_out)
    return TRUE;

  /* An edit may have left fewer pages than the one shown. */
  if (self->page >= n_pages (self))
    {
      self->page = n_pages (self) - 1;
      update_size (self);
    }

  return FALSE;
}

static gboolean
paginate_cb (gpointer user_data)
{
  CchcPreviewWindow *self = user_data;

  if (paginate_some (self))
    return G_SOURCE_CONTINUE;

  self->paginate_id = 0;
  return G_SOURCE_REMOVE;
}

static void
stop_layout (CchcPreviewWindow *self)
{
  g_clear_handle_id (&self->paginate_id, g_source_remove);
  g_clear_pointer (&self->layout, cchc_page_layout_free);
  g_clear_pointer (&self->document, cchc_document_unref);
}

/* Takes the plan's text again and lays it out from the first page. */
static void
rebuild (CchcPreviewWindow *self)
{
  stop_layout (self);
  g_clear_pointer (&self->options, cchc_page_options_free);

  self->options = cchc_load_page_options (self->settings);
  self->document = cchc_document_new_for_plan (self->store, self->plan, get_kind (self),
                                                self->options);
  self->layout = cchc_page_layout_new (self->document, self->options);
  self->laid_out = FALSE;
  self->built_serial = cchc_store_get_serial (self->store);

  /* The first pages show at once, the others come from an idle handler;
   * none is left behind for a short document, which would run on a
   * closed window. */
  if (paginate_some (self))
    self->paginate_id = g_idle_add (paginate_cb, self);
}

static void
on_kind_selected_cb (CchcPreviewWindow *self)
{
  if (self->store == NULL)
    return;

  if (self->settings != NULL)
    g_settings_set_string (self->settings, "print-document", cchc_document_kind_get_name (get_kind (self)));
  self->page = 0;
  rebuild (self);
}

static gboolean
rebuild_cb (gpointer user_data)
{
  CchcPreviewWindow *self = user_data;

  self->rebuild_id = 0;
  rebuild (self);

  return G_SOURCE_REMOVE;
}

/* Applying the page setup changes several keys: one layout for them all. */
static void
on_settings_changed_cb (CchcPreviewWindow *self,
                        const char        *key)
{
  if (!g_str_equal (key, "print-document") && self->rebuild_id == 0)
    self->rebuild_id = g_idle_add (rebuild_cb, self);
}

/* Back to the front after editing in the main window: show the edits. */
static void
on_is_active_cb (CchcPreviewWindow *self)
{
  if (gtk_window_is_active (GTK_WINDOW (self)) && self->store != NULL &&
      cchc_store_get_serial (self->store) != self->built_serial)
    rebuild (self);
}

static void
go_to_page (CchcPreviewWindow *self,
            guint              page)
{
  if (page >= n_pages (self) || page == self->page)
    return;

  self->page = page;
  update_size (self);
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scrolled), 0);
}

static void
page_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  CchcPreviewWindow *self = CCHC_PREVIEW_WINDOW (widget);

  if (g_str_equal (action_name, "preview.next-page"))
    go_to_page (self, self->page + 1);
  else if (g_str_equal (action_name, "preview.first-page"))
    go_to_page (self, 0);
  else if (g_str_equal (action_name, "preview.last-page"))
    go_to_page (self, MAX (n_pages (self), 1) - 1);
  else if (self->page > 0)
    go_to_page (self, self->page - 1);
}

static void
zoom_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  CchcPreviewWindow *self = CCHC_PREVIEW_WINDOW (widget);

  self->fit = g_str_equal (action_name, "preview.zoom-fit");
  if (g_str_equal (action_name, "preview.zoom-in"))
    self->zoom = MIN (self->zoom * 1.25, MAX_ZOOM);
  else if (g_str_equal (action_name, "preview.zoom-out"))
    self->zoom = MAX (self->zoom / 1.25, MIN_ZOOM);

  update_size (self);
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  CchcPreviewWindow *self = CCHC_PREVIEW_WINDOW (widget);

  cchc_print_plan (GTK_WINDOW (self), self->store, self->plan, get_kind (self), self->options,
                   self->settings);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  CchcPreviewWindow *self = CCHC_PREVIEW_WINDOW (widget);
  g_autofree char *name = cchc_document_file_name (get_kind (self),
                                                   cchc_plan_get_year (self->plan));

  cchc_export_pdf (GTK_WINDOW (self), self->document, self->options, name);
}

static void
page_setup_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  GtkWidget *dialog = cchc_page_setup_dialog_new (GTK_WINDOW (widget),
                                                  CCHC_PREVIEW_WINDOW (widget)->settings);

  gtk_window_present (GTK_WINDOW (dialog));
}

static gboolean
fit_cb (gpointer user_data)
{
  CchcPreviewWindow *self = user_data;

  self->fit_id = 0;
  update_size (self);

  return G_SOURCE_REMOVE;
}

/* The viewport changed size while GTK allocates: resizing the page from
 * here would change sizes in the middle of that, so it waits a turn. */
static void
on_scrolled_resized_cb (CchcPreviewWindow *self)
{
  if (self->fit && self->fit_id == 0)
    self->fit_id = g_idle_add (fit_cb, self);
}

static void
fill_kinds (CchcPreviewWindow *self)
{
  g_autoptr(GListModel) kinds = cchc_document_kinds_new ();

  gtk_drop_down_set_model (self->kind_dropdown, kinds);
}

static void
select_saved_kind (CchcPreviewWindow *self)
{
  g_autofree char *saved = NULL;
  CchcDocumentKind kind = CCHC_DOCUMENT_TABLE;

  if (self->settings != NULL)
    {
      saved = g_settings_get_string (self->settings, "print-document");
      cchc_document_kind_from_name (saved, &kind);
    }

  gtk_drop_down_set_selected (self->kind_dropdown, kind);
}

static void
cchc_preview_window_constructed (GObject *object)
{
  CchcPreviewWindow *self = CCHC_PREVIEW_WINDOW (object);

  G_OBJECT_CLASS (cchc_preview_window_parent_class)->constructed (object);

  if (self->settings != NULL)
    g_signal_connect_object (self->settings, "changed", G_CALLBACK (on_settings_changed_cb),
                             self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self, "notify::is-active", G_CALLBACK (on_is_active_cb), self,
                           G_CONNECT_SWAPPED);

  /* Selecting the kind lays the document out. */
  select_saved_kind (self);
  if (self->layout == NULL)
    rebuild (self);
}

static void
cchc_preview_window_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  CchcPreviewWindow *self = CCHC_PREVIEW_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;

    case PROP_PLAN:
      self->plan = g_value_dup_object (value);
      break;

    case PROP_SETTINGS:
      self->settings = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cchc_preview_window_dispose (GObject *object)
{
  CchcPreviewWindow *self = CCHC_PREVIEW_WINDOW (object);

  stop_layout (self);
  g_clear_handle_id (&self->fit_id, g_source_remove);
  g_clear_handle_id (&self->rebuild_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), CCHC_TYPE_PREVIEW_WINDOW);
  g_clear_object (&self->store);
  g_clear_object (&self->plan);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->options, cchc_page_options_free);

  G_OBJECT_CLASS (cchc_preview_window_parent_class)->dispose (object);
}

static void
install_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "preview.previous-page", NULL, page_action);
  gtk_widget_class_install_action (widget_class, "preview.next-page", NULL, page_action);
  gtk_widget_class_install_action (widget_class, "preview.first-page", NULL, page_action);
  gtk_widget_class_install_action (widget_class, "preview.last-page", NULL, page_action);
  gtk_widget_class_install_action (widget_class, "preview.zoom-in", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "preview.zoom-out", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "preview.zoom-fit", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "preview.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "preview.export-pdf", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "preview.page-setup", NULL,
                                   page_setup_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Down, 0,
                                       "preview.next-page", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Up, 0,
                                       "preview.previous-page", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Home, 0,
                                       "preview.first-page", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_End, 0,
                                       "preview.last-page", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Home, GDK_CONTROL_MASK,
                                       "preview.first-page", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_End, GDK_CONTROL_MASK,
                                       "preview.last-page", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, GDK_CONTROL_MASK,
                                       "preview.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_equal, GDK_CONTROL_MASK,
                                       "preview.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_minus, GDK_CONTROL_MASK,
                                       "preview.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0, GDK_CONTROL_MASK,
                                       "preview.zoom-fit", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK,
                                       "preview.print", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
cchc_preview_window_class_init (CchcPreviewWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = cchc_preview_window_constructed;
  object_class->set_property = cchc_preview_window_set_property;
  object_class->dispose = cchc_preview_window_dispose;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, CCHC_TYPE_STORE,
                         G_PARAM_WRITABLE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PLAN] =
    g_param_spec_object ("plan", NULL, NULL, CCHC_TYPE_PLAN,
                         G_PARAM_WRITABLE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL, G_TYPE_SETTINGS,
                         G_PARAM_WRITABLE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/cchcplanner/Planner/ui/cchc-preview-window.ui");
  gtk_widget_class_bind_template_child (widget_class, CchcPreviewWindow, kind_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CchcPreviewWindow, page_label);
  gtk_widget_class_bind_template_child (widget_class, CchcPreviewWindow, zoom_label);
  gtk_widget_class_bind_template_child (widget_class, CchcPreviewWindow, scrolled);
  gtk_widget_class_bind_template_child (widget_class, CchcPreviewWindow, area);
  gtk_widget_class_bind_template_callback (widget_class, on_kind_selected_cb);
  install_actions (widget_class);
}

static void
cchc_preview_window_init (CchcPreviewWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->zoom = 1.0;
  self->fit = TRUE;
  fill_kinds (self);
  gtk_drawing_area_set_draw_func (self->area, draw_cb, self, NULL);
  g_signal_connect_object (gtk_scrolled_window_get_vadjustment (self->scrolled),
                           "notify::page-size", G_CALLBACK (on_scrolled_resized_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (gtk_scrolled_window_get_hadjustment (self->scrolled),
                           "notify::page-size", G_CALLBACK (on_scrolled_resized_cb), self,
                           G_CONNECT_SWAPPED);
}

/**
 * cchc_preview_window_new:
 * @parent: the main window
 * @settings: (nullable): where the page setup and the document kind are kept
 *
 * Returns: (transfer none): a new preview of @plan's documents, owned by GTK
 */
GtkWidget *
cchc_preview_window_new (GtkWindow *parent,
                         CchcStore *store,
                         CchcPlan  *plan,
                         GSettings *settings)
{
  g_return_val_if_fail (CCHC_IS_STORE (store), NULL);
  g_return_val_if_fail (CCHC_IS_PLAN (plan), NULL);

  return g_object_new (CCHC_TYPE_PREVIEW_WINDOW,
                       "transient-for", parent,
                       "store", store,
                       "plan", plan,
                       "settings", settings,
                       NULL);
}

/**
 * cchc_preview_window_get_n_pages:
 *
 * Returns: how many pages are laid out so far
 */
guint
cchc_preview_window_get_n_pages (CchcPreviewWindow *self)
{
  g_return_val_if_fail (CCHC_IS_PREVIEW_WINDOW (self), 0);

  return n_pages (self);
}

/**
 * cchc_preview_window_is_laid_out:
 *
 * Returns: whether every page is laid out
 */
gboolean
cchc_preview_window_is_laid_out (CchcPreviewWindow *self)
{
  g_return_val_if_fail (CCHC_IS_PREVIEW_WINDOW (self), FALSE);

  return self->laid_out;
}
