/* mbc-bench-search.c: the search across the guide and the Resources
 * view, with a hospital's pack of thousands of resources, against the
 * built-in content alone
 *
 *   mbc-bench search RESOURCES BUILDS KEYS OPENS
 *
 * writes a pack of RESOURCES made-up resources in a folder of its own
 * (none for 0), starts the guide on it as a person does, and measures:
 * the search's index of the content built BUILDS times, to its callback,
 * and the part of that on the main thread (the texts copied, before the
 * worker thread runs); KEYS keystrokes in the window's search, each
 * query typed a letter at a time, each letter to its painted results;
 * and the Resources view opened from the body map in OPENS new windows,
 * each to its frame. The benchmark runs it with 2,000 resources and with
 * none (README, Speed).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <stdio.h>
#include <string.h>

#include "mbc-application.h"
#include "mbc-bench-frame.h"
#include "mbc-bench-search.h"
#include "mbc-guide-view.h"
#include "mbc-language.h"
#include "mbc-search-index.h"
#include "mbc-search-page.h"
#include "mbc-window.h"

typedef struct
{
  MbcApplication *app;
  GtkWindow      *window;
  MbcBenchPaints  paints;
  guint           n_resources;
  guint           n_builds;
  guint           n_keys;
  guint           n_opens;
  /* The work of each frame, from its "before-paint" to its "after-paint". */
  gint64          frame_begin;
  gint64          last_frame_work;
} SearchBench;

/* The resource that the query of a place and a number finds. */
#define FOUND_RESOURCE 1234

static const char * const places[] = {
  "Northside", "Riverside", "Downtown", "Eastgate", "Hillcrest",
};

static const char * const services[] = {
  "support group", "social work", "interpreter services", "nurse line", "nutrition clinic",
  "pain clinic", "counseling", "financial help", "transport", "chaplaincy",
};

static const char * const services_es[] = {
  "grupo de apoyo", "trabajo social", "intérpretes", "línea de enfermería",
  "clínica de nutrición", "clínica del dolor", "consejería", "ayuda económica", "transporte",
  "capellanía",
};

static void
write_file (const char *folder,
            const char *name,
            const char *text)
{
  g_autofree char *path = g_build_filename (folder, name, NULL);
  g_autoptr(GError) error = NULL;

  if (!g_file_set_contents (path, text, -1, &error))
    g_error ("Could not write the pack: %s", error->message);
}

/**
 * mbc_bench_search_write_pack:
 * @n_resources: how many
 *
 * Writes a hospital's local content pack of @n_resources resources, the
 * way a large one may look: each a service of some team at some place,
 * in English and Spanish, from the hospital's own source.
 *
 * Returns: (transfer full): the pack's new folder, for
 *   MBC_LOCAL_CONTENT_DIR
 */
char *
mbc_bench_search_write_pack (guint n_resources)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) json = g_string_new ("{\n  \"resources\": [\n");
  char *folder = g_dir_make_tmp ("mbc-bench-pack-XXXXXX", &error);

  if (folder == NULL)
    g_error ("Could not make a folder for the pack: %s", error->message);

  for (guint i = 0; i < n_resources; i++)
    g_string_append_printf (json,
                            "    {\n"
                            "      \"id\": \"city-resource-%u\",\n"
                            "      \"name\": \"%s %s %u\",\n"
                            "      \"name@es\": \"%s %s %u\",\n"
                            "      \"description\": \"Help from the hospital's %s team, on floor "
                            "%u, for patients and families.\",\n"
                            "      \"description@es\": \"Ayuda del equipo de %s del hospital, en "
                            "el piso %u, para pacientes y familias.\",\n"
                            "      \"phone\": \"555-%04u\",\n"
                            "      \"languages\": [\"en\", \"es\"],\n"
                            "      \"sources\": [\"city-hospital\"]\n"
                            "    }%s\n",
                            i, places[i % G_N_ELEMENTS (places)],
                            services[i % G_N_ELEMENTS (services)], i,
                            services_es[i % G_N_ELEMENTS (services)],
                            places[i % G_N_ELEMENTS (places)], i,
                            services[(i / 7) % G_N_ELEMENTS (services)], i % 12,
                            services_es[(i / 7) % G_N_ELEMENTS (services)], i % 12,
                            i % 10000, i + 1 < n_resources ? "," : "");
  g_string_append (json, "  ]\n}\n");

  write_file (folder, "sources.json",
              "{\n"
              "  \"sources\": [\n"
              "    {\n"
              "      \"id\": \"city-hospital\",\n"
              "      \"organization\": \"City Hospital\",\n"
              "      \"title\": \"Patient services\",\n"
              "      \"title@es\": \"Servicios para pacientes\",\n"
              "      \"about\": \"The services the hospital offers.\"\n"
              "    }\n"
              "  ]\n"
              "}\n");
  write_file (folder, "resources.json", json->str);

  return folder;
}

/* Removes what mbc_bench_search_write_pack() wrote. */
void
mbc_bench_search_remove_pack (const char *folder)
{
  const char *names[] = { "sources.json", "resources.json" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *path = g_build_filename (folder, names[i], NULL);

      g_unlink (path);
    }
  if (g_rmdir (folder) != 0)
    g_warning ("Could not remove the pack’s folder %s", folder);
}

static void
before_paint_cb (GdkFrameClock *clock,
                 SearchBench   *bench)
{
  bench->frame_begin = g_get_monotonic_time ();
}

static void
after_paint_cb (GdkFrameClock *clock,
                SearchBench   *bench)
{
  bench->last_frame_work = g_get_monotonic_time () - bench->frame_begin;
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

/* The median, least and most of @times, as "NAME-us median min max". */
static void
print_spread (const char *name,
              GArray     *times)
{
  gint64 *values = (gint64 *) times->data;
  guint n = times->len;

  if (n == 0)
    return;

  g_array_sort (times, mbc_bench_compare_times);
  printf ("%s-us %.0f %" G_GINT64_FORMAT " %" G_GINT64_FORMAT "\n", name,
          n % 2 ? (double) values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0,
          values[0], values[n - 1]);
}

typedef struct
{
  MbcSearchIndex *index;
  gint64          done;
} Built;

static void
index_built_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      data)
{
  Built *built = data;
  g_autoptr(GError) error = NULL;

  built->done = g_get_monotonic_time ();
  built->index = mbc_search_index_new_finish (result, &error);
  if (built->index == NULL)
    g_error ("Could not build the search’s index: %s", error->message);
}

/* The index of @content built as the search page builds it, to its
 * callback on this thread; and the part of that on this thread, the
 * call itself, which copies the texts for the worker thread.
 */
static void
measure_builds (SearchBench *bench,
                MbcContent  *content)
{
  g_autoptr(GArray) to_callback = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) on_main = g_array_new (FALSE, FALSE, sizeof (gint64));
  guint items = 0;

  /* One first, not counted: the worker thread is started, caches fill. */
  for (guint i = 0; i <= bench->n_builds; i++)
    {
      Built built = { NULL, 0 };
      gint64 start, called, total;

      mbc_bench_wait_until_idle (&bench->paints);
      start = g_get_monotonic_time ();
      mbc_search_index_new_async (content, NULL, index_built_cb, &built);
      called = g_get_monotonic_time () - start;
      while (built.done == 0)
        g_main_context_iteration (NULL, TRUE);
      total = built.done - start;

      items = mbc_search_index_get_n_items (built.index);
      g_object_unref (built.index);
      if (i == 0)
        continue;
      g_array_append_val (to_callback, total);
      g_array_append_val (on_main, called);
    }

  printf ("search-index-items %u\n", items);
  print_spread ("search-build", to_callback);
  print_spread ("search-build-main", on_main);
}

/* One keystroke: the search box's text set, as a key typed in it sets
 * it ("changed"), to the frame that shows its results. A function of
 * its own, so that a profile can be limited to it: valgrind
 * --tool=callgrind --toggle-collect=type_key mbc-bench search …
 */
static G_GNUC_NO_INLINE gint64
type_key (SearchBench *bench,
          GtkEditable *entry,
          const char  *text,
          gint64      *set_time)
{
  guint before = bench->paints.count;
  gint64 start = g_get_monotonic_time ();

  gtk_editable_set_text (entry, text);
  *set_time = g_get_monotonic_time () - start;

  return mbc_bench_wait_for_paint (&bench->paints, before) ? bench->paints.last - start : -1;
}

static void
clear_search (SearchBench *bench,
              GtkEditable *entry)
{
  gtk_editable_set_text (entry, "");
  mbc_bench_wait_until_idle (&bench->paints);
}

/* The search opened, as Ctrl+F opens it, and its index built: a first
 * query waits until the index is there.
 */
static MbcSearchPage *
open_search (SearchBench *bench,
             GtkEditable *entry)
{
  GtkWidget *guide = find_widget (GTK_WIDGET (bench->window), MBC_TYPE_GUIDE_VIEW);
  MbcSearchPage *page = NULL;

  if (!gtk_widget_activate_action (GTK_WIDGET (bench->window), "win.search", NULL))
    g_error ("The window has no action win.search");
  mbc_bench_wait_until_idle (&bench->paints);

  gtk_editable_set_text (entry, "a");
  for (guint i = 0; i < 3000; i++)
    {
      page = MBC_SEARCH_PAGE (mbc_guide_view_get_search_page (MBC_GUIDE_VIEW (guide)));
      if (page != NULL && !mbc_search_page_get_pending (page))
        break;
      mbc_bench_iterate_for (10);
    }
  if (page == NULL || mbc_search_page_get_pending (page))
    g_error ("The search’s index was not built within 30 s");
  clear_search (bench, entry);

  return page;
}

static void
measure_keys (SearchBench *bench)
{
  GtkWidget *guide = find_widget (GTK_WIDGET (bench->window), MBC_TYPE_GUIDE_VIEW);
  GtkWidget *entry = guide != NULL ? find_widget (guide, GTK_TYPE_SEARCH_ENTRY) : NULL;
  g_autofree char *found = g_strdup_printf ("%s %u",
                                            places[FOUND_RESOURCE % G_N_ELEMENTS (places)],
                                            FOUND_RESOURCE);
  /* A word of a sign, two words out of order, a place without its
   * accent (Hígado, in Spanish), a word in every resource of the pack,
   * two words of many of them, one of them by its place and number,
   * and nothing at all.
   */
  const char *queries[] = { "jaundice", "pain back", "higado", "hospital", "support group",
                            found, "zzqxv" };
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) sets = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) frames = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autofree char *slowest = NULL;
  gint64 slowest_time = -1;
  MbcSearchPage *page;
  guint missed = 0;

  if (entry == NULL)
    g_error ("The window has no search box");
  /* The text cursor fades in and out for ten seconds after each key,
   * a frame at every turn of the frame clock, so the window would never
   * be idle between keys: each key would wait for the clock's next turn
   * (up to 16.7 ms at 60 Hz), which measures the clock rather than the
   * search (README, "site change to frame"). The cursor stays still.
   */
  g_object_set (gtk_widget_get_settings (entry), "gtk-cursor-blink", FALSE, NULL);
  page = open_search (bench, GTK_EDITABLE (entry));

  for (guint q = 0; times->len + missed < bench->n_keys; q++)
    {
      const char *query = queries[q % G_N_ELEMENTS (queries)];

      for (const char *end = g_utf8_next_char (query);
           times->len + missed < bench->n_keys;
           end = g_utf8_next_char (end))
        {
          g_autofree char *text = g_strndup (query, end - query);
          gint64 set_time = 0;
          gint64 time;

          mbc_bench_wait_until_idle (&bench->paints);
          time = type_key (bench, GTK_EDITABLE (entry), text, &set_time);
          if (time < 0)
            missed++;
          else
            {
              g_array_append_val (times, time);
              g_array_append_val (sets, set_time);
              g_array_append_val (frames, bench->last_frame_work);
              if (time > slowest_time)
                {
                  slowest_time = time;
                  g_free (slowest);
                  slowest = g_strdup (text);
                }
            }
          if (*end == '\0')
            break;
        }

      if (q < G_N_ELEMENTS (queries))
        g_printerr ("search, %u resources in a pack: “%s”, %u results\n", bench->n_resources,
                    query, g_list_model_get_n_items (mbc_search_page_get_results (page)));
      clear_search (bench, GTK_EDITABLE (entry));
    }

  printf ("search-key-count %u\n", times->len);
  printf ("search-key-missed %u\n", missed);
  printf ("search-key-slowest %s\n", slowest != NULL ? slowest : "none");
  mbc_bench_print_times ("search-key", (gint64 *) times->data, times->len);
  /* Of which the text set and the results searched for and put in the
   * list, and the frame's own work, for whoever looks for the cause.
   */
  mbc_bench_print_times ("search-key-set", (gint64 *) sets->data, sets->len);
  mbc_bench_print_times ("search-key-frame", (gint64 *) frames->data, frames->len);

  gtk_widget_activate_action (GTK_WIDGET (bench->window), "win.view", "s", "map");
  mbc_bench_wait_until_idle (&bench->paints);
}

/* The Resources view opened from the body map in a new window each
 * time, as the view is made the first time it is shown.
 */
static void
measure_opens (SearchBench *bench,
               MbcContent  *content)
{
  g_autoptr(GArray) opens = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) made = g_array_new (FALSE, FALSE, sizeof (gint64));
  gint64 first = -1;
  guint missed = 0;

  for (guint i = 0; i < bench->n_opens; i++)
    {
      MbcWindow *window = mbc_window_new (GTK_APPLICATION (bench->app), content, NULL);
      MbcBenchPaints *paints = g_new0 (MbcBenchPaints, 1);
      gint64 start, view_made, open;
      guint before;

      g_object_set_data_full (G_OBJECT (window), "mbc-bench-paints", paints, g_free);
      mbc_window_set_question_list (window, mbc_application_get_question_list (bench->app));
      mbc_window_set_diary (window, mbc_window_get_diary (MBC_WINDOW (bench->window)));
      gtk_window_present (GTK_WINDOW (window));
      if (gtk_widget_get_frame_clock (GTK_WIDGET (window)) == NULL)
        g_error ("A new window was not realized as it was shown");
      mbc_bench_paints_watch (paints, GTK_WINDOW (window));
      if (!mbc_bench_wait_for_paint (paints, 0))
        g_error ("A new window painted nothing");
      /* The window settled, and what it makes after its first frame made. */
      mbc_bench_wait_until_idle (paints);
      mbc_bench_iterate_for (300);
      mbc_bench_wait_until_idle (paints);
      if (g_strcmp0 (mbc_window_get_visible_view (window), "map") != 0)
        g_error ("A new window shows “%s”, not the body map",
                 mbc_window_get_visible_view (window));

      before = paints->count;
      start = g_get_monotonic_time ();
      gtk_widget_activate_action (GTK_WIDGET (window), "win.view", "s", "resources");
      view_made = g_get_monotonic_time () - start;
      open = mbc_bench_wait_for_paint (paints, before) ? paints->last - start : -1;
      if (g_strcmp0 (mbc_window_get_visible_view (window), "resources") != 0)
        g_error ("The window did not show Resources");

      if (open < 0)
        missed++;
      else
        {
          if (first < 0)
            first = open;
          g_array_append_val (opens, open);
          g_array_append_val (made, view_made);
        }

      gtk_window_destroy (GTK_WINDOW (window));
      mbc_bench_iterate_for (100);
    }

  printf ("search-open-missed %u\n", missed);
  printf ("search-open-first-us %" G_GINT64_FORMAT "\n", first);
  print_spread ("search-open", opens);
  /* Of which the view made and given the content, before its frame. */
  print_spread ("search-open-made", made);
}

static gboolean
measure_cb (gpointer data)
{
  SearchBench *bench = data;
  g_autoptr(MbcContent) content = NULL;
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (bench->window));
  guint resources;

  g_object_get (bench->window, "information", &content, NULL);
  if (content == NULL)
    g_error ("The guide has no content");
  resources = g_list_model_get_n_items (mbc_content_get_resources (content));
  if (resources < bench->n_resources)
    g_error ("The guide has %u resources: the pack of %u was not read", resources,
             bench->n_resources);
  printf ("search-resources %u\n", resources);

  mbc_bench_paints_watch (&bench->paints, bench->window);
  g_signal_connect (clock, "before-paint", G_CALLBACK (before_paint_cb), bench);
  g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), bench);
  /* The first frames after the first, as the window settles. */
  mbc_bench_iterate_for (300);

  measure_builds (bench, content);
  measure_keys (bench);
  measure_opens (bench, content);

  fflush (stdout);
  g_application_quit (G_APPLICATION (bench->app));

  return G_SOURCE_REMOVE;
}

static void
first_frame_cb (GtkWindow *window,
                gint64     since_start_us,
                gpointer   user_data)
{
  /* Not from within the frame: the measurements wait for frames. */
  g_idle_add (measure_cb, user_data);
}

static void
window_added_cb (GtkApplication *app,
                 GtkWindow      *window,
                 SearchBench    *bench)
{
  if (bench->window != NULL || !MBC_IS_WINDOW (window))
    return;

  bench->window = window;
  mbc_bench_on_first_frame (window, first_frame_cb, bench);
}

int
mbc_bench_search_run (char  *program,
                      guint  n_resources,
                      guint  n_builds,
                      guint  n_keys,
                      guint  n_opens)
{
  g_autofree char *pack = n_resources > 0 ? mbc_bench_search_write_pack (n_resources) : NULL;
  g_autoptr(MbcApplication) app = NULL;
  char *argv[] = { program, NULL };
  SearchBench bench = { NULL, };
  int status;

  /* Before the guide reads its content: this pack, or none at all. */
  g_setenv ("MBC_LOCAL_CONTENT_DIR", pack != NULL ? pack : "", TRUE);

  gtk_disable_setlocale ();
  mbc_language_init ();

  app = mbc_application_new ();
  bench.app = app;
  bench.n_resources = n_resources;
  bench.n_builds = MAX (n_builds, 1);
  bench.n_keys = MAX (n_keys, 1);
  bench.n_opens = MAX (n_opens, 1);
  g_signal_connect (app, "window-added", G_CALLBACK (window_added_cb), &bench);
  status = g_application_run (G_APPLICATION (app), 1, argv);

  g_clear_object (&app);
  if (pack != NULL)
    mbc_bench_search_remove_pack (pack);

  return status;
}
