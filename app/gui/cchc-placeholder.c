/* cchc-placeholder.c: what an empty list or table shows in its place
 *
 * A large dim icon, a title and a line or two of explanation, centred,
 * then whatever children the template gives it (a button that adds the
 * first row, or that shows every row again). The Tasks page shows one in
 * place of its table; the other list pages over their lists.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cchc-placeholder"

#include "config.h"

#include "cchc-placeholder.h"

struct _CchcPlaceholder
{
  GtkWidget  parent_instance;

  GtkImage  *image;
  GtkLabel  *title;
  GtkLabel  *description;
};

enum {
  PROP_0,
  PROP_ICON_NAME,
  PROP_TITLE,
  PROP_DESCRIPTION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GtkBuildableIface *parent_buildable_iface;

static void cchc_placeholder_buildable_init (GtkBuildableIface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (CchcPlaceholder, cchc_placeholder, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (GTK_TYPE_BUILDABLE,
                                                      cchc_placeholder_buildable_init))

/* A template's children go below the texts. */
static void
cchc_placeholder_add_child (GtkBuildable *buildable,
                            GtkBuilder   *builder,
                            GObject      *child,
                            const char   *type)
{
  if (GTK_IS_WIDGET (child) && type == NULL)
    gtk_widget_insert_before (GTK_WIDGET (child), GTK_WIDGET (buildable), NULL);
  else
    parent_buildable_iface->add_child (buildable, builder, child, type);
}

static void
cchc_placeholder_buildable_init (GtkBuildableIface *iface)
{
  parent_buildable_iface = g_type_interface_peek_parent (iface);
  iface->add_child = cchc_placeholder_add_child;
}

static void
cchc_placeholder_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  CchcPlaceholder *self = CCHC_PLACEHOLDER (object);

  switch (prop_id)
    {
    case PROP_ICON_NAME:
      g_value_set_string (value, gtk_image_get_icon_name (self->image));
      break;

    case PROP_TITLE:
      g_value_set_string (value, gtk_label_get_text (self->title));
      break;

    case PROP_DESCRIPTION:
      g_value_set_string (value, gtk_label_get_text (self->description));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cchc_placeholder_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  CchcPlaceholder *self = CCHC_PLACEHOLDER (object);

  switch (prop_id)
    {
    case PROP_ICON_NAME:
      cchc_placeholder_set_icon_name (self, g_value_get_string (value));
      break;

    case PROP_TITLE:
      cchc_placeholder_set_title (self, g_value_get_string (value));
      break;

    case PROP_DESCRIPTION:
      cchc_placeholder_set_description (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cchc_placeholder_dispose (GObject *object)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (cchc_placeholder_parent_class)->dispose (object);
}

static void
cchc_placeholder_class_init (CchcPlaceholderClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = cchc_placeholder_get_property;
  object_class->set_property = cchc_placeholder_set_property;
  object_class->dispose = cchc_placeholder_dispose;

  properties[PROP_ICON_NAME] =
    g_param_spec_string ("icon-name", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "placeholder");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static GtkLabel *
add_label (CchcPlaceholder *self,
           int              max_width_chars)
{
  GtkWidget *label = g_object_new (GTK_TYPE_LABEL,
                                   "wrap", TRUE,
                                   "justify", GTK_JUSTIFY_CENTER,
                                   "max-width-chars", max_width_chars,
                                   "visible", FALSE,
                                   NULL);

  gtk_widget_insert_before (label, GTK_WIDGET (self), NULL);
  return GTK_LABEL (label);
}

static void
cchc_placeholder_init (CchcPlaceholder *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  GtkLayoutManager *layout = gtk_widget_get_layout_manager (widget);
  g_autoptr(PangoAttrList) title_attributes = pango_attr_list_new ();

  gtk_orientable_set_orientation (GTK_ORIENTABLE (layout), GTK_ORIENTATION_VERTICAL);
  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (layout), 12);
  /* As wide as its widest text asks at most: the description wraps at
   * its max-width-chars rather than across the page. */
  gtk_widget_set_halign (widget, GTK_ALIGN_CENTER);
  gtk_widget_set_valign (widget, GTK_ALIGN_CENTER);
  gtk_widget_set_margin_start (widget, 24);
  gtk_widget_set_margin_end (widget, 24);

  self->image = GTK_IMAGE (gtk_image_new ());
  gtk_image_set_pixel_size (self->image, 64);
  gtk_widget_set_visible (GTK_WIDGET (self->image), FALSE);
  gtk_widget_add_css_class (GTK_WIDGET (self->image), "dim-label");
  gtk_widget_insert_before (GTK_WIDGET (self->image), widget, NULL);

  self->title = add_label (self, -1);
  pango_attr_list_insert (title_attributes, pango_attr_weight_new (PANGO_WEIGHT_BOLD));
  pango_attr_list_insert (title_attributes, pango_attr_scale_new (1.4));
  gtk_label_set_attributes (self->title, title_attributes);

  self->description = add_label (self, 50);
}

/**
 * cchc_placeholder_set_icon_name:
 * @icon_name: (nullable): the icon shown above the title
 */
void
cchc_placeholder_set_icon_name (CchcPlaceholder *self,
                                const char      *icon_name)
{
  g_return_if_fail (CCHC_IS_PLACEHOLDER (self));

  if (g_strcmp0 (icon_name, gtk_image_get_icon_name (self->image)) == 0)
    return;

  gtk_image_set_from_icon_name (self->image, icon_name);
  gtk_widget_set_visible (GTK_WIDGET (self->image), icon_name != NULL);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ICON_NAME]);
}

static void
set_label_text (CchcPlaceholder *self,
                GtkLabel        *label,
                const char      *text,
                GParamSpec      *pspec)
{
  if (g_strcmp0 (text != NULL ? text : "", gtk_label_get_text (label)) == 0)
    return;

  gtk_label_set_text (label, text);
  gtk_widget_set_visible (GTK_WIDGET (label), text != NULL && *text != '\0');
  g_object_notify_by_pspec (G_OBJECT (self), pspec);
}

/**
 * cchc_placeholder_set_title:
 * @title: (nullable): what is missing, "No Tasks Match"
 */
void
cchc_placeholder_set_title (CchcPlaceholder *self,
                            const char      *title)
{
  g_return_if_fail (CCHC_IS_PLACEHOLDER (self));

  set_label_text (self, self->title, title, properties[PROP_TITLE]);
}

/**
 * cchc_placeholder_set_description:
 * @description: (nullable): what to do about it
 */
void
cchc_placeholder_set_description (CchcPlaceholder *self,
                                  const char      *description)
{
  g_return_if_fail (CCHC_IS_PLACEHOLDER (self));

  set_label_text (self, self->description, description, properties[PROP_DESCRIPTION]);
}
