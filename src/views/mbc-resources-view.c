/* mbc-resources-view.c: where to find help
 *
 * A hospital's pack can add thousands of resources: the list makes rows
 * (mbc-resource-row.c) only around what is on screen and gives them
 * other resources as it scrolls. GTK 4.8's list still makes and measures
 * some two hundred of them; those far from the screen show only their
 * resource's name, and show it in full before they come on screen as
 * the list scrolls (near_tick_cb()). A jump of more than a screen's
 * worth of rows, such as a drag of the scroll bar, may show the rows it
 * lands on in brief for one frame.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "mbc-accessible.h"
#include "mbc-growing-model.h"
#include "mbc-resource-row.h"
#include "mbc-resources-view.h"

/* The resources the list is given for its first frame, and then at each
 * frame after, until GTK's list has made all the rows it makes; the
 * rest then come at once (see grow_cb()).
 */
#define RESOURCES_STEP 12
#define LIST_ROWS      200

/* How many frames a jump to a resource may wait for its row to be laid
 * out on screen before it gives up.
 */
#define MAX_SHOW_FRAMES 120

/* How many resources either side of the one at the top of the screen a
 * row shows in full when it is given them: more than a tall screen holds
 * of the shortest rows. The others show only their name (see
 * mbc_resource_row_set_brief()) until the list comes near them.
 */
#define NEAR_ROWS 24

struct _MbcResourcesView
{
  GtkWidget          parent_instance;

  /* The one child, to which the bin layout gives all the room. */
  GtkWidget         *box;
  GtkScrolledWindow *scroller;
  /* The resources given to the list so far. */
  MbcGrowingModel   *shown;
  guint              grow_tick;
  GtkListView       *list_view;

  MbcContent        *content;

  /* The position of the resource at the top of the screen, or the one
   * the list is going to, and the frame that looks again which rows are
   * near the screen.
   */
  guint              near;
  guint              near_tick;

  /* The resource to show once the list is laid out, and how far the
   * jump to it has come.
   */
  char              *pending_id;
  guint              pending_tick;
  guint              pending_frames;
  gboolean           pending_scrolled;
};

G_DEFINE_FINAL_TYPE (MbcResourcesView, mbc_resources_view, GTK_TYPE_WIDGET)

static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  user_data)
{
  /* The row holds the focus itself, and its buttons after it; the list
   * item around it neither selects nor activates anything.
   */
  gtk_list_item_set_activatable (item, FALSE);
  gtk_list_item_set_selectable (item, FALSE);
  gtk_list_item_set_child (item, mbc_resource_row_new ());
}

static GQuark
position_quark (void)
{
  return g_quark_from_static_string ("mbc-resources-view-position");
}

/* The position a row was given, from its bind. */
static guint
get_row_position (GtkWidget *row)
{
  return GPOINTER_TO_UINT (g_object_get_qdata (G_OBJECT (row), position_quark ()));
}

static gboolean
is_near (MbcResourcesView *self,
         guint             position)
{
  return (position > self->near ? position - self->near : self->near - position) <= NEAR_ROWS;
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             gpointer                  user_data)
{
  MbcResourcesView *self = user_data;
  GtkWidget *row = gtk_list_item_get_child (item);
  guint position = gtk_list_item_get_position (item);

  g_object_set_qdata (G_OBJECT (row), position_quark (), GUINT_TO_POINTER (position));
  mbc_resource_row_set_brief (MBC_RESOURCE_ROW (row), !is_near (self, position));
  mbc_resource_row_set_resource (MBC_RESOURCE_ROW (row), gtk_list_item_get_item (item));
  mbc_accessible_name_list_item (item, mbc_resource_get_name (gtk_list_item_get_item (item)));
}

/* The rows near self->near that were made brief show all again. */
static void
show_near_in_full (MbcResourcesView *self)
{
  for (GtkWidget *item = gtk_widget_get_first_child (GTK_WIDGET (self->list_view));
       item != NULL;
       item = gtk_widget_get_next_sibling (item))
    {
      GtkWidget *row = gtk_widget_get_first_child (item);

      if (MBC_IS_RESOURCE_ROW (row) && is_near (self, get_row_position (row)))
        mbc_resource_row_set_brief (MBC_RESOURCE_ROW (row), FALSE);
    }
}

/* After the list has moved: the rows within a screen's height of the
 * screen show their resource in full before they come on it, and the
 * resource at its top is the one the next rows are near.
 */
static gboolean
near_tick_cb (GtkWidget     *widget,
              GdkFrameClock *clock,
              gpointer       user_data)
{
  MbcResourcesView *self = user_data;
  GtkWidget *scroller = GTK_WIDGET (self->scroller);
  int height = gtk_widget_get_height (scroller);
  gboolean changed = FALSE;
  guint top = G_MAXUINT;

  if (!gtk_widget_get_mapped (widget))
    {
      self->near_tick = 0;
      return G_SOURCE_REMOVE;
    }

  if (height == 0)
    return G_SOURCE_CONTINUE;

  for (GtkWidget *item = gtk_widget_get_first_child (widget);
       item != NULL;
       item = gtk_widget_get_next_sibling (item))
    {
      GtkWidget *row = gtk_widget_get_first_child (item);
      graphene_rect_t bounds;
      float y, bottom;

      if (!MBC_IS_RESOURCE_ROW (row) || !gtk_widget_get_child_visible (item) ||
          !gtk_widget_compute_bounds (row, scroller, &bounds))
        continue;

      y = bounds.origin.y;
      bottom = y + bounds.size.height;
      if (bottom > 0 && y < height)
        top = MIN (top, get_row_position (row));

      if (bottom > -height && y < 2 * height && mbc_resource_row_get_brief (MBC_RESOURCE_ROW (row)))
        {
          mbc_resource_row_set_brief (MBC_RESOURCE_ROW (row), FALSE);
          changed = TRUE;
        }
    }

  if (top != G_MAXUINT)
    self->near = top;

  /* Rows that grew move the others: look again once they are laid out. */
  if (changed)
    return G_SOURCE_CONTINUE;

  self->near_tick = 0;

  return G_SOURCE_REMOVE;
}

static void
look_near_cb (MbcResourcesView *self)
{
  if (self->near_tick == 0 && gtk_widget_get_mapped (GTK_WIDGET (self->list_view)))
    self->near_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self->list_view),
                                                    near_tick_cb, self, NULL);
}

static GListModel *
get_resources (MbcResourcesView *self)
{
  return self->content != NULL ? mbc_content_get_resources (self->content) : NULL;
}

/* The position of the resource named @resource_id in the list. */
static gboolean
find_position (MbcResourcesView *self,
               const char       *resource_id,
               guint            *position)
{
  GListModel *resources = get_resources (self);
  guint n = resources != NULL ? g_list_model_get_n_items (resources) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MbcResource) resource = g_list_model_get_item (resources, i);

      if (g_strcmp0 (mbc_resource_get_id (resource), resource_id) == 0)
        {
          *position = i;
          return TRUE;
        }
    }

  return FALSE;
}

/* The row that shows @resource_id now, on screen, or NULL. */
static MbcResourceRow *
find_shown_row (MbcResourcesView *self,
                const char       *resource_id)
{
  for (GtkWidget *item = gtk_widget_get_first_child (GTK_WIDGET (self->list_view));
       item != NULL;
       item = gtk_widget_get_next_sibling (item))
    {
      GtkWidget *row = gtk_widget_get_first_child (item);
      MbcResource *resource;
      graphene_rect_t bounds;

      if (!MBC_IS_RESOURCE_ROW (row) || !gtk_widget_get_child_visible (item) ||
          !gtk_widget_get_mapped (row) || gtk_widget_get_height (row) == 0)
        continue;

      resource = mbc_resource_row_get_resource (MBC_RESOURCE_ROW (row));
      if (resource == NULL || g_strcmp0 (mbc_resource_get_id (resource), resource_id) != 0)
        continue;

      /* GTK 4.8's list lays out rows well off screen too. */
      if (gtk_widget_compute_bounds (row, GTK_WIDGET (self->scroller), &bounds) &&
          bounds.origin.y + bounds.size.height > 0 &&
          bounds.origin.y < gtk_widget_get_height (GTK_WIDGET (self->scroller)))
        return MBC_RESOURCE_ROW (row);
    }

  return NULL;
}

static void
stop_pending (MbcResourcesView *self)
{
  if (self->pending_tick != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self->list_view), self->pending_tick);
  self->pending_tick = 0;
  g_clear_pointer (&self->pending_id, g_free);
}

/* Each frame until the jump is done: the list must have its size before
 * it can scroll, and the row comes in the frame after the scroll.
 */
static gboolean
show_pending_cb (GtkWidget     *widget,
                 GdkFrameClock *clock,
                 gpointer       user_data)
{
  MbcResourcesView *self = user_data;
  MbcResourceRow *row;
  guint position;

  /* Hidden again: the list's "map" starts over. */
  if (!gtk_widget_get_mapped (widget))
    {
      self->pending_tick = 0;
      return G_SOURCE_REMOVE;
    }

  if (gtk_widget_get_height (widget) == 0)
    return G_SOURCE_CONTINUE;

  if (++self->pending_frames > MAX_SHOW_FRAMES ||
      !find_position (self, self->pending_id, &position))
    {
      self->pending_tick = 0;
      g_clear_pointer (&self->pending_id, g_free);
      return G_SOURCE_REMOVE;
    }

  if (!self->pending_scrolled)
    {
      /* The rows around it show their resources in full from the frame
       * it comes on screen.
       */
      self->near = position;
      show_near_in_full (self);
      gtk_widget_activate_action (widget, "list.scroll-to-item", "u", position);
      self->pending_scrolled = TRUE;
      return G_SOURCE_CONTINUE;
    }

  row = find_shown_row (self, self->pending_id);
  if (row == NULL)
    {
      /* Rows above it may have changed height as they came: once more. */
      self->pending_scrolled = FALSE;
      return G_SOURCE_CONTINUE;
    }

  gtk_widget_grab_focus (GTK_WIDGET (row));
  mbc_resource_row_mark (row);

  self->pending_tick = 0;
  g_clear_pointer (&self->pending_id, g_free);

  return G_SOURCE_REMOVE;
}

static void
start_pending (MbcResourcesView *self)
{
  if (self->pending_id != NULL && self->pending_tick == 0 &&
      gtk_widget_get_mapped (GTK_WIDGET (self->list_view)))
    self->pending_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self->list_view),
                                                       show_pending_cb, self, NULL);
}

/* Once the list is on screen: a jump asked for meanwhile, and rows that
 * came near it while it was hidden.
 */
/* GTK 4.8's list makes a row for up to 200 items around what it shows,
 * whatever the screen holds: with a hospital's pack, 200 rows before
 * the first frame. So the list is given a screenful for its first
 * frame, then a few more at each frame, a few rows' work each, and, once
 * it has made all the rows it makes, the rest at once, which make none.
 */
static gboolean
grow_cb (GtkWidget     *widget,
         GdkFrameClock *clock,
         gpointer       user_data)
{
  MbcResourcesView *self = user_data;
  GListModel *resources = get_resources (self);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->shown));
  guint total = resources != NULL ? g_list_model_get_n_items (resources) : 0;

  if (n >= total)
    {
      self->grow_tick = 0;
      return G_SOURCE_REMOVE;
    }

  mbc_growing_model_reach (self->shown, n < LIST_ROWS ? n : total - 1);

  return G_SOURCE_CONTINUE;
}

static void
start_growing (MbcResourcesView *self)
{
  if (self->grow_tick == 0 && gtk_widget_get_mapped (GTK_WIDGET (self->list_view)))
    self->grow_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self->list_view), grow_cb, self,
                                                    NULL);
}

static void
list_mapped_cb (MbcResourcesView *self)
{
  start_growing (self);
  start_pending (self);
  look_near_cb (self);
}

static void
mbc_resources_view_dispose (GObject *object)
{
  MbcResourcesView *self = MBC_RESOURCES_VIEW (object);

  stop_pending (self);
  if (self->grow_tick != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self->list_view), self->grow_tick);
  self->grow_tick = 0;
  if (self->near_tick != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self->list_view), self->near_tick);
  self->near_tick = 0;
  /* The scrolled window may outlive the view by a moment as it goes. */
  if (self->scroller != NULL)
    g_signal_handlers_disconnect_by_data (gtk_scrolled_window_get_vadjustment (self->scroller), self);
  gtk_widget_dispose_template (GTK_WIDGET (self), MBC_TYPE_RESOURCES_VIEW);

  g_clear_object (&self->shown);
  g_clear_object (&self->content);

  G_OBJECT_CLASS (mbc_resources_view_parent_class)->dispose (object);
}

static void
mbc_resources_view_class_init (MbcResourcesViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mbc_resources_view_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/mbc-resources-view.ui");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_bind_template_child (widget_class, MbcResourcesView, box);
  gtk_widget_class_bind_template_child (widget_class, MbcResourcesView, scroller);
  gtk_widget_class_bind_template_child (widget_class, MbcResourcesView, list_view);
}

static void
mbc_resources_view_init (MbcResourcesView *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  GtkAdjustment *adjustment;

  g_type_ensure (MBC_TYPE_RESOURCE_ROW);
  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), self);
  gtk_list_view_set_factory (self->list_view, factory);

  g_signal_connect_swapped (self->list_view, "map", G_CALLBACK (list_mapped_cb), self);
  adjustment = gtk_scrolled_window_get_vadjustment (self->scroller);
  g_signal_connect_object (adjustment, "value-changed", G_CALLBACK (look_near_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (adjustment, "changed", G_CALLBACK (look_near_cb), self,
                           G_CONNECT_SWAPPED);

  self->shown = mbc_growing_model_new (NULL, RESOURCES_STEP);
}

void
mbc_resources_view_set_content (MbcResourcesView *self,
                                MbcContent       *content)
{
  g_autoptr(GtkNoSelection) selection = NULL;

  g_return_if_fail (MBC_IS_RESOURCES_VIEW (self));
  g_return_if_fail (content == NULL || MBC_IS_CONTENT (content));

  if (!g_set_object (&self->content, content))
    return;

  self->near = 0;

  /* The list makes rows only for what it shows: setting the model costs
   * nothing until the view is on screen.
   */
  if (content != NULL)
    {
      GListModel *resources = mbc_content_get_resources (content);

      mbc_growing_model_set_model (self->shown, resources);
      selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->shown)));
    }
  else
    mbc_growing_model_set_model (self->shown, NULL);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (selection));
  start_growing (self);
}

/**
 * mbc_resources_view_show_resource:
 * @resource_id: the id of one of the content's resources
 *
 * Scrolls the list to the resource named @resource_id, gives its row
 * the keyboard focus and marks it for a moment. A view that is not yet
 * on screen does so once it is laid out.
 *
 * Returns: %FALSE, doing nothing, if the content has no such resource
 */
gboolean
mbc_resources_view_show_resource (MbcResourcesView *self,
                                  const char       *resource_id)
{
  guint position;

  g_return_val_if_fail (MBC_IS_RESOURCES_VIEW (self), FALSE);
  g_return_val_if_fail (resource_id != NULL, FALSE);

  if (!find_position (self, resource_id, &position))
    return FALSE;

  mbc_growing_model_reach (self->shown, position);

  g_free (self->pending_id);
  self->pending_id = g_strdup (resource_id);
  self->pending_frames = 0;
  self->pending_scrolled = FALSE;
  start_pending (self);

  return TRUE;
}
