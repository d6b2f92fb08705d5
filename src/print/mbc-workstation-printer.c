/* mbc-workstation-printer.c: a page to a shared workstation's printer, with no dialog
 *
 * A print dialog would offer "Print to File" and the rest of the
 * machine's printers to a passer-by, and a person at a hospital's
 * workstation leaves with nothing on the machine: the page goes to the
 * workstation's own printer, the default one or else the first real
 * one GTK finds, and the person is told when to take it or why there
 * is none. A printer that is stopped or turns pages away is not used;
 * a page it has not printed within PRINT_WAIT seconds is cancelled on
 * the print server (mbc-cups-job.c), and the person is told to ask a
 * member of staff.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <gtk/gtkunixprint.h>
#include <unistd.h>

#include "mbc-cups-job.h"
#include "mbc-print-page.h"
#include "mbc-workstation-printer.h"

/* How long to look for the workstation's printer, in seconds. */
#define PRINTER_WAIT   8
/* How long the printer may take to print a page, in seconds. */
#define PRINT_WAIT     60

/* The tests of a print server that fails set shorter waits, in seconds,
 * with MBC_PRINTER_WAIT and MBC_PRINT_WAIT.
 */
static guint
wait_seconds (const char *variable,
              guint       seconds)
{
  const char *value = g_getenv (variable);
  guint64 number;

  if (value != NULL && g_ascii_string_to_unsigned (value, 10, 1, 3600, &number, NULL))
    return number;

  return seconds;
}

/* Looking for the workstation's printer. GTK keeps the search going
 * while a print server is slow to answer, or never answers; the guide
 * waits PRINTER_WAIT seconds and no more.
 */
typedef struct
{
  gatomicrefcount    ref_count;
  GtkPrintOperation *operation;
  GWeakRef           widget;
  GtkPrinter        *first;
  GtkPrinter        *chosen;
  guint              timeout_id;
  guint              idle_id;
  gboolean           done;
} Finder;

/* The search under way: a second tap while it looks prints no second page. */
static Finder *searching;

static Finder *
finder_ref (Finder *finder)
{
  g_atomic_ref_count_inc (&finder->ref_count);
  return finder;
}

static void
finder_unref (gpointer data)
{
  Finder *finder = data;

  if (!g_atomic_ref_count_dec (&finder->ref_count))
    return;

  g_clear_object (&finder->operation);
  g_clear_object (&finder->first);
  g_clear_object (&finder->chosen);
  g_weak_ref_clear (&finder->widget);
  g_free (finder);
}

static void
weak_free (gpointer data)
{
  GWeakRef *weak = data;

  g_weak_ref_clear (weak);
  g_free (weak);
}

static void
followed_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      data)
{
  GWeakRef *weak = data;
  g_autoptr(GtkWidget) widget = g_weak_ref_get (weak);
  g_autoptr(GError) error = NULL;

  weak_free (weak);

  if (mbc_cups_job_follow_finish (result, &error))
    return;

  g_message ("The workstation's page was not printed: %s", error->message);
  /* The person has gone, and the screen was cleared for the next. */
  if (widget == NULL || gtk_widget_get_root (widget) == NULL)
    return;

  mbc_print_page_tell (widget, _("The Page Could Not Be Printed"),
                       _("The printer did not print your page. Please ask a member of staff."));
}

/* The page has gone to the print server, or could not: with no print
 * dialog, the toast is the only sign that it is on its way, and the
 * printer may not be in sight. The page is followed on the server until
 * it is printed.
 */
static void
sent_cb (GtkPrintJob  *job,
         gpointer      data,
         const GError *error)
{
  GWeakRef *weak = data;
  g_autoptr(GtkWidget) widget = g_weak_ref_get (weak);
  GWeakRef *follower;

  if (error != NULL)
    {
      g_message ("The workstation's page was not printed: it was not sent: %s", error->message);
      if (widget != NULL && gtk_widget_get_root (widget) != NULL)
        mbc_print_page_tell (widget, _("The Page Could Not Be Printed"),
                             _("The printer did not print your page. Please ask a member of staff."));
      return;
    }

  if (widget != NULL)
    gtk_widget_activate_action (widget, "win.toast", "s",
                                _("Printing: take your page from the printer"));

  follower = g_new0 (GWeakRef, 1);
  g_weak_ref_init (follower, widget);
  mbc_cups_job_follow_async (gtk_printer_get_name (gtk_print_job_get_printer (job)),
                             gtk_print_job_get_title (job),
                             wait_seconds ("MBC_PRINT_WAIT", PRINT_WAIT), NULL,
                             followed_cb, follower);
}

/* Lays the page out as a PDF, as the print server takes it, in a file
 * that is gone from the disk once the job has it open: the page may hold
 * the person's own questions.
 */
static GtkPrintJob *
new_job (GtkPrintOperation *operation,
         GtkPrinter        *printer,
         GError           **error)
{
  g_autoptr(GtkPrintSettings) settings = gtk_print_settings_new ();
  g_autoptr(GtkPrintJob) job = NULL;
  g_autofree char *path = NULL;
  g_autofree char *title = NULL;
  GtkPageSetup *setup = gtk_print_operation_get_default_page_setup (operation);
  gboolean ready;
  int fd;

  fd = g_file_open_tmp ("mbc-guide-page-XXXXXX.pdf", &path, error);
  if (fd < 0)
    return NULL;
  close (fd);

  gtk_print_operation_set_export_filename (operation, path);
  if (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, NULL, error) ==
      GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      g_unlink (path);
      return NULL;
    }

  g_object_get (operation, "job-name", &title, NULL);
  gtk_print_settings_set_printer (settings, gtk_printer_get_name (printer));
  job = gtk_print_job_new (title, printer, settings, setup);
  ready = gtk_print_job_set_source_file (job, path, error);
  g_unlink (path);

  return ready ? g_steal_pointer (&job) : NULL;
}

static void
finish (Finder     *finder,
        GtkPrinter *printer)
{
  g_autoptr(GtkWidget) widget = g_weak_ref_get (&finder->widget);
  /* Laying the page out runs the main loop, where the search may end
   * and let go of the operation.
   */
  g_autoptr(GtkPrintOperation) operation = g_object_ref (finder->operation);
  g_autoptr(GtkPrinter) held G_GNUC_UNUSED = printer != NULL ? g_object_ref (printer) : NULL;
  g_autoptr(GtkPrintJob) job = NULL;
  g_autoptr(GError) error = NULL;
  GWeakRef *weak;

  if (finder->done)
    return;
  finder->done = TRUE;
  if (searching == finder)
    searching = NULL;
  g_clear_handle_id (&finder->timeout_id, g_source_remove);
  g_clear_handle_id (&finder->idle_id, g_source_remove);

  /* The person has gone, and the screen was cleared for the next. */
  if (widget == NULL || gtk_widget_get_root (widget) == NULL)
    return;

  if (printer == NULL)
    {
      g_message ("The workstation's page was not printed: no printer was found");
      mbc_print_page_tell (widget, _("No Printer Found"),
                           _("This computer has no printer ready. Please ask a member of staff."));
      return;
    }

  /* Stopped, or out of paper, or turned to refuse pages by IT: a page
   * sent now would wait there for the next person.
   */
  if (gtk_printer_is_paused (printer) || !gtk_printer_is_accepting_jobs (printer))
    {
      g_message ("The workstation's page was not printed: %s is %s",
                 gtk_printer_get_name (printer),
                 gtk_printer_is_paused (printer) ? "stopped" : "rejecting jobs");
      mbc_print_page_tell (widget, _("The Printer Is Not Ready"),
                           _("This computer has no printer ready. Please ask a member of staff."));
      return;
    }

  /* GtkPrintOperation's own way to a printer with no dialog reads freed
   * memory in GTK 4.8 as soon as a print server answers: the page is
   * laid out to PDF and sent as a job to the printer found here.
   */
  job = new_job (operation, printer, &error);
  if (job == NULL)
    {
      g_message ("The workstation's page was not printed: it was not laid out: %s",
                 error->message);
      mbc_print_page_tell (widget, _("The Page Could Not Be Printed"),
                           _("The printer did not print your page. Please ask a member of staff."));
      return;
    }

  weak = g_new0 (GWeakRef, 1);
  g_weak_ref_init (weak, widget);
  gtk_print_job_send (job, sent_cb, weak, weak_free);
}

static gboolean
decide_cb (gpointer data)
{
  Finder *finder = data;

  finder->idle_id = 0;
  finish (finder, finder->chosen != NULL ? finder->chosen : finder->first);

  return G_SOURCE_REMOVE;
}

/* The page is laid out and sent from the main loop, never from inside
 * GTK's search for printers: laying it out runs the main loop, where
 * the search ends and frees what it was using.
 */
static void
decide_later (Finder *finder)
{
  if (finder->done || finder->idle_id != 0)
    return;

  finder->idle_id = g_idle_add_full (G_PRIORITY_DEFAULT, decide_cb, finder_ref (finder),
                                     finder_unref);
  g_source_set_name_by_id (finder->idle_id, "[mbc-guide] printer chosen");
}

static gboolean
printer_cb (GtkPrinter *printer,
            gpointer    data)
{
  Finder *finder = data;

  if (finder->done)
    return TRUE;

  /* "Print to File" and its like would leave the page on this machine. */
  if (gtk_printer_is_virtual (printer))
    return FALSE;

  if (gtk_printer_is_default (printer))
    {
      g_set_object (&finder->chosen, printer);
      decide_later (finder);
      return TRUE;
    }

  if (finder->first == NULL)
    finder->first = g_object_ref (printer);

  return FALSE;
}

/* Every print system has answered. */
static void
printers_listed_cb (gpointer data)
{
  Finder *finder = data;

  decide_later (finder);
  finder_unref (finder);
}

static gboolean
timeout_cb (gpointer data)
{
  Finder *finder = data;

  finder->timeout_id = 0;
  finish (finder, finder->first);

  return G_SOURCE_REMOVE;
}

/**
 * mbc_workstation_printer_print:
 * @operation: a handout from mbc_handout_new_for_site() or
 *   mbc_handout_new_for_questions()
 * @widget: the widget the person printed from
 *
 * Prints the handout on the workstation's default printer, or on its
 * only printer, with no dialog; a toast says when it is printing, and
 * a dialog when it cannot be.
 */
void
mbc_workstation_printer_print (GtkPrintOperation *operation,
                               GtkWidget         *widget)
{
  Finder *finder;

  g_return_if_fail (GTK_IS_PRINT_OPERATION (operation));
  g_return_if_fail (GTK_IS_WIDGET (widget));

  if (searching != NULL)
    return;

  /* Finding a printer can take seconds: the person knows it is on its way. */
  gtk_widget_activate_action (widget, "win.toast", "s", _("Looking for the printer…"));

  finder = g_new0 (Finder, 1);
  g_atomic_ref_count_init (&finder->ref_count);
  finder->operation = g_object_ref (operation);
  g_weak_ref_init (&finder->widget, widget);
  finder->timeout_id = g_timeout_add_seconds_full (G_PRIORITY_DEFAULT,
                                                   wait_seconds ("MBC_PRINTER_WAIT", PRINTER_WAIT),
                                                   timeout_cb,
                                                   finder_ref (finder), finder_unref);
  g_source_set_name_by_id (finder->timeout_id, "[mbc-guide] printer wait");
  searching = finder;

  /* The search holds the first reference, until every print system
   * has answered.
   */
  gtk_enumerate_printers (printer_cb, finder, printers_listed_cb, FALSE);
}
