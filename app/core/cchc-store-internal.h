/* cchc-store-internal.h: what the parts of the store share
 *
 * The store is one class written in several files (see cchc-store.c). This
 * header is for those files alone: it brings in sqlite3.h, which nothing
 * else in the application may include.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <sqlite3.h>

#include "cchc-store-private.h"

G_BEGIN_DECLS

/* The kinds of rows, parents before their children. */
typedef enum
{
  ENTITY_PLAN,
  ENTITY_UNIT,
  ENTITY_AREA,
  ENTITY_TASK,
  ENTITY_KPI,
  ENTITY_ACTIVITY,
  ENTITY_PERIOD,
  N_ENTITIES
} EntityKind;

#define NO_PARENT N_ENTITIES

struct _CchcStore
{
  GObject      parent_instance;

  char        *path;
  sqlite3     *db;
  GHashTable  *statements;             /* SQL text → sqlite3_stmt */
  GHashTable  *models[N_ENTITIES];     /* parent id → GListStore */
  GHashTable  *objects[N_ENTITIES];    /* id → live CchcRecord (owned by a model) */
  gint64       data_version;           /* PRAGMA data_version when last looked at */
  guint64      serial;                 /* counts the changes: see get_serial() */
  int          schema_version;
  guint        read_only : 1;
};

/* cchc-store.c */
void          _cchc_store_emit_external_change (CchcStore     *self);

/* cchc-store-external.c */
gboolean      _cchc_store_read_data_version    (CchcStore     *self,
                                                gint64        *version_out,
                                                GError       **error);

/* cchc-store-file.c: the connection and its statements */
gboolean      _cchc_store_set_error_from_rc    (CchcStore     *self,
                                                int            rc,
                                                GError       **error);
gboolean      _cchc_store_set_not_found        (GError       **error);
sqlite3_stmt *_cchc_store_prepare              (CchcStore     *self,
                                                const char    *sql,
                                                GError       **error);
gboolean      _cchc_store_step_done            (CchcStore     *self,
                                                sqlite3_stmt  *stmt,
                                                GError       **error);
gboolean      _cchc_store_exec                 (CchcStore     *self,
                                                const char    *sql,
                                                GError       **error);
gboolean      _cchc_store_begin                (CchcStore     *self,
                                                GError       **error);
gboolean      _cchc_store_end                  (CchcStore     *self,
                                                gboolean       ok,
                                                GError       **error);
gboolean      _cchc_store_finish_rows          (CchcStore     *self,
                                                sqlite3_stmt  *stmt,
                                                int            rc,
                                                GError       **error);
gint64        _cchc_store_query_int            (CchcStore     *self,
                                                const char    *sql,
                                                int           *rc_out);
char         *_cchc_store_dup_text_column      (sqlite3_stmt  *stmt,
                                                int            column);

/* cchc-store-fields.c: the values of objects in columns */
char         *_cchc_store_column_list          (EntityKind     kind,
                                                const char    *suffix);
guint         _cchc_store_count_columns        (EntityKind     kind);
void          _cchc_store_read_fields          (CchcStore     *self,
                                                EntityKind     kind,
                                                sqlite3_stmt  *stmt,
                                                int            column,
                                                GObject       *object);
void          _cchc_store_bind_fields          (EntityKind     kind,
                                                sqlite3_stmt  *stmt,
                                                int            param,
                                                GObject       *object);
gboolean      _cchc_store_load_area_units      (CchcStore     *self,
                                                gint64         area_id,
                                                GPtrArray     *tasks,
                                                guint          first,
                                                GError       **error);
gboolean      _cchc_store_load_extras          (CchcStore     *self,
                                                EntityKind     kind,
                                                GObject       *object,
                                                gint64         id,
                                                GError       **error);
gboolean      _cchc_store_save_extras          (CchcStore     *self,
                                                EntityKind     kind,
                                                GObject       *object,
                                                gint64         id,
                                                GError       **error);
gboolean      _cchc_store_validate             (CchcStore     *self,
                                                EntityKind     kind,
                                                GObject       *object,
                                                gboolean       check_units,
                                                GError       **error);
gboolean      _cchc_store_validate_all         (CchcStore     *self,
                                                GPtrArray     *rows,
                                                gboolean       check_units,
                                                GError       **error);
void          _cchc_store_assign_fields        (EntityKind     kind,
                                                GObject       *object,
                                                GObject       *values);

/* cchc-store-rows.c: the tables of rows and the statements on them */
EntityKind    _cchc_store_entity_of            (gpointer       record);
EntityKind    _cchc_store_entity_of_type       (GType          type);
EntityKind    _cchc_store_entity_parent        (EntityKind     kind);
GType         _cchc_store_entity_type          (EntityKind     kind);
const char   *_cchc_store_entity_name          (EntityKind     kind);
char         *_cchc_store_dup_uuid             (CchcRecord    *record,
                                                gboolean       new_uuid);
gboolean      _cchc_store_read_rows            (CchcStore     *self,
                                                EntityKind     kind,
                                                gint64         parent_id,
                                                GPtrArray     *rows,
                                                GError       **error);
gboolean      _cchc_store_find_row             (CchcStore     *self,
                                                EntityKind     kind,
                                                const char    *uuid,
                                                gint64        *id_out,
                                                gint64        *parent_id_out);
gboolean      _cchc_store_find_parent_id       (CchcStore     *self,
                                                EntityKind     kind,
                                                gint64         id,
                                                gint64        *parent_id_out);
gboolean      _cchc_store_insert_row           (CchcStore     *self,
                                                EntityKind     kind,
                                                gint64         parent_id,
                                                guint          position,
                                                GObject       *object,
                                                const char    *uuid,
                                                gint64        *id_out,
                                                GError       **error);
gboolean      _cchc_store_insert_rows          (CchcStore     *self,
                                                EntityKind     kind,
                                                gint64         parent_id,
                                                GPtrArray     *rows,
                                                gboolean       new_uuids,
                                                GArray        *ids,
                                                GError       **error);
gboolean      _cchc_store_update_row           (CchcStore     *self,
                                                EntityKind     kind,
                                                gint64         id,
                                                GObject       *values,
                                                GError       **error);
gboolean      _cchc_store_delete_row           (CchcStore     *self,
                                                EntityKind     kind,
                                                gint64         id,
                                                gint64         parent_id,
                                                GError       **error);
gboolean      _cchc_store_move_row             (CchcStore     *self,
                                                EntityKind     kind,
                                                gint64         id,
                                                gint64         parent_id,
                                                guint          from,
                                                guint          to,
                                                GError       **error);
gboolean      _cchc_store_move_row_to          (CchcStore     *self,
                                                EntityKind     kind,
                                                gint64         id,
                                                gint64         old_parent_id,
                                                gint64         parent_id,
                                                guint          to,
                                                GError       **error);

/* cchc-store-models.c: the live objects and the cached lists */
GListStore   *_cchc_store_lookup_model         (CchcStore     *self,
                                                EntityKind     kind,
                                                gint64         parent_id);
GListStore   *_cchc_store_ensure_model         (CchcStore     *self,
                                                EntityKind     kind,
                                                gint64         parent_id,
                                                GError       **error);
gboolean      _cchc_store_ensure_object        (CchcStore     *self,
                                                EntityKind     kind,
                                                gint64         id,
                                                gint64         parent_id);
GListStore   *_cchc_store_model_of_record      (CchcStore     *self,
                                                gpointer       record,
                                                EntityKind    *kind_out,
                                                guint         *position_out,
                                                GError       **error);
void          _cchc_store_renumber             (CchcStore     *self,
                                                EntityKind     kind,
                                                GListStore    *model);
void          _cchc_store_remember_object      (CchcStore     *self,
                                                EntityKind     kind,
                                                CchcRecord    *record);
void          _cchc_store_add_to_model         (CchcStore     *self,
                                                EntityKind     kind,
                                                GListStore    *model,
                                                guint          position,
                                                CchcRecord    *record,
                                                gint64         id,
                                                gint64         parent_id);
void          _cchc_store_forget_row           (CchcStore     *self,
                                                EntityKind     kind,
                                                CchcRecord    *record,
                                                gboolean       clear);
void          _cchc_store_remove_from_model    (CchcStore     *self,
                                                EntityKind     kind,
                                                GListStore    *model,
                                                guint          position);
void          _cchc_store_move_in_model        (GListStore    *model,
                                                CchcRecord    *record,
                                                guint          from,
                                                guint          to);
guint         _cchc_store_plan_index_for_year  (GListModel    *plans,
                                                int            year,
                                                CchcPlan      *skip);

G_END_DECLS
