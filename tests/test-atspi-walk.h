/* test-atspi-walk.h: walking an application's tree on the accessibility
 * bus as a screen reader does, and the rules it is checked against
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <atspi/atspi.h>
#include <stdio.h>

G_BEGIN_DECLS

/* libatspi 2.46 declares no cleanup functions of its own. */
G_DEFINE_AUTOPTR_CLEANUP_FUNC (AtspiAccessible, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (AtspiAction, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (AtspiComponent, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (AtspiText, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (AtspiStateSet, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (AtspiEventListener, g_object_unref)

typedef struct _MbcWalk MbcWalk;

typedef void (*MbcWalkPressFunc)   (guint keysym);
typedef void (*MbcWalkIterateFunc) (guint milliseconds);

MbcWalk         *mbc_walk_new              (AtspiAccessible   *app);
void             mbc_walk_free             (MbcWalk           *self);
void             mbc_walk_tab_round        (MbcWalk           *self,
                                            MbcWalkPressFunc   press,
                                            MbcWalkIterateFunc iterate);
void             mbc_walk_forget_round     (MbcWalk           *self);
void             mbc_walk_check            (MbcWalk           *self,
                                            AtspiAccessible   *window,
                                            const char        *state);
gboolean         mbc_walk_tab_to           (AtspiAccessible   *target,
                                            MbcWalkPressFunc   press,
                                            MbcWalkIterateFunc iterate);
guint            mbc_walk_get_n_walked     (MbcWalk           *self);
guint            mbc_walk_get_n_defects    (MbcWalk           *self);
char            *mbc_walk_dup_defects      (MbcWalk           *self);
GPtrArray       *mbc_walk_get_defects      (MbcWalk           *self);
AtspiAccessible *mbc_walk_find             (MbcWalk           *self,
                                            AtspiAccessible   *root,
                                            AtspiRole          role,
                                            const char        *name);
void             mbc_walk_print_transcript (MbcWalk           *self,
                                            AtspiAccessible   *root,
                                            FILE              *out);

G_END_DECLS
