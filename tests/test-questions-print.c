/* test-questions-print.c: a person's questions on paper, in a PDF and as text
 *
 * The PDF is read back as a person would read the page, with pdftotext
 * from poppler-utils.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include "mbc-date.h"
#include "mbc-language.h"
#include "mbc-my-question-list.h"
#include "mbc-print-page.h"
#include "mbc-questions-print.h"
#include "mbc-test-util.h"

static MbcMyQuestion *
new_question (const char *text,
              const char *answer,
              gboolean    asked)
{
  MbcMyQuestion *question = mbc_my_question_new (text, NULL);

  mbc_my_question_set_answer (question, answer);
  mbc_my_question_set_asked (question, asked);

  return question;
}

static void
append_question (MbcMyQuestionList *list,
                 const char      *text,
                 const char      *answer,
                 gboolean         asked)
{
  g_autoptr(MbcMyQuestion) question = new_question (text, answer, asked);

  mbc_my_question_list_append (list, question);
}

/* Asked, with a two-line answer; not asked, with none; with quotes and
 * accents.
 */
static MbcMyQuestionList *
new_small_list (void)
{
  MbcMyQuestionList *list = mbc_my_question_list_new (NULL);

  append_question (list, "Where has my cancer spread?",
                   "To the bones and the liver.\nMore scans in March.", TRUE);
  append_question (list, "What are my treatment options?", "", FALSE);
  append_question (list, "What does \"metástasis ósea\" mean for María's plan?", "", FALSE);

  return list;
}

static char *
new_temp_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("mbc-print-XXXXXX", &error);

  g_assert_no_error (error);

  return dir;
}

/* The PDF's text, with each run of spaces made one, as the page reads. */
static char *
pdf_text (const char *path)
{
  const char *argv[] = { "pdftotext", "-layout", path, "-", NULL };
  g_autofree char *text = mbc_test_run_program (argv);
  g_autoptr(GRegex) spaces = g_regex_new ("[ \\t]+", 0, 0, NULL);

  return g_regex_replace_literal (spaces, text, -1, 0, " ", 0, NULL);
}

static char *
export (MbcMyQuestionList *list,
        const char      *dir,
        const char      *name)
{
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (dir, name, NULL);

  g_assert_true (mbc_questions_print_export_pdf (list, NULL, path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));

  return path;
}

static char *
today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return mbc_date_format (now);
}

static guint
count (const char *text,
       const char *part)
{
  guint n = 0;

  for (const char *found = strstr (text, part); found != NULL; found = strstr (found + 1, part))
    n++;

  return n;
}

static void
assert_holds (const char *text,
              const char *part)
{
  if (strstr (text, part) == NULL)
    g_error ("“%s” is not in the page:\n%s", part, text);
}

/* The page holds what the list holds, in the guide's language, with the
 * emergency number of the settings, or the default one when it is blank.
 */
static void
test_export (void)
{
  g_autoptr(MbcMyQuestionList) list = new_small_list ();
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autofree char *dir = new_temp_dir ();
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  g_autofree char *date = NULL;

  g_settings_set_string (settings, "emergency-number", "112");
  path = export (list, dir, "en.pdf");
  text = pdf_text (path);
  date = today ();

  assert_holds (text, "My Questions for My Visit");
  assert_holds (text, date);
  assert_holds (text, "1. Where has my cancer spread? ✓ (asked)");
  assert_holds (text, "To the bones and the liver.");
  assert_holds (text, "More scans in March.");
  assert_holds (text, "2. What are my treatment options?");
  assert_holds (text, "3. What does \"metástasis ósea\" mean for María's plan?");
  g_assert_cmpuint (count (text, "(asked)"), ==, 1);
  assert_holds (text, "Page 1 of 1");
  assert_holds (text, "This is not a diagnosis. In an emergency, call 112.");

  g_settings_set_string (settings, "emergency-number", "  ");
  g_assert_true (mbc_language_set ("es"));
  g_clear_pointer (&path, g_free);
  g_clear_pointer (&text, g_free);
  g_clear_pointer (&date, g_free);
  path = export (list, dir, "es.pdf");
  text = pdf_text (path);
  date = today ();

  assert_holds (text, "Mis preguntas para mi cita");
  assert_holds (text, date);
  g_assert_nonnull (strstr (date, " de "));
  assert_holds (text, "1. Where has my cancer spread? ✓ (ya hecha)");
  assert_holds (text, "Página 1 de 1");
  assert_holds (text, "Esto no es un diagnóstico. En una emergencia, llame al 911.");

  g_assert_true (mbc_language_set ("en"));
  g_settings_reset (settings, "emergency-number");
  mbc_test_remove_tree (dir);
  g_assert_finalize_object (g_steal_pointer (&list));
}

/* Sixty questions with long answers fill several pages: each page is
 * numbered out of the whole and carries the safety line, and no
 * question is lost or printed twice where a page breaks.
 */
static void
test_paginate (void)
{
  g_autoptr(MbcMyQuestionList) list = mbc_my_question_list_new (NULL);
  g_autofree char *dir = new_temp_dir ();
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  g_auto(GStrv) pages = NULL;
  const char *first;
  int n_pages;

  for (guint i = 1; i <= 60; i++)
    {
      g_autofree char *question = g_strdup_printf ("Question Q%03u about my care?", i);
      g_autoptr(GString) answer = g_string_new (NULL);

      for (guint j = 0; j < 1 + i % 7; j++)
        g_string_append (answer, "The care team explained this part at length, with the "
                                 "reasons, the choices and what happens next, so that it "
                                 "is written down to read again at home. ");
      if (i % 2 == 0)
        g_string_append_printf (answer, "\nEnd of answer A%03u.", i);
      append_question (list, question, answer->str, i % 3 == 0);
    }

  path = export (list, dir, "long.pdf");
  text = pdf_text (path);

  first = strstr (text, "Page 1 of ");
  g_assert_nonnull (first);
  n_pages = atoi (first + strlen ("Page 1 of "));
  g_test_message ("%d pages", n_pages);
  g_assert_cmpint (n_pages, >, 1);

  /* pdftotext ends each page with a form feed. */
  pages = g_strsplit (text, "\f", -1);
  g_assert_cmpuint (g_strv_length (pages), >=, n_pages);
  for (int i = 0; i < n_pages; i++)
    {
      g_autofree char *number = g_strdup_printf ("Page %d of %d", i + 1, n_pages);

      g_assert_cmpuint (count (pages[i], number), ==, 1);
      g_assert_cmpuint (count (pages[i], "This is not a diagnosis. In an emergency, call 911."),
                        ==, 1);
    }

  for (guint i = 1; i <= 60; i++)
    {
      g_autofree char *question = g_strdup_printf ("%u. Question Q%03u about my care?", i, i);
      g_autofree char *end = g_strdup_printf ("End of answer A%03u.", i);

      g_assert_cmpuint (count (text, question), ==, 1);
      g_assert_cmpuint (count (text, end), ==, i % 2 == 0 ? 1 : 0);
    }

  mbc_test_remove_tree (dir);
  g_assert_finalize_object (g_steal_pointer (&list));
}

static void
set_locale_env (const char *lc_all,
                const char *lc_paper,
                const char *lang)
{
  const char *names[] = { "LC_ALL", "LC_PAPER", "LANG" };
  const char *values[] = { lc_all, lc_paper, lang };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      if (values[i] != NULL)
        g_setenv (names[i], values[i], TRUE);
      else
        g_unsetenv (names[i]);
    }
}

static void
assert_paper (const char *expected)
{
  g_autoptr(GtkPaperSize) paper = mbc_print_page_dup_paper_size ();

  g_assert_cmpstr (gtk_paper_size_get_name (paper), ==, expected);
}

/* The paper is the one of the locale's region, whatever the guide's
 * language, and the PDF is of that size.
 */
static void
test_paper_size (void)
{
  g_autofree char *lc_all = g_strdup (g_getenv ("LC_ALL"));
  g_autofree char *lc_paper = g_strdup (g_getenv ("LC_PAPER"));
  g_autofree char *lang = g_strdup (g_getenv ("LANG"));
  g_autoptr(MbcMyQuestionList) list = new_small_list ();
  g_autofree char *dir = new_temp_dir ();

  set_locale_env (NULL, "es_MX.UTF-8", "es_ES.UTF-8");
  assert_paper (GTK_PAPER_NAME_LETTER);
  set_locale_env (NULL, NULL, "es_ES.UTF-8");
  assert_paper (GTK_PAPER_NAME_A4);
  set_locale_env (NULL, NULL, "es_MX.UTF-8");
  assert_paper (GTK_PAPER_NAME_LETTER);
  set_locale_env (NULL, "es_ES.UTF-8", "en_US.UTF-8");
  assert_paper (GTK_PAPER_NAME_A4);
  set_locale_env (NULL, NULL, "en_US");
  assert_paper (GTK_PAPER_NAME_LETTER);
  set_locale_env (NULL, NULL, "fr_CA.UTF-8@euro");
  assert_paper (GTK_PAPER_NAME_LETTER);
  set_locale_env (NULL, NULL, "en_GB.UTF-8");
  assert_paper (GTK_PAPER_NAME_A4);
  /* LC_ALL wins over the others, as in the C library. */
  set_locale_env ("es_CO.UTF-8", "es_ES.UTF-8", "es_ES.UTF-8");
  assert_paper (GTK_PAPER_NAME_LETTER);
  set_locale_env ("", "", "de_DE.UTF-8");
  assert_paper (GTK_PAPER_NAME_A4);
  set_locale_env (NULL, NULL, "C.UTF-8");
  assert_paper (gtk_paper_size_get_default ());

  {
    const char *mexico[] = { "pdfinfo", NULL, NULL };
    g_autofree char *path = NULL;
    g_autofree char *info = NULL;

    set_locale_env (NULL, "es_MX.UTF-8", "C.UTF-8");
    path = export (list, dir, "mx.pdf");
    mexico[1] = path;
    info = mbc_test_run_program (mexico);
    assert_holds (info, "612 x 792 pts (letter)");
  }

  {
    const char *spain[] = { "pdfinfo", NULL, NULL };
    g_autofree char *path = NULL;
    g_autofree char *info = NULL;

    set_locale_env (NULL, "es_ES.UTF-8", "C.UTF-8");
    path = export (list, dir, "es.pdf");
    spain[1] = path;
    info = mbc_test_run_program (spain);
    assert_holds (info, "(A4)");
  }

  set_locale_env (lc_all, lc_paper, lang);
  mbc_test_remove_tree (dir);
  g_assert_finalize_object (g_steal_pointer (&list));
}

static void
test_text (void)
{
  g_autoptr(MbcMyQuestionList) list = new_small_list ();
  g_autofree char *date = today ();
  g_autofree char *expected = NULL;
  g_autofree char *text = NULL;

  /* A blank line in an answer stays blank, and the spaces and lines
   * after it are left out.
   */
  append_question (list, "Anything else?", "Bring the diary.\n\nAnd the scans.\n  \n", TRUE);
  text = mbc_my_question_list_dup_text (list);
  expected = g_strdup_printf ("My Questions for My Visit\n"
                              "%s\n"
                              "\n"
                              "1. Where has my cancer spread? ✓ (asked)\n"
                              "   To the bones and the liver.\n"
                              "   More scans in March.\n"
                              "\n"
                              "2. What are my treatment options?\n"
                              "\n"
                              "3. What does \"metástasis ósea\" mean for María's plan?\n"
                              "\n"
                              "4. Anything else? ✓ (asked)\n"
                              "   Bring the diary.\n"
                              "\n"
                              "   And the scans.\n",
                              date);
  g_assert_cmpstr (text, ==, expected);

  g_assert_finalize_object (g_steal_pointer (&list));
}

static void
test_text_empty (void)
{
  g_autoptr(MbcMyQuestionList) list = mbc_my_question_list_new (NULL);
  g_autofree char *date = today ();
  g_autofree char *expected = g_strdup_printf ("My Questions for My Visit\n%s\n\nNo questions yet.\n",
                                               date);
  g_autofree char *text = mbc_my_question_list_dup_text (list);
  g_autofree char *dir = new_temp_dir ();
  g_autofree char *path = NULL;
  g_autofree char *page = NULL;

  g_assert_cmpstr (text, ==, expected);

  /* On paper, an empty list is a sheet to write questions on. */
  path = export (list, dir, "empty.pdf");
  page = pdf_text (path);
  assert_holds (page, "No questions yet. Write yours on the lines below.");
  assert_holds (page, "Page 1 of 1");

  mbc_test_remove_tree (dir);
  g_assert_finalize_object (g_steal_pointer (&list));
}

/* A folder that is not there: an error that says so, and no file. */
static void
test_export_error (void)
{
  g_autoptr(MbcMyQuestionList) list = new_small_list ();
  g_autofree char *dir = new_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "missing", "list.pdf", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_false (mbc_questions_print_export_pdf (list, NULL, path, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  mbc_test_remove_tree (dir);
  g_assert_finalize_object (g_steal_pointer (&list));
}

static GtkWindow *
find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) &&
          gtk_widget_get_visible (GTK_WIDGET (window)))
        return window;
    }

  return NULL;
}

static GtkWindow *
wait_for_toplevel (GType type)
{
  GtkWindow *window = NULL;

  for (guint i = 0; i < 300 && window == NULL; i++)
    {
      mbc_test_iterate (10);
      window = find_toplevel (type);
    }
  g_assert_nonnull (window);

  return window;
}

/* Save as PDF asks where, with a name that has today's date, and
 * writes the file there.
 */
static void
test_save_pdf (void)
{
  g_autoptr(MbcMyQuestionList) list = new_small_list ();
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *day = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *expected_name = g_strdup_printf ("my-questions-%s.pdf", day);
  g_autofree char *dir = new_temp_dir ();
  g_autofree char *path = g_build_filename (dir, expected_name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *contents = NULL;
  GtkWindow *parent = GTK_WINDOW (gtk_window_new ());
  GtkWindow *chooser;

  mbc_test_show_window (parent, 400, 300);
  mbc_questions_print_save_pdf (list, parent);
  chooser = wait_for_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG);
  g_assert_true (gtk_window_get_modal (chooser));
  name = gtk_file_chooser_get_current_name (GTK_FILE_CHOOSER (chooser));
  g_assert_cmpstr (name, ==, expected_name);
  g_assert_cmpint (gtk_file_chooser_get_action (GTK_FILE_CHOOSER (chooser)), ==,
                   GTK_FILE_CHOOSER_ACTION_SAVE);

  gtk_file_chooser_set_file (GTK_FILE_CHOOSER (chooser), file, &error);
  g_assert_no_error (error);
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_ACCEPT);
  for (guint i = 0; i < 300 && !g_file_test (path, G_FILE_TEST_EXISTS); i++)
    mbc_test_iterate (10);
  mbc_test_iterate (50);

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));
  g_assert_null (find_toplevel (ADW_TYPE_MESSAGE_DIALOG));

  mbc_test_close_window (parent);
  mbc_test_remove_tree (dir);
  g_assert_finalize_object (g_steal_pointer (&list));
}

/* Print shows the print dialog on the window; cancelling it prints
 * nothing and says nothing.
 */
static void
test_print_dialog (void)
{
  g_autoptr(MbcMyQuestionList) list = new_small_list ();
  GtkWindow *parent = GTK_WINDOW (gtk_window_new ());
  GtkWindow *dialog;
  GType print_dialog_type;

  mbc_test_show_window (parent, 400, 300);
  mbc_questions_print_run (list, parent);
  /* By name: its header is in the gtk4-unix-print package, which the
   * tests do not otherwise need.
   */
  print_dialog_type = g_type_from_name ("GtkPrintUnixDialog");
  g_assert_true (print_dialog_type != G_TYPE_INVALID);
  dialog = wait_for_toplevel (print_dialog_type);
  g_assert_true (gtk_window_get_transient_for (dialog) == parent);

  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_CANCEL);
  for (guint i = 0; i < 100 && find_toplevel (print_dialog_type) != NULL; i++)
    mbc_test_iterate (10);
  mbc_test_iterate (50);
  g_assert_null (find_toplevel (print_dialog_type));
  g_assert_null (find_toplevel (ADW_TYPE_MESSAGE_DIALOG));

  mbc_test_close_window (parent);
  g_assert_finalize_object (g_steal_pointer (&list));
}

int
main (int   argc,
      char *argv[])
{
  mbc_test_init (&argc, &argv);
  /* Only the print-to-file printer, so that no print server is asked. */
  g_object_set (gtk_settings_get_default (), "gtk-print-backends", "file", NULL);

  g_test_add_func ("/mbc/questions-print/export", test_export);
  g_test_add_func ("/mbc/questions-print/paginate", test_paginate);
  g_test_add_func ("/mbc/questions-print/paper-size", test_paper_size);
  g_test_add_func ("/mbc/questions-print/text", test_text);
  g_test_add_func ("/mbc/questions-print/text-empty", test_text_empty);
  g_test_add_func ("/mbc/questions-print/export-error", test_export_error);
  g_test_add_func ("/mbc/questions-print/save-pdf", test_save_pdf);
  g_test_add_func ("/mbc/questions-print/print-dialog", test_print_dialog);

  return g_test_run ();
}
