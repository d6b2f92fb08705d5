/* mbc-links.c: opening web, phone and email links, and only those
 *
 * A link in content could, by mistake or on purpose, point at a file or
 * a program on this computer. Only https:, tel: and mailto: are opened;
 * anything else is refused here, whatever put it on screen.
 *
 * On a hospital workstation nothing is launched at all: the link is shown
 * as a QR code and in words, for a person to take on their own phone.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "mbc-application.h"
#include "mbc-link-panel.h"
#include "mbc-links.h"
#include "mbc-window.h"

gboolean
mbc_links_is_allowed (const char *uri)
{
  g_autoptr(GUri) parsed = NULL;
  const char *scheme;

  if (uri == NULL)
    return FALSE;

  parsed = g_uri_parse (uri, G_URI_FLAGS_NONE, NULL);
  if (parsed == NULL)
    return FALSE;

  scheme = g_uri_get_scheme (parsed);
  if (g_strcmp0 (scheme, "https") == 0)
    return g_uri_get_host (parsed) != NULL && *g_uri_get_host (parsed) != '\0';

  if (g_strcmp0 (scheme, "tel") == 0 || g_strcmp0 (scheme, "mailto") == 0)
    return *g_uri_get_path (parsed) != '\0';

  return FALSE;
}

/* "1-877-465-6636" → "tel:18774656636". */
char *
mbc_links_phone_uri (const char *phone)
{
  g_autoptr(GString) uri = g_string_new ("tel:");

  g_return_val_if_fail (phone != NULL, NULL);

  for (const char *p = phone; *p != '\0'; p++)
    if (g_ascii_isdigit (*p) || (*p == '+' && uri->len == 4))
      g_string_append_c (uri, *p);

  return g_string_free (g_steal_pointer (&uri), FALSE);
}

char *
mbc_links_email_uri (const char *email)
{
  g_autofree char *escaped = NULL;

  g_return_val_if_fail (email != NULL, NULL);

  escaped = g_uri_escape_string (email, "@", FALSE);

  return g_strconcat ("mailto:", escaped, NULL);
}

/* Whether the guide runs on a shared hospital workstation: started with
 * --kiosk, or the "kiosk-mode" setting on. Every link goes through
 * mbc_links_open(), so deciding here, rather than in each view that
 * shows a link, means that no view can forget to. Either one is enough:
 * on a workstation, a browser opened by mistake is the worse failure.
 */
gboolean
mbc_links_in_kiosk (void)
{
  GApplication *app = g_application_get_default ();
  g_autoptr(GSettings) settings = NULL;

  if (MBC_IS_APPLICATION (app) && mbc_application_get_kiosk (MBC_APPLICATION (app)))
    return TRUE;

  settings = g_settings_new (APP_ID);

  return g_settings_get_boolean (settings, "kiosk-mode");
}

gboolean
mbc_links_open (GtkWidget  *widget,
                const char *uri)
{
  GtkRoot *root;

  g_return_val_if_fail (GTK_IS_WIDGET (widget), FALSE);

  if (!mbc_links_is_allowed (uri))
    {
      g_debug ("Refused to open a link that is not https:, tel: or mailto:: %s", uri);
      return FALSE;
    }

  if (mbc_links_in_kiosk ())
    {
      mbc_link_panel_show (widget, uri);
      return TRUE;
    }

  root = gtk_widget_get_root (widget);
  gtk_show_uri (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, uri, GDK_CURRENT_TIME);

  return TRUE;
}

/* Puts @text on the clipboard and says so in a toast. */
void
mbc_links_copy (GtkWidget  *widget,
                const char *text,
                const char *toast)
{
  GtkWidget *window;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (text != NULL);

  gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), text);

  window = gtk_widget_get_ancestor (widget, MBC_TYPE_WINDOW);
  if (window != NULL && toast != NULL)
    mbc_window_add_toast (MBC_WINDOW (window), toast);
}
