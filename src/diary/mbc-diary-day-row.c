/* mbc-diary-day-row.c: one day of a sign, as a row of its table
 *
 * Plain labels rather than a libadwaita row, so that a year of days is
 * quick to make and to lay out; a screen reader hears the date as the
 * row's name and the figures as its description, as it does in the
 * guide's other lists.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "mbc-date.h"
#include "mbc-diary-day-row.h"

char *
mbc_diary_day_format (guint32 day)
{
  g_autoptr(GDateTime) noon = NULL;
  GDate date;

  g_return_val_if_fail (g_date_valid_julian (day), NULL);

  g_date_clear (&date, 1);
  g_date_set_julian (&date, day);
  noon = g_date_time_new_local (g_date_get_year (&date), g_date_get_month (&date),
                                g_date_get_day (&date), 12, 0, 0);

  return mbc_date_format (noon);
}

char *
mbc_diary_day_describe (const MbcDiaryChartDay *day,
                        gboolean                overall)
{
  g_autofree char *value = NULL;
  g_autofree char *count = NULL;

  g_return_val_if_fail (day != NULL, NULL);

  if (overall)
    /* Translators: how a person felt overall on their worst moment of a
     * day, 0 (very poorly) to 10 (very well).
     */
    value = g_strdup_printf (_("Lowest %d of 10"), day->value);
  else
    /* Translators: the worst severity of a sign on one day. */
    value = g_strdup_printf (_("Worst %d of 10"), day->value);

  count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u entry", "%u entries", day->n_entries),
                           day->n_entries);

  if (day->has_notes)
    /* Translators: a day in the table of a sign: %1$s is "Worst 7 of 10",
     * %2$s "2 entries"; at least one of them has a note.
     */
    return g_strdup_printf (_("%1$s, %2$s, with notes"), value, count);

  /* Translators: a day in the table of a sign: %1$s is "Worst 7 of 10",
   * %2$s "2 entries".
   */
  return g_strdup_printf (_("%1$s, %2$s"), value, count);
}

GtkWidget *
mbc_diary_day_row_new (const MbcDiaryChartDay *day,
                       gboolean                overall)
{
  g_autofree char *date = mbc_diary_day_format (day->day);
  g_autofree char *figures = mbc_diary_day_describe (day, overall);
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  GtkWidget *date_label = gtk_label_new (date);
  GtkWidget *figures_label = gtk_label_new (figures);

  gtk_label_set_xalign (GTK_LABEL (date_label), 0);
  gtk_label_set_wrap (GTK_LABEL (date_label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (figures_label), 0);
  gtk_label_set_wrap (GTK_LABEL (figures_label), TRUE);
  gtk_widget_add_css_class (figures_label, "dim-label");
  gtk_box_append (GTK_BOX (box), date_label);
  gtk_box_append (GTK_BOX (box), figures_label);
  gtk_widget_add_css_class (box, "diary-day");

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, date_label, NULL,
                                  GTK_ACCESSIBLE_RELATION_DESCRIBED_BY, figures_label, NULL,
                                  -1);

  return row;
}
