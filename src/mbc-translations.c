/* mbc-translations.c: the guide's translations in any of its languages,
 * whatever language it is shown in
 *
 * gettext answers in one language at a time, the one the whole process
 * is set to; a diary file written in Spanish must still be read once
 * the guide is in English. So the compiled catalogues (.mo files) are
 * read here directly, from the folder gettext is bound to, each once
 * and kept, and asked from any thread: changing the locale or LANGUAGE
 * to look a word up would change it under every other thread.
 *
 * The format is the one the gettext manual documents ("The Format of
 * GNU MO Files"): a header of 32-bit words in the byte order of the
 * machine that wrote it, then two tables of (length, offset) pairs, for
 * the original strings and their translations. A file is not trusted:
 * every offset and length is checked, and a file that is missing,
 * damaged or not a catalogue gives no translation, never a crash.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>

#include "mbc-translations.h"

#define MO_MAGIC            0x950412deU
/* The magic number, the major revision, the number of strings and the
 * offsets of the two tables, each a 32-bit word; then the hash table's
 * size and offset, which a lookup in a GHashTable does without.
 */
#define MO_HEADER_SIZE      20
/* The catalogues of the guide are some hundreds of kilobytes: a file far
 * bigger than that is not one of them, and is not read into memory.
 */
#define MAX_CATALOGUE_SIZE  (64 * 1024 * 1024)

struct _MbcTranslations {
  /* msgid → msgstr, both owned. A message with a context is kept under
   * its context, a byte 4 (EOT) and its msgid, as gettext stores it.
   */
  GHashTable *messages;
};

G_LOCK_DEFINE_STATIC (catalogues);
/* language → MbcTranslations, or NULL when the language has no
 * catalogue that can be read. Never freed: what mbc_translations_get()
 * returns lives as long as the process.
 */
static GHashTable *catalogues;

typedef struct {
  const guint8 *data;
  gsize         size;
  gboolean      swapped;
} Reader;

static guint32
read_word (const Reader *reader,
           gsize         offset)
{
  guint32 word;

  memcpy (&word, reader->data + offset, sizeof word);

  return reader->swapped ? GUINT32_SWAP_LE_BE (word) : word;
}

/* The @index'th string of the table at @table, whose bounds are
 * checked; FALSE when the string is not inside the file.
 */
static gboolean
read_string (const Reader  *reader,
             guint32        table,
             guint32        index,
             const char   **string,
             gsize         *length)
{
  guint64 entry = (guint64) table + (guint64) index * 8;
  guint32 string_length = read_word (reader, entry);
  guint32 string_offset = read_word (reader, entry + 4);

  if ((guint64) string_offset + string_length > reader->size)
    return FALSE;

  *string = (const char *) reader->data + string_offset;
  *length = string_length;

  return TRUE;
}

/* The header (the translation of "") says the catalogue's charset. The
 * guide's catalogues are UTF-8; one in another charset would give words
 * that do not compare, so it gives none.
 */
static gboolean
header_is_utf8 (const char *header,
                gsize       length)
{
  g_autofree char *text = g_strndup (header, length);
  const char *charset = strstr (text, "charset=");
  g_autofree char *name = NULL;

  if (charset == NULL)
    return TRUE;

  charset += strlen ("charset=");
  name = g_strndup (charset, strcspn (charset, " ;\t\r\n"));

  return g_ascii_strcasecmp (name, "UTF-8") == 0 || g_ascii_strcasecmp (name, "UTF8") == 0 ||
         g_ascii_strcasecmp (name, "ASCII") == 0 || g_ascii_strcasecmp (name, "US-ASCII") == 0;
}

/* The messages of @data, or NULL when it is not a catalogue the guide
 * can read, with why in @why.
 */
static GHashTable *
read_catalogue (const guint8  *data,
                gsize          size,
                const char   **why)
{
  g_autoptr(GHashTable) messages = NULL;
  Reader reader = { data, size, FALSE };
  guint32 magic;
  guint32 n_strings;
  guint32 originals;
  guint32 translations;

  if (size < MO_HEADER_SIZE)
    {
      *why = "too short";
      return NULL;
    }

  memcpy (&magic, data, sizeof magic);
  if (magic == GUINT32_SWAP_LE_BE (MO_MAGIC))
    reader.swapped = TRUE;
  else if (magic != MO_MAGIC)
    {
      *why = "not a catalogue";
      return NULL;
    }

  /* Revision 1 adds strings that depend on the system, after the
   * others: the others read as in revision 0.
   */
  if (read_word (&reader, 4) >> 16 > 1)
    {
      *why = "a revision of the format that is not known";
      return NULL;
    }

  n_strings = read_word (&reader, 8);
  originals = read_word (&reader, 12);
  translations = read_word (&reader, 16);
  if ((guint64) originals + (guint64) n_strings * 8 > size ||
      (guint64) translations + (guint64) n_strings * 8 > size)
    {
      *why = "its tables end past the end of the file";
      return NULL;
    }

  messages = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  for (guint32 i = 0; i < n_strings; i++)
    {
      const char *msgid;
      const char *msgstr;
      gsize msgid_length;
      gsize msgstr_length;

      if (!read_string (&reader, originals, i, &msgid, &msgid_length) ||
          !read_string (&reader, translations, i, &msgstr, &msgstr_length))
        {
          *why = "a string ends past the end of the file";
          return NULL;
        }

      if (msgid_length == 0)
        {
          if (!header_is_utf8 (msgstr, msgstr_length))
            {
              *why = "its charset is not UTF-8";
              return NULL;
            }
          continue;
        }

      /* A message with plural forms holds its msgid and its plural one
       * after the other, with a NUL between them: it never matches a
       * msgid, so it is not kept. Nor is an empty translation (there is
       * none), or one that is not UTF-8.
       */
      if (memchr (msgid, '\0', msgid_length) != NULL ||
          memchr (msgstr, '\0', msgstr_length) != NULL ||
          msgstr_length == 0 ||
          !g_utf8_validate (msgid, msgid_length, NULL) ||
          !g_utf8_validate (msgstr, msgstr_length, NULL))
        continue;

      g_hash_table_insert (messages, g_strndup (msgid, msgid_length),
                           g_strndup (msgstr, msgstr_length));
    }

  return g_steal_pointer (&messages);
}

/**
 * mbc_translations_new_from_file:
 * @path: a compiled gettext catalogue, a .mo file
 *
 * Reads the whole catalogue. Messages with plural forms are left out.
 *
 * Returns: (transfer full) (nullable): its translations, or NULL when
 *   the file is missing, damaged or not a catalogue
 */
MbcTranslations *
mbc_translations_new_from_file (const char *path)
{
  g_autofree char *contents = NULL;
  GHashTable *messages;
  MbcTranslations *self;
  const char *why = NULL;
  GStatBuf info;
  gsize size = 0;

  g_return_val_if_fail (path != NULL, NULL);

  /* Only a file of a sensible size: a folder, a pipe or a device is not
   * a catalogue, and reading one could wait for ever.
   */
  if (g_stat (path, &info) != 0 || !S_ISREG (info.st_mode) || info.st_size > MAX_CATALOGUE_SIZE)
    return NULL;

  if (!g_file_get_contents (path, &contents, &size, NULL))
    return NULL;

  /* The file may have grown since it was looked at. */
  if (size > MAX_CATALOGUE_SIZE)
    return NULL;

  messages = read_catalogue ((const guint8 *) contents, size, &why);
  if (messages == NULL)
    {
      g_debug ("The catalogue “%s” gives no translation: %s", path, why);
      return NULL;
    }

  self = g_new0 (MbcTranslations, 1);
  self->messages = messages;

  return self;
}

void
mbc_translations_free (MbcTranslations *self)
{
  if (self == NULL)
    return;

  g_hash_table_unref (self->messages);
  g_free (self);
}

/**
 * mbc_translations_lookup:
 * @self: a catalogue
 * @msgid: an English text of the guide, as `_()` takes it; with a
 *   context, the context, a byte 4 and the text
 *
 * Returns: (transfer none) (nullable): the translation, as long as
 *   @self lives, or NULL when the catalogue has none
 */
const char *
mbc_translations_lookup (MbcTranslations *self,
                         const char      *msgid)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (msgid != NULL, NULL);

  return g_hash_table_lookup (self->messages, msgid);
}

/* "es", "pt_BR", "sr@latin": a code that names a folder of the
 * catalogues, never a path out of it.
 */
static gboolean
is_language_code (const char *language)
{
  if (!g_ascii_isalnum (*language))
    return FALSE;

  for (const char *p = language; *p != '\0'; p++)
    if (!g_ascii_isalnum (*p) && strchr ("_-.@", *p) == NULL)
      return FALSE;

  return TRUE;
}

/**
 * mbc_translations_get:
 * @language: a language code such as "es"
 *
 * The guide's catalogue for @language, from the folder the guide's text
 * domain is bound to (mbc_language_init() binds it), as gettext would
 * find it: read the first time it is asked for, then kept. Safe to call
 * from any thread.
 *
 * Returns: (transfer none) (nullable): the translations, which live as
 *   long as the process, or NULL when there is no catalogue for
 *   @language or it cannot be read
 */
MbcTranslations *
mbc_translations_get (const char *language)
{
  MbcTranslations *self = NULL;
  gpointer found;

  g_return_val_if_fail (language != NULL, NULL);

  if (!is_language_code (language))
    return NULL;

  G_LOCK (catalogues);

  if (catalogues == NULL)
    catalogues = g_hash_table_new (g_str_hash, g_str_equal);

  if (g_hash_table_lookup_extended (catalogues, language, NULL, &found))
    self = found;
  else
    {
      /* With no folder given, bindtextdomain() only says which one it
       * uses, under gettext's own lock.
       */
      const char *folder = bindtextdomain (GETTEXT_PACKAGE, NULL);

      if (folder != NULL)
        {
          g_autofree char *path = g_build_filename (folder, language, "LC_MESSAGES",
                                                    GETTEXT_PACKAGE ".mo", NULL);

          self = mbc_translations_new_from_file (path);
        }
      g_hash_table_insert (catalogues, g_strdup (language), self);
    }

  G_UNLOCK (catalogues);

  return self;
}
