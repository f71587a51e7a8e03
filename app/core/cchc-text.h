/* cchc-text.h: Vietnamese text for search and sorting
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

char     *cchc_text_fold        (const char *text);
gboolean  cchc_text_contains    (const char *folded_text,
                                 const char *folded_query);
char     *cchc_text_collate_key (const char *text);
int       cchc_text_collate     (const char *a,
                                 const char *b);
char     *cchc_text_squeeze     (const char *text);
char     *cchc_text_name_key    (const char *name);

G_END_DECLS
