/* test-cups-print.c: printing for real, through a print server
 *
 * Every page goes through CUPS, as on a person's computer: a private
 * cupsd (mbc-test-cups.c) with one printer, the default, which keeps
 * each job's PDF. The job is read back as a person reads the paper: its
 * words with pdftotext, its pages and paper with pdfinfo, its QR codes
 * with zbarimg from a 200 dpi picture: a workstation's handout of a
 * site and of the questions, with no dialog, and at home the questions
 * and the diary's summary for a visit, from the print dialog with the
 * default printer chosen. Then the workstation's printer
 * fails in every way IT has seen one fail, and the person is told to ask
 * a member of staff, with no page left queued for the next person.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gtk/gtkunixprint.h>
#include <stdio.h>
#include <string.h>

#include "mbc-diary-print.h"
#include "mbc-diary.h"
#include "mbc-language.h"
#include "mbc-my-question.h"
#include "mbc-test-cups.h"
#include "mbc-test-pdf.h"
#include "mbc-test-util.h"
#include "mbc-window.h"

#define ASK_STAFF "Please ask a member of staff."

static GtkWidget *
find_action_button (GtkWidget  *root,
                    const char *action)
{
  if (GTK_IS_BUTTON (root) && gtk_widget_get_mapped (root) &&
      g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (root)), action) == 0)
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_action_button (child, action);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* Presses the button for @action, as a person would. */
static void
press (MbcWindow  *window,
       const char *action)
{
  GtkWidget *button = find_action_button (GTK_WIDGET (window), action);

  g_assert_nonnull (button);
  g_assert_true (gtk_widget_is_sensitive (button));
  gtk_widget_activate (button);
}

static MbcWindow *
open_workstation (MbcContent *content,
                  const char *language)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  MbcWindow *window;

  g_settings_set_boolean (settings, "kiosk-allow-printing", TRUE);
  window = mbc_test_open_window (content, 1100, 800);
  mbc_window_set_kiosk (window, TRUE);
  mbc_test_iterate (300);
  mbc_test_activate (window, "win.begin", language);
  mbc_test_iterate (300);
  mbc_test_activate (window, "win.show-site", "liver");
  for (guint i = 0; i < 50 && find_action_button (GTK_WIDGET (window), "site-page.print") == NULL;
       i++)
    mbc_test_iterate (100);

  return window;
}

static guint
count_message_dialogs (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      n += ADW_IS_MESSAGE_DIALOG (window);
    }

  return n;
}

/* Waits up to @seconds for the dialog that tells the person what went
 * wrong, checks what it says, and closes it.
 */
static void
assert_told (guint       seconds,
             const char *heading,
             const char *body)
{
  GtkWindow *dialog = NULL;

  for (guint i = 0; i < seconds * 10 && dialog == NULL; i++)
    {
      mbc_test_iterate (100);
      dialog = mbc_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
    }
  g_assert_nonnull (dialog);
  mbc_test_iterate (100);
  g_assert_cmpuint (count_message_dialogs (), ==, 1);
  g_assert_cmpstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (dialog)), ==, heading);
  g_assert_cmpstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)), ==, body);
  g_assert_true (g_str_has_suffix (body, ASK_STAFF));
  /* No print dialog: it would offer "Print to File" to a passer-by. */
  g_assert_null (mbc_test_find_toplevel (GTK_TYPE_PRINT_UNIX_DIALOG));
  gtk_window_destroy (dialog);
}

/* The page of a site, from a workstation, in Spanish on A4 and in
 * English on Letter: one page, its words and its codes.
 */
static void
test_site (gconstpointer data)
{
  const char *language = data;
  gboolean spanish = g_str_equal (language, "es");
  g_autoptr(MbcContent) content = NULL;
  MbcSite *site;
  g_autofree char *path = NULL;
  g_autofree char *page = NULL;
  MbcWindow *window;

  /* The paper of the locale's region, whatever the guide's language. */
  g_setenv ("LC_PAPER", spanish ? "es_ES.UTF-8" : "en_US.UTF-8", TRUE);
  g_assert_true (mbc_language_set (language));
  content = mbc_test_load_content ();
  site = mbc_content_find_site (content, "liver");
  g_assert_nonnull (site);

  window = open_workstation (content, language);
  press (window, "site-page.print");
  path = mbc_test_cups_wait_printed ();
  /* With no dialog, the toast is the sign that the page is coming. */
  g_assert_nonnull (mbc_test_wait_for_label (GTK_WIDGET (window),
                                             g_dgettext (GETTEXT_PACKAGE,
                                                         "Printing: take your page from the printer")));
  g_test_message ("%s", path);
  page = mbc_test_pdf_text (path);

  mbc_test_pdf_assert_pages (path, spanish ? "A4" : "letter");
  mbc_test_pdf_assert_holds (page, mbc_site_get_name (site));
  mbc_test_pdf_assert_holds (page, mbc_site_get_about (site));
  mbc_test_pdf_assert_holds (page, spanish ? "En una emergencia, llame al 911." : "In an emergency, call 911.");
  mbc_test_pdf_assert_handout_codes (path, content);

  /* Printed: nothing to tell, and nothing left queued. */
  mbc_test_iterate (600);
  g_assert_cmpuint (count_message_dialogs (), ==, 0);
  mbc_test_cups_wait_empty ();

  mbc_test_close_window (window);
  g_unsetenv ("LC_PAPER");
}

static void
append_question (MbcMyQuestionList *list,
                 const char        *text,
                 const char        *answer)
{
  g_autoptr(MbcMyQuestion) question = mbc_my_question_new (text, NULL);

  mbc_my_question_set_answer (question, answer);
  mbc_my_question_list_append (list, question);
}

/* The person's questions from a workstation: one page, with the help
 * lines' codes.
 */
static void
test_workstation_questions (void)
{
  g_autoptr(MbcContent) content = NULL;
  g_autoptr(MbcMyQuestionList) list = mbc_my_question_list_new (NULL);
  g_autofree char *path = NULL;
  g_autofree char *page = NULL;
  MbcWindow *window;

  g_setenv ("LC_PAPER", "es_MX.UTF-8", TRUE);
  g_assert_true (mbc_language_set ("en"));
  content = mbc_test_load_content ();
  window = open_workstation (content, "en");
  mbc_window_set_question_list (window, list);
  append_question (list, "Where has my cancer spread?", "The liver and two bones.");
  append_question (list, "Can I still travel in June?", "");
  mbc_test_activate (window, "win.view", "questions");
  mbc_test_iterate (200);

  press (window, "questions.print");
  path = mbc_test_cups_wait_printed ();
  page = mbc_test_pdf_text (path);
  /* Mexico prints on Letter. */
  mbc_test_pdf_assert_pages (path, "letter");
  mbc_test_pdf_assert_holds (page, "1. Where has my cancer spread?");
  mbc_test_pdf_assert_holds (page, "The liver and two bones.");
  mbc_test_pdf_assert_holds (page, "2. Can I still travel in June?");
  mbc_test_pdf_assert_handout_codes (path, content);
  mbc_test_iterate (600);
  g_assert_cmpuint (count_message_dialogs (), ==, 0);
  mbc_test_cups_wait_empty ();

  mbc_test_close_window (window);
  g_unsetenv ("LC_PAPER");
}

/* Waits for the print dialog to choose the computer's default printer,
 * as a person sees it there, and presses Print.
 */
static void
press_print_in_dialog (void)
{
  GtkWindow *dialog = NULL;
  GtkPrinter *printer = NULL;

  for (guint i = 0; i < 100 && printer == NULL; i++)
    {
      mbc_test_iterate (100);
      dialog = mbc_test_find_toplevel (GTK_TYPE_PRINT_UNIX_DIALOG);
      if (dialog != NULL)
        printer = gtk_print_unix_dialog_get_selected_printer (GTK_PRINT_UNIX_DIALOG (dialog));
    }
  g_assert_nonnull (printer);
  g_assert_cmpstr (gtk_printer_get_name (printer), ==, MBC_TEST_CUPS_PRINTER);
  g_assert_true (gtk_printer_is_default (printer));
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_OK);
}

/* At home, Print… shows the print dialog, with the computer's default
 * printer chosen; its Print button prints every page on it.
 */
static void
test_home_questions (void)
{
  g_autoptr(MbcContent) content = NULL;
  g_autoptr(MbcMyQuestionList) list = mbc_my_question_list_new (NULL);
  g_autofree char *path = NULL;
  g_autofree char *page = NULL;
  MbcWindow *window;

  g_setenv ("LC_PAPER", "es_ES.UTF-8", TRUE);
  g_assert_true (mbc_language_set ("en"));
  content = mbc_test_load_content ();
  window = mbc_test_open_window (content, 1100, 800);
  mbc_window_set_question_list (window, list);
  append_question (list, "What is the next scan for?", "To see how the treatment works.");
  mbc_test_activate (window, "win.view", "questions");
  mbc_test_iterate (200);

  press (window, "questions.print");
  press_print_in_dialog ();

  path = mbc_test_cups_wait_printed ();
  page = mbc_test_pdf_text (path);
  mbc_test_pdf_assert_pages (path, "A4");
  mbc_test_pdf_assert_holds (page, "1. What is the next scan for?");
  mbc_test_pdf_assert_holds (page, "To see how the treatment works.");
  mbc_test_iterate (300);
  g_assert_null (mbc_test_find_toplevel (GTK_TYPE_PRINT_UNIX_DIALOG));
  g_assert_cmpuint (count_message_dialogs (), ==, 0);
  mbc_test_cups_wait_empty ();

  mbc_test_close_window (window);
  g_unsetenv ("LC_PAPER");
}

#define DAY (24 * 60 * 60)

static gint64
days_ago (double days)
{
  return g_get_real_time () / G_USEC_PER_SEC - (gint64) (days * DAY);
}

static void
add_entry (MbcDiary     *diary,
           MbcDiaryKind  kind,
           const char   *sign_id,
           const char   *label,
           double        ago,
           int           severity)
{
  g_autoptr(MbcDiaryEntry) entry = mbc_diary_entry_new (kind, sign_id, label, days_ago (ago),
                                                        severity, MBC_DIARY_SCORE_NONE, NULL,
                                                        NULL);
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (mbc_diary_add (diary, entry, &error));
  g_assert_no_error (error);
}

/* The diary's summary for the next visit, from the print dialog at
 * home: one page, with the signs and the questions.
 */
static void
test_home_diary (void)
{
  g_autoptr(MbcContent) content = NULL;
  g_autoptr(MbcDiary) diary = mbc_diary_new (NULL);
  g_autoptr(MbcMyQuestionList) list = mbc_my_question_list_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *page = NULL;
  GtkWindow *parent;

  g_setenv ("LC_PAPER", "en_US.UTF-8", TRUE);
  g_assert_true (mbc_language_set ("en"));
  content = mbc_test_load_content ();
  mbc_diary_set_content (diary, content);
  g_assert_true (mbc_diary_load (diary, &error));
  g_assert_no_error (error);
  add_entry (diary, MBC_DIARY_KIND_SIGN, "bones-pain", "Bone pain", 10, 4);
  add_entry (diary, MBC_DIARY_KIND_SIGN, "bones-pain", "Bone pain", 2, 6);
  add_entry (diary, MBC_DIARY_KIND_OWN, NULL, "Tingling in my fingers", 3, 2);
  append_question (list, "Is the bone pain from the cancer or the treatment?", "");

  parent = GTK_WINDOW (gtk_window_new ());
  mbc_test_show_window (parent, 400, 300);
  mbc_diary_print_run (diary, list, days_ago (35), days_ago (0), parent);
  press_print_in_dialog ();

  path = mbc_test_cups_wait_printed ();
  page = mbc_test_pdf_text (path);
  mbc_test_pdf_assert_pages (path, "letter");
  mbc_test_pdf_assert_holds (page, "My Symptom Diary");
  mbc_test_pdf_assert_holds (page, "New pain in a bone or joint");
  mbc_test_pdf_assert_holds (page, "worst 6 of 10 · latest 6 of 10");
  mbc_test_pdf_assert_holds (page, "Tingling in my fingers — In my own words");
  mbc_test_pdf_assert_holds (page, "Is the bone pain from the cancer or the treatment?");
  mbc_test_iterate (300);
  g_assert_cmpuint (count_message_dialogs (), ==, 0);
  mbc_test_cups_wait_empty ();

  mbc_test_close_window (parent);
  g_assert_finalize_object (g_steal_pointer (&list));
  g_assert_finalize_object (g_steal_pointer (&diary));
  g_unsetenv ("LC_PAPER");
}

/* Presses Print on a site's page at a workstation whose printer has
 * failed, and checks what the person is told, within @seconds.
 */
static void
print_and_fail (guint       seconds,
                const char *heading,
                const char *body)
{
  g_autoptr(MbcContent) content = NULL;
  MbcWindow *window;

  g_assert_true (mbc_language_set ("en"));
  content = mbc_test_load_content ();
  window = open_workstation (content, "en");
  press (window, "site-page.print");
  assert_told (seconds, heading, body);
  mbc_test_close_window (window);
}

static void
test_no_printer (void)
{
  mbc_test_cups_run ("lpadmin", "-x", MBC_TEST_CUPS_PRINTER, NULL);
  print_and_fail (10, "No Printer Found",
                  "This computer has no printer ready. " ASK_STAFF);
  mbc_test_cups_wait_empty ();
  mbc_test_cups_add_printer ();
}

static void
test_stopped (void)
{
  mbc_test_cups_run ("cupsdisable", MBC_TEST_CUPS_PRINTER, NULL);
  print_and_fail (10, "The Printer Is Not Ready",
                  "This computer has no printer ready. " ASK_STAFF);
  mbc_test_cups_wait_empty ();
  mbc_test_cups_run ("cupsenable", MBC_TEST_CUPS_PRINTER, NULL);
}

static void
test_rejecting (void)
{
  mbc_test_cups_run ("cupsreject", MBC_TEST_CUPS_PRINTER, NULL);
  print_and_fail (10, "The Printer Is Not Ready",
                  "This computer has no printer ready. " ASK_STAFF);
  mbc_test_cups_wait_empty ();
  mbc_test_cups_run ("cupsaccept", MBC_TEST_CUPS_PRINTER, NULL);
}

/* A page the printer has not printed within the time limit (here two
 * seconds) is cancelled on the server, and the person is told.
 */
static void
test_pending (void)
{
  /* Every new job is held, as behind a jam that nobody clears. */
  mbc_test_cups_run ("lpadmin", "-p", MBC_TEST_CUPS_PRINTER,
                     "-o", "job-hold-until-default=indefinite", NULL);
  g_setenv ("MBC_PRINT_WAIT", "2", TRUE);
  print_and_fail (15, "The Page Could Not Be Printed",
                  "The printer did not print your page. " ASK_STAFF);
  mbc_test_cups_wait_empty ();
  g_unsetenv ("MBC_PRINT_WAIT");
  mbc_test_cups_run ("lpadmin", "-p", MBC_TEST_CUPS_PRINTER,
                     "-o", "job-hold-until-default=no-hold", NULL);
}

/* Start Over cancels the last person's page still queued, and tells the
 * next person nothing about it.
 */
static void
test_start_over (void)
{
  g_autoptr(MbcContent) content = NULL;
  g_autoptr(MbcMyQuestionList) next = mbc_my_question_list_new (NULL);
  g_autofree char *queue = NULL;
  MbcWindow *window;

  mbc_test_cups_run ("lpadmin", "-p", MBC_TEST_CUPS_PRINTER,
                     "-o", "job-hold-until-default=indefinite", NULL);
  g_assert_true (mbc_language_set ("en"));
  content = mbc_test_load_content ();
  window = open_workstation (content, "en");
  press (window, "site-page.print");
  for (guint i = 0; i < 100; i++)
    {
      g_free (queue);
      queue = mbc_test_cups_dup_queue ();
      if (*queue != '\0')
        break;
      mbc_test_iterate (100);
    }
  g_assert_true (g_str_has_prefix (queue, MBC_TEST_CUPS_PRINTER "-"));
  /* The guide has found the job on the server. */
  mbc_test_iterate (1000);

  mbc_window_start_over (window, content, NULL, next);
  mbc_test_cups_wait_empty ();
  mbc_test_iterate (500);
  g_assert_cmpuint (count_message_dialogs (), ==, 0);

  mbc_test_close_window (window);
  g_assert_finalize_object (g_steal_pointer (&next));
  mbc_test_cups_run ("lpadmin", "-p", MBC_TEST_CUPS_PRINTER,
                     "-o", "job-hold-until-default=no-hold", NULL);
}

/* The print server is not running: GTK never finishes looking for a
 * printer, and the guide stops waiting (here after two seconds).
 */
static void
test_server_down (void)
{
  mbc_test_cups_stop ();
  g_setenv ("MBC_PRINTER_WAIT", "2", TRUE);
  print_and_fail (15, "No Printer Found",
                  "This computer has no printer ready. " ASK_STAFF);
  g_unsetenv ("MBC_PRINTER_WAIT");
  mbc_test_cups_start ();
  mbc_test_cups_wait_empty ();
}

/* GTK's printers of CUPS ask colord, on the system bus, for their colour
 * profiles, and warn when it is not there, as on a test machine; the
 * page prints the same without. That warning alone is not fatal.
 */
static GLogWriterOutput
log_writer (GLogLevelFlags   level,
            const GLogField *fields,
            gsize            n_fields,
            gpointer         data)
{
  for (gsize i = 0; i < n_fields; i++)
    if (g_str_equal (fields[i].key, "MESSAGE") && fields[i].length < 0 &&
        strstr (fields[i].value, "failed to contact colord") != NULL)
      return g_log_writer_standard_streams (level, fields, n_fields, data);

  return g_log_writer_default (level, fields, n_fields, data);
}

typedef struct
{
  GTestDataFunc  func;
  gconstpointer  data;
} Apart;

/* Runs a test in a process of its own, which asks the parent's print
 * server. GLib keeps its first table of quarks once more than 2048
 * exist (on purpose, for lookups without a lock), and LeakSanitizer
 * reports it as a leak: the guide's content, its window and GTK's
 * printing together come near that mark in one process.
 */
static void
run_apart (gconstpointer data)
{
  const Apart *apart = data;

  if (!g_test_subprocess ())
    {
      g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDOUT |
                                       G_TEST_SUBPROCESS_INHERIT_STDERR);
      g_test_trap_assert_passed ();
      return;
    }

  apart->func (apart->data);
}

static void
run_func (gconstpointer data)
{
  ((GTestFunc) data) ();
}

static const Apart site_spanish = { test_site, "es" };
static const Apart site_english = { test_site, "en" };
#define APART(func) (&(const Apart) { run_func, (gconstpointer) func })

int
main (int   argc,
      char *argv[])
{
  g_autofree char *why_not = mbc_test_cups_why_not ();
  gboolean subprocess = FALSE;
  int status;

  if (why_not != NULL)
    {
      /* TAP's way to skip a whole program, which meson shows as SKIP. */
      printf ("1..0 # SKIP %s\n", why_not);
      return 0;
    }

  /* Run by hand, outside meson: the server's folder goes beside the
   * program, in the build folder.
   */
  if (g_getenv ("G_TEST_BUILDDIR") == NULL)
    {
      g_autofree char *dir = g_path_get_dirname (argv[0]);
      g_autofree char *absolute = g_canonicalize_filename (dir, NULL);

      g_setenv ("G_TEST_BUILDDIR", absolute, TRUE);
    }

  /* Before anything asks the print server: no printer or server of
   * whoever runs the tests is used.
   */
  g_setenv ("HOME", g_getenv ("G_TEST_BUILDDIR"), TRUE);
  g_unsetenv ("LPDEST");
  g_unsetenv ("PRINTER");
  g_unsetenv ("LC_PAPER");
  for (int i = 1; i < argc && !subprocess; i++)
    subprocess = g_str_equal (argv[i], "--GTestSubprocess");
  if (subprocess)
    mbc_test_cups_attach ();
  else
    mbc_test_cups_start ();

  g_log_set_writer_func (log_writer, NULL, NULL);
  mbc_test_init (&argc, &argv);
  g_object_set (gtk_settings_get_default (), "gtk-print-backends", "cups,file", NULL);

  g_test_add_data_func ("/mbc/cups-print/site/spanish", &site_spanish, run_apart);
  g_test_add_data_func ("/mbc/cups-print/site/english", &site_english, run_apart);
  g_test_add_data_func ("/mbc/cups-print/workstation-questions",
                        APART (test_workstation_questions), run_apart);
  g_test_add_data_func ("/mbc/cups-print/home-questions", APART (test_home_questions), run_apart);
  g_test_add_data_func ("/mbc/cups-print/home-diary", APART (test_home_diary), run_apart);
  g_test_add_data_func ("/mbc/cups-print/no-printer", APART (test_no_printer), run_apart);
  g_test_add_data_func ("/mbc/cups-print/stopped", APART (test_stopped), run_apart);
  g_test_add_data_func ("/mbc/cups-print/rejecting", APART (test_rejecting), run_apart);
  g_test_add_data_func ("/mbc/cups-print/pending", APART (test_pending), run_apart);
  g_test_add_data_func ("/mbc/cups-print/start-over", APART (test_start_over), run_apart);
  /* In this process, which started the server and stops it. */
  g_test_add_func ("/mbc/cups-print/server-down", test_server_down);

  status = g_test_run ();
  if (!subprocess)
    mbc_test_cups_remove ();

  return status;
}
