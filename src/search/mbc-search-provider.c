/* mbc-search-provider.c: the guide's answers to the desktop's search
 *
 * GNOME Shell asks each application that offers a search provider
 * (org.gnome.Shell.SearchProvider2, over D-Bus) for what matches the
 * words a person types in the Activities overview, then for the names
 * and icons of those things, and opens the one they choose. The guide
 * answers from the index of its own content, in the person's language.
 * It never answers with the person's own questions or diary entries,
 * which that index does not hold, and at a hospital workstation it
 * answers nothing at all.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "mbc-content.h"
#include "mbc-search-index.h"
#include "mbc-search-provider.h"
#include "mbc-window.h"

/* A guide started only to answer the desktop (--gapplication-service)
 * stays this long after its last answer: the Shell asks several times
 * as the person types, and starting again for each would be slow.
 */
#define SERVICE_LINGER_MS 20000

static const char interface_xml[] =
  "<node>"
  "  <interface name='org.gnome.Shell.SearchProvider2'>"
  "    <method name='GetInitialResultSet'>"
  "      <arg type='as' name='terms' direction='in'/>"
  "      <arg type='as' name='results' direction='out'/>"
  "    </method>"
  "    <method name='GetSubsearchResultSet'>"
  "      <arg type='as' name='previous_results' direction='in'/>"
  "      <arg type='as' name='terms' direction='in'/>"
  "      <arg type='as' name='results' direction='out'/>"
  "    </method>"
  "    <method name='GetResultMetas'>"
  "      <arg type='as' name='identifiers' direction='in'/>"
  "      <arg type='aa{sv}' name='metas' direction='out'/>"
  "    </method>"
  "    <method name='ActivateResult'>"
  "      <arg type='s' name='identifier' direction='in'/>"
  "      <arg type='as' name='terms' direction='in'/>"
  "      <arg type='u' name='timestamp' direction='in'/>"
  "    </method>"
  "    <method name='LaunchSearch'>"
  "      <arg type='as' name='terms' direction='in'/>"
  "      <arg type='u' name='timestamp' direction='in'/>"
  "    </method>"
  "  </interface>"
  "</node>";

struct _MbcSearchProvider
{
  GObject          parent_instance;

  /* A weak pointer: the application owns the provider. */
  GtkApplication  *application;

  GDBusConnection *connection;
  guint            registration_id;

  /* The content the index was built from, or is being built from: the
   * application's, which it replaces when the language changes. Kept
   * with a reference, so that a new content is never taken for it.
   */
  MbcContent      *content;
  MbcSearchIndex  *index;
  GCancellable    *building;
  /* The calls that wait for the index (GDBusMethodInvocation). */
  GPtrArray       *waiting;
};

G_DEFINE_FINAL_TYPE (MbcSearchProvider, mbc_search_provider, G_TYPE_OBJECT)

static GDBusNodeInfo *interface_info;

static void serve (MbcSearchProvider     *self,
                   GDBusMethodInvocation *invocation);

/* Every call ends here: with its answer, and the application let go. */
static void
reply (MbcSearchProvider     *self,
       GDBusMethodInvocation *invocation,
       GVariant              *value)
{
  g_dbus_method_invocation_return_value (invocation, value);
  if (self->application != NULL)
    g_application_release (G_APPLICATION (self->application));
}

/* The answer that says nothing, in the shape @invocation's method
 * answers in.
 */
static GVariant *
nothing_for (GDBusMethodInvocation *invocation)
{
  const char *method = g_dbus_method_invocation_get_method_name (invocation);

  if (g_str_equal (method, "GetResultMetas"))
    return g_variant_new ("(@aa{sv})", g_variant_new_array (G_VARIANT_TYPE_VARDICT, NULL, 0));
  if (g_str_has_suffix (method, "ResultSet"))
    return g_variant_new ("(@as)", g_variant_new_strv (NULL, 0));

  return NULL;
}

/* Only what the guide says: a key of the person's own things is never
 * answered, even if some day the index held them.
 */
static gboolean
is_guide_kind (MbcSearchKind kind)
{
  return kind != MBC_SEARCH_KIND_OWN_QUESTION && kind != MBC_SEARCH_KIND_DIARY_ENTRY;
}

static gboolean
is_guide_key (const char *key)
{
  g_autofree char *id = NULL;
  MbcSearchKind kind;

  return mbc_search_key_parse (key, &kind, &id) && is_guide_kind (kind);
}

/* A workstation is shared by strangers: what one searched for there, or
 * what the guide holds, is none of the desktop's business.
 */
static gboolean
is_workstation (MbcSearchProvider *self)
{
  gboolean kiosk = FALSE;

  g_object_get (self->application, "kiosk", &kiosk, NULL);

  return kiosk;
}

static GVariant *
find_keys (MbcSearchProvider  *self,
           const char * const *terms)
{
  g_autofree char *query = g_strjoinv (" ", (char **) terms);
  g_autoptr(GListModel) results = mbc_search_index_search (self->index, query,
                                                           MBC_SEARCH_PROVIDER_MAX_RESULTS);
  GVariantBuilder keys;

  g_variant_builder_init (&keys, G_VARIANT_TYPE_STRING_ARRAY);
  for (guint i = 0; i < g_list_model_get_n_items (results); i++)
    {
      g_autoptr(MbcSearchResult) result = g_list_model_get_item (results, i);
      g_autofree char *key = NULL;

      if (!is_guide_kind (mbc_search_result_get_kind (result)))
        continue;
      key = mbc_search_result_dup_key (result);
      g_variant_builder_add (&keys, "s", key);
    }

  return g_variant_new ("(as)", &keys);
}

/* What the overview shows of each result: its name, the line that says
 * where it is in the guide or begins its text, and the guide's icon.
 */
static GVariant *
describe (MbcSearchProvider  *self,
          const char * const *keys)
{
  g_autoptr(GIcon) icon = g_themed_icon_new (APP_ID);
  g_autoptr(GVariant) icon_value = g_icon_serialize (icon);
  GVariantBuilder metas;

  g_variant_builder_init (&metas, G_VARIANT_TYPE ("aa{sv}"));
  for (guint i = 0; keys[i] != NULL; i++)
    {
      g_autoptr(MbcSearchResult) result = NULL;
      const char *context;

      if (!is_guide_key (keys[i]))
        continue;
      result = mbc_search_index_find (self->index, keys[i]);
      if (result == NULL)
        continue;

      context = mbc_search_result_get_context (result);
      g_variant_builder_open (&metas, G_VARIANT_TYPE_VARDICT);
      g_variant_builder_add (&metas, "{sv}", "id", g_variant_new_string (keys[i]));
      g_variant_builder_add (&metas, "{sv}", "name",
                             g_variant_new_string (mbc_search_result_get_title (result)));
      g_variant_builder_add (&metas, "{sv}", "description",
                             g_variant_new_string (context != NULL ? context : ""));
      g_variant_builder_add (&metas, "{sv}", "icon", icon_value);
      g_variant_builder_close (&metas);
    }

  return g_variant_new ("(aa{sv})", &metas);
}

/* Answers a search or a request for metas from the index, which is
 * that of the application's content.
 */
static void
answer (MbcSearchProvider     *self,
        GDBusMethodInvocation *invocation)
{
  const char *method = g_dbus_method_invocation_get_method_name (invocation);
  GVariant *parameters = g_dbus_method_invocation_get_parameters (invocation);
  g_autofree const char **previous = NULL;
  g_autofree const char **strings = NULL;

  if (g_str_equal (method, "GetInitialResultSet"))
    {
      g_variant_get (parameters, "(^a&s)", &strings);
      reply (self, invocation, find_keys (self, strings));
    }
  else if (g_str_equal (method, "GetSubsearchResultSet"))
    {
      /* The new words are the old ones typed further: searched anew in
       * the whole guide, rather than among the few results the Shell
       * was given, so that a better match left out of those is found.
       */
      g_variant_get (parameters, "(^a&s^a&s)", &previous, &strings);
      reply (self, invocation, find_keys (self, strings));
    }
  else
    {
      g_variant_get (parameters, "(^a&s)", &strings);
      reply (self, invocation, describe (self, strings));
    }
}

static void
index_built_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(MbcSearchProvider) self = user_data;
  g_autoptr(MbcSearchIndex) index = NULL;
  g_autoptr(GPtrArray) waiting = NULL;
  g_autoptr(GError) error = NULL;

  index = mbc_search_index_new_finish (result, &error);
  /* A newer content's index is being built, or the guide is closing:
   * whoever cancelled answers the calls that wait.
   */
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  g_clear_object (&self->building);
  self->index = g_steal_pointer (&index);

  waiting = g_steal_pointer (&self->waiting);
  self->waiting = g_ptr_array_new ();
  for (guint i = 0; i < waiting->len; i++)
    {
      if (self->index != NULL)
        serve (self, waiting->pdata[i]);
      else
        reply (self, waiting->pdata[i], nothing_for (waiting->pdata[i]));
    }
}

/* The index is built on a worker thread, from the content as it is
 * now, the first time it is needed and again after each change of
 * content, so that the results are always in the person's language.
 */
static void
build_index (MbcSearchProvider *self,
             MbcContent        *content)
{
  g_cancellable_cancel (self->building);
  g_clear_object (&self->building);
  g_clear_object (&self->index);
  g_set_object (&self->content, content);

  self->building = g_cancellable_new ();
  mbc_search_index_new_async (content, self->building, index_built_cb, g_object_ref (self));
}

static void
serve (MbcSearchProvider     *self,
       GDBusMethodInvocation *invocation)
{
  g_autoptr(MbcContent) content = NULL;

  if (self->application != NULL)
    g_object_get (self->application, "content", &content, NULL);

  /* The built-in content could not be read: there is nothing to find. */
  if (content == NULL)
    {
      reply (self, invocation, nothing_for (invocation));
      return;
    }

  if (content != self->content)
    build_index (self, content);

  if (self->index == NULL)
    g_ptr_array_add (self->waiting, invocation);
  else
    answer (self, invocation);
}

/* The guide's window used last; not a dialog of it. */
static GtkWindow *
find_guide_window (MbcSearchProvider *self)
{
  for (GList *l = gtk_application_get_windows (self->application); l != NULL; l = l->next)
    if (MBC_IS_WINDOW (l->data))
      return l->data;

  return NULL;
}

/* Shows the guide, in the window it has or in a new one, and there the
 * place a window action names.
 */
static void
open_in_window (MbcSearchProvider *self,
                const char        *action,
                const char        *target,
                guint32            timestamp)
{
  GtkWindow *window = find_guide_window (self);

  if (window == NULL)
    {
      g_application_activate (G_APPLICATION (self->application));
      window = find_guide_window (self);
    }
  if (window == NULL)
    return;

  gtk_window_present_with_time (window, timestamp);
  gtk_widget_activate_action (GTK_WIDGET (window), action, "s", target);
}

static void
method_call_cb (GDBusConnection       *connection,
                const char            *sender,
                const char            *object_path,
                const char            *interface_name,
                const char            *method_name,
                GVariant              *parameters,
                GDBusMethodInvocation *invocation,
                gpointer               user_data)
{
  MbcSearchProvider *self = user_data;

  /* The guide stays until it has answered, even one started only to
   * answer; reply() lets it go.
   */
  g_application_hold (G_APPLICATION (self->application));

  if (is_workstation (self))
    reply (self, invocation, nothing_for (invocation));
  else if (g_str_equal (method_name, "ActivateResult"))
    {
      const char *key = NULL;
      guint32 timestamp = 0;

      g_variant_get (parameters, "(&sasu)", &key, NULL, &timestamp);
      if (is_guide_key (key))
        open_in_window (self, "win.open-result", key, timestamp);
      reply (self, invocation, NULL);
    }
  else if (g_str_equal (method_name, "LaunchSearch"))
    {
      g_autofree const char **terms = NULL;
      g_autofree char *query = NULL;
      guint32 timestamp = 0;

      g_variant_get (parameters, "(^a&su)", &terms, &timestamp);
      query = g_strjoinv (" ", (char **) terms);
      open_in_window (self, "win.search-for", query, timestamp);
      reply (self, invocation, NULL);
    }
  else
    serve (self, invocation);
}

static const GDBusInterfaceVTable vtable = {
  method_call_cb,
};

static void
mbc_search_provider_dispose (GObject *object)
{
  MbcSearchProvider *self = MBC_SEARCH_PROVIDER (object);

  mbc_search_provider_unexport (self);
  g_clear_weak_pointer (&self->application);
  g_clear_object (&self->index);
  g_clear_object (&self->content);

  G_OBJECT_CLASS (mbc_search_provider_parent_class)->dispose (object);
}

static void
mbc_search_provider_finalize (GObject *object)
{
  MbcSearchProvider *self = MBC_SEARCH_PROVIDER (object);

  g_ptr_array_unref (self->waiting);

  G_OBJECT_CLASS (mbc_search_provider_parent_class)->finalize (object);
}

static void
mbc_search_provider_class_init (MbcSearchProviderClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  g_autoptr(GError) error = NULL;

  object_class->dispose = mbc_search_provider_dispose;
  object_class->finalize = mbc_search_provider_finalize;

  interface_info = g_dbus_node_info_new_for_xml (interface_xml, &error);
  g_assert_no_error (error);
}

static void
mbc_search_provider_init (MbcSearchProvider *self)
{
  self->waiting = g_ptr_array_new ();
}

/**
 * mbc_search_provider_new:
 * @application: the guide, an MbcApplication: its "content" is what is
 *   searched, its "kiosk" says whether to answer at all
 *
 * Returns: (transfer full): a provider for @application, to export on
 * its connection from its dbus_register().
 */
MbcSearchProvider *
mbc_search_provider_new (GtkApplication *application)
{
  MbcSearchProvider *self;

  g_return_val_if_fail (GTK_IS_APPLICATION (application), NULL);

  self = g_object_new (MBC_TYPE_SEARCH_PROVIDER, NULL);
  g_set_weak_pointer (&self->application, application);

  if (g_application_get_flags (G_APPLICATION (application)) & G_APPLICATION_IS_SERVICE)
    g_application_set_inactivity_timeout (G_APPLICATION (application), SERVICE_LINGER_MS);

  return self;
}

/**
 * mbc_search_provider_export:
 * @object_path: where the Shell looks for it, as the search provider's
 *   .ini file says
 *
 * Offers the provider on @connection.
 */
gboolean
mbc_search_provider_export (MbcSearchProvider  *self,
                            GDBusConnection    *connection,
                            const char         *object_path,
                            GError            **error)
{
  g_return_val_if_fail (MBC_IS_SEARCH_PROVIDER (self), FALSE);
  g_return_val_if_fail (G_IS_DBUS_CONNECTION (connection), FALSE);
  g_return_val_if_fail (self->registration_id == 0, FALSE);

  self->registration_id = g_dbus_connection_register_object (connection, object_path,
                                                             interface_info->interfaces[0],
                                                             &vtable, self, NULL, error);
  if (self->registration_id == 0)
    return FALSE;

  g_set_object (&self->connection, connection);

  return TRUE;
}

/* Takes the provider off its connection; the calls that wait for the
 * index are told that the guide is closing. Safe to call again.
 */
void
mbc_search_provider_unexport (MbcSearchProvider *self)
{
  g_autoptr(GPtrArray) waiting = NULL;

  g_return_if_fail (MBC_IS_SEARCH_PROVIDER (self));

  if (self->registration_id != 0)
    g_dbus_connection_unregister_object (self->connection, self->registration_id);
  self->registration_id = 0;
  g_clear_object (&self->connection);

  g_cancellable_cancel (self->building);
  g_clear_object (&self->building);

  waiting = g_steal_pointer (&self->waiting);
  self->waiting = g_ptr_array_new ();
  for (guint i = 0; i < waiting->len; i++)
    {
      g_dbus_method_invocation_return_error_literal (waiting->pdata[i], G_DBUS_ERROR,
                                                     G_DBUS_ERROR_FAILED,
                                                     "The guide is closing");
      if (self->application != NULL)
        g_application_release (G_APPLICATION (self->application));
    }
}
