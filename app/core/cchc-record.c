/* cchc-record.c: base class of every stored row
 *
 * A record carries the two identities of a row: the integer key that only
 * the store uses, and the UUID that survives export and import. Everything
 * else is a property of the subclass; cchc_record_dup_values() and
 * cchc_record_assign() copy those generically, which is how edits are made
 * on a detached copy and written back only once the database took them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cchc-record"

#include "config.h"

#include <string.h>

#include "cchc-model-private.h"
#include "cchc-record.h"

typedef struct
{
  gint64  id;
  gint64  parent_id;
  char   *uuid;
} CchcRecordPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (CchcRecord, cchc_record, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_UUID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
cchc_record_finalize (GObject *object)
{
  CchcRecordPrivate *priv = cchc_record_get_instance_private (CCHC_RECORD (object));

  g_clear_pointer (&priv->uuid, g_free);

  G_OBJECT_CLASS (cchc_record_parent_class)->finalize (object);
}

static void
cchc_record_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  CchcRecord *self = CCHC_RECORD (object);
  CchcRecordPrivate *priv = cchc_record_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, priv->id);
      break;

    case PROP_UUID:
      g_value_set_string (value, priv->uuid);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cchc_record_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  CchcRecord *self = CCHC_RECORD (object);

  switch (prop_id)
    {
    case PROP_UUID:
      cchc_record_set_uuid (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cchc_record_class_init (CchcRecordClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cchc_record_finalize;
  object_class->get_property = cchc_record_get_property;
  object_class->set_property = cchc_record_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_UUID] =
    g_param_spec_string ("uuid", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cchc_record_init (CchcRecord *self)
{
}

/**
 * cchc_record_get_id:
 *
 * Returns: the row's key in the database, or 0 while it is not stored
 */
gint64
cchc_record_get_id (CchcRecord *self)
{
  CchcRecordPrivate *priv = cchc_record_get_instance_private (self);

  g_return_val_if_fail (CCHC_IS_RECORD (self), 0);

  return priv->id;
}

/**
 * cchc_record_get_uuid:
 *
 * Returns: (nullable): the stable identity of the row; %NULL until it is
 *   stored or given one
 */
const char *
cchc_record_get_uuid (CchcRecord *self)
{
  CchcRecordPrivate *priv = cchc_record_get_instance_private (self);

  g_return_val_if_fail (CCHC_IS_RECORD (self), NULL);

  return priv->uuid;
}

void
cchc_record_set_uuid (CchcRecord *self,
                      const char *uuid)
{
  CchcRecordPrivate *priv = cchc_record_get_instance_private (self);

  g_return_if_fail (CCHC_IS_RECORD (self));

  if (g_strcmp0 (priv->uuid, uuid) == 0)
    return;

  g_free (priv->uuid);
  priv->uuid = g_strdup (uuid);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UUID]);
}

/**
 * cchc_record_is_stored:
 *
 * Returns: whether the object is the live copy of a row in a store
 */
gboolean
cchc_record_is_stored (CchcRecord *self)
{
  return cchc_record_get_id (self) != 0;
}

/**
 * cchc_record_dup_values:
 *
 * Makes a detached object of the same type holding the same values, to be
 * edited and handed to cchc_store_update().
 *
 * Returns: (transfer full) (type CchcRecord): a new object
 */
gpointer
cchc_record_dup_values (CchcRecord *self)
{
  CchcRecord *copy;

  g_return_val_if_fail (CCHC_IS_RECORD (self), NULL);

  copy = g_object_new (G_OBJECT_TYPE (self), NULL);
  cchc_record_assign (copy, self);
  cchc_record_set_uuid (copy, cchc_record_get_uuid (self));

  return copy;
}

/**
 * cchc_record_assign:
 * @values: an object of the same type
 *
 * Copies every writable property of @values except the UUID onto @self.
 * Setters skip unchanged values, so only real changes notify.
 */
void
cchc_record_assign (CchcRecord *self,
                    CchcRecord *values)
{
  g_autofree GParamSpec **pspecs = NULL;
  guint n_pspecs;

  g_return_if_fail (CCHC_IS_RECORD (self));
  g_return_if_fail (G_OBJECT_TYPE (self) == G_OBJECT_TYPE (values));

  pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (self), &n_pspecs);

  g_object_freeze_notify (G_OBJECT (self));

  for (guint i = 0; i < n_pspecs; i++)
    {
      GParamSpec *pspec = pspecs[i];
      g_auto(GValue) value = G_VALUE_INIT;

      if ((pspec->flags & G_PARAM_WRITABLE) == 0 ||
          (pspec->flags & G_PARAM_CONSTRUCT_ONLY) != 0 ||
          pspec->owner_type == CCHC_TYPE_RECORD)
        continue;

      g_value_init (&value, pspec->value_type);
      g_object_get_property (G_OBJECT (values), pspec->name, &value);
      g_object_set_property (G_OBJECT (self), pspec->name, &value);
    }

  g_object_thaw_notify (G_OBJECT (self));
}

static void
count_change_cb (GObject    *object,
                 GParamSpec *pspec,
                 gpointer    changes)
{
  (*(guint *) changes)++;
}

/**
 * cchc_record_differs:
 * @values: an object of the same type
 *
 * Whether cchc_record_assign() of @values would change @self: each value
 * is compared by its own setter, the way its type says two are the same
 * (the same units in the same order, equal timeframes, equal texts).
 *
 * Returns: %TRUE when some value of @values is not @self's
 */
gboolean
cchc_record_differs (CchcRecord *self,
                     CchcRecord *values)
{
  g_autoptr(CchcRecord) copy = NULL;
  guint changes = 0;

  g_return_val_if_fail (CCHC_IS_RECORD (self), FALSE);
  g_return_val_if_fail (G_OBJECT_TYPE (self) == G_OBJECT_TYPE (values), FALSE);

  copy = cchc_record_dup_values (self);
  g_signal_connect (copy, "notify", G_CALLBACK (count_change_cb), &changes);
  cchc_record_assign (copy, values);

  return changes > 0;
}

void
_cchc_record_set_id (CchcRecord *self,
                     gint64      id)
{
  CchcRecordPrivate *priv = cchc_record_get_instance_private (self);

  if (priv->id == id)
    return;

  priv->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

gint64
_cchc_record_get_parent_id (CchcRecord *self)
{
  CchcRecordPrivate *priv = cchc_record_get_instance_private (self);

  return priv->parent_id;
}

void
_cchc_record_set_parent_id (CchcRecord *self,
                            gint64      parent_id)
{
  CchcRecordPrivate *priv = cchc_record_get_instance_private (self);

  priv->parent_id = parent_id;
}

/* Strings of model objects are never NULL: NULL is kept as the empty
 * string, so that the database's NOT NULL columns and the widgets agree.
 * Returns whether *field changed, for the caller to notify. */
gboolean
_cchc_set_string (char       **field,
                  const char  *value)
{
  char *copy;

  if (value == NULL)
    value = "";

  if (g_strcmp0 (*field, value) == 0)
    return FALSE;

  copy = g_strdup (value);
  g_free (*field);
  *field = copy;
  return TRUE;
}

/* NULL is "no date" and equals only itself. */
gboolean
_cchc_date_equal (const GDate *a,
                  const GDate *b)
{
  if (a == NULL || b == NULL)
    return a == b;

  return g_date_compare (a, b) == 0;
}

/**
 * _cchc_date_to_iso:
 * @date: (nullable): a date
 *
 * Returns: (transfer full) (nullable): "yyyy-mm-dd", as the database and
 *   plan files write dates, or %NULL without a valid date
 */
char *
_cchc_date_to_iso (const GDate *date)
{
  if (date == NULL || !g_date_valid (date))
    return NULL;

  return g_strdup_printf ("%04u-%02u-%02u", g_date_get_year (date), g_date_get_month (date),
                          g_date_get_day (date));
}

/**
 * _cchc_date_from_iso:
 * @text: (nullable): "yyyy-mm-dd", digits exactly so
 * @date: (out): the date, cleared when @text is not one
 *
 * Returns: whether @text is a valid date
 */
gboolean
_cchc_date_from_iso (const char *text,
                     GDate      *date)
{
  guint64 year, month, day;
  g_auto(GStrv) parts = NULL;

  g_date_clear (date, 1);
  if (text == NULL)
    return FALSE;

  parts = g_strsplit (text, "-", -1);
  if (g_strv_length (parts) != 3 || strlen (parts[0]) != 4 || strlen (parts[1]) != 2 ||
      strlen (parts[2]) != 2 ||
      !g_ascii_string_to_unsigned (parts[0], 10, 1, 9999, &year, NULL) ||
      !g_ascii_string_to_unsigned (parts[1], 10, 1, 12, &month, NULL) ||
      !g_ascii_string_to_unsigned (parts[2], 10, 1, 31, &day, NULL) ||
      !g_date_valid_dmy (day, month, year))
    return FALSE;

  g_date_set_dmy (date, day, month, year);
  return TRUE;
}
