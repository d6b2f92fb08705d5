/* main.c: starts MBC Guide, an MbcApplication, in the language it chooses
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gtk/gtk.h>

#include "mbc-application.h"
#include "mbc-language.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(MbcApplication) app = NULL;

  /* The guide sets the locale itself, so that it can show a language
   * whose locale the system lacks, and change language as it runs.
   */
  gtk_disable_setlocale ();
  mbc_language_init ();

  app = mbc_application_new ();

  return g_application_run (G_APPLICATION (app), argc, argv);
}
