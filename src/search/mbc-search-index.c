/* mbc-search-index.c: one search across the whole guide
 *
 * The index holds every text the search finds, folded into words
 * (mbc-search-fold.c), for one content object, so for one language. It
 * is built once and never changes; the content's next load, in another
 * language or with another local pack, makes a new one.
 *
 * A query matches an item when each of its words is the beginning of a
 * word of the item: of its title, or of the texts around it (a term's
 * definition, a site's page, a treatment's drugs). The words need not
 * be in order: "pain back" finds "Back pain". Each word of the query
 * scores its best match in the item, and an item's score is their sum:
 * a word of the title above a word of the text, a whole word above the
 * beginning of one, an earlier word above a later one. The best results
 * are taken, and then shown grouped by kind, in the order of
 * MbcSearchKind, best first within each.
 *
 * The words are searched one after another, with no tree or table: the
 * content and a hospital's thousands of resources make some tens of
 * thousands of words, which take a fraction of a millisecond to read
 * through, and the index stays small and simple.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "mbc-search-fold.h"
#include "mbc-search-index.h"
#include "mbc-search-index-private.h"

/* Where a word is in its item: in its title (field 0) or in one of its
 * other texts, and how many words of the title, or of the other texts
 * together, come before it.
 */
typedef struct
{
  guint16 field;
  guint16 position;
} Place;

struct _MbcSearchIndex
{
  GObject             parent_instance;

  MbcSearchGathering *gathering;
  GString            *folded;
  /* Of MbcSearchWord and of Place, side by side. */
  GArray             *words;
  GArray             *places;
};

G_DEFINE_FINAL_TYPE (MbcSearchIndex, mbc_search_index, G_TYPE_OBJECT)

/* What a word of the query scores in the word it matches. The classes
 * are far enough apart that no position moves a word from one to the
 * next.
 */
#define SCORE_TITLE_WHOLE  4000
#define SCORE_TITLE_PREFIX 3000
#define SCORE_TEXT_WHOLE   2000
#define SCORE_TEXT_PREFIX  1000
#define POSITION_STEP      4
#define POSITION_LAST      199

/* How many of the item's words, as written, a result gives. */
#define MAX_MATCHED_WORDS 16

static void
mbc_search_index_finalize (GObject *object)
{
  MbcSearchIndex *self = MBC_SEARCH_INDEX (object);

  g_clear_pointer (&self->gathering, mbc_search_gathering_free);
  if (self->folded != NULL)
    g_string_free (self->folded, TRUE);
  g_clear_pointer (&self->words, g_array_unref);
  g_clear_pointer (&self->places, g_array_unref);

  G_OBJECT_CLASS (mbc_search_index_parent_class)->finalize (object);
}

static void
mbc_search_index_class_init (MbcSearchIndexClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = mbc_search_index_finalize;
}

static void
mbc_search_index_init (MbcSearchIndex *self)
{
  self->folded = g_string_sized_new (256 * 1024);
  self->words = g_array_sized_new (FALSE, FALSE, sizeof (MbcSearchWord), 16 * 1024);
  self->places = g_array_sized_new (FALSE, FALSE, sizeof (Place), 16 * 1024);
}

/* Folds the texts of @gathering into words; on any thread. Returns
 * NULL when @cancellable is cancelled meanwhile.
 */
static MbcSearchIndex *
build (MbcSearchGathering *gathering,
       GCancellable       *cancellable)
{
  g_autoptr(MbcSearchIndex) self = g_object_new (MBC_TYPE_SEARCH_INDEX, NULL);

  self->gathering = gathering;

  for (guint i = 0; i < gathering->items->len; i++)
    {
      MbcSearchItem *item = &g_array_index (gathering->items, MbcSearchItem, i);
      guint body_position = 0;

      if (i % 256 == 0 && g_cancellable_is_cancelled (cancellable))
        return NULL;

      item->first_word = self->words->len;
      for (guint field = 0; field < MBC_SEARCH_MAX_FIELDS && item->fields[field] != NULL; field++)
        {
          guint n = mbc_search_fold_words (item->fields[field], self->folded, self->words);

          for (guint j = 0; j < n; j++)
            {
              guint position = field == 0 ? j : body_position + j;
              Place place = { field, MIN (position, G_MAXUINT16) };

              g_array_append_val (self->places, place);
            }
          if (field > 0)
            body_position += n;
        }
      item->n_words = self->words->len - item->first_word;
    }

  return g_steal_pointer (&self);
}

/**
 * mbc_search_index_new:
 * @content: the content, in the language it was loaded in
 *
 * Builds the index of @content here and now. The window builds it with
 * mbc_search_index_new_async(), off its thread.
 */
MbcSearchIndex *
mbc_search_index_new (MbcContent *content)
{
  g_return_val_if_fail (MBC_IS_CONTENT (content), NULL);

  return build (mbc_search_gather (content), NULL);
}

typedef struct
{
  MbcSearchGathering *gathering;
} Building;

static void
building_free (gpointer data)
{
  Building *building = data;

  g_clear_pointer (&building->gathering, mbc_search_gathering_free);
  g_free (building);
}

static void
build_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  Building *building = task_data;
  MbcSearchIndex *index;

  if (g_task_return_error_if_cancelled (task))
    return;

  /* The index owns the gathering from here, or frees it. */
  index = build (g_steal_pointer (&building->gathering), cancellable);
  if (index == NULL)
    g_task_return_error_if_cancelled (task);
  else
    g_task_return_pointer (task, index, g_object_unref);
}

/**
 * mbc_search_index_new_async:
 * @content: the content, in the language it was loaded in
 * @cancellable: (nullable): to stop the building
 * @callback: called on this thread when the index is built
 * @user_data: for @callback
 *
 * Builds the index of @content on a worker thread. The texts are copied
 * here first: the content may be used here meanwhile, and even dropped.
 */
void
mbc_search_index_new_async (MbcContent          *content,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  g_return_if_fail (MBC_IS_CONTENT (content));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  _mbc_search_index_build_async (mbc_search_gather (content), cancellable, callback, user_data);
}

/* Builds an index of what @gathering holds, which it takes, on a worker
 * thread; mbc_search_index_new_finish() gives it.
 */
void
_mbc_search_index_build_async (MbcSearchGathering  *gathering,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  Building *building;

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, mbc_search_index_new_async);
  g_task_set_name (task, "mbc-search-index");

  building = g_new0 (Building, 1);
  building->gathering = gathering;
  g_task_set_task_data (task, building, building_free);

  g_task_run_in_thread (task, build_thread);
}

MbcSearchIndex *
mbc_search_index_new_finish (GAsyncResult  *result,
                             GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == mbc_search_index_new_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/* How many things of the content the index can find. */
guint
mbc_search_index_get_n_items (MbcSearchIndex *self)
{
  g_return_val_if_fail (MBC_IS_SEARCH_INDEX (self), 0);

  return self->gathering->items->len;
}

typedef struct
{
  guint item;
  guint score;
  MbcSearchKind kind;
} Match;

/* Best first; among equals the earlier kind, then the content's order,
 * which is the order of the items.
 */
static int
compare_best (gconstpointer a,
              gconstpointer b)
{
  const Match *ma = a;
  const Match *mb = b;

  if (ma->score != mb->score)
    return ma->score > mb->score ? -1 : 1;

  return ma->item < mb->item ? -1 : ma->item > mb->item;
}

/* Grouped by kind, then best first within each. */
static int
compare_grouped (gconstpointer a,
                 gconstpointer b)
{
  const Match *ma = a;
  const Match *mb = b;

  if (ma->kind != mb->kind)
    return ma->kind < mb->kind ? -1 : 1;

  return compare_best (a, b);
}

static gboolean
word_matches (MbcSearchIndex      *self,
              const MbcSearchWord *word,
              const char          *query,
              gsize                query_len)
{
  const char *folded = self->folded->str + word->folded;

  return word->folded_len >= query_len && folded[0] == query[0] &&
         memcmp (folded, query, query_len) == 0;
}

static guint
word_score (const MbcSearchWord *word,
            const Place         *place,
            gsize                query_len)
{
  gboolean whole = word->folded_len == query_len;
  guint score;

  if (place->field == 0)
    score = whole ? SCORE_TITLE_WHOLE : SCORE_TITLE_PREFIX;
  else
    score = whole ? SCORE_TEXT_WHOLE : SCORE_TEXT_PREFIX;

  return score - MIN (place->position, POSITION_LAST) * POSITION_STEP;
}

/* The score of @item for the words of the query, or 0 when one of
 * them matches no word of it.
 */
static guint
score_item (MbcSearchIndex      *self,
            const MbcSearchItem *item,
            const char          *query,
            GArray              *query_words)
{
  const MbcSearchWord *words = &g_array_index (self->words, MbcSearchWord, item->first_word);
  const Place *places = &g_array_index (self->places, Place, item->first_word);
  guint total = 0;

  for (guint q = 0; q < query_words->len; q++)
    {
      const MbcSearchWord *query_word = &g_array_index (query_words, MbcSearchWord, q);
      const char *text = query + query_word->folded;
      guint best = 0;

      for (guint w = 0; w < item->n_words; w++)
        if (word_matches (self, &words[w], text, query_word->folded_len))
          best = MAX (best, word_score (&words[w], &places[w], query_word->folded_len));

      if (best == 0)
        return 0;
      total += best;
    }

  return total;
}

static MbcSearchResult *
make_result (MbcSearchIndex *self,
             const Match    *match,
             const char     *query,
             GArray         *query_words)
{
  const MbcSearchItem *item = &g_array_index (self->gathering->items, MbcSearchItem, match->item);
  const MbcSearchWord *words = &g_array_index (self->words, MbcSearchWord, item->first_word);
  const Place *places = &g_array_index (self->places, Place, item->first_word);
  g_autoptr(GArray) ranges = g_array_new (FALSE, FALSE, sizeof (MbcSearchRange));
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_auto(GStrv) matched = NULL;

  for (guint w = 0; w < item->n_words; w++)
    {
      const char *field = item->fields[places[w].field];
      gsize longest = 0;

      for (guint q = 0; q < query_words->len; q++)
        {
          const MbcSearchWord *query_word = &g_array_index (query_words, MbcSearchWord, q);

          if (word_matches (self, &words[w], query + query_word->folded, query_word->folded_len))
            longest = MAX (longest, query_word->folded_len);
        }
      if (longest == 0)
        continue;

      if (places[w].field == 0)
        {
          MbcSearchRange range;

          range.start = words[w].start;
          range.end = range.start + mbc_search_fold_prefix_end (field + words[w].start,
                                                                words[w].end - words[w].start,
                                                                longest);
          g_array_append_val (ranges, range);
        }

      if (g_hash_table_size (seen) < MAX_MATCHED_WORDS)
        {
          /* "Yellow" and "yellow" are one word matched. */
          char *folded = g_strndup (self->folded->str + words[w].folded, words[w].folded_len);

          if (g_hash_table_add (seen, folded))
            {
              g_autofree char *word = g_strndup (field + words[w].start,
                                                 words[w].end - words[w].start);

              g_strv_builder_add (builder, word);
            }
        }
    }

  matched = g_strv_builder_end (builder);

  return mbc_search_result_new (item->kind, item->id, item->site_id, item->section,
                                item->fields[0], item->context, item->urgency, match->score,
                                (const MbcSearchRange *) ranges->data, ranges->len,
                                (const char * const *) matched);
}

/**
 * mbc_search_index_search:
 * @self: the index
 * @query: what the person typed
 * @max_results: how many results at most; 0 for all
 *
 * Returns: (transfer full): a list of MbcSearchResult, grouped by kind
 * in the order of MbcSearchKind, best first within each kind; empty for
 * a query with no word in it.
 */
GListModel *
mbc_search_index_search (MbcSearchIndex *self,
                         const char     *query,
                         guint           max_results)
{
  GListStore *store = g_list_store_new (MBC_TYPE_SEARCH_RESULT);
  g_autoptr(GString) folded = NULL;
  g_autoptr(GArray) query_words = NULL;
  g_autoptr(GArray) matches = NULL;
  g_autoptr(GPtrArray) results = NULL;

  g_return_val_if_fail (MBC_IS_SEARCH_INDEX (self), G_LIST_MODEL (store));
  g_return_val_if_fail (query != NULL, G_LIST_MODEL (store));

  if (!g_utf8_validate (query, -1, NULL))
    return G_LIST_MODEL (store);

  folded = g_string_new (NULL);
  query_words = g_array_new (FALSE, FALSE, sizeof (MbcSearchWord));
  if (mbc_search_fold_words (query, folded, query_words) == 0)
    return G_LIST_MODEL (store);

  matches = g_array_new (FALSE, FALSE, sizeof (Match));
  for (guint i = 0; i < self->gathering->items->len; i++)
    {
      const MbcSearchItem *item = &g_array_index (self->gathering->items, MbcSearchItem, i);
      Match match = { i, score_item (self, item, folded->str, query_words), item->kind };

      if (match.score > 0)
        g_array_append_val (matches, match);
    }

  g_array_sort (matches, compare_best);
  if (max_results > 0 && matches->len > max_results)
    g_array_set_size (matches, max_results);
  g_array_sort (matches, compare_grouped);

  results = g_ptr_array_new_full (matches->len, g_object_unref);
  for (guint i = 0; i < matches->len; i++)
    g_ptr_array_add (results, make_result (self, &g_array_index (matches, Match, i),
                                           folded->str, query_words));
  g_list_store_splice (store, 0, 0, results->pdata, results->len);

  return G_LIST_MODEL (store);
}

/**
 * mbc_search_index_find:
 * @key: a key from mbc_search_result_dup_key()
 *
 * Returns: (transfer full) (nullable): the thing of the content that
 * @key names, as a result with nothing matched, or NULL when this
 * content has none (another pack, another version).
 */
MbcSearchResult *
mbc_search_index_find (MbcSearchIndex *self,
                       const char     *key)
{
  g_autofree char *id = NULL;
  MbcSearchKind kind;

  g_return_val_if_fail (MBC_IS_SEARCH_INDEX (self), NULL);

  if (!mbc_search_key_parse (key, &kind, &id))
    return NULL;

  for (guint i = 0; i < self->gathering->items->len; i++)
    {
      const MbcSearchItem *item = &g_array_index (self->gathering->items, MbcSearchItem, i);

      if (item->kind == kind && g_strcmp0 (item->id, id) == 0)
        return mbc_search_result_new (item->kind, item->id, item->site_id, item->section,
                                      item->fields[0], item->context, item->urgency, 0,
                                      NULL, 0, NULL);
    }

  return NULL;
}
