/* mbc-diary-view-private.h: what the diary view and its actions share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "mbc-diary-view.h"

G_BEGIN_DECLS

struct _MbcDiaryView
{
  GtkWidget          parent_instance;

  MbcDiary          *diary;
  MbcMyQuestionList *questions;
  GSettings         *settings;
  char              *emergency_number;
  char              *sign_key;

  GtkWidget         *leaflet;
  GtkWidget         *timeline_page;
  GtkWidget         *read_only_label;
  GtkWidget         *state_stack;
  GtkWidget         *empty_page;
  GtkWidget         *empty_record_button;
  GtkWidget         *top_scroller;
  GtkWidget         *actions_box;
  GtkWidget         *lists_squeezer;
  GtkWidget         *record_button;
  GtkWidget         *summary_button;
  GtkWidget         *more_button;
  GtkWidget         *signs_heading;
  GtkWidget         *signs_list;
  GtkWidget         *lists_stack;
  GtkWidget         *timeline_scroller;
  GtkWidget         *timeline;
  GtkWidget         *sign_page;
  GtkWidget         *sign_header;
  GtkWidget         *back_button;
  GtkWidget         *sign_box;

  guint              signs_idle;
  gboolean           signs_stale;

  /* The deleted entries whose toast still offers Undo, by their id: each
   * toast undoes its own deletion. Their Undo is put where the toasts
   * can reach it: the window's toast overlay, which is above the view,
   * not in it.
   */
  GHashTable        *removed;
  GSimpleActionGroup *undo_group;
  GtkWidget         *undo_overlay;
};

/* mbc-diary-view-files.c */
void           _mbc_diary_view_class_install_file_actions (GtkWidgetClass *widget_class);
gboolean       _mbc_diary_view_export (MbcDiaryView  *self,
                                       GFile         *file,
                                       GError       **error);
gboolean       _mbc_diary_view_import (MbcDiaryView  *self,
                                       GFile         *file,
                                       guint         *n_added,
                                       guint         *n_known,
                                       GPtrArray    **problems,
                                       GError       **error);

/* mbc-diary-view.c */
void           _mbc_diary_view_scroll_to             (MbcDiaryView   *self,
                                                      guint           position);

/* mbc-diary-view-actions.c */
void           _mbc_diary_view_class_install_actions (GtkWidgetClass *widget_class);
void           _mbc_diary_view_init_actions          (MbcDiaryView   *self);
void           _mbc_diary_view_dispose_actions       (MbcDiaryView   *self);
void           _mbc_diary_view_update_actions        (MbcDiaryView   *self);
MbcDiaryEntry *_mbc_diary_view_find_entry            (MbcDiaryView   *self,
                                                      gint64          id);

G_END_DECLS
