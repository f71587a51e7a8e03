/* cchc-store-private.h: store API for tests only
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cchc-store.h"

G_BEGIN_DECLS

/* Opens @path migrating it with @migrations (SQL texts, version i + 1 is
 * migrations[i]) instead of the compiled-in schema. */
CchcStore *_cchc_store_open_with_migrations (const char         *path,
                                             CchcStoreFlags      flags,
                                             const char * const *migrations,
                                             GError            **error);
void       _cchc_store_set_busy_timeout     (CchcStore          *self,
                                             int                 milliseconds);

G_END_DECLS
