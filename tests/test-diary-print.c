/* test-diary-print.c: the diary's one-page summary, read back from the PDF
 *
 * The PDF is read as a person reads the page, with pdftotext and
 * pdfinfo from poppler-utils: the signs with their days, severities and
 * tiers, the flags in the sources' words, the notes, the questions not
 * yet asked, on one page of the locale's paper, whatever the diary
 * holds.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "mbc-date.h"
#include "mbc-diary-paper-chart.h"
#include "mbc-diary-print.h"
#include "mbc-diary.h"
#include "mbc-my-question-list.h"
#include "mbc-test-util.h"

#define DAY (24 * 60 * 60)

static gint64
days_ago (double days)
{
  return g_get_real_time () / G_USEC_PER_SEC - (gint64) (days * DAY);
}

static void
add (MbcDiary     *diary,
     MbcDiaryKind  kind,
     const char   *sign_id,
     const char   *label,
     double        ago,
     int           severity,
     const char   *note)
{
  g_autoptr(MbcDiaryEntry) entry = mbc_diary_entry_new (kind, sign_id, label, days_ago (ago),
                                                        severity, MBC_DIARY_SCORE_NONE, NULL, note);
  g_autoptr(GError) error = NULL;
  /* The diary's own, not ours. */
  MbcDiaryEntry *added = mbc_diary_add (diary, entry, &error);

  g_assert_no_error (error);
  g_assert_nonnull (added);
}

static MbcDiary *
new_diary (MbcContent *content)
{
  g_autoptr(GError) error = NULL;
  MbcDiary *diary = mbc_diary_new (NULL);

  mbc_diary_set_content (diary, content);
  g_assert_true (mbc_diary_load (diary, &error));
  g_assert_no_error (error);

  return diary;
}

/* A month of a diary: a call sign recorded for weeks and worse now, an
 * emergency sign, a sign to mention, a side effect, the person's own
 * words and how they felt.
 */
static void
add_month (MbcDiary *diary)
{
  add (diary, MBC_DIARY_KIND_SIGN, "bones-pain", "Bone pain", 30, 3,
       "Worse when I climb the stairs, “sharp” & sudden <b>");
  add (diary, MBC_DIARY_KIND_SIGN, "bones-pain", "Bone pain", 10, 4, NULL);
  add (diary, MBC_DIARY_KIND_SIGN, "bones-pain", "Bone pain", 2, 6, NULL);
  add (diary, MBC_DIARY_KIND_SIGN, "lungs-trouble-breathing", "Trouble breathing", 1, 7, NULL);
  add (diary, MBC_DIARY_KIND_SIGN, "whole-body-sleep", "Trouble sleeping", 5, 4, NULL);
  add (diary, MBC_DIARY_KIND_SIDE_EFFECT, NULL, "Nausea after chemo", 4, 5,
       "Ginger tea helped a little.");
  add (diary, MBC_DIARY_KIND_OWN, NULL, "Tingling in my fingers", 3, 2, NULL);
  add (diary, MBC_DIARY_KIND_OVERALL, NULL, "", 1.5, 6, NULL);
}

static MbcMyQuestionList *
new_questions (void)
{
  MbcMyQuestionList *list = mbc_my_question_list_new (NULL);
  const char *texts[] = { "Is the bone pain from the cancer or the treatment?",
                          "Can I change the time of my infusion?",
                          "Should I get the flu shot?" };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr(MbcMyQuestion) question = mbc_my_question_new (texts[i], NULL);

      mbc_my_question_set_asked (question, i == 2);
      mbc_my_question_list_append (list, question);
    }

  return list;
}

static char *
new_temp_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("mbc-diary-print-XXXXXX", &error);

  g_assert_no_error (error);

  return dir;
}

/* The page's text, each run of white space one space, as it reads:
 * a sentence is found even where the page wraps it.
 */
static char *
pdf_text (const char *path)
{
  const char *argv[] = { "pdftotext", path, "-", NULL };
  g_autofree char *text = mbc_test_run_program (argv);
  g_autoptr(GRegex) spaces = g_regex_new ("\\s+", 0, 0, NULL);

  return g_regex_replace_literal (spaces, text, -1, 0, " ", 0, NULL);
}

static char *
pdf_info (const char *path)
{
  const char *argv[] = { "pdfinfo", path, NULL };

  return mbc_test_run_program (argv);
}

static char *
export (MbcDiary          *diary,
        MbcMyQuestionList *questions,
        gint64             from,
        const char        *dir,
        const char        *name)
{
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (dir, name, NULL);

  g_assert_true (mbc_diary_print_export_pdf (diary, questions, from, days_ago (0), NULL, path,
                                             &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));

  return path;
}

static void
assert_holds (const char *text,
              const char *part)
{
  if (strstr (text, part) == NULL)
    g_error ("“%s” is not in the page:\n%s", part, text);
}

static void
assert_lacks (const char *text,
              const char *part)
{
  if (strstr (text, part) != NULL)
    g_error ("“%s” is in the page, and should not be:\n%s", part, text);
}

static void
assert_one_page (const char *info)
{
  g_autoptr(GRegex) pages = g_regex_new ("^Pages:\\s+1$", G_REGEX_MULTILINE, 0, NULL);

  if (!g_regex_match (pages, info, 0, NULL))
    g_error ("Not one page:\n%s", info);
}

/* Every word of the page but the safety line ends above the rule over
 * it: nothing runs into the foot of the page.
 */
static void
assert_body_above_footer (const char *path)
{
  const char *argv[] = { "pdftotext", "-bbox", path, "-", NULL };
  g_autofree char *html = mbc_test_run_program (argv);
  g_autoptr(GRegex) word = g_regex_new ("<word xMin=\"[0-9.]+\" yMin=\"([0-9.]+)\" "
                                        "xMax=\"[0-9.]+\" yMax=\"([0-9.]+)\">([^<]*)</word>",
                                        0, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  double footer = -1;
  double lowest = 0;

  for (g_regex_match (word, html, 0, &match); g_match_info_matches (match);
       g_match_info_next (match, NULL))
    {
      g_autofree char *top = g_match_info_fetch (match, 1);
      g_autofree char *text = g_match_info_fetch (match, 3);

      if (g_str_equal (text, "diagnosis."))
        footer = g_ascii_strtod (top, NULL);
    }
  g_assert_cmpfloat (footer, >, 0);
  g_clear_pointer (&match, g_match_info_free);

  for (g_regex_match (word, html, 0, &match); g_match_info_matches (match);
       g_match_info_next (match, NULL))
    {
      g_autofree char *top = g_match_info_fetch (match, 1);
      g_autofree char *bottom = g_match_info_fetch (match, 2);

      if (g_ascii_strtod (top, NULL) < footer - 1)
        lowest = MAX (lowest, g_ascii_strtod (bottom, NULL));
    }
  g_test_message ("The body ends at %.1f pt, the safety line begins at %.1f pt", lowest, footer);
  g_assert_cmpfloat (lowest, <, footer - 7);
}

static char *
day_text (double ago)
{
  g_autoptr(GDateTime) date = g_date_time_new_from_unix_local (days_ago (ago));

  return mbc_date_format (date);
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

/* Each sign with its tier, days and severities; the flags as the
 * sources state them, with the emergency number of the settings; the
 * notes; the questions not asked, and not the one asked; one page.
 */
static void
test_export (void)
{
  g_autoptr(MbcContent) content = mbc_test_load_content ();
  g_autoptr(MbcDiary) diary = new_diary (content);
  g_autoptr(MbcMyQuestionList) questions = new_questions ();
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autofree char *dir = new_temp_dir ();
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  g_autofree char *info = NULL;
  g_autofree char *from = day_text (35);
  g_autofree char *to = day_text (0);
  g_autofree char *span = g_strdup_printf ("From %s to %s", from, to);
  g_autofree char *first = day_text (30);
  g_autofree char *last = day_text (2);
  g_autofree char *bone_days = g_strdup_printf ("First day %s · last day %s 3 days recorded",
                                                first, last);
  g_autofree char *note_day = NULL;

  g_settings_set_string (settings, "emergency-number", "112");
  add_month (diary);
  path = export (diary, questions, days_ago (35), dir, "month.pdf");
  text = pdf_text (path);
  info = pdf_info (path);
  g_test_message ("%s", text);

  assert_one_page (info);
  assert_holds (text, "My Symptom Diary");
  assert_holds (text, span);
  assert_holds (text, "not a diagnosis. In an emergency, call 112.");

  assert_holds (text, "New pain in a bone or joint");
  assert_holds (text, "— Call your care team");
  assert_holds (text, bone_days);
  assert_holds (text, "worst 6 of 10 · latest 6 of 10");
  assert_holds (text, "Trouble breathing — Get help now");
  assert_holds (text, "1 day recorded · worst 7 of 10 · latest 7 of 10");
  assert_holds (text, "Trouble sleeping — Tell your care team at your next visit");
  assert_holds (text, "Nausea after chemo — Side effect of treatment");
  assert_holds (text, "Tingling in my fingers — In my own words");
  assert_holds (text, "How I felt overall — 0 = very poorly, 10 = very well");
  assert_holds (text, "1 day recorded · lowest 6 of 10 · latest 6 of 10");

  assert_holds (text, "Get help now: call 112, or get medical help right away.");
  assert_holds (text, "Worse than last time: call your care team the same day.");
  assert_holds (text, "Recorded on days more than two weeks apart and still there: tell your "
                      "care team.");
  g_assert_cmpuint (count (text, "Get help now: call"), ==, 1);
  g_assert_cmpuint (count (text, "Worse than last time"), ==, 1);
  g_assert_cmpuint (count (text, "two weeks apart"), ==, 1);

  /* The page says what the guide says, and reads nothing into it. */
  assert_lacks (text, "diagnos is");
  assert_lacks (text, "likely");
  assert_lacks (text, "progress");

  assert_holds (text, "My notes");
  note_day = day_text (30);
  {
    g_autofree char *note = g_strdup_printf ("%s · ", note_day);

    assert_holds (text, note);
  }
  assert_holds (text, "Worse when I climb the stairs, “sharp” & sudden <b>");
  assert_holds (text, "Ginger tea helped a little.");

  assert_holds (text, "My Questions");
  assert_holds (text, "1. Is the bone pain from the cancer or the treatment?");
  assert_holds (text, "2. Can I change the time of my infusion?");
  assert_lacks (text, "flu shot");

  /* The emergency sign and the flagged one come first. */
  g_assert_true (strstr (text, "Trouble breathing — Get help now") <
                 strstr (text, "Trouble sleeping —"));
  g_assert_true (strstr (text, "— Call your care team") < strstr (text, "Trouble sleeping —"));

  g_settings_reset (settings, "emergency-number");
  mbc_test_remove_tree (dir);
  g_assert_finalize_object (g_steal_pointer (&questions));
  g_assert_finalize_object (g_steal_pointer (&diary));
  g_assert_finalize_object (g_steal_pointer (&content));
}

/* A span with no entry says so; with no questions list, there is no
 * questions part.
 */
static void
test_empty (void)
{
  g_autoptr(MbcContent) content = mbc_test_load_content ();
  g_autoptr(MbcDiary) diary = new_diary (content);
  g_autofree char *dir = new_temp_dir ();
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  g_autofree char *info = NULL;

  add (diary, MBC_DIARY_KIND_OWN, NULL, "An old ache", 100, 3, "Long ago.");
  path = export (diary, NULL, days_ago (7), dir, "empty.pdf");
  text = pdf_text (path);
  info = pdf_info (path);

  assert_one_page (info);
  assert_holds (text, "My Symptom Diary");
  assert_holds (text, "Nothing was written in the diary in this time.");
  assert_lacks (text, "An old ache");
  assert_lacks (text, "Long ago.");
  assert_lacks (text, "My Questions");

  mbc_test_remove_tree (dir);
  g_assert_finalize_object (g_steal_pointer (&diary));
  g_assert_finalize_object (g_steal_pointer (&content));
}

/* Without the guide's content, a sign of the guide keeps the words it
 * was recorded with, and no tier is made up for it.
 */
static void
test_no_content (void)
{
  g_autoptr(MbcDiary) diary = new_diary (NULL);
  g_autofree char *dir = new_temp_dir ();
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;

  add (diary, MBC_DIARY_KIND_SIGN, "lungs-trouble-breathing", "Trouble breathing", 3, 7, NULL);
  path = export (diary, NULL, days_ago (7), dir, "no-content.pdf");
  text = pdf_text (path);

  assert_holds (text, "Trouble breathing — Sign from the guide");
  assert_holds (text, "1 day recorded · worst 7 of 10 · latest 7 of 10");
  assert_lacks (text, "Get help now");

  mbc_test_remove_tree (dir);
  g_assert_finalize_object (g_steal_pointer (&diary));
}

/* Far more than a page holds: still one page, the flagged and urgent
 * signs kept, the rest summed up, the newest notes kept, and long
 * notes cut short.
 */
static void
test_too_much (void)
{
  g_autoptr(MbcContent) content = mbc_test_load_content ();
  g_autoptr(MbcDiary) diary = new_diary (content);
  g_autoptr(MbcMyQuestionList) questions = mbc_my_question_list_new (NULL);
  g_autofree char *dir = new_temp_dir ();
  g_autofree char *lc_paper = g_strdup (g_getenv ("LC_PAPER"));
  const char *papers[] = { "en_US.UTF-8", "es_ES.UTF-8" };
  g_autoptr(GString) long_note = g_string_new (NULL);

  for (guint i = 0; i < 200; i++)
    g_string_append (long_note, "and then it hurt again ");
  g_string_append (long_note, "END-OF-LONG-NOTE");

  for (guint i = 0; i < 60; i++)
    {
      g_autofree char *label = g_strdup_printf ("My own sign S%02u", i);
      g_autofree char *note = g_strdup_printf ("Note N%02u about it.", i);

      add (diary, MBC_DIARY_KIND_OWN, NULL, label, 20 + i * 0.1, 3, note);
    }
  add (diary, MBC_DIARY_KIND_SIGN, "lungs-trouble-breathing", "Trouble breathing", 25, 8,
       long_note->str);
  add (diary, MBC_DIARY_KIND_SIGN, "bones-pain", "Bone pain", 28, 2, NULL);
  add (diary, MBC_DIARY_KIND_SIGN, "bones-pain", "Bone pain", 1, 5, NULL);
  for (guint i = 0; i < 50; i++)
    {
      g_autofree char *text_i = g_strdup_printf ("Question Q%02u about my care?", i);
      g_autoptr(MbcMyQuestion) question = mbc_my_question_new (text_i, NULL);

      mbc_my_question_list_append (questions, question);
    }

  /* Letter is the shorter paper. */
  for (guint i = 0; i < G_N_ELEMENTS (papers); i++)
    {
      g_autofree char *name = g_strdup_printf ("long-%u.pdf", i);
      g_autofree char *path = NULL;
      g_autofree char *text = NULL;
      g_autofree char *info = NULL;

      g_setenv ("LC_PAPER", papers[i], TRUE);
      path = export (diary, questions, days_ago (30), dir, name);
      text = pdf_text (path);
      info = pdf_info (path);
      g_test_message ("%s", text);

      assert_one_page (info);
      assert_body_above_footer (path);
      assert_holds (text, "Trouble breathing — Get help now");
      assert_holds (text, "Get help now: call 911");
      assert_holds (text, "— Call your care team");
      assert_holds (text, "Worse than last time: call your care team the same day.");
      assert_holds (text, "more signs, in the diary.");
      assert_holds (text, "older notes, in the diary.");
      assert_holds (text, "Question Q00 about my care?");
      assert_holds (text, "more questions, in My Questions.");
      assert_lacks (text, "Question Q49");
      assert_lacks (text, "END-OF-LONG-NOTE");
      assert_holds (text, "This is not a diagnosis. In an emergency, call 911.");
    }

  if (lc_paper != NULL)
    g_setenv ("LC_PAPER", lc_paper, TRUE);
  else
    g_unsetenv ("LC_PAPER");
  mbc_test_remove_tree (dir);
  g_assert_finalize_object (g_steal_pointer (&questions));
  g_assert_finalize_object (g_steal_pointer (&diary));
  g_assert_finalize_object (g_steal_pointer (&content));
}

static void
set_paper_env (const char *lc_paper)
{
  g_unsetenv ("LC_ALL");
  g_setenv ("LC_PAPER", lc_paper, TRUE);
}

/* A4 in Spain, Letter in the United States, as the questions print. */
static void
test_paper_size (void)
{
  g_autofree char *lc_all = g_strdup (g_getenv ("LC_ALL"));
  g_autofree char *lc_paper = g_strdup (g_getenv ("LC_PAPER"));
  g_autoptr(MbcContent) content = mbc_test_load_content ();
  g_autoptr(MbcDiary) diary = new_diary (content);
  g_autoptr(MbcMyQuestionList) questions = new_questions ();
  g_autofree char *dir = new_temp_dir ();
  const struct {
    const char *locale;
    const char *paper;
  } cases[] = {
    { "es_ES.UTF-8", "(A4)" },
    { "en_US.UTF-8", "612 x 792 pts (letter)" },
  };

  add_month (diary);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *name = g_strdup_printf ("%u.pdf", i);
      g_autofree char *path = NULL;
      g_autofree char *info = NULL;

      set_paper_env (cases[i].locale);
      path = export (diary, questions, days_ago (35), dir, name);
      info = pdf_info (path);
      assert_holds (info, cases[i].paper);
      assert_one_page (info);
      assert_holds (info, "My Symptom Diary");
    }

  if (lc_all != NULL)
    g_setenv ("LC_ALL", lc_all, TRUE);
  if (lc_paper != NULL)
    g_setenv ("LC_PAPER", lc_paper, TRUE);
  else
    g_unsetenv ("LC_PAPER");
  mbc_test_remove_tree (dir);
  g_assert_finalize_object (g_steal_pointer (&questions));
  g_assert_finalize_object (g_steal_pointer (&diary));
  g_assert_finalize_object (g_steal_pointer (&content));
}

/* A folder that is not there: an error that says so, and no file. */
static void
test_export_error (void)
{
  g_autoptr(MbcContent) content = mbc_test_load_content ();
  g_autoptr(MbcDiary) diary = new_diary (content);
  g_autofree char *dir = new_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "missing", "diary.pdf", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_false (mbc_diary_print_export_pdf (diary, NULL, 0, days_ago (0), NULL, path, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  mbc_test_remove_tree (dir);
  g_assert_finalize_object (g_steal_pointer (&diary));
  g_assert_finalize_object (g_steal_pointer (&content));
}

static GtkWindow *
wait_for_toplevel (GType type)
{
  GtkWindow *window = NULL;

  for (guint i = 0; i < 300 && window == NULL; i++)
    {
      mbc_test_iterate (10);
      window = mbc_test_find_toplevel (type);
    }
  g_assert_nonnull (window);

  return window;
}

/* Save as PDF asks where, with a name that has today's date, and
 * writes the page there.
 */
static void
test_save_pdf (void)
{
  g_autoptr(MbcContent) content = mbc_test_load_content ();
  g_autoptr(MbcDiary) diary = new_diary (content);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *day = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *expected_name = g_strdup_printf ("my-diary-%s.pdf", day);
  g_autofree char *dir = new_temp_dir ();
  g_autofree char *path = g_build_filename (dir, expected_name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *text = NULL;
  GtkWindow *parent = GTK_WINDOW (gtk_window_new ());
  GtkWindow *chooser;

  add_month (diary);
  mbc_test_show_window (parent, 400, 300);
  mbc_diary_print_save_pdf (diary, NULL, days_ago (35), days_ago (0), parent);
  chooser = wait_for_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG);
  g_assert_true (gtk_window_get_modal (chooser));
  name = gtk_file_chooser_get_current_name (GTK_FILE_CHOOSER (chooser));
  g_assert_cmpstr (name, ==, expected_name);

  gtk_file_chooser_set_file (GTK_FILE_CHOOSER (chooser), file, &error);
  g_assert_no_error (error);
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_ACCEPT);
  for (guint i = 0; i < 300 && !g_file_test (path, G_FILE_TEST_EXISTS); i++)
    mbc_test_iterate (10);
  mbc_test_iterate (50);

  text = pdf_text (path);
  assert_holds (text, "Trouble breathing — Get help now");
  g_assert_null (mbc_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));

  mbc_test_close_window (parent);
  mbc_test_remove_tree (dir);
  g_assert_finalize_object (g_steal_pointer (&diary));
  g_assert_finalize_object (g_steal_pointer (&content));
}

/* How dark the page is at (@x, @y), from 0 (white) to 255 (black). */
static int
darkness (cairo_surface_t *surface,
          int              x,
          int              y)
{
  unsigned char *data = cairo_image_surface_get_data (surface);
  guint32 pixel = *(guint32 *) (data + y * cairo_image_surface_get_stride (surface) + x * 4);

  return 255 - (int) (pixel & 0xff);
}

static cairo_surface_t *
draw_chart (MbcDiarySign *sign,
            gint64        from,
            gint64        to)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 100, 50);
  cairo_t *cr = cairo_create (surface);

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_set_antialias (cr, CAIRO_ANTIALIAS_NONE);
  mbc_diary_paper_chart_draw (cr, sign, from, to, 0, 0, 100, 50);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  return surface;
}

/* The chart has a bar for each day with an entry, as high as the day's
 * worst severity (for how the person felt overall, the lowest score),
 * a tick for a severity of 0, and nothing on a day with no entry.
 */
static void
test_chart (void)
{
  g_autoptr(GDateTime) start = g_date_time_new_local (2026, 6, 1, 0, 0, 0);
  gint64 from = g_date_time_to_unix (start);
  gint64 to = from + 10 * DAY - 1;
  const struct {
    int day;
    int severity;
  } marks[] = { { 0, 10 }, { 5, 5 }, { 5, 2 }, { 9, 0 } };
  MbcDiaryKind kinds[] = { MBC_DIARY_KIND_OWN, MBC_DIARY_KIND_OVERALL };

  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    {
      MbcDiarySign sign = { 0 };
      cairo_surface_t *surface;

      sign.kind = kinds[k];
      sign.entries = g_ptr_array_new_with_free_func (g_object_unref);
      for (guint i = 0; i < G_N_ELEMENTS (marks); i++)
        g_ptr_array_add (sign.entries,
                         mbc_diary_entry_new (kinds[k], NULL, "Ache",
                                              from + marks[i].day * DAY + DAY / 2,
                                              marks[i].severity, MBC_DIARY_SCORE_NONE, NULL, NULL));
      surface = draw_chart (&sign, from, to);

      /* Day 0, 10 of 10: a bar from the foot to the top. */
      g_assert_cmpint (darkness (surface, 5, 48), >, 128);
      g_assert_cmpint (darkness (surface, 5, 3), >, 128);
      /* Day 5: up to half its height, or a fifth for the lowest score. */
      g_assert_cmpint (darkness (surface, 55, 48), >, 128);
      g_assert_true ((darkness (surface, 55, 30) > 128) == (kinds[k] != MBC_DIARY_KIND_OVERALL));
      g_assert_cmpint (darkness (surface, 55, 20), <, 128);
      /* Day 9, 0 of 10: a tick on the foot. */
      g_assert_cmpint (darkness (surface, 95, 49), >, 128);
      g_assert_cmpint (darkness (surface, 95, 45), <, 128);
      /* Day 2, no entry: nothing but the light frame and the line at 5. */
      for (int y = 1; y < 49; y++)
        g_assert_cmpint (darkness (surface, 25, y), <, 128);

      cairo_surface_destroy (surface);
      g_ptr_array_unref (sign.entries);
    }
}

/* Print shows the print dialog on the window; cancelling it prints
 * nothing and says nothing.
 *
 * In a process of its own, with a diary that has no content: GLib keeps
 * its first table of quarks when more than 2048 exist (on purpose, for
 * lookups without a lock), which LeakSanitizer reports as a leak, and
 * the guide's content and GTK's print dialog together pass that mark.
 */
static void
test_print_dialog (void)
{
  g_autoptr(MbcDiary) diary = NULL;
  g_autoptr(MbcMyQuestionList) questions = NULL;
  GtkWindow *parent;
  GtkWindow *dialog;
  GType print_dialog_type;

  if (!g_test_subprocess ())
    {
      g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDOUT |
                                       G_TEST_SUBPROCESS_INHERIT_STDERR);
      g_test_trap_assert_passed ();
      return;
    }

  diary = new_diary (NULL);
  questions = new_questions ();
  add (diary, MBC_DIARY_KIND_OWN, NULL, "Tingling in my fingers", 3, 2, NULL);
  add (diary, MBC_DIARY_KIND_SIGN, "bones-pain", "Bone pain", 2, 6, NULL);
  parent = GTK_WINDOW (gtk_window_new ());
  mbc_test_show_window (parent, 400, 300);
  mbc_diary_print_run (diary, questions, days_ago (35), days_ago (0), parent);
  /* By name: its header is in the gtk4-unix-print package, which the
   * tests do not otherwise need.
   */
  print_dialog_type = g_type_from_name ("GtkPrintUnixDialog");
  g_assert_true (print_dialog_type != G_TYPE_INVALID);
  dialog = wait_for_toplevel (print_dialog_type);
  g_assert_true (gtk_window_get_transient_for (dialog) == parent);

  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_CANCEL);
  for (guint i = 0; i < 100 && mbc_test_find_toplevel (print_dialog_type) != NULL; i++)
    mbc_test_iterate (10);
  mbc_test_iterate (50);
  g_assert_null (mbc_test_find_toplevel (print_dialog_type));
  g_assert_null (mbc_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));

  mbc_test_close_window (parent);
  g_assert_finalize_object (g_steal_pointer (&questions));
  g_assert_finalize_object (g_steal_pointer (&diary));
}

int
main (int   argc,
      char *argv[])
{
  mbc_test_init (&argc, &argv);
  /* Only the print-to-file printer, so that no print server is asked. */
  g_object_set (gtk_settings_get_default (), "gtk-print-backends", "file", NULL);

  g_test_add_func ("/mbc/diary-print/chart", test_chart);
  g_test_add_func ("/mbc/diary-print/export", test_export);
  g_test_add_func ("/mbc/diary-print/empty", test_empty);
  g_test_add_func ("/mbc/diary-print/no-content", test_no_content);
  g_test_add_func ("/mbc/diary-print/too-much", test_too_much);
  g_test_add_func ("/mbc/diary-print/paper-size", test_paper_size);
  g_test_add_func ("/mbc/diary-print/export-error", test_export_error);
  g_test_add_func ("/mbc/diary-print/save-pdf", test_save_pdf);
  g_test_add_func ("/mbc/diary-print/print-dialog", test_print_dialog);

  return g_test_run ();
}
