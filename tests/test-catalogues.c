/* test-catalogues.c: the guide's catalogues, read without gettext
 * (mbc-translations.c; the test called "translations" is the one of the
 * .po files)
 *
 * The catalogue the build makes gives what gettext gives; a catalogue
 * made here, in either byte order, gives its messages and leaves out
 * those with plural forms; and a file that is cut short, damaged,
 * empty, a folder or missing gives no translation, never a crash.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>

#include "mbc-language.h"
#include "mbc-test-files.h"
#include "mbc-translations.h"

#define MO_MAGIC       0x950412deU
#define HEADER_SIZE    28

typedef struct {
  const char *msgid;
  gsize       msgid_length;
  const char *msgstr;
  gsize       msgstr_length;
} Message;

/* Lengths from the literals, so that a NUL inside one is kept. */
#define MESSAGE(msgid, msgstr) { msgid, sizeof msgid - 1, msgstr, sizeof msgstr - 1 }

static const Message messages[] = {
  MESSAGE ("", "Project-Id-Version: test\nContent-Type: text/plain; charset=UTF-8\n"),
  MESSAGE ("Kind", "Tipo"),
  MESSAGE ("shortcut window\004Views", "Vistas"),
  MESSAGE ("%u entry\0%u entries", "%u anotación\0%u anotaciones"),
  MESSAGE ("Untranslated", ""),
  MESSAGE ("Not UTF-8", "\xff\xfe"),
  MESSAGE ("Qué", "What"),
};

static char *folder;

static void
put_word (GByteArray *bytes,
          gsize       offset,
          guint32     word,
          gboolean    swapped)
{
  if (swapped)
    word = GUINT32_SWAP_LE_BE (word);
  memcpy (bytes->data + offset, &word, sizeof word);
}

/* A catalogue as msgfmt lays it out: the header, the table of the
 * originals, the table of the translations, then the strings, each
 * followed by a NUL; with no hash table.
 */
static GByteArray *
new_catalogue (const Message *list,
               guint          n,
               gboolean       swapped,
               guint32        revision)
{
  GByteArray *bytes = g_byte_array_new ();
  gsize strings = HEADER_SIZE + 16 * n;

  g_byte_array_set_size (bytes, strings);
  memset (bytes->data, 0, bytes->len);
  put_word (bytes, 0, MO_MAGIC, swapped);
  put_word (bytes, 4, revision, swapped);
  put_word (bytes, 8, n, swapped);
  put_word (bytes, 12, HEADER_SIZE, swapped);
  put_word (bytes, 16, HEADER_SIZE + 8 * n, swapped);
  put_word (bytes, 20, 0, swapped);
  put_word (bytes, 24, strings, swapped);

  for (guint i = 0; i < n; i++)
    {
      put_word (bytes, HEADER_SIZE + 8 * i, list[i].msgid_length, swapped);
      put_word (bytes, HEADER_SIZE + 8 * i + 4, bytes->len, swapped);
      g_byte_array_append (bytes, (const guint8 *) list[i].msgid, list[i].msgid_length + 1);
    }
  for (guint i = 0; i < n; i++)
    {
      put_word (bytes, HEADER_SIZE + 8 * (n + i), list[i].msgstr_length, swapped);
      put_word (bytes, HEADER_SIZE + 8 * (n + i) + 4, bytes->len, swapped);
      g_byte_array_append (bytes, (const guint8 *) list[i].msgstr, list[i].msgstr_length + 1);
    }

  return bytes;
}

static char *
write_bytes (const char *name,
             const void *data,
             gsize       length)
{
  g_autofree char *path = g_build_filename (folder, name, NULL);
  g_autoptr(GError) error = NULL;

  /* Thousands of them, which need not last: written in place, which
   * does not truncate what was there.
   */
  g_unlink (path);
  g_file_set_contents_full (path, data, length, G_FILE_SET_CONTENTS_NONE, 0600, &error);
  g_assert_no_error (error);

  return g_steal_pointer (&path);
}

static MbcTranslations *
load_bytes (const void *data,
            gsize       length)
{
  g_autofree char *path = write_bytes ("test.mo", data, length);

  return mbc_translations_new_from_file (path);
}

/* What any catalogue, however damaged, may answer: nothing, or text. */
static void
assert_sane (MbcTranslations *translations)
{
  if (translations == NULL)
    return;

  for (guint i = 0; i < G_N_ELEMENTS (messages); i++)
    {
      const char *found = mbc_translations_lookup (translations, messages[i].msgid);

      if (found != NULL)
        g_assert_true (g_utf8_validate (found, -1, NULL));
    }
}

/* The messages of new_catalogue (messages). */
static void
assert_messages (MbcTranslations *translations)
{
  g_assert_nonnull (translations);
  g_assert_cmpstr (mbc_translations_lookup (translations, "Kind"), ==, "Tipo");
  g_assert_cmpstr (mbc_translations_lookup (translations, "Qué"), ==, "What");
  /* A message with a context is found under its context only. */
  g_assert_cmpstr (mbc_translations_lookup (translations, "shortcut window\004Views"), ==, "Vistas");
  g_assert_null (mbc_translations_lookup (translations, "Views"));
  /* Plural forms, an empty translation, one that is not UTF-8, the
   * header and what is not there give nothing.
   */
  g_assert_null (mbc_translations_lookup (translations, "%u entry"));
  g_assert_null (mbc_translations_lookup (translations, "%u entries"));
  g_assert_null (mbc_translations_lookup (translations, "Untranslated"));
  g_assert_null (mbc_translations_lookup (translations, "Not UTF-8"));
  g_assert_null (mbc_translations_lookup (translations, ""));
  g_assert_null (mbc_translations_lookup (translations, "Nothing like this"));
}

/* A catalogue in either byte order, of revision 0 or 1. */
static void
test_catalogue (void)
{
  const guint32 revisions[] = { 0, 1, 0x00010001 };

  for (guint swapped = 0; swapped <= 1; swapped++)
    for (guint i = 0; i < G_N_ELEMENTS (revisions); i++)
      {
        g_autoptr(GByteArray) bytes = new_catalogue (messages, G_N_ELEMENTS (messages),
                                                     swapped, revisions[i]);
        g_autoptr(MbcTranslations) translations = load_bytes (bytes->data, bytes->len);

        assert_messages (translations);
      }

  /* A catalogue with no messages is one, with nothing in it. */
  {
    g_autoptr(GByteArray) bytes = new_catalogue (NULL, 0, FALSE, 0);
    g_autoptr(MbcTranslations) translations = load_bytes (bytes->data, bytes->len);

    g_assert_nonnull (translations);
    g_assert_null (mbc_translations_lookup (translations, "Kind"));
  }
}

/* Cut short anywhere: nothing, or only what is right. */
static void
test_truncated (void)
{
  g_autoptr(GByteArray) bytes = new_catalogue (messages, G_N_ELEMENTS (messages), FALSE, 0);
  gsize tables_end = HEADER_SIZE + 16 * G_N_ELEMENTS (messages);

  for (gsize length = 0; length < bytes->len; length++)
    {
      g_autoptr(MbcTranslations) translations = load_bytes (bytes->data, length);
      const char *kind;

      if (length < tables_end)
        g_assert_null (translations);
      assert_sane (translations);
      if (translations == NULL)
        continue;

      kind = mbc_translations_lookup (translations, "Kind");
      g_assert_true (kind == NULL || g_str_equal (kind, "Tipo"));
    }

  /* Only the last string's NUL is missing: every string is whole. */
  {
    g_autoptr(MbcTranslations) translations = load_bytes (bytes->data, bytes->len - 1);

    assert_messages (translations);
  }
}

/* Offsets, lengths and counts that point out of the file, however big,
 * a revision that is not known and a charset that is not UTF-8.
 */
static void
test_damaged (void)
{
  const guint n = G_N_ELEMENTS (messages);
  const struct {
    gsize   offset;
    guint32 word;
  } damages[] = {
    { 0, 0x12345678 },                               /* magic */
    { 4, 0x00020000 },                               /* major revision 2 */
    { 8, G_MAXUINT32 },                              /* number of strings */
    { 8, 0x20000000 },                               /* number × 8 wraps around 2^32 */
    { 12, G_MAXUINT32 - 4 },                         /* originals' table */
    { 16, G_MAXUINT32 - 4 },                         /* translations' table */
    { 16, 0 },                                       /* the translations are the header */
    { HEADER_SIZE + 8, G_MAXUINT32 },                /* a msgid's length */
    { HEADER_SIZE + 12, G_MAXUINT32 },               /* a msgid's offset */
    { HEADER_SIZE + 12, G_MAXUINT32 - 2 },           /* offset + length wraps around */
    { HEADER_SIZE + 8 * (n + 1), 0x7fffffff },       /* a msgstr's length */
    { HEADER_SIZE + 8 * (n + 1) + 4, G_MAXUINT32 },  /* a msgstr's offset */
  };

  for (guint i = 0; i < G_N_ELEMENTS (damages); i++)
    {
      g_autoptr(GByteArray) bytes = new_catalogue (messages, n, FALSE, 0);
      g_autoptr(MbcTranslations) translations = NULL;

      put_word (bytes, damages[i].offset, damages[i].word, FALSE);
      translations = load_bytes (bytes->data, bytes->len);
      g_assert_null (translations);
    }

  /* In another charset, words would not compare. */
  {
    const Message latin1[] = {
      MESSAGE ("", "Content-Type: text/plain; charset=ISO-8859-1\n"),
      MESSAGE ("Kind", "Tipo"),
    };
    g_autoptr(GByteArray) bytes = new_catalogue (latin1, G_N_ELEMENTS (latin1), FALSE, 0);
    g_autoptr(MbcTranslations) translations = load_bytes (bytes->data, bytes->len);

    g_assert_null (translations);
  }

  /* Bytes changed at random, as a disk may: whatever is read is text. */
  for (guint i = 0; i < 2000; i++)
    {
      g_autoptr(GByteArray) bytes = new_catalogue (messages, n, i % 2, 0);
      g_autoptr(MbcTranslations) translations = NULL;
      guint n_changes = g_test_rand_int_range (1, 5);

      for (guint j = 0; j < n_changes; j++)
        bytes->data[g_test_rand_int_range (0, bytes->len)] = g_test_rand_int_range (0, 256);
      translations = load_bytes (bytes->data, bytes->len);
      assert_sane (translations);
    }
}

/* Not a catalogue at all. */
static void
test_not_catalogue (void)
{
  g_autoptr(GByteArray) garbage = g_byte_array_new ();
  g_autofree char *missing = g_build_filename (folder, "missing.mo", NULL);
  g_autofree char *subfolder = g_build_filename (folder, "folder.mo", NULL);

  g_assert_null (load_bytes ("", 0));
  g_assert_null (load_bytes ("\xde\x12\x04\x95", 4));
  g_assert_null (mbc_translations_new_from_file (missing));
  g_assert_cmpint (g_mkdir (subfolder, 0700), ==, 0);
  g_assert_null (mbc_translations_new_from_file (subfolder));

  for (guint i = 0; i < 4096; i++)
    {
      guint8 byte = g_test_rand_int_range (0, 256);

      g_byte_array_append (garbage, &byte, 1);
    }
  g_assert_null (load_bytes (garbage->data, garbage->len));

  /* The magic number, then garbage. */
  for (guint i = 0; i < 100; i++)
    {
      g_autoptr(MbcTranslations) translations = NULL;

      put_word (garbage, 0, MO_MAGIC, i % 2);
      for (guint j = 4; j < garbage->len; j++)
        garbage->data[j] = g_test_rand_int_range (0, 256);
      translations = load_bytes (garbage->data, garbage->len);
      assert_sane (translations);
    }
}

/* The catalogue the build has made, as the guide finds it: the same
 * answers as gettext's, whatever language the guide is in.
 */
static void
test_built (void)
{
  MbcTranslations *spanish = mbc_translations_get ("es");
  const char *msgids[] = {
    "Date and time", "What", "Kind", "Guide sign ID", "How bad (0-10)", "Daily life (0-10)",
    "Medicines", "Note", "Sign from the guide", "Side effect", "Something else",
    "How I feel overall",
  };
  const char *no_catalogue[] = { "en", "xx", "", ".", "..", "../po/es", "es/../es", "/es" };

  g_assert_true (mbc_language_set ("en"));
  g_assert_nonnull (spanish);
  g_assert_true (mbc_translations_get ("es") == spanish);
  g_assert_cmpstr (mbc_translations_lookup (spanish, "Kind"), ==, "Tipo");
  g_assert_cmpstr (mbc_translations_lookup (spanish, "Something else"), ==, "Otra cosa");
  g_assert_cmpstr (mbc_translations_lookup (spanish, "shortcut window\004Quit"), ==, "Salir");
  g_assert_null (mbc_translations_lookup (spanish, "Quit"));
  g_assert_null (mbc_translations_lookup (spanish, "%u entry"));
  g_assert_null (mbc_translations_lookup (spanish, "No message of the guide says this"));

  for (guint i = 0; i < G_N_ELEMENTS (no_catalogue); i++)
    g_assert_null (mbc_translations_get (no_catalogue[i]));

  g_assert_true (mbc_language_set ("es"));
  for (guint i = 0; i < G_N_ELEMENTS (msgids); i++)
    {
      g_assert_cmpstr (mbc_translations_lookup (spanish, msgids[i]), ==,
                       g_dgettext (GETTEXT_PACKAGE, msgids[i]));
      g_assert_cmpstr (mbc_translations_lookup (spanish, msgids[i]), !=, msgids[i]);
    }
  g_assert_true (mbc_language_set ("en"));
}

/* The built catalogue, cut short or emptied. */
static void
test_built_damaged (void)
{
  g_autofree char *path = g_build_filename (bindtextdomain (GETTEXT_PACKAGE, NULL), "es",
                                            "LC_MESSAGES", GETTEXT_PACKAGE ".mo", NULL);
  g_autofree char *contents = NULL;
  gsize length = 0;
  g_autoptr(GError) error = NULL;
  const gsize cuts[] = { 0, 1, 19, 20, 27, 28, 4096 };

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (length, >, 8192);

  {
    g_autoptr(MbcTranslations) whole = load_bytes (contents, length);

    g_assert_nonnull (whole);
    g_assert_cmpstr (mbc_translations_lookup (whole, "Kind"), ==, "Tipo");
  }

  for (guint i = 0; i < G_N_ELEMENTS (cuts); i++)
    g_assert_null (load_bytes (contents, cuts[i]));
  g_assert_null (load_bytes (contents, length / 2));
}

typedef struct {
  GMutex   lock;
  GCond    start;
  gboolean started;
} Race;

typedef struct {
  Race            *race;
  MbcTranslations *found;
} Runner;

/* Waits for the others, then asks for a catalogue not read yet. */
static gpointer
get_in_thread (gpointer data)
{
  Runner *runner = data;
  Race *race = runner->race;

  g_mutex_lock (&race->lock);
  while (!race->started)
    g_cond_wait (&race->start, &race->lock);
  g_mutex_unlock (&race->lock);

  runner->found = mbc_translations_get ("zz");

  return NULL;
}

/* The catalogues are found where the guide's text domain is bound, as
 * gettext finds them, each read once even when threads ask at once; one
 * that is damaged, empty, a folder or missing gives none.
 */
static void
test_bound_folder (void)
{
  g_autofree char *bound = g_strdup (bindtextdomain (GETTEXT_PACKAGE, NULL));
  g_autofree char *locales = g_build_filename (folder, "locale", NULL);
  g_autoptr(GByteArray) bytes = new_catalogue (messages, G_N_ELEMENTS (messages), TRUE, 0);
  const char *languages[] = { "zz", "zy", "zx", "zw", "zv", "zu" };
  GThread *threads[4];
  Runner runners[G_N_ELEMENTS (threads)];
  Race race = { 0 };

  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    {
      g_autofree char *messages_folder = g_build_filename (locales, languages[i], "LC_MESSAGES",
                                                           NULL);
      g_autofree char *path = g_build_filename (messages_folder, GETTEXT_PACKAGE ".mo", NULL);

      g_assert_cmpint (g_mkdir_with_parents (messages_folder, 0700), ==, 0);
      if (g_str_equal (languages[i], "zz"))
        g_file_set_contents (path, (const char *) bytes->data, bytes->len, NULL);
      else if (g_str_equal (languages[i], "zy"))
        g_file_set_contents (path, (const char *) bytes->data, bytes->len / 2, NULL);
      else if (g_str_equal (languages[i], "zx"))
        g_file_set_contents (path, "Spanish words: Tipo, Nota, Qué", -1, NULL);
      else if (g_str_equal (languages[i], "zw"))
        g_file_set_contents (path, "", 0, NULL);
      else if (g_str_equal (languages[i], "zv"))
        g_assert_cmpint (g_mkdir (path, 0700), ==, 0);
      g_assert_true (g_str_equal (languages[i], "zu") || g_file_test (path, G_FILE_TEST_EXISTS));
    }

  g_assert_nonnull (bindtextdomain (GETTEXT_PACKAGE, locales));

  g_mutex_init (&race.lock);
  g_cond_init (&race.start);
  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    {
      runners[i].race = &race;
      runners[i].found = NULL;
      threads[i] = g_thread_new ("translations", get_in_thread, &runners[i]);
    }
  g_mutex_lock (&race.lock);
  race.started = TRUE;
  g_cond_broadcast (&race.start);
  g_mutex_unlock (&race.lock);
  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    g_thread_join (threads[i]);
  g_mutex_clear (&race.lock);
  g_cond_clear (&race.start);

  assert_messages (runners[0].found);
  for (guint i = 1; i < G_N_ELEMENTS (runners); i++)
    g_assert_true (runners[i].found == runners[0].found);
  g_assert_true (mbc_translations_get ("zz") == runners[0].found);

  for (guint i = 1; i < G_N_ELEMENTS (languages); i++)
    g_assert_null (mbc_translations_get (languages[i]));

  g_assert_nonnull (bindtextdomain (GETTEXT_PACKAGE, bound));
}

static void
quiet_log_cb (const char     *domain,
              GLogLevelFlags  level,
              const char     *message,
              gpointer        user_data)
{
}

int
main (int   argc,
      char *argv[])
{
  int status;

  mbc_language_init ();
  g_test_init (&argc, &argv, NULL);
  /* Each damaged catalogue says why it gives nothing, in a debug
   * message: thousands of them would hide the rest of the log.
   */
  g_log_set_handler ("MbcGuide", G_LOG_LEVEL_DEBUG, quiet_log_cb, NULL);

  folder = g_dir_make_tmp ("mbc-translations-XXXXXX", NULL);
  g_assert_nonnull (folder);

  g_test_add_func ("/mbc/translations/catalogue", test_catalogue);
  g_test_add_func ("/mbc/translations/truncated", test_truncated);
  g_test_add_func ("/mbc/translations/damaged", test_damaged);
  g_test_add_func ("/mbc/translations/not-catalogue", test_not_catalogue);
  g_test_add_func ("/mbc/translations/built", test_built);
  g_test_add_func ("/mbc/translations/built-damaged", test_built_damaged);
  g_test_add_func ("/mbc/translations/bound-folder", test_bound_folder);

  status = g_test_run ();

  mbc_test_remove_tree (folder);
  g_free (folder);

  return status;
}
