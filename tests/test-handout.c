/* test-handout.c: the one page a person takes home from a workstation
 *
 * Each page is written as a PDF, as a printer would get it, and read
 * back as a person would read it: its text with pdftotext, its pages
 * with pdfinfo, and its QR codes with zbarimg from a 200 dpi picture,
 * the way a phone's camera would see the paper.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <gtk/gtkunixprint.h>
#include <string.h>

#include "mbc-handout.h"
#include "mbc-language.h"
#include "mbc-my-question.h"
#include "mbc-symptom.h"
#include "mbc-test-pdf.h"
#include "mbc-test-util.h"
#include "mbc-urgency.h"
#include "mbc-window.h"

static char *folder;

static char *
export (GtkPrintOperation *handout,
        const char        *name)
{
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (folder, name, NULL);

  gtk_print_operation_set_export_filename (handout, path);
  g_assert_cmpint (gtk_print_operation_run (handout, GTK_PRINT_OPERATION_ACTION_EXPORT, NULL,
                                            &error),
                   ==, GTK_PRINT_OPERATION_RESULT_APPLY);
  g_assert_no_error (error);

  return path;
}

/* Every site, in the language shown: its name, its text, every symptom
 * under the title of its tier with that tier's advice, the sources, the
 * safety line, on one page.
 */
static void
test_sites (gconstpointer data)
{
  const char *language = data;
  g_autoptr(MbcContent) content = NULL;
  GListModel *sites;

  g_assert_true (mbc_language_set (language));
  content = mbc_test_load_content ();
  sites = mbc_content_get_sites (content);

  for (guint i = 0; i < g_list_model_get_n_items (sites); i++)
    {
      g_autoptr(MbcSite) site = g_list_model_get_item (sites, i);
      g_autoptr(GtkPrintOperation) handout = mbc_handout_new_for_site (content, site);
      g_autofree char *name = g_strdup_printf ("%s-%s.pdf", mbc_site_get_id (site), language);
      g_autofree char *path = export (handout, name);
      g_autofree char *page = mbc_test_pdf_text (path);
      GListModel *symptoms = mbc_site_get_symptoms (site);

      g_test_message ("%s", path);
      mbc_test_pdf_assert_pages (path, NULL);
      mbc_test_pdf_assert_holds (page, mbc_site_get_name (site));
      mbc_test_pdf_assert_holds (page, mbc_site_get_about (site));
      mbc_test_pdf_assert_holds (page, g_str_equal (language, "es") ? "En una emergencia, llame al 911."
                                                       : "In an emergency, call 911.");
      mbc_test_pdf_assert_holds (page, g_str_equal (language, "es") ? "Fuentes: " : "Sources: ");

      for (guint j = 0; j < g_list_model_get_n_items (symptoms); j++)
        {
          g_autoptr(MbcSymptom) symptom = g_list_model_get_item (symptoms, j);
          MbcUrgency urgency = mbc_symptom_get_urgency (symptom);
          g_autofree char *tier = g_strconcat (mbc_urgency_get_title (urgency), " ",
                                               mbc_urgency_get_advice (urgency), NULL);
          const char *at_tier = strstr (page, tier);

          mbc_test_pdf_assert_holds (page, tier);
          mbc_test_pdf_assert_holds (page, mbc_symptom_get_text (symptom));
          /* Under its own tier: after its title, and before the next one's. */
          g_assert_true (strstr (page, mbc_symptom_get_text (symptom)) > at_tier);
        }

      /* Two sites' codes are read: the same help lines are on every page. */
      if (i < 2)
        mbc_test_pdf_assert_handout_codes (path, content);
    }
}

static void
append_question (MbcMyQuestionList *list,
                 const char      *text,
                 const char      *answer,
                 gboolean         asked)
{
  g_autoptr(MbcMyQuestion) question = mbc_my_question_new (text, NULL);

  mbc_my_question_set_answer (question, answer);
  mbc_my_question_set_asked (question, asked);
  mbc_my_question_list_append (list, question);
}

/* The person's questions, numbered, with the answers they wrote and a
 * tick on those they asked; with none, a sheet to write them on.
 */
static void
test_questions (void)
{
  g_autoptr(MbcContent) content = NULL;
  g_autoptr(MbcMyQuestionList) list = mbc_my_question_list_new (NULL);
  g_autoptr(GtkPrintOperation) empty = NULL;
  g_autoptr(GtkPrintOperation) handout = NULL;
  g_autofree char *empty_path = NULL;
  g_autofree char *empty_page = NULL;
  g_autofree char *path = NULL;
  g_autofree char *page = NULL;

  g_assert_true (mbc_language_set ("en"));
  content = mbc_test_load_content ();

  empty = mbc_handout_new_for_questions (content, list);
  empty_path = export (empty, "no-questions.pdf");
  empty_page = mbc_test_pdf_text (empty_path);
  mbc_test_pdf_assert_pages (empty_path, NULL);
  mbc_test_pdf_assert_holds (empty_page, "My Questions for My Visit");
  mbc_test_pdf_assert_holds (empty_page, "No questions yet. Write yours on the lines below.");
  mbc_test_pdf_assert_handout_codes (empty_path, content);

  append_question (list, "Where has my cancer spread?", "To the bones.\nMore scans in March.", TRUE);
  append_question (list, "What are my treatment options?", "", FALSE);
  append_question (list, "What does \"metástasis ósea\" mean for María?", "", FALSE);
  handout = mbc_handout_new_for_questions (content, list);
  path = export (handout, "questions.pdf");
  page = mbc_test_pdf_text (path);

  mbc_test_pdf_assert_pages (path, NULL);
  mbc_test_pdf_assert_holds (page, "1. Where has my cancer spread? ✓ (asked)");
  mbc_test_pdf_assert_holds (page, "To the bones. More scans in March.");
  mbc_test_pdf_assert_holds (page, "2. What are my treatment options?");
  mbc_test_pdf_assert_holds (page, "3. What does \"metástasis ósea\" mean for María?");
  g_assert_null (strstr (page, "No questions yet"));
  g_assert_null (strstr (page, "This page holds"));
  mbc_test_pdf_assert_handout_codes (path, content);
}

/* More questions than a page can hold: still one page, each question
 * on it whole, and a line that says how many are there.
 */
static void
test_long_list (void)
{
  g_autoptr(MbcContent) content = NULL;
  g_autoptr(MbcMyQuestionList) list = mbc_my_question_list_new (NULL);
  g_autoptr(GtkPrintOperation) handout = NULL;
  g_autoptr(GRegex) holds = g_regex_new ("This page holds the first ([0-9]+) of your 60 questions\\.",
                                         0, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  g_autofree char *path = NULL;
  g_autofree char *page = NULL;
  g_autofree char *first_number = NULL;
  guint64 shown;

  g_assert_true (mbc_language_set ("en"));
  content = mbc_test_load_content ();

  for (guint i = 1; i <= 60; i++)
    {
      g_autofree char *text = g_strdup_printf ("Question number %u, about my care?", i);

      append_question (list, text, i % 3 == 0 ? "An answer I wrote down." : "", FALSE);
    }

  handout = mbc_handout_new_for_questions (content, list);
  path = export (handout, "long.pdf");
  page = mbc_test_pdf_text (path);
  mbc_test_pdf_assert_pages (path, NULL);

  g_assert_true (g_regex_match (holds, page, 0, &match));
  first_number = g_match_info_fetch (match, 1);
  shown = g_ascii_strtoull (first_number, NULL, 10);
  g_test_message ("%" G_GUINT64_FORMAT " of 60 questions on the page", shown);
  g_assert_cmpuint (shown, >=, 20);
  g_assert_cmpuint (shown, <, 60);

  for (guint i = 1; i <= 60; i++)
    {
      g_autofree char *text = g_strdup_printf ("%u. Question number %u, about my care?", i, i);

      g_assert_true ((strstr (page, text) != NULL) == (i <= shown));
    }
  mbc_test_pdf_assert_handout_codes (path, content);
}

/* The hospital's own help lines come first on the page. */
static void
test_hospital_first (void)
{
  g_autofree char *pack = g_dir_make_tmp ("mbc-handout-pack-XXXXXX", NULL);
  g_autoptr(MbcContent) content = NULL;
  g_autoptr(MbcSite) site = NULL;
  g_autoptr(GtkPrintOperation) handout = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *page = NULL;
  g_auto(GStrv) codes = NULL;

  g_assert_nonnull (pack);
  mbc_test_write_file (pack, "resources.json",
                       "{\n"
                       "  \"resources\": [\n"
                       "    {\n"
                       "      \"id\": \"city-nurse-line\",\n"
                       "      \"name\": \"City Hospital nurse line\",\n"
                       "      \"description\": \"Nurses answer questions about your treatment.\",\n"
                       "      \"phone\": \"555-0100\",\n"
                       "      \"website\": \"https://hospital.example/nurses\",\n"
                       "      \"languages\": [\"en\", \"es\"],\n"
                       "      \"sources\": [\"acs-helpline\"]\n"
                       "    }\n"
                       "  ]\n"
                       "}\n");
  g_setenv ("MBC_LOCAL_CONTENT_DIR", pack, TRUE);
  g_assert_true (mbc_language_set ("en"));
  content = mbc_content_new_default_with_local (&error, &local_error);
  g_setenv ("MBC_LOCAL_CONTENT_DIR", "", TRUE);
  g_assert_no_error (error);
  g_assert_no_error (local_error);

  site = mbc_content_find_site (content, "liver");
  g_assert_nonnull (site);
  g_object_ref (site);
  handout = mbc_handout_new_for_site (content, site);
  path = export (handout, "hospital.pdf");
  page = mbc_test_pdf_text (path);
  mbc_test_pdf_assert_holds (page, "City Hospital nurse line 555-0100");
  mbc_test_pdf_assert_handout_codes (path, content);

  codes = mbc_test_pdf_scan (path);
  g_assert_true (g_strv_contains ((const char * const *) codes, "https://hospital.example/nurses"));

  mbc_test_remove_tree (pack);
}

static gboolean
has_toplevel_titled (GType       type,
                     const char *heading)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) &&
          (heading == NULL || mbc_test_find_label (GTK_WIDGET (window), heading) != NULL))
        return TRUE;
    }

  return FALSE;
}

static void
close_dialogs (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = g_list_model_get_n_items (toplevels); i > 0; i--)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i - 1);

      if (ADW_IS_MESSAGE_DIALOG (window))
        gtk_window_destroy (window);
    }
}

/* Presses @button as a person would, and waits for the answer of a
 * machine with no printer: a dialog that says so, and no print dialog
 * (it would offer "Print to File").
 */
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

static void
press_print (GtkWidget *button)
{
  g_assert_true (gtk_widget_is_sensitive (button));
  gtk_widget_activate (button);

  for (guint i = 0; i < 120 && !has_toplevel_titled (ADW_TYPE_MESSAGE_DIALOG, NULL); i++)
    mbc_test_iterate (100);
  mbc_test_iterate (200);

  g_assert_true (has_toplevel_titled (ADW_TYPE_MESSAGE_DIALOG, "No Printer Found"));
  g_assert_cmpuint (count_message_dialogs (), ==, 1);
  g_assert_false (has_toplevel_titled (GTK_TYPE_PRINT_UNIX_DIALOG, NULL));
  close_dialogs ();
}

static MbcWindow *
open_workstation (MbcContent *content,
                  gboolean    kiosk,
                  gboolean    printing)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  MbcWindow *window;

  g_settings_set_boolean (settings, "kiosk-allow-printing", printing);
  window = mbc_test_open_window (content, 1100, 800);
  if (kiosk)
    {
      /* The workstation's start page: the person picks a language. */
      mbc_window_set_kiosk (window, TRUE);
      mbc_test_iterate (300);
      g_assert_nonnull (mbc_test_find_label (GTK_WIDGET (window), "Español"));
      mbc_test_activate (window, "win.begin", "en");
      mbc_test_iterate (300);
    }
  mbc_test_activate (window, "win.show-site", "liver");
  /* The first window of a run takes a while to build the site's page. */
  for (guint i = 0; i < 50 && mbc_test_find_label (GTK_WIDGET (window), "Liver") == NULL; i++)
    mbc_test_iterate (100);

  return window;
}

/* At a workstation that allows printing, each site's page and the
 * questions have a button that prints one page; elsewhere there is none.
 */
static void
test_buttons (void)
{
  g_autoptr(MbcContent) content = NULL;
  g_autoptr(MbcMyQuestionList) list = mbc_my_question_list_new (NULL);
  MbcWindow *window;
  GtkWidget *button;

  g_assert_true (mbc_language_set ("en"));
  content = mbc_test_load_content ();

  window = open_workstation (content, TRUE, TRUE);
  g_assert_nonnull (mbc_test_find_label (GTK_WIDGET (window), "Liver"));
  button = mbc_test_find_label (GTK_WIDGET (window), "Print This Page");
  g_assert_nonnull (button);
  button = gtk_widget_get_ancestor (button, GTK_TYPE_BUTTON);
  g_assert_true (gtk_widget_get_width (button) >= 44 && gtk_widget_get_height (button) >= 44);
  press_print (button);

  mbc_window_set_question_list (window, list);
  append_question (list, "Where has my cancer spread?", "", FALSE);
  mbc_test_activate (window, "win.view", "questions");
  mbc_test_iterate (100);
  g_assert_null (mbc_test_find_label (GTK_WIDGET (window), "Print…"));
  g_assert_null (mbc_test_find_label (GTK_WIDGET (window), "Save as PDF…"));
  button = mbc_test_find_label (GTK_WIDGET (window), "Print a Page");
  g_assert_nonnull (button);
  press_print (gtk_widget_get_ancestor (button, GTK_TYPE_BUTTON));
  mbc_test_close_window (window);

  /* A workstation that does not allow it. */
  window = open_workstation (content, TRUE, FALSE);
  g_assert_nonnull (mbc_test_find_label (GTK_WIDGET (window), "Liver"));
  g_assert_null (mbc_test_find_label (GTK_WIDGET (window), "Print This Page"));
  mbc_test_close_window (window);

  /* At home. */
  window = open_workstation (content, FALSE, TRUE);
  g_assert_nonnull (mbc_test_find_label (GTK_WIDGET (window), "Liver"));
  g_assert_null (mbc_test_find_label (GTK_WIDGET (window), "Print This Page"));
  mbc_test_close_window (window);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  mbc_test_init (&argc, &argv);

  /* No print server here: the printers GTK finds are those of the
   * "file" backend, which the guide must never print to.
   */
  g_object_set (gtk_settings_get_default (), "gtk-print-backends", "file", NULL);

  folder = g_dir_make_tmp ("mbc-handout-XXXXXX", &error);
  g_assert_no_error (error);

  g_test_add_data_func ("/mbc/handout/sites/english", "en", test_sites);
  g_test_add_data_func ("/mbc/handout/sites/spanish", "es", test_sites);
  g_test_add_func ("/mbc/handout/questions", test_questions);
  g_test_add_func ("/mbc/handout/long-list", test_long_list);
  g_test_add_func ("/mbc/handout/hospital-first", test_hospital_first);
  g_test_add_func ("/mbc/handout/buttons", test_buttons);

  status = g_test_run ();

  if (g_getenv ("MBC_KEEP_HANDOUTS") == NULL)
    mbc_test_remove_tree (folder);
  else
    g_printerr ("The pages are in %s\n", folder);
  g_free (folder);

  return status;
}
