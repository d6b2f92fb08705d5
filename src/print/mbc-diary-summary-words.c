/* mbc-diary-summary-words.c: what the diary's one-page summary says
 *
 * In the person's language, in the sources' words where the guide
 * flags a sign, and never more than what the person wrote: no reading
 * of it, no guess at what comes next.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "mbc-date.h"
#include "mbc-diary-summary-words.h"
#include "mbc-urgency.h"

char *
mbc_diary_summary_dup_day (gint64 when)
{
  g_autoptr(GDateTime) date = g_date_time_new_from_unix_local (when);

  return date != NULL ? mbc_date_format (date) : g_strdup ("");
}

const char *
mbc_diary_summary_tier_words (MbcDiarySign *sign)
{
  if (sign->urgency >= 0 && sign->urgency < MBC_N_URGENCIES)
    return mbc_urgency_get_title (sign->urgency);

  switch (sign->kind)
    {
    case MBC_DIARY_KIND_SIGN:
      /* Translators: on the diary's printed summary, for a sign of the
       * guide whose tier is not known (the guide's content no longer
       * has it).
       */
      return _("Sign from the guide");
    case MBC_DIARY_KIND_SIDE_EFFECT:
      /* Translators: on the diary's printed summary, in place of a
       * warning tier, for a side effect the person wrote down.
       */
      return _("Side effect of treatment");
    case MBC_DIARY_KIND_OVERALL:
      /* Translators: on the diary's printed summary, beside how the
       * person felt overall.
       */
      return _("0 = very poorly, 10 = very well");
    default:
      /* Translators: on the diary's printed summary, in place of a
       * warning tier, for a sign the person wrote in their own words.
       */
      return _("In my own words");
    }
}

const char *
mbc_diary_summary_sign_label (MbcDiarySign *sign)
{
  if (sign->kind == MBC_DIARY_KIND_OVERALL)
    /* Translators: on the diary's printed summary, the name of the
     * person's daily score of how they felt.
     */
    return _("How I felt overall");

  return sign->label != NULL ? sign->label : "";
}

char *
mbc_diary_summary_dup_facts (MbcDiarySign *sign)
{
  g_autofree char *first = mbc_diary_summary_dup_day (sign->first);
  g_autofree char *last = mbc_diary_summary_dup_day (sign->last);
  g_autofree char *days = NULL;
  g_autofree char *scores = NULL;

  /* Translators: on the diary's printed summary, under a sign: %1$s
   * and %2$s are dates.
   */
  days = g_strdup_printf (_("First day %1$s · last day %2$s"), first, last);

  if (sign->kind == MBC_DIARY_KIND_OVERALL)
    scores = g_strdup_printf (
      /* Translators: on the diary's printed summary, under how the
       * person felt overall: %1$u is how many days have a score, then
       * scores from 0 (very poorly) to 10 (very well).
       */
      g_dngettext (GETTEXT_PACKAGE, "%1$u day recorded · lowest %2$d of 10 · latest %3$d of 10",
                   "%1$u days recorded · lowest %2$d of 10 · latest %3$d of 10", sign->n_days),
      sign->n_days, sign->worst, sign->latest);
  else
    scores = g_strdup_printf (
      /* Translators: on the diary's printed summary, under a sign: %1$u
       * is how many days have an entry of the sign, then how bad it
       * was, from 0 (none) to 10 (the worst you can imagine).
       */
      g_dngettext (GETTEXT_PACKAGE, "%1$u day recorded · worst %2$d of 10 · latest %3$d of 10",
                   "%1$u days recorded · worst %2$d of 10 · latest %3$d of 10", sign->n_days),
      sign->n_days, sign->worst, sign->latest);

  return g_strconcat (days, "\n", scores, NULL);
}

/* The flags in the sources' words, one a line, or NULL. */
char *
mbc_diary_summary_dup_flags (MbcDiarySign *sign,
                             const char   *emergency_number)
{
  g_autoptr(GString) text = g_string_new (NULL);

  if (sign->flags & MBC_DIARY_FLAG_EMERGENCY)
    g_string_append_printf (text,
                            /* Translators: on the diary's printed summary, for a sign
                             * whose tier is an emergency; %s is the emergency number.
                             */
                            _("Get help now: call %s, or get medical help right away."),
                            emergency_number);
  if (sign->flags & MBC_DIARY_FLAG_WORSE)
    g_string_append_printf (text, "%s%s", text->len > 0 ? "\n" : "",
                            /* Translators: on the diary's printed summary, for a
                             * sign the guide says to call about, recorded as worse
                             * than the time before.
                             */
                            _("Worse than last time: call your care team the same day."));
  if (sign->flags & MBC_DIARY_FLAG_TWO_WEEKS)
    g_string_append_printf (text, "%s%s", text->len > 0 ? "\n" : "",
                            /* Translators: on the diary's printed summary: the sources
                             * say to tell the care team about a sign that lasts more
                             * than two weeks.
                             */
                            _("Recorded on days more than two weeks apart and still there: "
                              "tell your care team."));

  return text->len > 0 ? g_strdup (text->str) : NULL;
}

/* "And 3 more …" when some of them are shown, or how many there are
 * when none is.
 */
char *
mbc_diary_summary_dup_more (MbcDiarySummaryMore what,
               guint shown,
               guint n)
{
  switch (what)
    {
    case MBC_DIARY_SUMMARY_MORE_SIGNS:
      /* Translators: at the end of the signs on the diary's printed
       * summary, when the page has no room for them all.
       */
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "And %u more sign, in the diary.",
                                           "And %u more signs, in the diary.", n), n);
    case MBC_DIARY_SUMMARY_MORE_NOTES:
      if (shown > 0)
        /* Translators: at the end of the notes on the diary's printed
         * summary, when the page has no room for them all.
         */
        return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "And %u older note, in the diary.",
                                             "And %u older notes, in the diary.", n), n);
      /* Translators: on the diary's printed summary, when the page has
       * no room for any of the notes.
       */
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "The diary has %u note from this time.",
                                           "The diary has %u notes from this time.", n), n);
    case MBC_DIARY_SUMMARY_MORE_QUESTIONS:
    default:
      if (shown > 0)
        /* Translators: at the end of the questions on the diary's
         * printed summary, when the page has no room for them all.
         */
        return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                             "And %u more question, in My Questions.",
                                             "And %u more questions, in My Questions.", n), n);
      /* Translators: on the diary's printed summary, when the page has
       * no room for any of the questions.
       */
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "My Questions has %u question not asked yet.",
                                           "My Questions has %u questions not asked yet.", n), n);
    }
}
