/* mbc-search-person.c: the person's own questions and diary, to search
 *
 * The person's questions and diary entries are found by the same search
 * as the guide, but kept apart from the content's index: they change
 * as the person writes, they are never shown to the desktop's search,
 * and a workstation has no diary. Their texts are copied here, on the
 * thread that owns them, as the content's are, and folded into words on
 * a worker thread: ten years of a diary is some tens of thousands of
 * entries. The day of an entry is kept as a number (the section), and
 * put into words only for the results shown.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "mbc-diary-entry.h"
#include "mbc-my-question.h"
#include "mbc-search-index-private.h"
#include "mbc-search-person.h"

static const char *
copy (MbcSearchGathering *gathering,
      const char         *text)
{
  return text != NULL && *text != '\0' ? g_string_chunk_insert_const (gathering->strings, text) : NULL;
}

static void
gather_questions (MbcSearchGathering *gathering,
                  GListModel         *questions)
{
  guint n = g_list_model_get_n_items (questions);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MbcMyQuestion) question = g_list_model_get_item (questions, i);
      MbcSearchItem item = { 0, };
      char id[32];

      /* The question itself names its row in the Questions view. */
      g_snprintf (id, sizeof id, "%p", question);
      item.kind = MBC_SEARCH_KIND_OWN_QUESTION;
      item.id = g_string_chunk_insert (gathering->strings, id);
      item.urgency = -1;
      item.fields[0] = copy (gathering, mbc_my_question_get_text (question));
      item.fields[1] = copy (gathering, mbc_my_question_get_answer (question));
      item.context = item.fields[1];
      if (item.fields[0] != NULL)
        g_array_append_val (gathering->items, item);
    }
}

static void
gather_diary (MbcSearchGathering *gathering,
              MbcDiary           *diary)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (diary));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MbcDiaryEntry) entry = g_list_model_get_item (G_LIST_MODEL (diary), i);
      MbcSearchItem item = { 0, };
      char number[24];
      guint field = 1;

      item.kind = MBC_SEARCH_KIND_DIARY_ENTRY;
      g_snprintf (number, sizeof number, "%" G_GINT64_FORMAT, mbc_diary_entry_get_id (entry));
      item.id = g_string_chunk_insert (gathering->strings, number);
      g_snprintf (number, sizeof number, "%u", mbc_diary_entry_get_day (entry));
      item.section = g_string_chunk_insert_const (gathering->strings, number);
      item.urgency = mbc_diary_get_urgency (diary, entry);
      item.fields[0] = copy (gathering, mbc_diary_get_label (diary, entry));
      if (mbc_diary_entry_get_note (entry) != NULL)
        item.fields[field++] = copy (gathering, mbc_diary_entry_get_note (entry));
      if (mbc_diary_entry_get_medicines (entry) != NULL)
        item.fields[field++] = copy (gathering, mbc_diary_entry_get_medicines (entry));
      item.context = item.fields[1];
      if (item.fields[0] != NULL)
        g_array_append_val (gathering->items, item);
    }
}

/**
 * mbc_search_index_new_person_async:
 * @questions: (nullable): the person's questions (MbcMyQuestion)
 * @diary: (nullable): the person's diary; never at a workstation
 *
 * Builds an index of the person's own texts on a worker thread;
 * mbc_search_index_new_finish() gives it. Its results are of the kinds
 * MBC_SEARCH_KIND_OWN_QUESTION and MBC_SEARCH_KIND_DIARY_ENTRY; a diary
 * entry's section is its day (mbc_diary_entry_get_day()), as a number.
 */
void
mbc_search_index_new_person_async (GListModel          *questions,
                                   MbcDiary            *diary,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data)
{
  MbcSearchGathering *gathering = mbc_search_gathering_new ();

  g_return_if_fail (questions == NULL || G_IS_LIST_MODEL (questions));
  g_return_if_fail (diary == NULL || MBC_IS_DIARY (diary));

  if (questions != NULL)
    gather_questions (gathering, questions);
  if (diary != NULL)
    gather_diary (gathering, diary);

  _mbc_search_index_build_async (gathering, cancellable, callback, user_data);
}
