/* mbc-diary-print.c: the diary's one-page summary, printed or saved as
 * a PDF
 *
 * The page is the paper of the locale's region, as every printout of
 * the guide (mbc-print-page.c), and always one page: the summary sums
 * up what does not fit (mbc-diary-summary.c).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "mbc-diary-print.h"
#include "mbc-diary-summary.h"
#include "mbc-print-page.h"

/* The settings of the last print, so that a second print starts with
 * the printer and paper the person chose for the first.
 */
static GtkPrintSettings *last_settings;

static void
begin_print_cb (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                MbcDiarySummary   *summary)
{
  mbc_diary_summary_begin (summary, context);
  gtk_print_operation_set_n_pages (operation, 1);
  mbc_print_page_set_pdf_title (context, mbc_diary_summary_get_title ());
}

static void
draw_page_cb (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page_nr,
              MbcDiarySummary   *summary)
{
  mbc_diary_summary_draw (summary, context);
}

/**
 * mbc_diary_print_new:
 * @diary: the diary
 * @questions: (nullable): the person's questions: those not asked yet
 *   come after the diary on the page
 * @from: the first moment of the span (Unix time), such as the day of
 *   the last visit, or 0 for all of the diary
 * @to: its last moment, such as now
 *
 * The summary of @diary from @from to @to, as the diary and the
 * questions are now: each sign with its days, its severity, a small
 * chart and what the guide says about it; the notes; and the questions.
 *
 * Returns: (transfer full): an operation that prints one page on the
 *   paper of mbc_print_page_dup_paper_size(); run it as any other
 */
GtkPrintOperation *
mbc_diary_print_new (MbcDiary          *diary,
                     MbcMyQuestionList *questions,
                     gint64             from,
                     gint64             to)
{
  GtkPrintOperation *operation;
  MbcDiarySummary *summary;

  g_return_val_if_fail (MBC_IS_DIARY (diary), NULL);
  g_return_val_if_fail (questions == NULL || MBC_IS_MY_QUESTION_LIST (questions), NULL);
  g_return_val_if_fail (from <= to, NULL);

  operation = mbc_print_page_new_operation (mbc_diary_summary_get_title ());
  summary = mbc_diary_summary_new (diary, questions, from, to);
  g_object_set_data_full (G_OBJECT (operation), "mbc-summary", summary,
                          (GDestroyNotify) mbc_diary_summary_free);

  g_signal_connect (operation, "begin-print", G_CALLBACK (begin_print_cb), summary);
  g_signal_connect (operation, "draw-page", G_CALLBACK (draw_page_cb), summary);

  return operation;
}

/* The next print starts with the printer and paper of this one. */
static void
remember_settings (GtkPrintOperation *operation,
                   GtkWidget         *parent)
{
  g_set_object (&last_settings, gtk_print_operation_get_print_settings (operation));
}

/**
 * mbc_diary_print_run:
 * @diary: the diary
 * @questions: (nullable): the person's questions
 * @from: the first moment of the span
 * @to: its last moment
 * @parent: (nullable): the window the print dialog belongs to
 *
 * Shows the print dialog, and prints the summary as the person asks.
 * It returns at once; an error while printing is shown to the person
 * in a dialog of its own.
 */
void
mbc_diary_print_run (MbcDiary          *diary,
                     MbcMyQuestionList *questions,
                     gint64             from,
                     gint64             to,
                     GtkWindow         *parent)
{
  g_autoptr(GtkPrintOperation) operation = NULL;

  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));

  operation = mbc_diary_print_new (diary, questions, from, to);
  g_return_if_fail (operation != NULL);
  if (last_settings != NULL)
    gtk_print_operation_set_print_settings (operation, last_settings);
  gtk_print_operation_set_allow_async (operation, TRUE);
  mbc_print_page_connect_done (operation, GTK_WIDGET (parent),
                               _("Your Diary Could Not Be Printed"), remember_settings);

  /* Errors arrive at "done", whether the dialog was shown or not; GTK
   * keeps the operation until then.
   */
  gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, parent, NULL);
}

/* Writes what @operation prints as a PDF file at @path. */
static gboolean
export_operation (GtkPrintOperation  *operation,
                  GtkWindow          *parent,
                  const char         *path,
                  GError            **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileOutputStream) probe = NULL;
  g_autoptr(GError) print_error = NULL;

  /* Cairo says only that it could not write; GIO says why (no such
   * folder, no permission), in the person's language.
   */
  probe = g_file_replace (file, NULL, FALSE, G_FILE_CREATE_NONE, NULL, error);
  if (probe == NULL || !g_output_stream_close (G_OUTPUT_STREAM (probe), NULL, error))
    return FALSE;

  gtk_print_operation_set_export_filename (operation, path);
  if (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT,
                               parent, &print_error) == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      g_autofree char *name = g_filename_display_name (path);

      /* Not to leave a broken file behind. */
      g_unlink (path);
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   /* Translators: %1$s is a file's name, %2$s says what went wrong. */
                   _("“%1$s” could not be written: %2$s"),
                   name, print_error != NULL ? print_error->message : "");
      return FALSE;
    }

  return TRUE;
}

/**
 * mbc_diary_print_export_pdf:
 * @diary: the diary
 * @questions: (nullable): the person's questions
 * @from: the first moment of the span
 * @to: its last moment
 * @parent: (nullable): the window the export is for
 * @path: where to write the PDF file; a file that is there is replaced
 * @error: where to put the reason when it cannot be written
 *
 * Writes the page that mbc_diary_print_run() prints as a PDF file,
 * with no dialog.
 *
 * Returns: whether the file was written
 */
gboolean
mbc_diary_print_export_pdf (MbcDiary           *diary,
                            MbcMyQuestionList  *questions,
                            gint64              from,
                            gint64              to,
                            GtkWindow          *parent,
                            const char         *path,
                            GError            **error)
{
  g_autoptr(GtkPrintOperation) operation = NULL;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  operation = mbc_diary_print_new (diary, questions, from, to);
  g_return_val_if_fail (operation != NULL, FALSE);

  return export_operation (operation, parent, path, error);
}

static gboolean
write_pdf (GtkWindow   *parent,
           const char  *path,
           gpointer     data,
           GError     **error)
{
  return export_operation (GTK_PRINT_OPERATION (data), parent, path, error);
}

/**
 * mbc_diary_print_save_pdf:
 * @diary: the diary
 * @questions: (nullable): the person's questions
 * @from: the first moment of the span
 * @to: its last moment
 * @parent: (nullable): the window the file chooser belongs to
 *
 * Asks where to save the summary as a PDF, suggesting a name with
 * today's date, and writes it there: the page is the diary as it is
 * now, when the person asks. It returns at once; if the file cannot be
 * written, the person is told why in a dialog on @parent.
 */
void
mbc_diary_print_save_pdf (MbcDiary          *diary,
                          MbcMyQuestionList *questions,
                          gint64             from,
                          gint64             to,
                          GtkWindow         *parent)
{
  GtkPrintOperation *operation;
  g_autofree char *day = mbc_print_page_dup_file_day ();
  g_autofree char *name = NULL;

  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));

  operation = mbc_diary_print_new (diary, questions, from, to);
  g_return_if_fail (operation != NULL);

  /* Translators: the name suggested for the saved summary of the
   * diary: keep it short, in lower case with no spaces, and end it with
   * ".pdf"; %s is the date, such as 2026-11-22.
   */
  name = g_strdup_printf (_("my-diary-%s.pdf"), day);
  mbc_print_page_save_pdf (parent, _("Save Your Diary as a PDF"), name,
                           _("Your Diary Could Not Be Saved as a PDF"),
                           write_pdf, operation, g_object_unref);
}
