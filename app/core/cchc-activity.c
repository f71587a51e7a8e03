/* cchc-activity.c: a propaganda activity of the plan ("hoạt động tuyên truyền")
 *
 * Banners, panels, mobile performances, loudspeaker rounds, book displays
 * and the like: each with a planned quantity and its unit ("10 băng rôn",
 * "06 pano 2m x 3m", "08 buổi"), a place, the unit responsible, the
 * occasions it marks and its audience.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cchc-activity"

#include "config.h"

#include "cchc-model-private.h"
#include <glib/gi18n-lib.h>

#include "cchc-activity.h"
#include "cchc-enums.h"
#include "cchc-unit.h"

struct _CchcActivity
{
  CchcRecord        parent_instance;

  CchcActivityKind  kind;
  char             *description;
  guint             quantity;
  char             *quantity_unit;
  char             *size;
  char             *place;
  CchcUnit         *responsible_unit;
  char             *occasions;
  char             *audience;
};

G_DEFINE_FINAL_TYPE (CchcActivity, cchc_activity, CCHC_TYPE_RECORD)

enum {
  PROP_0,
  PROP_KIND,
  PROP_DESCRIPTION,
  PROP_QUANTITY,
  PROP_QUANTITY_UNIT,
  PROP_SIZE,
  PROP_PLACE,
  PROP_RESPONSIBLE_UNIT,
  PROP_OCCASIONS,
  PROP_AUDIENCE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
set_string (CchcActivity *self,
            char         **field,
            const char    *value,
            guint          prop_id)
{
  if (_cchc_set_string (field, value))
    g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

static void
cchc_activity_dispose (GObject *object)
{
  CchcActivity *self = (CchcActivity *)object;

  g_clear_object (&self->responsible_unit);

  G_OBJECT_CLASS (cchc_activity_parent_class)->dispose (object);
}

static void
cchc_activity_finalize (GObject *object)
{
  CchcActivity *self = (CchcActivity *)object;

  g_clear_pointer (&self->description, g_free);
  g_clear_pointer (&self->quantity_unit, g_free);
  g_clear_pointer (&self->size, g_free);
  g_clear_pointer (&self->place, g_free);
  g_clear_pointer (&self->occasions, g_free);
  g_clear_pointer (&self->audience, g_free);

  G_OBJECT_CLASS (cchc_activity_parent_class)->finalize (object);
}

static void
cchc_activity_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  CchcActivity *self = CCHC_ACTIVITY (object);

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;

    case PROP_DESCRIPTION:
      g_value_set_string (value, self->description);
      break;

    case PROP_QUANTITY:
      g_value_set_uint (value, self->quantity);
      break;

    case PROP_QUANTITY_UNIT:
      g_value_set_string (value, self->quantity_unit);
      break;

    case PROP_SIZE:
      g_value_set_string (value, self->size);
      break;

    case PROP_PLACE:
      g_value_set_string (value, self->place);
      break;

    case PROP_RESPONSIBLE_UNIT:
      g_value_set_object (value, self->responsible_unit);
      break;

    case PROP_OCCASIONS:
      g_value_set_string (value, self->occasions);
      break;

    case PROP_AUDIENCE:
      g_value_set_string (value, self->audience);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cchc_activity_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  CchcActivity *self = CCHC_ACTIVITY (object);

  switch (prop_id)
    {
    case PROP_KIND:
      cchc_activity_set_kind (self, g_value_get_enum (value));
      break;

    case PROP_DESCRIPTION:
      cchc_activity_set_description (self, g_value_get_string (value));
      break;

    case PROP_QUANTITY:
      cchc_activity_set_quantity (self, g_value_get_uint (value));
      break;

    case PROP_QUANTITY_UNIT:
      cchc_activity_set_quantity_unit (self, g_value_get_string (value));
      break;

    case PROP_SIZE:
      cchc_activity_set_size (self, g_value_get_string (value));
      break;

    case PROP_PLACE:
      cchc_activity_set_place (self, g_value_get_string (value));
      break;

    case PROP_RESPONSIBLE_UNIT:
      cchc_activity_set_responsible_unit (self, g_value_get_object (value));
      break;

    case PROP_OCCASIONS:
      cchc_activity_set_occasions (self, g_value_get_string (value));
      break;

    case PROP_AUDIENCE:
      cchc_activity_set_audience (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static GParamSpec *
string_param (const char *name)
{
  return g_param_spec_string (name, NULL, NULL,
                              "",
                              (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                               G_PARAM_STATIC_STRINGS));
}

static void
cchc_activity_class_init (CchcActivityClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = cchc_activity_dispose;
  object_class->finalize = cchc_activity_finalize;
  object_class->get_property = cchc_activity_get_property;
  object_class->set_property = cchc_activity_set_property;

  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                       CCHC_TYPE_ACTIVITY_KIND,
                       CCHC_ACTIVITY_KIND_OTHER,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_DESCRIPTION] = string_param ("description");

  properties[PROP_QUANTITY] =
    g_param_spec_uint ("quantity", NULL, NULL,
                       0, G_MAXUINT, 0,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_QUANTITY_UNIT] = string_param ("quantity-unit");
  properties[PROP_SIZE] = string_param ("size");
  properties[PROP_PLACE] = string_param ("place");

  properties[PROP_RESPONSIBLE_UNIT] =
    g_param_spec_object ("responsible-unit", NULL, NULL,
                         CCHC_TYPE_UNIT,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_OCCASIONS] = string_param ("occasions");
  properties[PROP_AUDIENCE] = string_param ("audience");

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cchc_activity_init (CchcActivity *self)
{
  self->kind = CCHC_ACTIVITY_KIND_OTHER;
  self->description = g_strdup ("");
  self->quantity_unit = g_strdup ("");
  self->size = g_strdup ("");
  self->place = g_strdup ("");
  self->occasions = g_strdup ("");
  self->audience = g_strdup ("");
}

/**
 * cchc_activity_kind_get_label:
 * @kind: a kind of activity
 *
 * Returns: the translated name of @kind, for the interface
 */
const char *
cchc_activity_kind_get_label (CchcActivityKind kind)
{
  switch (kind)
    {
    case CCHC_ACTIVITY_KIND_BANNER:
      /* Translators: a cloth banner hung across a street (băng rôn) */
      return _("Banner");

    case CCHC_ACTIVITY_KIND_PANEL:
      /* Translators: a large standing billboard (pano) */
      return _("Panel");

    case CCHC_ACTIVITY_KIND_PERFORMANCE:
      /* Translators: a propaganda show that travels from place to place */
      return _("Mobile performance");

    case CCHC_ACTIVITY_KIND_LOUDSPEAKER:
      /* Translators: a vehicle with loudspeakers driving around to broadcast */
      return _("Loudspeaker round");

    case CCHC_ACTIVITY_KIND_BOOK_DISPLAY:
      return _("Book display");

    case CCHC_ACTIVITY_KIND_BOOK_INTRODUCTION:
      return _("Book introduction");

    case CCHC_ACTIVITY_KIND_BOOK_EXHIBITION:
      return _("Book exhibition");

    case CCHC_ACTIVITY_KIND_QUIZ:
      /* Translators: a question-and-answer contest */
      return _("Quiz");

    case CCHC_ACTIVITY_KIND_OTHER:
      return _("Other activity");

    default:
      g_return_val_if_reached ("");
    }
}

/**
 * cchc_activity_new:
 *
 * Returns: (transfer full): a new activity, not yet stored
 */
CchcActivity *
cchc_activity_new (void)
{
  return g_object_new (CCHC_TYPE_ACTIVITY, NULL);
}

/**
 * cchc_activity_get_kind:
 *
 * Returns: the kind of activity
 */
CchcActivityKind
cchc_activity_get_kind (CchcActivity *self)
{
  g_return_val_if_fail (CCHC_IS_ACTIVITY (self), CCHC_ACTIVITY_KIND_OTHER);

  return self->kind;
}

/**
 * cchc_activity_set_kind:
 * @kind: the kind of activity
 *
 * Sets the kind of activity.
 */
void
cchc_activity_set_kind (CchcActivity     *self,
                        CchcActivityKind  kind)
{
  g_return_if_fail (CCHC_IS_ACTIVITY (self));

  if (self->kind == kind)
    return;

  self->kind = kind;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
}

/**
 * cchc_activity_get_description:
 *
 * Returns: what the activity is about, possibly empty
 */
const char *
cchc_activity_get_description (CchcActivity *self)
{
  g_return_val_if_fail (CCHC_IS_ACTIVITY (self), NULL);

  return self->description;
}

/**
 * cchc_activity_set_description:
 * @description: (nullable): the description; %NULL means empty
 *
 * Sets what the activity is about.
 */
void
cchc_activity_set_description (CchcActivity *self,
                               const char   *description)
{
  g_return_if_fail (CCHC_IS_ACTIVITY (self));

  set_string (self, &self->description, description, PROP_DESCRIPTION);
}

/**
 * cchc_activity_get_quantity:
 *
 * Returns: the planned quantity, or 0 when not given
 */
guint
cchc_activity_get_quantity (CchcActivity *self)
{
  g_return_val_if_fail (CCHC_IS_ACTIVITY (self), 0);

  return self->quantity;
}

/**
 * cchc_activity_set_quantity:
 * @quantity: the planned quantity; 0 means not given
 *
 * Sets the planned quantity.
 */
void
cchc_activity_set_quantity (CchcActivity *self,
                            guint         quantity)
{
  g_return_if_fail (CCHC_IS_ACTIVITY (self));

  if (self->quantity == quantity)
    return;

  self->quantity = quantity;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_QUANTITY]);
}

/**
 * cchc_activity_get_quantity_unit:
 *
 * Returns: the unit of the quantity ("băng rôn", "buổi"), possibly empty
 */
const char *
cchc_activity_get_quantity_unit (CchcActivity *self)
{
  g_return_val_if_fail (CCHC_IS_ACTIVITY (self), NULL);

  return self->quantity_unit;
}

/**
 * cchc_activity_set_quantity_unit:
 * @quantity_unit: (nullable): the unit; %NULL means empty
 *
 * Sets the unit of the quantity.
 */
void
cchc_activity_set_quantity_unit (CchcActivity *self,
                                 const char   *quantity_unit)
{
  g_return_if_fail (CCHC_IS_ACTIVITY (self));

  set_string (self, &self->quantity_unit, quantity_unit, PROP_QUANTITY_UNIT);
}

/**
 * cchc_activity_get_size:
 *
 * Returns: the size of the items ("2m x 3m"), possibly empty
 */
const char *
cchc_activity_get_size (CchcActivity *self)
{
  g_return_val_if_fail (CCHC_IS_ACTIVITY (self), NULL);

  return self->size;
}

/**
 * cchc_activity_set_size:
 * @size: (nullable): the size; %NULL means empty
 *
 * Sets the size of the items.
 */
void
cchc_activity_set_size (CchcActivity *self,
                        const char   *size)
{
  g_return_if_fail (CCHC_IS_ACTIVITY (self));

  set_string (self, &self->size, size, PROP_SIZE);
}

/**
 * cchc_activity_get_place:
 *
 * Returns: where the activity takes place, possibly empty
 */
const char *
cchc_activity_get_place (CchcActivity *self)
{
  g_return_val_if_fail (CCHC_IS_ACTIVITY (self), NULL);

  return self->place;
}

/**
 * cchc_activity_set_place:
 * @place: (nullable): the place; %NULL means empty
 *
 * Sets where the activity takes place.
 */
void
cchc_activity_set_place (CchcActivity *self,
                         const char   *place)
{
  g_return_if_fail (CCHC_IS_ACTIVITY (self));

  set_string (self, &self->place, place, PROP_PLACE);
}

/**
 * cchc_activity_get_responsible_unit:
 *
 * Returns: (transfer none) (nullable): the unit responsible for the activity
 */
CchcUnit *
cchc_activity_get_responsible_unit (CchcActivity *self)
{
  g_return_val_if_fail (CCHC_IS_ACTIVITY (self), NULL);

  return self->responsible_unit;
}

/**
 * cchc_activity_set_responsible_unit:
 * @responsible_unit: (nullable): the responsible unit
 *
 * Sets the unit responsible for the activity.
 */
void
cchc_activity_set_responsible_unit (CchcActivity *self,
                                    CchcUnit     *responsible_unit)
{
  g_return_if_fail (CCHC_IS_ACTIVITY (self));
  g_return_if_fail (responsible_unit == NULL || CCHC_IS_UNIT (responsible_unit));

  if (g_set_object (&self->responsible_unit, responsible_unit))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RESPONSIBLE_UNIT]);
}

/**
 * cchc_activity_get_occasions:
 *
 * Returns: the occasions or dates the activity marks, possibly empty
 */
const char *
cchc_activity_get_occasions (CchcActivity *self)
{
  g_return_val_if_fail (CCHC_IS_ACTIVITY (self), NULL);

  return self->occasions;
}

/**
 * cchc_activity_set_occasions:
 * @occasions: (nullable): the occasions; %NULL means empty
 *
 * Sets the occasions or dates the activity marks.
 */
void
cchc_activity_set_occasions (CchcActivity *self,
                             const char   *occasions)
{
  g_return_if_fail (CCHC_IS_ACTIVITY (self));

  set_string (self, &self->occasions, occasions, PROP_OCCASIONS);
}

/**
 * cchc_activity_get_audience:
 *
 * Returns: who the activity is for, possibly empty
 */
const char *
cchc_activity_get_audience (CchcActivity *self)
{
  g_return_val_if_fail (CCHC_IS_ACTIVITY (self), NULL);

  return self->audience;
}

/**
 * cchc_activity_set_audience:
 * @audience: (nullable): the audience; %NULL means empty
 *
 * Sets who the activity is for.
 */
void
cchc_activity_set_audience (CchcActivity *self,
                            const char   *audience)
{
  g_return_if_fail (CCHC_IS_ACTIVITY (self));

  set_string (self, &self->audience, audience, PROP_AUDIENCE);
}
