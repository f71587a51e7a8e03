/* cchc-task-rows.h: the rows of the task table, grouped by area and filtered
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "cchc-area.h"
#include "cchc-store.h"
#include "cchc-task.h"
#include "cchc-unit.h"

G_BEGIN_DECLS

/**
 * CchcTaskColumn:
 *
 * The columns of the task table, in their order.
 */
typedef enum
{
  CCHC_TASK_COLUMN_NUMBER,
  CCHC_TASK_COLUMN_TEXT,
  CCHC_TASK_COLUMN_PRODUCT,
  CCHC_TASK_COLUMN_LEAD_UNIT,
  CCHC_TASK_COLUMN_COOPERATING,
  CCHC_TASK_COLUMN_TIMEFRAME,
  CCHC_TASK_N_COLUMNS
} CchcTaskColumn;

#define CCHC_TYPE_TASK_ROWS (cchc_task_rows_get_type ())

G_DECLARE_FINAL_TYPE (CchcTaskRows, cchc_task_rows, CCHC, TASK_ROWS, GObject)

CchcTaskRows *cchc_task_rows_new               (CchcStore      *store);
GListModel   *cchc_task_rows_get_areas         (CchcTaskRows   *self);
void          cchc_task_rows_set_areas         (CchcTaskRows   *self,
                                                GListModel     *areas);
void          cchc_task_rows_set_filter        (CchcTaskRows   *self,
                                                const char     *folded_query,
                                                CchcArea       *area,
                                                CchcUnit       *lead_unit,
                                                gboolean        headers);
void          cchc_task_rows_refilter          (CchcTaskRows   *self);
gboolean      cchc_task_rows_get_filtering     (CchcTaskRows   *self);
guint         cchc_task_rows_get_n_tasks       (CchcTaskRows   *self);
guint         cchc_task_rows_get_n_shown_tasks (CchcTaskRows   *self);

CchcArea     *cchc_task_rows_get_task_area     (CchcTask       *task);
guint         cchc_task_rows_get_task_index    (CchcTaskRows   *self,
                                                CchcTask       *task);
char         *cchc_task_rows_dup_text          (CchcTask       *task,
                                                CchcTaskColumn  column);
const char   *cchc_task_rows_get_sort_key      (CchcTask       *task,
                                                CchcTaskColumn  column);
void          cchc_task_rows_units_changed     (void);

G_END_DECLS
