/* mbc-my-question-list-text.c: a person's questions as plain text
 *
 * What "Copy as Text" puts on the clipboard, to paste into a message or
 * a note. Paper is the print layer's; this is the list's own words.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "mbc-date.h"
#include "mbc-my-question-list.h"

/* Each line of @lines, the first where the text is, the others after
 * @indent spaces, so that they line up under the first.
 */
static void
append_indented (GString    *text,
                 const char *lines,
                 gsize       indent)
{
  g_auto(GStrv) split = g_strsplit (lines, "\n", -1);

  for (guint i = 0; split[i] != NULL; i++)
    {
      /* No spaces on a blank line. */
      if (i > 0 && *split[i] != '\0')
        g_string_append_printf (text, "%*s", (int) indent, "");
      g_string_append_printf (text, "%s\n", split[i]);
    }
}

/**
 * mbc_my_question_list_dup_text:
 * @self: the questions
 *
 * The list as plain text, for the clipboard: its title and today's
 * date, then each question numbered, with "✓ (asked)" after it when it
 * was asked and its answer under it, without the blank lines a person
 * may leave at its end.
 *
 * Returns: (transfer full): the text
 */
char *
mbc_my_question_list_dup_text (MbcMyQuestionList *self)
{
  /* Translators: the title of the printed list of a person's own
   * questions, and of the copied text.
   */
  const char *title = _("My Questions for My Visit");
  /* Translators: after a question on the printed or copied list, when
   * the person has ticked it as asked; a tick mark comes before it.
   */
  const char *asked = _("(asked)");
  GString *text = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autofree char *today = NULL;
  guint n_questions;

  g_return_val_if_fail (MBC_IS_MY_QUESTION_LIST (self), NULL);

  text = g_string_new (NULL);
  now = g_date_time_new_now_local ();
  today = mbc_date_format (now);
  n_questions = g_list_model_get_n_items (G_LIST_MODEL (self));
  g_string_append_printf (text, "%s\n%s\n", title, today);

  if (n_questions == 0)
    g_string_append_printf (text, "\n%s\n", _("No questions yet."));

  for (guint i = 0; i < n_questions; i++)
    {
      g_autoptr(MbcMyQuestion) question = g_list_model_get_item (G_LIST_MODEL (self), i);
      g_autofree char *number = g_strdup_printf ("%u. ", i + 1);
      g_autofree char *answer = g_strchomp (g_strdup (mbc_my_question_get_answer (question)));
      g_autofree char *heading = NULL;

      if (mbc_my_question_get_asked (question))
        heading = g_strdup_printf ("%s%s ✓ %s", number, mbc_my_question_get_text (question),
                                   asked);
      else
        heading = g_strconcat (number, mbc_my_question_get_text (question), NULL);

      g_string_append_c (text, '\n');
      append_indented (text, heading, strlen (number));
      if (*answer != '\0')
        {
          g_string_append_printf (text, "%*s", (int) strlen (number), "");
          append_indented (text, answer, strlen (number));
        }
    }

  return g_string_free (text, FALSE);
}
