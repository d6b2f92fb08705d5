/* mbc-search-result.h: one thing the search found
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* The kinds of result, in the order the results are grouped in. The
 * person's own questions and diary entries are not in the content's
 * index: the window adds them from the person's data.
 */
typedef enum {
  MBC_SEARCH_KIND_SITE,
  MBC_SEARCH_KIND_SIGN,
  MBC_SEARCH_KIND_TEST,
  MBC_SEARCH_KIND_TREATMENT,
  MBC_SEARCH_KIND_SUBTYPE,
  MBC_SEARCH_KIND_TERM,
  MBC_SEARCH_KIND_BASICS,
  MBC_SEARCH_KIND_SUGGESTED_QUESTION,
  MBC_SEARCH_KIND_RESOURCE,
  MBC_SEARCH_KIND_OWN_QUESTION,
  MBC_SEARCH_KIND_DIARY_ENTRY,
} MbcSearchKind;

#define MBC_SEARCH_N_KINDS (MBC_SEARCH_KIND_DIARY_ENTRY + 1)

#define MBC_TYPE_SEARCH_KIND (mbc_search_kind_get_type ())
GType mbc_search_kind_get_type (void) G_GNUC_CONST;

/* A part of the title that matched: bytes [start, end). */
typedef struct
{
  guint start;
  guint end;
} MbcSearchRange;

#define MBC_TYPE_SEARCH_RESULT (mbc_search_result_get_type ())

G_DECLARE_FINAL_TYPE (MbcSearchResult, mbc_search_result, MBC, SEARCH_RESULT, GObject)

MbcSearchResult      *mbc_search_result_new                (MbcSearchKind          kind,
                                                            const char            *id,
                                                            const char            *site_id,
                                                            const char            *section,
                                                            const char            *title,
                                                            const char            *context,
                                                            int                    urgency,
                                                            guint                  score,
                                                            const MbcSearchRange  *title_ranges,
                                                            guint                  n_title_ranges,
                                                            const char * const    *matched_words);

MbcSearchKind         mbc_search_result_get_kind           (MbcSearchResult *self);
const char           *mbc_search_result_get_id             (MbcSearchResult *self);
const char           *mbc_search_result_get_site_id        (MbcSearchResult *self);
const char           *mbc_search_result_get_section        (MbcSearchResult *self);
const char           *mbc_search_result_get_title          (MbcSearchResult *self);
const char           *mbc_search_result_get_context        (MbcSearchResult *self);
int                   mbc_search_result_get_urgency        (MbcSearchResult *self);
guint                 mbc_search_result_get_score          (MbcSearchResult *self);
const MbcSearchRange *mbc_search_result_get_title_ranges   (MbcSearchResult *self,
                                                            guint           *n_ranges);
const char * const   *mbc_search_result_get_matched_words  (MbcSearchResult *self);
char                 *mbc_search_result_dup_key            (MbcSearchResult *self);

gboolean              mbc_search_key_parse                 (const char      *key,
                                                            MbcSearchKind   *kind,
                                                            char           **id);

G_END_DECLS
