/* mbc-diary-timeline.c: the diary's entries as a list that makes rows
 * only for what is on screen
 *
 * GTK 4.8's list view, given rows of different heights, guesses the
 * height of every row it has not made from the rows on screen, and each
 * guess moves where it thinks the person is: scrolling twenty pixels
 * binds eight new rows, and every few frames it jumps back hundreds of
 * entries and binds sixty (mbc-bench diary). This list keeps what it
 * learns instead: the height of each entry once measured, at the
 * current width, and for those never seen the mean of those measured.
 * The place shown is an entry and how far into it, so that a better
 * guess of the rows above moves the scroll bar a little, never the
 * text. Rows stay children of the list all their life, hidden when
 * not needed, and an entry that comes back finds the row that showed it:
 * taking a row out of the window would lay out all its text again.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "mbc-diary-timeline-private.h"

/* An entry is shown, or kept ready, this far above and below what is on
 * screen, as a share of the screen: the next row that Tab reaches, and
 * the rows of the next small scroll, are ready before they are seen.
 */
#define MARGIN_SHARE 0.5
/* Rows kept beyond those needed, each still showing its last entry. */
#define SPARE_ROWS   48
/* The height of an entry, until one has been measured. */
#define FIRST_GUESS  120

 static void mbc_diary_timeline_scrollable_init (GtkScrollableInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (MbcDiaryTimeline, mbc_diary_timeline, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (GTK_TYPE_SCROLLABLE,
                                                      mbc_diary_timeline_scrollable_init))

static void
mbc_diary_timeline_scrollable_init (GtkScrollableInterface *iface)
{
}

static void
row_free (Row *row)
{
  if (gtk_widget_get_parent (row->widget) != NULL)
    gtk_widget_unparent (row->widget);
  g_object_unref (row->widget);
  g_clear_object (&row->item);
  g_free (row);
}

/* A row kept for later is hidden from the screen and from a screen
 * reader alike.
 */
static void
show_row (Row      *row,
          gboolean  shown)
{
  if (row->shown == shown)
    return;

  row->shown = shown;
  gtk_widget_set_child_visible (row->widget, shown);
  if (shown)
    gtk_accessible_reset_state (GTK_ACCESSIBLE (row->widget), GTK_ACCESSIBLE_STATE_HIDDEN);
  else
    gtk_accessible_update_state (GTK_ACCESSIBLE (row->widget),
                                 GTK_ACCESSIBLE_STATE_HIDDEN, TRUE,
                                 -1);
}

static int
guess (MbcDiaryTimeline *self)
{
  return self->known_n > 0 ? (int) (self->known_sum / self->known_n) : FIRST_GUESS;
}

static int
height_at (MbcDiaryTimeline *self,
           guint             position)
{
  int height = g_array_index (self->heights, int, position);

  return height >= 0 ? height : guess (self);
}

static void
set_height (MbcDiaryTimeline *self,
            guint             position,
            int               height)
{
  int *known = &g_array_index (self->heights, int, position);

  if (*known >= 0)
    {
      self->known_sum -= *known;
      self->known_n--;
    }
  *known = height;
  if (height >= 0)
    {
      self->known_sum += height;
      self->known_n++;
    }
}

static void
forget_heights (MbcDiaryTimeline *self)
{
  for (guint i = 0; i < self->heights->len; i++)
    g_array_index (self->heights, int, i) = -1;
  self->known_sum = 0;
  self->known_n = 0;
}

/* The top of the entry at @position, from the top of the first. */
static double
top_of (MbcDiaryTimeline *self,
        guint             position)
{
  double top = 0;

  for (guint i = 0; i < position; i++)
    top += height_at (self, i);

  return top;
}

static double
total_height (MbcDiaryTimeline *self)
{
  return top_of (self, self->heights->len);
}

/* The row for the entry at @position, claimed for this allocation:
 * the row that shows it already if there is one, else the row least
 * lately used and furthest from it, else a new one.
 */
static Row *
claim_row (MbcDiaryTimeline *self,
           guint             position)
{
  g_autoptr(GObject) item = g_list_model_get_item (self->model, position);
  Row *row = g_hash_table_lookup (self->row_of_item, item);
  gboolean bind = FALSE;

  if (row == NULL)
    {
      for (guint i = 0; i < self->rows->len; i++)
        {
          Row *other = g_ptr_array_index (self->rows, i);

          /* The row with the keyboard's focus keeps its entry, on
           * screen or not, as the person left it.
           */
          if (other->claimed ||
              gtk_widget_get_focus_child (GTK_WIDGET (self)) == other->widget)
            continue;
          if (row == NULL || other->used < row->used ||
              (other->used == row->used &&
               ABS ((gint64) other->position - (gint64) position) >
               ABS ((gint64) row->position - (gint64) position)))
            row = other;
        }

      if (row == NULL)
        {
          row = g_new0 (Row, 1);
          row->widget = g_object_ref_sink (self->make (self->user_data));
          row->shown = TRUE;
          gtk_widget_set_parent (row->widget, GTK_WIDGET (self));
          g_ptr_array_add (self->rows, row);
        }
      else if (row->item != NULL)
        {
          g_hash_table_remove (self->row_of_item, row->item);
        }
      g_set_object (&row->item, item);
      g_hash_table_insert (self->row_of_item, row->item, row);
      bind = TRUE;
    }

  if (row->claimed)
    return row;

  /* A row kept hidden may have missed a change to its entry: it is
   * bound again, which costs nothing if its words are the same.
   */
  bind = bind || !row->shown || row->position != position ||
         (position >= self->rebind_from && position <= self->rebind_to);
  row->claimed = TRUE;
  row->used = self->generation;
  row->position = position;
  if (bind)
    self->bind (row->widget, position, row->item, self->user_data);

  return row;
}

static int
measure_row (MbcDiaryTimeline *self,
             Row              *row)
{
  int height;

  gtk_widget_measure (row->widget, GTK_ORIENTATION_VERTICAL, self->width,
                      NULL, &height, NULL, NULL);
  set_height (self, row->position, height);

  return height;
}

static void
configure_adjustments (MbcDiaryTimeline *self,
                       int               width,
                       int               height)
{
  double upper;
  double value;

  self->configuring = TRUE;
  if (self->vadjustment != NULL)
    {
      upper = self->heights->len > 0 ? total_height (self) : 0;
      value = self->heights->len > 0 ? top_of (self, self->anchor) + self->anchor_offset : 0;
      upper = MAX (upper, value + height);
      gtk_adjustment_configure (self->vadjustment, value, 0, upper,
                                height * 0.1, height * 0.9, height);
    }
  if (self->hadjustment != NULL)
    gtk_adjustment_configure (self->hadjustment, 0, 0, width, width * 0.1, width * 0.9, width);
  self->configuring = FALSE;
}

/* Moves the anchor to the entry that holds the top of the screen. */
static void
settle_anchor (MbcDiaryTimeline *self)
{
  guint n = self->heights->len;

  while (self->anchor_offset < 0 && self->anchor > 0)
    {
      self->anchor--;
      self->anchor_offset += measure_row (self, claim_row (self, self->anchor));
    }
  if (self->anchor_offset < 0)
    self->anchor_offset = 0;

  while (self->anchor + 1 < n)
    {
      int height = measure_row (self, claim_row (self, self->anchor));

      if (self->anchor_offset < height)
        break;
      self->anchor_offset -= height;
      self->anchor++;
    }
}

/* Rows made ahead, between frames, up to twice those on screen: the
 * first screenfuls scrolled then bind rows rather than make them.
 */
static gboolean
warm_up_cb (gpointer data)
{
  MbcDiaryTimeline *self = data;
  guint placed = 0;
  Row *row;

  for (guint i = 0; i < self->rows->len; i++)
    placed += ((Row *) g_ptr_array_index (self->rows, i))->placed;
  if (self->make == NULL || self->rows->len >= 2 * placed)
    {
      self->warm_idle = 0;
      return G_SOURCE_REMOVE;
    }

  row = g_new0 (Row, 1);
  row->widget = g_object_ref_sink (self->make (self->user_data));
  row->shown = TRUE;
  gtk_widget_set_parent (row->widget, GTK_WIDGET (self));
  show_row (row, FALSE);
  g_ptr_array_add (self->rows, row);

  return G_SOURCE_CONTINUE;
}

static void
mbc_diary_timeline_size_allocate (GtkWidget *widget,
                                  int        width,
                                  int        height,
                                  int        baseline)
{
  MbcDiaryTimeline *self = MBC_DIARY_TIMELINE (widget);
  guint n = self->heights->len;
  int margin = (int) (height * MARGIN_SHARE);
  guint first = 0, last = 0;
  int bottom;

  self->generation++;
  for (guint i = 0; i < self->rows->len; i++)
    {
      Row *row = g_ptr_array_index (self->rows, i);

      row->claimed = FALSE;
      row->placed = FALSE;
    }

  if (width != self->width)
    {
      forget_heights (self);
      self->width = width;
    }

  if (n > 0 && self->model != NULL)
    {
      if (self->anchor >= n)
        {
          self->anchor = n - 1;
          self->anchor_offset = 0;
        }
      settle_anchor (self);

      /* Down from the anchor to the bottom of the screen and the margin
       * below; at the end of the list, the last entry ends at the
       * bottom of the screen if there are entries enough above it.
       */
      for (guint pass = 0; pass < 2; pass++)
        {
          int y = -self->anchor_offset;
          guint position = self->anchor;

          while (position < n && y < height + margin)
            y += measure_row (self, claim_row (self, position++));
          last = position - 1;
          bottom = y;

          if (position < n || bottom >= height || (self->anchor == 0 && self->anchor_offset == 0))
            break;
          self->anchor_offset -= height - bottom;
          settle_anchor (self);
        }

      /* Up from the anchor, through the margin above. */
      first = self->anchor;
      {
        int y = -self->anchor_offset;

        while (first > 0 && y > -margin)
          y -= measure_row (self, claim_row (self, --first));
      }

      /* Placed, in order, so that Tab goes from one to the next. */
      {
        int y = -self->anchor_offset;
        GtkWidget *before = NULL;

        for (guint position = self->anchor; position > first; position--)
          y -= height_at (self, position - 1);
        for (guint position = first; position <= last; position++)
          {
            Row *row = claim_row (self, position);
            int row_height = height_at (self, position);

            row->placed = TRUE;
            show_row (row, TRUE);
            if (gtk_widget_get_prev_sibling (row->widget) != before)
              gtk_widget_insert_after (row->widget, widget, before);
            gtk_widget_size_allocate (row->widget,
                                      &(GtkAllocation) { 0, y, width, row_height }, -1);
            before = row->widget;
            y += row_height;
          }
      }
    }

  self->rebind_from = G_MAXUINT;
  self->rebind_to = 0;

  /* The rest wait, hidden, each with the entry it showed last; the
   * least lately used go when there are too many.
   */
  {
    guint spare = 0;

    for (guint i = self->rows->len; i > 0; i--)
      {
        Row *row = g_ptr_array_index (self->rows, i - 1);

        if (row->placed)
          continue;
        /* The row with the keyboard's focus stays in the window, just
         * off the screen on its side, so that it keeps the focus.
         */
        if (gtk_widget_get_focus_child (widget) == row->widget && row->item != NULL && n > 0)
          {
            int row_height = MAX (gtk_widget_get_height (row->widget), 1);

            gtk_widget_size_allocate (row->widget,
                                      &(GtkAllocation) {
                                        0, row->position < first ? -row_height - 1 : height + 1,
                                        width, row_height },
                                      -1);
            continue;
          }
        show_row (row, FALSE);
        if (!row->claimed && ++spare > SPARE_ROWS)
          {
            if (row->item != NULL)
              g_hash_table_remove (self->row_of_item, row->item);
            g_ptr_array_remove_index (self->rows, i - 1);
          }
      }
  }

  configure_adjustments (self, width, height);
  if (self->warm_idle == 0 && n > 0)
    self->warm_idle = g_idle_add_full (G_PRIORITY_LOW, warm_up_cb, self, NULL);
}

static void
mbc_diary_timeline_measure (GtkWidget      *widget,
                            GtkOrientation  orientation,
                            int             for_size,
                            int            *minimum,
                            int            *natural,
                            int            *minimum_baseline,
                            int            *natural_baseline)
{
  MbcDiaryTimeline *self = MBC_DIARY_TIMELINE (widget);

  *minimum = *natural = 0;
  if (orientation == GTK_ORIENTATION_VERTICAL)
    return;

  /* As wide as the rows need, from those made. */
  for (guint i = 0; i < self->rows->len; i++)
    {
      Row *row = g_ptr_array_index (self->rows, i);
      int row_minimum, row_natural;

      gtk_widget_measure (row->widget, orientation, -1, &row_minimum, &row_natural, NULL, NULL);
      *minimum = MAX (*minimum, row_minimum);
      *natural = MAX (*natural, row_natural);
    }
}

static GtkSizeRequestMode
mbc_diary_timeline_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_CONSTANT_SIZE;
}

/* A control that gets the keyboard's focus is brought whole on screen. */
static void
mbc_diary_timeline_set_focus_child (GtkWidget *widget,
                                    GtkWidget *child)
{
  MbcDiaryTimeline *self = MBC_DIARY_TIMELINE (widget);
  GtkWidget *focus;
  graphene_rect_t bounds;
  int height = gtk_widget_get_height (widget);

  GTK_WIDGET_CLASS (mbc_diary_timeline_parent_class)->set_focus_child (widget, child);

  if (child == NULL || height <= 0)
    return;

  focus = gtk_root_get_focus (gtk_widget_get_root (widget));
  if (focus == NULL || !gtk_widget_is_ancestor (focus, child) ||
      !gtk_widget_compute_bounds (focus, widget, &bounds))
    focus = child;
  if (!gtk_widget_compute_bounds (focus, widget, &bounds))
    return;

  if (bounds.origin.y < 0)
    self->anchor_offset += (int) floor (bounds.origin.y);
  else if (bounds.origin.y + bounds.size.height > height)
    self->anchor_offset += (int) ceil (MIN (bounds.origin.y + bounds.size.height - height,
                                            bounds.origin.y));
  else
    return;
  gtk_widget_queue_allocate (widget);
}

/* The top of the screen at @value pixels from the top of the first
 * entry.
 */
void
_mbc_diary_timeline_show_from (MbcDiaryTimeline *self,
                               double            value)
{
  double top = 0;
  guint position = 0;

  if (self->heights->len == 0)
    return;

  while (position + 1 < self->heights->len && top + height_at (self, position) <= value)
    top += height_at (self, position++);
  self->anchor = position;
  self->anchor_offset = (int) (value - top);
  gtk_widget_queue_allocate (GTK_WIDGET (self));
}

static void
items_changed_cb (MbcDiaryTimeline *self,
                  guint             position,
                  guint             removed,
                  guint             added)
{
  gboolean at_top = self->anchor == 0 && self->anchor_offset == 0;

  for (guint i = position; i < position + removed; i++)
    set_height (self, i, -1);
  g_array_remove_range (self->heights, position, removed);
  for (guint i = 0; i < added; i++)
    {
      int unknown = -1;

      g_array_insert_val (self->heights, position, unknown);
    }

  /* What the person was reading stays where it is, unless they were at
   * the top, where a new entry comes into view.
   */
  if (at_top && position == 0)
    ;
  else if (self->anchor >= position + removed)
    self->anchor = self->anchor + added - removed;
  else if (self->anchor >= position)
    {
      self->anchor = position;
      self->anchor_offset = 0;
    }

  gtk_widget_queue_resize (GTK_WIDGET (self));
}

static void
clear_rows (MbcDiaryTimeline *self)
{
  g_hash_table_remove_all (self->row_of_item);
  g_ptr_array_set_size (self->rows, 0);
}

void
mbc_diary_timeline_set_model (MbcDiaryTimeline *self,
                              GListModel       *model)
{
  g_return_if_fail (MBC_IS_DIARY_TIMELINE (self));
  g_return_if_fail (model == NULL || G_IS_LIST_MODEL (model));

  if (self->model == model)
    return;

  if (self->model != NULL)
    g_signal_handlers_disconnect_by_func (self->model, items_changed_cb, self);
  clear_rows (self);
  g_set_object (&self->model, model);
  g_array_set_size (self->heights, 0);
  self->known_sum = 0;
  self->known_n = 0;
  self->anchor = 0;
  self->anchor_offset = 0;
  if (model != NULL)
    {
      items_changed_cb (self, 0, 0, g_list_model_get_n_items (model));
      g_signal_connect_swapped (model, "items-changed", G_CALLBACK (items_changed_cb), self);
    }
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

GListModel *
mbc_diary_timeline_get_model (MbcDiaryTimeline *self)
{
  g_return_val_if_fail (MBC_IS_DIARY_TIMELINE (self), NULL);

  return self->model;
}

void
mbc_diary_timeline_set_rows (MbcDiaryTimeline         *self,
                             MbcDiaryTimelineMakeFunc  make,
                             MbcDiaryTimelineBindFunc  bind,
                             gpointer                  user_data)
{
  g_return_if_fail (MBC_IS_DIARY_TIMELINE (self));

  clear_rows (self);
  self->make = make;
  self->bind = bind;
  self->user_data = user_data;
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

void
mbc_diary_timeline_scroll_to (MbcDiaryTimeline *self,
                              guint             position)
{
  g_return_if_fail (MBC_IS_DIARY_TIMELINE (self));

  self->anchor = position;
  self->anchor_offset = 0;
  gtk_widget_queue_allocate (GTK_WIDGET (self));
}

void
mbc_diary_timeline_rebind (MbcDiaryTimeline *self,
                           guint             from,
                           guint             to)
{
  g_return_if_fail (MBC_IS_DIARY_TIMELINE (self));

  self->rebind_from = MIN (self->rebind_from, from);
  self->rebind_to = MAX (self->rebind_to, to);
  /* A row bound again may change its height. */
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

GtkWidget *
mbc_diary_timeline_new (void)
{
  return g_object_new (MBC_TYPE_DIARY_TIMELINE, NULL);
}

static void
mbc_diary_timeline_dispose (GObject *object)
{
  MbcDiaryTimeline *self = MBC_DIARY_TIMELINE (object);

  g_clear_handle_id (&self->warm_idle, g_source_remove);
  if (self->model != NULL)
    g_signal_handlers_disconnect_by_func (self->model, items_changed_cb, self);
  g_clear_object (&self->model);
  if (self->rows != NULL)
    clear_rows (self);
  if (self->vadjustment != NULL)
    g_signal_handlers_disconnect_by_func (self->vadjustment, _mbc_diary_timeline_value_changed_cb, self);
  g_clear_object (&self->hadjustment);
  g_clear_object (&self->vadjustment);

  G_OBJECT_CLASS (mbc_diary_timeline_parent_class)->dispose (object);
}

static void
mbc_diary_timeline_finalize (GObject *object)
{
  MbcDiaryTimeline *self = MBC_DIARY_TIMELINE (object);

  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_pointer (&self->row_of_item, g_hash_table_unref);
  g_clear_pointer (&self->heights, g_array_unref);

  G_OBJECT_CLASS (mbc_diary_timeline_parent_class)->finalize (object);
}

static void
mbc_diary_timeline_class_init (MbcDiaryTimelineClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mbc_diary_timeline_dispose;
  object_class->finalize = mbc_diary_timeline_finalize;
  object_class->get_property = _mbc_diary_timeline_get_property;
  object_class->set_property = _mbc_diary_timeline_set_property;

  widget_class->measure = mbc_diary_timeline_measure;
  widget_class->size_allocate = mbc_diary_timeline_size_allocate;
  widget_class->get_request_mode = mbc_diary_timeline_get_request_mode;
  widget_class->set_focus_child = mbc_diary_timeline_set_focus_child;

  g_object_class_override_property (object_class, MBC_DIARY_TIMELINE_PROP_HADJUSTMENT, "hadjustment");
  g_object_class_override_property (object_class, MBC_DIARY_TIMELINE_PROP_VADJUSTMENT, "vadjustment");
  g_object_class_override_property (object_class, MBC_DIARY_TIMELINE_PROP_HSCROLL_POLICY, "hscroll-policy");
  g_object_class_override_property (object_class, MBC_DIARY_TIMELINE_PROP_VSCROLL_POLICY, "vscroll-policy");

  gtk_widget_class_set_css_name (widget_class, "mbcdiarytimeline");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_LIST);
}

static void
mbc_diary_timeline_init (MbcDiaryTimeline *self)
{
  self->heights = g_array_new (FALSE, FALSE, sizeof (int));
  self->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) row_free);
  self->row_of_item = g_hash_table_new (NULL, NULL);
  self->rebind_from = G_MAXUINT;
  self->width = -1;
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);
  gtk_widget_set_focusable (GTK_WIDGET (self), FALSE);
  _mbc_diary_timeline_set_adjustment (self, &self->hadjustment, NULL, FALSE);
  _mbc_diary_timeline_set_adjustment (self, &self->vadjustment, NULL, TRUE);
}
