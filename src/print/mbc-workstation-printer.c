/* mbc-workstation-printer.c: a page to a shared workstation's printer, with no dialog
 *
 * A print dialog would offer "Print to File" and the rest of the
 * machine's printers to a passer-by, and a person at a hospital's
 * workstation leaves with nothing on the machine: the page goes to the
 * workstation's own printer, the default one or else the first real
 * one GTK finds, and the person is told when to take it or why there
 * is none.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <gtk/gtkunixprint.h>

#include "mbc-print-page.h"
#include "mbc-workstation-printer.h"

/* How long to look for the workstation's printer, in seconds. */
#define PRINTER_WAIT   8

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
  guint              timeout_id;
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
  g_weak_ref_clear (&finder->widget);
  g_free (finder);
}

/* With no print dialog, this is the only sign that the page is on its
 * way, and the printer may not be in sight.
 */
static void
printing (GtkPrintOperation *operation,
          GtkWidget         *widget)
{
  if (widget != NULL)
    gtk_widget_activate_action (widget, "win.toast", "s",
                                _("Printing: take your page from the printer"));
}

static void
finish (Finder     *finder,
        GtkPrinter *printer)
{
  g_autoptr(GtkWidget) widget = g_weak_ref_get (&finder->widget);
  g_autoptr(GtkPrintSettings) settings = NULL;
  g_autoptr(GError) error = NULL;
  GtkRoot *root;

  if (finder->done)
    return;
  finder->done = TRUE;
  if (searching == finder)
    searching = NULL;
  g_clear_handle_id (&finder->timeout_id, g_source_remove);

  /* The person has gone, and the screen was cleared for the next. */
  if (widget == NULL || gtk_widget_get_root (widget) == NULL)
    return;

  if (printer == NULL)
    {
      mbc_print_page_tell (widget, _("No Printer Found"),
                           _("This computer has no printer ready. Please ask a member of staff."));
      return;
    }

  settings = gtk_print_settings_new ();
  gtk_print_settings_set_printer (settings, gtk_printer_get_name (printer));
  gtk_print_operation_set_print_settings (finder->operation, settings);
  gtk_print_operation_set_allow_async (finder->operation, TRUE);

  mbc_print_page_connect_done (finder->operation, widget, _("The Page Could Not Be Printed"),
                               printing);

  root = gtk_widget_get_root (widget);
  gtk_print_operation_run (finder->operation, GTK_PRINT_OPERATION_ACTION_PRINT,
                           GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, &error);
  /* An error is also told at "done". */
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
      finish (finder, printer);
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

  finish (finder, finder->first);
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
  finder->timeout_id = g_timeout_add_seconds_full (G_PRIORITY_DEFAULT, PRINTER_WAIT, timeout_cb,
                                                   finder_ref (finder), finder_unref);
  g_source_set_name_by_id (finder->timeout_id, "[mbc-guide] printer wait");
  searching = finder;

  /* The search holds the first reference, until every print system
   * has answered.
   */
  gtk_enumerate_printers (printer_cb, finder, printers_listed_cb, FALSE);
}
