/* mbc-test-room.h: whether every text has its room, and every target
 * its size
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

typedef struct
{
  guint    n_labels;      /* labels checked */
  guint    n_targets;     /* pointer targets checked */
  GString *failures;      /* everything found wrong, one a line */
  GString *small_targets; /* targets under 24 × 24 px away from a workstation */
} MbcTestRoom;

void mbc_test_room_check_window (MbcTestRoom *room,
                                 GtkWidget   *window,
                                 int          width,
                                 const char  *where,
                                 gboolean     kiosk);

G_END_DECLS
