/* mbc-content-error.h: what can be wrong with content files
 *
 * Kept apart from the store, so that the checker, which the store reads
 * content with, can tell what is wrong without knowing the store.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define MBC_CONTENT_ERROR (mbc_content_error_quark ())

typedef enum {
  MBC_CONTENT_ERROR_UNREADABLE,  /* a file is missing or cannot be read */
  MBC_CONTENT_ERROR_SYNTAX,      /* a file is empty or not JSON */
  MBC_CONTENT_ERROR_INVALID,     /* JSON that breaks the schema */
} MbcContentError;

GQuark mbc_content_error_quark (void);

G_END_DECLS
