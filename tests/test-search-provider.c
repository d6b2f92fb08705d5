/* test-search-provider.c: the guide answering the desktop's search, as
 * GNOME Shell asks it over D-Bus, on a private session bus
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <signal.h>

#include "mbc-application.h"
#include "mbc-guide-view.h"
#include "mbc-search-index.h"
#include "mbc-search-provider.h"
#include "mbc-test-util.h"
#include "mbc-window.h"

#define PROVIDER_PATH "/io/github/mbcguide/MbcGuide/SearchProvider"
#define PROVIDER_INTERFACE "org.gnome.Shell.SearchProvider2"

static GTestDBus *bus;
static char *data_home;

/* The application under test, started as the Shell starts it: as a
 * D-Bus service, with no window. The test talks to it as the Shell
 * does, over a connection of its own.
 */
static MbcApplication *app;
static GDBusConnection *caller;

static void
reply_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  *(GAsyncResult **) user_data = g_object_ref (result);
}

/* Calls @method of the provider and waits for the answer, the main
 * loop running meanwhile so that the application can answer.
 */
static GVariant *
call (const char *method,
      GVariant   *parameters,
      const char *reply_type)
{
  GDBusConnection *connection = g_application_get_dbus_connection (G_APPLICATION (app));
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  GVariant *reply;

  g_dbus_connection_call (caller, g_dbus_connection_get_unique_name (connection),
                          PROVIDER_PATH, PROVIDER_INTERFACE, method, parameters,
                          G_VARIANT_TYPE (reply_type), G_DBUS_CALL_FLAGS_NONE,
                          30000 * mbc_test_time_scale (), NULL, reply_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);

  reply = g_dbus_connection_call_finish (caller, result, &error);
  g_assert_no_error (error);

  return reply;
}

/* The keys the provider finds for @terms (a NULL-terminated list). */
static GStrv
search (const char * const *terms)
{
  g_autoptr(GVariant) reply = call ("GetInitialResultSet",
                                    g_variant_new ("(^as)", terms), "(as)");
  GStrv keys = NULL;

  g_variant_get (reply, "(^as)", &keys);

  return keys;
}

static GStrv
search_one (const char *term)
{
  const char *terms[] = { term, NULL };

  return search (terms);
}

static GStrv
subsearch (const char * const *previous,
           const char * const *terms)
{
  g_autoptr(GVariant) reply = call ("GetSubsearchResultSet",
                                    g_variant_new ("(^as^as)", previous, terms), "(as)");
  GStrv keys = NULL;

  g_variant_get (reply, "(^as)", &keys);

  return keys;
}

static GVariant *
metas (const char * const *keys)
{
  g_autoptr(GVariant) reply = call ("GetResultMetas", g_variant_new ("(^as)", keys),
                                    "(aa{sv})");

  return g_variant_get_child_value (reply, 0);
}

/* The text of @name in the meta of @key, or NULL when there is no such
 * meta or no such field.
 */
static char *
dup_meta (GVariant   *all,
          const char *key,
          const char *name)
{
  for (gsize i = 0; i < g_variant_n_children (all); i++)
    {
      g_autoptr(GVariant) meta = g_variant_get_child_value (all, i);
      g_autoptr(GVariantDict) dict = g_variant_dict_new (meta);
      const char *id = NULL;
      const char *text = NULL;

      if (g_variant_dict_lookup (dict, "id", "&s", &id) && g_str_equal (id, key))
        return g_variant_dict_lookup (dict, name, "&s", &text) ? g_strdup (text) : NULL;
    }

  return NULL;
}

static void
activate_result (const char *key)
{
  const char *terms[] = { "liver", NULL };
  g_autoptr(GVariant) reply = call ("ActivateResult",
                                    g_variant_new ("(s^asu)", key, terms, 0), "()");

  g_assert_cmpuint (g_variant_n_children (reply), ==, 0);
}

static void
launch_search (const char * const *terms)
{
  g_autoptr(GVariant) reply = call ("LaunchSearch", g_variant_new ("(^asu)", terms, 0), "()");

  g_assert_cmpuint (g_variant_n_children (reply), ==, 0);
}

static MbcWindow *
find_window (void)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (app)); l != NULL; l = l->next)
    if (MBC_IS_WINDOW (l->data))
      return l->data;

  return NULL;
}

static void
change_language (const char *code)
{
  g_action_group_activate_action (G_ACTION_GROUP (app), "language", g_variant_new_string (code));
}

/* Every key names a thing of the guide's content, as the guide's own
 * index finds it, and none the person's own things.
 */
static void
assert_content_keys (const char * const *keys)
{
  g_autoptr(MbcContent) content = NULL;
  g_autoptr(MbcSearchIndex) index = NULL;

  g_object_get (app, "content", &content, NULL);
  index = mbc_search_index_new (content);
  for (guint i = 0; keys[i] != NULL; i++)
    {
      g_autoptr(MbcSearchResult) result = mbc_search_index_find (index, keys[i]);

      g_assert_nonnull (result);
      g_assert_cmpint (mbc_search_result_get_kind (result), !=, MBC_SEARCH_KIND_OWN_QUESTION);
      g_assert_cmpint (mbc_search_result_get_kind (result), !=, MBC_SEARCH_KIND_DIARY_ENTRY);
    }
}

/* "liver" finds the liver first among few results, and the metas name
 * each in plain words, with the guide's icon.
 */
static void
test_english (void)
{
  g_auto(GStrv) keys = search_one ("liver");
  g_auto(GStrv) prefix = search_one ("jaun");
  g_auto(GStrv) upper = search_one ("LIVER");
  g_autoptr(GVariant) all = NULL;
  g_autofree char *name = NULL;
  g_autofree char *description = NULL;
  const char *asked[] = { "site:liver", "term:jaundice", "site:no-such-place",
                          "own-question:0", NULL };

  g_assert_true (g_strv_contains ((const char * const *) keys, "site:liver"));
  g_assert_cmpstr (keys[0], ==, "site:liver");
  g_assert_cmpuint (g_strv_length (keys), <=, MBC_SEARCH_PROVIDER_MAX_RESULTS);
  assert_content_keys ((const char * const *) keys);
  g_assert_true (g_strv_equal ((const char * const *) keys, (const char * const *) upper));

  /* A word's beginning finds the sign and the glossary's term. */
  g_assert_true (g_strv_contains ((const char * const *) prefix, "term:jaundice"));
  g_assert_true (g_strv_contains ((const char * const *) prefix, "sign:liver-jaundice"));
  assert_content_keys ((const char * const *) prefix);

  all = metas (asked);
  g_assert_cmpuint (g_variant_n_children (all), ==, 2);
  name = dup_meta (all, "site:liver", "name");
  g_assert_cmpstr (name, ==, "Liver");
  description = dup_meta (all, "site:liver", "description");
  g_assert_nonnull (description);
  g_assert_cmpstr (description, !=, "");
  g_free (name);
  name = dup_meta (all, "term:jaundice", "name");
  g_assert_cmpstr (name, ==, "Jaundice");

  for (gsize i = 0; i < g_variant_n_children (all); i++)
    {
      g_autoptr(GVariant) meta = g_variant_get_child_value (all, i);
      g_autoptr(GVariant) serialized = g_variant_lookup_value (meta, "icon", NULL);
      g_autoptr(GIcon) icon = NULL;

      g_assert_nonnull (serialized);
      icon = g_icon_deserialize (serialized);
      g_assert_true (G_IS_THEMED_ICON (icon));
      g_assert_cmpstr (g_themed_icon_get_names (G_THEMED_ICON (icon))[0], ==, APP_ID);
    }

  /* Nothing for nothing. */
  {
    g_auto(GStrv) none = search_one ("zzxqv");

    g_assert_cmpuint (g_strv_length (none), ==, 0);
  }
}

/* In Spanish, with or without the accent; the names in Spanish; and in
 * English again at once.
 */
static void
test_spanish (void)
{
  const char *liver[] = { "site:liver", NULL };

  change_language ("es");
  {
    g_auto(GStrv) plain = search_one ("higado");
    g_auto(GStrv) accented = search_one ("hígado");
    g_autoptr(GVariant) all = metas (liver);
    g_autofree char *name = dup_meta (all, "site:liver", "name");
    g_autofree char *description = dup_meta (all, "site:liver", "description");

    g_assert_cmpstr (plain[0], ==, "site:liver");
    g_assert_true (g_strv_equal ((const char * const *) plain,
                                 (const char * const *) accented));
    assert_content_keys ((const char * const *) plain);
    g_assert_cmpstr (name, ==, "Hígado");
    g_assert_nonnull (description);
    g_assert_null (strstr (description, "liver"));
  }

  change_language ("en");
  {
    g_auto(GStrv) keys = search_one ("higado");
    g_autoptr(GVariant) all = metas (liver);
    g_autofree char *name = dup_meta (all, "site:liver", "name");

    g_assert_false (g_strv_contains ((const char * const *) keys, "site:liver"));
    g_assert_cmpstr (name, ==, "Liver");
  }
}

/* More words find fewer things, each of them all the words' own: here
 * the liver's pains, out of every pain of the guide.
 */
static void
test_subsearch (void)
{
  const char *pain[] = { "pain", NULL };
  const char *liver_pain[] = { "pain", "liver", NULL };
  g_auto(GStrv) first = search (pain);
  g_auto(GStrv) narrower = subsearch ((const char * const *) first, liver_pain);
  g_autoptr(MbcContent) content = NULL;
  g_autoptr(MbcSearchIndex) index = NULL;

  g_assert_cmpuint (g_strv_length (first), ==, MBC_SEARCH_PROVIDER_MAX_RESULTS);
  g_assert_cmpuint (g_strv_length (narrower), >, 0);
  g_assert_cmpuint (g_strv_length (narrower), <, g_strv_length (first));
  g_assert_false (g_strv_equal ((const char * const *) first, (const char * const *) narrower));
  assert_content_keys ((const char * const *) narrower);

  g_object_get (app, "content", &content, NULL);
  index = mbc_search_index_new (content);
  for (guint i = 0; narrower[i] != NULL; i++)
    {
      g_autoptr(MbcSearchResult) result = mbc_search_index_find (index, narrower[i]);

      g_assert_cmpstr (mbc_search_result_get_site_id (result), ==, "liver");
    }

  /* A prefix typed further. */
  {
    const char *jaun[] = { "jaun", NULL };
    const char *jaundice[] = { "jaundice", NULL };
    g_auto(GStrv) before = search (jaun);
    g_auto(GStrv) after = subsearch ((const char * const *) before, jaundice);

    g_assert_true (g_strv_contains ((const char * const *) after, "term:jaundice"));
  }
}

/* The person's own questions stay theirs: a word that only a question
 * of theirs holds finds nothing, and so does its whole text.
 */
static void
test_own_questions (void)
{
  const char *text = "Can I still climb Kilimanjaro next summer?";
  MbcMyQuestionList *list = mbc_application_get_question_list (app);
  g_autoptr(MbcMyQuestion) question = mbc_my_question_new (text, NULL);
  g_autoptr(MbcMyQuestion) removed = NULL;
  guint n = g_list_model_get_n_items (G_LIST_MODEL (list));

  mbc_my_question_list_append (list, question);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, n + 1);

  {
    g_auto(GStrv) keys = search_one ("kilimanjaro");
    g_auto(GStrv) prefix = search_one ("kiliman");
    const char *words[] = { "climb", "kilimanjaro", "summer", NULL };
    g_auto(GStrv) all = search (words);
    const char *own[] = { "own-question:0", NULL };
    g_autoptr(GVariant) described = metas (own);

    g_assert_cmpuint (g_strv_length (keys), ==, 0);
    g_assert_cmpuint (g_strv_length (prefix), ==, 0);
    g_assert_cmpuint (g_strv_length (all), ==, 0);
    g_assert_cmpuint (g_variant_n_children (described), ==, 0);
  }

  removed = mbc_my_question_list_remove (list, n);
  g_assert_true (removed == question);
}

/* Choosing a result shows the guide, which had no window, at that
 * result: a key of the person's own things opens nothing, a key of the
 * guide's opens the window there; launching a search shows the same
 * window, searching for the person's words.
 */
static void
test_activate (void)
{
  const char *terms[] = { "liver", "pain", NULL };
  MbcGuideView *guide;
  MbcWindow *window;
  GtkWidget *entry;

  g_assert_null (find_window ());
  activate_result ("own-question:0");
  mbc_test_iterate (50);
  g_assert_null (find_window ());

  activate_result ("site:liver");
  window = find_window ();
  g_assert_nonnull (window);
  for (guint i = 0; i < 200 && !gtk_widget_get_mapped (GTK_WIDGET (window)); i++)
    mbc_test_iterate (10);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (window)));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));

  /* At the result: the liver, on the body map. */
  guide = MBC_GUIDE_VIEW (mbc_test_find_type (GTK_WIDGET (window), MBC_TYPE_GUIDE_VIEW));
  g_assert_nonnull (guide);
  g_assert_cmpstr (mbc_window_get_visible_view (window), ==, "map");
  g_assert_cmpstr (mbc_guide_view_get_selected_site (guide), ==, "liver");

  /* Another result, in the same window: a term of the glossary. */
  activate_result ("term:jaundice");
  g_assert_true (find_window () == window);
  g_assert_cmpstr (mbc_window_get_visible_view (window), ==, "basics");

  /* A window that is there but hidden is shown again, not made anew. */
  gtk_widget_set_visible (GTK_WIDGET (window), FALSE);
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (window)));
  launch_search (terms);
  g_assert_true (find_window () == window);
  g_assert_cmpuint (g_list_length (gtk_application_get_windows (GTK_APPLICATION (app))), ==, 1);
  for (guint i = 0; i < 200 && !gtk_widget_get_mapped (GTK_WIDGET (window)); i++)
    mbc_test_iterate (10);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (window)));

  /* With the person's words in the guide's own search. */
  entry = mbc_test_find_type (GTK_WIDGET (window), GTK_TYPE_SEARCH_ENTRY);
  g_assert_nonnull (entry);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "liver pain");

  gtk_window_destroy (GTK_WINDOW (window));
}

/* At a workstation: nothing found, nothing named, nothing opened. */
static void
test_kiosk (void)
{
  const char *asked[] = { "site:liver", NULL };
  const char *terms[] = { "liver", NULL };
  g_auto(GStrv) keys = search_one ("liver");
  g_auto(GStrv) narrower = subsearch (asked, terms);
  g_autoptr(GVariant) all = metas (asked);

  g_assert_true (mbc_application_get_kiosk (app));
  g_assert_cmpuint (g_strv_length (keys), ==, 0);
  g_assert_cmpuint (g_strv_length (narrower), ==, 0);
  g_assert_cmpuint (g_variant_n_children (all), ==, 0);

  activate_result ("site:liver");
  launch_search (terms);
  mbc_test_iterate (50);
  g_assert_null (find_window ());
}

static void
child_exited_cb (GPid     pid,
                 int      wait_status,
                 gpointer user_data)
{
  *(int *) user_data = wait_status;
  g_spawn_close_pid (pid);
}

static gboolean
name_has_owner (const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GVariant) reply = NULL;
  gboolean owned = FALSE;

  reply = g_dbus_connection_call_sync (caller, "org.freedesktop.DBus", "/org/freedesktop/DBus",
                                       "org.freedesktop.DBus", "NameHasOwner",
                                       g_variant_new ("(s)", name), G_VARIANT_TYPE ("(b)"),
                                       G_DBUS_CALL_FLAGS_NONE, -1, NULL, &error);
  g_assert_no_error (error);
  g_variant_get (reply, "(b)", &owned);

  return owned;
}

/* What `gdbus call` prints for the Shell's first question, @term. */
static char *
ask_service (const char *term)
{
  g_autofree char *terms = g_strdup_printf ("['%s']", term);
  const char *argv[] = {
    "gdbus", "call", "--session", "--dest", APP_ID, "--object-path", PROVIDER_PATH,
    "--method", PROVIDER_INTERFACE ".GetInitialResultSet", terms, NULL
  };

  return mbc_test_run_program (argv);
}

/* Quits the guide that answers on the bus, as its menu's Quit does. */
static void
quit_service (void)
{
  const char *argv[] = {
    "gdbus", "call", "--session", "--dest", APP_ID, "--object-path",
    "/io/github/mbcguide/MbcGuide", "--method", "org.gtk.Actions.Activate",
    "quit", "[]", "{}", NULL
  };
  g_autofree char *output = mbc_test_run_program (argv);

  g_assert_cmpstr (output, ==, "()\n");
}

/* The built guide, started as the Shell's session bus starts it (the
 * D-Bus service file's command) with @option, answers `gdbus call`
 * with @expected in its output, and is stopped.
 */
static void
run_service (const char *option,
             const char *expected)
{
  const char *argv[] = { g_getenv ("MBC_GUIDE"), "--gapplication-service", option, NULL };
  g_autoptr(GError) error = NULL;
  g_autofree char *answer = NULL;
  int wait_status = -1;
  GPid pid;

  g_assert_nonnull (argv[0]);
  g_assert_false (name_has_owner (APP_ID));
  g_spawn_async (NULL, (char **) argv, NULL, G_SPAWN_DO_NOT_REAP_CHILD, NULL, NULL, &pid,
                 &error);
  g_assert_no_error (error);
  g_child_watch_add (pid, child_exited_cb, &wait_status);

  for (guint i = 0; i < 600 && wait_status == -1 && !name_has_owner (APP_ID); i++)
    mbc_test_iterate (50);
  g_assert_cmpint (wait_status, ==, -1);
  g_assert_true (name_has_owner (APP_ID));

  answer = ask_service ("liver");
  g_test_message ("%s", answer);
  g_assert_nonnull (strstr (answer, expected));

  if (option == NULL)
    {
      g_autofree char *later = NULL;

      /* GApplication keeps a service ten seconds for its first call;
       * the guide stays on after its answers, for the Shell's next.
       */
      mbc_test_iterate (11000 / mbc_test_time_scale ());
      g_assert_cmpint (wait_status, ==, -1);
      later = ask_service ("jaun");
      g_assert_nonnull (strstr (later, "'term:jaundice'"));

      quit_service ();
    }
  else
    {
      /* A workstation's guide cannot be quit: it is stopped. */
      kill (pid, SIGTERM);
    }

  for (guint i = 0; i < 600 && wait_status == -1; i++)
    mbc_test_iterate (50);
  g_assert_cmpint (wait_status, !=, -1);
  if (option == NULL)
    g_assert_true (g_spawn_check_wait_status (wait_status, NULL));
  g_assert_false (name_has_owner (APP_ID));
}

static void
test_service (void)
{
  run_service (NULL, "'site:liver'");
}

/* gdbus prints an empty list of strings so. */
static void
test_service_kiosk (void)
{
  run_service ("--kiosk", "(@as [],)");
}

/* The Shell asks a guide that is not running: the session bus starts
 * it with the command of the guide's D-Bus service file (here naming
 * the built guide), and it answers.
 */
static void
test_activation (void)
{
  g_autofree char *display = g_strdup (g_getenv ("DISPLAY"));
  g_autoptr(GVariantBuilder) environment = g_variant_builder_new (G_VARIANT_TYPE ("a{ss}"));
  g_autoptr(GVariant) reply = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *answer = NULL;

  /* What a desktop session gives its bus, for the programs it starts. */
  if (display != NULL)
    g_variant_builder_add (environment, "{ss}", "DISPLAY", display);
  reply = g_dbus_connection_call_sync (caller, "org.freedesktop.DBus", "/org/freedesktop/DBus",
                                       "org.freedesktop.DBus", "UpdateActivationEnvironment",
                                       g_variant_new ("(a{ss})", environment), NULL,
                                       G_DBUS_CALL_FLAGS_NONE, -1, NULL, &error);
  g_assert_no_error (error);

  g_assert_false (name_has_owner (APP_ID));
  answer = ask_service ("liver");
  g_test_message ("%s", answer);
  g_assert_nonnull (strstr (answer, "'site:liver'"));
  g_assert_true (name_has_owner (APP_ID));

  quit_service ();
  for (guint i = 0; i < 600 && name_has_owner (APP_ID); i++)
    mbc_test_iterate (50);
  g_assert_false (name_has_owner (APP_ID));
}

/* A folder of D-Bus services holding the guide's service file, as
 * built, but for the command: the built guide, not the installed one.
 */
static char *
make_service_folder (void)
{
  /* Made before the tests start, where G_TEST_BUILDDIR says. */
  g_autofree char *built = g_build_filename (g_getenv ("G_TEST_BUILDDIR"), "..", "data",
                                             APP_ID ".service", NULL);
  g_autofree char *folder = g_build_filename (data_home, "dbus-services", NULL);
  g_autofree char *path = g_build_filename (folder, APP_ID ".service", NULL);
  g_autoptr(GKeyFile) service = g_key_file_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *exec = NULL;
  g_autofree char *local = NULL;
  const char *arguments;

  g_key_file_load_from_file (service, built, G_KEY_FILE_NONE, &error);
  g_assert_no_error (error);
  exec = g_key_file_get_string (service, "D-BUS Service", "Exec", &error);
  g_assert_no_error (error);
  arguments = strchr (exec, ' ');
  g_assert_nonnull (arguments);
  local = g_strconcat (g_getenv ("MBC_GUIDE"), arguments, NULL);
  g_key_file_set_string (service, "D-BUS Service", "Exec", local);

  g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);
  g_key_file_save_to_file (service, path, &error);
  g_assert_no_error (error);

  return g_steal_pointer (&folder);
}

/* The files that tell the Shell and the session bus about the provider
 * name what the guide exports, and the search is off until the person
 * turns it on.
 */
static void
test_files (void)
{
  g_autofree char *ini = g_test_build_filename (G_TEST_DIST, "..", "data",
                                                APP_ID ".search-provider.ini", NULL);
  g_autofree char *service = g_test_build_filename (G_TEST_BUILT, "..", "data",
                                                    APP_ID ".service", NULL);
  g_autoptr(GKeyFile) provider = g_key_file_new ();
  g_autoptr(GKeyFile) bus_service = g_key_file_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *desktop_id = NULL;
  g_autofree char *desktop = NULL;
  g_autofree char *value = NULL;
  g_autofree char *exec = NULL;

  g_key_file_load_from_file (provider, ini, G_KEY_FILE_NONE, &error);
  g_assert_no_error (error);
  desktop_id = g_key_file_get_string (provider, "Shell Search Provider", "DesktopId", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (desktop_id, ==, APP_ID ".desktop");
  desktop = g_test_build_filename (G_TEST_BUILT, "..", "data", desktop_id, NULL);
  g_assert_true (g_file_test (desktop, G_FILE_TEST_IS_REGULAR));
  value = g_key_file_get_string (provider, "Shell Search Provider", "BusName", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (value, ==, APP_ID);
  g_free (value);
  value = g_key_file_get_string (provider, "Shell Search Provider", "ObjectPath", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (value, ==, PROVIDER_PATH);
  g_assert_cmpint (g_key_file_get_integer (provider, "Shell Search Provider", "Version", &error),
                   ==, 2);
  g_assert_no_error (error);
  g_assert_true (g_key_file_get_boolean (provider, "Shell Search Provider", "DefaultDisabled",
                                         &error));
  g_assert_no_error (error);

  g_key_file_load_from_file (bus_service, service, G_KEY_FILE_NONE, &error);
  g_assert_no_error (error);
  g_free (value);
  value = g_key_file_get_string (bus_service, "D-BUS Service", "Name", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (value, ==, APP_ID);
  exec = g_key_file_get_string (bus_service, "D-BUS Service", "Exec", &error);
  g_assert_no_error (error);
  g_assert_true (g_path_is_absolute (exec));
  g_assert_true (g_str_has_suffix (exec, "/mbc-guide --gapplication-service"));
}

static gboolean
run_body_cb (gpointer data)
{
  GTestFunc body = data;

  body ();

  g_application_release (G_APPLICATION (app));
  g_action_group_activate_action (G_ACTION_GROUP (app), "quit", NULL);
  /* A workstation disables quitting: it ends as a service does, once
   * nothing holds it.
   */
  g_application_quit (G_APPLICATION (app));

  return G_SOURCE_REMOVE;
}

static void
startup_cb (GApplication *application,
            gpointer      body)
{
  g_application_hold (application);
  g_idle_add (run_body_cb, body);
}

/* Runs @body in a new application started as a D-Bus service, as the
 * Shell starts the guide, at home or at a workstation.
 */
static void
run_in_application (gboolean  kiosk,
                    GTestFunc body)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);

  g_settings_set_boolean (settings, "kiosk-mode", kiosk);
  app = mbc_application_new ();
  g_application_set_flags (G_APPLICATION (app),
                           G_APPLICATION_NON_UNIQUE | G_APPLICATION_IS_SERVICE);
  g_signal_connect_after (app, "startup", G_CALLBACK (startup_cb), body);
  g_assert_cmpint (g_application_run (G_APPLICATION (app), 0, NULL), ==, 0);
  /* The diary, read on a worker thread as the guide starts, holds the
   * application until it is read: a quick test can end before.
   */
  g_object_add_weak_pointer (G_OBJECT (app), (gpointer *) &app);
  g_object_unref (app);
  for (guint i = 0; i < 500 && app != NULL; i++)
    mbc_test_iterate (10);
  g_assert_null (app);
  g_settings_reset (settings, "kiosk-mode");
}

static void
test_in_process (gconstpointer body)
{
  run_in_application (FALSE, (GTestFunc) body);
}

static void
test_in_process_kiosk (void)
{
  run_in_application (TRUE, test_kiosk);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *display = g_strdup (g_getenv ("DISPLAY"));
  g_autofree char *runtime_dir = g_strdup (g_getenv ("XDG_RUNTIME_DIR"));
  g_autofree char *services = NULL;
  int status;

  /* A home of its own: the person's questions are written there. */
  data_home = g_dir_make_tmp ("mbc-search-provider-XXXXXX", NULL);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);

  /* A session bus of the test's own, never the desktop's: a guide
   * running there would answer in the test's place. GTestDBus unsets
   * the display, which the guide started as a service needs.
   */
  bus = g_test_dbus_new (G_TEST_DBUS_NONE);
  services = make_service_folder ();
  g_test_dbus_add_service_dir (bus, services);
  g_test_dbus_up (bus);
  if (display != NULL)
    g_setenv ("DISPLAY", display, TRUE);
  if (runtime_dir != NULL)
    g_setenv ("XDG_RUNTIME_DIR", runtime_dir, TRUE);
  /* libadwaita would keep the bus for the whole process, for the
   * desktop's settings portal, which this bus has not got; the bus is
   * let go of once the test is done.
   */
  g_setenv ("ADW_DISABLE_PORTAL", "1", TRUE);

  mbc_test_init (&argc, &argv);
  g_test_add_data_func ("/mbc/search-provider/english", test_english, test_in_process);
  g_test_add_data_func ("/mbc/search-provider/spanish", test_spanish, test_in_process);
  g_test_add_data_func ("/mbc/search-provider/subsearch", test_subsearch, test_in_process);
  g_test_add_data_func ("/mbc/search-provider/own-questions", test_own_questions,
                        test_in_process);
  g_test_add_data_func ("/mbc/search-provider/activate", test_activate, test_in_process);
  g_test_add_func ("/mbc/search-provider/kiosk", test_in_process_kiosk);
  g_test_add_func ("/mbc/search-provider/service", test_service);
  g_test_add_func ("/mbc/search-provider/service-kiosk", test_service_kiosk);
  g_test_add_func ("/mbc/search-provider/activation", test_activation);
  g_test_add_func ("/mbc/search-provider/files", test_files);

  caller = g_dbus_connection_new_for_address_sync (g_test_dbus_get_bus_address (bus),
                                                   G_DBUS_CONNECTION_FLAGS_AUTHENTICATION_CLIENT |
                                                   G_DBUS_CONNECTION_FLAGS_MESSAGE_BUS_CONNECTION,
                                                   NULL, NULL, &error);
  g_assert_no_error (error);

  status = g_test_run ();

  /* GDBus's worker thread lets the closed connection go soon after. */
  g_dbus_connection_close_sync (caller, NULL, NULL);
  g_object_add_weak_pointer (G_OBJECT (caller), (gpointer *) &caller);
  g_object_unref (caller);
  for (guint i = 0; i < 500 && caller != NULL; i++)
    mbc_test_iterate (10);
  g_assert_null (caller);
  g_test_dbus_down (bus);
  g_assert_finalize_object (g_steal_pointer (&bus));

  mbc_test_remove_tree (data_home);
  g_free (data_home);

  return status;
}
