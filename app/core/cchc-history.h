/* cchc-history.h: every user edit, undoable and redoable
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cchc-store.h"

G_BEGIN_DECLS

#define CCHC_TYPE_HISTORY (cchc_history_get_type ())

G_DECLARE_FINAL_TYPE (CchcHistory, cchc_history, CCHC, HISTORY, GObject)

CchcHistory *cchc_history_new            (CchcStore    *store);
CchcStore   *cchc_history_get_store      (CchcHistory  *self);
gpointer     cchc_history_get_changed_row (CchcHistory *self);

/* The same as the store's writes, each one transaction and one step of
 * the history. */
gboolean     cchc_history_insert         (CchcHistory  *self,
                                          gpointer      parent,
                                          guint         position,
                                          gpointer      record,
                                          GError      **error);
gboolean     cchc_history_update         (CchcHistory  *self,
                                          gpointer      record,
                                          gpointer      values,
                                          GError      **error);
gboolean     cchc_history_update_move_to (CchcHistory  *self,
                                          gpointer      record,
                                          gpointer      values,
                                          gpointer      parent,
                                          guint         position,
                                          GError      **error);
gboolean     cchc_history_delete         (CchcHistory  *self,
                                          gpointer      record,
                                          GError      **error);
gboolean     cchc_history_move           (CchcHistory  *self,
                                          gpointer      record,
                                          guint         position,
                                          GError      **error);
gboolean     cchc_history_move_to        (CchcHistory  *self,
                                          gpointer      record,
                                          gpointer      parent,
                                          guint         position,
                                          GError      **error);
CchcPlan    *cchc_history_copy_plan      (CchcHistory  *self,
                                          CchcPlan     *plan,
                                          int           year,
                                          const char   *title,
                                          GError      **error);

gboolean     cchc_history_can_undo       (CchcHistory  *self);
gboolean     cchc_history_can_redo       (CchcHistory  *self);
const char  *cchc_history_get_undo_label (CchcHistory  *self);
const char  *cchc_history_get_redo_label (CchcHistory  *self);
gboolean     cchc_history_undo           (CchcHistory  *self,
                                          GError      **error);
gboolean     cchc_history_redo           (CchcHistory  *self,
                                          GError      **error);
gboolean     cchc_history_take_back      (CchcHistory  *self,
                                          gpointer      record,
                                          GError      **error);
void         cchc_history_clear          (CchcHistory  *self);

char        *cchc_describe_record        (gpointer      record);

G_END_DECLS
