/* mbc-diary-timeline-scroll.c: the timeline's adjustments, as
 * GtkScrollable has them: a scroll moves the place shown, and the place
 * shown sets the adjustments (mbc-diary-timeline.c)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "mbc-diary-timeline-private.h"

void
_mbc_diary_timeline_value_changed_cb (MbcDiaryTimeline *self)
{
  if (self->configuring)
    return;

  _mbc_diary_timeline_show_from (self, gtk_adjustment_get_value (self->vadjustment));
}

void
_mbc_diary_timeline_set_adjustment (MbcDiaryTimeline  *self,
                                    GtkAdjustment    **slot,
                                    GtkAdjustment     *adjustment,
                                    gboolean           vertical)
{
  if (*slot == adjustment && adjustment != NULL)
    return;

  if (*slot != NULL)
    {
      g_signal_handlers_disconnect_by_func (*slot, _mbc_diary_timeline_value_changed_cb, self);
      g_clear_object (slot);
    }
  if (adjustment == NULL)
    adjustment = gtk_adjustment_new (0, 0, 0, 0, 0, 0);
  *slot = g_object_ref_sink (adjustment);
  if (vertical)
    g_signal_connect_swapped (adjustment, "value-changed",
                              G_CALLBACK (_mbc_diary_timeline_value_changed_cb), self);
  gtk_widget_queue_allocate (GTK_WIDGET (self));
}

void
_mbc_diary_timeline_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  MbcDiaryTimeline *self = MBC_DIARY_TIMELINE (object);

  switch (prop_id)
    {
    case MBC_DIARY_TIMELINE_PROP_HADJUSTMENT:
      g_value_set_object (value, self->hadjustment);
      break;
    case MBC_DIARY_TIMELINE_PROP_VADJUSTMENT:
      g_value_set_object (value, self->vadjustment);
      break;
    case MBC_DIARY_TIMELINE_PROP_HSCROLL_POLICY:
      g_value_set_enum (value, self->hscroll_policy);
      break;
    case MBC_DIARY_TIMELINE_PROP_VSCROLL_POLICY:
      g_value_set_enum (value, self->vscroll_policy);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

void
_mbc_diary_timeline_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  MbcDiaryTimeline *self = MBC_DIARY_TIMELINE (object);

  switch (prop_id)
    {
    case MBC_DIARY_TIMELINE_PROP_HADJUSTMENT:
      _mbc_diary_timeline_set_adjustment (self, &self->hadjustment, g_value_get_object (value), FALSE);
      break;
    case MBC_DIARY_TIMELINE_PROP_VADJUSTMENT:
      _mbc_diary_timeline_set_adjustment (self, &self->vadjustment, g_value_get_object (value), TRUE);
      break;
    case MBC_DIARY_TIMELINE_PROP_HSCROLL_POLICY:
      if (self->hscroll_policy != (GtkScrollablePolicy) g_value_get_enum (value))
        {
          self->hscroll_policy = g_value_get_enum (value);
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    case MBC_DIARY_TIMELINE_PROP_VSCROLL_POLICY:
      if (self->vscroll_policy != (GtkScrollablePolicy) g_value_get_enum (value))
        {
          self->vscroll_policy = g_value_get_enum (value);
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}
