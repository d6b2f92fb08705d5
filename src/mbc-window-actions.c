/* mbc-window-actions.c: what the window does when asked by name
 *
 * The views, the printouts and the rows never look the window up: they
 * activate these actions (win.toast, win.open-uri, win.copy-text, …) and
 * the window, which knows whether it is a workstation's, answers.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "mbc-accessible.h"
#include "mbc-diary-record-dialog.h"
#include "mbc-link-panel.h"
#include "mbc-links.h"
#include "mbc-sources-window.h"
#include "mbc-window-private.h"
#include "mbc-toast.h"

/* Where every fact comes from, and which parts of the guide use it. */
static void
sources_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  MbcWindow *self = MBC_WINDOW (widget);
  GtkWidget *window;

  if (self->content == NULL)
    return;

  window = mbc_sources_window_new (self->content);
  /* At a workstation its controls take a fingertip too (style.css). */
  if (self->kiosk)
    gtk_widget_add_css_class (window, "kiosk");
  gtk_window_set_transient_for (GTK_WINDOW (window), GTK_WINDOW (self));
  gtk_window_present (GTK_WINDOW (window));
}

static void
about_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  MbcWindow *self = MBC_WINDOW (widget);
  static const char *developers[] = { "MBC Guide contributors", NULL };
  AdwAboutWindow *about;

  about = ADW_ABOUT_WINDOW (adw_about_window_new ());
  gtk_window_set_transient_for (GTK_WINDOW (about), GTK_WINDOW (self));
  adw_about_window_set_application_name (about, _("MBC Guide"));
  adw_about_window_set_application_icon (about, APP_ID);
  adw_about_window_set_version (about, PACKAGE_VERSION);
  adw_about_window_set_developer_name (about, _("MBC Guide contributors"));
  adw_about_window_set_developers (about, developers);
  adw_about_window_set_license_type (about, GTK_LICENSE_GPL_3_0);
  adw_about_window_set_comments (about,
                                 _("MBC Guide helps people living with metastatic (stage IV) breast "
                                   "cancer, and the people close to them, learn about the symptoms "
                                   "of spread, the treatments, the questions to ask, and where to "
                                   "find help.\n\n"
                                   "It is for education only. It does not give a diagnosis and does "
                                   "not replace your care team. In an emergency, call the "
                                   "emergency number.\n\n"
                                   "Every fact comes from the source documents listed under "
                                   "Legal, with the organization that wrote each one and when "
                                   "it was last reviewed. About This Information, in the main "
                                   "menu, shows which parts of the guide use each one."));

  /* Every fact in the app comes from these documents; each of them is
   * listed with the organization that wrote it and when it was reviewed.
   */
  if (self->content != NULL)
    {
      GListModel *sources = mbc_content_get_sources (self->content);

      for (guint i = 0; i < g_list_model_get_n_items (sources); i++)
        {
          g_autoptr(MbcSource) source = g_list_model_get_item (sources, i);
          g_autofree char *reviewed = mbc_source_dup_review_text (source);
          /* The about window reads this text as markup. */
          g_autofree char *text = g_markup_printf_escaped ("“%s”\n%s\n%s",
                                                           mbc_source_get_title (source),
                                                           mbc_source_get_about (source),
                                                           reviewed);

          adw_about_window_add_legal_section (about,
                                              mbc_source_get_organization (source),
                                              NULL,
                                              GTK_LICENSE_CUSTOM,
                                              text);
        }
    }

  mbc_accessible_mend (GTK_WIDGET (about));
  gtk_window_present (GTK_WINDOW (about));
}

static void
show_site_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  MbcWindow *self = MBC_WINDOW (widget);

  mbc_guide_view_show_site (self->guide_view, g_variant_get_string (parameter, NULL));
}

/* Adds the suggested questions about a site or a treatment to the
 * person's own list, and says how many were new.
 */
static void
add_questions_about_action (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  MbcWindow *self = MBC_WINDOW (widget);
  g_autoptr(GPtrArray) questions = NULL;
  g_autofree char *title = NULL;
  MbcContentItem *item = NULL;
  const char *kind;
  const char *id;
  AdwToast *toast;
  guint added;

  g_variant_get (parameter, "(&s&s)", &kind, &id);
  if (self->content == NULL)
    return;

  if (g_str_equal (kind, "site"))
    item = MBC_CONTENT_ITEM (mbc_content_find_site (self->content, id));
  else if (g_str_equal (kind, "treatment"))
    item = mbc_content_find_item (self->content, mbc_content_get_treatments (self->content), id);
  if (item == NULL)
    return;

  questions = mbc_content_dup_questions_about (self->content, item);
  added = mbc_my_question_list_add_suggestions (self->questions, questions);

  if (added == 0)
    title = g_strdup (_("These questions are on your list already"));
  else
    /* Translators: %u is how many questions were added. */
    title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "%u question added to My Questions",
                                          "%u questions added to My Questions", added),
                             added);

  toast = mbc_toast_new (title);
  adw_toast_set_button_label (toast, _("_Show"));
  adw_toast_set_detailed_action_name (toast, "win.view::questions");
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
  /* libadwaita makes the toast's button with a mnemonic, which GTK 4.8
   * names twice on the bus ("_Show Show").
   */
  mbc_accessible_name_mnemonics (GTK_WIDGET (self->toast_overlay));
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  MbcWindow *self = MBC_WINDOW (widget);

  mbc_guide_view_search (self->guide_view, NULL);
}

/* Opens the search with words in it: the desktop's search, when the
 * person asks to see all its results in the guide.
 */
static void
search_for_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  MbcWindow *self = MBC_WINDOW (widget);

  mbc_guide_view_search (self->guide_view, g_variant_get_string (parameter, NULL));
}

/* Shows what a result's key names (mbc_search_result_dup_key()): a
 * result of the desktop's search.
 */
static void
open_result_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  MbcWindow *self = MBC_WINDOW (widget);

  if (self->start_page != NULL)
    return;

  mbc_guide_view_open_result (self->guide_view, g_variant_get_string (parameter, NULL));
}

/* A short message at the foot of the window, from any part of it. */
static void
toast_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  mbc_window_add_toast (MBC_WINDOW (widget), g_variant_get_string (parameter, NULL));
}

/* Opens a web, phone or email link, and nothing else. Every link of
 * every view comes here, so that none can forget the rules: anything
 * but https:, tel: and mailto: is refused, and a workstation launches
 * nothing at all, but shows the link as a QR code and in words, for a
 * person to take on their own phone.
 */
static void
open_uri_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  MbcWindow *self = MBC_WINDOW (widget);
  const char *uri = g_variant_get_string (parameter, NULL);

  if (!mbc_links_is_allowed (uri))
    {
      g_debug ("Refused to open a link that is not https:, tel: or mailto:: %s", uri);
      return;
    }

  if (self->kiosk)
    mbc_link_panel_show (widget, uri);
  else
    gtk_show_uri (GTK_WINDOW (self), uri, GDK_CURRENT_TIME);
}

/* Puts a text on the clipboard and, unless the message is empty, says
 * so in a toast.
 */
static void
copy_text_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  const char *text;
  const char *toast;

  g_variant_get (parameter, "(&s&s)", &text, &toast);
  gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), text);
  if (*toast != '\0')
    mbc_window_add_toast (MBC_WINDOW (widget), toast);
}

/* Records a sign in the person's diary: the guide's sign with the id
 * given, or, with "", one the person chooses. Every "Record" of the
 * guide comes here.
 */
/* The record dialog, for the window: with a sign chosen already (from a
 * site page), or with the signs of a site to choose from (from the
 * body map's menu), or with nothing chosen.
 */
static void
present_record_dialog (MbcWindow  *self,
                       const char *sign_id,
                       const char *site_id)
{
  MbcDiaryRecordDialog *dialog;

  if (self->diary == NULL)
    return;

  dialog = mbc_diary_record_dialog_new (self->diary, self->settings, sign_id, NULL);
  if (site_id != NULL)
    mbc_diary_record_dialog_show_site (dialog, site_id);
  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (self));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
diary_record_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  const char *sign_id = g_variant_get_string (parameter, NULL);

  present_record_dialog (MBC_WINDOW (widget), *sign_id != '\0' ? sign_id : NULL, NULL);
}

static void
diary_record_site_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  present_record_dialog (MBC_WINDOW (widget), NULL, g_variant_get_string (parameter, NULL));
}

void
_mbc_window_class_actions_init (MbcWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  static const char *views[] = { "map", "basics", "treatments", "questions", "resources", "diary" };

  gtk_widget_class_install_action (widget_class, "win.about", NULL, about_action);
  gtk_widget_class_install_action (widget_class, "win.sources", NULL, sources_action);
  gtk_widget_class_install_property_action (widget_class, "win.view", "visible-view");
  gtk_widget_class_install_action (widget_class, "win.show-site", "s", show_site_action);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "win.search-for", "s", search_for_action);
  gtk_widget_class_install_action (widget_class, "win.open-result", "s", open_result_action);
  gtk_widget_class_install_action (widget_class, "win.add-questions-about", "(ss)",
                                   add_questions_about_action);
  gtk_widget_class_install_action (widget_class, "win.toast", "s", toast_action);
  gtk_widget_class_install_action (widget_class, "win.open-uri", "s", open_uri_action);
  gtk_widget_class_install_action (widget_class, "win.copy-text", "(ss)", copy_text_action);
  gtk_widget_class_install_action (widget_class, "win.diary-record", "s", diary_record_action);
  gtk_widget_class_install_action (widget_class, "win.diary-record-site", "s",
                                   diary_record_site_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK,
                                       "win.search", NULL);
  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1 + i, GDK_ALT_MASK,
                                         "win.view", "s", views[i]);
}
