/* mbc-language.h: the language the guide is shown in
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

void                mbc_language_init        (void);
const char * const *mbc_language_list        (void);
const char         *mbc_language_get_system  (void);
const char         *mbc_language_get_current (void);
gboolean            mbc_language_set         (const char *code);
const char         *mbc_language_get_name    (const char *code);

G_END_DECLS
