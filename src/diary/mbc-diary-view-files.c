/* mbc-diary-view-files.c: My Diary out of the guide and back in
 *
 * The summary for the next visit (printed, or saved as PDF), and the
 * diary as a CSV file: exported to keep or to move, and imported on
 * this computer or a new one. An import is all or nothing: a file with
 * a wrong row adds nothing, and the person is told each wrong row by its
 * line. An entry already in the diary is not added twice
 * (mbc_diary_import()), so that the same file imported again changes
 * nothing.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "mbc-accessible.h"
#include "mbc-diary-csv.h"
#include "mbc-diary-summary-dialog.h"
#include "mbc-diary-view-private.h"

/* A CSV file bigger than this is not a diary: some 400 years of entries. */
#define MAX_IMPORT_BYTES (256 * 1024 * 1024)
/* The wrong rows told by line in the message; the others are counted. */
#define MAX_PROBLEMS_TOLD 8

static GtkWindow *
parent_window (MbcDiaryView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static void
show_toast (MbcDiaryView *self,
            const char   *title)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "win.toast", "s", title);
}

static void
tell (MbcDiaryView *self,
      const char   *heading,
      const char   *body)
{
  GtkWidget *dialog = adw_message_dialog_new (parent_window (self), heading, body);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_OK"));
  mbc_accessible_mend (dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
summary_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  MbcDiaryView *self = MBC_DIARY_VIEW (widget);
  MbcDiarySummaryDialog *dialog;

  if (self->diary == NULL || self->settings == NULL)
    return;

  dialog = mbc_diary_summary_dialog_new (self->diary, self->questions, self->settings);
  gtk_window_set_transient_for (GTK_WINDOW (dialog), parent_window (self));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Export */

/* Writes the whole diary, oldest first, as CSV to @file. */
gboolean
_mbc_diary_view_export (MbcDiaryView  *self,
                        GFile         *file,
                        GError       **error)
{
  GListModel *model = G_LIST_MODEL (self->diary);
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *text = NULL;
  gsize length = 0;

  for (guint i = g_list_model_get_n_items (model); i > 0; i--)
    g_ptr_array_add (entries, g_list_model_get_item (model, i - 1));

  text = mbc_diary_csv_write (entries, &length);

  /* Replaced whole or not at all: a file kept before is never left half
   * written over.
   */
  return g_file_replace_contents (file, text, length, NULL, FALSE,
                                  G_FILE_CREATE_PRIVATE | G_FILE_CREATE_REPLACE_DESTINATION,
                                  NULL, NULL, error);
}

static void
export_response_cb (GtkNativeDialog *chooser,
                    int              response,
                    MbcDiaryView    *self)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_object_unref (chooser);

  if (file == NULL || self->diary == NULL)
    return;

  if (!_mbc_diary_view_export (self, file, &error))
    {
      tell (self, _("Your Diary Could Not Be Exported"), error->message);
      return;
    }

  show_toast (self, _("Diary exported"));
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  MbcDiaryView *self = MBC_DIARY_VIEW (widget);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *day = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *name = NULL;
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  if (self->diary == NULL)
    return;

  chooser = gtk_file_chooser_native_new (_("Export Your Diary"), parent_window (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), NULL);
  /* Translators: the name suggested for an exported diary; %s is the
   * day, as 2026-12-07. Keep ".csv".
   */
  name = g_strdup_printf (_("My Diary %s.csv"), day);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  gtk_file_filter_set_name (filter, _("CSV files"));
  gtk_file_filter_add_mime_type (filter, "text/csv");
  gtk_file_filter_add_pattern (filter, "*.csv");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect_object (chooser, "response", G_CALLBACK (export_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* Import */

/* The message for a file with wrong rows: each by its line, up to a few. */
static char *
dup_problems_text (GPtrArray *problems)
{
  g_autoptr(GString) text = g_string_new (NULL);

  g_string_append_printf (text,
                          g_dngettext (GETTEXT_PACKAGE,
                                       "Nothing was imported: %u row of the file cannot be read.",
                                       "Nothing was imported: %u rows of the file cannot be read.",
                                       problems->len),
                          problems->len);
  g_string_append (text, "\n");

  for (guint i = 0; i < problems->len && i < MAX_PROBLEMS_TOLD; i++)
    {
      MbcDiaryCsvProblem *problem = g_ptr_array_index (problems, i);

      g_string_append (text, "\n");
      /* Translators: one wrong row of an imported file; %u is its line,
       * %s what is wrong.
       */
      g_string_append_printf (text, _("Line %u: %s"), problem->line, problem->message);
    }
  if (problems->len > MAX_PROBLEMS_TOLD)
    {
      guint more = problems->len - MAX_PROBLEMS_TOLD;

      g_string_append (text, "\n\n");
      g_string_append_printf (text,
                              g_dngettext (GETTEXT_PACKAGE,
                                           "And %u more row.",
                                           "And %u more rows.",
                                           more),
                              more);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* Imports @file, all or nothing: sets how many entries were added and
 * how many were in the diary already, or returns FALSE with @error; for
 * a file with wrong rows, MBC_DIARY_CSV_ERROR_ROWS, and @problems holds
 * each (MbcDiaryCsvProblem).
 */
gboolean
_mbc_diary_view_import (MbcDiaryView  *self,
                        GFile         *file,
                        guint         *n_added,
                        guint         *n_known,
                        GPtrArray    **problems,
                        GError       **error)
{
  g_autofree char *text = NULL;
  gsize length = 0;
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GPtrArray) entries = NULL;

  *n_added = *n_known = 0;

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE, G_FILE_QUERY_INFO_NONE, NULL, error);
  if (info == NULL)
    return FALSE;
  if (g_file_info_get_size (info) > MAX_IMPORT_BYTES)
    {
      g_set_error (error, MBC_DIARY_CSV_ERROR, MBC_DIARY_CSV_ERROR_NOT_CSV,
                   _("The file is far too big to be a diary."));
      return FALSE;
    }
  if (!g_file_load_contents (file, NULL, &text, &length, NULL, error))
    return FALSE;

  entries = mbc_diary_csv_read (text, length, problems, error);
  if (entries == NULL)
    return FALSE;

  return mbc_diary_import (self->diary, entries, n_added, n_known, error);
}

static void
import_response_cb (GtkNativeDialog *chooser,
                    int              response,
                    MbcDiaryView    *self)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autofree char *title = NULL;
  guint n_added, n_known;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_object_unref (chooser);

  if (file == NULL || self->diary == NULL)
    return;

  if (!_mbc_diary_view_import (self, file, &n_added, &n_known, &problems, &error))
    {
      g_autofree char *body = NULL;

      if (problems != NULL && problems->len > 0)
        body = dup_problems_text (problems);
      tell (self, _("The File Could Not Be Imported"), body != NULL ? body : error->message);
      return;
    }

  if (n_added == 0 && n_known > 0)
    title = g_strdup (_("Everything in the file is in your diary already"));
  else if (n_added == 0)
    title = g_strdup (_("The file holds no entries"));
  else
    /* Translators: %u is how many entries were added to the diary. */
    title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "%u entry imported",
                                          "%u entries imported", n_added),
                             n_added);
  show_toast (self, title);
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  MbcDiaryView *self = MBC_DIARY_VIEW (widget);
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  if (self->diary == NULL || mbc_diary_get_read_only (self->diary))
    return;

  chooser = gtk_file_chooser_native_new (_("Import a Diary"), parent_window (self),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Import"), NULL);
  gtk_file_filter_set_name (filter, _("CSV files"));
  gtk_file_filter_add_mime_type (filter, "text/csv");
  gtk_file_filter_add_pattern (filter, "*.csv");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect_object (chooser, "response", G_CALLBACK (import_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

void
_mbc_diary_view_class_install_file_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "diary.summary", NULL, summary_action);
  gtk_widget_class_install_action (widget_class, "diary.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "diary.import", NULL, import_action);
}
