/* mbc-links.c: the rules for links: which are ever opened, and how a
 * phone number or an email address becomes one
 *
 * A link in content could, by mistake or on purpose, point at a file or
 * a program on this computer. Only https:, tel: and mailto: are opened;
 * the window's win.open-uri, through which every link goes, refuses
 * anything else (mbc-window-actions.c).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "mbc-links.h"

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
