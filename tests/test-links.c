/* test-links.c: only web, phone and email links are ever opened
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "mbc-link-panel.h"
#include "mbc-links.h"
#include "mbc-test-util.h"

static void
test_allowed (void)
{
  g_assert_true (mbc_links_is_allowed ("https://www.komen.org"));
  g_assert_true (mbc_links_is_allowed ("https://komen.org/MBCResources"));
  g_assert_true (mbc_links_is_allowed ("tel:18774656636"));
  g_assert_true (mbc_links_is_allowed ("mailto:helpline@komen.org"));
}

static void
test_refused (void)
{
  static const char *refused[] = {
    "http://www.komen.org",
    "file:///etc/passwd",
    "javascript:alert(1)",
    "ftp://example.org/",
    "https://",
    "tel:",
    "mailto:",
    "resource:///io/github/mbcguide/MbcGuide/style.css",
    "/usr/bin/true",
    "",
  };

  g_assert_false (mbc_links_is_allowed (NULL));
  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    g_assert_false (mbc_links_is_allowed (refused[i]));
}

static gboolean
panel_shown (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  gboolean shown = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) toplevel = g_list_model_get_item (toplevels, i);

      shown |= MBC_IS_LINK_PANEL (toplevel);
    }

  return shown;
}

/* Every link goes through the window's win.open-uri, which refuses what
 * is not https:, tel: or mailto: before anything else: at a workstation,
 * where an allowed link is shown as a panel rather than launched, a
 * refused one shows nothing at all.
 */
static void
test_open_refuses (void)
{
  g_autoptr(MbcContent) content = mbc_test_load_content ();
  MbcWindow *window = mbc_test_open_window (content, 1100, 800);

  mbc_window_set_kiosk (window, TRUE);
  mbc_test_iterate (100);

  mbc_test_activate (window, "win.open-uri", "file:///etc/passwd");
  mbc_test_activate (window, "win.open-uri", "http://www.komen.org");
  mbc_test_iterate (200);
  g_assert_false (panel_shown ());

  mbc_test_activate (window, "win.open-uri", "https://www.komen.org");
  for (guint i = 0; i < 100 && !panel_shown (); i++)
    mbc_test_iterate (10);
  g_assert_true (panel_shown ());

  mbc_test_close_window (window);
}

static void
test_phone_and_email (void)
{
  g_autofree char *phone = mbc_links_phone_uri ("1-877-465-6636");
  g_autofree char *dotted = mbc_links_phone_uri ("866.223.8100");
  g_autofree char *email = mbc_links_email_uri ("helpline@komen.org");

  g_assert_cmpstr (phone, ==, "tel:18774656636");
  g_assert_cmpstr (dotted, ==, "tel:8662238100");
  g_assert_cmpstr (email, ==, "mailto:helpline@komen.org");
  g_assert_true (mbc_links_is_allowed (phone));
  g_assert_true (mbc_links_is_allowed (email));
}

int
main (int   argc,
      char *argv[])
{
  mbc_test_init (&argc, &argv);

  g_test_add_func ("/mbc/links/allowed", test_allowed);
  g_test_add_func ("/mbc/links/refused", test_refused);
  g_test_add_func ("/mbc/links/open-refuses", test_open_refuses);
  g_test_add_func ("/mbc/links/phone-and-email", test_phone_and_email);

  return g_test_run ();
}
