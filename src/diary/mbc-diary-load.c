/* mbc-diary-load.c: the diary's file, opened and read
 *
 * Opening checks the whole file, and reading it makes years of
 * entries: both happen on a worker thread, and the model gets every
 * entry at once when they are done. Whatever is wrong with the file,
 * the diary works afterwards: a damaged file is moved aside (never
 * deleted, never written over) and a new one started, a newer guide's
 * file is shown read-only, and with no usable file at all the diary
 * lives in memory. The error says which, in words for the person.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "mbc-diary-private.h"

typedef struct {
  MbcDiaryStore *store;      /* NULL: in memory only */
  GPtrArray     *entries;    /* newest first, or NULL */
  GHashTable    *signs;      /* their index, or NULL */
  gboolean       read_only;
  GError        *error;      /* what to tell the person, or NULL */
} Loaded;

static void
loaded_free (Loaded *loaded)
{
  g_clear_object (&loaded->store);
  g_clear_pointer (&loaded->entries, g_ptr_array_unref);
  g_clear_pointer (&loaded->signs, g_hash_table_unref);
  g_clear_error (&loaded->error);
  g_free (loaded);
}

/* Opens @path and reads it; NULL with @error when either fails. */
static MbcDiaryStore *
open_and_read (const char  *path,
               gboolean     read_only,
               GPtrArray  **entries,
               GError     **error)
{
  g_autoptr(MbcDiaryStore) store = mbc_diary_store_open (path, read_only, error);

  if (store == NULL)
    return NULL;

  *entries = mbc_diary_store_load (store, error);
  if (*entries == NULL)
    return NULL;

  return g_steal_pointer (&store);
}

static void
set_unavailable (Loaded     *loaded,
                 const char *path,
                 const char *why)
{
  loaded->error = g_error_new (MBC_DIARY_ERROR, MBC_DIARY_ERROR_UNAVAILABLE,
                               /* Translators: the first %s is the path of
                                * the diary's file, the second why it could
                                * not be opened, in a sentence of its own.
                                */
                               _("The diary’s file “%s” could not be opened. %s "
                                 "What you record now is shown, but it is not kept "
                                 "when the guide is closed."),
                               path, why);
}

/* In a worker thread. */
static Loaded *
load (const char *path)
{
  Loaded *loaded = g_new0 (Loaded, 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) second_error = NULL;
  g_autofree char *aside = NULL;

  if (path == NULL)
    {
      set_unavailable (loaded, "", _("It is not a file on this computer."));
      return loaded;
    }

  loaded->store = open_and_read (path, FALSE, &loaded->entries, &error);
  if (loaded->store != NULL)
    return loaded;

  if (g_error_matches (error, MBC_DIARY_STORE_ERROR, MBC_DIARY_STORE_ERROR_NEWER))
    {
      /* Written by a newer guide: shown as it is, and never written, so
       * that nothing of what the newer guide keeps there is lost.
       */
      loaded->store = open_and_read (path, TRUE, &loaded->entries, &second_error);
      if (loaded->store == NULL)
        {
          set_unavailable (loaded, path, second_error->message);
          return loaded;
        }
      loaded->read_only = TRUE;
      loaded->error = g_error_new_literal (MBC_DIARY_ERROR, MBC_DIARY_ERROR_NEWER,
                                           _("This diary was written by a newer version "
                                             "of the guide. It is shown here, but it "
                                             "cannot be changed with this version."));
      return loaded;
    }

  if (!g_error_matches (error, MBC_DIARY_STORE_ERROR, MBC_DIARY_STORE_ERROR_DAMAGED))
    {
      set_unavailable (loaded, path, error->message);
      return loaded;
    }

  /* Damaged: kept as it is under another name, where what it still
   * holds can be saved, and a new diary started in its place.
   */
  g_clear_pointer (&loaded->entries, g_ptr_array_unref);
  aside = mbc_diary_store_set_aside (path, &second_error);
  if (aside == NULL)
    {
      set_unavailable (loaded, path, second_error->message);
      return loaded;
    }

  loaded->store = open_and_read (path, FALSE, &loaded->entries, &second_error);
  if (loaded->store == NULL)
    {
      loaded->error = g_error_new (MBC_DIARY_ERROR, MBC_DIARY_ERROR_UNAVAILABLE,
                                   /* Translators: the first %s says what was
                                    * wrong with the file, in a sentence of
                                    * its own, the second is a path, the third
                                    * why no new diary could be made, in a
                                    * sentence of its own.
                                    */
                                   _("The diary’s file could not be read. %s It has been "
                                     "kept, unchanged, as “%s”. No new diary could be "
                                     "started: %s What you record now is shown, but it "
                                     "is not kept when the guide is closed."),
                                   error->message, aside, second_error->message);
      return loaded;
    }

  loaded->error = g_error_new (MBC_DIARY_ERROR, MBC_DIARY_ERROR_SET_ASIDE,
                               /* Translators: the first %s says what was
                                * wrong with the file, in a sentence of its
                                * own; the second is the full path where it
                                * is kept.
                                */
                               _("The diary’s file could not be read. %s It has been "
                                 "kept, unchanged, as “%s”, and a new, empty diary has "
                                 "been started."),
                               error->message, aside);

  return loaded;
}

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  Loaded *loaded = load (task_data);

  /* Years of entries: their index is built here too, not on the main
   * thread.
   */
  if (loaded->entries != NULL)
    loaded->signs = _mbc_diary_signs_build (loaded->entries);

  g_task_return_pointer (task, loaded, (GDestroyNotify) loaded_free);
}

/* On the main thread: the model takes what was read. */
static gboolean
apply (MbcDiary  *self,
       Loaded    *loaded,
       GError   **error)
{
  self->loading = FALSE;
  if (loaded->store != NULL && !loaded->read_only)
    _mbc_diary_write_start (self, loaded->store);
  _mbc_diary_take_loaded (self, loaded->entries, loaded->signs, loaded->read_only);

  if (loaded->error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&loaded->error));
      return FALSE;
    }

  return TRUE;
}

static void
load_done_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  MbcDiary *self = g_task_get_source_object (task);
  g_autoptr(GError) error = NULL;
  Loaded *loaded = g_task_propagate_pointer (G_TASK (result), NULL);

  if (apply (self, loaded, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, g_steal_pointer (&error));
  loaded_free (loaded);
}

void
mbc_diary_load_async (MbcDiary            *self,
                      GCancellable        *cancellable,
                      GAsyncReadyCallback  callback,
                      gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GTask) reading = NULL;

  g_return_if_fail (MBC_IS_DIARY (self));
  g_return_if_fail (!self->loading);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, mbc_diary_load_async);

  /* In memory, or read already: nothing to do. */
  if (self->loaded)
    {
      g_task_return_boolean (task, TRUE);
      return;
    }

  self->loading = TRUE;
  /* The worker thread may hold its task a moment after the result is
   * back: the task that reads holds the file's path, not the diary.
   */
  reading = g_task_new (NULL, NULL, load_done_cb, g_steal_pointer (&task));
  g_task_set_task_data (reading, g_file_get_path (self->file), g_free);
  g_task_run_in_thread (reading, load_thread);
}

gboolean
mbc_diary_load_finish (MbcDiary      *self,
                       GAsyncResult  *result,
                       GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

gboolean
mbc_diary_load (MbcDiary  *self,
                GError   **error)
{
  g_autoptr(GTask) reading = NULL;
  Loaded *loaded;
  gboolean ok;

  g_return_val_if_fail (MBC_IS_DIARY (self), FALSE);
  g_return_val_if_fail (!self->loading, FALSE);

  if (self->loaded)
    return TRUE;

  reading = g_task_new (NULL, NULL, NULL, NULL);
  g_task_set_task_data (reading, g_file_get_path (self->file), g_free);
  g_task_run_in_thread_sync (reading, load_thread);
  loaded = g_task_propagate_pointer (reading, NULL);
  ok = apply (self, loaded, error);
  loaded_free (loaded);

  return ok;
}
