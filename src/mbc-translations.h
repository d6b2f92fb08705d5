/* mbc-translations.h: the guide's translations in any of its languages,
 * whatever language it is shown in
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The messages of one compiled catalogue (a .mo file). */
typedef struct _MbcTranslations MbcTranslations;

MbcTranslations *mbc_translations_new_from_file (const char      *path);
void             mbc_translations_free          (MbcTranslations *self);
const char      *mbc_translations_lookup        (MbcTranslations *self,
                                                 const char      *msgid);

MbcTranslations *mbc_translations_get           (const char      *language);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MbcTranslations, mbc_translations_free)

G_END_DECLS
