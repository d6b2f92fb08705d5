/* mbc-diary-sample.c: a made-up diary of years, for the benchmark and
 * the tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "mbc-diary-sample-private.h"
#include "mbc-site.h"
#include "mbc-symptom.h"

#define SAMPLE_YEARS 10
#define DAY_SECONDS  (24 * 60 * 60)

/* The person's own words and the side effects they note. */
static const char * const own_words[] = {
  "Tired in the afternoon", "Trouble sleeping", "Dry skin", "Aching knees",
};
static const char * const side_effects[] = {
  "Nausea", "Hot flushes", "Mouth sores", "Tingling fingers", "Hair loss",
};
static const char * const notes[] = {
  "Better after a short walk.",
  "Worse in the evening; rested on the sofa.",
  "Mentioned it to the nurse on the phone.",
  "Woke up twice in the night because of it, then slept until seven.",
};

typedef struct {
  MbcDiaryKind  kind;
  const char   *sign_id;
  const char   *label;
  int           severity;   /* where its random walk is */
} SampleSign;

/* A few of the guide's signs of each tier: a person records some signs
 * again and again, not every sign of the guide.
 */
static void
add_guide_signs (GArray     *signs,
                 MbcContent *content)
{
  guint per_tier[MBC_N_URGENCIES] = { 0, };
  GListModel *sites = mbc_content_get_sites (content);

  for (guint i = 0; i < g_list_model_get_n_items (sites); i++)
    {
      g_autoptr(MbcSite) site = g_list_model_get_item (sites, i);
      GListModel *symptoms = mbc_site_get_symptoms (site);

      for (guint j = 0; j < g_list_model_get_n_items (symptoms); j++)
        {
          g_autoptr(MbcSymptom) symptom = g_list_model_get_item (symptoms, j);
          MbcUrgency urgency = mbc_symptom_get_urgency (symptom);
          SampleSign sign = { MBC_DIARY_KIND_SIGN, NULL, NULL, 2 };

          if (per_tier[urgency] >= 3)
            continue;
          per_tier[urgency]++;
          /* The content outlives the entries' making. */
          sign.sign_id = mbc_symptom_get_id (symptom);
          sign.label = mbc_symptom_get_text (symptom);
          g_array_append_val (signs, sign);
        }
    }
}

GPtrArray *
mbc_diary_sample_entries (MbcContent *content,
                          guint       n_entries,
                          gint64      until,
                          guint32     seed)
{
  g_autoptr(GArray) signs = g_array_new (FALSE, FALSE, sizeof (SampleSign));
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  GPtrArray *entries = g_ptr_array_new_full (n_entries, g_object_unref);
  gint64 start = until - (gint64) SAMPLE_YEARS * 365 * DAY_SECONDS;
  gint64 step;

  g_return_val_if_fail (content == NULL || MBC_IS_CONTENT (content), NULL);

  if (content != NULL)
    add_guide_signs (signs, content);
  for (guint i = 0; i < G_N_ELEMENTS (own_words); i++)
    {
      SampleSign sign = { MBC_DIARY_KIND_OWN, NULL, own_words[i], 3 };

      g_array_append_val (signs, sign);
    }
  for (guint i = 0; i < G_N_ELEMENTS (side_effects); i++)
    {
      SampleSign sign = { MBC_DIARY_KIND_SIDE_EFFECT, NULL, side_effects[i], 3 };

      g_array_append_val (signs, sign);
    }

  step = n_entries > 0 ? (until - start) / n_entries : 0;
  for (guint i = 0; i < n_entries; i++)
    {
      gint64 when = start + i * step + g_rand_int_range (rand, 0, MAX (step, 1));
      const char *note = g_rand_int_range (rand, 0, 4) == 0
                         ? notes[g_rand_int_range (rand, 0, G_N_ELEMENTS (notes))] : NULL;
      int interference = g_rand_boolean (rand) ? g_rand_int_range (rand, 0, 11)
                                               : MBC_DIARY_SCORE_NONE;
      SampleSign *sign;
      int severity;

      /* How the person feels overall, about once a day. */
      if (step > 0 && g_rand_int_range (rand, 0, MAX (DAY_SECONDS / step, 4)) == 0)
        {
          g_ptr_array_add (entries,
                           mbc_diary_entry_new (MBC_DIARY_KIND_OVERALL, NULL, "", when,
                                                g_rand_int_range (rand, 2, 10),
                                                MBC_DIARY_SCORE_NONE, NULL, note));
          continue;
        }

      /* A severity that wanders, sometimes to 0 (gone) and back. */
      sign = &g_array_index (signs, SampleSign, g_rand_int_range (rand, 0, signs->len));
      severity = sign->severity + g_rand_int_range (rand, -2, 3);
      sign->severity = CLAMP (severity, 0, MBC_DIARY_SCORE_MAX);
      g_ptr_array_add (entries,
                       mbc_diary_entry_new (sign->kind, sign->sign_id, sign->label, when,
                                            sign->severity, interference,
                                            g_rand_int_range (rand, 0, 5) == 0
                                            ? "Paracetamol 500 mg" : NULL,
                                            note));
    }

  return entries;
}
