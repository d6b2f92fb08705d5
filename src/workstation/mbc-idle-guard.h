/* mbc-idle-guard.h: asks whether someone is still there, and starts
 * over when no one answers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

typedef struct _MbcIdleGuard MbcIdleGuard;

typedef void (*MbcIdleGuardFunc) (gpointer data);

MbcIdleGuard *mbc_idle_guard_new   (GtkWindow        *window,
                                    GSettings        *settings,
                                    MbcIdleGuardFunc  start_over,
                                    gpointer          data);
void          mbc_idle_guard_reset (MbcIdleGuard     *guard);
void          mbc_idle_guard_free  (MbcIdleGuard     *guard);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MbcIdleGuard, mbc_idle_guard_free)

G_END_DECLS
