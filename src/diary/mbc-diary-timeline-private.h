/* mbc-diary-timeline-private.h: the timeline's insides, shared with
 * mbc-diary-timeline-scroll.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "mbc-diary-timeline.h"

G_BEGIN_DECLS

typedef struct
{
  GtkWidget *widget;
  gpointer   item;
  guint      position;
  guint64    used;
  gboolean   claimed;
  gboolean   placed;
  gboolean   shown;
} Row;

struct _MbcDiaryTimeline
{
  GtkWidget                 parent_instance;

  GListModel               *model;
  MbcDiaryTimelineMakeFunc  make;
  MbcDiaryTimelineBindFunc  bind;
  gpointer                  user_data;

  GtkAdjustment            *hadjustment;
  GtkAdjustment            *vadjustment;
  GtkScrollablePolicy       hscroll_policy;
  GtkScrollablePolicy       vscroll_policy;
  gboolean                  configuring;

  /* The height of each entry at @width, or -1 until measured. */
  GArray                   *heights;
  int                       width;
  gint64                    known_sum;
  guint                     known_n;

  /* The top of the screen: @anchor_offset pixels into the entry at
   * @anchor.
   */
  guint                     anchor;
  int                       anchor_offset;

  GPtrArray                *rows;
  GHashTable               *row_of_item;
  guint64                   generation;
  guint                     rebind_from;
  guint                     rebind_to;
  guint                     warm_idle;
};

enum {
  MBC_DIARY_TIMELINE_PROP_0,
  MBC_DIARY_TIMELINE_PROP_HADJUSTMENT,
  MBC_DIARY_TIMELINE_PROP_VADJUSTMENT,
  MBC_DIARY_TIMELINE_PROP_HSCROLL_POLICY,
  MBC_DIARY_TIMELINE_PROP_VSCROLL_POLICY,
};

/* mbc-diary-timeline.c */
void _mbc_diary_timeline_show_from          (MbcDiaryTimeline  *self,
                                             double             value);

/* mbc-diary-timeline-scroll.c: the adjustments, as GtkScrollable has them */
void _mbc_diary_timeline_value_changed_cb   (MbcDiaryTimeline  *self);
void _mbc_diary_timeline_set_adjustment     (MbcDiaryTimeline  *self,
                                             GtkAdjustment    **slot,
                                             GtkAdjustment     *adjustment,
                                             gboolean           vertical);
void _mbc_diary_timeline_get_property       (GObject           *object,
                                             guint              prop_id,
                                             GValue            *value,
                                             GParamSpec        *pspec);
void _mbc_diary_timeline_set_property       (GObject           *object,
                                             guint              prop_id,
                                             const GValue      *value,
                                             GParamSpec        *pspec);

G_END_DECLS
