/* mbc-diary-write.c: the diary's changes, written to its file
 *
 * The model shows a change at once and hands a copy of it to one worker
 * thread, which writes the changes one after the other, in the order
 * they were made, each in a transaction of its own: what the file holds
 * is always the diary as it was after some change, and recording a sign
 * never waits for the disk. Entries never change once made, so the
 * worker reads them safely while the model goes on.
 *
 * A change that cannot be written stays in the model and is told on the
 * main thread ("save-failed").
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "mbc-diary-private.h"

typedef enum {
  JOB_ADD,
  JOB_REPLACE,
  JOB_REMOVE,
  JOB_ADD_ALL,
  JOB_CLEAR,
} JobKind;

typedef struct {
  JobKind        kind;
  MbcDiaryEntry *entry;
  GPtrArray     *entries;
} Job;

static void
job_free (Job *job)
{
  g_clear_object (&job->entry);
  g_clear_pointer (&job->entries, g_ptr_array_unref);
  g_free (job);
}

/* Tells, on the main thread, every failure the worker has found. */
static void
report_failures (MbcDiary *self)
{
  g_autoptr(GPtrArray) failures = NULL;

  g_mutex_lock (&self->lock);
  failures = g_steal_pointer (&self->failures);
  self->failures = g_ptr_array_new_with_free_func ((GDestroyNotify) g_error_free);
  g_mutex_unlock (&self->lock);

  for (guint i = 0; i < failures->len; i++)
    _mbc_diary_save_failed (self, g_ptr_array_index (failures, i));
}

static gboolean
report_failures_cb (gpointer data)
{
  MbcDiary *self = data;

  g_mutex_lock (&self->lock);
  g_clear_pointer (&self->failures_source, g_source_unref);
  g_mutex_unlock (&self->lock);

  report_failures (self);

  return G_SOURCE_REMOVE;
}

/* In the worker thread. */
static void
write_cb (gpointer data,
          gpointer user_data)
{
  Job *job = data;
  MbcDiary *self = user_data;
  MbcDiaryStore *store = self->store;
  g_autoptr(GError) error = NULL;
  gboolean ok = FALSE;

  switch (job->kind)
    {
    case JOB_ADD:
      ok = mbc_diary_store_add (store, job->entry, &error);
      break;

    case JOB_REPLACE:
      ok = mbc_diary_store_replace (store, job->entry, &error);
      break;

    case JOB_REMOVE:
      ok = mbc_diary_store_remove (store, mbc_diary_entry_get_id (job->entry), &error);
      break;

    case JOB_ADD_ALL:
      ok = mbc_diary_store_add_all (store, job->entries, &error);
      break;

    case JOB_CLEAR:
      ok = mbc_diary_store_clear (store, &error);
      break;

    default:
      g_assert_not_reached ();
    }

  g_mutex_lock (&self->lock);
  if (!ok)
    {
      g_ptr_array_add (self->failures,
                       g_error_new (MBC_DIARY_ERROR, MBC_DIARY_ERROR_SAVE,
                                    job->kind == JOB_CLEAR
                                    /* Translators: %s says why, in a sentence of its own. */
                                    ? _("The diary could not be deleted from the disk. %s")
                                    /* Translators: %s says why, in a sentence of its own. */
                                    : _("A change to the diary could not be saved. %s "
                                        "It is shown, but it is not kept on the disk."),
                                    error->message));
      if (self->failures_source == NULL)
        {
          self->failures_source = g_idle_source_new ();
          g_source_set_callback (self->failures_source, report_failures_cb, self, NULL);
          g_source_set_static_name (self->failures_source, "[mbc-diary] report failures");
          g_source_attach (self->failures_source, self->main_context);
        }
    }
  self->n_pending--;
  g_cond_broadcast (&self->written);
  g_mutex_unlock (&self->lock);

  job_free (job);
}

void
_mbc_diary_write_start (MbcDiary      *self,
                        MbcDiaryStore *store)
{
  g_autoptr(GError) error = NULL;

  g_return_if_fail (self->writer == NULL);

  self->store = g_object_ref (store);
  /* One thread of its own, so that the changes are written one at a
   * time in the order they were made, and the file is only ever used
   * by that thread.
   */
  self->writer = g_thread_pool_new (write_cb, self, 1, TRUE, &error);
  if (self->writer == NULL)
    {
      g_critical ("No thread to write the diary: %s", error->message);
      g_clear_object (&self->store);
    }
}

void
_mbc_diary_write_stop (MbcDiary *self)
{
  if (self->writer != NULL)
    {
      /* Waits for every change queued. */
      g_thread_pool_free (g_steal_pointer (&self->writer), FALSE, TRUE);
    }
  g_clear_object (&self->store);

  g_mutex_lock (&self->lock);
  if (self->failures_source != NULL)
    {
      g_source_destroy (self->failures_source);
      g_clear_pointer (&self->failures_source, g_source_unref);
    }
  g_mutex_unlock (&self->lock);
}

static void
push (MbcDiary *self,
      Job      *job)
{
  if (self->writer == NULL)
    {
      /* A diary in memory has nothing to write. */
      job_free (job);
      return;
    }

  g_mutex_lock (&self->lock);
  self->n_pending++;
  g_mutex_unlock (&self->lock);

  g_thread_pool_push (self->writer, job, NULL);
}

static Job *
job_new (JobKind        kind,
         MbcDiaryEntry *entry)
{
  Job *job = g_new0 (Job, 1);

  job->kind = kind;
  job->entry = entry != NULL ? g_object_ref (entry) : NULL;

  return job;
}

void
_mbc_diary_write_add (MbcDiary      *self,
                      MbcDiaryEntry *entry)
{
  push (self, job_new (JOB_ADD, entry));
}

void
_mbc_diary_write_replace (MbcDiary      *self,
                          MbcDiaryEntry *entry)
{
  push (self, job_new (JOB_REPLACE, entry));
}

void
_mbc_diary_write_remove (MbcDiary      *self,
                         MbcDiaryEntry *entry)
{
  push (self, job_new (JOB_REMOVE, entry));
}

void
_mbc_diary_write_add_all (MbcDiary  *self,
                          GPtrArray *entries)
{
  Job *job = job_new (JOB_ADD_ALL, NULL);

  job->entries = g_ptr_array_ref (entries);
  push (self, job);
}

void
_mbc_diary_write_clear (MbcDiary *self)
{
  push (self, job_new (JOB_CLEAR, NULL));
}

void
mbc_diary_flush (MbcDiary *self)
{
  g_return_if_fail (MBC_IS_DIARY (self));

  g_mutex_lock (&self->lock);
  while (self->n_pending > 0)
    g_cond_wait (&self->written, &self->lock);
  g_mutex_unlock (&self->lock);

  /* What failed is told now, not at the next turn of the main loop: the
   * caller may be about to quit.
   */
  report_failures (self);
}
