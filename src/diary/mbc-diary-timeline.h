/* mbc-diary-timeline.h: the diary's entries as a list that makes rows
 * only for what is on screen
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define MBC_TYPE_DIARY_TIMELINE (mbc_diary_timeline_get_type ())

G_DECLARE_FINAL_TYPE (MbcDiaryTimeline, mbc_diary_timeline, MBC, DIARY_TIMELINE, GtkWidget)

/* Makes a row, not yet showing anything. */
typedef GtkWidget *(*MbcDiaryTimelineMakeFunc) (gpointer user_data);
/* Shows @item, at @position of the model, in @row: a row made by the
 * make function, which may show another item, or the same one again.
 */
typedef void       (*MbcDiaryTimelineBindFunc) (GtkWidget *row,
                                                guint      position,
                                                gpointer   item,
                                                gpointer   user_data);

GtkWidget  *mbc_diary_timeline_new         (void);
void        mbc_diary_timeline_set_rows    (MbcDiaryTimeline         *self,
                                            MbcDiaryTimelineMakeFunc  make,
                                            MbcDiaryTimelineBindFunc  bind,
                                            gpointer                  user_data);
void        mbc_diary_timeline_set_model   (MbcDiaryTimeline         *self,
                                            GListModel               *model);
GListModel *mbc_diary_timeline_get_model   (MbcDiaryTimeline         *self);
/* Shows the item at @position at the top. */
void        mbc_diary_timeline_scroll_to   (MbcDiaryTimeline         *self,
                                            guint                     position);
/* Binds again the rows that show the items from @from to @to. */
void        mbc_diary_timeline_rebind      (MbcDiaryTimeline         *self,
                                            guint                     from,
                                            guint                     to);

G_END_DECLS
