/* cchc-store.h: the SQLite database of plans and the models built on it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "cchc-types.h"

G_BEGIN_DECLS

#define CCHC_TYPE_STORE (cchc_store_get_type ())
#define CCHC_STORE_ERROR (cchc_store_error_quark ())

/**
 * CchcStoreError:
 * @CCHC_STORE_ERROR_FAILED: any other failure of the database
 * @CCHC_STORE_ERROR_NOT_FOUND: the row does not exist (any more)
 * @CCHC_STORE_ERROR_INVALID: a value is not acceptable (an empty task text)
 * @CCHC_STORE_ERROR_IN_USE: the row is still referenced (a unit used by a task)
 * @CCHC_STORE_ERROR_BUSY: another program holds the database
 * @CCHC_STORE_ERROR_READ_ONLY: the database cannot be written
 * @CCHC_STORE_ERROR_CORRUPT: the file is not a CCHC Planner database or is damaged
 * @CCHC_STORE_ERROR_TOO_NEW: the database was written by a newer version
 * @CCHC_STORE_ERROR_EXISTS: a plan with the same identity is already stored
 */
typedef enum
{
  CCHC_STORE_ERROR_FAILED,
  CCHC_STORE_ERROR_NOT_FOUND,
  CCHC_STORE_ERROR_INVALID,
  CCHC_STORE_ERROR_IN_USE,
  CCHC_STORE_ERROR_BUSY,
  CCHC_STORE_ERROR_READ_ONLY,
  CCHC_STORE_ERROR_CORRUPT,
  CCHC_STORE_ERROR_TOO_NEW,
  CCHC_STORE_ERROR_EXISTS,
} CchcStoreError;

typedef enum
{
  CCHC_STORE_FLAGS_NONE      = 0,
  CCHC_STORE_FLAGS_READ_ONLY = 1 << 0,
} CchcStoreFlags;

typedef enum
{
  CCHC_IMPORT_NEW,
  CCHC_IMPORT_REPLACE,
  CCHC_IMPORT_COPY,
} CchcImportMode;

/**
 * CchcPlanContents:
 * @plan: the plan
 * @units: (element-type CchcUnit): the units the rows name
 * @areas: (element-type CchcArea): the areas in order
 * @tasks: (element-type GPtrArray): for each area, its tasks in order
 * @kpis: (element-type CchcKpi): the KPIs in order
 * @activities: (element-type CchcActivity): the activities in order
 * @report_periods: (element-type CchcReportPeriod): the periods in order
 *
 * A whole plan as detached objects, for cchc_store_import_plan().
 */
typedef struct
{
  CchcPlan  *plan;
  GPtrArray *units;
  GPtrArray *areas;
  GPtrArray *tasks;
  GPtrArray *kpis;
  GPtrArray *activities;
  GPtrArray *report_periods;
} CchcPlanContents;

G_DECLARE_FINAL_TYPE (CchcStore, cchc_store, CCHC, STORE, GObject)

CchcPlanContents *cchc_plan_contents_new   (void);
void              cchc_plan_contents_free  (CchcPlanContents  *contents);
CchcPlan         *cchc_store_import_plan   (CchcStore         *self,
                                            CchcPlanContents  *contents,
                                            CchcImportMode     mode,
                                            GError           **error);

GQuark      cchc_store_error_quark        (void);
char       *cchc_store_get_default_path   (void);

CchcStore  *cchc_store_open               (const char        *path,
                                           CchcStoreFlags     flags,
                                           GError           **error);
const char *cchc_store_get_path           (CchcStore         *self);
gboolean    cchc_store_is_read_only       (CchcStore         *self);
int         cchc_store_get_schema_version (CchcStore         *self);
guint64     cchc_store_get_serial         (CchcStore         *self);
gboolean    cchc_store_check_external_changes (CchcStore     *self,
                                           GError           **error);

/* Models: each is a GListModel of the objects in their order. The store
 * owns them; they stay valid and up to date while the store lives and
 * emit exact items-changed for every insert, update, delete and move. */
GListModel *cchc_store_get_plans          (CchcStore         *self);
GListModel *cchc_store_get_units          (CchcStore         *self);
GListModel *cchc_store_get_areas          (CchcStore         *self,
                                           CchcPlan          *plan);
GListModel *cchc_store_get_tasks          (CchcStore         *self,
                                           CchcArea          *area);
GListModel *cchc_store_get_kpis           (CchcStore         *self,
                                           CchcPlan          *plan);
GListModel *cchc_store_get_activities     (CchcStore         *self,
                                           CchcPlan          *plan);
GListModel *cchc_store_get_report_periods (CchcStore         *self,
                                           CchcPlan          *plan);

CchcPlan   *cchc_store_find_plan          (CchcStore         *self,
                                           const char        *year_or_uuid);
CchcUnit   *cchc_store_find_unit          (CchcStore         *self,
                                           const char        *uuid);

/* Writes. @record is a new, unstored object of the right type whose
 * properties hold the values: on success it becomes the live object in
 * the model; on failure nothing changes. @parent is the plan (areas,
 * KPIs, activities, report periods), the area (tasks) or %NULL (plans,
 * units). A @position past the end appends. */
gboolean    cchc_store_insert             (CchcStore         *self,
                                           gpointer           parent,
                                           guint              position,
                                           gpointer           record,
                                           GError           **error);
/* Writes the properties of @values (a detached object of the same type,
 * as from cchc_record_dup_values()) to the live @record. */
gboolean    cchc_store_update             (CchcStore         *self,
                                           gpointer           record,
                                           gpointer           values,
                                           GError           **error);
gboolean    cchc_store_delete             (CchcStore         *self,
                                           gpointer           record,
                                           GError           **error);
gboolean    cchc_store_move               (CchcStore         *self,
                                           gpointer           record,
                                           guint              position,
                                           GError           **error);
gboolean    cchc_store_move_to            (CchcStore         *self,
                                           gpointer           record,
                                           gpointer           parent,
                                           guint              position,
                                           GError           **error);
gboolean    cchc_store_update_move_to     (CchcStore         *self,
                                           gpointer           record,
                                           gpointer           values,
                                           gpointer           parent,
                                           guint              position,
                                           GError           **error);
guint       cchc_store_get_position       (CchcStore         *self,
                                           gpointer           record);
gpointer    cchc_store_get_parent         (CchcStore         *self,
                                           gpointer           record);
gpointer    cchc_store_lookup             (CchcStore         *self,
                                           GType              type,
                                           const char        *uuid);
gboolean    cchc_store_insert_with_children (CchcStore       *self,
                                           gpointer           parent,
                                           guint              position,
                                           gpointer           record,
                                           GPtrArray         *children,
                                           GError           **error);
char       *cchc_store_describe_unit_use  (CchcStore         *self,
                                           CchcUnit          *unit);
CchcPlan   *cchc_store_copy_plan          (CchcStore         *self,
                                           CchcPlan          *plan,
                                           int                year,
                                           const char        *title,
                                           GError           **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CchcPlanContents, cchc_plan_contents_free)

G_END_DECLS
