/* mbc-toast.h: toasts whose words are never cut short
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

AdwToast *mbc_toast_new (const char *title);

G_END_DECLS
