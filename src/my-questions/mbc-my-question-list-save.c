/* mbc-my-question-list-save.c: MbcMyQuestionList writes itself
 *
 * Saves are batched here, in the model, as gnome-text-editor's
 * EditorSession batches its own (editor-session.c, auto_save_source): a
 * change starts a short timer, and each further change starts it again,
 * so that a burst of changes is one write. The list is turned into text
 * on the main thread, and that text is written and flushed on a worker
 * thread (GTask), so that a slow disk (a home folder on the network,
 * common on hospital machines) never holds up a frame. One write at a
 * time: a change made while one is under way waits for it, and then the
 * newest list is written. mbc_my_question_list_flush(), and disposing of
 * the list, write at once whatever still waits, on the calling thread.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>

#include "mbc-my-question-list-private.h"

/* How a write ended, told by the worker to the main thread, which puts
 * a failure into words (the language may change meanwhile).
 */
typedef enum {
  WRITE_DONE,
  WRITE_FAILED,             /* @detail says why, as the system said it */
  WRITE_UNREADABLE_IN_PLACE, /* the unreadable file is still in the way */
} WriteOutcome;

/* One write of the list: a snapshot taken on the main thread, then
 * written on a worker thread (or, to flush, on the main thread).
 */
typedef struct
{
  /* Set before the write starts, and only read after. */
  char                       *path;
  char                       *folder;
  char                       *contents;
  gsize                       length;
  /* The file that could not be read is still there: move it aside first. */
  gboolean                    move_aside;
  MbcMyQuestionListWriteHook  hook;
  gpointer                    hook_data;

  /* Set by the writer, under the lock. */
  GMutex                      lock;
  GCond                       cond;
  gboolean                    done;
  WriteOutcome                outcome;
  char                       *detail;
  /* The unreadable file is out of the way (moved, or gone). */
  gboolean                    moved_aside;

  /* Main thread only: the list, until it has taken the outcome. */
  MbcMyQuestionList          *owner;
} Write;

static void
set_save_error (GError     **error,
                const char  *folder,
                const char  *detail)
{
  g_autofree char *folder_name = g_filename_display_name (folder);

  g_set_error (error, MBC_MY_QUESTION_LIST_ERROR, MBC_MY_QUESTION_LIST_ERROR_SAVE,
               /* Translators: the first %s is a folder; the second is what
                * the system said, such as "Permission denied".
                */
               _("Your questions could not be saved in “%s”. They stay here while the "
                 "guide is open. (%s)"),
               folder_name, detail);
}

static void
write_free (gpointer data)
{
  Write *write = data;

  g_free (write->path);
  g_free (write->folder);
  g_free (write->contents);
  g_free (write->detail);
  g_mutex_clear (&write->lock);
  g_cond_clear (&write->cond);
  g_free (write);
}

/* The list as it is now, turned into the text of its file, on the main
 * thread; after this, writing it needs nothing from the list. NULL when
 * the list cannot be saved at all.
 */
static Write *
take_snapshot (MbcMyQuestionList  *self,
               GError            **error)
{
  g_autofree char *path = g_file_get_path (self->file);
  Write *write;

  /* Taken, even if it cannot be written: the next change tries again. */
  self->unsaved = FALSE;
  self->first_unsaved = 0;

  if (path == NULL)
    {
      g_autofree char *name = g_file_get_parse_name (self->file);

      set_save_error (error, name, "not a local file");
      return NULL;
    }

  if (!self->loaded)
    {
      g_autofree char *folder = g_path_get_dirname (path);

      g_critical ("The list of questions in %s changed before it was loaded", path);
      set_save_error (error, folder, "the saved list has not been read yet");
      return NULL;
    }

  write = g_new0 (Write, 1);
  g_mutex_init (&write->lock);
  g_cond_init (&write->cond);
  write->folder = g_path_get_dirname (path);
  write->path = g_steal_pointer (&path);
  write->contents = mbc_my_question_list_file_write (self->questions, self->version,
                                                     self->unknown_members, &write->length);
  write->move_aside = self->unreadable_in_place;
  write->hook = self->write_hook;
  write->hook_data = self->write_hook_data;

  return write;
}

/* Writes the snapshot to its file, all of it or nothing: a new file is
 * written and flushed to the disk, then takes the old one's place. Runs
 * on any thread, and touches nothing but @write.
 */
static void
write_snapshot (Write *write)
{
  g_autoptr(GError) error = NULL;
  WriteOutcome outcome = WRITE_DONE;
  gboolean moved_aside = FALSE;
  char *detail = NULL;

  if (write->hook != NULL)
    write->hook (write->hook_data);

  /* Perhaps someone has dealt with the file that could not be read. */
  if (write->move_aside)
    {
      g_autoptr(GFile) file = g_file_new_for_path (write->path);
      g_autoptr(GFile) aside = mbc_my_question_list_file_move_aside (file, &error);

      if (aside == NULL && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        {
          outcome = WRITE_UNREADABLE_IN_PLACE;
          goto out;
        }

      if (aside != NULL)
        {
          g_autofree char *aside_path = g_file_get_parse_name (aside);

          g_message ("The unreadable %s was kept as %s", write->path, aside_path);
        }
      g_clear_error (&error);
      moved_aside = TRUE;
    }

  if (g_mkdir_with_parents (write->folder, 0700) != 0)
    {
      int saved_errno = errno;

      outcome = WRITE_FAILED;
      detail = g_strdup (g_strerror (saved_errno));
      goto out;
    }

  if (!g_file_set_contents_full (write->path, write->contents, write->length,
                                 G_FILE_SET_CONTENTS_CONSISTENT | G_FILE_SET_CONTENTS_DURABLE,
                                 0600, &error))
    {
      outcome = WRITE_FAILED;
      detail = g_strdup (error->message);
    }

out:
  g_mutex_lock (&write->lock);
  write->outcome = outcome;
  write->detail = detail;
  write->moved_aside = moved_aside;
  write->done = TRUE;
  g_cond_signal (&write->cond);
  g_mutex_unlock (&write->lock);
}

/* On the main thread, once @write is done: what it means for the list,
 * and the person's words for a failure.
 */
static gboolean
take_outcome (MbcMyQuestionList  *self,
              Write              *write,
              GError            **error)
{
  if (write->moved_aside)
    self->unreadable_in_place = FALSE;

  switch (write->outcome)
    {
    case WRITE_DONE:
      return TRUE;

    case WRITE_UNREADABLE_IN_PLACE:
      {
        g_autofree char *file_name = g_filename_display_name (write->path);

        g_set_error (error, MBC_MY_QUESTION_LIST_ERROR, MBC_MY_QUESTION_LIST_ERROR_SAVE,
                     /* Translators: %s is the full name of a file. */
                     _("Your questions were not saved, so as not to write over the old "
                       "file “%s”, which could not be read. Move or remove it to save "
                       "again."),
                     file_name);
        return FALSE;
      }

    case WRITE_FAILED:
    default:
      set_save_error (error, write->folder, write->detail);
      return FALSE;
    }
}

/* Waits for the write under way, if any, and takes its outcome. */
static gboolean
finish_writing (MbcMyQuestionList  *self,
                GError            **error)
{
  g_autoptr(GTask) task = g_steal_pointer (&self->writing);
  Write *write;

  if (task == NULL)
    return TRUE;

  write = g_task_get_task_data (task);
  g_mutex_lock (&write->lock);
  while (!write->done)
    g_cond_wait (&write->cond, &write->lock);
  g_mutex_unlock (&write->lock);

  /* The task's own callback, which may still come, has nothing to do. */
  write->owner = NULL;

  return take_outcome (self, write, error);
}

static void
write_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  write_snapshot (task_data);
  g_task_return_boolean (task, TRUE);
}

static void start_writing (MbcMyQuestionList *self);

static void
write_done_cb (GObject      *source_object,
               GAsyncResult *result,
               gpointer      user_data)
{
  Write *write = g_task_get_task_data (G_TASK (result));
  g_autoptr(MbcMyQuestionList) self = NULL;
  g_autoptr(GError) error = NULL;

  /* Already taken by a flush, which waited for it. */
  if (write->owner == NULL)
    return;

  /* Whoever hears of a failure may let go of the list. */
  self = g_object_ref (write->owner);
  g_assert (self->writing == G_TASK (result));

  if (!finish_writing (self, &error))
    _mbc_my_question_list_save_failed (self, error);

  /* Changes made meanwhile, whose timer has run out: the newest list. */
  if (self->unsaved && self->save_source == 0 && self->writing == NULL)
    start_writing (self);
}

/* Hands the list as it is now to a worker thread to write. */
static void
start_writing (MbcMyQuestionList *self)
{
  g_autoptr(GError) error = NULL;
  Write *write;

  g_assert (self->writing == NULL);

  write = take_snapshot (self, &error);
  if (write == NULL)
    {
      _mbc_my_question_list_save_failed (self, error);
      return;
    }

  /* No source object: the task must not keep the list alive, since
   * disposing of the list is what flushes it. The list waits for the
   * write before it goes, and tells the callback so through @owner.
   */
  write->owner = self;
  self->writing = g_task_new (NULL, NULL, write_done_cb, NULL);
  g_task_set_source_tag (self->writing, start_writing);
  g_task_set_name (self->writing, "[mbc] write the questions");
  g_task_set_task_data (self->writing, write, write_free);
  g_task_run_in_thread (self->writing, write_thread);
}

static gboolean
save_timeout_cb (gpointer data)
{
  MbcMyQuestionList *self = data;

  self->save_source = 0;

  /* One write at a time: this one starts when the one under way ends. */
  if (self->writing == NULL && self->unsaved)
    start_writing (self);

  return G_SOURCE_REMOVE;
}

void
_mbc_my_question_list_changed (MbcMyQuestionList *self)
{
  gint64 now = g_get_monotonic_time ();
  gint64 waited_ms;
  guint delay;

  if (self->file == NULL)
    return;

  if (!self->loaded)
    {
      g_autofree char *name = g_file_get_parse_name (self->file);

      g_critical ("The list of questions in %s changed before it was loaded", name);
      return;
    }

  if (!self->unsaved)
    self->first_unsaved = now;
  self->unsaved = TRUE;

  waited_ms = (now - self->first_unsaved) / G_TIME_SPAN_MILLISECOND;
  delay = MIN (self->save_delay_ms,
               (guint) MAX (0, MBC_MY_QUESTION_LIST_SAVE_DELAY_MAX_MS - waited_ms));

  g_clear_handle_id (&self->save_source, g_source_remove);
  self->save_source = g_timeout_add (delay, save_timeout_cb, self);
  g_source_set_static_name (g_main_context_find_source_by_id (NULL, self->save_source),
                            "[mbc] save the questions");
}

/* Writes now, on this thread, after the write under way. */
static gboolean
save_now (MbcMyQuestionList  *self,
          GError            **error)
{
  Write *write;
  gboolean ok;

  g_clear_handle_id (&self->save_source, g_source_remove);
  /* Its outcome no longer matters: the newer list is written now. */
  finish_writing (self, NULL);

  write = take_snapshot (self, error);
  if (write == NULL)
    return FALSE;

  write_snapshot (write);
  ok = take_outcome (self, write, error);
  write_free (write);

  return ok;
}

/* When the list is being disposed of, there is no one left to tell. */
void
_mbc_my_question_list_flush (MbcMyQuestionList *self,
                             gboolean           disposing)
{
  g_autoptr(GError) error = NULL;

  g_clear_handle_id (&self->save_source, g_source_remove);

  finish_writing (self, &error);
  if (self->unsaved)
    {
      /* What the newer write says is what counts. */
      g_clear_error (&error);
      save_now (self, &error);
    }

  if (error == NULL)
    return;

  if (disposing)
    g_message ("Could not save the questions: %s", error->message);
  else
    _mbc_my_question_list_save_failed (self, error);
}

void
mbc_my_question_list_flush (MbcMyQuestionList *self)
{
  g_return_if_fail (MBC_IS_MY_QUESTION_LIST (self));

  _mbc_my_question_list_flush (self, FALSE);
}

/* Writes the list to its file now, and waits for it. The list saves
 * itself shortly after every change; call this only to try again.
 */
gboolean
mbc_my_question_list_save (MbcMyQuestionList  *self,
                           GError            **error)
{
  g_return_val_if_fail (MBC_IS_MY_QUESTION_LIST (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (self->file == NULL)
    return TRUE;

  return save_now (self, error);
}

gboolean
mbc_my_question_list_is_saving (MbcMyQuestionList *self)
{
  g_return_val_if_fail (MBC_IS_MY_QUESTION_LIST (self), FALSE);

  return self->unsaved || self->writing != NULL;
}

void
mbc_my_question_list_set_save_delay (MbcMyQuestionList *self,
                                     guint              delay_ms)
{
  g_return_if_fail (MBC_IS_MY_QUESTION_LIST (self));

  self->save_delay_ms = delay_ms;
}

void
mbc_my_question_list_set_write_hook (MbcMyQuestionList          *self,
                                     MbcMyQuestionListWriteHook  hook,
                                     gpointer                    data)
{
  g_return_if_fail (MBC_IS_MY_QUESTION_LIST (self));

  self->write_hook = hook;
  self->write_hook_data = data;
}
