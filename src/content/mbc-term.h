/* mbc-term.h: a word from the glossary and what it means
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "mbc-content-build.h"

G_BEGIN_DECLS

#define MBC_TYPE_TERM (mbc_term_get_type ())

G_DECLARE_FINAL_TYPE (MbcTerm, mbc_term, MBC, TERM, MbcContentItem)

const char     *mbc_term_get_id         (MbcTerm *self);
const char     *mbc_term_get_term       (MbcTerm *self);
const char     *mbc_term_get_definition (MbcTerm *self);

MbcContentItem *mbc_term_build          (MbcContentBuild *build,
                                         JsonObject      *object);

G_END_DECLS
