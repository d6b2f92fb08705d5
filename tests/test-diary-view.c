/* test-diary-view.c: My Diary, used as a person would, by keyboard
 * and by its buttons, in the guide's window
 *
 * Runs inside a headless mutter (run-under-mutter.sh): the keys are
 * pressed through its remote desktop (mbc-test-seat.c), and go through
 * all of GTK's event handling, as a real keyboard's do.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <math.h>

#include <sqlite3.h>
#include <string.h>

#include "mbc-body-map.h"
#include "mbc-site.h"
#include "mbc-diary-entry-row.h"
#include "mbc-diary-record-dialog.h"
#include "mbc-diary-csv.h"
#include "mbc-diary-view-private.h"
#include "mbc-diary-timeline.h"
#include "mbc-diary-view.h"
#include "mbc-guide-view.h"
#include "mbc-test-seat.h"
#include "mbc-test-util.h"

#define DAY (24 * 60 * 60)

static MbcTestSeat *seat;

typedef struct
{
  MbcContent        *content;
  MbcWindow         *window;
  MbcDiary          *diary;
  MbcMyQuestionList *questions;
  GSettings         *settings;
  GtkWidget         *view;
  char              *folder;
} Fixture;

/* Gives the guide's window the diary and the list of questions, and
 * opens My Diary, as a person does.
 */
static void
show_view (Fixture *f)
{
  mbc_window_set_question_list (f->window, f->questions);
  mbc_window_set_diary (f->window, f->diary);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.view", "s", "diary"));
  f->view = mbc_test_find_type (GTK_WIDGET (f->window), MBC_TYPE_DIARY_VIEW);
  g_assert_nonnull (f->view);
  g_assert_true (mbc_diary_view_get_diary (MBC_DIARY_VIEW (f->view)) == f->diary);
  mbc_test_wait_frame (f->view);
  mbc_test_iterate (100);
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  f->content = mbc_test_load_content ();
  f->window = mbc_test_open_window (f->content, 1000, 800);
  if (data != NULL)
    {
      g_autofree char *path = NULL;
      g_autoptr(GFile) file = NULL;

      /* A diary kept in a file is read on a worker thread: until then it
       * is not loaded.
       */
      f->folder = g_dir_make_tmp ("mbc-diary-view-XXXXXX", NULL);
      path = g_build_filename (f->folder, "diary.sqlite3", NULL);
      file = g_file_new_for_path (path);
      f->diary = mbc_diary_new (file);
    }
  else
    {
      f->diary = mbc_diary_new (NULL);
    }
  mbc_diary_set_content (f->diary, f->content);
  f->questions = mbc_my_question_list_new (NULL);
  g_assert_true (mbc_my_question_list_load (f->questions, NULL));
  f->settings = g_settings_new (APP_ID);
  g_settings_set_string (f->settings, "emergency-number", "112");

  /* The test of the diary's loading starts with it unread. */
  if (data == NULL)
    {
      g_assert_true (mbc_diary_load (f->diary, NULL));
      show_view (f);
    }
}

static void
close_dialogs (void)
{
  GtkWindow *dialog;

  while ((dialog = mbc_test_find_toplevel (MBC_TYPE_DIARY_RECORD_DIALOG)) != NULL)
    gtk_window_destroy (dialog);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  close_dialogs ();
  mbc_test_close_window (f->window);
  g_settings_reset (f->settings, "emergency-number");
  g_assert_finalize_object (f->settings);
  g_assert_finalize_object (f->diary);
  g_assert_finalize_object (f->questions);
  g_assert_finalize_object (f->content);
  if (f->folder != NULL)
    mbc_test_remove_tree (f->folder);
  g_free (f->folder);
}

static void
click (GtkWidget *button)
{
  GtkWidget *window = GTK_WIDGET (gtk_widget_get_root (button));

  g_assert_true (mbc_test_is_showing (button));
  g_assert_true (gtk_widget_is_sensitive (button));
  g_assert_true (gtk_widget_activate (button));
  /* A button shows itself pressed for a moment before it acts. */
  mbc_test_iterate (300);
  mbc_test_wait_frame (window);
}

static GtkWidget *
button_with_label (GtkWidget  *root,
                   const char *text)
{
  GtkWidget *label = mbc_test_wait_for_label (root, text);

  g_test_message ("looking for the button “%s”", text);
  g_assert_nonnull (label);

  return gtk_widget_get_ancestor (label, GTK_TYPE_BUTTON);
}

static void
type_text (const char *text)
{
  for (const char *p = text; *p != '\0'; p++)
    {
      char key[2] = { *p, '\0' };

      g_assert_true (mbc_test_seat_press (seat, *p == ' ' ? "space" : key));
    }
}

/* The record dialog, once it has the keyboard. */
static MbcDiaryRecordDialog *
wait_for_dialog (void)
{
  GtkWindow *dialog = NULL;

  for (guint i = 0; i < 200 && dialog == NULL; i++)
    {
      mbc_test_iterate (10);
      dialog = mbc_test_find_toplevel (MBC_TYPE_DIARY_RECORD_DIALOG);
    }
  g_assert_nonnull (dialog);
  for (guint i = 0; i < 300 && !gtk_widget_get_mapped (GTK_WIDGET (dialog)); i++)
    mbc_test_iterate (10);
  mbc_test_wait_frame (GTK_WIDGET (dialog));
  g_assert_true (mbc_test_seat_wait_for_focus (seat, dialog));

  return MBC_DIARY_RECORD_DIALOG (dialog);
}

/* The dialog has closed, and the view shows what it did. */
static void
wait_for_no_dialog (Fixture *f)
{
  for (guint i = 0; i < 200 && mbc_test_find_toplevel (MBC_TYPE_DIARY_RECORD_DIALOG) != NULL; i++)
    mbc_test_iterate (10);
  g_assert_null (mbc_test_find_toplevel (MBC_TYPE_DIARY_RECORD_DIALOG));
  mbc_test_wait_frame (f->view);
  mbc_test_iterate (100);
}

static MbcDiaryEntry *
entry_at (Fixture *f,
          guint    position)
{
  g_autoptr(MbcDiaryEntry) entry = g_list_model_get_item (G_LIST_MODEL (f->diary), position);

  g_assert_nonnull (entry);

  return entry;
}

static MbcDiaryEntry *
add_entry (Fixture    *f,
           const char *sign_id,
           gint64      when,
           int         severity)
{
  g_autoptr(MbcDiaryEntry) entry = NULL;
  g_autoptr(GError) error = NULL;
  MbcDiaryEntry *added;

  entry = mbc_diary_entry_new (MBC_DIARY_KIND_SIGN, sign_id, NULL, when, severity,
                               MBC_DIARY_SCORE_NONE, NULL, NULL);
  added = mbc_diary_add (f->diary, entry, &error);
  g_assert_no_error (error);
  g_assert_nonnull (added);
  mbc_test_wait_frame (f->view);
  mbc_test_iterate (100);

  return added;
}

/* The timeline's row of @entry, on screen. */
static GtkWidget *
row_of (Fixture       *f,
        MbcDiaryEntry *entry)
{
  GtkWidget *list = mbc_test_find_type (f->view, MBC_TYPE_DIARY_TIMELINE);

  for (GtkWidget *child = gtk_widget_get_first_child (list);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *row = mbc_test_find_type (child, MBC_TYPE_DIARY_ENTRY_ROW);

      if (row != NULL && mbc_test_is_showing (row) &&
          mbc_diary_entry_row_get_entry (MBC_DIARY_ENTRY_ROW (row)) != NULL &&
          mbc_diary_entry_get_id (mbc_diary_entry_row_get_entry (MBC_DIARY_ENTRY_ROW (row))) ==
          mbc_diary_entry_get_id (entry))
        return row;
    }

  return NULL;
}

/* What a screen reader says for a button of @entry's row, such as
 * "Change: Trouble sleeping, 14:05".
 */
static char *
dup_button_name (Fixture       *f,
                 MbcDiaryEntry *entry,
                 const char    *verb)
{
  g_autoptr(GDateTime) time = g_date_time_new_from_unix_local (mbc_diary_entry_get_when (entry));
  g_autofree char *hm = g_date_time_format (time, "%H:%M");

  return g_strdup_printf ("%s: %s, %s", verb, mbc_diary_get_label (f->diary, entry), hm);
}

static guint
count_rows (GtkWidget *root)
{
  guint n = MBC_IS_DIARY_ENTRY_ROW (root) ? 1 : 0;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n += count_rows (child);

  return n;
}

/* The rows on screen in @list show entries one after the other, from
 * the top of the list to its bottom, with no gap and none on another.
 */
static void
assert_rows_follow (Fixture   *f,
                    GtkWidget *list)
{
  double next_top = G_MAXDOUBLE;
  gint64 next_when = G_MAXINT64;
  guint shown = 0;
  double covered = 0;
  int height = gtk_widget_get_height (list);

  for (GtkWidget *child = gtk_widget_get_first_child (list);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      graphene_rect_t bounds;
      MbcDiaryEntry *entry;

      if (!mbc_test_is_showing (child) || !MBC_IS_DIARY_ENTRY_ROW (child))
        continue;
      entry = mbc_diary_entry_row_get_entry (MBC_DIARY_ENTRY_ROW (child));
      g_assert_nonnull (entry);
      g_assert_true (gtk_widget_compute_bounds (child, list, &bounds));
      /* Off the screen: the row that keeps the keyboard's focus. */
      if (bounds.origin.y + bounds.size.height <= 0 || bounds.origin.y >= height)
        continue;
      /* In the order of the diary, newest first, each below the last. */
      if (next_top != G_MAXDOUBLE)
        g_assert_cmpfloat (fabs (bounds.origin.y - next_top), <, 1);
      g_assert_cmpint (mbc_diary_entry_get_when (entry), <=, next_when);
      next_top = bounds.origin.y + bounds.size.height;
      next_when = mbc_diary_entry_get_when (entry);
      covered += MAX (0, MIN (next_top, height) - MAX (bounds.origin.y, 0));
      shown++;
    }
  g_assert_cmpuint (shown, >, 0);
  /* The screen is full. */
  g_assert_cmpfloat (covered, >=, height - 1);
}

/* Until the diary is read, the view shows nothing; then the empty
 * diary says what it is for, with a button to start.
 */
static void
test_loading_then_empty (Fixture       *f,
                         gconstpointer  data)
{
  GtkWidget *status;

  show_view (f);
  status = mbc_test_find_type (f->view, ADW_TYPE_STATUS_PAGE);
  g_assert_true (status == NULL || !mbc_test_is_showing (status));
  g_assert_null (mbc_test_find_label (f->view, "Record a Sign"));

  g_assert_true (mbc_diary_load (f->diary, NULL));
  mbc_test_wait_frame (f->view);

  status = mbc_test_find_type (f->view, ADW_TYPE_STATUS_PAGE);
  g_assert_true (mbc_test_is_showing (status));
  g_assert_nonnull (mbc_test_find_label (f->view, "Share your diary with your care team at each visit"));
  g_assert_nonnull (button_with_label (f->view, "Record a Sign"));
}

/* Typed and picked by keyboard alone: a few letters, Down, Enter, the
 * severity with the arrow keys, Ctrl+Enter.
 */
static void
test_record_by_keyboard (Fixture       *f,
                         gconstpointer  data)
{
  MbcDiaryRecordDialog *dialog;
  GtkWidget *scale;
  GtkWidget *row;

  click (button_with_label (f->view, "Record a Sign"));
  dialog = wait_for_dialog ();
  g_assert_true (gtk_window_get_modal (GTK_WINDOW (dialog)));
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (f->window));

  type_text ("appet");
  mbc_test_wait_frame (GTK_WIDGET (dialog));
  g_assert_nonnull (mbc_test_find_label (GTK_WIDGET (dialog), "Loss of appetite (not feeling like eating)"));
  g_assert_nonnull (mbc_test_find_label (GTK_WIDGET (dialog), "Side effect of treatment: appet"));
  g_assert_nonnull (mbc_test_find_label (GTK_WIDGET (dialog), "Something else: appet"));
  g_assert_nonnull (mbc_test_find_label (GTK_WIDGET (dialog), "How I feel overall today"));

  g_assert_true (mbc_test_seat_press (seat, "Down"));
  g_assert_true (mbc_test_seat_press (seat, "Return"));
  mbc_test_wait_frame (GTK_WIDGET (dialog));
  g_assert_nonnull (mbc_test_find_label (GTK_WIDGET (dialog),
                                         "Loss of appetite (not feeling like eating): Tell your care team at your next visit"));

  /* The keyboard is on how bad it is: two steps up from 5. */
  scale = mbc_test_find_named (GTK_WIDGET (dialog), GTK_TYPE_SCALE, "How bad");
  g_assert_nonnull (scale);
  g_assert_true (gtk_widget_has_focus (scale));
  g_assert_true (mbc_test_seat_press (seat, "Right"));
  g_assert_true (mbc_test_seat_press (seat, "Right"));
  g_assert_cmpfloat (gtk_range_get_value (GTK_RANGE (scale)), ==, 7);
  gtk_test_accessible_assert_property (scale, GTK_ACCESSIBLE_PROPERTY_VALUE_TEXT, "7 of 10");

  g_assert_true (mbc_test_seat_press (seat, "<Control>Return"));
  wait_for_no_dialog (f);
  mbc_test_wait_frame (f->view);

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (f->diary)), ==, 1);
  g_assert_cmpint (mbc_diary_entry_get_kind (entry_at (f, 0)), ==, MBC_DIARY_KIND_SIGN);
  g_assert_cmpstr (mbc_diary_entry_get_sign_id (entry_at (f, 0)), ==, "liver-appetite");
  g_assert_cmpint (mbc_diary_entry_get_severity (entry_at (f, 0)), ==, 7);
  g_assert_cmpint (mbc_diary_entry_get_interference (entry_at (f, 0)), ==, MBC_DIARY_SCORE_NONE);
  /* "Now": within the last minute. */
  g_assert_cmpint (g_get_real_time () / G_USEC_PER_SEC - mbc_diary_entry_get_when (entry_at (f, 0)), <, 60);

  row = row_of (f, entry_at (f, 0));
  g_assert_nonnull (row);
  g_assert_nonnull (mbc_test_find_exact_label (row, "Loss of appetite (not feeling like eating)"));
  g_assert_nonnull (mbc_test_find_exact_label (row, "How bad: 7 of 10"));
  g_assert_nonnull (mbc_test_find_exact_label (row, "Tell your care team at your next visit"));
  g_assert_nonnull (mbc_test_find_exact_label (row, "Today"));
  g_assert_null (mbc_test_find_label (row, "Get help now"));
}

/* Escape leaves the dialog and records nothing. */
static void
test_escape_cancels (Fixture       *f,
                     gconstpointer  data)
{
  mbc_test_activate (f->view, "diary.record", "");
  wait_for_dialog ();
  type_text ("sleep");
  g_assert_true (mbc_test_seat_press (seat, "Escape"));
  wait_for_no_dialog (f);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (f->diary)), ==, 0);
}

/* An emergency sign says "Get help now" and the number at once, in the
 * dialog before it is saved and on the entry after.
 */
static void
test_emergency (Fixture       *f,
                gconstpointer  data)
{
  MbcDiaryRecordDialog *dialog;
  GtkWidget *row;

  mbc_test_activate (f->view, "diary.record", "");
  dialog = wait_for_dialog ();
  g_assert_null (mbc_test_find_label (GTK_WIDGET (dialog), "Get help now"));

  type_text ("trouble breathing");
  /* Enter takes the first of the list. */
  g_assert_true (mbc_test_seat_press (seat, "Return"));
  mbc_test_wait_frame (GTK_WIDGET (dialog));
  g_assert_nonnull (mbc_test_find_exact_label (GTK_WIDGET (dialog), "Get help now"));
  g_assert_nonnull (mbc_test_find_exact_label (GTK_WIDGET (dialog), "Call 112"));
  g_assert_nonnull (mbc_test_find_label (GTK_WIDGET (dialog), "get medical help right away"));

  g_assert_true (mbc_test_seat_press (seat, "<Control>Return"));
  wait_for_no_dialog (f);
  mbc_test_wait_frame (f->view);

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (f->diary)), ==, 1);
  g_assert_true (mbc_diary_get_flags (f->diary, entry_at (f, 0)) & MBC_DIARY_FLAG_EMERGENCY);
  row = row_of (f, entry_at (f, 0));
  g_assert_nonnull (row);
  g_assert_nonnull (mbc_test_find_label (row, "Trouble breathing"));
  g_assert_nonnull (mbc_test_find_exact_label (row, "Get help now"));
  g_assert_nonnull (mbc_test_find_exact_label (row, "Call 112, or get medical help right away."));

  /* A new number is shown at once. */
  g_settings_set_string (f->settings, "emergency-number", "911");
  mbc_test_wait_frame (f->view);
  g_assert_nonnull (mbc_test_find_exact_label (row_of (f, entry_at (f, 0)),
                                               "Call 911, or get medical help right away."));
}

/* A sign of the guide chosen elsewhere (the map, a site page) comes in
 * chosen, and an error never loses what was typed.
 */
static void
test_preset_sign (Fixture       *f,
                  gconstpointer  data)
{
  MbcDiaryRecordDialog *dialog;
  GtkWidget *medicines;

  mbc_test_activate (f->view, "diary.record", "brain-seizures");
  dialog = wait_for_dialog ();
  g_assert_nonnull (mbc_test_find_exact_label (GTK_WIDGET (dialog), "Get help now"));
  medicines = mbc_test_find_named (GTK_WIDGET (dialog), GTK_TYPE_ENTRY, "Medicines taken");
  g_assert_nonnull (medicines);
  gtk_editable_set_text (GTK_EDITABLE (medicines), "Paracetamol 500 mg");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "record.save", NULL));
  wait_for_no_dialog (f);

  g_assert_cmpstr (mbc_diary_entry_get_sign_id (entry_at (f, 0)), ==, "brain-seizures");
  g_assert_cmpstr (mbc_diary_entry_get_medicines (entry_at (f, 0)), ==, "Paracetamol 500 mg");
  g_assert_nonnull (mbc_test_find_exact_label (row_of (f, entry_at (f, 0)),
                                               "Medicines: Paracetamol 500 mg"));

  /* Nothing chosen: the dialog says what to do and keeps the note. */
  mbc_test_activate (f->view, "diary.record", "");
  dialog = wait_for_dialog ();
  {
    GtkWidget *note = mbc_test_find_named (GTK_WIDGET (dialog), GTK_TYPE_TEXT_VIEW, "Note");

    gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (note)), "Slept badly", -1);
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "record.save", NULL));
    mbc_test_wait_frame (GTK_WIDGET (dialog));
    g_assert_nonnull (mbc_test_find_label (GTK_WIDGET (dialog), "Choose what to record"));
    g_assert_true (mbc_test_find_toplevel (MBC_TYPE_DIARY_RECORD_DIALOG) == GTK_WINDOW (dialog));
    {
      GtkTextIter start, end;
      g_autofree char *text = NULL;

      gtk_text_buffer_get_bounds (gtk_text_view_get_buffer (GTK_TEXT_VIEW (note)), &start, &end);
      text = gtk_text_iter_get_text (&start, &end);
      g_assert_cmpstr (text, ==, "Slept badly");
    }
  }
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (f->diary)), ==, 1);
  gtk_window_destroy (GTK_WINDOW (dialog));
  wait_for_no_dialog (f);

  /* Earlier: yesterday at 08:30 by the calendar and the spin buttons. A
   * day still to come is refused, with the reason.
   */
  mbc_test_activate (f->view, "diary.record", "whole-body-sleep");
  dialog = wait_for_dialog ();
  {
    g_autoptr(GDateTime) now = g_date_time_new_now_local ();
    g_autoptr(GDateTime) tomorrow = g_date_time_add_days (now, 1);
    g_autoptr(GDateTime) yesterday = g_date_time_add_days (now, -1);
    g_autoptr(GDateTime) expected = g_date_time_new_local (g_date_time_get_year (yesterday),
                                                           g_date_time_get_month (yesterday),
                                                           g_date_time_get_day_of_month (yesterday),
                                                           8, 30, 0);
    GtkWidget *calendar = mbc_test_find_type (GTK_WIDGET (dialog), GTK_TYPE_CALENDAR);
    GtkWidget *hour = mbc_test_find_named (GTK_WIDGET (dialog), GTK_TYPE_SPIN_BUTTON, "Hour");
    GtkWidget *minute = mbc_test_find_named (GTK_WIDGET (dialog), GTK_TYPE_SPIN_BUTTON, "Minute");

    g_assert_nonnull (calendar);
    gtk_calendar_select_day (GTK_CALENDAR (calendar), tomorrow);
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "record.save", NULL));
    mbc_test_wait_frame (GTK_WIDGET (dialog));
    g_assert_nonnull (mbc_test_find_label (GTK_WIDGET (dialog), "have not come yet"));
    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (f->diary)), ==, 1);

    gtk_calendar_select_day (GTK_CALENDAR (calendar), yesterday);
    gtk_spin_button_set_value (GTK_SPIN_BUTTON (hour), 8);
    gtk_spin_button_set_value (GTK_SPIN_BUTTON (minute), 30);
    mbc_test_wait_frame (GTK_WIDGET (dialog));
    g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (hour)), ==, "08");
    g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (minute)), ==, "30");
    g_assert_nonnull (mbc_test_find_named (GTK_WIDGET (dialog), GTK_TYPE_MENU_BUTTON,
                                           "Day: Yesterday"));
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "record.save", NULL));
    wait_for_no_dialog (f);
    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (f->diary)), ==, 2);
    g_assert_cmpint (mbc_diary_entry_get_when (entry_at (f, 1)), ==, g_date_time_to_unix (expected));
  }
}

/* A sign written down on days more than two weeks apart says so, and
 * its button puts a question about it on My Questions.
 */
static void
test_two_weeks (Fixture       *f,
                gconstpointer  data)
{
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;
  MbcDiaryEntry *old;
  MbcDiaryEntry *today;
  GtkWidget *row;
  GtkWidget *ask;

  old = add_entry (f, "whole-body-tiredness", now - 20 * DAY, 4);
  today = add_entry (f, "whole-body-tiredness", now, 6);
  g_assert_true (mbc_diary_get_flags (f->diary, today) & MBC_DIARY_FLAG_TWO_WEEKS);

  row = row_of (f, today);
  g_assert_nonnull (row);
  g_assert_nonnull (mbc_test_find_exact_label (row, "More than two weeks: tell your care team"));
  g_assert_nonnull (row_of (f, old));

  ask = mbc_test_find_named (row, GTK_TYPE_BUTTON,
                             "Add a question about “Tiredness (fatigue) that does not get better "
                             "with rest” to My Questions");
  g_assert_nonnull (ask);
  click (ask);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (f->questions)), ==, 1);
  {
    g_autoptr(MbcMyQuestion) question = g_list_model_get_item (G_LIST_MODEL (f->questions), 0);

    g_assert_nonnull (strstr (mbc_my_question_get_text (question),
                              "Tiredness (fatigue) that does not get better with rest"));
  }
  g_assert_nonnull (mbc_test_wait_for_label (GTK_WIDGET (f->window), "Question added to My Questions"));

  /* Once only. */
  click (ask);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (f->questions)), ==, 1);

  /* The sign is in the list of recent signs, and opens its own page. */
  {
    GtkWidget *signs = mbc_test_find_named (f->view, GTK_TYPE_LIST_BOX, "Signs in the last 3 months");
    GtkListBoxRow *sign;
    g_autofree char *key = mbc_diary_entry_dup_sign_key (today);

    g_assert_nonnull (signs);
    /* Behind the switch from the entries to the signs. */
    g_assert_false (mbc_test_is_showing (signs));
    {
      GtkWidget *switcher = mbc_test_find_type (f->view, GTK_TYPE_STACK_SWITCHER);
      GtkWidget *button;

      g_assert_nonnull (switcher);
      button = gtk_widget_get_last_child (switcher);
      gtk_test_accessible_assert_property (button, GTK_ACCESSIBLE_PROPERTY_LABEL, "Signs");
      click (button);
    }
    g_assert_true (mbc_test_is_showing (signs));
    sign = gtk_list_box_get_row_at_index (GTK_LIST_BOX (signs), 0);
    g_assert_nonnull (sign);
    g_assert_nonnull (mbc_test_find_label (GTK_WIDGET (sign), "Latest 6 of 10; recorded on 2 days"));
    g_assert_nonnull (mbc_test_find_label (GTK_WIDGET (sign), "More than two weeks"));
    g_signal_emit_by_name (sign, "activate");
    mbc_test_iterate (400);
    g_assert_cmpstr (mbc_diary_view_get_sign_key (MBC_DIARY_VIEW (f->view)), ==, key);
    g_assert_true (mbc_test_is_showing (GTK_WIDGET (mbc_diary_view_get_sign_box (MBC_DIARY_VIEW (f->view)))));
    mbc_test_activate (f->view, "diary.show-timeline", NULL);
    mbc_test_iterate (400);
    /* Back where the person was: the signs, then the entries again. */
    g_assert_true (mbc_test_is_showing (GTK_WIDGET (sign)));
    click (gtk_widget_get_first_child (mbc_test_find_type (f->view, GTK_TYPE_STACK_SWITCHER)));
    g_assert_true (mbc_test_is_showing (row_of (f, today)));
  }
}

/* The newest entry of a day heads it, and only it. */
static void
test_day_headers (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) noon = g_date_time_new_local (g_date_time_get_year (now),
                                                     g_date_time_get_month (now),
                                                     g_date_time_get_day_of_month (now),
                                                     12, 0, 0);
  gint64 today = g_date_time_to_unix (noon);
  MbcDiaryEntry *early;
  MbcDiaryEntry *late;
  MbcDiaryEntry *past;
  MbcDiaryEntry *latest;
  g_autofree char *past_day = NULL;

  past = add_entry (f, "whole-body-sleep", today - 5 * DAY, 3);
  early = add_entry (f, "whole-body-sleep", today - 60, 3);
  late = add_entry (f, "whole-body-pain", today, 2);

  past_day = mbc_diary_entry_row_dup_day_text (mbc_diary_entry_get_day (past));
  g_assert_nonnull (mbc_test_find_exact_label (row_of (f, late), "Today"));
  g_assert_null (mbc_test_find_exact_label (row_of (f, early), "Today"));
  g_assert_nonnull (mbc_test_find_exact_label (row_of (f, past), past_day));
  g_assert_null (mbc_test_find_exact_label (row_of (f, past), "Today"));

  /* A newer entry of the day takes the heading from the one below it. */
  latest = add_entry (f, "whole-body-pain", today + 60, 2);
  g_assert_nonnull (mbc_test_find_exact_label (row_of (f, latest), "Today"));
  g_assert_null (mbc_test_find_exact_label (row_of (f, late), "Today"));
  gtk_test_accessible_assert_role (mbc_test_find_exact_label (row_of (f, latest), "Today"),
                                   GTK_ACCESSIBLE_ROLE_HEADING);
}

/* Changed through the dialog, the entry keeps its place and its id. */
static void
test_edit (Fixture       *f,
           gconstpointer  data)
{
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;
  MbcDiaryEntry *entry = add_entry (f, "whole-body-sleep", now - 3600, 3);
  gint64 id = mbc_diary_entry_get_id (entry);
  gint64 when = mbc_diary_entry_get_when (entry);
  MbcDiaryRecordDialog *dialog;
  GtkWidget *edit;
  GtkWidget *scale;
  GtkWidget *note;

  {
    g_autoptr(GDateTime) time = g_date_time_new_from_unix_local (when);
    g_autofree char *hm = g_date_time_format (time, "%H:%M");
    g_autofree char *name = g_strdup_printf ("Change: Trouble sleeping, %s", hm);

    edit = mbc_test_find_named (row_of (f, entry), GTK_TYPE_BUTTON, name);
  }
  g_assert_nonnull (edit);
  click (edit);
  dialog = wait_for_dialog ();

  scale = mbc_test_find_named (GTK_WIDGET (dialog), GTK_TYPE_SCALE, "How bad");
  g_assert_cmpfloat (gtk_range_get_value (GTK_RANGE (scale)), ==, 3);
  gtk_range_set_value (GTK_RANGE (scale), 8);
  note = mbc_test_find_named (GTK_WIDGET (dialog), GTK_TYPE_TEXT_VIEW, "Note");
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (note)),
                            "Woke at three and could not sleep again. It has been like this "
                            "for most of the week.", -1);
  g_assert_true (mbc_test_seat_press (seat, "<Control>Return"));
  wait_for_no_dialog (f);
  mbc_test_wait_frame (f->view);
  mbc_test_iterate (100);

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (f->diary)), ==, 1);
  g_assert_cmpint (mbc_diary_entry_get_id (entry_at (f, 0)), ==, id);
  g_assert_cmpint (mbc_diary_entry_get_when (entry_at (f, 0)), ==, when);
  g_assert_cmpint (mbc_diary_entry_get_severity (entry_at (f, 0)), ==, 8);
  g_assert_nonnull (mbc_test_find_exact_label (row_of (f, entry_at (f, 0)), "How bad: 8 of 10"));
  /* A long note shows its start, and all of it with its button. */
  {
    GtkWidget *row = row_of (f, entry_at (f, 0));
    GtkWidget *more = button_with_label (row, "Show All");
    GtkWidget *label = mbc_test_find_label (row, "Woke at three");

    g_assert_true (gtk_label_get_ellipsize (GTK_LABEL (label)) == PANGO_ELLIPSIZE_END);
    g_assert_cmpstr (gtk_widget_get_tooltip_text (label), ==,
                     "Woke at three and could not sleep again. It has been like this for most of the week.");
    click (more);
    g_assert_true (gtk_label_get_ellipsize (GTK_LABEL (label)) == PANGO_ELLIPSIZE_NONE);
    g_assert_true (gtk_label_get_wrap (GTK_LABEL (label)));
  }
}

/* Deleted with its button, and back with the toast's Undo. */
static void
press_toast_undo (Fixture *f)
{
  GtkWidget *undo = mbc_test_find_exact_label (GTK_WIDGET (f->window), "Undo");

  /* The toast's own button, as a person presses it. */
  while (undo != NULL && !GTK_IS_BUTTON (undo))
    undo = gtk_widget_get_parent (undo);
  g_assert_nonnull (undo);
  mbc_test_wait_frame (undo);
  click (undo);
}

static void
test_delete_undo (Fixture       *f,
                  gconstpointer  data)
{
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;
  MbcDiaryEntry *entry;
  g_autofree char *name = NULL;
  GtkWidget *delete;

  add_entry (f, "whole-body-sleep", now - 7200, 3);
  entry = add_entry (f, "liver-itchy-skin", now - 3600, 5);
  name = dup_button_name (f, entry, "Delete");
  g_assert_true (g_str_has_prefix (name, "Delete: Itchy skin or a rash, "));
  delete = mbc_test_find_named (row_of (f, entry), GTK_TYPE_BUTTON, name);
  g_assert_nonnull (delete);
  click (delete);

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (f->diary)), ==, 1);
  g_assert_cmpstr (mbc_diary_entry_get_sign_id (entry_at (f, 0)), ==, "whole-body-sleep");
  g_assert_nonnull (mbc_test_wait_for_label (GTK_WIDGET (f->window), "Entry deleted"));

  press_toast_undo (f);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (f->diary)), ==, 2);
  g_assert_cmpstr (mbc_diary_entry_get_sign_id (entry_at (f, 0)), ==, "liver-itchy-skin");
  g_assert_cmpint (mbc_diary_entry_get_severity (entry_at (f, 0)), ==, 5);
  g_assert_nonnull (row_of (f, entry_at (f, 0)));

  /* Two deleted in turn: each toast undoes its own, the first shown
   * first, the second after it.
   */
  g_assert_true (gtk_widget_activate_action (f->view, "diary.delete", "x",
                                             mbc_diary_entry_get_id (entry_at (f, 0))));
  mbc_test_wait_frame (f->view);
  g_assert_true (gtk_widget_activate_action (f->view, "diary.delete", "x",
                                             mbc_diary_entry_get_id (entry_at (f, 0))));
  mbc_test_iterate (300);
  mbc_test_wait_frame (f->view);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (f->diary)), ==, 0);
  press_toast_undo (f);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (f->diary)), ==, 1);
  g_assert_cmpstr (mbc_diary_entry_get_sign_id (entry_at (f, 0)), ==, "liver-itchy-skin");
  mbc_test_iterate (500);
  press_toast_undo (f);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (f->diary)), ==, 2);
  g_assert_cmpstr (mbc_diary_entry_get_sign_id (entry_at (f, 1)), ==, "whole-body-sleep");
}

/* What a screen reader hears of the view and of the dialog. */
static void
test_names (Fixture       *f,
            gconstpointer  data)
{
  MbcDiaryRecordDialog *dialog;
  GtkWidget *widget;
  MbcDiaryEntry *entry = add_entry (f, "whole-body-sleep", g_get_real_time () / G_USEC_PER_SEC, 3);

  widget = mbc_test_find_named (f->view, GTK_TYPE_MENU_BUTTON, "More diary actions");
  g_assert_nonnull (widget);
  gtk_test_accessible_assert_role (mbc_test_find_type (f->view, MBC_TYPE_DIARY_TIMELINE),
                                   GTK_ACCESSIBLE_ROLE_LIST);
  gtk_test_accessible_assert_property (mbc_test_find_type (f->view, MBC_TYPE_DIARY_TIMELINE),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL, "Diary entries, newest first");
  g_assert_nonnull (row_of (f, entry));
  gtk_test_accessible_assert_role (row_of (f, entry), GTK_ACCESSIBLE_ROLE_LIST_ITEM);

  /* The switch between entries and signs, laid out two ways in a
   * squeezer, is met once by a screen reader: the way not shown is out
   * of the tree.
   */
  {
    GtkWidget *squeezer = mbc_test_find_type (f->view, ADW_TYPE_SQUEEZER);
    GtkWidget *shown;

    g_assert_nonnull (squeezer);
    shown = adw_squeezer_get_visible_child (ADW_SQUEEZER (squeezer));
    g_assert_true (GTK_IS_STACK_SWITCHER (shown));
    for (GtkWidget *child = gtk_widget_get_first_child (squeezer);
         child != NULL;
         child = gtk_widget_get_next_sibling (child))
      gtk_test_accessible_assert_state (child, GTK_ACCESSIBLE_STATE_HIDDEN, child != shown);
  }

  mbc_test_activate (f->view, "diary.record", "");
  dialog = wait_for_dialog ();
  widget = mbc_test_find_named (GTK_WIDGET (dialog), GTK_TYPE_SEARCH_ENTRY, "What to record");
  g_assert_nonnull (widget);
  gtk_test_accessible_assert_property (widget, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       "Type a few letters, then choose from the list below it.");
  g_assert_true (gtk_widget_has_focus (widget) || gtk_widget_has_focus (gtk_widget_get_first_child (widget)) ||
                 gtk_widget_is_ancestor (gtk_window_get_focus (GTK_WINDOW (dialog)), widget));

  widget = mbc_test_find_named (GTK_WIDGET (dialog), GTK_TYPE_SCALE, "How bad");
  gtk_test_accessible_assert_role (widget, GTK_ACCESSIBLE_ROLE_SLIDER);
  gtk_test_accessible_assert_property (widget, GTK_ACCESSIBLE_PROPERTY_VALUE_TEXT, "5 of 10");
  gtk_test_accessible_assert_property (widget, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       "From 0, none, to 10, the worst you can imagine");
  gtk_range_set_value (GTK_RANGE (widget), 10);
  gtk_test_accessible_assert_property (widget, GTK_ACCESSIBLE_PROPERTY_VALUE_TEXT,
                                       "10 of 10, the worst you can imagine");

  /* Accents and case do not matter. */
  widget = mbc_test_find_named (GTK_WIDGET (dialog), GTK_TYPE_SEARCH_ENTRY, "What to record");
  gtk_editable_set_text (GTK_EDITABLE (widget), "NÁUSEA");
  mbc_test_wait_frame (GTK_WIDGET (dialog));
  g_assert_nonnull (mbc_test_find_named (GTK_WIDGET (dialog), GTK_TYPE_LIST_BOX_ROW,
                                         "Nausea (feeling sick to your stomach) or vomiting "
                                         "(throwing up), Call your care team"));

  /* How I feel overall has its own words. */
  type_text ("x");
  {
    GtkWidget *overall = mbc_test_find_named (GTK_WIDGET (dialog), GTK_TYPE_LIST_BOX_ROW,
                                              "How I feel overall today");

    g_assert_nonnull (overall);
    g_signal_emit_by_name (overall, "activate");
    mbc_test_wait_frame (GTK_WIDGET (dialog));
  }
  widget = mbc_test_find_named (GTK_WIDGET (dialog), GTK_TYPE_SCALE, "How I feel overall");
  g_assert_nonnull (widget);
  gtk_test_accessible_assert_property (widget, GTK_ACCESSIBLE_PROPERTY_VALUE_TEXT, "10 of 10, very well");
  g_assert_nonnull (mbc_test_find_exact_label (GTK_WIDGET (dialog), "0: very poorly"));

  widget = mbc_test_find_named (GTK_WIDGET (dialog), GTK_TYPE_SCALE,
                                "How much it got in the way of daily life");
  g_assert_nonnull (widget);
  g_assert_false (gtk_widget_get_sensitive (widget));
  g_assert_nonnull (mbc_test_find_named (GTK_WIDGET (dialog), GTK_TYPE_SPIN_BUTTON, "Hour"));
  g_assert_nonnull (mbc_test_find_named (GTK_WIDGET (dialog), GTK_TYPE_SPIN_BUTTON, "Minute"));
  g_assert_nonnull (mbc_test_find_named (GTK_WIDGET (dialog), GTK_TYPE_MENU_BUTTON, "Day: Today"));
  g_assert_nonnull (mbc_test_find_named (GTK_WIDGET (dialog), GTK_TYPE_TEXT_VIEW, "Note"));

  /* Large enough for a finger. */
  {
    g_autofree char *edit_name = dup_button_name (f, entry, "Change");
    GtkWidget *targets[] = {
      button_with_label (f->view, "Record"),
      mbc_test_find_named (f->view, GTK_TYPE_MENU_BUTTON, "More diary actions"),
      mbc_test_find_named (row_of (f, entry), GTK_TYPE_BUTTON, edit_name),
      button_with_label (GTK_WIDGET (dialog), "Save"),
      button_with_label (GTK_WIDGET (dialog), "Cancel"),
      mbc_test_find_named (GTK_WIDGET (dialog), GTK_TYPE_SCALE, "How I feel overall"),
      mbc_test_find_named (GTK_WIDGET (dialog), GTK_TYPE_SEARCH_ENTRY, "What to record"),
    };

    for (guint i = 0; i < G_N_ELEMENTS (targets); i++)
      {
        g_assert_nonnull (targets[i]);
        g_test_message ("%s: %d px high", G_OBJECT_TYPE_NAME (targets[i]),
                        gtk_widget_get_height (targets[i]));
        g_assert_cmpint (gtk_widget_get_height (targets[i]), >=, 44);
      }
  }

  /* Narrow, nothing needs more than a phone's width. */
  {
    int minimum;

    gtk_widget_measure (GTK_WIDGET (dialog), GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
    g_test_message ("the dialog needs %d px", minimum);
    g_assert_cmpint (minimum, <=, 360);
    gtk_widget_measure (f->view, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
    g_test_message ("the view needs %d px", minimum);
    g_assert_cmpint (minimum, <=, 360);
  }

  /* Saved, how the person feels overall has its own words on the row. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "record.save", NULL));
  wait_for_no_dialog (f);
  g_assert_cmpint (mbc_diary_entry_get_kind (entry_at (f, 0)), ==, MBC_DIARY_KIND_OVERALL);
  {
    GtkWidget *row = row_of (f, entry_at (f, 0));

    g_assert_nonnull (row);
    g_assert_nonnull (mbc_test_find_exact_label (row, "Overall: 10 of 10"));
    g_assert_nonnull (mbc_test_find_exact_label (row, mbc_diary_get_label (f->diary, entry_at (f, 0))));
    g_assert_null (mbc_test_find_label (row, "How I feel overall"));
  }
}

/* Years of entries: the timeline makes rows only for what is on screen. */
static void
test_many_entries (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func (g_object_unref);
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;
  GtkWidget *list;
  gint64 start;

  for (guint i = 0; i < 20000; i++)
    g_ptr_array_add (entries,
                     mbc_diary_entry_new (MBC_DIARY_KIND_SIGN,
                                          i % 3 == 0 ? "whole-body-pain" : "whole-body-sleep",
                                          NULL, now - (gint64) i * 4 * 3600, i % 11,
                                          MBC_DIARY_SCORE_NONE, NULL, NULL));
  g_assert_true (mbc_diary_add_all (f->diary, entries, NULL));
  start = g_get_monotonic_time ();
  mbc_test_wait_frame (f->view);
  g_test_message ("first frame with 20,000 entries after %" G_GINT64_FORMAT " ms",
                  (g_get_monotonic_time () - start) / 1000);

  /* The timeline starts with the newest entries, a few more than fit. */
  list = mbc_test_find_type (f->view, MBC_TYPE_DIARY_TIMELINE);
  g_test_message ("%u rows for 20,000 entries", count_rows (list));
  g_assert_cmpuint (count_rows (list), >, 0);
  g_assert_cmpuint (count_rows (list), <=, 60);

  /* Scrolled to the end, it shows the oldest entry, with never more
   * rows than a few screenfuls; at any place between, the entries on
   * screen, and back at the top, the newest.
   */
  {
    GtkAdjustment *adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (list));
    g_autoptr(MbcDiaryEntry) oldest = g_list_model_get_item (G_LIST_MODEL (f->diary), 19999);
    guint steps = 0;
    /* The keyboard's focus on the newest entry's button, which stays
     * with that entry while the list is scrolled away from it.
     */
    GtkWidget *newest = row_of (f, entry_at (f, 0));
    GtkWidget *button = mbc_test_find_type (newest, GTK_TYPE_BUTTON);

    g_assert_nonnull (button);
    g_assert_true (gtk_widget_grab_focus (button));

    while (row_of (f, oldest) == NULL && steps++ < 20)
      {
        gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
        mbc_test_wait_frame (f->view);
      }
    g_test_message ("the oldest entry after %u steps", steps);
    g_assert_nonnull (row_of (f, oldest));
    g_assert_cmpuint (count_rows (list), <=, 120);
    g_assert_cmpfloat (gtk_adjustment_get_value (adjustment) + gtk_adjustment_get_page_size (adjustment),
                       >=, gtk_adjustment_get_upper (adjustment) - 1);

    for (guint i = 1; i < 10; i++)
      {
        gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment) * i / 10);
        mbc_test_wait_frame (f->view);
        g_assert_cmpuint (count_rows (list), <=, 120);
        assert_rows_follow (f, list);
      }

    g_assert_true (gtk_window_get_focus (GTK_WINDOW (f->window)) == button);
    g_assert_true (mbc_diary_entry_row_get_entry (MBC_DIARY_ENTRY_ROW (newest)) == entry_at (f, 0));

    gtk_adjustment_set_value (adjustment, 0);
    mbc_test_wait_frame (f->view);
    g_assert_true (row_of (f, entry_at (f, 0)) == newest);
  }

  /* Recorded for a day long ago, the entry is shown where it went. */
  {
    g_autoptr(GDateTime) now_local = g_date_time_new_now_local ();
    g_autoptr(GDateTime) long_ago = g_date_time_add_days (now_local, -500);
    MbcDiaryRecordDialog *dialog;
    GtkWidget *calendar;
    MbcDiaryEntry *recorded = NULL;

    mbc_test_activate (f->view, "diary.record", "liver-jaundice");
    dialog = wait_for_dialog ();
    calendar = mbc_test_find_type (GTK_WIDGET (dialog), GTK_TYPE_CALENDAR);
    gtk_calendar_select_day (GTK_CALENDAR (calendar), long_ago);
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "record.save", NULL));
    wait_for_no_dialog (f);
    mbc_test_wait_frame (f->view);

    for (guint i = 0; i < 20001 && recorded == NULL; i++)
      {
        g_autoptr(MbcDiaryEntry) entry = g_list_model_get_item (G_LIST_MODEL (f->diary), i);

        if (g_strcmp0 (mbc_diary_entry_get_sign_id (entry), "liver-jaundice") == 0)
          recorded = entry;
      }
    g_assert_nonnull (recorded);
    g_assert_nonnull (row_of (f, recorded));
  }
}

/* A diary from a newer version of the guide is shown, never changed:
 * the view says why, and offers nothing that would change it.
 */
static void
test_read_only (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GFile) file = g_object_ref (mbc_diary_get_file (f->diary));
  g_autofree char *path = g_file_get_path (file);
  g_autoptr(MbcDiaryEntry) entry = NULL;
  g_autoptr(GError) error = NULL;
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;
  sqlite3 *db = NULL;
  GtkWidget *row;

  g_assert_true (mbc_diary_load (f->diary, NULL));
  entry = mbc_diary_entry_new (MBC_DIARY_KIND_SIGN, "whole-body-tiredness", NULL, now - 20 * DAY,
                               4, MBC_DIARY_SCORE_NONE, NULL, NULL);
  g_assert_nonnull (mbc_diary_add (f->diary, entry, NULL));
  g_clear_object (&entry);
  entry = mbc_diary_entry_new (MBC_DIARY_KIND_SIGN, "whole-body-tiredness", NULL, now, 6,
                               MBC_DIARY_SCORE_NONE, NULL, NULL);
  g_assert_nonnull (mbc_diary_add (f->diary, entry, NULL));
  mbc_diary_flush (f->diary);
  g_assert_finalize_object (g_steal_pointer (&f->diary));

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "PRAGMA user_version = 1000;", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  f->diary = mbc_diary_new (file);
  mbc_diary_set_content (f->diary, f->content);
  if (!mbc_diary_load (f->diary, &error))
    g_assert_error (error, MBC_DIARY_ERROR, MBC_DIARY_ERROR_NEWER);
  g_assert_true (mbc_diary_get_read_only (f->diary));
  show_view (f);

  g_assert_nonnull (mbc_test_find_label (f->view, "written by a newer version of MBC Guide"));
  g_assert_null (mbc_test_find_label (f->view, "Record"));
  row = row_of (f, entry_at (f, 0));
  g_assert_nonnull (row);
  g_assert_nonnull (mbc_test_find_exact_label (row, "How bad: 6 of 10"));
  g_assert_nonnull (mbc_test_find_exact_label (row, "More than two weeks: tell your care team"));
  g_assert_null (mbc_test_find_label (row, "Add to My Questions"));
  {
    GtkWidget *edit = mbc_test_find_type (row, GTK_TYPE_BUTTON);

    /* No Edit, no Delete: the only button a row could show is none. */
    g_assert_true (edit == NULL || !mbc_test_is_showing (edit));
  }

  /* The actions that would change it do nothing. */
  gtk_widget_activate_action (f->view, "diary.record", "s", "");
  gtk_widget_activate_action (f->view, "diary.delete", "x", mbc_diary_entry_get_id (entry_at (f, 0)));
  mbc_test_iterate (200);
  g_assert_null (mbc_test_find_toplevel (MBC_TYPE_DIARY_RECORD_DIALOG));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (f->diary)), ==, 2);
}

/* The whole diary goes after a question that says what is lost. */
static void
test_delete_all (Fixture       *f,
                 gconstpointer  data)
{
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;
  GtkWindow *question = NULL;
  GtkWidget *button;

  add_entry (f, "whole-body-sleep", now - DAY, 3);
  add_entry (f, "whole-body-pain", now, 2);

  mbc_test_activate (f->view, "diary.delete-all", NULL);
  for (guint i = 0; i < 200 && question == NULL; i++)
    {
      mbc_test_iterate (10);
      question = mbc_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
    }
  g_assert_nonnull (question);
  mbc_test_wait_frame (GTK_WIDGET (question));
  g_assert_nonnull (mbc_test_find_label (GTK_WIDGET (question), "All 2 entries of your diary will be deleted"));
  g_assert_true (gtk_window_get_transient_for (question) == GTK_WINDOW (f->window));

  /* Escape keeps everything. */
  g_assert_true (mbc_test_seat_wait_for_focus (seat, question));
  g_assert_true (mbc_test_seat_press (seat, "Escape"));
  mbc_test_iterate (300);
  g_assert_null (mbc_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (f->diary)), ==, 2);

  mbc_test_activate (f->view, "diary.delete-all", NULL);
  question = NULL;
  for (guint i = 0; i < 200 && question == NULL; i++)
    {
      mbc_test_iterate (10);
      question = mbc_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
    }
  g_assert_nonnull (question);
  mbc_test_wait_frame (GTK_WIDGET (question));
  button = button_with_label (GTK_WIDGET (question), "Delete Diary");
  g_assert_nonnull (button);
  /* Pressed, its window goes: nothing of it to wait for afterwards. */
  g_assert_true (gtk_widget_activate (button));
  mbc_test_iterate (300);
  mbc_test_wait_frame (f->view);

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (f->diary)), ==, 0);
  g_assert_true (mbc_test_is_showing (mbc_test_find_type (f->view, ADW_TYPE_STATUS_PAGE)));
  g_assert_nonnull (mbc_test_wait_for_label (GTK_WIDGET (f->window), "Your diary was deleted"));
}

/* Tab goes from the Record button to the entries' own buttons. */
static void
test_keyboard_rows (Fixture       *f,
                    gconstpointer  data)
{
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;
  MbcDiaryEntry *entry = add_entry (f, "whole-body-sleep", now, 3);
  GtkWidget *row = row_of (f, entry);
  GtkWidget *record = button_with_label (f->view, "Record");
  GtkWidget *focus = NULL;

  g_assert_nonnull (row);
  g_assert_true (mbc_test_seat_wait_for_focus (seat, GTK_WINDOW (f->window)));
  g_assert_true (gtk_widget_grab_focus (record));

  for (guint i = 0; i < 20; i++)
    {
      g_assert_true (mbc_test_seat_press (seat, "Tab"));
      focus = gtk_window_get_focus (GTK_WINDOW (f->window));
      g_test_message ("Tab %u: %s", i, focus != NULL ? G_OBJECT_TYPE_NAME (focus) : "nothing");
      if (focus != NULL && GTK_IS_BUTTON (focus) && gtk_widget_is_ancestor (focus, row))
        break;
    }
  g_assert_nonnull (focus);
  g_assert_true (gtk_widget_is_ancestor (focus, row));

  /* Enter on it opens the entry to change it. */
  g_assert_true (mbc_test_seat_press (seat, "Return"));
  {
    MbcDiaryRecordDialog *dialog = wait_for_dialog ();

    g_assert_nonnull (mbc_test_find_named (GTK_WIDGET (dialog), GTK_TYPE_SCALE, "How bad"));
    g_assert_true (mbc_test_seat_press (seat, "Escape"));
    wait_for_no_dialog (f);
  }
}

/* A change the diary could not write is told, in the diary's words. */
static void
test_save_failed (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = g_error_new_literal (MBC_DIARY_ERROR, MBC_DIARY_ERROR_SAVE,
                                                 "Your diary could not be saved: the disk is full.");

  g_signal_emit_by_name (f->diary, "save-failed", error);
  g_assert_nonnull (mbc_test_wait_for_label (GTK_WIDGET (f->window),
                                             "Your diary could not be saved: the disk is full."));
}

/* A side effect, and anything else, in the person's own words. */
static void
test_own_words (Fixture       *f,
                gconstpointer  data)
{
  MbcDiaryRecordDialog *dialog;
  GtkWidget *row;

  mbc_test_activate (f->view, "diary.record", "");
  dialog = wait_for_dialog ();
  type_text ("mouth sores");
  mbc_test_wait_frame (GTK_WIDGET (dialog));
  /* No sign of the guide has these words: the side effect comes first. */
  g_assert_true (mbc_test_seat_press (seat, "Return"));
  g_assert_true (mbc_test_seat_press (seat, "<Control>Return"));
  wait_for_no_dialog (f);

  g_assert_cmpint (mbc_diary_entry_get_kind (entry_at (f, 0)), ==, MBC_DIARY_KIND_SIDE_EFFECT);
  g_assert_cmpstr (mbc_diary_entry_get_label (entry_at (f, 0)), ==, "mouth sores");
  row = row_of (f, entry_at (f, 0));
  g_assert_nonnull (mbc_test_find_exact_label (row, "mouth sores"));
  g_assert_nonnull (mbc_test_find_exact_label (row, "Side effect of treatment"));
  g_assert_null (mbc_test_find_label (row, "Get help now"));

  /* Something else: Down into the list, then down to its row. */
  mbc_test_activate (f->view, "diary.record", "");
  dialog = wait_for_dialog ();
  type_text ("hair loss");
  mbc_test_wait_frame (GTK_WIDGET (dialog));
  g_assert_true (mbc_test_seat_press (seat, "Down"));
  g_assert_true (mbc_test_seat_press (seat, "Down"));
  g_assert_true (mbc_test_seat_press (seat, "Return"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (mbc_test_find_named (GTK_WIDGET (dialog),
                                                                             GTK_TYPE_SEARCH_ENTRY,
                                                                             "What to record"))),
                   ==, "Something else: hair loss");
  g_assert_true (mbc_test_seat_press (seat, "<Control>Return"));
  wait_for_no_dialog (f);

  g_assert_cmpint (mbc_diary_entry_get_kind (entry_at (f, 0)), ==, MBC_DIARY_KIND_OWN);
  g_assert_cmpstr (mbc_diary_entry_get_label (entry_at (f, 0)), ==, "hair loss");
  row = row_of (f, entry_at (f, 0));
  g_assert_nonnull (mbc_test_find_exact_label (row, "hair loss"));
  g_assert_nonnull (mbc_test_find_exact_label (row, "In my own words"));
}

/* A sign the guide says to call about, worse than last time, says to
 * call today; the same sign no worse says nothing more.
 */
static void
test_worse (Fixture       *f,
            gconstpointer  data)
{
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;
  MbcDiaryEntry *first = add_entry (f, "bones-pain", now - 2 * DAY, 3);
  MbcDiaryEntry *worse = add_entry (f, "bones-pain", now - DAY, 6);
  MbcDiaryEntry *better = NULL;

  g_assert_true (mbc_diary_get_flags (f->diary, worse) & MBC_DIARY_FLAG_WORSE);
  g_assert_nonnull (mbc_test_find_exact_label (row_of (f, worse),
                                               "Worse than last time: call your care team today"));
  g_assert_null (mbc_test_find_label (row_of (f, first), "Worse than last time"));

  better = add_entry (f, "bones-pain", now, 2);
  g_assert_false (mbc_diary_get_flags (f->diary, better) & MBC_DIARY_FLAG_WORSE);
  g_assert_null (mbc_test_find_label (row_of (f, better), "Worse than last time"));
  g_assert_nonnull (mbc_test_find_exact_label (row_of (f, better), "Call your care team"));
}

/* Export and import, as the view's Export… and Import… do once the
 * file is chosen: the whole diary out, and back into an empty one
 * unchanged; again, nothing twice; a file with a wrong row adds nothing
 * and tells the row by its line. The file chooser itself is GTK's.
 */
static void
test_files (Fixture       *f,
            gconstpointer  data)
{
  g_autofree char *folder = g_dir_make_tmp ("mbc-diary-files-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (folder, "My Diary.csv", NULL);
  g_autofree char *bad_path = g_build_filename (folder, "bad.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) bad = g_file_new_for_path (bad_path);
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) before = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *text = NULL;
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;
  guint n_added = 0, n_known = 0;

  add_entry (f, "bones-pain", now - 20 * 86400, 4);
  add_entry (f, "liver-itchy-skin", now - 3600, 6);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (f->diary)); i++)
    g_ptr_array_add (before, g_list_model_get_item (G_LIST_MODEL (f->diary), i));

  g_assert_true (_mbc_diary_view_export (MBC_DIARY_VIEW (f->view), file, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  g_assert_true (g_str_has_prefix (text, "Date and time,"));

  g_assert_true (mbc_diary_clear (f->diary, &error));
  g_assert_true (_mbc_diary_view_import (MBC_DIARY_VIEW (f->view), file, &n_added, &n_known,
                                         &problems, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_added, ==, 2);
  g_assert_cmpuint (n_known, ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (f->diary)), ==, before->len);
  for (guint i = 0; i < before->len; i++)
    g_assert_true (mbc_diary_entry_equal_content (g_ptr_array_index (before, i), entry_at (f, i)));

  g_assert_true (_mbc_diary_view_import (MBC_DIARY_VIEW (f->view), file, &n_added, &n_known,
                                         &problems, &error));
  g_assert_cmpuint (n_added, ==, 0);
  g_assert_cmpuint (n_known, ==, 2);

  /* A wrong row: nothing of the file, and its line told. */
  {
    g_autofree char *wrong = g_strconcat (text, "2026-12-01T09:00:00+00:00,Tired,own,,eleven,,,\r\n", NULL);

    g_assert_true (g_file_set_contents (bad_path, wrong, -1, NULL));
  }
  g_assert_false (_mbc_diary_view_import (MBC_DIARY_VIEW (f->view), bad, &n_added, &n_known,
                                          &problems, &error));
  g_assert_error (error, MBC_DIARY_CSV_ERROR, MBC_DIARY_CSV_ERROR_ROWS);
  g_assert_nonnull (problems);
  g_assert_cmpuint (problems->len, ==, 1);
  g_assert_cmpuint (((MbcDiaryCsvProblem *) g_ptr_array_index (problems, 0))->line, ==, 4);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (f->diary)), ==, before->len);

  g_unlink (path);
  g_unlink (bad_path);
  g_rmdir (folder);
}

/* Tab alone goes from one entry to the next, down past the first
 * screenful, and each entry it reaches is brought on screen.
 */
static void
test_tab_through (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func (g_object_unref);
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;
  GtkWidget *list;
  MbcDiaryEntry *reached = NULL;
  g_autoptr(MbcDiaryEntry) target = NULL;
  guint presses = 0;

  for (guint i = 0; i < 30; i++)
    g_ptr_array_add (entries,
                     mbc_diary_entry_new (MBC_DIARY_KIND_SIGN, "whole-body-sleep", NULL,
                                          now - (gint64) i * 3 * 3600, i % 11,
                                          MBC_DIARY_SCORE_NONE, NULL, NULL));
  g_assert_true (mbc_diary_add_all (f->diary, entries, NULL));
  mbc_test_wait_frame (f->view);
  mbc_test_iterate (100);
  list = mbc_test_find_type (f->view, MBC_TYPE_DIARY_TIMELINE);
  target = g_list_model_get_item (G_LIST_MODEL (f->diary), 14);
  /* Well below the first screenful. */
  {
    GtkWidget *row = row_of (f, target);
    graphene_rect_t bounds;

    g_assert_true (row == NULL ||
                   (gtk_widget_compute_bounds (row, list, &bounds) &&
                    bounds.origin.y >= gtk_widget_get_height (list)));
  }

  /* The window has the keyboard: asked for again if the window manager
   * has not given it yet, on a busy machine.
   */
  {
    gboolean focused = FALSE;

    for (guint i = 0; i < 3 && !focused; i++)
      {
        gtk_window_present (GTK_WINDOW (f->window));
        mbc_test_wait_frame (GTK_WIDGET (f->window));
        focused = mbc_test_seat_wait_for_focus (seat, GTK_WINDOW (f->window));
      }
    g_assert_true (focused);
  }
  g_assert_true (gtk_widget_grab_focus (mbc_test_find_type (row_of (f, entry_at (f, 0)),
                                                             GTK_TYPE_BUTTON)));
  while (reached != target && presses++ < 100)
    {
      GtkWidget *focus;
      GtkWidget *row;
      graphene_rect_t bounds;

      g_assert_true (mbc_test_seat_press (seat, "Tab"));
      mbc_test_wait_frame (list);
      focus = gtk_window_get_focus (GTK_WINDOW (f->window));
      g_assert_nonnull (focus);
      row = gtk_widget_get_ancestor (focus, MBC_TYPE_DIARY_ENTRY_ROW);
      g_assert_nonnull (row);
      reached = mbc_diary_entry_row_get_entry (MBC_DIARY_ENTRY_ROW (row));
      /* On screen, whole. */
      g_assert_true (gtk_widget_compute_bounds (focus, list, &bounds));
      g_assert_cmpfloat (bounds.origin.y, >=, 0);
      g_assert_cmpfloat (bounds.origin.y + bounds.size.height, <=, gtk_widget_get_height (list) + 1);
    }
  g_test_message ("entry 15 reached after %u presses of Tab", presses);
  g_assert_true (reached == target);
}

/* A point of @region that a click there reaches, in its own
 * coordinates.
 */
static gboolean
find_point_of (GtkWidget *region,
               double    *x,
               double    *y)
{
  GtkWidget *window = GTK_WIDGET (gtk_widget_get_root (region));
  int width = gtk_widget_get_width (region);
  int height = gtk_widget_get_height (region);

  for (int j = height / 2; j < height; j += 4)
    for (int i = 2; i < width; i += 4)
      {
        graphene_point_t in_window;

        if (!gtk_widget_contains (region, i, j) ||
            !gtk_widget_compute_point (region, window, &GRAPHENE_POINT_INIT (i, j), &in_window) ||
            gtk_widget_pick (window, in_window.x, in_window.y, GTK_PICK_DEFAULT) != region)
          continue;
        *x = i;
        *y = j;
        return TRUE;
      }

  return FALSE;
}

static GtkWidget *
find_popover (GtkWidget *region)
{
  for (GtkWidget *child = gtk_widget_get_first_child (region);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_POPOVER_MENU (child))
      return child;

  return NULL;
}

static GtkWidget *
wait_for_popover (GtkWidget *region)
{
  GtkWidget *popover = NULL;

  for (guint i = 0; i < 200 && (popover == NULL || !gtk_widget_get_mapped (popover)); i++)
    {
      mbc_test_iterate (10);
      popover = find_popover (region);
    }
  g_assert_nonnull (popover);
  g_assert_true (gtk_widget_get_mapped (popover));
  mbc_test_wait_frame (popover);

  return popover;
}

/* From the body map: the secondary button on a part of the body offers
 * its signs to record; the dialog lists them, and the keyboard picks
 * one. Menu on the keyboard opens the same menu.
 */
static void
test_record_from_map (Fixture       *f,
                      gconstpointer  data)
{
  GtkWidget *region;
  GtkWidget *popover;
  GtkWidget *item;
  MbcDiaryRecordDialog *dialog;
  GtkWidget *results;
  GtkWidget *focus;
  MbcSite *bones = NULL;
  double x, y;

  for (guint i = 0; i < g_list_model_get_n_items (mbc_content_get_sites (f->content)); i++)
    {
      g_autoptr(MbcSite) site = g_list_model_get_item (mbc_content_get_sites (f->content), i);

      if (g_strcmp0 (mbc_site_get_id (site), "bones") == 0)
        bones = site;
    }
  g_assert_nonnull (bones);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.view", "s", "map"));
  mbc_test_wait_frame (GTK_WIDGET (f->window));
  mbc_test_iterate (300);
  region = mbc_body_map_get_region (MBC_BODY_MAP (mbc_test_find_type (GTK_WIDGET (f->window),
                                                                       MBC_TYPE_BODY_MAP)),
                                    "bones");
  g_assert_nonnull (region);
  g_assert_true (find_point_of (region, &x, &y));
  g_assert_true (mbc_test_seat_wait_for_focus (seat, GTK_WINDOW (f->window)));
  mbc_test_seat_point_at (seat, region, x, y);
  mbc_test_seat_click (seat, GDK_BUTTON_SECONDARY, 1);
  popover = wait_for_popover (region);
  g_assert_nonnull (mbc_test_find_exact_label (popover, "Show Signs"));
  item = mbc_test_find_exact_label (popover, "Record a Sign Here…");
  g_assert_nonnull (item);

  /* Its item opens the dialog with the signs of the bones. (Keys in a
   * popover menu are GTK's own; under the test's compositor the popover
   * gets no keyboard.)
   */
  item = gtk_widget_get_ancestor (item, GTK_TYPE_WIDGET);
  while (item != NULL && g_strcmp0 (G_OBJECT_TYPE_NAME (item), "GtkModelButton") != 0)
    item = gtk_widget_get_parent (item);
  g_assert_nonnull (item);
  g_assert_true (gtk_widget_activate (item));
  dialog = wait_for_dialog ();
  results = mbc_test_find_named (GTK_WIDGET (dialog), GTK_TYPE_LIST_BOX, "Signs: Bones");
  g_assert_nonnull (results);
  {
    guint n = 0;

    for (GtkWidget *row = gtk_widget_get_first_child (results); row != NULL;
         row = gtk_widget_get_next_sibling (row))
      n++;
    g_assert_cmpuint (n, ==, g_list_model_get_n_items (mbc_site_get_symptoms (bones)));
  }
  /* The first is ready to pick: Enter picks it, Ctrl+Return saves. */
  focus = gtk_root_get_focus (GTK_ROOT (dialog));
  g_assert_nonnull (focus);
  g_assert_true (gtk_widget_get_parent (focus) == results);
  g_assert_true (mbc_test_seat_press (seat, "Return"));
  mbc_test_iterate (50);
  g_assert_true (mbc_test_seat_press (seat, "<Control>Return"));
  wait_for_no_dialog (f);
  {
    g_autoptr(MbcSymptom) first = g_list_model_get_item (mbc_site_get_symptoms (bones), 0);

    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (f->diary)), ==, 1);
    g_assert_cmpstr (mbc_diary_entry_get_sign_id (entry_at (f, 0)), ==, mbc_symptom_get_id (first));
  }

  /* The keyboard: Menu on the focused region opens the same menu. */
  for (guint i = 0; i < 100 && find_popover (region) != NULL; i++)
    mbc_test_iterate (10);
  g_assert_true (gtk_widget_grab_focus (region));
  g_assert_true (mbc_test_seat_press (seat, "Menu"));
  popover = wait_for_popover (region);
  g_assert_nonnull (mbc_test_find_exact_label (popover, "Record a Sign Here…"));
  g_assert_true (mbc_test_seat_press (seat, "Escape"));
  for (guint i = 0; i < 100 && find_popover (region) != NULL; i++)
    mbc_test_iterate (10);
  g_assert_null (find_popover (region));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  mbc_test_init (&argc, &argv);

#define ADD(path, func) \
  g_test_add ("/mbc/diary-view/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)

  g_test_add ("/mbc/diary-view/loading-then-empty", Fixture, "file",
              fixture_setup, test_loading_then_empty, fixture_teardown);
  ADD ("record-by-keyboard", test_record_by_keyboard);
  ADD ("escape-cancels", test_escape_cancels);
  ADD ("own-words", test_own_words);
  ADD ("emergency", test_emergency);
  ADD ("preset-sign", test_preset_sign);
  ADD ("two-weeks", test_two_weeks);
  ADD ("day-headers", test_day_headers);
  ADD ("worse", test_worse);
  ADD ("edit", test_edit);
  ADD ("delete-undo", test_delete_undo);
  ADD ("names", test_names);
  ADD ("many-entries", test_many_entries);
  g_test_add ("/mbc/diary-view/read-only", Fixture, "file",
              fixture_setup, test_read_only, fixture_teardown);
  ADD ("delete-all", test_delete_all);
  ADD ("keyboard-rows", test_keyboard_rows);
  ADD ("save-failed", test_save_failed);
  ADD ("files", test_files);
  ADD ("tab-through", test_tab_through);
  /* Last: its popover menu takes the keyboard while it is open. */
  ADD ("record-from-map", test_record_from_map);

  /* The keyboard comes before the first window. */
  seat = mbc_test_seat_new ();
  status = g_test_run ();
  mbc_test_seat_free (seat);

  return status;
}
