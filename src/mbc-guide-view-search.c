/* mbc-guide-view-search.c: one search for the whole guide
 *
 * Ctrl+F, the search button, or typing anywhere in the guide opens the
 * search bar under the header. As soon as there are words in it, the
 * results take the place of the views (MbcSearchPage); Down goes to
 * them, Enter opens the first, and a click or Enter on a row opens that
 * one: the guide goes to its view, scrolls to it and marks it. Escape,
 * in the box or among the results, closes the search and gives the focus
 * back to where it was. Choosing
 * a view in the switcher ends the search too.
 *
 * The search entry's accessible description says how many results
 * there are, so that a screen reader can tell it without leaving the
 * entry.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "mbc-guide-view-private.h"
#include "mbc-page-mark.h"

static void
update_description (MbcGuideView *self)
{
  const char *query = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_autofree char *description = NULL;
  guint n;

  if (self->search_page == NULL || *query == '\0')
    description = g_strdup ("");
  else if (mbc_search_page_get_pending (self->search_page))
    description = g_strdup (_("Searching…"));
  else if ((n = mbc_search_page_get_n_results (self->search_page)) == 0)
    description = g_strdup (_("No results"));
  else
    /* Translators: said by a screen reader of the search box. */
    description = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u result", "%u results", n), n);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self->search_entry),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);
}

/* Closes the search; the focus goes back where it was, or, when a
 * result is opened, to the result.
 */
static void
close_search (MbcGuideView *self,
              gboolean      give_back_focus)
{
  if (!give_back_focus)
    g_weak_ref_set (&self->focus_before, NULL);
  gtk_search_bar_set_search_mode (self->search_bar, FALSE);
}

static void
show_view_and_mark (MbcGuideView *self,
                    const char   *view,
                    const char   *key)
{
  GtkWidget *page;

  mbc_guide_view_set_visible_view (self, view);
  _mbc_guide_view_ensure_view (self, view);
  page = adw_view_stack_get_child_by_name (self->stack, view);
  if (page != NULL)
    mbc_page_mark_show (page, key);
}

static void
open_result (MbcGuideView    *self,
             MbcSearchResult *result)
{
  g_autofree char *key = mbc_search_result_dup_key (result);
  const char *id = mbc_search_result_get_id (result);
  const char *section;

  close_search (self, FALSE);

  switch (mbc_search_result_get_kind (result))
    {
    case MBC_SEARCH_KIND_SITE:
    case MBC_SEARCH_KIND_SIGN:
      mbc_guide_view_show_site (self, mbc_search_result_get_site_id (result));
      mbc_page_mark_show (GTK_WIDGET (self->map_view), key);
      break;

    case MBC_SEARCH_KIND_BASICS:
      section = mbc_search_result_get_section (result);
      /* What guides the plan and its goals are on the treatments' page. */
      if (g_strcmp0 (section, "guides") == 0 || g_strcmp0 (section, "goals") == 0)
        show_view_and_mark (self, "treatments", key);
      else
        show_view_and_mark (self, "basics", key);
      break;

    case MBC_SEARCH_KIND_TEST:
    case MBC_SEARCH_KIND_TERM:
      show_view_and_mark (self, "basics", key);
      break;

    case MBC_SEARCH_KIND_TREATMENT:
    case MBC_SEARCH_KIND_SUBTYPE:
      show_view_and_mark (self, "treatments", key);
      break;

    case MBC_SEARCH_KIND_SUGGESTED_QUESTION:
    case MBC_SEARCH_KIND_OWN_QUESTION:
      show_view_and_mark (self, "questions", key);
      break;

    case MBC_SEARCH_KIND_RESOURCE:
      mbc_guide_view_set_visible_view (self, "resources");
      _mbc_guide_view_ensure_view (self, "resources");
      if (self->resources_view != NULL)
        mbc_resources_view_show_resource (self->resources_view, id);
      break;

    case MBC_SEARCH_KIND_DIARY_ENTRY:
      mbc_guide_view_set_visible_view (self, "diary");
      _mbc_guide_view_ensure_view (self, "diary");
      if (self->diary_view != NULL)
        mbc_diary_view_show_entry (self->diary_view, g_ascii_strtoll (id, NULL, 10));
      break;

    default:
      break;
    }
}

static void
open_result_cb (MbcGuideView    *self,
                MbcSearchResult *result)
{
  open_result (self, result);
}

static void
open_view_cb (MbcGuideView *self,
              const char   *view)
{
  close_search (self, FALSE);
  mbc_guide_view_set_visible_view (self, view);
}

/* Escape among the results closes the search too, as in its box. */
static gboolean
results_key_pressed_cb (MbcGuideView          *self,
                        guint                  keyval,
                        guint                  keycode,
                        GdkModifierType        state,
                        GtkEventControllerKey *controller)
{
  if (keyval != GDK_KEY_Escape || (state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SHIFT_MASK)) != 0)
    return GDK_EVENT_PROPAGATE;

  close_search (self, TRUE);

  return GDK_EVENT_STOP;
}

static void
ensure_search_page (MbcGuideView *self)
{
  GtkEventController *keys;
  GtkWidget *page;

  if (self->search_page != NULL || self->content == NULL)
    return;

  page = mbc_search_page_new (self->content);
  self->search_page = MBC_SEARCH_PAGE (page);
  mbc_search_page_set_questions (self->search_page, G_LIST_MODEL (self->question_list));
  mbc_search_page_set_diary (self->search_page, self->diary);
  g_signal_connect_object (page, "open-result", G_CALLBACK (open_result_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (page, "open-view", G_CALLBACK (open_view_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (page, "notify::n-results", G_CALLBACK (update_description), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (page, "notify::pending", G_CALLBACK (update_description), self,
                           G_CONNECT_SWAPPED);
  keys = gtk_event_controller_key_new ();
  g_signal_connect_object (keys, "key-pressed", G_CALLBACK (results_key_pressed_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_add_controller (page, keys);
  adw_view_stack_add_named (self->pages, page, "search");
}

/* Shows the results in place of the views while there are words to
 * search for, and the views again when there are none.
 */
static void
search_changed_cb (MbcGuideView *self)
{
  const char *query = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  /* The search bar empties its box as it closes; the views come back
   * in search_mode_cb(), with the focus.
   */
  if (!gtk_search_bar_get_search_mode (self->search_bar))
    {
      if (self->search_page != NULL && *query == '\0')
        mbc_search_page_set_query (self->search_page, NULL);
    }
  else if (*query != '\0')
    {
      ensure_search_page (self);
      if (self->search_page == NULL)
        return;
      mbc_search_page_set_query (self->search_page, query);
      adw_view_stack_set_visible_child (self->pages, GTK_WIDGET (self->search_page));
    }
  else
    adw_view_stack_set_visible_child_name (self->pages, "views");

  update_description (self);
}

static void
search_mode_cb (MbcGuideView *self)
{
  if (gtk_search_bar_get_search_mode (self->search_bar))
    {
      ensure_search_page (self);
      if (self->search_page != NULL)
        mbc_search_page_prepare (self->search_page);
      search_changed_cb (self);
    }
  else
    {
      g_autoptr(GtkWidget) focus = g_weak_ref_get (&self->focus_before);

      g_weak_ref_set (&self->focus_before, NULL);
      adw_view_stack_set_visible_child_name (self->pages, "views");
      if (focus != NULL && gtk_widget_get_mapped (focus))
        gtk_widget_grab_focus (focus);
    }
}

static void
activate_cb (MbcGuideView *self)
{
  if (self->search_page != NULL && *gtk_editable_get_text (GTK_EDITABLE (self->search_entry)) != '\0')
    mbc_search_page_activate_first (self->search_page);
}

/* Keeps what has the focus outside the search, to give it back when
 * the search is closed: the search bar takes the focus before it says
 * that it opened.
 */
static void
focus_changed_cb (MbcGuideView *self,
                  GParamSpec   *pspec,
                  GtkWindow    *window)
{
  GtkWidget *focus = gtk_window_get_focus (window);

  /* While the search is open, the focus moves within it, or, as the
   * results are hidden, to wherever GTK puts it for a moment.
   */
  if (gtk_search_bar_get_search_mode (self->search_bar))
    return;

  if (focus == NULL || !gtk_widget_is_ancestor (focus, GTK_WIDGET (self)) ||
      gtk_widget_is_ancestor (focus, GTK_WIDGET (self->search_bar)) ||
      (self->search_page != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self->search_page))))
    return;

  g_weak_ref_set (&self->focus_before, focus);
}

static void
realize_cb (MbcGuideView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (GTK_IS_WINDOW (root))
    g_signal_connect_object (root, "notify::focus-widget", G_CALLBACK (focus_changed_cb), self,
                             G_CONNECT_SWAPPED);
}

static void
unrealize_cb (MbcGuideView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (root != NULL)
    g_signal_handlers_disconnect_by_func (root, focus_changed_cb, self);
}

/* Down in the search box goes to the results. */
static gboolean
entry_key_pressed_cb (MbcGuideView          *self,
                      guint                  keyval,
                      guint                  keycode,
                      GdkModifierType        state,
                      GtkEventControllerKey *controller)
{
  if ((keyval != GDK_KEY_Down && keyval != GDK_KEY_KP_Down) || self->search_page == NULL ||
      (state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SHIFT_MASK)) != 0)
    return GDK_EVENT_PROPAGATE;

  return mbc_search_page_focus_results (self->search_page);
}

void
_mbc_guide_view_init_search (MbcGuideView *self)
{
  GtkEventController *keys = gtk_event_controller_key_new ();

  gtk_search_bar_connect_entry (self->search_bar, GTK_EDITABLE (self->search_entry));
  gtk_search_bar_set_key_capture_widget (self->search_bar, GTK_WIDGET (self));
  g_signal_connect_object (self->search_entry, "changed", G_CALLBACK (search_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->search_entry, "activate", G_CALLBACK (activate_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->search_bar, "notify::search-mode-enabled",
                           G_CALLBACK (search_mode_cb), self, G_CONNECT_SWAPPED);

  g_signal_connect (self, "realize", G_CALLBACK (realize_cb), NULL);
  g_signal_connect (self, "unrealize", G_CALLBACK (unrealize_cb), NULL);

  g_signal_connect_object (keys, "key-pressed", G_CALLBACK (entry_key_pressed_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self->search_entry), keys);
}

/**
 * mbc_guide_view_search:
 * @text: (nullable): words to search for, or NULL to keep those there
 *
 * Opens the search, with the keyboard in its box.
 */
void
mbc_guide_view_search (MbcGuideView *self,
                       const char   *text)
{
  g_return_if_fail (MBC_IS_GUIDE_VIEW (self));

  if (self->content == NULL)
    return;

  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  if (text != NULL)
    {
      gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text);
      gtk_editable_set_position (GTK_EDITABLE (self->search_entry), -1);
    }
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

/**
 * mbc_guide_view_open_result:
 * @key: a result's key (mbc_search_result_dup_key()), as the desktop's
 *   search gives it
 *
 * Returns: whether the guide has what @key names, and shows it.
 */
gboolean
mbc_guide_view_open_result (MbcGuideView *self,
                            const char   *key)
{
  g_autoptr(MbcSearchResult) result = NULL;

  g_return_val_if_fail (MBC_IS_GUIDE_VIEW (self), FALSE);

  ensure_search_page (self);
  if (self->search_page == NULL ||
      (result = mbc_search_page_find (self->search_page, key)) == NULL)
    return FALSE;

  open_result (self, result);

  return TRUE;
}

/* The results of the search, or NULL before it is first opened. */
GtkWidget *
mbc_guide_view_get_search_page (MbcGuideView *self)
{
  g_return_val_if_fail (MBC_IS_GUIDE_VIEW (self), NULL);

  return GTK_WIDGET (self->search_page);
}
