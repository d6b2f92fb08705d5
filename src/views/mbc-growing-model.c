/* mbc-growing-model.c: the first items of a list, more as it is scrolled
 *
 * GTK 4.8's GtkListView makes a row for up to 200 items around what it
 * shows, however few are on screen, and binds them all again when its
 * model changes: for the search's results, at every key, hundreds of
 * wrapped labels laid out again. So the list is given the first items
 * only, a screenful or so, and more as it is scrolled to within a
 * screen of its end (mbc_growing_model_follow()), or as a row further
 * on is asked for (mbc_growing_model_reach()). A new model starts again
 * at the first step.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "mbc-growing-model.h"

struct _MbcGrowingModel
{
  GObject        parent_instance;

  GListModel    *model;
  guint          step;
  guint          limit;
  /* How many of the model's items are given: MIN (limit, its items). */
  guint          n_shown;

  GtkAdjustment *adjustment;
  guint          grow_id;
  /* The list was scrolled since it last grew. */
  gboolean       scrolled;
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (MbcGrowingModel, mbc_growing_model, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

static GType
get_item_type (GListModel *list)
{
  MbcGrowingModel *self = MBC_GROWING_MODEL (list);

  return self->model != NULL ? g_list_model_get_item_type (self->model) : G_TYPE_OBJECT;
}

static guint
get_n_items (GListModel *list)
{
  return MBC_GROWING_MODEL (list)->n_shown;
}

static gpointer
get_item (GListModel *list,
          guint       position)
{
  MbcGrowingModel *self = MBC_GROWING_MODEL (list);

  if (position >= self->n_shown)
    return NULL;

  return g_list_model_get_item (self->model, position);
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = get_item_type;
  iface->get_n_items = get_n_items;
  iface->get_item = get_item;
}

static guint
count_shown (MbcGrowingModel *self)
{
  return self->model != NULL ? MIN (self->limit, g_list_model_get_n_items (self->model)) : 0;
}

/* Gives as many items as the limit allows now, telling what changed
 * from @position on.
 */
static void
update (MbcGrowingModel *self,
        guint            position)
{
  guint old_n = self->n_shown;

  self->n_shown = count_shown (self);
  if (position < MAX (old_n, self->n_shown))
    g_list_model_items_changed (G_LIST_MODEL (self), position,
                                old_n > position ? old_n - position : 0,
                                self->n_shown > position ? self->n_shown - position : 0);
}

static void
model_changed_cb (MbcGrowingModel *self,
                  guint            position,
                  guint            removed,
                  guint            added)
{
  guint old_n = self->n_shown;

  if (position >= old_n && position >= count_shown (self))
    return;

  /* Only the part that was given, or now is, changes; what comes after
   * the limit slides in or out as a whole.
   */
  if (removed == added && position + added <= old_n)
    g_list_model_items_changed (G_LIST_MODEL (self), position, removed, added);
  else
    update (self, position);
}

static gboolean
grow_cb (gpointer data)
{
  MbcGrowingModel *self = data;
  double value, upper, page;

  self->grow_id = 0;
  if (self->adjustment == NULL || self->model == NULL ||
      self->n_shown >= g_list_model_get_n_items (self->model))
    return G_SOURCE_REMOVE;

  value = gtk_adjustment_get_value (self->adjustment);
  upper = gtk_adjustment_get_upper (self->adjustment);
  page = gtk_adjustment_get_page_size (self->adjustment);

  /* Short of filling the screen, or scrolled to within a screen of the
   * end: not before, so that a new list costs a screenful.
   */
  if (page > 0 && (upper <= page + 1 || (self->scrolled && upper - (value + page) < page)))
    {
      self->limit = self->n_shown + self->step;
      update (self, self->n_shown);
    }
  self->scrolled = FALSE;

  return G_SOURCE_REMOVE;
}

/* The adjustment changes while the list is laid out, when no model may
 * change: the list grows just after the frame.
 */
static void
adjustment_changed_cb (MbcGrowingModel *self)
{
  if (self->grow_id == 0)
    self->grow_id = g_idle_add_full (G_PRIORITY_HIGH_IDLE + 30, grow_cb, self, NULL);
}

static void
value_changed_cb (MbcGrowingModel *self)
{
  self->scrolled = TRUE;
  adjustment_changed_cb (self);
}

static void
mbc_growing_model_dispose (GObject *object)
{
  MbcGrowingModel *self = MBC_GROWING_MODEL (object);

  g_clear_handle_id (&self->grow_id, g_source_remove);
  mbc_growing_model_follow (self, NULL);
  if (self->model != NULL)
    g_signal_handlers_disconnect_by_func (self->model, model_changed_cb, self);
  g_clear_object (&self->model);

  G_OBJECT_CLASS (mbc_growing_model_parent_class)->dispose (object);
}

static void
mbc_growing_model_class_init (MbcGrowingModelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = mbc_growing_model_dispose;
}

static void
mbc_growing_model_init (MbcGrowingModel *self)
{
}

/**
 * mbc_growing_model_new:
 * @model: (nullable): the whole list
 * @step: how many items are given at first, and added each time
 */
MbcGrowingModel *
mbc_growing_model_new (GListModel *model,
                       guint       step)
{
  MbcGrowingModel *self = g_object_new (MBC_TYPE_GROWING_MODEL, NULL);

  g_return_val_if_fail (model == NULL || G_IS_LIST_MODEL (model), NULL);
  g_return_val_if_fail (step > 0, NULL);

  self->step = step;
  mbc_growing_model_set_model (self, model);

  return self;
}

/* Gives the first items of @model from now on, as at first. */
void
mbc_growing_model_set_model (MbcGrowingModel *self,
                             GListModel      *model)
{
  guint old_n;

  g_return_if_fail (MBC_IS_GROWING_MODEL (self));
  g_return_if_fail (model == NULL || G_IS_LIST_MODEL (model));

  old_n = self->n_shown;
  if (self->model != NULL)
    g_signal_handlers_disconnect_by_func (self->model, model_changed_cb, self);
  g_set_object (&self->model, model);
  if (model != NULL)
    g_signal_connect_object (model, "items-changed", G_CALLBACK (model_changed_cb), self,
                             G_CONNECT_SWAPPED);

  self->limit = self->step;
  self->scrolled = FALSE;
  self->n_shown = count_shown (self);
  if (old_n > 0 || self->n_shown > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), 0, old_n, self->n_shown);
  if (self->adjustment != NULL)
    adjustment_changed_cb (self);
}

/* How many items it gives at most, for now. */
guint
mbc_growing_model_get_limit (MbcGrowingModel *self)
{
  g_return_val_if_fail (MBC_IS_GROWING_MODEL (self), 0);

  return self->limit;
}

/* Gives the items up to @position of the model, and a step more. */
void
mbc_growing_model_reach (MbcGrowingModel *self,
                         guint            position)
{
  g_return_if_fail (MBC_IS_GROWING_MODEL (self));

  if (position < self->n_shown)
    return;

  self->limit = position + self->step;
  update (self, self->n_shown);
}

/* Grows as @adjustment, the list's, comes within a screen of its end. */
void
mbc_growing_model_follow (MbcGrowingModel *self,
                          GtkAdjustment   *adjustment)
{
  g_return_if_fail (MBC_IS_GROWING_MODEL (self));
  g_return_if_fail (adjustment == NULL || GTK_IS_ADJUSTMENT (adjustment));

  if (self->adjustment != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->adjustment, adjustment_changed_cb, self);
      g_signal_handlers_disconnect_by_func (self->adjustment, value_changed_cb, self);
    }
  g_set_object (&self->adjustment, adjustment);
  if (adjustment == NULL)
    return;

  g_signal_connect_object (adjustment, "value-changed", G_CALLBACK (value_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (adjustment, "changed", G_CALLBACK (adjustment_changed_cb), self,
                           G_CONNECT_SWAPPED);
  adjustment_changed_cb (self);
}
