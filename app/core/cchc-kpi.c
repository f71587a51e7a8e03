/* cchc-kpi.c: a target the plan sets ("chỉ tiêu")
 *
 * A KPI is a sentence, optionally with a numeric target: a comparator, a
 * value and its unit ("≥ 95%"). Qualitative KPIs have the comparator
 * %CCHC_COMPARATOR_NONE and no target.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cchc-kpi"

#include "config.h"

#include "cchc-model-private.h"
#include <math.h>
#include <string.h>

#include "cchc-enums.h"
#include "cchc-kpi.h"

/* Room for "%.2f" of any finite double: 309 digits, sign, point, two decimals. */
#define NUMBER_BUF_SIZE 320

struct _CchcKpi
{
  CchcRecord      parent_instance;

  char           *text;
  CchcComparator  comparator;
  double          target;
  char           *target_unit;
};

G_DEFINE_FINAL_TYPE (CchcKpi, cchc_kpi, CCHC_TYPE_RECORD)

enum {
  PROP_0,
  PROP_TEXT,
  PROP_COMPARATOR,
  PROP_TARGET,
  PROP_TARGET_UNIT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
set_string (CchcKpi   *self,
            char      **field,
            const char *value,
            guint       prop_id)
{
  if (_cchc_set_string (field, value))
    g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

/* Vietnamese documents write numbers with a decimal comma and a thousands
 * dot, without trailing zeros: 95 → "95", 95.5 → "95,5", 1500 → "1.500".
 * Done by hand so that the result does not depend on the locale. */
static char *
format_number (double value)
{
  char buf[NUMBER_BUF_SIZE];
  GString *out;
  const char *digits;
  char *point;
  gsize int_len;

  g_ascii_formatd (buf, sizeof buf, "%.2f", value);

  point = strchr (buf, '.');
  if (point != NULL)
    {
      char *end = point + strlen (point) - 1;

      while (end > point && *end == '0')
        *end-- = '\0';
      if (end == point)
        *point = '\0';
    }

  if (strcmp (buf, "-0") == 0)
    return g_strdup ("0");

  out = g_string_new (NULL);
  digits = buf;
  if (*digits == '-')
    g_string_append_c (out, *digits++);

  int_len = strcspn (digits, ".");
  for (gsize i = 0; i < int_len; i++)
    {
      if (i > 0 && (int_len - i) % 3 == 0)
        g_string_append_c (out, '.');
      g_string_append_c (out, digits[i]);
    }

  if (digits[int_len] == '.')
    {
      g_string_append_c (out, ',');
      g_string_append (out, digits + int_len + 1);
    }

  return g_string_free (out, FALSE);
}

static void
cchc_kpi_finalize (GObject *object)
{
  CchcKpi *self = (CchcKpi *)object;

  g_clear_pointer (&self->text, g_free);
  g_clear_pointer (&self->target_unit, g_free);

  G_OBJECT_CLASS (cchc_kpi_parent_class)->finalize (object);
}

static void
cchc_kpi_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  CchcKpi *self = CCHC_KPI (object);

  switch (prop_id)
    {
    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;

    case PROP_COMPARATOR:
      g_value_set_enum (value, self->comparator);
      break;

    case PROP_TARGET:
      g_value_set_double (value, self->target);
      break;

    case PROP_TARGET_UNIT:
      g_value_set_string (value, self->target_unit);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cchc_kpi_set_property (GObject      *object,
                       guint         prop_id,
                       const GValue *value,
                       GParamSpec   *pspec)
{
  CchcKpi *self = CCHC_KPI (object);

  switch (prop_id)
    {
    case PROP_TEXT:
      cchc_kpi_set_text (self, g_value_get_string (value));
      break;

    case PROP_COMPARATOR:
      cchc_kpi_set_comparator (self, g_value_get_enum (value));
      break;

    case PROP_TARGET:
      cchc_kpi_set_target (self, g_value_get_double (value));
      break;

    case PROP_TARGET_UNIT:
      cchc_kpi_set_target_unit (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cchc_kpi_class_init (CchcKpiClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cchc_kpi_finalize;
  object_class->get_property = cchc_kpi_get_property;
  object_class->set_property = cchc_kpi_set_property;

  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_COMPARATOR] =
    g_param_spec_enum ("comparator", NULL, NULL,
                       CCHC_TYPE_COMPARATOR,
                       CCHC_COMPARATOR_NONE,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_TARGET] =
    g_param_spec_double ("target", NULL, NULL,
                         -G_MAXDOUBLE, G_MAXDOUBLE, 0.0,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_TARGET_UNIT] =
    g_param_spec_string ("target-unit", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cchc_kpi_init (CchcKpi *self)
{
  self->text = g_strdup ("");
  self->target_unit = g_strdup ("");
}

/**
 * cchc_kpi_new:
 *
 * Returns: (transfer full): a new qualitative KPI, not yet stored
 */
CchcKpi *
cchc_kpi_new (void)
{
  return g_object_new (CCHC_TYPE_KPI, NULL);
}

/**
 * cchc_kpi_get_text:
 *
 * Returns: the sentence of the KPI, possibly empty
 */
const char *
cchc_kpi_get_text (CchcKpi *self)
{
  g_return_val_if_fail (CCHC_IS_KPI (self), NULL);

  return self->text;
}

/**
 * cchc_kpi_set_text:
 * @text: (nullable): the sentence; %NULL means empty
 *
 * Sets the sentence of the KPI.
 */
void
cchc_kpi_set_text (CchcKpi    *self,
                   const char *text)
{
  g_return_if_fail (CCHC_IS_KPI (self));

  set_string (self, &self->text, text, PROP_TEXT);
}

/**
 * cchc_kpi_get_comparator:
 *
 * Returns: how the actual value is compared with the target;
 *   %CCHC_COMPARATOR_NONE for a qualitative KPI
 */
CchcComparator
cchc_kpi_get_comparator (CchcKpi *self)
{
  g_return_val_if_fail (CCHC_IS_KPI (self), CCHC_COMPARATOR_NONE);

  return self->comparator;
}

/**
 * cchc_kpi_set_comparator:
 * @comparator: the comparator
 *
 * Sets how the actual value is compared with the target.
 */
void
cchc_kpi_set_comparator (CchcKpi        *self,
                         CchcComparator  comparator)
{
  g_return_if_fail (CCHC_IS_KPI (self));

  if (self->comparator == comparator)
    return;

  self->comparator = comparator;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMPARATOR]);
}

/**
 * cchc_kpi_get_target:
 *
 * Returns: the target value; meaningless for a qualitative KPI
 */
double
cchc_kpi_get_target (CchcKpi *self)
{
  g_return_val_if_fail (CCHC_IS_KPI (self), 0.0);

  return self->target;
}

/**
 * cchc_kpi_set_target:
 * @target: a finite number
 *
 * Sets the target value.
 */
void
cchc_kpi_set_target (CchcKpi *self,
                     double   target)
{
  g_return_if_fail (CCHC_IS_KPI (self));
  g_return_if_fail (isfinite (target));

  if (self->target == target)
    return;

  self->target = target;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TARGET]);
}

/**
 * cchc_kpi_get_target_unit:
 *
 * Returns: the unit of the target ("%", "ngày"), possibly empty
 */
const char *
cchc_kpi_get_target_unit (CchcKpi *self)
{
  g_return_val_if_fail (CCHC_IS_KPI (self), NULL);

  return self->target_unit;
}

/**
 * cchc_kpi_set_target_unit:
 * @target_unit: (nullable): the unit; %NULL means none
 *
 * Sets the unit of the target.
 */
void
cchc_kpi_set_target_unit (CchcKpi    *self,
                          const char *target_unit)
{
  g_return_if_fail (CCHC_IS_KPI (self));

  set_string (self, &self->target_unit, target_unit, PROP_TARGET_UNIT);
}

/**
 * cchc_kpi_format_target:
 *
 * Formats the target as printed in documents, in Vietnamese whatever the
 * language of the interface: "≥ 95%", "> 95%", "100%", "≤ 3 ngày". An equal
 * target shows no symbol.
 *
 * Returns: (transfer full): the target text; empty for a qualitative KPI
 */
char *
cchc_kpi_format_target (CchcKpi *self)
{
  g_autofree char *number = NULL;
  const char *symbol;

  g_return_val_if_fail (CCHC_IS_KPI (self), NULL);

  switch (self->comparator)
    {
    case CCHC_COMPARATOR_GE:
      symbol = "≥ ";
      break;

    case CCHC_COMPARATOR_GT:
      symbol = "> ";
      break;

    case CCHC_COMPARATOR_EQ:
      symbol = "";
      break;

    case CCHC_COMPARATOR_LE:
      symbol = "≤ ";
      break;

    case CCHC_COMPARATOR_LT:
      symbol = "< ";
      break;

    case CCHC_COMPARATOR_NONE:
    default:
      return g_strdup ("");
    }

  number = format_number (self->target);

  /* "95%" but "3 ngày" */
  if (self->target_unit[0] == '\0' || strcmp (self->target_unit, "%") == 0)
    return g_strconcat (symbol, number, self->target_unit, NULL);

  return g_strconcat (symbol, number, " ", self->target_unit, NULL);
}
