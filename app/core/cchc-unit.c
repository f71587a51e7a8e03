/* cchc-unit.c: a unit that leads or cooperates on tasks ("đơn vị")
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cchc-unit"

#include "config.h"

#include "cchc-enums.h"
#include "cchc-model-private.h"
#include "cchc-unit.h"

struct _CchcUnit
{
  CchcRecord    parent_instance;

  char         *name;
  CchcUnitKind  kind;
};

G_DEFINE_FINAL_TYPE (CchcUnit, cchc_unit, CCHC_TYPE_RECORD)

enum {
  PROP_0,
  PROP_NAME,
  PROP_KIND,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
cchc_unit_finalize (GObject *object)
{
  CchcUnit *self = (CchcUnit *)object;

  g_clear_pointer (&self->name, g_free);

  G_OBJECT_CLASS (cchc_unit_parent_class)->finalize (object);
}

static void
cchc_unit_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  CchcUnit *self = CCHC_UNIT (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cchc_unit_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  CchcUnit *self = CCHC_UNIT (object);

  switch (prop_id)
    {
    case PROP_NAME:
      cchc_unit_set_name (self, g_value_get_string (value));
      break;

    case PROP_KIND:
      cchc_unit_set_kind (self, g_value_get_enum (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cchc_unit_class_init (CchcUnitClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cchc_unit_finalize;
  object_class->get_property = cchc_unit_get_property;
  object_class->set_property = cchc_unit_set_property;

  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                       CCHC_TYPE_UNIT_KIND,
                       CCHC_UNIT_KIND_INTERNAL,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cchc_unit_init (CchcUnit *self)
{
  self->name = g_strdup ("");
}

/**
 * cchc_unit_new:
 *
 * Returns: (transfer full): a new unit, not yet stored
 */
CchcUnit *
cchc_unit_new (const char   *name,
               CchcUnitKind  kind)
{
  return g_object_new (CCHC_TYPE_UNIT,
                       "name", name,
                       "kind", kind,
                       NULL);
}

const char *
cchc_unit_get_name (CchcUnit *self)
{
  g_return_val_if_fail (CCHC_IS_UNIT (self), NULL);

  return self->name;
}

void
cchc_unit_set_name (CchcUnit   *self,
                    const char *name)
{
  g_return_if_fail (CCHC_IS_UNIT (self));

  if (_cchc_set_string (&self->name, name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

CchcUnitKind
cchc_unit_get_kind (CchcUnit *self)
{
  g_return_val_if_fail (CCHC_IS_UNIT (self), 0);

  return self->kind;
}

void
cchc_unit_set_kind (CchcUnit     *self,
                    CchcUnitKind  kind)
{
  g_return_if_fail (CCHC_IS_UNIT (self));

  if (self->kind == kind)
    return;

  self->kind = kind;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
}
