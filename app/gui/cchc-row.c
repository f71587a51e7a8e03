/* cchc-row.c: a row of a CchcRowRecycler, and the item it shows
 *
 * The row stands for an item of the recycler's model in a list or column
 * view; the view's cells show cchc_row_get_item(). The recycler passes a
 * row that cells show on to another item when its own goes, and the row
 * tells its cells ("changed"). It also tells them when its item changes,
 * while cells show it (cchc_row_bind()).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cchc-row"

#include "config.h"

#include "cchc-row-private.h"

struct _CchcRow
{
  GObject   parent_instance;

  GObject  *item;
  guint     n_bound;   /* the cells showing the row */
  gulong    handler;   /* on @item's notify, while bound */
  guint     serial;    /* one more at each change of what it shows */
};

enum {
  ROW_CHANGED,
  N_ROW_SIGNALS
};

static guint row_signals[N_ROW_SIGNALS];

G_DEFINE_FINAL_TYPE (CchcRow, cchc_row, G_TYPE_OBJECT)

static void
emit_changed (CchcRow *self)
{
  self->serial++;
  g_signal_emit (self, row_signals[ROW_CHANGED], 0);
}

static void
on_item_notify_cb (CchcRow    *self,
                   GParamSpec *pspec,
                   GObject    *item)
{
  emit_changed (self);
}

static void
watch_item (CchcRow  *self,
            gboolean  watch)
{
  if (watch)
    self->handler = g_signal_connect_swapped (self->item, "notify",
                                              G_CALLBACK (on_item_notify_cb), self);
  else
    g_clear_signal_handler (&self->handler, self->item);
}

static void
cchc_row_dispose (GObject *object)
{
  CchcRow *self = CCHC_ROW (object);

  if (self->item != NULL)
    watch_item (self, FALSE);
  g_clear_object (&self->item);

  G_OBJECT_CLASS (cchc_row_parent_class)->dispose (object);
}

static void
cchc_row_class_init (CchcRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = cchc_row_dispose;

  /**
   * CchcRow::changed:
   *
   * What the row shows has changed: it shows another item, or its item
   * changed while cells show it (see cchc_row_bind()).
   */
  row_signals[ROW_CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
cchc_row_init (CchcRow *self)
{
}

/**
 * _cchc_row_new:
 * @item: the item of the other model that the row shows
 *
 * Returns: (transfer full): a row, shown by no cell yet
 */
CchcRow *
_cchc_row_new (GObject *item)
{
  CchcRow *self = g_object_new (CCHC_TYPE_ROW, NULL);

  self->item = g_object_ref (item);

  return self;
}

/**
 * _cchc_row_set_item:
 * @item: another item to show
 *
 * Passes the row on to @item: the cells showing it hear "changed".
 */
void
_cchc_row_set_item (CchcRow *self,
                    GObject *item)
{
  if (self->item == item)
    return;

  if (self->n_bound > 0)
    watch_item (self, FALSE);
  g_set_object (&self->item, item);
  if (self->n_bound > 0)
    watch_item (self, TRUE);
  emit_changed (self);
}

/**
 * cchc_row_get_item:
 *
 * Returns: (transfer none) (type GObject): the item of the other model
 *   that the row shows
 */
gpointer
cchc_row_get_item (CchcRow *self)
{
  g_return_val_if_fail (CCHC_IS_ROW (self), NULL);

  return self->item;
}

/**
 * cchc_row_get_serial:
 *
 * Returns: a number that changes whenever what the row shows may have
 *   changed: a cell that showed the row at this number needs no update
 */
guint
cchc_row_get_serial (CchcRow *self)
{
  g_return_val_if_fail (CCHC_IS_ROW (self), 0);

  return self->serial;
}

/**
 * cchc_row_bind:
 *
 * Tells the row that a cell shows it: rows shown are the ones passed on
 * to other items, and they tell of their item's changes ("changed").
 * Each call is matched by one of cchc_row_unbind().
 */
void
cchc_row_bind (CchcRow *self)
{
  g_return_if_fail (CCHC_IS_ROW (self));

  /* Changes of the item while no cell showed the row went unheard. */
  if (self->n_bound++ == 0)
    {
      watch_item (self, TRUE);
      self->serial++;
    }
}

/**
 * cchc_row_unbind:
 *
 * Tells the row that a cell no longer shows it.
 */
void
cchc_row_unbind (CchcRow *self)
{
  g_return_if_fail (CCHC_IS_ROW (self));
  g_return_if_fail (self->n_bound > 0);

  if (--self->n_bound == 0)
    watch_item (self, FALSE);
}

/**
 * _cchc_row_is_bound:
 *
 * Returns: whether a cell shows the row
 */
gboolean
_cchc_row_is_bound (CchcRow *self)
{
  return self->n_bound > 0;
}
