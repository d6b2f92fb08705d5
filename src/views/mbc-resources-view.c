/* mbc-resources-view.c: where to find help
 *
 * A hospital's pack can add thousands of resources: the list makes rows
 * (mbc-resource-row.c) only for those on screen, and gives them other
 * resources as it scrolls, so that opening the view costs what a screen
 * shows, not what the pack holds.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "mbc-resource-row.h"
#include "mbc-resources-view.h"

/* How many frames a jump to a resource may wait for its row to be laid
 * out on screen before it gives up.
 */
#define MAX_SHOW_FRAMES 120

struct _MbcResourcesView
{
  GtkWidget       parent_instance;

  /* The one child, to which the bin layout gives all the room. */
  GtkWidget      *box;
  GtkListView    *list_view;

  MbcContent     *content;

  /* The resource to show once the list is laid out, and how far the
   * jump to it has come.
   */
  char           *pending_id;
  guint           pending_tick;
  guint           pending_frames;
  gboolean        pending_scrolled;
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

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             gpointer                  user_data)
{
  mbc_resource_row_set_resource (MBC_RESOURCE_ROW (gtk_list_item_get_child (item)),
                                 gtk_list_item_get_item (item));
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

/* The row that shows @resource_id now, laid out on screen, or NULL. */
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

      if (!MBC_IS_RESOURCE_ROW (row) || !gtk_widget_get_child_visible (item) ||
          !gtk_widget_get_mapped (row) || gtk_widget_get_height (row) == 0)
        continue;

      resource = mbc_resource_row_get_resource (MBC_RESOURCE_ROW (row));
      if (resource != NULL && g_strcmp0 (mbc_resource_get_id (resource), resource_id) == 0)
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

  if (!gtk_widget_get_mapped (widget) || gtk_widget_get_height (widget) == 0)
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
mbc_resources_view_dispose (GObject *object)
{
  MbcResourcesView *self = MBC_RESOURCES_VIEW (object);

  stop_pending (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), MBC_TYPE_RESOURCES_VIEW);

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
  gtk_widget_class_bind_template_child (widget_class, MbcResourcesView, list_view);
}

static void
mbc_resources_view_init (MbcResourcesView *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  g_type_ensure (MBC_TYPE_RESOURCE_ROW);
  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), NULL);
  gtk_list_view_set_factory (self->list_view, factory);
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

  /* The list makes rows only for what it shows: setting the model costs
   * nothing until the view is on screen.
   */
  if (content != NULL)
    {
      GListModel *resources = mbc_content_get_resources (content);

      selection = gtk_no_selection_new (g_object_ref (resources));
    }
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (selection));
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

  g_free (self->pending_id);
  self->pending_id = g_strdup (resource_id);
  self->pending_frames = 0;
  self->pending_scrolled = FALSE;
  if (self->pending_tick == 0)
    self->pending_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self->list_view),
                                                       show_pending_cb, self, NULL);

  return TRUE;
}
