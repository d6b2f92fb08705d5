/* mbc-date.c: dates as the guide writes them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "mbc-date.h"

/* The months, in the guide's language rather than the system's: the
 * locale may be English while the guide is in Spanish, and
 * g_date_time_format() would follow the locale.
 */
static const char *months[] = {
  NC_("month", "January"), NC_("month", "February"), NC_("month", "March"),
  NC_("month", "April"), NC_("month", "May"), NC_("month", "June"),
  NC_("month", "July"), NC_("month", "August"), NC_("month", "September"),
  NC_("month", "October"), NC_("month", "November"), NC_("month", "December"),
};

/**
 * mbc_date_format:
 * @date: the day to write
 *
 * Returns: (transfer full): @date as a person reads it in the guide's
 *   language, such as "September 11, 2023" or "11 de septiembre de 2023"
 */
char *
mbc_date_format (GDateTime *date)
{
  g_return_val_if_fail (date != NULL, NULL);

  /* Translators: a date: %1$s is the month's name, %2$d the day and %3$d
   * the year, as in "September 11, 2023"; in Spanish "%2$d de %1$s de %3$d".
   */
  return g_strdup_printf (_("%1$s %2$d, %3$d"),
                          g_dpgettext2 (GETTEXT_PACKAGE, "month",
                                        months[g_date_time_get_month (date) - 1]),
                          g_date_time_get_day_of_month (date),
                          g_date_time_get_year (date));
}
