/* mbc-test-util.h: finding and driving widgets as a person would
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "mbc-content.h"
#include "mbc-test-files.h"
#include "mbc-window.h"

G_BEGIN_DECLS

void       mbc_test_init             (int         *argc,
                                      char      ***argv);
guint      mbc_test_time_scale       (void);
void       mbc_test_iterate          (guint        milliseconds);
void       mbc_test_show_window      (GtkWindow   *window,
                                      int          width,
                                      int          height);
gboolean   mbc_test_is_showing       (GtkWidget   *widget);
GtkWidget *mbc_test_find_label       (GtkWidget   *root,
                                      const char  *text);
GtkWidget *mbc_test_find_exact_label (GtkWidget  *root,
                                      const char *text);
GtkWidget *mbc_test_find_type        (GtkWidget   *root,
                                      GType        type);
GtkWidget *mbc_test_find_named       (GtkWidget   *root,
                                      GType        type,
                                      const char  *accessible_label);
char      *mbc_test_dup_visible_text (GtkWidget   *root);

MbcContent *mbc_test_load_content    (void);
MbcContent *mbc_test_load_content_with_pack (const char *folder);
MbcWindow  *mbc_test_open_window     (MbcContent  *content,
                                      int          width,
                                      int          height);
void        mbc_test_close_window    (gpointer     window);
void        mbc_test_wait_frame      (GtkWidget   *widget);
void        mbc_test_activate        (gpointer     widget,
                                      const char  *action,
                                      const char  *target);
void        mbc_test_assert_views_fit (MbcWindow  *window,
                                       int         width);
GtkShortcut *mbc_test_find_shortcut  (GtkWidget   *widget,
                                      const char  *accelerator);

char       *mbc_test_run_program     (const char * const *argv);
GtkWidget  *mbc_test_wait_for_label  (GtkWidget   *root,
                                      const char  *text);
GtkWindow  *mbc_test_find_toplevel   (GType        type);

G_END_DECLS
