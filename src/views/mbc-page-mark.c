/* mbc-page-mark.c: a thing of a page, found by its name and shown
 *
 * The search finds things by a key, "kind:id" ("term:jaundice"). The
 * views name the rows they make with the same keys, so that a result
 * opens at its row: the page scrolls to put it near the top, the row
 * takes the keyboard focus, and it is tinted for a few seconds
 * ("search-mark" in style.css), so that the eye finds it too.
 *
 * A view is often made, or rebuilt, just as a result is opened, and its
 * rows exist only once it is shown. So the row is looked for at each
 * frame until it is there and laid out, for a second at most.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "mbc-page-mark.h"

#define KEY_DATA "mbc-page-mark-key"
#define PENDING_DATA "mbc-page-mark-pending"
/* How long the tint stays. */
#define MARK_SECONDS 3
/* How many frames a row is waited for. */
#define MAX_TRIES 60
/* The room kept above the row when the page is scrolled to it. */
#define MARGIN_ABOVE 12

/* The row tinted last; a zeroed GWeakRef is an empty one. */
static GWeakRef last_marked;

/* Names @widget, a row of a page, by the search's key for it. */
void
mbc_page_mark_set_key (GtkWidget  *widget,
                       const char *kind,
                       const char *id)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (kind != NULL && id != NULL);

  g_object_set_data_full (G_OBJECT (widget), KEY_DATA, g_strdup_printf ("%s:%s", kind, id),
                          g_free);
}

/* The widget under @root (or @root) named @key, or NULL. */
GtkWidget *
mbc_page_mark_find (GtkWidget  *root,
                    const char *key)
{
  g_return_val_if_fail (GTK_IS_WIDGET (root), NULL);

  if (g_strcmp0 (g_object_get_data (G_OBJECT (root), KEY_DATA), key) == 0)
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = mbc_page_mark_find (child, key);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static gboolean
unmark_cb (gpointer data)
{
  GWeakRef *ref = data;
  g_autoptr(GtkWidget) widget = g_weak_ref_get (ref);

  if (widget != NULL)
    gtk_widget_remove_css_class (widget, "search-mark");

  return G_SOURCE_REMOVE;
}

static void
weak_ref_free (gpointer data)
{
  g_weak_ref_clear (data);
  g_free (data);
}

/* Scrolls the page that holds @widget so that it is near the top, or as
 * near as the page goes.
 */
static void
scroll_to (GtkWidget *widget)
{
  GtkWidget *scroller = gtk_widget_get_ancestor (widget, GTK_TYPE_SCROLLED_WINDOW);
  GtkWidget *viewport;
  GtkAdjustment *adjustment;
  double x, y;

  if (scroller == NULL || (viewport = gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scroller))) == NULL)
    return;

  if (!gtk_widget_translate_coordinates (widget, viewport, 0, 0, &x, &y))
    return;

  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_value (adjustment) + y - MARGIN_ABOVE);
}

/* Gives @widget the focus, or, for a heading, what follows it on the
 * page.
 */
static void
focus (GtkWidget *widget)
{
  if ((gtk_widget_get_focusable (widget) && gtk_widget_grab_focus (widget)) ||
      gtk_widget_child_focus (widget, GTK_DIR_TAB_FORWARD))
    return;

  for (GtkWidget *w = widget; w != NULL && !GTK_IS_SCROLLED_WINDOW (w); w = gtk_widget_get_parent (w))
    for (GtkWidget *next = gtk_widget_get_next_sibling (w);
         next != NULL;
         next = gtk_widget_get_next_sibling (next))
      if (gtk_widget_child_focus (next, GTK_DIR_TAB_FORWARD) ||
          (gtk_widget_get_focusable (next) && gtk_widget_grab_focus (next)))
        return;
}

/* Shows @widget, which is laid out: scrolled to, focused, tinted. */
void
mbc_page_mark_widget (GtkWidget *widget)
{
  GtkWidget *viewport;
  gboolean scrolls_to_focus;
  GWeakRef *ref;

  g_return_if_fail (GTK_IS_WIDGET (widget));

  /* The focus first, without the viewport's own scrolling to it, which
   * glides over a few frames to put it just in view: the page is put
   * where the row is best read, at the top.
   */
  viewport = gtk_widget_get_ancestor (widget, GTK_TYPE_VIEWPORT);
  scrolls_to_focus = viewport != NULL && gtk_viewport_get_scroll_to_focus (GTK_VIEWPORT (viewport));
  if (scrolls_to_focus)
    gtk_viewport_set_scroll_to_focus (GTK_VIEWPORT (viewport), FALSE);
  focus (widget);
  if (scrolls_to_focus)
    gtk_viewport_set_scroll_to_focus (GTK_VIEWPORT (viewport), TRUE);
  scroll_to (widget);

  /* One row is tinted at a time: the one opened last. */
  {
    g_autoptr(GtkWidget) last = g_weak_ref_get (&last_marked);

    if (last != NULL)
      gtk_widget_remove_css_class (last, "search-mark");
    g_weak_ref_set (&last_marked, widget);
  }

  gtk_widget_add_css_class (widget, "search-mark");
  ref = g_new0 (GWeakRef, 1);
  g_weak_ref_init (ref, widget);
  g_timeout_add_seconds_full (G_PRIORITY_DEFAULT, MARK_SECONDS, unmark_cb, ref, weak_ref_free);
}

typedef struct
{
  char  *key;
  guint  tick_id;
  guint  tries;
  /* Frames to put the row in place again, as the page settles. */
  guint  settling;
  GtkWidget *found;
} Pending;

static void
pending_free (gpointer data)
{
  Pending *pending = data;

  g_free (pending->key);
  g_free (pending);
}

static gboolean
look_cb (GtkWidget     *root,
         GdkFrameClock *clock,
         gpointer       data)
{
  Pending *pending = data;
  GtkWidget *widget;

  widget = mbc_page_mark_find (root, pending->key);

  if (widget != NULL && widget == pending->found)
    {
      /* Rows above it may have been laid out anew since. */
      scroll_to (widget);
      if (--pending->settling > 0)
        return G_SOURCE_CONTINUE;
    }
  else if (widget != NULL && gtk_widget_get_mapped (widget) && gtk_widget_get_height (widget) > 0)
    {
      mbc_page_mark_widget (widget);
      pending->found = widget;
      pending->settling = 2;
      return G_SOURCE_CONTINUE;
    }
  else if (++pending->tries < MAX_TRIES)
    return G_SOURCE_CONTINUE;

  g_object_set_data (G_OBJECT (root), PENDING_DATA, NULL);

  return G_SOURCE_REMOVE;
}

/* Shows the row of @root named @key, once it is there (see above). A
 * second call for the same @root replaces the first.
 */
void
mbc_page_mark_show (GtkWidget  *root,
                    const char *key)
{
  Pending *pending;

  g_return_if_fail (GTK_IS_WIDGET (root));
  g_return_if_fail (key != NULL);

  pending = g_object_get_data (G_OBJECT (root), PENDING_DATA);
  if (pending != NULL)
    gtk_widget_remove_tick_callback (root, pending->tick_id);

  pending = g_new0 (Pending, 1);
  pending->key = g_strdup (key);
  pending->tick_id = gtk_widget_add_tick_callback (root, look_cb, pending, NULL);
  /* The data owns the pending look; the callback only borrows it. */
  g_object_set_data_full (G_OBJECT (root), PENDING_DATA, pending, pending_free);
}
