/* test-atspi-walk-private.h: what the walk and its Tab round share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "test-atspi-walk.h"

G_BEGIN_DECLS

struct _MbcWalk
{
  AtspiAccessible *app;
  /* Each defect once, by its rule and its path, with the state of the
   * guide where it was first met, in the order met.
   */
  GHashTable      *seen;
  GPtrArray       *defects;
  guint            walked;
  /* The object paths that had the focus while Tab went round the
   * window, and of every accessible they are in: what is on screen.
   */
  GHashTable      *focused;
  GHashTable      *live;
  /* "role parent-path" for each control Tab reached, and with its
   * grandparent's path too: the groups it went into.
   */
  GHashTable      *groups;
  gboolean         dump;
  /* The labels of the window being walked: how many have each size of
   * plain text, and those in bold.
   */
  GHashTable      *sizes;
  GArray          *titles;
};

const char *_mbc_walk_path_of             (AtspiAccessible *accessible);
gboolean    _mbc_walk_has_state           (AtspiAccessible *accessible,
                                           AtspiStateType   type);
char       *_mbc_walk_dup_path            (AtspiAccessible *accessible);
gboolean    _mbc_walk_is_exempt_from_tab  (MbcWalk         *self,
                                           AtspiAccessible *accessible,
                                           AtspiRole        role);

G_END_DECLS
