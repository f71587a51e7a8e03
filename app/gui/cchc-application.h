/* cchc-application.h: the application: options, store, app actions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "cchc-types.h"

G_BEGIN_DECLS

#define CCHC_TYPE_APPLICATION (cchc_application_get_type ())

G_DECLARE_FINAL_TYPE (CchcApplication, cchc_application, CCHC, APPLICATION, GtkApplication)

CchcApplication *cchc_application_new       (void);
CchcStore       *cchc_application_get_store (CchcApplication *self);

G_END_DECLS
