/* mbc-emergency-number.h: the number to call in an emergency
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

char *mbc_emergency_number_dup              (GSettings *settings);
char *mbc_emergency_number_dup_safety_line  (GSettings *settings);

G_END_DECLS
