/* mbc-window-private.h: what the window's own files share
 *
 * The window is three files, as gnome-text-editor splits its own: the
 * shell (mbc-window.c), its actions (mbc-window-actions.c) and the
 * workstation half (workstation/mbc-window-kiosk.c).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "mbc-guide-view.h"
#include "mbc-idle-guard.h"
#include "mbc-window.h"

G_BEGIN_DECLS

struct _MbcWindow
{
  AdwApplicationWindow  parent_instance;

  MbcContent           *content;
  GSettings            *settings;
  MbcMyQuestionList    *questions;
  /* The person's diary; NULL at a workstation, which keeps none. */
  MbcDiary             *diary;

  AdwToastOverlay      *toast_overlay;
  MbcGuideView         *guide_view;
  /* The guide and, at a workstation, the start page before it. */
  AdwViewStack         *pages;

  /* Hospital workstation mode: a start page before the guide, and a
   * guard that starts over when no one is there.
   */
  gboolean              kiosk;
  GtkWidget            *start_page;
  MbcIdleGuard         *idle_guard;

  /* Reads the shortcuts window once the first frame is painted. */
  guint                 help_overlay_id;
};

void _mbc_window_class_actions_init (MbcWindowClass *klass);
void _mbc_window_class_kiosk_init   (MbcWindowClass *klass);
void _mbc_window_show_guide         (MbcWindow      *self,
                                     MbcContent     *content,
                                     const GError   *content_error,
                                     const char     *view);
void _mbc_window_forget_guide       (MbcWindow      *self);
void _mbc_window_become_kiosk       (MbcWindow      *self);

G_END_DECLS
