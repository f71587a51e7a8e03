/* cchc-kpi-editor.h: the window that adds or edits a KPI
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cchc-record-editor.h"

G_BEGIN_DECLS

#define CCHC_TYPE_KPI_EDITOR (cchc_kpi_editor_get_type ())

G_DECLARE_FINAL_TYPE (CchcKpiEditor, cchc_kpi_editor, CCHC, KPI_EDITOR, CchcRecordEditor)

G_END_DECLS
