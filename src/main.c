/* main.c
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

  /* A workstation writes nothing to disk, not even the graphics
   * driver's cache of compiled shaders: that must be said before the
   * toolkit starts.
   */
  {
    g_autoptr(GSettings) settings = g_settings_new (APP_ID);
    gboolean kiosk = g_settings_get_boolean (settings, "kiosk-mode");

    for (int i = 1; i < argc; i++)
      kiosk |= g_str_equal (argv[i], "--kiosk");

    if (kiosk)
      {
        g_setenv ("MESA_SHADER_CACHE_DISABLE", "true", FALSE);
        g_setenv ("MESA_GLSL_CACHE_DISABLE", "true", FALSE);
      }
  }

  app = mbc_application_new ();

  return g_application_run (G_APPLICATION (app), argc, argv);
}
