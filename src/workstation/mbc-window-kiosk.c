/* mbc-window-kiosk.c: the window at a hospital workstation
 *
 * Full screen for good, a start page that asks for a language, a guard
 * that starts over when no one is there, and starting over itself: a
 * mode of the window, kept in a file of its own as gnome-text-editor
 * keeps its Vim mode.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "mbc-accessible.h"
#include "mbc-cups-job.h"
#include "mbc-language.h"
#include "mbc-window-private.h"

/* The first page a person meets at a workstation: the guide's name and
 * a large choice of language, each in its own words.
 */
static GtkWidget *
new_start_page (void)
{
  GtkWidget *page = adw_status_page_new ();
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  const char * const *languages = mbc_language_list ();

  adw_status_page_set_icon_name (ADW_STATUS_PAGE (page), APP_ID);
  adw_status_page_set_title (ADW_STATUS_PAGE (page), _("MBC Guide"));
  mbc_accessible_mark_headings (page);
  /* Both languages at once: the person has not chosen yet. */
  adw_status_page_set_description (ADW_STATUS_PAGE (page),
                                   "Information about metastatic breast cancer.\n"
                                   "Información sobre el cáncer de mama metastásico.");

  gtk_widget_set_halign (buttons, GTK_ALIGN_CENTER);
  for (guint i = 0; languages[i] != NULL; i++)
    {
      GtkWidget *button = gtk_button_new_with_label (mbc_language_get_name (languages[i]));

      gtk_widget_add_css_class (button, "pill");
      gtk_widget_add_css_class (button, "suggested-action");
      gtk_widget_add_css_class (button, "start-language");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", languages[i]);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "win.begin");
      gtk_box_append (GTK_BOX (buttons), button);
    }
  adw_status_page_set_child (ADW_STATUS_PAGE (page), buttons);

  return page;
}

/* From the start page: the guide in the language the person chose. */
static void
begin_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  MbcWindow *self = MBC_WINDOW (widget);

  gtk_widget_activate_action (widget, "app.language", "s", g_variant_get_string (parameter, NULL));
  if (self->guide_view != NULL)
    adw_view_stack_set_visible_child (self->pages, GTK_WIDGET (self->guide_view));
}

static void
start_over_cb (gpointer data)
{
  gtk_widget_activate_action (GTK_WIDGET (data), "app.start-over", NULL);
}

void
_mbc_window_class_kiosk_init (MbcWindowClass *klass)
{
  gtk_widget_class_install_action (GTK_WIDGET_CLASS (klass), "win.begin", "s", begin_action);
}

/* Makes the window a hospital workstation's: full screen, impossible to
 * close, with a start page, larger controls, and a guard that starts
 * over when no one is there. There is no way back: a workstation stays
 * one until it is started again.
 */
void
_mbc_window_become_kiosk (MbcWindow *self)
{
  g_assert (!self->kiosk);

  self->kiosk = TRUE;
  gtk_widget_add_css_class (GTK_WIDGET (self), "kiosk");
  if (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (self)) != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (self))),
                              "kiosk");
  /* The About window links to the licence on the web. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.about", FALSE);
  gtk_window_set_deletable (GTK_WINDOW (self), FALSE);
  gtk_window_fullscreen (GTK_WINDOW (self));

  self->start_page = new_start_page ();
  adw_view_stack_add_named (self->pages, self->start_page, "start");
  adw_view_stack_set_visible_child (self->pages, self->start_page);

  self->idle_guard = mbc_idle_guard_new (GTK_WINDOW (self), self->settings, start_over_cb, self);
}

/**
 * mbc_window_start_over:
 *
 * Clears everything a person did, for the next one: the dialogs and
 * windows they opened, the clipboard, their questions, the view, the
 * site, the search and every scroll position (the guide is made anew),
 * and shows the start page.
 */
void
mbc_window_start_over (MbcWindow         *self,
                       MbcContent        *content,
                       const GError      *content_error,
                       MbcMyQuestionList *list)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  g_autoptr(GPtrArray) others = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_if_fail (MBC_IS_WINDOW (self));

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (gtk_window_get_transient_for (window) == GTK_WINDOW (self))
        g_ptr_array_add (others, g_steal_pointer (&window));
    }
  for (guint i = 0; i < others->len; i++)
    gtk_window_destroy (g_ptr_array_index (others, i));

  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (self)), "");

  /* A page of theirs still queued at the printer would be the next
   * person's to pick up.
   */
  mbc_cups_job_cancel_ours ();

  g_set_object (&self->questions, list);

  /* A guide made anew keeps nothing: no view, site, search or scroll. */
  _mbc_window_forget_guide (self);
  if (self->start_page != NULL)
    adw_view_stack_set_visible_child (self->pages, self->start_page);
  _mbc_window_show_guide (self, content, content_error, "map");
  /* The next person's first key goes to the first language (the focus
   * was in the guide, which is gone).
   */
  if (self->start_page != NULL)
    {
      GtkWidget *focus = gtk_window_get_focus (GTK_WINDOW (self));

      if (focus == NULL || !gtk_widget_is_ancestor (focus, self->start_page))
        gtk_widget_child_focus (self->start_page, GTK_DIR_TAB_FORWARD);
    }

  if (self->idle_guard != NULL)
    mbc_idle_guard_reset (self->idle_guard);
}
