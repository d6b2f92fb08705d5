/* mbc-map-view.c: the body map beside the page of the chosen site
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "mbc-accessible.h"
#include "mbc-body-map.h"
#include "mbc-body-region.h"
#include "mbc-map-view.h"
#include "mbc-site-page.h"

struct _MbcMapView
{
  GtkWidget    parent_instance;

  MbcContent  *content;
  /* Fills the lists of sites once the first frame is painted. */
  guint        fill_lists_id;

  AdwLeaflet  *leaflet;
  MbcBodyMap  *body_map;
  GtkListBox  *site_list;
  GtkListBox  *rare_list;
  MbcSitePage *site_page;

  /* Whether the site's page offers to print itself. */
  gboolean     printable;
  /* Whether its signs offer to be recorded in the diary. */
  gboolean     recordable;
};

G_DEFINE_FINAL_TYPE (MbcMapView, mbc_map_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SELECTED_SITE,
  PROP_PRINTABLE,
  PROP_RECORDABLE,
  N_PROPS
};

static GParamSpec *props[N_PROPS];

/* Marks the row of @site_id, and only it, as chosen: to the eye and to
 * a screen reader. With @all FALSE, only rows whose mark changes are
 * touched, since a row marked again is styled again.
 */
static void
mark_selected_rows (MbcMapView *self,
                    GtkListBox *list,
                    const char *site_id,
                    gboolean    all)
{
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (list));
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      gboolean selected = g_strcmp0 (g_object_get_data (G_OBJECT (row), "site-id"), site_id) == 0;

      if (!all && selected == gtk_widget_has_css_class (row, "current-site"))
        continue;

      if (selected)
        gtk_widget_add_css_class (row, "current-site");
      else
        gtk_widget_remove_css_class (row, "current-site");

      gtk_accessible_update_state (GTK_ACCESSIBLE (row),
                                   GTK_ACCESSIBLE_STATE_SELECTED, selected,
                                   -1);
    }
}

/* Shows @site_id, and on a narrow window moves on to its page when a
 * person asked for it.
 */
static void
show_site (MbcMapView *self,
           const char *site_id,
           gboolean    navigate)
{
  MbcSite *site = NULL;

  if (self->content != NULL && site_id != NULL)
    site = mbc_content_find_site (self->content, site_id);

  mbc_site_page_set_site (self->site_page, site);
  mbc_body_map_set_selected (self->body_map, site != NULL ? site_id : NULL);
  mark_selected_rows (self, self->site_list, site != NULL ? site_id : NULL, FALSE);
  mark_selected_rows (self, self->rare_list, site != NULL ? site_id : NULL, FALSE);

  if (navigate && site != NULL)
    adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);

  g_object_notify_by_pspec (G_OBJECT (self), props[PROP_SELECTED_SITE]);
}

/* A site chosen on the map or in the lists: the keyboard goes on to its
 * signs, to be read next; on a narrow window the map is no longer on
 * screen, and the focus would be lost with it.
 */
static void
choose_site (MbcMapView *self,
             const char *site_id)
{
  show_site (self, site_id, TRUE);
  if (mbc_site_page_get_site (self->site_page) != NULL)
    mbc_site_page_focus_signs (self->site_page);
}

static void
body_map_site_activated_cb (MbcMapView *self,
                            const char *site_id,
                            MbcBodyMap *body_map)
{
  choose_site (self, site_id);
}

static void
site_row_activated_cb (MbcMapView    *self,
                       GtkListBoxRow *row,
                       GtkListBox    *list)
{
  choose_site (self, g_object_get_data (G_OBJECT (row), "site-id"));
}

static void
select_site_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  choose_site (MBC_MAP_VIEW (widget), g_variant_get_string (parameter, NULL));
}

static gboolean
unparent_cb (gpointer data)
{
  if (gtk_widget_get_parent (data) != NULL)
    gtk_widget_unparent (data);

  return G_SOURCE_REMOVE;
}

static void
menu_closed_cb (GtkPopover *popover)
{
  GtkWidget *region = gtk_widget_get_parent (GTK_WIDGET (popover));

  /* After the menu's own last steps, and back to the region it was for. */
  g_idle_add_full (G_PRIORITY_DEFAULT, unparent_cb, g_object_ref (popover), g_object_unref);
  if (region != NULL)
    {
      GtkRoot *root = gtk_widget_get_root (region);
      GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

      gtk_widget_set_has_tooltip (region, TRUE);
      /* Unless the menu's choice took the focus on, to the signs. */
      if (focus == NULL || gtk_widget_is_ancestor (focus, GTK_WIDGET (popover)))
        gtk_widget_grab_focus (region);
    }
}

/* A region's menu, where the guide has a diary: its signs, or one of
 * them to record. (A workstation has no diary, and no menu.)
 */
static void
site_menu_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  MbcMapView *self = MBC_MAP_VIEW (widget);
  const char *site_id = g_variant_get_string (parameter, NULL);
  GtkWidget *region = mbc_body_map_get_region (self->body_map, site_id);
  g_autoptr(GMenu) menu = NULL;
  g_autoptr(GMenuItem) item = NULL;
  GtkWidget *popover;

  if (!self->recordable || region == NULL)
    return;

  menu = g_menu_new ();
  item = g_menu_item_new (_("Show Signs"), NULL);
  g_menu_item_set_action_and_target (item, "map.select-site", "s", site_id);
  g_menu_append_item (menu, item);
  g_clear_object (&item);
  /* Translators: in the menu of a part of the body on the map. */
  item = g_menu_item_new (_("Record a Sign Here…"), NULL);
  g_menu_item_set_action_and_target (item, "win.diary-record-site", "s", site_id);
  g_menu_append_item (menu, item);

  popover = gtk_popover_menu_new_from_model (G_MENU_MODEL (menu));
  gtk_widget_set_parent (popover, region);
  /* From where the person pointed; by the keyboard, from the region. */
  {
    double x, y;

    if (mbc_body_region_get_menu_point (MBC_BODY_REGION (region), &x, &y))
      gtk_popover_set_pointing_to (GTK_POPOVER (popover), &(GdkRectangle) { (int) x, (int) y, 1, 1 });
  }
  g_signal_connect (popover, "closed", G_CALLBACK (menu_closed_cb), NULL);
  /* The region's tooltip would lie over its menu. */
  gtk_widget_set_has_tooltip (region, FALSE);
  gtk_popover_popup (GTK_POPOVER (popover));
  /* The keyboard in the menu, as a menu button's menu has it. */
  gtk_widget_child_focus (popover, GTK_DIR_TAB_FORWARD);
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  MbcMapView *self = MBC_MAP_VIEW (widget);

  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
  gtk_widget_grab_focus (GTK_WIDGET (self->body_map));
}

static GtkWidget *
create_site_row (MbcSite *site)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *arrow = mbc_accessible_new_icon ("go-next-symbolic");

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), mbc_site_get_name (site));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), mbc_site_get_summary (site));
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), arrow);
  g_object_set_data_full (G_OBJECT (row), "site-id",
                          g_strdup (mbc_site_get_id (site)), g_free);

  return row;
}

static void
remove_rows (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

static void
fill_lists (MbcMapView *self)
{
  GListModel *sites = self->content != NULL ? mbc_content_get_sites (self->content) : NULL;
  const char *selected = mbc_map_view_get_selected_site (self);

  g_clear_handle_id (&self->fill_lists_id, g_source_remove);
  remove_rows (self->site_list);
  remove_rows (self->rare_list);

  for (guint i = 0; sites != NULL && i < g_list_model_get_n_items (sites); i++)
    {
      g_autoptr(MbcSite) site = g_list_model_get_item (sites, i);

      gtk_list_box_append (mbc_site_get_rare (site) ? self->rare_list : self->site_list,
                           create_site_row (site));
    }

  mark_selected_rows (self, self->site_list, selected, TRUE);
  mark_selected_rows (self, self->rare_list, selected, TRUE);
}

static gboolean
fill_lists_cb (gpointer data)
{
  MbcMapView *self = data;

  self->fill_lists_id = 0;
  fill_lists (self);

  return G_SOURCE_REMOVE;
}

/* A view shown in a window that has painted already gets its lists at
 * once, so that they are there in its first frame.
 */
static void
map_cb (MbcMapView *self)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (self));

  /* The frame clock counts from -1: 0 and up, a frame has been painted. */
  if (self->fill_lists_id != 0 && clock != NULL && gdk_frame_clock_get_frame_counter (clock) >= 0)
    fill_lists (self);
}

static void
mbc_map_view_dispose (GObject *object)
{
  MbcMapView *self = MBC_MAP_VIEW (object);

  g_clear_handle_id (&self->fill_lists_id, g_source_remove);

  gtk_widget_dispose_template (GTK_WIDGET (self), MBC_TYPE_MAP_VIEW);

  g_clear_object (&self->content);

  G_OBJECT_CLASS (mbc_map_view_parent_class)->dispose (object);
}

static void
mbc_map_view_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  MbcMapView *self = MBC_MAP_VIEW (object);

  switch (prop_id)
    {
    case PROP_SELECTED_SITE:
      g_value_set_string (value, mbc_map_view_get_selected_site (self));
      break;

    case PROP_PRINTABLE:
      g_value_set_boolean (value, self->printable);
      break;

    case PROP_RECORDABLE:
      g_value_set_boolean (value, self->recordable);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mbc_map_view_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  MbcMapView *self = MBC_MAP_VIEW (object);

  switch (prop_id)
    {
    case PROP_PRINTABLE:
      if (self->printable != g_value_get_boolean (value))
        {
          self->printable = g_value_get_boolean (value);
          g_object_notify_by_pspec (object, pspec);
        }
      break;

    case PROP_RECORDABLE:
      if (self->recordable != g_value_get_boolean (value))
        {
          self->recordable = g_value_get_boolean (value);
          g_object_notify_by_pspec (object, pspec);
        }
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mbc_map_view_class_init (MbcMapViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mbc_map_view_dispose;
  object_class->get_property = mbc_map_view_get_property;
  object_class->set_property = mbc_map_view_set_property;

  props[PROP_SELECTED_SITE] =
    g_param_spec_string ("selected-site", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* Whether a site's page offers to print itself, as a workstation
   * allows; bound from the guide's "allow-printing".
   */
  props[PROP_PRINTABLE] =
    g_param_spec_boolean ("printable", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* Whether a site's signs offer to be recorded in the person's diary;
   * bound from the guide's "has-diary" (a workstation has none).
   */
  props[PROP_RECORDABLE] =
    g_param_spec_boolean ("recordable", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, props);

  g_type_ensure (MBC_TYPE_BODY_MAP);
  g_type_ensure (MBC_TYPE_SITE_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/mbc-map-view.ui");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_bind_template_child (widget_class, MbcMapView, leaflet);
  gtk_widget_class_bind_template_child (widget_class, MbcMapView, body_map);
  gtk_widget_class_bind_template_child (widget_class, MbcMapView, site_list);
  gtk_widget_class_bind_template_child (widget_class, MbcMapView, rare_list);
  gtk_widget_class_bind_template_child (widget_class, MbcMapView, site_page);
  gtk_widget_class_bind_template_callback (widget_class, body_map_site_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, site_row_activated_cb);

  gtk_widget_class_install_action (widget_class, "map.select-site", "s", select_site_action);
  gtk_widget_class_install_action (widget_class, "map.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, MBC_BODY_REGION_MENU_ACTION, "s", site_menu_action);
}

static void
mbc_map_view_init (MbcMapView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  g_object_bind_property (self, "printable", self->site_page, "printable", G_BINDING_SYNC_CREATE);
  g_object_bind_property (self, "recordable", self->site_page, "recordable", G_BINDING_SYNC_CREATE);
  g_signal_connect (self, "map", G_CALLBACK (map_cb), NULL);
}

void
mbc_map_view_set_content (MbcMapView *self,
                          MbcContent *content)
{
  g_autofree char *selected = NULL;
  GListModel *sites;

  g_return_if_fail (MBC_IS_MAP_VIEW (self));
  g_return_if_fail (content == NULL || MBC_IS_CONTENT (content));

  if (!g_set_object (&self->content, content))
    return;

  selected = g_strdup (mbc_map_view_get_selected_site (self));
  sites = content != NULL ? mbc_content_get_sites (content) : NULL;
  mbc_site_page_set_content (self->site_page, content);

  mbc_body_map_set_sites (self->body_map, sites);

  /* The lists lie below the figure, mostly out of sight at first, and
   * their rows are the costliest part of the view to make and lay out:
   * in a window not yet on screen they are made just after its first
   * frame, so that the window shows sooner (and see map_cb()).
   */
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    fill_lists (self);
  else
    {
      remove_rows (self->site_list);
      remove_rows (self->rare_list);
      if (self->fill_lists_id == 0)
        self->fill_lists_id = g_idle_add_full (GDK_PRIORITY_REDRAW + 1, fill_lists_cb, self, NULL);
    }

  show_site (self, selected, FALSE);
}

const char *
mbc_map_view_get_selected_site (MbcMapView *self)
{
  MbcSite *site;

  g_return_val_if_fail (MBC_IS_MAP_VIEW (self), NULL);

  site = mbc_site_page_get_site (self->site_page);

  return site != NULL ? mbc_site_get_id (site) : NULL;
}

void
mbc_map_view_select_site (MbcMapView *self,
                          const char *site_id)
{
  g_return_if_fail (MBC_IS_MAP_VIEW (self));

  show_site (self, site_id, TRUE);
}
