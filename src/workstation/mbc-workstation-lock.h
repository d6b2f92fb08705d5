/* mbc-workstation-lock.h: GTK's own doors out of the guide, closed at
 * a workstation
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

typedef struct _MbcWorkstationLock MbcWorkstationLock;

void                mbc_workstation_lock_refuse_inspector_environment (void);
MbcWorkstationLock *mbc_workstation_lock_new                           (void);
void                mbc_workstation_lock_free                          (MbcWorkstationLock *lock);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MbcWorkstationLock, mbc_workstation_lock_free)

G_END_DECLS
