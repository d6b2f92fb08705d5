/* mbc-content-error.c: what can be wrong with content files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "mbc-content-error.h"

G_DEFINE_QUARK (mbc-content-error-quark, mbc_content_error)
