/* cchc-task-rows.c: the rows of the task table, grouped by area and filtered
 *
 * One model in place of a map, a flatten and a filter model: for each area
 * of the plan it keeps whether the area's header row is shown and which of
 * its tasks are. The rows shown are read straight from those arrays, so the
 * table does not walk nested models for every row it asks for.
 *
 * A new filter re-checks only the rows it can change (a longer query only
 * the rows shown, a shorter one only the rows hidden), on values cached on
 * the tasks (the folded search text), and announces the difference as one
 * items-changed from the first row that changed to the last, as
 * GtkFilterListModel does. An edit arrives from the store's models as an
 * exact items-changed and leaves at the place its rows have among the rows
 * shown. While filtering, an area's header row is shown when any of its
 * tasks is; it can be left out altogether (while a column sorts the rows).
 *
 * The caches on the tasks (search text, collation keys, the area and the
 * place in it) are kept here too: the page's sorters and cells read them.
 * The search texts are made in idle time once the rows are shown, so that
 * the first key typed does not wait for ten thousand of them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cchc-task-rows"

#include "config.h"

#include <string.h>

#include "cchc-task-rows.h"
#include "cchc-text.h"
#include "cchc-timeframe.h"

typedef struct
{
  CchcArea   *area;
  GListModel *tasks;
  gulong      handler;
  GPtrArray  *items;    /* the tasks of @tasks, for quick reading */
  GArray     *matches;  /* guint8 for each task: whether it is shown */
  GArray     *shown;    /* guint: the places of the tasks shown */
  gboolean    header;   /* whether the area's header row is shown */
  gboolean    indexed;  /* whether the tasks know their places */
} Group;

struct _CchcTaskRows
{
  GObject     parent_instance;

  CchcStore  *store;    /* weak */
  GListModel *areas;
  GPtrArray  *groups;
  guint       n_items;
  guint       n_tasks;
  guint       n_shown_tasks;

  /* Where the search texts are still to be cached, in idle time. */
  guint       warm_up_source;
  guint       warm_up_group;
  guint       warm_up_task;

  char       *query;
  CchcArea   *area_choice;
  CchcUnit   *lead_choice;
  gboolean    headers;
};

static void cchc_task_rows_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (CchcTaskRows, cchc_task_rows, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      cchc_task_rows_list_model_init))

enum {
  PROP_0,
  PROP_N_TASKS,
  PROP_N_SHOWN_TASKS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* How a new filter relates to the old one: which rows it may change. */
typedef enum
{
  STRICTNESS_SAME      = 0,
  STRICTNESS_MORE      = 1 << 0,  /* it may hide rows shown */
  STRICTNESS_LESS      = 1 << 1,  /* it may show rows hidden */
  STRICTNESS_DIFFERENT = STRICTNESS_MORE | STRICTNESS_LESS,
} Strictness;

/* Task data cached on the objects ----------------------------------- */

typedef struct
{
  guint  units_serial;
  char  *search;
  char  *keys[CCHC_TASK_N_COLUMNS];
} TaskCache;

/* The area of a task (a reference), as its group last saw it. */
static GQuark area_quark;
/* TaskCache of a task, dropped whenever the task notifies a change. */
static GQuark cache_quark;
static GQuark watched_quark;
/* 1 + the place of a task in its area, valid while its group is indexed. */
static GQuark index_quark;

/* Unit names are part of the cached text: renaming a unit makes every
 * cache older than this serial stale. */
static guint units_serial = 1;

static void
task_cache_free (gpointer data)
{
  TaskCache *cache = data;

  g_free (cache->search);
  for (guint i = 0; i < CCHC_TASK_N_COLUMNS; i++)
    g_free (cache->keys[i]);
  g_free (cache);
}

static void
on_task_notify_cb (GObject    *task,
                   GParamSpec *pspec,
                   gpointer    data)
{
  g_object_set_qdata (task, cache_quark, NULL);
}

static TaskCache *
task_get_cache (CchcTask *task)
{
  TaskCache *cache = g_object_get_qdata (G_OBJECT (task), cache_quark);
  g_autoptr(GString) text = NULL;

  if (cache != NULL && cache->units_serial == units_serial)
    return cache;

  /* Once per task, whichever model sees it first: the handler needs none. */
  if (g_object_get_qdata (G_OBJECT (task), watched_quark) == NULL)
    {
      g_signal_connect (task, "notify", G_CALLBACK (on_task_notify_cb), NULL);
      g_object_set_qdata (G_OBJECT (task), watched_quark, GINT_TO_POINTER (TRUE));
    }

  text = g_string_new (NULL);
  for (CchcTaskColumn column = 0; column < CCHC_TASK_N_COLUMNS; column++)
    {
      g_autofree char *value = cchc_task_rows_dup_text (task, column);

      g_string_append (text, value);
      g_string_append_c (text, '\n');
    }

  cache = g_new0 (TaskCache, 1);
  cache->units_serial = units_serial;
  cache->search = cchc_text_fold (text->str);
  g_object_set_qdata_full (G_OBJECT (task), cache_quark, cache, task_cache_free);

  return cache;
}

static void
tag_tasks (GPtrArray *tasks,
           CchcArea  *area,
           guint      position,
           guint      n_items)
{
  for (guint i = position; i < position + n_items; i++)
    {
      GObject *task = g_ptr_array_index (tasks, i);

      if (g_object_get_qdata (task, area_quark) != area)
        g_object_set_qdata_full (task, area_quark, g_object_ref (area), g_object_unref);
    }
}

/* Groups ------------------------------------------------------------- */

static void
group_free (gpointer data)
{
  Group *group = data;

  g_clear_signal_handler (&group->handler, group->tasks);
  g_clear_object (&group->tasks);
  g_clear_object (&group->area);
  g_ptr_array_unref (group->items);
  g_array_unref (group->matches);
  g_array_unref (group->shown);
  g_free (group);
}

static guint
group_get_n_rows (Group *group)
{
  return (group->header ? 1 : 0) + group->shown->len;
}

static Group *
find_group (CchcTaskRows *self,
            CchcArea     *area)
{
  for (guint i = 0; i < self->groups->len; i++)
    {
      Group *group = g_ptr_array_index (self->groups, i);

      if (group->area == area)
        return group;
    }

  return NULL;
}

static void
group_update_shown (Group *group)
{
  g_array_set_size (group->shown, 0);
  for (guint i = 0; i < group->matches->len; i++)
    if (g_array_index (group->matches, guint8, i))
      g_array_append_val (group->shown, i);
}

/* The number of tasks shown before the task at @position. */
static guint
group_count_shown_before (Group *group,
                          guint  position)
{
  guint low = 0;
  guint high = group->shown->len;

  while (low < high)
    {
      guint middle = low + (high - low) / 2;

      if (g_array_index (group->shown, guint, middle) < position)
        low = middle + 1;
      else
        high = middle;
    }

  return low;
}

/* Filtering ---------------------------------------------------------- */

static gboolean
task_matches (CchcTaskRows *self,
              CchcTask     *task)
{
  if (self->lead_choice != NULL && cchc_task_get_lead_unit (task) != self->lead_choice)
    return FALSE;

  return self->query == NULL || cchc_text_contains (task_get_cache (task)->search, self->query);
}

/* Sets the matches of the tasks at @position, @n_items of them; those
 * whose match is @keep stay as they are. */
static void
group_match_tasks (CchcTaskRows *self,
                   Group        *group,
                   guint         position,
                   guint         n_items,
                   int           keep)
{
  gboolean area_shown = self->area_choice == NULL || group->area == self->area_choice;

  for (guint i = position; i < position + n_items; i++)
    {
      guint8 *match = &g_array_index (group->matches, guint8, i);

      if (!area_shown)
        *match = FALSE;
      else if (*match != keep)
        *match = task_matches (self, g_ptr_array_index (group->items, i));
    }
}

static gboolean
group_wants_header (CchcTaskRows *self,
                    Group        *group)
{
  if (!self->headers)
    return FALSE;

  return !cchc_task_rows_get_filtering (self) || group->shown->len > 0;
}

static void
notify_counts (CchcTaskRows *self,
               guint         n_tasks,
               guint         n_shown_tasks)
{
  if (n_tasks != self->n_tasks)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_TASKS]);
  if (n_shown_tasks != self->n_shown_tasks)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_SHOWN_TASKS]);
}

/* Edits -------------------------------------------------------------- */

static void
on_tasks_items_changed_cb (GListModel *tasks,
                           guint       position,
                           guint       removed,
                           guint       added,
                           gpointer    data);

static Group *
group_new (CchcTaskRows *self,
           CchcArea     *area)
{
  Group *group = g_new0 (Group, 1);
  guint n_items;

  group->area = g_object_ref (area);
  group->tasks = g_object_ref (cchc_store_get_tasks (self->store, area));
  n_items = g_list_model_get_n_items (group->tasks);
  group->items = g_ptr_array_new_full (n_items, g_object_unref);
  for (guint i = 0; i < n_items; i++)
    g_ptr_array_add (group->items, g_list_model_get_item (group->tasks, i));
  group->matches = g_array_sized_new (FALSE, TRUE, sizeof (guint8), n_items);
  group->shown = g_array_sized_new (FALSE, FALSE, sizeof (guint), n_items);
  g_array_set_size (group->matches, n_items);
  tag_tasks (group->items, area, 0, n_items);
  group_match_tasks (self, group, 0, n_items, -1);
  group_update_shown (group);
  group->header = group_wants_header (self, group);
  group->handler = g_signal_connect (group->tasks, "items-changed",
                                     G_CALLBACK (on_tasks_items_changed_cb), self);

  return group;
}

static guint
count_matches (Group *group,
               guint  position,
               guint  n_items)
{
  guint n = 0;

  for (guint i = position; i < position + n_items; i++)
    n += g_array_index (group->matches, guint8, i);

  return n;
}

/* Follows the tasks model: @added tasks in place of @removed ones. */
static void
group_splice (CchcTaskRows *self,
              Group        *group,
              guint         position,
              guint         removed,
              guint         added)
{
  g_ptr_array_remove_range (group->items, position, removed);
  g_ptr_array_set_size (group->items, group->items->len + added);
  memmove (&group->items->pdata[position + added], &group->items->pdata[position],
           (group->items->len - added - position) * sizeof (gpointer));
  for (guint i = 0; i < added; i++)
    group->items->pdata[position + i] = g_list_model_get_item (group->tasks, position + i);
  tag_tasks (group->items, group->area, position, added);
  group->indexed = FALSE;

  g_array_remove_range (group->matches, position, removed);
  g_array_set_size (group->matches, group->matches->len + added);
  memmove (&g_array_index (group->matches, guint8, position + added),
           &g_array_index (group->matches, guint8, position),
           group->matches->len - added - position);
  group_match_tasks (self, group, position, added, -1);
  group_update_shown (group);
}

/* An edit of one area's tasks: the rows of the tasks, then the header. */
static void
group_tasks_changed (CchcTaskRows *self,
                     Group        *group,
                     guint         offset,
                     guint         position,
                     guint         removed,
                     guint         added)
{
  guint old_tasks = self->n_tasks;
  guint old_shown = self->n_shown_tasks;
  guint first = offset + (group->header ? 1 : 0) + group_count_shown_before (group, position);
  guint rows_removed = count_matches (group, position, removed);
  guint rows_added;
  gboolean header;

  group_splice (self, group, position, removed, added);
  rows_added = count_matches (group, position, added);

  self->n_tasks += added - removed;
  self->n_shown_tasks += rows_added - rows_removed;
  self->n_items += rows_added - rows_removed;
  if (rows_removed > 0 || rows_added > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), first, rows_removed, rows_added);

  header = group_wants_header (self, group);
  if (header != group->header)
    {
      group->header = header;
      self->n_items += header ? 1 : -1;
      g_list_model_items_changed (G_LIST_MODEL (self), offset, header ? 0 : 1, header ? 1 : 0);
    }

  notify_counts (self, old_tasks, old_shown);
}

static void
on_tasks_items_changed_cb (GListModel *tasks,
                           guint       position,
                           guint       removed,
                           guint       added,
                           gpointer    data)
{
  CchcTaskRows *self = data;
  guint offset = 0;

  for (guint i = 0; i < self->groups->len; i++)
    {
      Group *group = g_ptr_array_index (self->groups, i);

      if (group->tasks == tasks)
        {
          group_tasks_changed (self, group, offset, position, removed, added);
          return;
        }
      offset += group_get_n_rows (group);
    }

  g_return_if_reached ();
}

/* Areas removed and added: their rows go and come as one change. */
static void
on_areas_items_changed_cb (CchcTaskRows *self,
                           guint         position,
                           guint         removed,
                           guint         added,
                           GListModel   *areas)
{
  guint old_tasks = self->n_tasks;
  guint old_shown = self->n_shown_tasks;
  guint offset = 0;
  guint rows_removed = 0;
  guint rows_added = 0;

  for (guint i = 0; i < position; i++)
    offset += group_get_n_rows (g_ptr_array_index (self->groups, i));

  for (guint i = position; i < position + removed; i++)
    {
      Group *group = g_ptr_array_index (self->groups, i);

      rows_removed += group_get_n_rows (group);
      self->n_tasks -= group->matches->len;
      self->n_shown_tasks -= group->shown->len;
    }
  g_ptr_array_remove_range (self->groups, position, removed);

  for (guint i = 0; i < added; i++)
    {
      g_autoptr(CchcArea) area = g_list_model_get_item (areas, position + i);
      Group *group = group_new (self, area);

      g_ptr_array_insert (self->groups, position + i, group);
      rows_added += group_get_n_rows (group);
      self->n_tasks += group->matches->len;
      self->n_shown_tasks += group->shown->len;
    }

  self->n_items += rows_added - rows_removed;
  if (rows_removed > 0 || rows_added > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), offset, rows_removed, rows_added);
  notify_counts (self, old_tasks, old_shown);
}

/* Caches the search texts of a few tasks at a time while nothing else is
 * to be done, so that the first key of a search does not fold them all. */
static gboolean
warm_up_cb (gpointer data)
{
  CchcTaskRows *self = data;

  for (guint n = 0; n < 256 && self->warm_up_group < self->groups->len; n++)
    {
      Group *group = g_ptr_array_index (self->groups, self->warm_up_group);

      if (self->warm_up_task < group->items->len)
        {
          task_get_cache (g_ptr_array_index (group->items, self->warm_up_task++));
          continue;
        }
      self->warm_up_group++;
      self->warm_up_task = 0;
    }

  if (self->warm_up_group < self->groups->len)
    return G_SOURCE_CONTINUE;

  self->warm_up_source = 0;
  return G_SOURCE_REMOVE;
}

static void
warm_up (CchcTaskRows *self)
{
  self->warm_up_group = 0;
  self->warm_up_task = 0;
  if (self->warm_up_source == 0)
    self->warm_up_source = g_idle_add_full (G_PRIORITY_LOW, warm_up_cb, self, NULL);
}

/* Refiltering -------------------------------------------------------- */

typedef struct
{
  guint old_before;  /* rows shown before the row looked at, before and after */
  guint new_before;
  guint first;       /* where the first changed row is */
  guint old_end;     /* rows shown up to the last changed row, before and after */
  guint new_end;
  gboolean changed;
} Diff;

static void
diff_row (Diff     *diff,
          gboolean  old_shown,
          gboolean  new_shown)
{
  if (old_shown != new_shown)
    {
      if (!diff->changed)
        diff->first = diff->old_before;
      diff->changed = TRUE;
      diff->old_end = diff->old_before + old_shown;
      diff->new_end = diff->new_before + new_shown;
    }

  diff->old_before += old_shown;
  diff->new_before += new_shown;
}

/* Applies the filter to @group, noting in @diff the rows it changes. */
static void
group_refilter (CchcTaskRows *self,
                Group        *group,
                Strictness    strictness,
                Diff         *diff)
{
  g_autoptr(GArray) old = g_array_copy (group->matches);
  gboolean header;

  /* A stricter filter hides only rows shown, a looser one shows only
   * rows hidden: the others need no look. */
  if (strictness == STRICTNESS_MORE)
    group_match_tasks (self, group, 0, old->len, FALSE);
  else if (strictness == STRICTNESS_LESS)
    group_match_tasks (self, group, 0, old->len, TRUE);
  else
    group_match_tasks (self, group, 0, old->len, -1);

  group_update_shown (group);
  self->n_shown_tasks += group->shown->len;
  header = group_wants_header (self, group);

  diff_row (diff, group->header, header);
  for (guint i = 0; i < old->len; i++)
    diff_row (diff, g_array_index (old, guint8, i), g_array_index (group->matches, guint8, i));
  group->header = header;
}

static void
refilter (CchcTaskRows *self,
          Strictness    strictness)
{
  guint old_shown = self->n_shown_tasks;
  Diff diff = { 0 };

  if (strictness == STRICTNESS_SAME)
    return;

  self->n_shown_tasks = 0;
  for (guint i = 0; i < self->groups->len; i++)
    group_refilter (self, g_ptr_array_index (self->groups, i), strictness, &diff);

  self->n_items = diff.new_before;
  if (diff.changed)
    g_list_model_items_changed (G_LIST_MODEL (self), diff.first,
                                diff.old_end - diff.first, diff.new_end - diff.first);
  notify_counts (self, self->n_tasks, old_shown);
}

static Strictness
compare_choices (gpointer old_choice,
                 gpointer new_choice)
{
  if (old_choice == new_choice)
    return STRICTNESS_SAME;
  if (old_choice == NULL)
    return STRICTNESS_MORE;
  if (new_choice == NULL)
    return STRICTNESS_LESS;

  return STRICTNESS_DIFFERENT;
}

static Strictness
compare_queries (const char *old_query,
                 const char *new_query)
{
  if (g_strcmp0 (old_query, new_query) == 0)
    return STRICTNESS_SAME;
  if (old_query == NULL || (new_query != NULL && strstr (new_query, old_query) != NULL))
    return STRICTNESS_MORE;
  if (new_query == NULL || strstr (old_query, new_query) != NULL)
    return STRICTNESS_LESS;

  return STRICTNESS_DIFFERENT;
}

/* GListModel --------------------------------------------------------- */

static GType
cchc_task_rows_get_item_type (GListModel *model)
{
  return G_TYPE_OBJECT;
}

static guint
cchc_task_rows_get_n_items (GListModel *model)
{
  return CCHC_TASK_ROWS (model)->n_items;
}

static gpointer
cchc_task_rows_get_item (GListModel *model,
                         guint       position)
{
  CchcTaskRows *self = CCHC_TASK_ROWS (model);

  for (guint i = 0; i < self->groups->len; i++)
    {
      Group *group = g_ptr_array_index (self->groups, i);
      guint n_rows = group_get_n_rows (group);

      if (position >= n_rows)
        {
          position -= n_rows;
          continue;
        }

      if (group->header && position == 0)
        return g_object_ref (group->area);
      position -= group->header ? 1 : 0;

      return g_object_ref (g_ptr_array_index (group->items,
                                              g_array_index (group->shown, guint, position)));
    }

  return NULL;
}

static void
cchc_task_rows_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = cchc_task_rows_get_item_type;
  iface->get_n_items = cchc_task_rows_get_n_items;
  iface->get_item = cchc_task_rows_get_item;
}

/* GObject ------------------------------------------------------------ */

static void
cchc_task_rows_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  CchcTaskRows *self = CCHC_TASK_ROWS (object);

  switch (prop_id)
    {
    case PROP_N_TASKS:
      g_value_set_uint (value, self->n_tasks);
      break;

    case PROP_N_SHOWN_TASKS:
      g_value_set_uint (value, self->n_shown_tasks);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cchc_task_rows_dispose (GObject *object)
{
  CchcTaskRows *self = CCHC_TASK_ROWS (object);

  if (self->areas != NULL)
    g_signal_handlers_disconnect_by_data (self->areas, self);
  g_clear_handle_id (&self->warm_up_source, g_source_remove);
  g_ptr_array_set_size (self->groups, 0);
  g_clear_object (&self->areas);
  g_clear_object (&self->area_choice);
  g_clear_object (&self->lead_choice);
  g_clear_weak_pointer (&self->store);

  G_OBJECT_CLASS (cchc_task_rows_parent_class)->dispose (object);
}

static void
cchc_task_rows_finalize (GObject *object)
{
  CchcTaskRows *self = CCHC_TASK_ROWS (object);

  g_ptr_array_unref (self->groups);
  g_free (self->query);

  G_OBJECT_CLASS (cchc_task_rows_parent_class)->finalize (object);
}

static void
cchc_task_rows_class_init (CchcTaskRowsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = cchc_task_rows_dispose;
  object_class->finalize = cchc_task_rows_finalize;
  object_class->get_property = cchc_task_rows_get_property;

  /**
   * CchcTaskRows:n-tasks:
   *
   * The tasks of all areas, shown or not.
   */
  properties[PROP_N_TASKS] =
    g_param_spec_uint ("n-tasks", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * CchcTaskRows:n-shown-tasks:
   *
   * The tasks that the filter lets through.
   */
  properties[PROP_N_SHOWN_TASKS] =
    g_param_spec_uint ("n-shown-tasks", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  area_quark = g_quark_from_static_string ("cchc-task-rows-area");
  cache_quark = g_quark_from_static_string ("cchc-task-rows-cache");
  watched_quark = g_quark_from_static_string ("cchc-task-rows-watched");
  index_quark = g_quark_from_static_string ("cchc-task-rows-index");
}

static void
cchc_task_rows_init (CchcTaskRows *self)
{
  self->groups = g_ptr_array_new_with_free_func (group_free);
  self->headers = TRUE;
}

/* Public API --------------------------------------------------------- */

/**
 * cchc_task_rows_new:
 * @store: where the areas' tasks come from
 *
 * Returns: (transfer full): a model of no rows, until it is given areas
 */
CchcTaskRows *
cchc_task_rows_new (CchcStore *store)
{
  CchcTaskRows *self;

  g_return_val_if_fail (CCHC_IS_STORE (store), NULL);

  self = g_object_new (CCHC_TYPE_TASK_ROWS, NULL);
  /* Weak: whoever holds the rows must not keep the store open. */
  g_set_weak_pointer (&self->store, store);

  return self;
}

/**
 * cchc_task_rows_get_areas:
 *
 * Returns: (transfer none) (nullable): the areas whose rows are shown
 */
GListModel *
cchc_task_rows_get_areas (CchcTaskRows *self)
{
  g_return_val_if_fail (CCHC_IS_TASK_ROWS (self), NULL);

  return self->areas;
}

/**
 * cchc_task_rows_set_areas:
 * @areas: (nullable): a plan's areas, from the store
 *
 * Shows a header row for each area of @areas followed by its tasks,
 * through the filter set.
 */
void
cchc_task_rows_set_areas (CchcTaskRows *self,
                          GListModel   *areas)
{
  guint n_old;

  g_return_if_fail (CCHC_IS_TASK_ROWS (self));
  g_return_if_fail (areas == NULL || G_IS_LIST_MODEL (areas));

  if (self->areas == areas)
    return;

  n_old = self->groups->len;
  if (self->areas != NULL)
    g_signal_handlers_disconnect_by_data (self->areas, self);
  g_set_object (&self->areas, areas);
  if (areas != NULL)
    g_signal_connect_object (areas, "items-changed", G_CALLBACK (on_areas_items_changed_cb),
                             self, G_CONNECT_SWAPPED);

  on_areas_items_changed_cb (self, 0, n_old, areas != NULL ? g_list_model_get_n_items (areas) : 0,
                             areas);
  if (areas != NULL)
    warm_up (self);
}

/**
 * cchc_task_rows_set_filter:
 * @folded_query: (nullable): the search, folded with cchc_text_fold(), or
 *   %NULL for none
 * @area: (nullable): the only area whose tasks are shown
 * @lead_unit: (nullable): the only lead unit whose tasks are shown
 * @headers: whether the areas' header rows are shown
 *
 * Filters the rows. While filtering, an area's header row is shown only
 * when some of its tasks are.
 */
void
cchc_task_rows_set_filter (CchcTaskRows *self,
                           const char   *folded_query,
                           CchcArea     *area,
                           CchcUnit     *lead_unit,
                           gboolean      headers)
{
  Strictness strictness;

  g_return_if_fail (CCHC_IS_TASK_ROWS (self));

  if (folded_query != NULL && *folded_query == '\0')
    folded_query = NULL;

  strictness = compare_queries (self->query, folded_query);
  strictness |= compare_choices (self->area_choice, area);
  strictness |= compare_choices (self->lead_choice, lead_unit);
  if (headers != self->headers)
    strictness |= headers ? STRICTNESS_LESS : STRICTNESS_MORE;

  g_free (self->query);
  self->query = g_strdup (folded_query);
  g_set_object (&self->area_choice, area);
  g_set_object (&self->lead_choice, lead_unit);
  self->headers = headers != FALSE;

  refilter (self, strictness);
}

/**
 * cchc_task_rows_refilter:
 *
 * Applies the filter again to every row, for changes that the rows do not
 * announce (a unit renamed under its tasks).
 */
void
cchc_task_rows_refilter (CchcTaskRows *self)
{
  g_return_if_fail (CCHC_IS_TASK_ROWS (self));

  refilter (self, STRICTNESS_DIFFERENT);
}

/**
 * cchc_task_rows_get_filtering:
 *
 * Returns: whether a search or a choice hides tasks
 */
gboolean
cchc_task_rows_get_filtering (CchcTaskRows *self)
{
  g_return_val_if_fail (CCHC_IS_TASK_ROWS (self), FALSE);

  return self->query != NULL || self->area_choice != NULL || self->lead_choice != NULL;
}

/**
 * cchc_task_rows_get_n_tasks:
 *
 * Returns: the tasks of all areas, shown or not
 */
guint
cchc_task_rows_get_n_tasks (CchcTaskRows *self)
{
  g_return_val_if_fail (CCHC_IS_TASK_ROWS (self), 0);

  return self->n_tasks;
}

/**
 * cchc_task_rows_get_n_shown_tasks:
 *
 * Returns: the tasks that the filter lets through
 */
guint
cchc_task_rows_get_n_shown_tasks (CchcTaskRows *self)
{
  g_return_val_if_fail (CCHC_IS_TASK_ROWS (self), 0);

  return self->n_shown_tasks;
}

/**
 * cchc_task_rows_get_task_area:
 * @task: a task that a #CchcTaskRows has shown
 *
 * Returns: (transfer none) (nullable): the area of @task
 */
CchcArea *
cchc_task_rows_get_task_area (CchcTask *task)
{
  g_return_val_if_fail (CCHC_IS_TASK (task), NULL);

  return area_quark != 0 ? g_object_get_qdata (G_OBJECT (task), area_quark) : NULL;
}

/**
 * cchc_task_rows_get_task_index:
 * @task: a task of one of the areas shown
 *
 * For sorting in the plan's order.
 *
 * Returns: 1 + the place of @task among its area's tasks; 0 if unknown
 */
guint
cchc_task_rows_get_task_index (CchcTaskRows *self,
                               CchcTask     *task)
{
  Group *group;

  g_return_val_if_fail (CCHC_IS_TASK_ROWS (self), 0);
  g_return_val_if_fail (CCHC_IS_TASK (task), 0);

  group = find_group (self, cchc_task_rows_get_task_area (task));
  if (group == NULL)
    return 0;

  if (!group->indexed)
    {
      for (guint i = 0; i < group->items->len; i++)
        g_object_set_qdata (g_ptr_array_index (group->items, i), index_quark,
                            GUINT_TO_POINTER (i + 1));
      group->indexed = TRUE;
    }

  return GPOINTER_TO_UINT (g_object_get_qdata (G_OBJECT (task), index_quark));
}

/**
 * cchc_task_rows_dup_text:
 * @column: a column of the table
 *
 * Returns: (transfer full): the text that @column shows for @task
 */
char *
cchc_task_rows_dup_text (CchcTask       *task,
                         CchcTaskColumn  column)
{
  const CchcTimeframe *timeframe;
  CchcUnit *lead;

  switch (column)
    {
    case CCHC_TASK_COLUMN_NUMBER:
      return g_strdup (cchc_task_get_number (task));

    case CCHC_TASK_COLUMN_TEXT:
      return g_strdup (cchc_task_get_text (task));

    case CCHC_TASK_COLUMN_PRODUCT:
      return g_strdup (cchc_task_get_product (task));

    case CCHC_TASK_COLUMN_LEAD_UNIT:
      lead = cchc_task_get_lead_unit (task);
      return g_strdup (lead != NULL ? cchc_unit_get_name (lead) : "");

    case CCHC_TASK_COLUMN_COOPERATING:
      return cchc_task_dup_cooperating_names (task, "\n");

    case CCHC_TASK_COLUMN_TIMEFRAME:
      timeframe = cchc_task_get_timeframe (task);
      return timeframe != NULL ? cchc_timeframe_to_string (timeframe) : g_strdup ("");

    case CCHC_TASK_N_COLUMNS:
    default:
      g_return_val_if_reached (NULL);
    }
}

/**
 * cchc_task_rows_get_sort_key:
 * @column: a column of the table
 *
 * The texts of a column sort in Vietnamese alphabetical order; timeframes
 * by their due date ("Quý IV/2022" before "Quý I/2023"), those without
 * one ("Thường xuyên", free text) after them, by their text.
 *
 * Returns: (transfer none): the key of @column to compare with strcmp(),
 *   cached on @task until it changes
 */
const char *
cchc_task_rows_get_sort_key (CchcTask       *task,
                             CchcTaskColumn  column)
{
  TaskCache *cache = task_get_cache (task);

  if (cache->keys[column] == NULL)
    {
      g_autofree char *value = cchc_task_rows_dup_text (task, column);
      g_autofree char *key = cchc_text_collate_key (value);
      const CchcTimeframe *timeframe = cchc_task_get_timeframe (task);
      GDate due;

      if (column != CCHC_TASK_COLUMN_TIMEFRAME)
        cache->keys[column] = g_steal_pointer (&key);
      else if (timeframe != NULL && cchc_timeframe_get_due_date (timeframe, &due))
        cache->keys[column] = g_strdup_printf ("0%08u%s", g_date_get_julian (&due), key);
      else
        cache->keys[column] = g_strconcat ("1", key, NULL);
    }

  return cache->keys[column];
}

/**
 * cchc_task_rows_units_changed:
 *
 * Forgets the texts cached on every task, for a unit renamed (the tasks
 * that name it do not notify). Filters are not applied again: see
 * cchc_task_rows_refilter().
 */
void
cchc_task_rows_units_changed (void)
{
  units_serial++;
}
