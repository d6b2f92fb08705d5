/* test-links.c: only web, phone and email links are ever opened
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

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

static void
test_open_refuses (void)
{
  GtkWidget *window = gtk_window_new ();

  /* Refused before anything is launched. */
  g_assert_false (mbc_links_open (window, "file:///etc/passwd"));
  g_assert_false (mbc_links_open (window, "http://www.komen.org"));

  gtk_window_destroy (GTK_WINDOW (window));
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
