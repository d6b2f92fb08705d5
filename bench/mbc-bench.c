/* mbc-bench.c: how fast the guide starts, reads its content and moves
 * between sites, and whether it stays lean
 *
 * Run without arguments, it runs each measurement in a process of its
 * own and prints a table, each figure beside its target. The processes
 * are this program again, with a command first:
 *
 *   mbc-bench startup [PACK]   the guide, from its start to its first frame,
 *                              with the hospital's pack in the folder PACK
 *   mbc-bench content N        reads all the content N times in each language
 *   mbc-bench sites N          selects the sites in turn N times, each to its frame
 *   mbc-bench lean N EVERY AT  N selections, a change of language every EVERY,
 *                              live memory after AT of them and at the end
 *   mbc-bench save N           N saves of My Questions while the window draws
 *                              a frame at every turn of its clock; the
 *                              benchmark runs it under strace, which makes
 *                              each fsync wait 500 ms, as a slow home folder
 *                              on the network does
 *   mbc-bench diary ENTRIES N SCROLL
 *                              My Diary with ENTRIES entries: the view opened,
 *                              N entries recorded, the timeline scrolled end
 *                              to end (SCROLL 1), a year's chart redrawn N
 *                              times (mbc-bench-diary.c)
 *   mbc-bench search RESOURCES BUILDS KEYS OPENS
 *                              the search with a pack of RESOURCES resources:
 *                              its index built BUILDS times, KEYS keystrokes
 *                              each to its results' frame, and Resources
 *                              opened in OPENS new windows (mbc-bench-search.c)
 *
 * and mbc-bench-bare, the bare window the guide's start-up is compared
 * with, and whose title changes show the least a frame costs.
 * "mbc-bench --quick" does each briefly, to show that it works. Nothing
 * here fails on a slow figure: the machine may be busy.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <malloc.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include "mbc-application.h"
#include "mbc-bench-diary.h"
#include "mbc-bench-frame.h"
#include "mbc-bench-search.h"
#include "mbc-content.h"
#include "mbc-language.h"
#include "mbc-window.h"

/* Part one: the measurements, each in a process of its own. */

typedef struct
{
  MbcApplication *app;
  GtkWindow      *window;
  GPtrArray      *site_ids;
  MbcBenchPaints  paints;
  const char     *mode;
  const char     *shown_site;   /* the site selected last */
  guint           args[3];
} Bench;

/* Selects @site_id as a person does from the map, and waits until the
 * window has painted it. Returns the time that took, or -1 when nothing
 * was painted.
 */
static gint64
select_site (Bench      *bench,
             const char *site_id)
{
  guint before = bench->paints.count;
  gint64 start = g_get_monotonic_time ();

  bench->shown_site = site_id;
  if (!gtk_widget_activate_action (GTK_WIDGET (bench->window), "win.show-site", "s", site_id))
    g_error ("The window has no action win.show-site");

  return mbc_bench_wait_for_paint (&bench->paints, before) ? bench->paints.last - start : -1;
}

/* A selection that is measured, apart from the first visits, so that a
 * profile can be limited to it: valgrind --tool=callgrind
 * --toggle-collect=change_site mbc-bench sites N
 */
static G_GNUC_NO_INLINE gint64
change_site (Bench      *bench,
             const char *site_id)
{
  return select_site (bench, site_id);
}

static void
switch_language (Bench      *bench,
                 const char *code)
{
  guint before = bench->paints.count;

  g_action_group_activate_action (G_ACTION_GROUP (bench->app), "language",
                                  g_variant_new_string (code));
  if (g_strcmp0 (mbc_language_get_current (), code) != 0)
    g_error ("The guide has no language “%s”", code);
  mbc_bench_wait_for_paint (&bench->paints, before);
}

static double
median (const gint64 *values,
        guint         n)
{
  return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
}

static void
run_sites (Bench *bench,
           guint  n)
{
  g_autofree gint64 *times = g_new (gint64, MAX (n, bench->site_ids->len));
  guint per_site_n = (n + bench->site_ids->len - 1) / bench->site_ids->len;
  g_autofree gint64 *per_site = g_new (gint64, (gsize) per_site_n * bench->site_ids->len);
  const char *slowest = NULL;
  gint64 slowest_p50 = 0;
  guint missed = 0;
  guint measured = 0;

  for (gsize k = 0; k < (gsize) per_site_n * bench->site_ids->len; k++)
    per_site[k] = -1;

  /* Once round first, not counted but told apart: the first time each
   * site is shown, its page is made and laid out.
   */
  for (guint i = 0; i < bench->site_ids->len; i++)
    {
      gint64 time;

      mbc_bench_wait_until_idle (&bench->paints);
      time = select_site (bench, g_ptr_array_index (bench->site_ids, i));
      if (time >= 0)
        times[measured++] = time;
    }
  mbc_bench_print_times ("site-first", times, measured);
  measured = 0;

  for (guint i = 0; i < n; i++)
    {
      guint site = i % bench->site_ids->len;
      gint64 time;

      mbc_bench_wait_until_idle (&bench->paints);
      time = change_site (bench, g_ptr_array_index (bench->site_ids, site));
      if (time < 0)
        {
          missed++;
          continue;
        }
      times[measured++] = time;
      per_site[site * per_site_n + i / bench->site_ids->len] = time;
    }

  /* Each site's own median and slowest, for whoever looks for the cause
   * of a slow change.
   */
  for (guint site = 0; site < bench->site_ids->len; site++)
    {
      const char *site_id = g_ptr_array_index (bench->site_ids, site);
      gint64 *mine = per_site + site * per_site_n;
      g_autofree char *name = NULL;
      guint count = 0;

      for (guint k = 0; k < per_site_n; k++)
        if (mine[k] >= 0)
          mine[count++] = mine[k];
      if (count == 0)
        continue;
      name = g_strdup_printf ("site-%s", site_id);
      mbc_bench_print_times (name, mine, count);
      if (slowest == NULL || mbc_bench_percentile (mine, count, 0.50) > slowest_p50)
        {
          slowest = site_id;
          slowest_p50 = mbc_bench_percentile (mine, count, 0.50);
        }
    }
  printf ("site-slowest-id %s\n", slowest != NULL ? slowest : "none");
  printf ("site-slowest-p50-us %" G_GINT64_FORMAT "\n", slowest_p50);

  printf ("site-changes %u\n", measured);
  printf ("site-missed %u\n", missed);
  mbc_bench_print_times ("site", times, measured);
}

/* Live memory: what malloc holds for the program, and the resident set.
 *
 * Both readings are taken with the window showing the same thing, the
 * first site in English: what a renderer keeps for the frame it drew
 * last depends on what that frame held (with GL, Mesa's buffers for the
 * scene are most of the heap), and a reading after a long page would
 * otherwise be compared with one after a short page.
 */
static void
measure_memory (Bench      *bench,
                const char *name)
{
  struct mallinfo2 info;
  g_autofree char *statm = NULL;
  guint64 resident = 0;

  const char *site = g_ptr_array_index (bench->site_ids, 0);
  const char *shown_site = bench->shown_site;
  g_autofree char *language = g_strdup (mbc_language_get_current ());

  if (g_strcmp0 (language, "en") != 0)
    switch_language (bench, "en");
  mbc_bench_wait_until_idle (&bench->paints);
  if (g_strcmp0 (shown_site, site) != 0)
    select_site (bench, site);
  mbc_bench_wait_until_idle (&bench->paints);
  /* Let the idles and finalizers of the last change run out. */
  mbc_bench_iterate_for (300);

  info = mallinfo2 ();
  if (g_file_get_contents ("/proc/self/statm", &statm, NULL, NULL))
    {
      g_auto(GStrv) fields = g_strsplit (statm, " ", -1);

      if (g_strv_length (fields) > 1)
        resident = g_ascii_strtoull (fields[1], NULL, 10) * sysconf (_SC_PAGESIZE);
    }

  printf ("%s-heap-bytes %" G_GSIZE_FORMAT "\n", name, (gsize) (info.uordblks + info.hblkhd));
  printf ("%s-rss-bytes %" G_GUINT64_FORMAT "\n", name, resident);

  /* Back as it was, so that the selections and changes of language go on
   * from where they were, each one a change.
   */
  if (shown_site != NULL && g_strcmp0 (shown_site, site) != 0)
    select_site (bench, shown_site);
  if (g_strcmp0 (language, "en") != 0)
    switch_language (bench, language);
}

static void
run_lean (Bench *bench,
          guint  n,
          guint  switch_every,
          guint  baseline_at)
{
  const char *languages[] = { "es", "en" };
  guint switches = 0;
  guint missed = 0;

  for (guint i = 1; i <= n; i++)
    {
      if (select_site (bench, g_ptr_array_index (bench->site_ids, (i - 1) % bench->site_ids->len)) < 0)
        missed++;

      if (switch_every > 0 && i % switch_every == 0)
        switch_language (bench, languages[switches++ % G_N_ELEMENTS (languages)]);

      if (i == baseline_at)
        measure_memory (bench, "lean-baseline");
    }

  measure_memory (bench, "lean-final");
  printf ("lean-selections %u\n", n);
  printf ("lean-switches %u\n", switches);
  printf ("lean-missed %u\n", missed);
}

/* Saves of My Questions, while the window draws. */

typedef struct
{
  GArray   *paints;     /* when each frame was painted, while recording */
  gboolean  recording;
  gboolean  drawing;
} Drawing;

static void
record_paint_cb (GdkFrameClock *clock,
                 Drawing       *drawing)
{
  gint64 now = g_get_monotonic_time ();

  if (drawing->recording)
    g_array_append_val (drawing->paints, now);
}

/* A frame at every turn of the frame clock, as an animation has. */
static gboolean
draw_tick_cb (GtkWidget     *widget,
              GdkFrameClock *clock,
              gpointer       user_data)
{
  Drawing *drawing = user_data;

  if (!drawing->drawing)
    return G_SOURCE_REMOVE;

  gtk_widget_queue_draw (widget);

  return G_SOURCE_CONTINUE;
}

/* What tells that the file has been written anew: it is replaced by a
 * new file, so its inode changes, and its time.
 */
static char *
dup_file_stamp (const char *path)
{
  GStatBuf buf;

  if (g_stat (path, &buf) != 0)
    return g_strdup ("none");

  return g_strdup_printf ("%" G_GUINT64_FORMAT " %" G_GINT64_FORMAT ".%09ld %" G_GINT64_FORMAT,
                          (guint64) buf.st_ino, (gint64) buf.st_mtim.tv_sec,
                          buf.st_mtim.tv_nsec, (gint64) buf.st_size);
}

/* The question the benchmark changes: its own, added once. */
static MbcMyQuestion *
bench_question (MbcMyQuestionList *list)
{
  const char *text = "Benchmark: a question whose answer changes";
  g_autoptr(MbcMyQuestion) question = NULL;
  guint n = g_list_model_get_n_items (G_LIST_MODEL (list));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MbcMyQuestion) item = g_list_model_get_item (G_LIST_MODEL (list), i);

      if (g_str_equal (mbc_my_question_get_text (item), text))
        return item;
    }

  question = mbc_my_question_new (text, NULL);
  mbc_my_question_list_append (list, question);

  return question;
}

/* The longest time between two frames of @paints, and from the last
 * one to @end.
 */
static gint64
longest_gap (GArray *paints,
             gint64  end)
{
  gint64 longest = 0;

  for (guint k = 1; k < paints->len; k++)
    longest = MAX (longest, g_array_index (paints, gint64, k) -
                            g_array_index (paints, gint64, k - 1));
  if (paints->len > 0)
    longest = MAX (longest, end - g_array_index (paints, gint64, paints->len - 1));

  return longest;
}

/* Changes the list @n times, each time once the window has drawn for a
 * while, and measures, from the change until a second after the file
 * on the disk holds it, the longest time between two frames: what a
 * person sees of the save. (The file is in its place after the first
 * fsync; GLib then flushes the folder too, with a second, which that
 * second covers.) Also how long the change took to reach the
 * disk (the list waits for a pause in the changes before it writes),
 * and, to compare, the longest time between two frames in the 300 ms of
 * drawing before each change, when nothing is saved.
 */
static void
run_save (Bench *bench,
          guint  n)
{
  MbcMyQuestionList *list = mbc_application_get_question_list (bench->app);
  g_autofree char *path = g_file_get_path (mbc_my_question_list_get_file (list));
  g_autofree gint64 *worst = g_new (gint64, MAX (n, 1));
  g_autofree gint64 *written = g_new (gint64, MAX (n, 1));
  g_autofree gint64 *idle = g_new (gint64, MAX (n, 1));
  Drawing drawing = { NULL, };
  MbcMyQuestion *question;
  guint measured = 0;
  guint missed = 0;
  gulong handler;

  drawing.paints = g_array_new (FALSE, FALSE, sizeof (gint64));
  drawing.drawing = TRUE;
  handler = g_signal_connect (gtk_widget_get_frame_clock (GTK_WIDGET (bench->window)),
                              "after-paint", G_CALLBACK (record_paint_cb), &drawing);
  gtk_widget_add_tick_callback (GTK_WIDGET (bench->window), draw_tick_cb, &drawing, NULL);

  /* The question to change, on the disk before the first measure. */
  question = bench_question (list);
  mbc_my_question_list_flush (list);

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *before = NULL;
      g_autofree char *answer = g_strdup_printf ("Answer %u of %u", i + 1, n);
      g_autofree char *now_stamp = NULL;
      gint64 give_up, start, saved, end;
      gboolean done = FALSE;

      /* Drawing, steadily, before the change. */
      mbc_bench_iterate_for (100);
      g_array_set_size (drawing.paints, 0);
      g_array_append_val (drawing.paints, bench->paints.last);
      drawing.recording = TRUE;
      mbc_bench_iterate_for (300);
      idle[i] = longest_gap (drawing.paints, g_get_monotonic_time ());

      before = dup_file_stamp (path);
      g_array_set_size (drawing.paints, 0);
      g_array_append_val (drawing.paints, bench->paints.last);

      start = g_get_monotonic_time ();
      give_up = start + 10 * G_USEC_PER_SEC;
      mbc_my_question_set_answer (question, answer);

      while (g_get_monotonic_time () < give_up)
        {
          g_free (now_stamp);
          now_stamp = dup_file_stamp (path);
          if (!g_str_equal (now_stamp, before))
            {
              done = TRUE;
              break;
            }
          g_main_context_iteration (NULL, TRUE);
        }
      saved = g_get_monotonic_time ();
      mbc_bench_iterate_for (1000);
      end = g_get_monotonic_time ();
      drawing.recording = FALSE;

      if (!done)
        {
          missed++;
          continue;
        }

      /* From the frame before the change to the end. */
      worst[measured] = longest_gap (drawing.paints, end);
      written[measured] = saved - start;
      measured++;
    }

  drawing.drawing = FALSE;
  g_signal_handler_disconnect (gtk_widget_get_frame_clock (GTK_WIDGET (bench->window)), handler);
  g_array_unref (drawing.paints);

  printf ("save-runs %u\n", measured);
  printf ("save-missed %u\n", missed);
  mbc_bench_print_times ("save-frame", worst, measured);
  mbc_bench_print_times ("save-written", written, measured);
  mbc_bench_print_times ("save-idle-frame", idle, n);
}

static gboolean
measure_cb (gpointer data)
{
  Bench *bench = data;
  g_autoptr(MbcContent) content = NULL;
  GListModel *sites;

  g_object_get (bench->window, "information", &content, NULL);
  if (content == NULL)
    g_error ("The guide has no content");

  sites = mbc_content_get_sites (content);
  for (guint i = 0; i < g_list_model_get_n_items (sites); i++)
    {
      g_autoptr(MbcSite) site = g_list_model_get_item (sites, i);

      g_ptr_array_add (bench->site_ids, g_strdup (mbc_site_get_id (site)));
    }
  if (bench->site_ids->len < 2)
    g_error ("The guide has fewer than two sites");

  mbc_bench_paints_watch (&bench->paints, bench->window);
  /* The first frames after the first, as the window settles. */
  mbc_bench_iterate_for (300);

  if (g_str_equal (bench->mode, "sites"))
    run_sites (bench, bench->args[0]);
  else if (g_str_equal (bench->mode, "save"))
    run_save (bench, bench->args[0]);
  else
    run_lean (bench, bench->args[0], bench->args[1], bench->args[2]);

  fflush (stdout);
  g_application_quit (G_APPLICATION (bench->app));

  return G_SOURCE_REMOVE;
}

static void
first_frame_cb (GtkWindow *window,
                gint64     since_start_us,
                gpointer   user_data)
{
  Bench *bench = user_data;

  if (g_str_equal (bench->mode, "startup"))
    {
      mbc_bench_print_first_frame (window, since_start_us);
      g_application_quit (G_APPLICATION (bench->app));
      return;
    }

  /* Not from within the frame: the measurements wait for frames. */
  g_idle_add (measure_cb, bench);
}

static void
window_added_cb (GtkApplication *app,
                 GtkWindow      *window,
                 Bench          *bench)
{
  if (bench->window != NULL || !MBC_IS_WINDOW (window))
    return;

  bench->window = window;
  mbc_bench_on_first_frame (window, first_frame_cb, bench);
}

/* The guide as main.c starts it, watched. */
static int
run_guide (const char *mode,
           char       *program,
           guint       arg0,
           guint       arg1,
           guint       arg2)
{
  g_autoptr(MbcApplication) app = NULL;
  char *argv[] = { program, NULL };
  Bench bench = { NULL, };
  int status;

  /* What main.c does before the application: the locale, the language
   * and the setting read before the toolkit starts.
   */
  gtk_disable_setlocale ();
  mbc_language_init ();
  {
    g_autoptr(GSettings) settings = g_settings_new (APP_ID);

    if (g_settings_get_boolean (settings, "kiosk-mode"))
      g_error ("The benchmark measures the guide as a person at home has it, not a workstation");
  }

  app = mbc_application_new ();

  bench.app = app;
  bench.mode = mode;
  bench.args[0] = arg0;
  bench.args[1] = arg1;
  bench.args[2] = arg2;
  bench.site_ids = g_ptr_array_new_with_free_func (g_free);
  g_signal_connect (app, "window-added", G_CALLBACK (window_added_cb), &bench);

  status = g_application_run (G_APPLICATION (app), 1, argv);

  g_ptr_array_unref (bench.site_ids);

  return status;
}

/* Reads, checks and translates all the content, as the guide does at
 * start and at each change of language.
 */
static int
run_content (guint n)
{
  const char *languages[] = { "en", "es" };
  g_autofree gint64 *times = g_new (gint64, MAX (n, 1));

  mbc_language_init ();

  for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
    {
      if (!mbc_language_set (languages[l]))
        g_error ("The guide has no language “%s”: is MBC_LOCALEDIR set?", languages[l]);

      for (guint i = 0; i < n + 3; i++)
        {
          g_autoptr(GError) error = NULL;
          g_autoptr(MbcContent) content = NULL;
          gint64 start = g_get_monotonic_time ();

          content = mbc_content_new_default_with_local (&error, NULL);
          if (content == NULL)
            g_error ("Could not read the content: %s", error->message);
          /* The first three are not counted: catalogues and caches fill. */
          if (i >= 3)
            times[i - 3] = g_get_monotonic_time () - start;
        }

      qsort (times, n, sizeof (gint64), mbc_bench_compare_times);
      printf ("content-%s-us %.0f %" G_GINT64_FORMAT " %" G_GINT64_FORMAT "\n",
              languages[l], median (times, n), times[0], times[n - 1]);
    }

  return 0;
}

/* Part two: running them, and the table. */

typedef struct
{
  GHashTable    *values;
  struct rusage  usage;
} Run;

static void
run_clear (Run *run)
{
  g_clear_pointer (&run->values, g_hash_table_unref);
}

static char *
self_path (void)
{
  char *path = g_file_read_link ("/proc/self/exe", NULL);

  if (path == NULL)
    g_error ("Cannot find this program’s own file");

  return path;
}

/* The bare window, built beside this program. */
static char *
bare_path (void)
{
  g_autofree char *self = self_path ();
  g_autofree char *folder = g_path_get_dirname (self);

  return g_build_filename (folder, "mbc-bench-bare", NULL);
}

/* How long each fsync waits in the measure of saves, as on a slow home
 * folder on the network: a tenth of what a busy NFS server can take, and
 * far more than a frame.
 */
#define SLOW_FSYNC_US 500000

/* strace, to make every fsync of the measured process wait: with
 * --seccomp-bpf it stops the process only at those calls, so that the
 * rest runs at its speed. NULL when strace is missing or may not trace
 * (a container without ptrace); the saves are measured without it.
 */
static char **
dup_slow_fsync_prefix (void)
{
  g_autofree char *strace = g_find_program_in_path ("strace");
  g_autofree char *delay = g_strdup_printf ("%u", SLOW_FSYNC_US);
  g_autofree char *on_fsync = g_strdup_printf ("inject=fsync:delay_enter=%s", delay);
  g_autofree char *on_fdatasync = g_strdup_printf ("inject=fdatasync:delay_enter=%s", delay);
  const char *prefix[] = {
    strace, "-f", "--seccomp-bpf", "-qq", "-o", "/dev/null",
    "-e", "trace=fsync,fdatasync", "-e", on_fsync, "-e", on_fdatasync,
    NULL,
  };
  g_autoptr(GStrvBuilder) probe = g_strv_builder_new ();
  g_auto(GStrv) probe_argv = NULL;
  int status = -1;

  if (strace == NULL)
    return NULL;

  g_strv_builder_addv (probe, prefix);
  g_strv_builder_add (probe, "true");
  probe_argv = g_strv_builder_end (probe);
  if (!g_spawn_sync (NULL, probe_argv, NULL,
                     G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL,
                     NULL, NULL, NULL, NULL, &status, NULL) ||
      !g_spawn_check_wait_status (status, NULL))
    return NULL;

  return g_strdupv ((char **) prefix);
}

/* Runs @argv with GSK_RENDERER set to @renderer (NULL: the toolkit's
 * choice), reads the "name value" lines it prints, and how much memory
 * it took at most.
 */
static void
run_process (const char * const *argv,
             const char         *renderer,
             Run                *run)
{
  g_auto(GStrv) env = g_get_environ ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) output = g_string_new (NULL);
  g_auto(GStrv) lines = NULL;
  g_autofree char *start = NULL;
  char buffer[4096];
  GPid pid;
  int out = -1;
  int status = 0;
  ssize_t n;

  env = renderer != NULL ? g_environ_setenv (env, "GSK_RENDERER", renderer, TRUE)
                         : g_environ_unsetenv (env, "GSK_RENDERER");

  /* The clock starts before the process does: loading the libraries
   * and starting the toolkit count.
   */
  start = g_strdup_printf ("%" G_GINT64_FORMAT, g_get_monotonic_time ());
  env = g_environ_setenv (env, "MBC_BENCH_T0", start, TRUE);
  if (!g_spawn_async_with_pipes (NULL, (char **) argv, env, G_SPAWN_DO_NOT_REAP_CHILD,
                                 NULL, NULL, &pid, NULL, &out, NULL, &error))
    g_error ("Could not run %s: %s", argv[0], error->message);

  while ((n = read (out, buffer, sizeof buffer)) != 0)
    {
      if (n < 0 && errno != EINTR)
        g_error ("Could not read from %s: %s", argv[0], g_strerror (errno));
      if (n > 0)
        g_string_append_len (output, buffer, n);
    }
  close (out);

  while (wait4 (pid, &status, 0, &run->usage) < 0)
    if (errno != EINTR)
      g_error ("Could not wait for %s: %s", argv[0], g_strerror (errno));
  if (!WIFEXITED (status) || WEXITSTATUS (status) != 0)
    g_error ("%s %s failed (status %d) with GSK_RENDERER=%s",
             argv[0], argv[1] != NULL ? argv[1] : "", status, renderer != NULL ? renderer : "");

  run->values = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  lines = g_strsplit (output->str, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *space = strchr (lines[i], ' ');

      if (space != NULL)
        g_hash_table_insert (run->values, g_strndup (lines[i], space - lines[i]), g_strdup (space + 1));
    }
}

static const char *
run_get (Run        *run,
         const char *name)
{
  const char *value = g_hash_table_lookup (run->values, name);

  if (value == NULL)
    g_error ("A run printed no “%s”", name);

  return value;
}

static double
run_get_double (Run        *run,
                const char *name)
{
  return g_ascii_strtod (run_get (run, name), NULL);
}

/* The p50, p99 and max of @name, as mbc_bench_print_times() printed
 * them, in ms.
 */
static void
run_get_times (Run        *run,
               const char *name,
               double      out[3])
{
  const char *figures[] = { "p50", "p99", "max" };

  for (guint i = 0; i < G_N_ELEMENTS (figures); i++)
    {
      g_autofree char *key = g_strdup_printf ("%s-%s-us", name, figures[i]);

      out[i] = run_get_double (run, key) / 1e3;
    }
}

typedef struct
{
  guint startup_runs;
  guint content_loads;
  guint site_changes;
  guint lean_selections;
  guint lean_switch_every;
  guint lean_baseline_at;
  guint saves;
  guint diary_runs;
  guint diary_entries;
  guint diary_changes;
  guint search_resources;
  guint search_builds;
  guint search_keys;
  guint search_opens;
} Plan;

static const Plan full_plan = {
  25, 200, 1000, 5000, 50, 100, 20, 5, 20000, 200, 2000, 20, 126, 10
};
static const Plan quick_plan = { 1, 5, 20, 40, 10, 20, 1, 1, 300, 3, 200, 1, 8, 1 };

typedef struct
{
  const char *name;      /* for GSK_RENDERER, NULL for the default */
  const char *label;
  char       *used;      /* the renderer the windows reported */
  double      first_frame[3][3];   /* bare, guide, guide with a pack: median, min, max in ms */
  double      peak[3][3];          /* the same in MB */
  double      site[3];             /* p50, p99, max in ms */
  double      bare_frame[3];       /* the bare window's title change: p50, p99, max in ms */
  double      site_first[3];       /* the first visit of each site: p50, p99, max in ms */
  char       *site_slowest;        /* the site whose changes took longest, at p50 */
  double      site_slowest_p50;    /* in ms */
  guint       site_changes;
  guint       site_missed;
  double      lean[4];             /* heap at the baseline and the end, RSS likewise, in MB */
  double      save_frame[3];       /* the longest wait for a frame in a save: p50, p99, max in ms */
  double      save_idle[3];        /* the same with nothing saved */
  double      save_written[3];     /* from the change to the file on the disk */
  guint       save_runs;
  guint       save_missed;
} Renderer;

/* My Diary, with the cairo renderer, empty [0] and full [1]. */
typedef struct
{
  double      open[2][3];          /* the view opened to its frame: median, min, max in ms */
  double      rss[2];              /* resident memory once open, median in MB */
  double      record[3];           /* an entry recorded to its frame, full: p50, p99, max in ms */
  double      scroll[3];           /* a screenful scrolled to its frame, full */
  double      chart[3];            /* a year's chart redrawn to its frame, full */
  guint       scroll_frames;
  guint       chart_entries;
  guint       missed;
} Diary;

/* The search and the Resources view, with the cairo renderer, with the
 * built-in content alone [0] and with a hospital's pack [1].
 */
typedef struct
{
  double      build[2][3];         /* the index built, to its callback: median, min, max in ms */
  double      build_main[2][3];    /* of which on the main thread */
  double      key[2][3];           /* a keystroke to its frame: p50, p99, max in ms */
  double      key_set[2][3];       /* of which the text set and the results listed */
  double      key_frame[2][3];     /* and the frame's own work */
  double      open[2][3];          /* Resources opened to its frame: median, min, max in ms */
  double      open_first[2];       /* the first time in the process, in ms */
  guint       keys[2];
  guint       resources[2];
  char       *slowest[2];          /* the text whose keystroke was slowest */
  guint       missed;
} Search;

static void
summarize (GArray *values,
           double  scale,
           double  out[3])
{
  g_array_sort (values, mbc_bench_compare_times);
  out[0] = median ((gint64 *) values->data, values->len) * scale;
  out[1] = g_array_index (values, gint64, 0) * scale;
  out[2] = g_array_index (values, gint64, values->len - 1) * scale;
}

static void
measure_startup (Renderer   *renderer,
                 const Plan *plan,
                 const char *self,
                 const char *bare,
                 const char *pack)
{
  const char *argv[3][4] = {
    { bare, NULL, },
    { self, "startup", NULL, },
    { self, "startup", pack, NULL },
  };
  const char *names[] = { "bare window", "MBC Guide", "MBC Guide with a pack" };
  /* The guide with a hospital's pack too, when there is one. */
  guint n = pack != NULL ? 3 : 2;
  GArray *frames[3], *peaks[3];

  for (guint p = 0; p < n; p++)
    {
      frames[p] = g_array_new (FALSE, FALSE, sizeof (gint64));
      peaks[p] = g_array_new (FALSE, FALSE, sizeof (gint64));
    }

  /* A first run of each, not counted, fills the disk caches and the GL
   * driver's cache of shaders. Then the two take turns, so that a busy
   * moment on the machine falls on both alike.
   */
  for (guint i = 0; i <= plan->startup_runs; i++)
    for (guint p = 0; p < n; p++)
      {
        Run run = { NULL, };
        gint64 frame, peak;

        if (i == 0)
          g_printerr ("start-up, %s, %s: a first run, not counted\n", renderer->label, names[p]);
        else
          g_printerr ("start-up, %s, %s: run %u of %u\n", renderer->label, names[p], i,
                      plan->startup_runs);
        run_process (argv[p], renderer->name, &run);
        frame = g_ascii_strtoll (run_get (&run, "first-frame-us"), NULL, 10);
        peak = (gint64) run.usage.ru_maxrss * 1024;
        if (renderer->used == NULL)
          renderer->used = g_strdup (run_get (&run, "renderer"));
        else if (!g_str_equal (renderer->used, run_get (&run, "renderer")))
          g_error ("The windows used two renderers: %s and %s",
                   renderer->used, run_get (&run, "renderer"));
        if (i > 0)
          {
            g_array_append_val (frames[p], frame);
            g_array_append_val (peaks[p], peak);
          }
        run_clear (&run);
      }

  for (guint p = 0; p < n; p++)
    {
      summarize (frames[p], 1e-3, renderer->first_frame[p]);
      summarize (peaks[p], 1e-6, renderer->peak[p]);
      g_array_unref (frames[p]);
      g_array_unref (peaks[p]);
    }
}

/* The guide's site changes, and before them the bare window's title
 * changed as many times: the least a frame costs with this renderer on
 * this machine.
 */
static void
measure_sites (Renderer   *renderer,
               const Plan *plan,
               const char *self,
               const char *bare)
{
  g_autofree char *n = g_strdup_printf ("%u", plan->site_changes);
  const char *bare_argv[] = { bare, "frames", n, NULL };
  const char *argv[] = { self, "sites", n, NULL };
  Run run = { NULL, };

  g_printerr ("title changes in the bare window, %s: %u\n", renderer->label, plan->site_changes);
  run_process (bare_argv, renderer->name, &run);
  if (atoi (run_get (&run, "bare-frame-missed")) > 0)
    g_printerr ("title changes in the bare window, %s: %s painted nothing\n",
                renderer->label, run_get (&run, "bare-frame-missed"));
  run_get_times (&run, "bare-frame", renderer->bare_frame);
  run_clear (&run);

  g_printerr ("site changes, %s: %u\n", renderer->label, plan->site_changes);
  run_process (argv, renderer->name, &run);
  renderer->site_changes = atoi (run_get (&run, "site-changes"));
  renderer->site_missed = atoi (run_get (&run, "site-missed"));
  run_get_times (&run, "site", renderer->site);
  run_get_times (&run, "site-first", renderer->site_first);
  renderer->site_slowest = g_strdup (run_get (&run, "site-slowest-id"));
  renderer->site_slowest_p50 = run_get_double (&run, "site-slowest-p50-us") / 1e3;
  run_clear (&run);
}

static void
measure_lean (Renderer   *renderer,
              const Plan *plan,
              const char *self)
{
  g_autofree char *n = g_strdup_printf ("%u", plan->lean_selections);
  g_autofree char *every = g_strdup_printf ("%u", plan->lean_switch_every);
  g_autofree char *at = g_strdup_printf ("%u", plan->lean_baseline_at);
  const char *argv[] = { self, "lean", n, every, at, NULL };
  Run run = { NULL, };

  g_printerr ("staying lean, %s: %u selections, a language change every %u\n",
              renderer->label, plan->lean_selections, plan->lean_switch_every);
  run_process (argv, renderer->name, &run);
  renderer->lean[0] = run_get_double (&run, "lean-baseline-heap-bytes") / 1e6;
  renderer->lean[1] = run_get_double (&run, "lean-final-heap-bytes") / 1e6;
  renderer->lean[2] = run_get_double (&run, "lean-baseline-rss-bytes") / 1e6;
  renderer->lean[3] = run_get_double (&run, "lean-final-rss-bytes") / 1e6;
  if (atoi (run_get (&run, "lean-missed")) > 0)
    g_printerr ("staying lean, %s: %s selections painted nothing\n",
                renderer->label, run_get (&run, "lean-missed"));
  run_clear (&run);
}

/* Saves of My Questions while the window draws, each fsync made slow
 * by @prefix (strace), or at the disk's own speed when it is NULL.
 */
static void
measure_save (Renderer    *renderer,
              const Plan  *plan,
              const char  *self,
              char       **prefix)
{
  g_autofree char *n = g_strdup_printf ("%u", plan->saves);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) argv = NULL;
  Run run = { NULL, };

  if (prefix != NULL)
    g_strv_builder_addv (builder, (const char **) prefix);
  g_strv_builder_add_many (builder, self, "save", n, NULL);
  argv = g_strv_builder_end (builder);

  g_printerr ("saves of My Questions while the window draws, %s: %u, %s\n", renderer->label,
              plan->saves,
              prefix != NULL ? "each fsync made to wait 500 ms" : "fsync at the disk’s speed");
  run_process ((const char * const *) argv, renderer->name, &run);
  renderer->save_runs = atoi (run_get (&run, "save-runs"));
  renderer->save_missed = atoi (run_get (&run, "save-missed"));
  if (renderer->save_runs > 0)
    {
      run_get_times (&run, "save-frame", renderer->save_frame);
      run_get_times (&run, "save-written", renderer->save_written);
    }
  run_get_times (&run, "save-idle-frame", renderer->save_idle);
  run_clear (&run);
}

/* My Diary, empty and with ten years of entries, in turns; the full
 * diary's first counted run also scrolls the timeline end to end.
 */
static void
measure_diary (Diary      *diary,
               const Plan *plan,
               const char *self)
{
  g_autofree char *changes = g_strdup_printf ("%u", plan->diary_changes);
  g_autofree char *entries = g_strdup_printf ("%u", plan->diary_entries);
  GArray *opens[2], *rss[2];

  for (guint f = 0; f < 2; f++)
    {
      opens[f] = g_array_new (FALSE, FALSE, sizeof (gint64));
      rss[f] = g_array_new (FALSE, FALSE, sizeof (gint64));
    }

  for (guint i = 0; i <= plan->diary_runs; i++)
    for (guint f = 0; f < 2; f++)
      {
        gboolean measured = i > 0 && f == 1 && i == 1;
        const char *argv[] = { self, "diary", f == 0 ? "0" : entries, changes,
                               measured ? "1" : "0", NULL };
        Run run = { NULL, };
        gint64 open, resident;

        g_printerr ("My Diary, %s entries, cairo: %s\n", argv[2],
                    i == 0 ? "a first run, not counted" : measured ? "with the scroll" : "a run");
        run_process (argv, "cairo", &run);
        open = g_ascii_strtoll (run_get (&run, "diary-open-us"), NULL, 10);
        resident = g_ascii_strtoll (run_get (&run, "diary-open-rss-bytes"), NULL, 10);
        diary->missed += atoi (run_get (&run, "diary-record-missed")) +
                         atoi (run_get (&run, "diary-chart-missed")) + (open < 0);
        if (i > 0)
          {
            g_array_append_val (opens[f], open);
            g_array_append_val (rss[f], resident);
          }
        if (measured)
          {
            run_get_times (&run, "diary-record", diary->record);
            run_get_times (&run, "diary-scroll", diary->scroll);
            run_get_times (&run, "diary-chart", diary->chart);
            diary->scroll_frames = atoi (run_get (&run, "diary-scroll-count"));
            diary->chart_entries = atoi (run_get (&run, "diary-chart-sign-entries"));
            diary->missed += atoi (run_get (&run, "diary-scroll-missed"));
          }
        run_clear (&run);
      }

  for (guint f = 0; f < 2; f++)
    {
      double memory[3];

      summarize (opens[f], 1e-3, diary->open[f]);
      summarize (rss[f], 1e-6, memory);
      diary->rss[f] = memory[0];
      g_array_unref (opens[f]);
      g_array_unref (rss[f]);
    }
}

/* The median, min and max of @name, printed as "NAME-us median min
 * max", in ms.
 */
static void
run_get_spread (Run        *run,
                const char *name,
                double      out[3])
{
  g_autofree char *key = g_strdup_printf ("%s-us", name);
  g_auto(GStrv) fields = g_strsplit (run_get (run, key), " ", 3);

  for (guint i = 0; i < 3; i++)
    out[i] = g_ascii_strtod (fields[i] != NULL ? fields[i] : "0", NULL) / 1e3;
}

/* The search and the Resources view, with the built-in content alone
 * and with a pack of the plan's resources.
 */
static void
measure_search (Search     *search,
                const Plan *plan,
                const char *self)
{
  g_autofree char *builds = g_strdup_printf ("%u", plan->search_builds);
  g_autofree char *keys = g_strdup_printf ("%u", plan->search_keys);
  g_autofree char *opens = g_strdup_printf ("%u", plan->search_opens);

  for (guint f = 0; f < 2; f++)
    {
      g_autofree char *resources = g_strdup_printf ("%u", f == 0 ? 0 : plan->search_resources);
      const char *argv[] = { self, "search", resources, builds, keys, opens, NULL };
      Run run = { NULL, };

      g_printerr ("search, %s resources in a pack, cairo: %u index builds, %u keystrokes, "
                  "Resources opened %u times\n", resources, plan->search_builds, plan->search_keys,
                  plan->search_opens);
      run_process (argv, "cairo", &run);
      search->resources[f] = atoi (run_get (&run, "search-resources"));
      run_get_spread (&run, "search-build", search->build[f]);
      run_get_spread (&run, "search-build-main", search->build_main[f]);
      search->keys[f] = atoi (run_get (&run, "search-key-count"));
      search->missed += atoi (run_get (&run, "search-key-missed")) +
                        atoi (run_get (&run, "search-open-missed"));
      search->slowest[f] = g_strdup (run_get (&run, "search-key-slowest"));
      run_get_times (&run, "search-key", search->key[f]);
      run_get_times (&run, "search-key-set", search->key_set[f]);
      run_get_times (&run, "search-key-frame", search->key_frame[f]);
      run_get_spread (&run, "search-open", search->open[f]);
      search->open_first[f] = run_get_double (&run, "search-open-first-us") / 1e3;
      run_clear (&run);
    }
}

/* The table: rows of five cells, padded to line up in a terminal and
 * read as Markdown.
 */
static void
add_row (GPtrArray  *rows,
         const char *measure,
         const char *renderer,
         char       *result,
         const char *target,
         const char *met)
{
  GStrv row = g_new0 (char *, 6);

  row[0] = g_strdup (measure);
  row[1] = g_strdup (renderer);
  row[2] = result;
  row[3] = g_strdup (target != NULL ? target : "");
  row[4] = g_strdup (met != NULL ? met : "");
  g_ptr_array_add (rows, row);
}

static void
print_rows (GPtrArray *rows)
{
  glong widths[5] = { 0, };

  for (guint i = 0; i < rows->len; i++)
    for (guint c = 0; c < 5; c++)
      widths[c] = MAX (widths[c], g_utf8_strlen (((GStrv) g_ptr_array_index (rows, i))[c], -1));

  for (guint i = 0; i < rows->len; i++)
    {
      GStrv row = g_ptr_array_index (rows, i);
      g_autoptr(GString) line = g_string_new ("|");

      for (guint c = 0; c < 5; c++)
        {
          g_string_append_printf (line, " %s", row[c]);
          for (glong pad = g_utf8_strlen (row[c], -1); pad < widths[c]; pad++)
            g_string_append_c (line, ' ');
          g_string_append (line, " |");
        }
      printf ("%s\n", line->str);

      if (i == 0)
        {
          g_string_assign (line, "|");
          for (guint c = 0; c < 5; c++)
            {
              g_string_append_c (line, ' ');
              for (glong pad = 0; pad < MAX (widths[c], 3); pad++)
                g_string_append_c (line, '-');
              g_string_append (line, " |");
            }
          printf ("%s\n", line->str);
        }
    }
}

static char *
load_average (void)
{
  g_autofree char *text = NULL;
  g_auto(GStrv) fields = NULL;

  if (!g_file_get_contents ("/proc/loadavg", &text, NULL, NULL))
    return g_strdup ("unknown");

  fields = g_strsplit (text, " ", -1);

  return g_strdup_printf ("%s %s %s", fields[0], fields[1], fields[2]);
}

/* What a run measures: all of it, or one part alone. */
typedef enum
{
  PART_ALL,
  PART_DIARY,
  PART_SEARCH,
} Part;

static int
run_all (gboolean quick,
         Part     part)
{
  const Plan *plan = quick ? &quick_plan : &full_plan;
  Renderer renderers[] = {
    { "cairo", "cairo", },
    { NULL, "GL", },
  };
  g_autofree char *self = self_path ();
  g_autofree char *bare = bare_path ();
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *date = g_date_time_format (now, "%Y-%m-%d %H:%M");
  g_autofree char *load_before = load_average ();
  g_autofree char *load_after = NULL;
  /* The quick run saves at the disk's speed: the tests run it, under the
   * sanitizers too, and LeakSanitizer cannot work in a traced process.
   */
  g_auto(GStrv) slow_fsync = quick ? NULL : dup_slow_fsync_prefix ();
  double content[2][3];
  Diary diary = { 0, };
  Search search = { { { 0, }, }, };
  /* The search's part alone is measured with cairo only. */
  guint n_renderers = part == PART_SEARCH ? 1 : G_N_ELEMENTS (renderers);
  guint met = 0, missed = 0;
  Run run = { NULL, };

  if (part != PART_DIARY)
    {
      g_autofree char *pack = mbc_bench_search_write_pack (plan->search_resources);

      for (guint r = 0; r < n_renderers; r++)
        measure_startup (&renderers[r], plan, self, bare, pack);
      mbc_bench_search_remove_pack (pack);
    }

  if (part == PART_ALL)
    {
      g_autofree char *n = g_strdup_printf ("%u", plan->content_loads);
      const char *argv[] = { self, "content", n, NULL };

      g_printerr ("content: %u loads in each language\n", plan->content_loads);
      run_process (argv, NULL, &run);
      for (guint l = 0; l < 2; l++)
        {
          g_auto(GStrv) fields = g_strsplit (run_get (&run, l == 0 ? "content-en-us" : "content-es-us"),
                                             " ", 3);

          for (guint i = 0; i < 3; i++)
            content[l][i] = g_ascii_strtod (fields[i] != NULL ? fields[i] : "0", NULL) / 1e3;
        }
      run_clear (&run);

      for (guint r = 0; r < G_N_ELEMENTS (renderers); r++)
        measure_sites (&renderers[r], plan, self, bare);

      for (guint r = 0; r < G_N_ELEMENTS (renderers); r++)
        measure_lean (&renderers[r], plan, self);

      for (guint r = 0; r < G_N_ELEMENTS (renderers); r++)
        measure_save (&renderers[r], plan, self, slow_fsync);
    }

  if (part != PART_SEARCH)
    measure_diary (&diary, plan, self);

  if (part != PART_DIARY)
    measure_search (&search, plan, self);

  load_after = load_average ();

#define TARGET(ok) ((ok) ? (met++, "pass") : (missed++, "MISS"))

  add_row (rows, "measure", "renderer", g_strdup ("result"), "target", "met");
  for (guint r = 0; r < n_renderers && part != PART_DIARY; r++)
    {
      Renderer *re = &renderers[r];
      double ratio = re->first_frame[1][0] / re->first_frame[0][0];
      g_autofree char *with_pack = g_strdup_printf ("start-up to first frame, MBC Guide with a "
                                                    "pack of %u resources", plan->search_resources);

      add_row (rows, "start-up to first frame, bare window", re->label,
               g_strdup_printf ("%.0f ms (%.0f–%.0f)", re->first_frame[0][0],
                                re->first_frame[0][1], re->first_frame[0][2]), NULL, NULL);
      add_row (rows, "start-up to first frame, MBC Guide", re->label,
               g_strdup_printf ("%.0f ms (%.0f–%.0f)", re->first_frame[1][0],
                                re->first_frame[1][1], re->first_frame[1][2]), NULL, NULL);
      add_row (rows, "start-up, MBC Guide ÷ bare", re->label,
               g_strdup_printf ("%.2f", ratio), "≤ 1.30", TARGET (ratio <= 1.30));
      add_row (rows, with_pack, re->label,
               g_strdup_printf ("%.0f ms (%.0f–%.0f), %.2f × bare, %+.0f %% on none",
                                re->first_frame[2][0], re->first_frame[2][1], re->first_frame[2][2],
                                re->first_frame[2][0] / re->first_frame[0][0],
                                100.0 * (re->first_frame[2][0] / re->first_frame[1][0] - 1.0)),
               NULL, NULL);
    }
  /* The rest of the table, when all of it was measured. */
  if (part == PART_ALL)
    {
      for (guint r = 0; r < G_N_ELEMENTS (renderers); r++)
        {
          Renderer *re = &renderers[r];
          double more = re->peak[1][0] - re->peak[0][0];

          add_row (rows, "peak memory, bare window", re->label,
                   g_strdup_printf ("%.1f MB (%.1f–%.1f)", re->peak[0][0], re->peak[0][1], re->peak[0][2]),
                   NULL, NULL);
          add_row (rows, "peak memory, MBC Guide", re->label,
                   g_strdup_printf ("%.1f MB (%.1f–%.1f)", re->peak[1][0], re->peak[1][1], re->peak[1][2]),
                   NULL, NULL);
          add_row (rows, "peak memory, MBC Guide − bare", re->label,
                   g_strdup_printf ("%+.1f MB", more), "≤ +20 MB", TARGET (more <= 20.0));
        }
      for (guint l = 0; l < 2; l++)
        add_row (rows, l == 0 ? "content load, English" : "content load, Spanish", "",
                 g_strdup_printf ("%.2f ms (%.2f–%.2f)", content[l][0], content[l][1], content[l][2]),
                 "≤ 10 ms", TARGET (content[l][0] <= 10.0));
      for (guint r = 0; r < G_N_ELEMENTS (renderers); r++)
        {
          Renderer *re = &renderers[r];

          add_row (rows, "title change to frame, bare window, p50 / p99", re->label,
                   g_strdup_printf ("%.1f / %.1f ms (max %.1f)", re->bare_frame[0], re->bare_frame[1],
                                    re->bare_frame[2]), NULL, NULL);
          add_row (rows, "site change to frame, first visit of each site", re->label,
                   g_strdup_printf ("%.1f ms (max %.1f)", re->site_first[0], re->site_first[2]),
                   NULL, NULL);
          add_row (rows, "site change to frame, p50", re->label,
                   g_strdup_printf ("%.1f ms", re->site[0]), NULL, NULL);
          add_row (rows, "site change to frame, slowest site's p50", re->label,
                   g_strdup_printf ("%.1f ms (%s)", re->site_slowest_p50, re->site_slowest), NULL, NULL);
          add_row (rows, "site change to frame, p99", re->label,
                   g_strdup_printf ("%.1f ms (max %.1f)", re->site[1], re->site[2]),
                   "≤ 8 ms", TARGET (re->site[1] <= 8.0 && re->site_missed == 0));
        }
      for (guint r = 0; r < G_N_ELEMENTS (renderers); r++)
        {
          const double *lean = renderers[r].lean;

          add_row (rows, "live memory growth", renderers[r].label,
                   g_strdup_printf ("%+.2f MB heap (%.1f → %.1f), %+.1f MB RSS",
                                    lean[1] - lean[0], lean[0], lean[1], lean[3] - lean[2]),
                   "≤ 1 MB", TARGET (lean[1] - lean[0] <= 1.0));
        }
      for (guint r = 0; r < G_N_ELEMENTS (renderers); r++)
        {
          Renderer *re = &renderers[r];
          const char *slow = slow_fsync != NULL ? ", fsync 500 ms" : ", fsync not slowed";
          g_autofree char *during = g_strdup_printf ("longest wait for a frame during a save%s", slow);
          g_autofree char *to_disk = g_strdup_printf ("change to file on the disk%s", slow);

          add_row (rows, "longest wait for a frame, nothing saved", re->label,
                   g_strdup_printf ("%.1f ms (max %.1f)", re->save_idle[0], re->save_idle[2]),
                   NULL, NULL);
          add_row (rows, during, re->label,
                   g_strdup_printf ("%.1f ms (max %.1f)", re->save_frame[0], re->save_frame[2]),
                   /* No frame waits for the disk, whose fsync takes 500 ms here;
                    * room for a busy machine drawing the whole window each frame.
                    */
                   "≤ 100 ms", TARGET (re->save_frame[2] <= 100.0 && re->save_missed == 0 &&
                                       re->save_runs > 0));
          add_row (rows, to_disk, re->label,
                   g_strdup_printf ("%.0f ms (max %.0f)", re->save_written[0], re->save_written[2]),
                   NULL, NULL);
        }

    }
  if (part != PART_SEARCH)
    {
      double more = diary.open[1][0] - diary.open[0][0];
      g_autofree char *full = g_strdup_printf ("%u entries", plan->diary_entries);
      g_autofree char *open_row = g_strdup_printf ("My Diary opened to its frame, %s", full);
      g_autofree char *rss_row = g_strdup_printf ("My Diary open, resident memory, %s", full);

      add_row (rows, "My Diary opened to its frame, empty", "cairo",
               g_strdup_printf ("%.1f ms (%.1f–%.1f)", diary.open[0][0], diary.open[0][1],
                                diary.open[0][2]), NULL, NULL);
      add_row (rows, open_row, "cairo",
               g_strdup_printf ("%.1f ms (%.1f–%.1f), %+.1f ms", diary.open[1][0], diary.open[1][1],
                                diary.open[1][2], more),
               "≤ +50 ms", TARGET (more <= 50.0 && diary.missed == 0));
      add_row (rows, "My Diary open, resident memory, empty", "cairo",
               g_strdup_printf ("%.1f MB", diary.rss[0]), NULL, NULL);
      add_row (rows, rss_row, "cairo",
               g_strdup_printf ("%.1f MB, %+.1f MB", diary.rss[1], diary.rss[1] - diary.rss[0]),
               "≤ +10 MB", TARGET (diary.rss[1] - diary.rss[0] <= 10.0));
      add_row (rows, "an entry recorded to its frame, p50 / p99", "cairo",
               g_strdup_printf ("%.1f / %.1f ms (max %.1f)", diary.record[0], diary.record[1],
                                diary.record[2]),
               "p99 ≤ 16 ms", TARGET (diary.record[1] <= 16.0));
      add_row (rows, "a year's chart redrawn to its frame, p50 / p99", "cairo",
               g_strdup_printf ("%.1f / %.1f ms (max %.1f), %u entries", diary.chart[0],
                                diary.chart[1], diary.chart[2], diary.chart_entries),
               "≤ 8 ms", TARGET (diary.chart[1] <= 8.0));
      add_row (rows, "the timeline scrolled end to end, a screenful a frame", "cairo",
               g_strdup_printf ("%.1f / %.1f ms (max %.1f), %u frames", diary.scroll[0],
                                diary.scroll[1], diary.scroll[2], diary.scroll_frames),
               "max ≤ 16 ms", TARGET (diary.scroll[2] <= 16.0 && diary.scroll_frames > 0));
    }

  for (guint f = 0; f < 2 && part != PART_DIARY; f++)
    {
      g_autofree char *with = f == 0 ? g_strdup ("built-in content")
                                     : g_strdup_printf ("a pack of %u resources",
                                                        plan->search_resources);
      g_autofree char *build_row = g_strdup_printf ("search index built, to its callback, %s",
                                                    with);
      g_autofree char *main_row = g_strdup_printf ("search index built, of which on the main "
                                                   "thread, %s", with);
      g_autofree char *key_row = g_strdup_printf ("a keystroke to its painted results, p50 / p99, "
                                                  "%s", with);
      g_autofree char *set_row = g_strdup_printf ("of which the search and the list; the frame's "
                                                  "own work, p50 / p99, %s", with);
      g_autofree char *open_row = g_strdup_printf ("Resources opened to its frame, %s", with);

      add_row (rows, build_row, "",
               g_strdup_printf ("%.1f ms (%.1f–%.1f), %u resources", search.build[f][0],
                                search.build[f][1], search.build[f][2], search.resources[f]),
               "≤ 50 ms", TARGET (search.build[f][0] <= 50.0));
      /* Only the copies of the texts, which a frame can hold. */
      add_row (rows, main_row, "",
               g_strdup_printf ("%.1f ms (%.1f–%.1f)", search.build_main[f][0],
                                search.build_main[f][1], search.build_main[f][2]), NULL, NULL);
      add_row (rows, key_row, "cairo",
               g_strdup_printf ("%.1f / %.1f ms (max %.1f, “%s”), %u keys", search.key[f][0],
                                search.key[f][1], search.key[f][2], search.slowest[f],
                                search.keys[f]),
               "p99 ≤ 16 ms", TARGET (search.key[f][1] <= 16.0 && search.missed == 0));
      add_row (rows, set_row, "cairo",
               g_strdup_printf ("%.1f / %.1f ms; %.1f / %.1f ms", search.key_set[f][0],
                                search.key_set[f][1], search.key_frame[f][0],
                                search.key_frame[f][1]),
               NULL, NULL);
      add_row (rows, open_row, "cairo",
               g_strdup_printf ("%.1f ms (%.1f–%.1f), first %.1f", search.open[f][0],
                                search.open[f][1], search.open[f][2], search.open_first[f]),
               "≤ 50 ms", TARGET (search.open[f][0] <= 50.0 && search.missed == 0));
      g_free (search.slowest[f]);
    }

#undef TARGET

  printf ("\nMBC Guide speed, %s: %u cores, load %s at the start and %s at the end\n",
          date, g_get_num_processors (), load_before, load_after);
  printf ("GTK %u.%u.%u, libadwaita %u.%u.%u\n",
          gtk_get_major_version (), gtk_get_minor_version (), gtk_get_micro_version (),
          adw_get_major_version (), adw_get_minor_version (), adw_get_micro_version ());
  if (part == PART_SEARCH)
    printf ("Renderer: cairo = %s; start-up: median (min–max) of %u runs each\n",
            renderers[0].used, plan->startup_runs);
  if (part == PART_ALL)
    {
      printf ("Renderers: cairo = %s, GL = %s (the default)\n",
              renderers[0].used, renderers[1].used);
      printf ("Start-up: median (min–max) of %u runs each; site changes: %u, each site in turn, "
              "and as many title changes in the bare window; "
              "live memory: after %u selections and %u language changes against after the first %u, "
              "each read on the first site in English\n",
              plan->startup_runs, plan->site_changes, plan->lean_selections,
              plan->lean_switch_every > 0 ? plan->lean_selections / plan->lean_switch_every : 0,
              plan->lean_baseline_at);
      printf ("Saves: %u changes of My Questions, each written while the window draws a frame at "
              "every turn of its clock, %s; the longest wait between two frames from the change "
              "until 1 s after the file holds it, median (max); against the same over 300 ms "
              "before each change\n",
              plan->saves,
              slow_fsync != NULL ? "with every fsync made to wait 500 ms (strace)"
                                 : "with fsync at the disk’s speed (a quick run, or strace could not run)");
    }
  if (part != PART_SEARCH)
    printf ("My Diary: %u entries made up over ten years against none, with cairo; opening: median "
            "(min–max) of %u runs each, once the diary is read; %u entries recorded and %u redraws "
            "of the chart of the sign recorded most, over a year, each to its frame\n",
            plan->diary_entries, plan->diary_runs, plan->diary_changes, plan->diary_changes);
  if (part != PART_DIARY)
    printf ("Search: the built-in content alone, and with a pack of %u made-up resources; the "
            "index built %u times, median (min–max); %u keystrokes, a letter at a time, each to "
            "its frame (the slowest one's text in quotes); Resources opened from the body map in "
            "%u new windows, median (min–max)\n",
            plan->search_resources, plan->search_builds, plan->search_keys, plan->search_opens);
  if (quick)
    printf ("A quick run: too few runs for the figures to mean much.\n");
  printf ("\n");
  print_rows (rows);
  printf ("\nTargets: %u met, %u missed\n", met, missed);

  for (guint r = 0; r < G_N_ELEMENTS (renderers); r++)
    {
      if (renderers[r].site_missed > 0)
        printf ("%s: %u site changes painted nothing within %u ms\n",
                renderers[r].label, renderers[r].site_missed, MBC_BENCH_PAINT_TIMEOUT_MS);
      g_free (renderers[r].used);
      g_free (renderers[r].site_slowest);
    }

  return 0;
}

static guint
parse_count (const char *text)
{
  guint64 value = 0;

  if (text == NULL || !g_ascii_string_to_unsigned (text, 10, 0, G_MAXUINT, &value, NULL))
    {
      g_printerr ("mbc-bench: expected a count, not “%s”\n", text != NULL ? text : "");
      exit (2);
    }

  return value;
}

int
main (int   argc,
      char *argv[])
{
  if (argc == 1 || (argc == 2 && g_str_equal (argv[1], "--quick")))
    return run_all (argc == 2, PART_ALL);
  /* My Diary's part of the table alone: a few minutes, not twenty. */
  if (argc == 2 && g_str_equal (argv[1], "--diary"))
    return run_all (FALSE, PART_DIARY);
  /* The search's part, with the start-up beside it. */
  if (argc == 2 && g_str_equal (argv[1], "--search"))
    return run_all (FALSE, PART_SEARCH);

  if (g_str_equal (argv[1], "startup") && argc == 2)
    return run_guide ("startup", argv[0], 0, 0, 0);
  if (g_str_equal (argv[1], "startup") && argc == 3)
    {
      /* Before the guide reads its content: the hospital's pack. */
      g_setenv ("MBC_LOCAL_CONTENT_DIR", argv[2], TRUE);
      return run_guide ("startup", argv[0], 0, 0, 0);
    }
  if (g_str_equal (argv[1], "content") && argc == 3)
    return run_content (MAX (parse_count (argv[2]), 1));
  if (g_str_equal (argv[1], "sites") && argc == 3)
    return run_guide ("sites", argv[0], parse_count (argv[2]), 0, 0);
  if (g_str_equal (argv[1], "lean") && argc == 5)
    return run_guide ("lean", argv[0], parse_count (argv[2]), parse_count (argv[3]),
                      parse_count (argv[4]));
  if (g_str_equal (argv[1], "save") && argc == 3)
    return run_guide ("save", argv[0], MAX (parse_count (argv[2]), 1), 0, 0);
  if (g_str_equal (argv[1], "diary") && argc == 5)
    return mbc_bench_diary_run (argv[0], parse_count (argv[2]), parse_count (argv[3]),
                                parse_count (argv[4]) > 0);
  if (g_str_equal (argv[1], "search") && argc == 6)
    return mbc_bench_search_run (argv[0], parse_count (argv[2]), parse_count (argv[3]),
                                 parse_count (argv[4]), parse_count (argv[5]));

  g_printerr ("usage: mbc-bench [--quick | --diary | --search]\n"
              "       mbc-bench startup [PACK] | content N | sites N | lean N EVERY AT | save N\n"
              "       mbc-bench diary ENTRIES N SCROLL\n"
              "       mbc-bench search RESOURCES BUILDS KEYS OPENS\n");

  return 2;
}
