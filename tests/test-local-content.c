/* test-local-content.c: a hospital's local content pack
 *
 * A pack in a folder named by MBC_LOCAL_CONTENT_DIR adds the hospital's
 * own resources after the built-in ones, in English and in Spanish; a
 * broken pack is left out, said in the journal line by line, and never
 * stops the guide. The content tool checks a pack the same way.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "mbc-content.h"
#include "mbc-language.h"
#include "mbc-resource.h"
#include "mbc-resource-row.h"
#include "mbc-resources-view.h"
#include "mbc-source.h"
#include "mbc-sources-window.h"
#include "mbc-test-util.h"

/* One field per line, so that each test breaks one line and knows
 * where the message must point.
 */
static const char *good_sources =
  "{\n"                                                              /*  1 */
  "  \"sources\": [\n"                                               /*  2 */
  "    {\n"                                                          /*  3 */
  "      \"id\": \"city-hospital\",\n"                               /*  4 */
  "      \"organization\": \"City Hospital\",\n"                     /*  5 */
  "      \"title\": \"Patient services\",\n"                         /*  6 */
  "      \"title@es\": \"Servicios para pacientes\",\n"              /*  7 */
  "      \"about\": \"The services the hospital offers.\"\n"         /*  8 */
  "    }\n"                                                          /*  9 */
  "  ]\n"                                                            /* 10 */
  "}\n";                                                             /* 11 */

static const char *good_resources =
  "{\n"                                                              /*  1 */
  "  \"resources\": [\n"                                             /*  2 */
  "    {\n"                                                          /*  3 */
  "      \"id\": \"city-social-work\",\n"                            /*  4 */
  "      \"name\": \"Social work\",\n"                               /*  5 */
  "      \"name@es\": \"Trabajo social\",\n"                         /*  6 */
  "      \"description\": \"Help with costs, travel and forms.\",\n" /*  7 */
  "      \"description@es\": \"Ayuda con costos, viajes y formularios.\",\n"
                                                                     /*  8 */
  "      \"phone\": \"555-0100\",\n"                                 /*  9 */
  "      \"languages\": [\"en\", \"es\"],\n"                         /* 10 */
  "      \"sources\": [\"city-hospital\"]\n"                         /* 11 */
  "    },\n"                                                         /* 12 */
  "    {\n"                                                          /* 13 */
  "      \"id\": \"city-nurse-line\",\n"                             /* 14 */
  "      \"name\": \"Nurse line\",\n"                                /* 15 */
  "      \"description\": \"Nurses answer your questions.\",\n"      /* 16 */
  "      \"languages\": [\"en\"],\n"                                 /* 17 */
  "      \"sources\": [\"city-hospital\", \"acs-helpline\"]\n"       /* 18 */
  "    }\n"                                                          /* 19 */
  "  ]\n"                                                            /* 20 */
  "}\n";                                                             /* 21 */

typedef struct
{
  char *path;
} Pack;

/* The journal's messages of the guide, as "file:line:column: message" lines and the rest. */
static GPtrArray *messages;

static GLogWriterOutput
log_writer (GLogLevelFlags   log_level,
            const GLogField *fields,
            gsize            n_fields,
            gpointer         user_data)
{
  const char *domain = NULL;
  const char *message = NULL;

  for (gsize i = 0; i < n_fields; i++)
    {
      if (g_str_equal (fields[i].key, "GLIB_DOMAIN"))
        domain = fields[i].value;
      else if (g_str_equal (fields[i].key, "MESSAGE"))
        message = fields[i].value;
    }

  if ((log_level & G_LOG_LEVEL_MASK) == G_LOG_LEVEL_MESSAGE &&
      g_strcmp0 (domain, "MbcGuide") == 0 && message != NULL)
    {
      g_ptr_array_add (messages, g_strdup (message));
      return G_LOG_WRITER_HANDLED;
    }

  return g_log_writer_default (log_level, fields, n_fields, user_data);
}

static void
pack_setup (Pack          *pack,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  pack->path = g_dir_make_tmp ("mbc-local-content-XXXXXX", &error);
  g_assert_no_error (error);

  mbc_test_write_file (pack->path, "sources.json", good_sources);
  mbc_test_write_file (pack->path, "resources.json", good_resources);
  g_setenv ("MBC_LOCAL_CONTENT_DIR", pack->path, TRUE);
  g_ptr_array_set_size (messages, 0);
}

static void
pack_teardown (Pack          *pack,
               gconstpointer  data)
{
  g_setenv ("MBC_LOCAL_CONTENT_DIR", "", TRUE);
  mbc_language_set ("en");
  mbc_test_remove_tree (pack->path);
  g_free (pack->path);
}

/* Writes @file of the pack as it is in the good one, with @old replaced by @new. */
static void
write_changed (Pack       *pack,
               const char *file,
               const char *good,
               const char *old,
               const char *new)
{
  g_autoptr(GString) text = g_string_new (good);

  g_assert_cmpuint (g_string_replace (text, old, new, 1), ==, 1);
  mbc_test_write_file (pack->path, file, text->str);
}

static char *
pack_file (Pack       *pack,
           const char *name)
{
  return g_build_filename (pack->path, name, NULL);
}

static guint
n_builtin_resources (void)
{
  g_autoptr(MbcContent) builtin = mbc_test_load_content ();

  return g_list_model_get_n_items (mbc_content_get_resources (builtin));
}

static MbcContent *
load_with_local (GError **local_error)
{
  g_autoptr(GError) error = NULL;
  MbcContent *content = mbc_content_new_default_with_local (&error, local_error);

  g_assert_no_error (error);
  g_assert_nonnull (content);

  return content;
}

static MbcResource *
get_resource (MbcContent *content,
              guint       position)
{
  g_autoptr(MbcResource) resource = g_list_model_get_item (mbc_content_get_resources (content),
                                                           position);

  return resource;
}

/* The built-in resources come first, as they are; the pack's follow, marked local. */
static void
test_good (Pack          *pack,
           gconstpointer  data)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(MbcContent) content = load_with_local (&local_error);
  g_autoptr(MbcContent) builtin = mbc_test_load_content ();
  GListModel *resources = mbc_content_get_resources (content);
  GListModel *sources = mbc_content_get_sources (content);
  guint n = n_builtin_resources ();
  MbcResource *social_work;
  MbcResource *nurse_line;
  MbcSource *hospital;

  g_assert_no_error (local_error);
  g_assert_cmpuint (messages->len, ==, 0);

  g_assert_cmpuint (g_list_model_get_n_items (resources), ==, n + 2);
  for (guint i = 0; i < n; i++)
    {
      MbcResource *ours = get_resource (builtin, i);
      MbcResource *resource = get_resource (content, i);

      g_assert_cmpstr (mbc_resource_get_id (resource), ==, mbc_resource_get_id (ours));
      g_assert_false (mbc_resource_get_local (resource));
    }

  social_work = get_resource (content, n);
  nurse_line = get_resource (content, n + 1);
  g_assert_cmpstr (mbc_resource_get_id (social_work), ==, "city-social-work");
  g_assert_true (mbc_resource_get_local (social_work));
  g_assert_cmpstr (mbc_resource_get_name (social_work), ==, "Social work");
  g_assert_cmpstr (mbc_resource_get_description (social_work), ==,
                   "Help with costs, travel and forms.");
  g_assert_cmpstr (mbc_resource_get_phone (social_work), ==, "555-0100");
  g_assert_cmpstr (mbc_resource_get_id (nurse_line), ==, "city-nurse-line");
  g_assert_true (mbc_resource_get_local (nurse_line));

  /* The pack's source comes after the built-in ones; its resources cite
   * it and the built-in sources alike.
   */
  g_assert_cmpuint (g_list_model_get_n_items (sources), ==,
                    g_list_model_get_n_items (mbc_content_get_sources (builtin)) + 1);
  hospital = MBC_SOURCE (mbc_content_find_item (content, sources, "city-hospital"));
  g_assert_nonnull (hospital);
  g_assert_true (mbc_content_item_get_source (MBC_CONTENT_ITEM (social_work), 0) == hospital);
  g_assert_cmpuint (mbc_content_item_get_n_sources (MBC_CONTENT_ITEM (nurse_line)), ==, 2);
  g_assert_true (mbc_content_item_get_source (MBC_CONTENT_ITEM (nurse_line), 1) ==
                 MBC_SOURCE (mbc_content_find_item (content, sources, "acs-helpline")));
}

/* The pack's Spanish is used when the guide is in Spanish; a text it
 * does not translate stays in English.
 */
static void
test_spanish (Pack          *pack,
              gconstpointer  data)
{
  g_autoptr(MbcContent) content = NULL;
  g_autoptr(MbcContent) builtin = NULL;
  MbcSource *hospital;
  guint n;

  g_assert_true (mbc_language_set ("es"));
  content = load_with_local (NULL);
  builtin = mbc_test_load_content ();
  n = g_list_model_get_n_items (mbc_content_get_resources (builtin));

  /* The built-in resources are translated as always. */
  g_assert_cmpstr (mbc_resource_get_description (get_resource (content, 0)), ==,
                   mbc_resource_get_description (get_resource (builtin, 0)));

  g_assert_cmpstr (mbc_resource_get_name (get_resource (content, n)), ==, "Trabajo social");
  g_assert_cmpstr (mbc_resource_get_description (get_resource (content, n)), ==,
                   "Ayuda con costos, viajes y formularios.");
  g_assert_cmpstr (mbc_resource_get_name (get_resource (content, n + 1)), ==, "Nurse line");
  hospital = MBC_SOURCE (mbc_content_find_item (content, mbc_content_get_sources (content),
                                                "city-hospital"));
  g_assert_cmpstr (mbc_source_get_title (hospital), ==, "Servicios para pacientes");

  /* And in English again once the language changes back. */
  g_clear_object (&content);
  mbc_language_set ("en");
  content = load_with_local (NULL);
  g_assert_cmpstr (mbc_resource_get_name (get_resource (content, n)), ==, "Social work");
}

/* A pack with any problem is left out whole; the built-in content is
 * all there; each problem is one line in the journal, after a line that
 * names the pack; the local error repeats the first.
 */
static void
assert_left_out (Pack               *pack,
                 const char * const *problems)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(MbcContent) content = load_with_local (&local_error);
  g_autoptr(MbcContent) builtin = mbc_test_load_content ();
  GListModel *resources = mbc_content_get_resources (content);
  guint n = g_strv_length ((char **) problems);
  g_autofree char *first = g_strdup_printf ("The local content pack in %s was not loaded: %u %s",
                                            pack->path, n, n == 1 ? "problem" : "problems");

  g_assert_error (local_error, MBC_CONTENT_ERROR, MBC_CONTENT_ERROR_INVALID);
  g_assert_nonnull (strstr (local_error->message, problems[0]));

  g_assert_cmpuint (g_list_model_get_n_items (resources), ==,
                    g_list_model_get_n_items (mbc_content_get_resources (builtin)));
  g_assert_cmpuint (g_list_model_get_n_items (mbc_content_get_sources (content)), ==,
                    g_list_model_get_n_items (mbc_content_get_sources (builtin)));
  for (guint i = 0; i < g_list_model_get_n_items (resources); i++)
    g_assert_false (mbc_resource_get_local (get_resource (content, i)));

  g_assert_cmpuint (messages->len, ==, n + 1);
  g_assert_cmpstr (g_ptr_array_index (messages, 0), ==, first);
  for (guint i = 0; i < n; i++)
    g_assert_cmpstr (g_ptr_array_index (messages, i + 1), ==, problems[i]);
}

#define PROBLEMS(...) ((const char * const []) { __VA_ARGS__, NULL })

static void
test_bad_json (Pack          *pack,
               gconstpointer  data)
{
  g_autofree char *resources = pack_file (pack, "resources.json");
  g_autofree char *problem = NULL;

  /* The comma after line 9 is missing: json-glib names the value before it. */
  write_changed (pack, "resources.json", good_resources,
                 "\"555-0100\",\n", "\"555-0100\"\n");
  problem = g_strdup_printf ("%s:9:25: Parse error: unexpected string constant "
                             "\"555-0100\", expected character `,'", resources);
  assert_left_out (pack, PROBLEMS (problem));
}

static void
test_unknown_field (Pack          *pack,
                    gconstpointer  data)
{
  g_autofree char *resources = pack_file (pack, "resources.json");
  g_autofree char *problem = g_strdup_printf ("%s:9:24: resource “city-social-work”: "
                                              "unknown field “fax”", resources);

  write_changed (pack, "resources.json", good_resources, "\"phone\"", "\"fax\"");
  assert_left_out (pack, PROBLEMS (problem));
}

static void
test_unknown_source (Pack          *pack,
                     gconstpointer  data)
{
  g_autofree char *resources = pack_file (pack, "resources.json");
  g_autofree char *problem = g_strdup_printf ("%s:18:44: resource “city-nurse-line”: "
                                              "there is no source with the id “nowhere”",
                                              resources);

  write_changed (pack, "resources.json", good_resources, "\"acs-helpline\"", "\"nowhere\"");
  assert_left_out (pack, PROBLEMS (problem));
}

/* Without its sources.json, the pack's own source is not there to cite. */
static void
test_missing_sources (Pack          *pack,
                      gconstpointer  data)
{
  g_autofree char *sources = pack_file (pack, "sources.json");
  g_autofree char *resources = pack_file (pack, "resources.json");
  g_autofree char *first = g_strdup_printf ("%s:11:33: resource “city-social-work”: "
                                            "there is no source with the id “city-hospital”",
                                            resources);
  g_autofree char *second = g_strdup_printf ("%s:18:34: resource “city-nurse-line”: "
                                             "there is no source with the id “city-hospital”",
                                             resources);

  g_assert_cmpint (g_unlink (sources), ==, 0);
  assert_left_out (pack, PROBLEMS (first, second));
}

/* A pack may not take the id of a built-in resource. */
static void
test_builtin_id (Pack          *pack,
                 gconstpointer  data)
{
  g_autofree char *resources = pack_file (pack, "resources.json");
  g_autofree char *problem = g_strdup_printf ("%s:14:29: resource “komen-helpline”: "
                                              "the id “komen-helpline” is used twice "
                                              "(first at resources.json:4)", resources);

  write_changed (pack, "resources.json", good_resources,
                 "\"city-nurse-line\"", "\"komen-helpline\"");
  assert_left_out (pack, PROBLEMS (problem));
}

static void
test_no_pack (Pack          *pack,
              gconstpointer  data)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(MbcContent) content = NULL;

  g_setenv ("MBC_LOCAL_CONTENT_DIR", "", TRUE);
  g_assert_null (mbc_content_find_local_directory ());
  content = load_with_local (&local_error);
  g_assert_no_error (local_error);
  g_assert_cmpuint (g_list_model_get_n_items (mbc_content_get_resources (content)), ==,
                    n_builtin_resources ());
  g_assert_cmpuint (messages->len, ==, 0);
}

/* The hospital's resources show in the Resources view, each with a line
 * that says where it comes from; the guide's own have none.
 */
static void
test_view (Pack          *pack,
           gconstpointer  data)
{
  const char *language = data;
  gboolean spanish = g_str_equal (language, "es");
  const char *from_here = spanish ? "De este hospital" : "From this hospital";
  g_autoptr(MbcContent) content = NULL;
  MbcWindow *window;
  MbcResourcesView *view;
  GtkWidget *row;

  g_assert_true (mbc_language_set (language));
  content = load_with_local (NULL);
  window = mbc_test_open_window (content, 1100, 800);
  mbc_test_activate (window, "win.view", "resources");
  mbc_test_iterate (100);
  view = MBC_RESOURCES_VIEW (mbc_test_find_type (GTK_WIDGET (window), MBC_TYPE_RESOURCES_VIEW));
  g_assert_nonnull (view);

  /* The guide's own first resource, in the language shown, at the top. */
  row = mbc_test_find_named (GTK_WIDGET (window), MBC_TYPE_RESOURCE_ROW,
                             mbc_resource_get_name (get_resource (content, 0)));
  g_assert_nonnull (row);
  g_assert_null (mbc_test_find_exact_label (row, from_here));

  /* The hospital's own come last: the list goes to the last of them. */
  g_assert_true (mbc_resources_view_show_resource (view, "city-nurse-line"));
  row = NULL;
  for (guint i = 0; i < 100 && row == NULL; i++)
    {
      mbc_test_wait_frame (GTK_WIDGET (window));
      row = mbc_test_find_named (GTK_WIDGET (window), MBC_TYPE_RESOURCE_ROW, "Nurse line");
    }
  g_assert_nonnull (row);
  g_assert_nonnull (mbc_test_find_exact_label (row, from_here));

  row = mbc_test_find_named (GTK_WIDGET (window), MBC_TYPE_RESOURCE_ROW,
                             spanish ? "Trabajo social" : "Social work");
  g_assert_nonnull (row);
  g_assert_nonnull (mbc_test_find_exact_label (row, from_here));
  g_assert_nonnull (mbc_test_find_exact_label (row, "555-0100"));

  /* About This Information marks the hospital's own document, says what
   * the mark means, and leaves the guide's own sources unmarked.
   */
  {
    GListModel *sources = mbc_content_get_sources (content);
    MbcSource *hospital = MBC_SOURCE (mbc_content_find_item (content, sources, "city-hospital"));
    g_autoptr(MbcSource) first = g_list_model_get_item (sources, 0);
    GtkWindow *about;
    GtkWidget *label;

    mbc_test_activate (window, "win.sources", NULL);
    mbc_test_iterate (100);
    about = mbc_test_find_toplevel (MBC_TYPE_SOURCES_WINDOW);
    g_assert_nonnull (about);

    label = mbc_test_find_label (GTK_WIDGET (about), mbc_source_get_title (hospital));
    g_assert_nonnull (label);
    row = gtk_widget_get_ancestor (label, GTK_TYPE_LIST_BOX_ROW);
    g_assert_nonnull (mbc_test_find_exact_label (row, from_here));

    label = mbc_test_find_label (GTK_WIDGET (about), mbc_source_get_title (first));
    g_assert_nonnull (label);
    row = gtk_widget_get_ancestor (label, GTK_TYPE_LIST_BOX_ROW);
    g_assert_null (mbc_test_find_exact_label (row, from_here));

    g_assert_nonnull (mbc_test_find_label (GTK_WIDGET (about),
                                           spanish ? "Este hospital añadió" : "This hospital added"));
    gtk_window_destroy (about);
  }

  mbc_test_close_window (window);
}

typedef struct
{
  int   status;
  char *out;
  char *err;
} Run;

static void
run_free (Run *run)
{
  g_free (run->out);
  g_free (run->err);
  g_free (run);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Run, run_free)

G_GNUC_NULL_TERMINATED
static Run *
run_tool (const char *first,
          ...)
{
  g_autoptr(GSubprocessLauncher) launcher =
    g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  const char *tool = g_getenv ("MBC_GUIDE_CONTENT");
  Run *run = g_new0 (Run, 1);
  const char *arg;
  va_list args;

  if (tool == NULL)
    g_error ("MBC_GUIDE_CONTENT must name the built mbc-guide-content; meson test sets it");

  g_ptr_array_add (argv, (gpointer) tool);
  va_start (args, first);
  for (arg = first; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (gpointer) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  /* The messages hold “curly quotes”: they must reach us as UTF-8. */
  g_subprocess_launcher_setenv (launcher, "LC_ALL", "C.UTF-8", TRUE);
  g_subprocess_launcher_setenv (launcher, "LANGUAGE", "", TRUE);
  process = g_subprocess_launcher_spawnv (launcher, (const char * const *) argv->pdata, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, NULL, NULL, &run->out, &run->err, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_if_exited (process));
  run->status = g_subprocess_get_exit_status (process);
  g_test_message ("exit status %d\nstdout:\n%sstderr:\n%s", run->status, run->out, run->err);

  return run;
}

/* A folder without sites.json is a pack; --pack says so outright. */
static void
test_tool_good (Pack          *pack,
                gconstpointer  data)
{
  g_autofree char *expected = g_strdup_printf ("%s: no problems in the local content pack "
                                               "(2 files)\n", pack->path);
  g_autofree char *sources = pack_file (pack, "sources.json");
  g_autofree char *expected_one = g_strdup_printf ("%s: no problems in the local content pack "
                                                   "(1 file)\n", pack->path);
  Run *run;

  run = run_tool ("check", pack->path, NULL);
  g_assert_cmpint (run->status, ==, 0);
  g_assert_cmpstr (run->out, ==, expected);
  g_assert_cmpstr (run->err, ==, "");
  run_free (run);

  run = run_tool ("check", "--pack", pack->path, NULL);
  g_assert_cmpint (run->status, ==, 0);
  g_assert_cmpstr (run->out, ==, expected);
  run_free (run);

  /* Citing built-in sources alone, a pack needs no sources.json. */
  g_assert_cmpint (g_unlink (sources), ==, 0);
  {
    g_autoptr(GString) text = g_string_new (good_resources);

    g_assert_cmpuint (g_string_replace (text, "\"city-hospital\", ", "", 1), ==, 1);
    g_assert_cmpuint (g_string_replace (text, "\"city-hospital\"", "\"acs-helpline\"", 1), ==, 1);
    mbc_test_write_file (pack->path, "resources.json", text->str);
  }
  run = run_tool ("check", pack->path, NULL);
  g_assert_cmpint (run->status, ==, 0);
  g_assert_cmpstr (run->out, ==, expected_one);
  run_free (run);
}

/* Every problem at its exact place, translations included. */
static void
test_tool_bad (Pack          *pack,
               gconstpointer  data)
{
  g_autofree char *resources = pack_file (pack, "resources.json");
  g_autofree char *sources = pack_file (pack, "sources.json");
  g_autofree char *expected = NULL;
  g_autoptr(Run) run = NULL;
  g_autoptr(GString) text = g_string_new (good_resources);

  g_string_replace (text, "\"name@es\"", "\"name@fr\"", 1);
  g_string_replace (text, "\"phone\"", "\"fax\"", 1);
  g_string_replace (text, "\"acs-helpline\"", "\"nowhere\"", 1);
  mbc_test_write_file (pack->path, "resources.json", text->str);
  write_changed (pack, "sources.json", good_sources,
                 "\"title@es\": \"Servicios para pacientes\"", "\"title@es\": \"\"");

  expected = g_strdup_printf ("%s:7:21: source “city-hospital”: “title@es” is empty\n"
                              "%s:6:34: resource “city-social-work”: “name@fr” names a language "
                              "the guide does not have: use one of es, not “fr”\n"
                              "%s:9:24: resource “city-social-work”: unknown field “fax”\n"
                              "%s:18:44: resource “city-nurse-line”: "
                              "there is no source with the id “nowhere”\n"
                              "%s: 4 problems\n",
                              sources, resources, resources, resources, pack->path);

  run = run_tool ("check", "--pack", pack->path, NULL);
  g_assert_cmpint (run->status, ==, 1);
  g_assert_cmpstr (run->out, ==, expected);
  g_assert_cmpstr (run->err, ==, "");
}

int
main (int   argc,
      char *argv[])
{
  mbc_test_init (&argc, &argv);

  messages = g_ptr_array_new_with_free_func (g_free);
  g_log_set_writer_func (log_writer, NULL, NULL);

#define ADD(path, func, data) \
  g_test_add ("/mbc/local-content/" path, Pack, data, pack_setup, func, pack_teardown)

  ADD ("good", test_good, NULL);
  ADD ("spanish", test_spanish, NULL);
  ADD ("no-pack", test_no_pack, NULL);
  ADD ("bad/json", test_bad_json, NULL);
  ADD ("bad/unknown-field", test_unknown_field, NULL);
  ADD ("bad/unknown-source", test_unknown_source, NULL);
  ADD ("bad/missing-sources", test_missing_sources, NULL);
  ADD ("bad/builtin-id", test_builtin_id, NULL);
  ADD ("view/english", test_view, "en");
  ADD ("view/spanish", test_view, "es");
  ADD ("tool/good", test_tool_good, NULL);
  ADD ("tool/bad", test_tool_bad, NULL);

#undef ADD

  return g_test_run ();
}
