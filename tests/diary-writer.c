/* diary-writer.c: adds entries to a diary as fast as it can, for the
 * test that kills it
 *
 * "diary-writer FILE FIRST-ID": opens the diary, then adds one entry
 * after the other, each in a transaction of its own, with the ids FIRST-ID,
 * FIRST-ID + 1, and so on, and prints each id on a line of its own once
 * its commit has returned, so that every id printed is one the diary
 * must hold, whenever the writer is killed. It runs until killed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "mbc-diary-store.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(MbcDiaryStore) store = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id;

  if (argc != 3)
    {
      g_printerr ("Usage: %s FILE FIRST-ID\n", argv[0]);
      return 2;
    }
  id = g_ascii_strtoll (argv[2], NULL, 10);

  store = mbc_diary_store_open (argv[1], FALSE, &error);
  if (store == NULL)
    {
      g_printerr ("diary-writer: %s\n", error->message);
      return 1;
    }

  for (;; id++)
    {
      /* Entries of every shape: text of many lengths, some fields empty. */
      g_autofree char *note = g_strnfill ((id * 7) % 300, 'a' + id % 26);
      g_autoptr(MbcDiaryEntry) entry = NULL;
      g_autoptr(MbcDiaryEntry) with_id = NULL;

      entry = mbc_diary_entry_new (id % 3 == 0 ? MBC_DIARY_KIND_SIGN : MBC_DIARY_KIND_OWN,
                                   id % 3 == 0 ? "bone-pain" : NULL,
                                   "Ache in the left hip",
                                   1700000000 + id * 60, id % 11,
                                   id % 2 ? MBC_DIARY_SCORE_NONE : (int) (id % 11),
                                   id % 5 ? NULL : "Paracetamol 500 mg",
                                   note);
      with_id = mbc_diary_entry_copy_with_id (entry, id);
      if (!mbc_diary_store_add (store, with_id, &error))
        {
          g_printerr ("diary-writer: %s\n", error->message);
          return 1;
        }

      /* Only now: the commit has returned. */
      printf ("%" G_GINT64_FORMAT "\n", id);
      fflush (stdout);
    }
}
