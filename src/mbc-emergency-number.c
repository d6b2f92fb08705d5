/* mbc-emergency-number.c: the number to call in an emergency
 *
 * The number is a setting, so that a hospital or a person abroad can
 * set theirs; every place that shows it, on screen or on paper, reads it
 * here, so that they all agree.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "mbc-emergency-number.h"

/**
 * mbc_emergency_number_dup:
 * @settings: the guide's settings (schema io.github.mbcguide.MbcGuide)
 *
 * Returns: (transfer full): the "emergency-number" setting, or its
 *   default when it is blank
 */
char *
mbc_emergency_number_dup (GSettings *settings)
{
  g_autofree char *number = NULL;

  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  number = g_settings_get_string (settings, "emergency-number");

  /* An empty number would leave the advice with no one to call. */
  g_strstrip (number);
  if (*number == '\0')
    {
      g_autoptr(GVariant) fallback = g_settings_get_default_value (settings, "emergency-number");

      g_free (number);
      number = g_variant_dup_string (fallback, NULL);
    }

  return g_steal_pointer (&number);
}

/**
 * mbc_emergency_number_dup_safety_line:
 * @settings: the guide's settings
 *
 * Returns: (transfer full): the line at the foot of every view and every
 *   printed page, in the guide's language, with the emergency number
 */
char *
mbc_emergency_number_dup_safety_line (GSettings *settings)
{
  g_autofree char *number = mbc_emergency_number_dup (settings);

  /* Translators: shown at the foot of every view and of every printed
   * page; %s is the emergency telephone number, such as 911 or 112.
   */
  return g_strdup_printf (_("This is not a diagnosis. In an emergency, call %s."), number);
}
