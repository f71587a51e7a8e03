/* cchc-area.c: a section of the plan's table ("lĩnh vực / nội dung CCHC")
 *
 * Areas are data, not code: the list of sections changes with the national
 * programme. The number follows from the area's position in its plan, so
 * only the store sets it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cchc-area"

#include "config.h"

#include "cchc-area.h"
#include "cchc-model-private.h"

struct _CchcArea
{
  CchcRecord  parent_instance;

  char       *number;
  char       *title;
  char       *heading;
  char       *narrative;
};

G_DEFINE_FINAL_TYPE (CchcArea, cchc_area, CCHC_TYPE_RECORD)

enum {
  PROP_0,
  PROP_NUMBER,
  PROP_TITLE,
  PROP_HEADING,
  PROP_NARRATIVE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
set_string (CchcArea  *self,
            char      **field,
            const char *value,
            guint       prop_id)
{
  if (_cchc_set_string (field, value))
    g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

static void
cchc_area_finalize (GObject *object)
{
  CchcArea *self = (CchcArea *)object;

  g_clear_pointer (&self->number, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->heading, g_free);
  g_clear_pointer (&self->narrative, g_free);

  G_OBJECT_CLASS (cchc_area_parent_class)->finalize (object);
}

static void
cchc_area_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  CchcArea *self = CCHC_AREA (object);

  switch (prop_id)
    {
    case PROP_NUMBER:
      g_value_set_string (value, self->number);
      break;

    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_HEADING:
      g_value_set_string (value, self->heading);
      break;

    case PROP_NARRATIVE:
      g_value_set_string (value, self->narrative);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cchc_area_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  CchcArea *self = CCHC_AREA (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      cchc_area_set_title (self, g_value_get_string (value));
      break;

    case PROP_HEADING:
      cchc_area_set_heading (self, g_value_get_string (value));
      break;

    case PROP_NARRATIVE:
      cchc_area_set_narrative (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cchc_area_class_init (CchcAreaClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cchc_area_finalize;
  object_class->get_property = cchc_area_get_property;
  object_class->set_property = cchc_area_set_property;

  properties[PROP_NUMBER] =
    g_param_spec_string ("number", NULL, NULL,
                         "",
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_HEADING] =
    g_param_spec_string ("heading", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_NARRATIVE] =
    g_param_spec_string ("narrative", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cchc_area_init (CchcArea *self)
{
  self->number = g_strdup ("");
  self->title = g_strdup ("");
  self->heading = g_strdup ("");
  self->narrative = g_strdup ("");
}

/**
 * cchc_area_new:
 *
 * Returns: (transfer full): a new area, not yet stored
 */
CchcArea *
cchc_area_new (void)
{
  return g_object_new (CCHC_TYPE_AREA, NULL);
}

/**
 * cchc_area_get_number:
 *
 * Returns: the area's number in its plan, given by the store; empty
 *   while the area is not stored
 */
const char *
cchc_area_get_number (CchcArea *self)
{
  g_return_val_if_fail (CCHC_IS_AREA (self), NULL);

  return self->number;
}

/**
 * cchc_area_get_title:
 *
 * Returns: the title of the area, possibly empty
 */
const char *
cchc_area_get_title (CchcArea *self)
{
  g_return_val_if_fail (CCHC_IS_AREA (self), NULL);

  return self->title;
}

/**
 * cchc_area_set_title:
 * @title: (nullable): the title; %NULL means empty
 *
 * Sets the title of the area.
 */
void
cchc_area_set_title (CchcArea   *self,
                     const char *title)
{
  g_return_if_fail (CCHC_IS_AREA (self));

  set_string (self, &self->title, title, PROP_TITLE);
}

/**
 * cchc_area_get_heading:
 *
 * Returns: the heading of the area's narrative (Part III of the plan) when
 *   it differs from the title in the table; empty when it does not
 */
const char *
cchc_area_get_heading (CchcArea *self)
{
  g_return_val_if_fail (CCHC_IS_AREA (self), NULL);

  return self->heading;
}

/**
 * cchc_area_set_heading:
 * @heading: (nullable): the heading; %NULL or empty means the title
 */
void
cchc_area_set_heading (CchcArea   *self,
                       const char *heading)
{
  g_return_if_fail (CCHC_IS_AREA (self));

  set_string (self, &self->heading, heading, PROP_HEADING);
}

/**
 * cchc_area_get_narrative:
 *
 * Returns: the area's narrative text, possibly empty
 */
const char *
cchc_area_get_narrative (CchcArea *self)
{
  g_return_val_if_fail (CCHC_IS_AREA (self), NULL);

  return self->narrative;
}

/**
 * cchc_area_set_narrative:
 * @narrative: (nullable): the text; %NULL means empty
 *
 * Sets the area's narrative text.
 */
void
cchc_area_set_narrative (CchcArea   *self,
                         const char *narrative)
{
  g_return_if_fail (CCHC_IS_AREA (self));

  set_string (self, &self->narrative, narrative, PROP_NARRATIVE);
}

void
_cchc_area_set_number (CchcArea   *self,
                       const char *number)
{
  g_return_if_fail (CCHC_IS_AREA (self));

  set_string (self, &self->number, number, PROP_NUMBER);
}
