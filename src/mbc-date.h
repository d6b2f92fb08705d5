/* mbc-date.h: dates as the guide writes them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

char *mbc_date_format (GDateTime *date);

G_END_DECLS
