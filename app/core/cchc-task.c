/* cchc-task.c: a row of the plan's implementation table ("nhiệm vụ")
 *
 * A task says what is to be done (text), what it yields (product), which
 * unit leads it, which units cooperate and when it is due. Its number
 * ("1.1", …) follows from its position in the area, so only the store sets
 * it; unnumbered tasks are printed without one.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cchc-task"

#include "config.h"

#include "cchc-model-private.h"
#include "cchc-task.h"
#include "cchc-timeframe.h"
#include "cchc-unit.h"

struct _CchcTask
{
  CchcRecord     parent_instance;

  char          *number;
  char          *text;
  char          *product;
  CchcUnit      *lead_unit;
  GPtrArray     *cooperating_units;
  CchcTimeframe *timeframe;
  guint          numbered : 1;
};

G_DEFINE_FINAL_TYPE (CchcTask, cchc_task, CCHC_TYPE_RECORD)

enum {
  PROP_0,
  PROP_NUMBER,
  PROP_NUMBERED,
  PROP_TEXT,
  PROP_PRODUCT,
  PROP_LEAD_UNIT,
  PROP_COOPERATING_UNITS,
  PROP_TIMEFRAME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
set_string (CchcTask  *self,
            char      **field,
            const char *value,
            guint       prop_id)
{
  if (_cchc_set_string (field, value))
    g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

static gboolean
units_equal (GPtrArray *a,
             GPtrArray *b)
{
  guint len_a = a != NULL ? a->len : 0;
  guint len_b = b != NULL ? b->len : 0;

  if (len_a != len_b)
    return FALSE;

  for (guint i = 0; i < len_a; i++)
    {
      if (g_ptr_array_index (a, i) != g_ptr_array_index (b, i))
        return FALSE;
    }

  return TRUE;
}

static void
cchc_task_dispose (GObject *object)
{
  CchcTask *self = (CchcTask *)object;

  g_clear_object (&self->lead_unit);

  /* Drop the units but keep the array non-NULL. The old array is replaced,
   * not emptied: whoever read the property may still hold it. */
  if (self->cooperating_units->len > 0)
    {
      g_ptr_array_unref (self->cooperating_units);
      self->cooperating_units = g_ptr_array_new_with_free_func (g_object_unref);
    }

  G_OBJECT_CLASS (cchc_task_parent_class)->dispose (object);
}

static void
cchc_task_finalize (GObject *object)
{
  CchcTask *self = (CchcTask *)object;

  g_clear_pointer (&self->number, g_free);
  g_clear_pointer (&self->text, g_free);
  g_clear_pointer (&self->product, g_free);
  g_clear_pointer (&self->cooperating_units, g_ptr_array_unref);
  g_clear_pointer (&self->timeframe, cchc_timeframe_free);

  G_OBJECT_CLASS (cchc_task_parent_class)->finalize (object);
}

static void
cchc_task_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  CchcTask *self = CCHC_TASK (object);

  switch (prop_id)
    {
    case PROP_NUMBER:
      g_value_set_string (value, self->number);
      break;

    case PROP_NUMBERED:
      g_value_set_boolean (value, self->numbered);
      break;

    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;

    case PROP_PRODUCT:
      g_value_set_string (value, self->product);
      break;

    case PROP_LEAD_UNIT:
      g_value_set_object (value, self->lead_unit);
      break;

    case PROP_COOPERATING_UNITS:
      /* A reference, not a copy: the stored array is never changed. */
      g_value_set_boxed (value, self->cooperating_units);
      break;

    case PROP_TIMEFRAME:
      g_value_set_boxed (value, self->timeframe);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cchc_task_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  CchcTask *self = CCHC_TASK (object);

  switch (prop_id)
    {
    case PROP_NUMBERED:
      cchc_task_set_numbered (self, g_value_get_boolean (value));
      break;

    case PROP_TEXT:
      cchc_task_set_text (self, g_value_get_string (value));
      break;

    case PROP_PRODUCT:
      cchc_task_set_product (self, g_value_get_string (value));
      break;

    case PROP_LEAD_UNIT:
      cchc_task_set_lead_unit (self, g_value_get_object (value));
      break;

    case PROP_COOPERATING_UNITS:
      cchc_task_set_cooperating_units (self, g_value_get_boxed (value));
      break;

    case PROP_TIMEFRAME:
      cchc_task_set_timeframe (self, g_value_get_boxed (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cchc_task_class_init (CchcTaskClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = cchc_task_dispose;
  object_class->finalize = cchc_task_finalize;
  object_class->get_property = cchc_task_get_property;
  object_class->set_property = cchc_task_set_property;

  properties[PROP_NUMBER] =
    g_param_spec_string ("number", NULL, NULL,
                         "",
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_NUMBERED] =
    g_param_spec_boolean ("numbered", NULL, NULL,
                          TRUE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_PRODUCT] =
    g_param_spec_string ("product", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_LEAD_UNIT] =
    g_param_spec_object ("lead-unit", NULL, NULL,
                         CCHC_TYPE_UNIT,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_COOPERATING_UNITS] =
    g_param_spec_boxed ("cooperating-units", NULL, NULL,
                        G_TYPE_PTR_ARRAY,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_TIMEFRAME] =
    g_param_spec_boxed ("timeframe", NULL, NULL,
                        CCHC_TYPE_TIMEFRAME,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cchc_task_init (CchcTask *self)
{
  self->number = g_strdup ("");
  self->text = g_strdup ("");
  self->product = g_strdup ("");
  self->cooperating_units = g_ptr_array_new_with_free_func (g_object_unref);
  self->numbered = TRUE;
}

/**
 * cchc_task_new:
 *
 * Returns: (transfer full): a new numbered task, not yet stored
 */
CchcTask *
cchc_task_new (void)
{
  return g_object_new (CCHC_TYPE_TASK, NULL);
}

/**
 * cchc_task_get_number:
 *
 * Returns: the task's number in its area ("1.1"), given by the store;
 *   empty while the task is not stored or is not numbered
 */
const char *
cchc_task_get_number (CchcTask *self)
{
  g_return_val_if_fail (CCHC_IS_TASK (self), NULL);

  return self->number;
}

/**
 * cchc_task_get_numbered:
 *
 * Returns: whether the task gets a number in the table
 */
gboolean
cchc_task_get_numbered (CchcTask *self)
{
  g_return_val_if_fail (CCHC_IS_TASK (self), FALSE);

  return self->numbered;
}

/**
 * cchc_task_set_numbered:
 * @numbered: whether the task gets a number
 *
 * Sets whether the task gets a number in the table.
 */
void
cchc_task_set_numbered (CchcTask *self,
                        gboolean  numbered)
{
  g_return_if_fail (CCHC_IS_TASK (self));

  numbered = !!numbered;

  if (self->numbered == numbered)
    return;

  self->numbered = numbered;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NUMBERED]);
}

/**
 * cchc_task_get_text:
 *
 * Returns: what is to be done, possibly empty
 */
const char *
cchc_task_get_text (CchcTask *self)
{
  g_return_val_if_fail (CCHC_IS_TASK (self), NULL);

  return self->text;
}

/**
 * cchc_task_set_text:
 * @text: (nullable): what is to be done; %NULL means empty
 *
 * Sets the text of the task.
 */
void
cchc_task_set_text (CchcTask   *self,
                    const char *text)
{
  g_return_if_fail (CCHC_IS_TASK (self));

  set_string (self, &self->text, text, PROP_TEXT);
}

/**
 * cchc_task_get_product:
 *
 * Returns: what the task yields ("sản phẩm"), possibly empty
 */
const char *
cchc_task_get_product (CchcTask *self)
{
  g_return_val_if_fail (CCHC_IS_TASK (self), NULL);

  return self->product;
}

/**
 * cchc_task_set_product:
 * @product: (nullable): what the task yields; %NULL means empty
 *
 * Sets the product of the task.
 */
void
cchc_task_set_product (CchcTask   *self,
                       const char *product)
{
  g_return_if_fail (CCHC_IS_TASK (self));

  set_string (self, &self->product, product, PROP_PRODUCT);
}

/**
 * cchc_task_get_lead_unit:
 *
 * Returns: (transfer none) (nullable): the unit leading the task
 *   ("đơn vị chủ trì")
 */
CchcUnit *
cchc_task_get_lead_unit (CchcTask *self)
{
  g_return_val_if_fail (CCHC_IS_TASK (self), NULL);

  return self->lead_unit;
}

/**
 * cchc_task_set_lead_unit:
 * @lead_unit: (nullable): the leading unit
 *
 * Sets the unit leading the task.
 */
void
cchc_task_set_lead_unit (CchcTask *self,
                         CchcUnit *lead_unit)
{
  g_return_if_fail (CCHC_IS_TASK (self));
  g_return_if_fail (lead_unit == NULL || CCHC_IS_UNIT (lead_unit));

  if (g_set_object (&self->lead_unit, lead_unit))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LEAD_UNIT]);
}

/**
 * cchc_task_get_cooperating_units:
 *
 * The array is never changed once the task holds it; a new one replaces it
 * when the units change.
 *
 * Returns: (transfer none) (element-type CchcUnit): the cooperating units
 *   ("đơn vị phối hợp") in order; never %NULL
 */
GPtrArray *
cchc_task_get_cooperating_units (CchcTask *self)
{
  g_return_val_if_fail (CCHC_IS_TASK (self), NULL);

  return self->cooperating_units;
}

/**
 * cchc_task_set_cooperating_units:
 * @units: (nullable) (element-type CchcUnit): the units in order; %NULL
 *   means none
 *
 * Sets the cooperating units. The task keeps its own array holding its own
 * references; @units is not kept.
 */
void
cchc_task_set_cooperating_units (CchcTask  *self,
                                 GPtrArray *units)
{
  g_autoptr(GPtrArray) copy = NULL;
  guint n_units;

  g_return_if_fail (CCHC_IS_TASK (self));

  n_units = units != NULL ? units->len : 0;

  for (guint i = 0; i < n_units; i++)
    g_return_if_fail (CCHC_IS_UNIT (g_ptr_array_index (units, i)));

  if (units_equal (self->cooperating_units, units))
    return;

  copy = g_ptr_array_new_full (n_units, g_object_unref);
  for (guint i = 0; i < n_units; i++)
    g_ptr_array_add (copy, g_object_ref (g_ptr_array_index (units, i)));

  g_clear_pointer (&self->cooperating_units, g_ptr_array_unref);
  self->cooperating_units = g_steal_pointer (&copy);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COOPERATING_UNITS]);
}

/**
 * cchc_task_get_timeframe:
 *
 * Returns: (transfer none) (nullable): when the task is to be done
 *   ("thời gian thực hiện"), or %NULL when not given
 */
const CchcTimeframe *
cchc_task_get_timeframe (CchcTask *self)
{
  g_return_val_if_fail (CCHC_IS_TASK (self), NULL);

  return self->timeframe;
}

/**
 * cchc_task_set_timeframe:
 * @timeframe: (nullable): when the task is to be done
 *
 * Sets the timeframe of the task. The timeframe is copied.
 */
void
cchc_task_set_timeframe (CchcTask            *self,
                         const CchcTimeframe *timeframe)
{
  CchcTimeframe *copy;

  g_return_if_fail (CCHC_IS_TASK (self));

  if (cchc_timeframe_equal (self->timeframe, timeframe))
    return;

  copy = timeframe != NULL ? cchc_timeframe_copy (timeframe) : NULL;
  g_clear_pointer (&self->timeframe, cchc_timeframe_free);
  self->timeframe = copy;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TIMEFRAME]);
}

void
_cchc_task_set_number (CchcTask   *self,
                       const char *number)
{
  g_return_if_fail (CCHC_IS_TASK (self));

  set_string (self, &self->number, number, PROP_NUMBER);
}

/**
 * cchc_task_dup_cooperating_names:
 * @separator: what goes between two names ("; " in documents)
 *
 * Returns: (transfer full): the names of the cooperating units in order,
 *   or "" when there are none
 */
char *
cchc_task_dup_cooperating_names (CchcTask   *self,
                                 const char *separator)
{
  g_autoptr(GString) names = g_string_new (NULL);

  g_return_val_if_fail (CCHC_IS_TASK (self), NULL);

  for (guint i = 0; i < self->cooperating_units->len; i++)
    {
      if (i > 0)
        g_string_append (names, separator);
      g_string_append (names, cchc_unit_get_name (g_ptr_array_index (self->cooperating_units,
                                                                      i)));
    }

  return g_string_free (g_steal_pointer (&names), FALSE);
}
