/* mbc-urgency.c: how soon a symptom needs attention
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "mbc-urgency.h"

const char * const mbc_urgency_names[] = { "emergency", "call", "mention", NULL };

/* The same icon and words everywhere, so that a tier never depends on
 * colour alone.
 */
static const struct {
  const char *title;
  const char *advice;
  const char *icon_name;
  const char *css_class;
} tiers[MBC_N_URGENCIES] = {
  [MBC_URGENCY_EMERGENCY] = {
    N_("Get help now"),
    N_("Call your emergency number, or get medical help right away."),
    "dialog-warning-symbolic",
    "urgency-emergency",
  },
  [MBC_URGENCY_CALL] = {
    N_("Call your care team"),
    N_("Call the same day if it is new, sudden or getting worse. Call too if any sign lasts more than two weeks or worries you."),
    "call-start-symbolic",
    "urgency-call",
  },
  [MBC_URGENCY_MENTION] = {
    N_("Tell your care team at your next visit"),
    N_("Write it in your symptom diary and bring it to your next visit. Call sooner if it gets worse or lasts more than two weeks."),
    "document-edit-symbolic",
    "urgency-mention",
  },
};

MbcUrgency
mbc_urgency_from_name (const char *name)
{
  for (guint i = 0; i < MBC_N_URGENCIES; i++)
    if (g_strcmp0 (name, mbc_urgency_names[i]) == 0)
      return i;

  g_return_val_if_reached (MBC_URGENCY_CALL);
}

const char *
mbc_urgency_get_title (MbcUrgency urgency)
{
  g_return_val_if_fail (urgency < MBC_N_URGENCIES, NULL);
  return _(tiers[urgency].title);
}

const char *
mbc_urgency_get_advice (MbcUrgency urgency)
{
  g_return_val_if_fail (urgency < MBC_N_URGENCIES, NULL);
  return _(tiers[urgency].advice);
}

const char *
mbc_urgency_get_icon_name (MbcUrgency urgency)
{
  g_return_val_if_fail (urgency < MBC_N_URGENCIES, NULL);
  return tiers[urgency].icon_name;
}

const char *
mbc_urgency_get_css_class (MbcUrgency urgency)
{
  g_return_val_if_fail (urgency < MBC_N_URGENCIES, NULL);
  return tiers[urgency].css_class;
}
