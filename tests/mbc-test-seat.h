/* mbc-test-seat.h: a keyboard and a mouse, through the window manager
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

typedef struct _MbcTestSeat MbcTestSeat;

MbcTestSeat *mbc_test_seat_new        (void);
void         mbc_test_seat_free       (MbcTestSeat *seat);
gboolean     mbc_test_seat_press      (MbcTestSeat *seat,
                                       const char  *accelerator);
void         mbc_test_seat_press_for_window_manager
                                      (MbcTestSeat *seat,
                                       const char  *accelerator);
gboolean     mbc_test_seat_wait_for_focus
                                      (MbcTestSeat *seat,
                                       GtkWindow   *window);
void         mbc_test_seat_point_at   (MbcTestSeat *seat,
                                       GtkWidget   *widget,
                                       double       x,
                                       double       y);
void         mbc_test_seat_button     (MbcTestSeat *seat,
                                       guint        button,
                                       gboolean     down);
void         mbc_test_seat_click      (MbcTestSeat *seat,
                                       guint        button,
                                       guint        n_press);
void         mbc_test_seat_drag       (MbcTestSeat *seat,
                                       double       dx,
                                       double       dy);
void         mbc_test_seat_move_by    (MbcTestSeat *seat,
                                       double       dx,
                                       double       dy);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MbcTestSeat, mbc_test_seat_free)

G_END_DECLS
