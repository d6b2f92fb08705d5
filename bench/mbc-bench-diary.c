/* mbc-bench-diary.c: My Diary with ten years of entries, against an
 * empty one
 *
 *   mbc-bench diary ENTRIES N SCROLL
 *
 * fills a diary in a folder of its own with ENTRIES made-up entries
 * (several a day, the newest today), starts the guide on it as a person
 * does, and, once the diary is read, measures: the diary view opened to
 * its first frame; its memory then; N entries recorded, each to its
 * frame; when SCROLL is 1, the timeline scrolled from the newest entry
 * to the oldest, a screenful a frame (each frame's own work, from its
 * "before-paint" to its "after-paint"); and the chart of the sign recorded most, over a
 * year, redrawn N times. The benchmark runs it with 20,000 entries and
 * with none (README, Speed).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <malloc.h>
#include <stdio.h>
#include <unistd.h>

#include "mbc-application.h"
#include "mbc-bench-diary.h"
#include "mbc-bench-frame.h"
#include "mbc-diary-chart.h"
#include "mbc-diary-timeline.h"
#include "mbc-diary-view.h"
#include "mbc-diary.h"
#include "mbc-language.h"
#include "mbc-window.h"

typedef struct
{
  MbcApplication *app;
  GtkWindow      *window;
  MbcBenchPaints  paints;
  guint           n;
  gboolean        scroll;
  /* The work of each frame, from its "before-paint" to its "after-paint":
   * what a frame costs, apart from the wait for its turn.
   */
  gint64          frame_begin;
  gint64          last_frame_work;
} DiaryBench;

static void
before_paint_cb (GdkFrameClock *clock,
                 DiaryBench    *bench)
{
  bench->frame_begin = g_get_monotonic_time ();
}

static void
after_paint_cb (GdkFrameClock *clock,
                DiaryBench    *bench)
{
  bench->last_frame_work = g_get_monotonic_time () - bench->frame_begin;
}

/* Words a person might write for a side effect, or anything else. */
static const char * const own_words[] = {
  "Tired after treatment",
  "Sore mouth",
  "Hot flushes",
  "Could not sleep",
  "Numb fingertips",
};

static const char * const notes[] = {
  "Worse in the evening.",
  "Better after a rest; took the tablets at 8.",
  "Walked to the shop and back, then had to sit down for a while.",
  NULL,
  NULL,
  NULL,
};

/* The guide's sign ids, for the made-up entries. */
static GPtrArray *
dup_sign_ids (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MbcContent) content = mbc_content_new_default (&error);
  GPtrArray *ids = g_ptr_array_new_with_free_func (g_free);
  GListModel *sites;

  if (content == NULL)
    g_error ("Could not read the content: %s", error->message);

  sites = mbc_content_get_sites (content);
  for (guint i = 0; i < g_list_model_get_n_items (sites) && ids->len < 12; i++)
    {
      g_autoptr(MbcSite) site = g_list_model_get_item (sites, i);
      GListModel *symptoms = mbc_site_get_symptoms (site);

      for (guint j = 0; j < g_list_model_get_n_items (symptoms) && j < 2; j++)
        {
          g_autoptr(MbcSymptom) symptom = g_list_model_get_item (symptoms, j);

          g_ptr_array_add (ids, g_strdup (mbc_symptom_get_id (symptom)));
        }
    }
  if (ids->len == 0)
    g_error ("The guide has no signs");

  return ids;
}

/* @n entries, the newest now and each a few hours before the next, in
 * the file the guide opens: ten years for 20,000.
 */
static void
fill_diary (guint n)
{
  g_autoptr(GFile) file = mbc_diary_get_default_file ();
  g_autoptr(MbcDiary) diary = mbc_diary_new (file);
  g_autoptr(GPtrArray) ids = dup_sign_ids ();
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);
  gint64 when = g_get_real_time () / G_USEC_PER_SEC;

  if (!mbc_diary_load (diary, &error))
    g_error ("Could not open the diary: %s", error->message);

  for (guint i = 0; i < n; i++)
    {
      guint pick = g_rand_int_range (rand, 0, 10);
      const char *note = notes[g_rand_int_range (rand, 0, G_N_ELEMENTS (notes))];
      int severity = g_rand_int_range (rand, 0, MBC_DIARY_SCORE_MAX + 1);
      MbcDiaryEntry *entry;

      if (pick < 7)
        entry = mbc_diary_entry_new (MBC_DIARY_KIND_SIGN,
                                     g_ptr_array_index (ids, g_rand_int_range (rand, 0, ids->len)),
                                     NULL, when, severity,
                                     g_rand_int_range (rand, -1, MBC_DIARY_SCORE_MAX + 1),
                                     pick == 0 ? "Paracetamol 1 g" : NULL, note);
      else if (pick < 9)
        entry = mbc_diary_entry_new (pick == 7 ? MBC_DIARY_KIND_SIDE_EFFECT : MBC_DIARY_KIND_OWN,
                                     NULL,
                                     own_words[g_rand_int_range (rand, 0, G_N_ELEMENTS (own_words))],
                                     when, severity, MBC_DIARY_SCORE_NONE, NULL, note);
      else
        entry = mbc_diary_entry_new (MBC_DIARY_KIND_OVERALL, NULL, NULL, when, severity,
                                     MBC_DIARY_SCORE_NONE, NULL, NULL);
      g_ptr_array_add (entries, entry);
      /* 20,000 entries over ten years: about one every four hours. */
      when -= 3600 + g_rand_int_range (rand, 0, 6 * 3600);
    }

  if (n > 0 && !mbc_diary_add_all (diary, entries, &error))
    g_error ("Could not fill the diary: %s", error->message);
  mbc_diary_flush (diary);
}

static GtkWidget *
find_widget (GtkWidget *widget,
             GType      type)
{
  if (g_type_is_a (G_OBJECT_TYPE (widget), type))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget (child, type);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static void
print_memory (const char *name)
{
  struct mallinfo2 info = mallinfo2 ();
  g_autofree char *statm = NULL;
  guint64 resident = 0;

  if (g_file_get_contents ("/proc/self/statm", &statm, NULL, NULL))
    {
      g_auto(GStrv) fields = g_strsplit (statm, " ", -1);

      if (g_strv_length (fields) > 1)
        resident = g_ascii_strtoull (fields[1], NULL, 10) * sysconf (_SC_PAGESIZE);
    }

  printf ("%s-heap-bytes %" G_GSIZE_FORMAT "\n", name, (gsize) (info.uordblks + info.hblkhd));
  printf ("%s-rss-bytes %" G_GUINT64_FORMAT "\n", name, resident);
}

/* Runs @func and returns the time to the frame that shows it, or -1. */
#define TIME_TO_PAINT(bench, statement)                                   \
  ({                                                                      \
    guint before_ = (bench)->paints.count;                                \
    gint64 start_ = g_get_monotonic_time ();                              \
    statement;                                                            \
    mbc_bench_wait_for_paint (&(bench)->paints, before_)                  \
      ? (bench)->paints.last - start_ : (gint64) -1;                      \
  })

static void
report (const char *name,
        GArray     *times)
{
  guint missed = 0;

  for (guint i = 0; i < times->len; i++)
    if (g_array_index (times, gint64, i) < 0)
      missed++;
  printf ("%s-missed %u\n", name, missed);
  printf ("%s-count %u\n", name, times->len);
  mbc_bench_print_times (name, (gint64 *) times->data, times->len);
}

static void
run_measures (DiaryBench *bench)
{
  MbcDiary *diary = mbc_window_get_diary (MBC_WINDOW (bench->window));
  g_autoptr(GArray) records = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) scrolls = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) charts = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GPtrArray) signs = NULL;
  GtkWidget *view;
  GtkWidget *list;
  GtkAdjustment *adjustment;
  GtkWidget *chart;
  gint64 open;

  if (diary == NULL)
    g_error ("The window has no diary");
  for (guint i = 0; i < 3000 && !mbc_diary_get_loaded (diary); i++)
    mbc_bench_iterate_for (10);
  if (!mbc_diary_get_loaded (diary))
    g_error ("The diary was not read within 30 s");
  printf ("diary-entries %u\n", g_list_model_get_n_items (G_LIST_MODEL (diary)));

  mbc_bench_paints_watch (&bench->paints, bench->window);
  g_signal_connect (gtk_widget_get_frame_clock (GTK_WIDGET (bench->window)), "before-paint",
                    G_CALLBACK (before_paint_cb), bench);
  g_signal_connect (gtk_widget_get_frame_clock (GTK_WIDGET (bench->window)), "after-paint",
                    G_CALLBACK (after_paint_cb), bench);
  mbc_bench_iterate_for (300);
  print_memory ("diary-before");

  {
    gint64 made = 0;

    open = TIME_TO_PAINT (bench, ({
      gint64 start = g_get_monotonic_time ();

      gtk_widget_activate_action (GTK_WIDGET (bench->window), "win.view", "s", "diary");
      made = g_get_monotonic_time () - start;
    }));
    printf ("diary-open-us %" G_GINT64_FORMAT "\n", open);
    /* Of which the view made and given the diary, before its frame. */
    printf ("diary-open-made-us %" G_GINT64_FORMAT "\n", made);
    printf ("diary-open-frame-work-us %" G_GINT64_FORMAT "\n", bench->last_frame_work);
  }
  mbc_bench_wait_until_idle (&bench->paints);
  mbc_bench_iterate_for (300);
  print_memory ("diary-open");

  /* Recording: an entry made as the dialog makes it, to its frame. */
  for (guint i = 0; i < bench->n; i++)
    {
      g_autoptr(MbcDiaryEntry) entry = mbc_diary_entry_new (MBC_DIARY_KIND_OWN, NULL, "Headache",
                                                            g_get_real_time () / G_USEC_PER_SEC,
                                                            (int) (i % 11), MBC_DIARY_SCORE_NONE,
                                                            NULL, NULL);
      gint64 time = TIME_TO_PAINT (bench, mbc_diary_add (diary, entry, NULL));

      g_array_append_val (records, time);
      mbc_bench_iterate_for (20);
    }
  report ("diary-record", records);

  /* The timeline from its newest entry to its oldest, a screenful a
   * frame, as a person flicking through it.
   */
  view = find_widget (GTK_WIDGET (bench->window), MBC_TYPE_DIARY_VIEW);
  list = view != NULL ? find_widget (view, MBC_TYPE_DIARY_TIMELINE) : NULL;
  if (list == NULL)
    g_error ("The diary view has no timeline");
  adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (list));
  while (bench->scroll &&
         gtk_adjustment_get_value (adjustment) + gtk_adjustment_get_page_size (adjustment)
         < gtk_adjustment_get_upper (adjustment) - 1)
    {
      double next = gtk_adjustment_get_value (adjustment) + gtk_adjustment_get_page_size (adjustment);
      gint64 time = TIME_TO_PAINT (bench, gtk_adjustment_set_value (adjustment, next));

      /* The frame's own work: each frame here waits for its turn. */
      if (time >= 0)
        time = bench->last_frame_work;
      g_array_append_val (scrolls, time);
      if (scrolls->len % 10 == 0)
        g_printerr ("My Diary: %u screenfuls scrolled, %.0f of %.0f px\n", scrolls->len,
                    gtk_adjustment_get_value (adjustment), gtk_adjustment_get_upper (adjustment));
      if (scrolls->len >= 100000)
        break;
    }
  report ("diary-scroll", scrolls);

  /* The chart of the sign recorded most, over a year. */
  signs = mbc_diary_dup_signs (diary, 0, G_MAXINT64);
  if (signs->len > 0)
    {
      MbcDiarySign *most = g_ptr_array_index (signs, 0);

      for (guint i = 1; i < signs->len; i++)
        {
          MbcDiarySign *sign = g_ptr_array_index (signs, i);

          if (sign->entries->len > most->entries->len)
            most = sign;
        }
      printf ("diary-chart-sign-entries %u\n", most->entries->len);
      gtk_widget_activate_action (view, "diary.show-sign", "s", most->key);
      mbc_bench_wait_until_idle (&bench->paints);
      chart = find_widget (GTK_WIDGET (bench->window), MBC_TYPE_DIARY_CHART);
      if (chart == NULL)
        g_error ("The sign's page has no chart");
      mbc_diary_chart_set_span (MBC_DIARY_CHART (chart), MBC_DIARY_SPAN_YEAR);
      mbc_bench_wait_until_idle (&bench->paints);

      for (guint i = 0; i < bench->n; i++)
        {
          gint64 time = TIME_TO_PAINT (bench, gtk_widget_queue_draw (chart));

          g_array_append_val (charts, time);
          /* The next one apart, not waiting for the frame clock's turn. */
          mbc_bench_iterate_for (20);
        }
    }
  report ("diary-chart", charts);
}

static gboolean
measure_cb (gpointer data)
{
  DiaryBench *bench = data;

  run_measures (bench);
  fflush (stdout);
  g_application_quit (G_APPLICATION (bench->app));

  return G_SOURCE_REMOVE;
}

static void
first_frame_cb (GtkWindow *window,
                gint64     since_start_us,
                gpointer   user_data)
{
  g_idle_add (measure_cb, user_data);
}

static void
window_added_cb (GtkApplication *app,
                 GtkWindow      *window,
                 DiaryBench     *bench)
{
  if (bench->window != NULL || !MBC_IS_WINDOW (window))
    return;

  bench->window = window;
  mbc_bench_on_first_frame (window, first_frame_cb, bench);
}

static void
remove_folder (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        remove_folder (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

int
mbc_bench_diary_run (char     *program,
                     guint     n_entries,
                     guint     n,
                     gboolean  scroll)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *home = g_dir_make_tmp ("mbc-bench-diary-XXXXXX", &error);
  g_autoptr(MbcApplication) app = NULL;
  char *argv[] = { program, NULL };
  DiaryBench bench = { NULL, };
  int status;

  if (home == NULL)
    g_error ("Could not make a folder for the diary: %s", error->message);
  /* Before GLib reads it: the diary of the run, and nothing else. */
  g_setenv ("XDG_DATA_HOME", home, TRUE);

  gtk_disable_setlocale ();
  mbc_language_init ();
  fill_diary (n_entries);

  app = mbc_application_new ();
  bench.app = app;
  bench.n = MAX (n, 1);
  bench.scroll = scroll;
  g_signal_connect (app, "window-added", G_CALLBACK (window_added_cb), &bench);
  status = g_application_run (G_APPLICATION (app), 1, argv);

  g_clear_object (&app);
  remove_folder (home);

  return status;
}
