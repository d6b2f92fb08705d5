/* mbc-language.c: the language the guide is shown in
 *
 * The guide is in English or in one of the languages of po/LINGUAS, and
 * a person can change it while the guide runs. gettext follows the
 * LANGUAGE variable, but only when the locale is not the plain "C" one,
 * and only after setlocale() tells it that something changed; both are
 * taken care of here, so that a machine without a Spanish locale still
 * shows the guide in Spanish.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <locale.h>
#include <string.h>

#include "mbc-language.h"

static GStrv       languages;
static char       *system_language;
static char       *current_language;
static GHashTable *names;

/* "es_US.UTF-8" or "es" → "es", when the guide has that language. */
static const char *
find_language (const char *locale)
{
  g_autofree char *code = NULL;

  if (locale == NULL || *locale == '\0')
    return NULL;

  code = g_strndup (locale, strcspn (locale, "_.@:"));
  for (guint i = 0; languages[i] != NULL; i++)
    if (g_ascii_strcasecmp (languages[i], code) == 0)
      return languages[i];

  return NULL;
}

/* The language the system asks for, as gettext reads it: LANGUAGE
 * first (a list, the first known one wins), then LC_ALL, LC_MESSAGES
 * and LANG; English when none is one of ours.
 */
static const char *
detect_system_language (void)
{
  const char *language = g_getenv ("LANGUAGE");
  static const char *variables[] = { "LC_ALL", "LC_MESSAGES", "LANG" };
  const char *found;

  if (language != NULL)
    {
      g_auto(GStrv) wanted = g_strsplit (language, ":", -1);

      for (guint i = 0; wanted[i] != NULL; i++)
        if ((found = find_language (wanted[i])) != NULL)
          return found;
    }

  for (guint i = 0; i < G_N_ELEMENTS (variables); i++)
    {
      const char *value = g_getenv (variables[i]);

      if (value != NULL && *value != '\0')
        return (found = find_language (value)) != NULL ? found : "en";
    }

  return "en";
}

/* Tells gettext that LANGUAGE has changed, so that it forgets what it
 * looked up. Changing a locale category does that; setting it to the
 * value it already has does not, so it goes by way of "C".
 */
static void
reload_messages (void)
{
  g_autofree char *messages = g_strdup (setlocale (LC_MESSAGES, NULL));

  setlocale (LC_MESSAGES, "C");
  setlocale (LC_MESSAGES, messages);
}

static void
apply (const char *code)
{
  g_setenv ("LANGUAGE", code, TRUE);
  reload_messages ();
}

/**
 * mbc_language_init:
 *
 * Sets up the locale and the message catalogue, and learns which
 * languages there are and which one the system asks for. Call it once,
 * first thing in main(), and tell GTK not to set the locale itself.
 */
void
mbc_language_init (void)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) linguas = g_strsplit (MBC_LINGUAS, " ", -1);
  const char *messages;

  if (languages != NULL)
    return;

  g_strv_builder_add (builder, "en");
  for (guint i = 0; linguas[i] != NULL; i++)
    if (*linguas[i] != '\0' && !g_str_equal (linguas[i], "en"))
      g_strv_builder_add (builder, linguas[i]);
  languages = g_strv_builder_end (builder);
  names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  system_language = g_strdup (detect_system_language ());

  /* The system's locale may not be installed (es_US.UTF-8 on a machine
   * that has only English), and the plain C locale makes gettext ignore
   * LANGUAGE: C.UTF-8, which every glibc system has, does neither.
   */
  if (setlocale (LC_ALL, "") == NULL)
    setlocale (LC_ALL, "C.UTF-8");
  messages = setlocale (LC_MESSAGES, NULL);
  if (messages == NULL || g_str_equal (messages, "C") || g_str_equal (messages, "POSIX"))
    setlocale (LC_ALL, "C.UTF-8");

  /* MBC_LOCALEDIR lets the guide run from its build folder, before it is
   * installed, with the catalogues the build has just made.
   */
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("MBC_LOCALEDIR") != NULL ? g_getenv ("MBC_LOCALEDIR")
                                                                      : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  /* Each language's own name, from its own catalogue, so that adding a
   * language needs no code. English comes last: GLib decides at the
   * first translation whether to translate at all, and says no for good
   * when that first one finds no catalogue.
   */
  for (guint i = g_strv_length (languages); i-- > 0;)
    {
      apply (languages[i]);
      /* Translators: the name of your language, in your language, as a
       * person looking for it would know it: “Español” in Spanish.
       */
      g_hash_table_insert (names, g_strdup (languages[i]),
                           g_strdup (g_dpgettext2 (GETTEXT_PACKAGE, "language name", "English")));
    }

  /* A language whose catalogue is not installed is not offered: it
   * would show English under another name.
   */
  {
    g_autoptr(GStrvBuilder) found = g_strv_builder_new ();

    for (guint i = 0; languages[i] != NULL; i++)
      if (g_str_equal (languages[i], "en") ||
          !g_str_equal (g_hash_table_lookup (names, languages[i]), "English"))
        g_strv_builder_add (found, languages[i]);
      else
        g_message ("No catalogue for the language “%s”: it is not offered", languages[i]);

    g_strfreev (languages);
    languages = g_strv_builder_end (found);
  }

  /* The system may ask for a language that turned out to have no
   * catalogue here.
   */
  if (find_language (system_language) == NULL)
    {
      g_free (system_language);
      system_language = g_strdup ("en");
    }

  mbc_language_set (system_language);
}

/* "en" and the languages of po/LINGUAS. */
const char * const *
mbc_language_list (void)
{
  g_return_val_if_fail (languages != NULL, NULL);

  return (const char * const *) languages;
}

/* The language the system asks for, if the guide has it; else "en". */
const char *
mbc_language_get_system (void)
{
  g_return_val_if_fail (languages != NULL, NULL);

  return system_language;
}

const char *
mbc_language_get_current (void)
{
  g_return_val_if_fail (languages != NULL, NULL);

  return current_language;
}

/**
 * mbc_language_set:
 * @code: "en", or a language of po/LINGUAS
 *
 * Shows every text translated from now on in @code. What is already on
 * screen stays as it is: the window builds its views anew.
 *
 * Returns: %FALSE when the guide has no such language
 */
gboolean
mbc_language_set (const char *code)
{
  const char *found;

  g_return_val_if_fail (languages != NULL, FALSE);

  if ((found = find_language (code)) == NULL || g_strcmp0 (found, code) != 0)
    return FALSE;

  apply (found);
  g_free (current_language);
  current_language = g_strdup (found);

  return TRUE;
}

/* The name of @code in that language, such as "Español". */
const char *
mbc_language_get_name (const char *code)
{
  const char *name;

  g_return_val_if_fail (languages != NULL, NULL);

  name = g_hash_table_lookup (names, code);

  return name != NULL ? name : code;
}
