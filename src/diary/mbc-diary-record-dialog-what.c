/* mbc-diary-record-dialog-what.c: what the record dialog records
 *
 * A few typed letters list the guide's signs that match, without regard
 * to accents or case, in the guide's language, with the other kinds of
 * entry; Down goes into the list, Enter picks.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "mbc-accessible.h"
#include "mbc-diary-record-dialog-private.h"
#include "mbc-site.h"
#include "mbc-urgency.h"

/* The guide's signs a search shows at most: the list stays short enough
 * to read, and a few more letters narrow it.
 */
#define MAX_MATCHES 8

typedef struct
{
  MbcSymptom *symptom;
  /* Its words without accents and case, as a search compares them. */
  char       *folded;
} Candidate;

static void
candidate_free (gpointer data)
{
  Candidate *candidate = data;

  g_object_unref (candidate->symptom);
  g_free (candidate->folded);
  g_free (candidate);
}

/* @text without its accents, in lower case, so that "nausea" finds
 * "Náusea" and "DOLOR" finds "dolor".
 */
static char *
fold (const char *text)
{
  g_autofree char *decomposed = g_utf8_normalize (text, -1, G_NORMALIZE_ALL);
  g_autoptr(GString) plain = g_string_new (NULL);

  if (decomposed == NULL)
    return g_strdup ("");

  for (const char *p = decomposed; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_type (c) != G_UNICODE_NON_SPACING_MARK)
        g_string_append_unichar (plain, c);
    }

  return g_utf8_casefold (plain->str, -1);
}

/* Every sign of every site, once each, in the guide's order. The set
 * of words seen borrows them from the candidates.
 */
void
_mbc_diary_record_dialog_collect_candidates (MbcDiaryRecordDialog *self)
{
  MbcContent *content = mbc_diary_get_content (self->diary);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  GListModel *sites;

  self->candidates = g_ptr_array_new_with_free_func (candidate_free);
  if (content == NULL)
    return;

  sites = mbc_content_get_sites (content);
  for (guint i = 0; i < g_list_model_get_n_items (sites); i++)
    {
      g_autoptr(MbcSite) site = g_list_model_get_item (sites, i);
      GListModel *symptoms = mbc_site_get_symptoms (site);

      for (guint j = 0; j < g_list_model_get_n_items (symptoms); j++)
        {
          g_autoptr(MbcSymptom) symptom = g_list_model_get_item (symptoms, j);
          Candidate *candidate;

          char *folded = fold (mbc_symptom_get_text (symptom));

          /* Some signs belong to two sites, with the same words: the
           * list shows them once.
           */
          if (g_hash_table_contains (seen, folded))
            {
              g_free (folded);
              continue;
            }

          candidate = g_new0 (Candidate, 1);
          candidate->symptom = g_object_ref (symptom);
          candidate->folded = folded;
          g_hash_table_add (seen, folded);
          g_ptr_array_add (self->candidates, candidate);
        }
    }
}

MbcSymptom *
_mbc_diary_record_dialog_find_symptom (MbcDiaryRecordDialog *self,
              const char           *sign_id)
{
  for (guint i = 0; i < self->candidates->len; i++)
    {
      Candidate *candidate = g_ptr_array_index (self->candidates, i);

      if (g_strcmp0 (mbc_symptom_get_id (candidate->symptom), sign_id) == 0)
        return candidate->symptom;
    }

  return mbc_diary_find_symptom (self->diary, sign_id);
}

/* The words of the choice as the search entry and the chosen line show
 * them.
 */
static char *
dup_choice_text (MbcDiaryKind  kind,
                 const char   *label)
{
  switch (kind)
    {
    case MBC_DIARY_KIND_SIDE_EFFECT:
      /* Translators: a choice when recording a diary entry; %s is what
       * the person typed.
       */
      return g_strdup_printf (_("Side effect of treatment: %s"), label);
    case MBC_DIARY_KIND_OWN:
      /* Translators: a choice when recording a diary entry; %s is what
       * the person typed.
       */
      return g_strdup_printf (_("Something else: %s"), label);
    case MBC_DIARY_KIND_OVERALL:
      return g_strdup (_("How I feel overall today"));
    case MBC_DIARY_KIND_SIGN:
    default:
      return g_strdup (label);
    }
}

void
_mbc_diary_record_dialog_choose (MbcDiaryRecordDialog *self,
        MbcDiaryKind          kind,
        const char           *sign_id,
        const char           *label)
{
  MbcSymptom *symptom = NULL;
  g_autofree char *text = NULL;
  g_autofree char *chosen_text = NULL;
  gboolean emergency;

  if (sign_id != NULL)
    symptom = _mbc_diary_record_dialog_find_symptom (self, sign_id);

  self->chosen = TRUE;
  self->kind = kind;
  g_free (self->sign_id);
  self->sign_id = g_strdup (sign_id);
  g_free (self->label);
  self->label = g_strdup (symptom != NULL ? mbc_symptom_get_text (symptom) : label);

  text = dup_choice_text (kind, self->label);
  g_signal_handlers_block_by_func (self->what_entry, _mbc_diary_record_dialog_update_results, self);
  gtk_editable_set_text (GTK_EDITABLE (self->what_entry), text);
  gtk_editable_set_position (GTK_EDITABLE (self->what_entry), -1);
  g_signal_handlers_unblock_by_func (self->what_entry, _mbc_diary_record_dialog_update_results,
                                     self);
  gtk_widget_set_visible (self->results, FALSE);

  /* The choice, with the tier the guide gives it: the icon and words,
   * never the colour alone.
   */
  if (symptom != NULL)
    {
      MbcUrgency urgency = mbc_symptom_get_urgency (symptom);

      /* Translators: the sign chosen in the record dialog; %1$s is the
       * sign, %2$s what the guide says to do, such as "Call your care team".
       */
      chosen_text = g_strdup_printf (_("%1$s: %2$s"), self->label, mbc_urgency_get_title (urgency));
      gtk_image_set_from_icon_name (GTK_IMAGE (self->chosen_icon),
                                    mbc_urgency_get_icon_name (urgency));
      gtk_widget_set_visible (self->chosen_icon, TRUE);
      emergency = urgency == MBC_URGENCY_EMERGENCY;
    }
  else
    {
      gtk_widget_set_visible (self->chosen_icon, FALSE);
      emergency = FALSE;
    }
  gtk_label_set_label (GTK_LABEL (self->chosen_label), chosen_text != NULL ? chosen_text : text);
  gtk_widget_set_visible (self->chosen_box, chosen_text != NULL);

  /* At once, at the top, before anything else is asked. */
  gtk_widget_set_visible (self->emergency_box, emergency);
  if (emergency)
    {
      g_autofree char *number = _mbc_diary_record_dialog_dup_emergency_number (self);
      g_autofree char *call = NULL;

      /* Translators: in the record dialog, for a sign that needs help
       * now; %s is the emergency number, such as 911.
       */
      call = g_strdup_printf (_("Call %s"), number);
      gtk_label_set_label (GTK_LABEL (self->emergency_number), call);
    }

  _mbc_diary_record_dialog_show_error (self, NULL);
  _mbc_diary_record_dialog_update_severity_words (self);
}

static GtkWidget *
add_result (MbcDiaryRecordDialog *self,
            MbcDiaryKind          kind,
            MbcSymptom           *symptom,
            const char           *words)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  const char *words_or_sign = symptom != NULL ? mbc_symptom_get_text (symptom) : words;
  g_autofree char *text = dup_choice_text (kind, words_or_sign);
  GtkWidget *title = gtk_label_new (text);
  g_autofree char *name = NULL;

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (title), PANGO_WRAP_WORD_CHAR);
  gtk_box_append (GTK_BOX (box), title);

  if (symptom != NULL)
    {
      MbcUrgency urgency = mbc_symptom_get_urgency (symptom);
      GtkWidget *tier = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
      GtkWidget *icon = mbc_accessible_new_icon (mbc_urgency_get_icon_name (urgency));
      GtkWidget *words_label = gtk_label_new (mbc_urgency_get_title (urgency));

      gtk_widget_add_css_class (tier, "diary-tier");
      gtk_widget_add_css_class (tier, mbc_urgency_get_css_class (urgency));
      gtk_label_set_xalign (GTK_LABEL (words_label), 0);
      gtk_label_set_wrap (GTK_LABEL (words_label), TRUE);
      gtk_widget_add_css_class (words_label, "caption");
      gtk_box_append (GTK_BOX (tier), icon);
      gtk_box_append (GTK_BOX (tier), words_label);
      gtk_box_append (GTK_BOX (box), tier);
      /* Translators: a sign in the list of the record dialog as a screen
       * reader says it; %1$s is the sign, %2$s its tier.
       */
      name = g_strdup_printf (_("%1$s, %2$s"), text, mbc_urgency_get_title (urgency));
    }

  gtk_widget_add_css_class (row, "diary-result");
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name != NULL ? name : text,
                                  -1);
  g_object_set_data (G_OBJECT (row), "kind", GINT_TO_POINTER (kind));
  if (symptom != NULL)
    g_object_set_data_full (G_OBJECT (row), "sign-id", g_strdup (mbc_symptom_get_id (symptom)),
                            g_free);
  g_object_set_data_full (G_OBJECT (row), "words",
                          g_strdup (words_or_sign), g_free);
  gtk_list_box_append (GTK_LIST_BOX (self->results), row);

  return row;
}

static gboolean
matches (const char  *folded,
         char       **words)
{
  for (guint i = 0; words[i] != NULL; i++)
    if (*words[i] != '\0' && strstr (folded, words[i]) == NULL)
      return FALSE;

  return TRUE;
}

/* Whether a word of @folded starts with @query: such signs come first. */
static gboolean
starts_a_word (const char *folded,
               const char *query)
{
  for (const char *p = strstr (folded, query); p != NULL; p = strstr (p + 1, query))
    if (p == folded || p[-1] == ' ' || p[-1] == '(' || p[-1] == '-')
      return TRUE;

  return FALSE;
}

/* The guide's signs that match what is typed, and the other kinds of
 * entry with the typed words.
 */
void
_mbc_diary_record_dialog_update_results (MbcDiaryRecordDialog *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->what_entry));
  g_autofree char *typed = g_strstrip (g_strdup (text));
  g_autofree char *query = fold (typed);
  g_auto(GStrv) words = g_strsplit_set (query, " \t", -1);
  GtkWidget *child;
  guint n = 0;

  /* What is typed anew is not what was chosen before. */
  self->chosen = FALSE;
  gtk_widget_set_visible (self->chosen_box, FALSE);
  gtk_widget_set_visible (self->emergency_box, FALSE);
  _mbc_diary_record_dialog_update_severity_words (self);

  while ((child = gtk_widget_get_first_child (self->results)) != NULL)
    gtk_list_box_remove (GTK_LIST_BOX (self->results), child);

  if (*query != '\0')
    {
      /* Two rounds: signs with a word that starts as typed, then the rest. */
      for (guint round = 0; round < 2; round++)
        for (guint i = 0; i < self->candidates->len && n < MAX_MATCHES; i++)
          {
            Candidate *candidate = g_ptr_array_index (self->candidates, i);

            if (!matches (candidate->folded, words) ||
                starts_a_word (candidate->folded, words[0]) != (round == 0))
              continue;

            add_result (self, MBC_DIARY_KIND_SIGN, candidate->symptom, NULL);
            n++;
          }

      add_result (self, MBC_DIARY_KIND_SIDE_EFFECT, NULL, typed);
      add_result (self, MBC_DIARY_KIND_OWN, NULL, typed);
    }
  add_result (self, MBC_DIARY_KIND_OVERALL, NULL, "");
  gtk_widget_set_visible (self->results, TRUE);
}

void
mbc_diary_record_dialog_show_site (MbcDiaryRecordDialog *self,
                                   const char           *site_id)
{
  MbcContent *content;
  MbcSite *site;
  GListModel *symptoms;
  GtkListBoxRow *first;
  GtkWidget *child;
  g_autofree char *name = NULL;

  g_return_if_fail (MBC_IS_DIARY_RECORD_DIALOG (self));
  g_return_if_fail (site_id != NULL);

  content = mbc_diary_get_content (self->diary);
  site = content != NULL ? mbc_content_find_site (content, site_id) : NULL;
  if (site == NULL)
    return;

  while ((child = gtk_widget_get_first_child (self->results)) != NULL)
    gtk_list_box_remove (GTK_LIST_BOX (self->results), child);
  symptoms = mbc_site_get_symptoms (site);
  for (guint i = 0; i < g_list_model_get_n_items (symptoms); i++)
    {
      g_autoptr(MbcSymptom) symptom = g_list_model_get_item (symptoms, i);

      add_result (self, MBC_DIARY_KIND_SIGN, symptom, NULL);
    }
  gtk_widget_set_visible (self->results, TRUE);

  /* Translators: what a screen reader says of the list of signs in
   * the record dialog opened from a part of the body; %s is its
   * name, such as "Bones".
   */
  name = g_strdup_printf (_("Signs: %s"), mbc_site_get_name (site));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->results),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  -1);
  first = gtk_list_box_get_row_at_index (GTK_LIST_BOX (self->results), 0);
  if (first != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (first));
}

static void
result_activated_cb (MbcDiaryRecordDialog *self,
                     GtkListBoxRow        *row)
{
  MbcDiaryKind kind = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row), "kind"));

  _mbc_diary_record_dialog_choose (self, kind,
          g_object_get_data (G_OBJECT (row), "sign-id"),
          g_object_get_data (G_OBJECT (row), "words"));
  gtk_widget_grab_focus (self->severity_scale);
}

/* Enter in the search takes the first of the list. */
static void
what_activate_cb (MbcDiaryRecordDialog *self)
{
  GtkListBoxRow *first = gtk_list_box_get_row_at_index (GTK_LIST_BOX (self->results), 0);

  if (self->chosen)
    {
      gtk_widget_activate_action (GTK_WIDGET (self), "record.save", NULL);
      return;
    }

  if (first != NULL && gtk_widget_get_visible (self->results))
    result_activated_cb (self, first);
}

/* Down in the search goes to the list under it. */
static gboolean
what_key_pressed_cb (MbcDiaryRecordDialog  *self,
                     guint                  keyval,
                     guint                  keycode,
                     GdkModifierType        state,
                     GtkEventControllerKey *controller)
{
  GtkListBoxRow *first;

  if (keyval != GDK_KEY_Down && keyval != GDK_KEY_KP_Down)
    return FALSE;

  first = gtk_list_box_get_row_at_index (GTK_LIST_BOX (self->results), 0);
  if (first == NULL || !gtk_widget_get_visible (self->results))
    return FALSE;

  gtk_widget_grab_focus (GTK_WIDGET (first));
  return TRUE;
}

/* Enter or Space on a sign of the list picks it. GtkListBox activates
 * its rows on Space only when one is its cursor row, and the window
 * would take Enter to save: both are answered here first.
 */
static gboolean
results_key_pressed_cb (MbcDiaryRecordDialog  *self,
                        guint                  keyval,
                        guint                  keycode,
                        GdkModifierType        state,
                        GtkEventControllerKey *controller)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));
  GtkWidget *row = focus != NULL ? gtk_widget_get_ancestor (focus, GTK_TYPE_LIST_BOX_ROW) : NULL;

  if (row == NULL || gtk_widget_get_parent (row) != self->results ||
      (state & (GDK_CONTROL_MASK | GDK_ALT_MASK)) != 0)
    return FALSE;

  switch (keyval)
    {
    case GDK_KEY_Return:
    case GDK_KEY_ISO_Enter:
    case GDK_KEY_KP_Enter:
    case GDK_KEY_space:
    case GDK_KEY_KP_Space:
      result_activated_cb (self, GTK_LIST_BOX_ROW (row));
      return TRUE;

    default:
      return FALSE;
    }
}

/* Typing lists the signs; Down, Enter and a click pick one. */
void
_mbc_diary_record_dialog_init_what (MbcDiaryRecordDialog *self)
{
  GtkEventController *keys;

  g_signal_connect_object (self->what_entry, "changed",
                           G_CALLBACK (_mbc_diary_record_dialog_update_results), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->what_entry, "activate", G_CALLBACK (what_activate_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->results, "row-activated", G_CALLBACK (result_activated_cb), self,
                           G_CONNECT_SWAPPED);
  /* Before the entry's text, which would take Down for itself. */
  keys = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect_object (keys, "key-pressed", G_CALLBACK (what_key_pressed_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_add_controller (self->what_entry, keys);
  keys = gtk_event_controller_key_new ();
  g_signal_connect_object (keys, "key-pressed", G_CALLBACK (results_key_pressed_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_add_controller (self->results, keys);
}
