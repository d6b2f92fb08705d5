/* mbc-cups-job.c: a workstation's page, followed on the print server
 *
 * GTK hands a page to the print server (CUPS) and is done: a printer
 * that is out of paper or stopped keeps it queued, and prints it when
 * someone mends the printer, perhaps for the next person at the
 * workstation. The guide follows each page it sent until the server
 * has printed it; one still queued after the time limit, or when the
 * workstation starts over, is cancelled on the server.
 *
 * Every call to the server is made in a thread, over a connection that
 * gives up after a few seconds: a server that does not answer never
 * holds up the screen.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <cups/cups.h>
#include <string.h>

#include "mbc-cups-job.h"

/* How long to wait for the server to answer one call, in milliseconds. */
#define CONNECT_WAIT   5000
/* How often to ask after a page, in microseconds. */
#define POLL_INTERVAL  (250 * 1000)

typedef struct
{
  char *printer;
  int   id;
} SentJob;

/* The pages the guide sent that may be queued still. */
static GMutex sent_lock;
static GArray *sent;
/* Counts the times the workstation started over: a page sent before
 * is cancelled at once.
 */
static gint started_over;

static void
sent_job_clear (gpointer data)
{
  SentJob *job = data;

  g_free (job->printer);
}

static void
remember (const char *printer,
          int         id)
{
  SentJob job = { g_strdup (printer), id };

  g_mutex_lock (&sent_lock);
  if (sent == NULL)
    {
      sent = g_array_new (FALSE, FALSE, sizeof (SentJob));
      g_array_set_clear_func (sent, sent_job_clear);
    }
  g_array_append_val (sent, job);
  g_mutex_unlock (&sent_lock);
}

static void
forget (int id)
{
  g_mutex_lock (&sent_lock);
  for (guint i = 0; sent != NULL && i < sent->len; i++)
    if (g_array_index (sent, SentJob, i).id == id)
      {
        g_array_remove_index_fast (sent, i);
        break;
      }
  g_mutex_unlock (&sent_lock);
}

static gboolean
is_remembered (int id)
{
  gboolean found = FALSE;

  g_mutex_lock (&sent_lock);
  for (guint i = 0; sent != NULL && i < sent->len && !found; i++)
    found = g_array_index (sent, SentJob, i).id == id;
  g_mutex_unlock (&sent_lock);

  return found;
}

static http_t *
connect_server (void)
{
  return httpConnect2 (cupsServer (), ippPort (), NULL, AF_UNSPEC, cupsEncryption (), 1,
                       CONNECT_WAIT, NULL);
}

typedef struct
{
  char   *printer;
  char   *title;
  gint64  deadline;
  gint    started_over;
} Follow;

static void
follow_free (gpointer data)
{
  Follow *follow = data;

  g_free (follow->printer);
  g_free (follow->title);
  g_free (follow);
}

/* The state of the job @id, or of the newest job of ours titled @title
 * that the guide has not followed yet, which it sets @id to; 0 when the
 * server has no such job or does not answer.
 */
static ipp_jstate_t
job_state (http_t     *http,
           const char *printer,
           const char *title,
           int        *id)
{
  cups_job_t *jobs = NULL;
  int n = cupsGetJobs2 (http, &jobs, printer, 1, CUPS_WHICHJOBS_ALL);
  ipp_jstate_t state = 0;
  int newest = 0;

  for (int i = 0; i < n; i++)
    {
      if (*id != 0)
        {
          if (jobs[i].id == *id)
            state = jobs[i].state;
        }
      else if (g_strcmp0 (jobs[i].title, title) == 0 && jobs[i].id > newest &&
               !is_remembered (jobs[i].id))
        {
          newest = jobs[i].id;
          state = jobs[i].state;
        }
    }
  cupsFreeJobs (n, jobs);

  if (newest != 0)
    {
      *id = newest;
      remember (printer, newest);
    }

  return state;
}

static void
follow_thread (GTask        *task,
               gpointer      source,
               gpointer      data,
               GCancellable *cancellable)
{
  Follow *follow = data;
  ipp_jstate_t state = 0;
  int id = 0;

  while (g_get_monotonic_time () < follow->deadline &&
         g_atomic_int_get (&started_over) == follow->started_over)
    {
      http_t *http = connect_server ();

      if (http != NULL)
        {
          /* Found once, the job is asked after by its number alone. */
          state = job_state (http, follow->printer, follow->title, &id);
          httpClose (http);
        }
      if (state >= IPP_JSTATE_CANCELED)
        break;
      g_usleep (POLL_INTERVAL);
    }

  /* Started over before the job was found: it is found now, to be
   * cancelled.
   */
  if (id == 0)
    {
      http_t *http = connect_server ();

      if (http != NULL)
        {
          state = job_state (http, follow->printer, follow->title, &id);
          httpClose (http);
        }
    }

  if (state == IPP_JSTATE_COMPLETED)
    {
      forget (id);
      g_task_return_boolean (task, TRUE);
      return;
    }

  if (id != 0 && state < IPP_JSTATE_CANCELED)
    {
      http_t *http = connect_server ();
      ipp_status_t status = IPP_STATUS_ERROR_SERVICE_UNAVAILABLE;

      /* Still queued: it must never print for whoever comes next. A job
       * cancelled already (the workstation started over) needs no more.
       */
      if (http != NULL)
        status = cupsCancelJob2 (http, follow->printer, id, 0);
      if (status != IPP_STATUS_OK && status != IPP_STATUS_ERROR_NOT_POSSIBLE)
        g_message ("Could not cancel print job %d on %s: %s", id, follow->printer,
                   cupsLastErrorString ());
      forget (id);
      g_clear_pointer (&http, httpClose);
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_TIMED_OUT,
                               "Print job %d was still queued, and is cancelled", id);
      return;
    }

  forget (id);
  g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_FAILED,
                           id == 0 ? "The print server has no job titled “%s”"
                                   : "The print server did not print “%s”",
                           follow->title);
}

/**
 * mbc_cups_job_follow_async:
 * @printer: the print server's name of the printer the page went to
 * @title: the job's title, as the page was sent with
 * @seconds: how long the printer may take to print it
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when the page is printed, or is not
 * @user_data: data for @callback
 *
 * Follows the job the guide has just sent to @printer until the server
 * has printed it; a job still queued after @seconds is cancelled on the
 * server.
 */
void
mbc_cups_job_follow_async (const char          *printer,
                           const char          *title,
                           guint                seconds,
                           GCancellable        *cancellable,
                           GAsyncReadyCallback  callback,
                           gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  Follow *follow;

  g_return_if_fail (printer != NULL);
  g_return_if_fail (title != NULL);

  follow = g_new0 (Follow, 1);
  follow->printer = g_strdup (printer);
  follow->title = g_strdup (title);
  follow->deadline = g_get_monotonic_time () + seconds * G_USEC_PER_SEC;
  follow->started_over = g_atomic_int_get (&started_over);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, mbc_cups_job_follow_async);
  g_task_set_name (task, "[mbc-guide] follow print job");
  g_task_set_task_data (task, follow, follow_free);
  g_task_run_in_thread (task, follow_thread);
}

/**
 * mbc_cups_job_follow_finish:
 * @result: the result passed to the callback
 * @error: where to put why the page was not printed
 *
 * Returns: whether the page was printed
 */
gboolean
mbc_cups_job_follow_finish (GAsyncResult  *result,
                            GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

static void
cancel_thread (GTask        *task,
               gpointer      source,
               gpointer      data,
               GCancellable *cancellable)
{
  g_autoptr(GArray) jobs = NULL;
  http_t *http;

  g_mutex_lock (&sent_lock);
  jobs = g_steal_pointer (&sent);
  g_mutex_unlock (&sent_lock);

  if (jobs == NULL || jobs->len == 0)
    return;

  http = connect_server ();
  if (http == NULL)
    {
      g_message ("Could not reach the print server to cancel the guide's print jobs");
      return;
    }
  /* A job printed already cannot be cancelled, and needs not be. */
  for (guint i = 0; i < jobs->len; i++)
    cupsCancelJob2 (http, g_array_index (jobs, SentJob, i).printer,
                    g_array_index (jobs, SentJob, i).id, 0);
  httpClose (http);
}

/**
 * mbc_cups_job_cancel_ours:
 *
 * Cancels on the print server every page the guide sent that may be
 * queued still, in a thread: a workstation starting over for the next
 * person leaves no page of the last to print.
 */
void
mbc_cups_job_cancel_ours (void)
{
  g_autoptr(GTask) task = g_task_new (NULL, NULL, NULL, NULL);

  /* The pages being followed are cancelled by their own threads. */
  g_atomic_int_inc (&started_over);
  g_task_set_source_tag (task, mbc_cups_job_cancel_ours);
  g_task_set_name (task, "[mbc-guide] cancel print jobs");
  g_task_run_in_thread (task, cancel_thread);
}
