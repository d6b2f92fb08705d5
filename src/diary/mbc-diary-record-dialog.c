/* mbc-diary-record-dialog.c: records a new diary entry or changes one
 *
 * Made to be done in a few seconds, many times a day: type a few
 * letters, pick the sign, say how bad, Ctrl+Enter. A sign whose tier is
 * emergency says "Get help now" and the number at once, before anything
 * is saved. What the person typed is never lost: an error from the
 * diary is shown in the dialog, which stays open.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "mbc-date.h"
#include "mbc-diary-record-dialog.h"
#include "mbc-emergency-number.h"
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

struct _MbcDiaryRecordDialog
{
  AdwWindow      parent_instance;

  MbcDiary      *diary;
  GSettings     *settings;
  MbcDiaryEntry *editing;
  GPtrArray     *candidates;

  /* What is recorded, once chosen. */
  gboolean       chosen;
  MbcDiaryKind   kind;
  char          *sign_id;
  char          *label;

  /* Until the person changes the day or the time, a new entry is for
   * the moment it is saved, and a changed one keeps its time to the
   * second.
   */
  gboolean       when_changed;
  gboolean       setting_when;

  GtkWidget     *window_title;
  GtkWidget     *cancel_button;
  GtkWidget     *save_button;
  GtkWidget     *scroller;
  GtkWidget     *emergency_box;
  GtkWidget     *emergency_icon;
  GtkWidget     *emergency_title;
  GtkWidget     *emergency_number;
  GtkWidget     *emergency_advice;
  GtkWidget     *error_label;
  GtkWidget     *what_heading;
  GtkWidget     *what_entry;
  GtkWidget     *chosen_box;
  GtkWidget     *chosen_icon;
  GtkWidget     *chosen_label;
  GtkWidget     *results;
  GtkWidget     *date_button;
  GtkWidget     *calendar;
  GtkWidget     *hour_spin;
  GtkWidget     *minute_spin;
  GtkWidget     *severity_heading;
  GtkWidget     *severity_scale;
  GtkWidget     *severity_low;
  GtkWidget     *severity_high;
  GtkWidget     *interference_check;
  GtkWidget     *interference_scale;
  GtkWidget     *medicines_entry;
  GtkWidget     *note_view;
};

G_DEFINE_FINAL_TYPE (MbcDiaryRecordDialog, mbc_diary_record_dialog, ADW_TYPE_WINDOW)

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
static void
collect_candidates (MbcDiaryRecordDialog *self)
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

static char *
dup_emergency_number (MbcDiaryRecordDialog *self)
{
  if (self->settings != NULL)
    return mbc_emergency_number_dup (self->settings);

  /* Translators: stands for the emergency number when the guide's
   * settings are not at hand.
   */
  return g_strdup (_("your emergency number"));
}

static void
show_error (MbcDiaryRecordDialog *self,
            const char           *message)
{
  gtk_label_set_label (GTK_LABEL (self->error_label), message != NULL ? message : "");
  gtk_widget_set_visible (self->error_label, message != NULL);
}

/* The scale's number in words, as a screen reader says it, with the
 * words of its ends.
 */
static void
update_value_text (GtkWidget  *scale,
                   const char *low,
                   const char *high)
{
  int value = (int) gtk_range_get_value (GTK_RANGE (scale));
  g_autofree char *text = NULL;

  if (value == 0 && low != NULL)
    /* Translators: the value of a 0-10 scale as a screen reader says it
     * at its lowest end; %s is what 0 means, such as "none".
     */
    text = g_strdup_printf (_("0 of 10, %s"), low);
  else if (value == MBC_DIARY_SCORE_MAX && high != NULL)
    /* Translators: %s is what 10 means, such as "the worst you can imagine". */
    text = g_strdup_printf (_("10 of 10, %s"), high);
  else
    /* Translators: the value of a 0-10 scale. */
    text = g_strdup_printf (_("%d of 10"), value);

  gtk_accessible_update_property (GTK_ACCESSIBLE (scale),
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_TEXT, text,
                                  -1);
}

static void
severity_words (MbcDiaryRecordDialog  *self,
                const char           **low,
                const char           **high)
{
  if (self->chosen && self->kind == MBC_DIARY_KIND_OVERALL)
    {
      *low = _("very poorly");
      *high = _("very well");
    }
  else
    {
      *low = _("none");
      *high = _("the worst you can imagine");
    }
}

static void
severity_changed_cb (MbcDiaryRecordDialog *self)
{
  const char *low;
  const char *high;

  severity_words (self, &low, &high);
  update_value_text (self->severity_scale, low, high);
}

static void
interference_changed_cb (MbcDiaryRecordDialog *self)
{
  update_value_text (self->interference_scale, _("not at all"), _("completely"));
}

static void
interference_toggled_cb (MbcDiaryRecordDialog *self)
{
  gtk_widget_set_sensitive (self->interference_scale,
                            gtk_check_button_get_active (GTK_CHECK_BUTTON (self->interference_check)));
}

/* The heading and the words at the ends of the severity scale: how bad
 * a sign is, or how the person feels overall.
 */
static void
update_severity_words (MbcDiaryRecordDialog *self)
{
  gboolean overall = self->chosen && self->kind == MBC_DIARY_KIND_OVERALL;
  const char *low;
  const char *high;
  g_autofree char *low_text = NULL;
  g_autofree char *high_text = NULL;

  severity_words (self, &low, &high);
  gtk_label_set_label (GTK_LABEL (self->severity_heading),
                       overall ? _("How I _feel overall") : _("How _bad"));
  /* Translators: the words under the low end of a 0-10 scale; %s is
   * what 0 means, such as "none".
   */
  low_text = g_strdup_printf (_("0: %s"), low);
  /* Translators: the words under the high end of a 0-10 scale. */
  high_text = g_strdup_printf (_("10: %s"), high);
  gtk_label_set_label (GTK_LABEL (self->severity_low), low_text);
  gtk_label_set_label (GTK_LABEL (self->severity_high), high_text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->severity_scale),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  overall ? _("How I feel overall") : _("How bad"),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  overall ? _("From 0, very poorly, to 10, very well")
                                          : _("From 0, none, to 10, the worst you can imagine"),
                                  -1);
  severity_changed_cb (self);
}

static MbcSymptom *
find_symptom (MbcDiaryRecordDialog *self,
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

static void update_results (MbcDiaryRecordDialog *self);

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

static void
choose (MbcDiaryRecordDialog *self,
        MbcDiaryKind          kind,
        const char           *sign_id,
        const char           *label)
{
  MbcSymptom *symptom = sign_id != NULL ? find_symptom (self, sign_id) : NULL;
  g_autofree char *text = NULL;
  g_autofree char *chosen_text = NULL;
  gboolean emergency;

  self->chosen = TRUE;
  self->kind = kind;
  g_free (self->sign_id);
  self->sign_id = g_strdup (sign_id);
  g_free (self->label);
  self->label = g_strdup (symptom != NULL ? mbc_symptom_get_text (symptom) : label);

  text = dup_choice_text (kind, self->label);
  g_signal_handlers_block_by_func (self->what_entry, update_results, self);
  gtk_editable_set_text (GTK_EDITABLE (self->what_entry), text);
  gtk_editable_set_position (GTK_EDITABLE (self->what_entry), -1);
  g_signal_handlers_unblock_by_func (self->what_entry, update_results, self);
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
      gtk_image_set_from_icon_name (GTK_IMAGE (self->chosen_icon), mbc_urgency_get_icon_name (urgency));
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
      g_autofree char *number = dup_emergency_number (self);
      g_autofree char *call = NULL;

      /* Translators: in the record dialog, for a sign that needs help
       * now; %s is the emergency number, such as 911.
       */
      call = g_strdup_printf (_("Call %s"), number);
      gtk_label_set_label (GTK_LABEL (self->emergency_number), call);
      gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (self->scroller)), 0);
    }

  show_error (self, NULL);
  update_severity_words (self);
}

static GtkWidget *
add_result (MbcDiaryRecordDialog *self,
            MbcDiaryKind          kind,
            MbcSymptom           *symptom,
            const char           *words)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  g_autofree char *text = dup_choice_text (kind, symptom != NULL ? mbc_symptom_get_text (symptom) : words);
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
      GtkWidget *icon = gtk_image_new_from_icon_name (mbc_urgency_get_icon_name (urgency));
      GtkWidget *words_label = gtk_label_new (mbc_urgency_get_title (urgency));

      gtk_widget_add_css_class (tier, "diary-tier");
      gtk_widget_add_css_class (tier, mbc_urgency_get_css_class (urgency));
      gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL, "", -1);
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
    g_object_set_data_full (G_OBJECT (row), "sign-id", g_strdup (mbc_symptom_get_id (symptom)), g_free);
  g_object_set_data_full (G_OBJECT (row), "words",
                          g_strdup (symptom != NULL ? mbc_symptom_get_text (symptom) : words), g_free);
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
static void
update_results (MbcDiaryRecordDialog *self)
{
  g_autofree char *typed = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->what_entry))));
  g_autofree char *query = fold (typed);
  g_auto(GStrv) words = g_strsplit_set (query, " \t", -1);
  GtkWidget *child;
  guint n = 0;

  /* What is typed anew is not what was chosen before. */
  self->chosen = FALSE;
  gtk_widget_set_visible (self->chosen_box, FALSE);
  gtk_widget_set_visible (self->emergency_box, FALSE);
  update_severity_words (self);

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

static void
result_activated_cb (MbcDiaryRecordDialog *self,
                     GtkListBoxRow        *row)
{
  MbcDiaryKind kind = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row), "kind"));

  choose (self, kind,
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

static void
show_when (MbcDiaryRecordDialog *self,
           GDateTime            *when)
{
  g_autofree char *day = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  self->setting_when = TRUE;
  gtk_calendar_select_day (GTK_CALENDAR (self->calendar), when);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (self->hour_spin), g_date_time_get_hour (when));
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (self->minute_spin), g_date_time_get_minute (when));
  self->setting_when = FALSE;

  if (g_date_time_get_year (when) == g_date_time_get_year (now) &&
      g_date_time_get_day_of_year (when) == g_date_time_get_day_of_year (now))
    day = g_strdup (_("Today"));
  else
    day = mbc_date_format (when);
  gtk_menu_button_set_label (GTK_MENU_BUTTON (self->date_button), day);
  /* Translators: what a screen reader says for the button that opens
   * the calendar; %s is the chosen day, such as "Today".
   */
  {
    g_autofree char *name = g_strdup_printf (_("Day: %s"), day);

    gtk_accessible_update_property (GTK_ACCESSIBLE (self->date_button),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                    -1);
  }
}

/* The day and time chosen, in local time. */
static GDateTime *
dup_chosen_when (MbcDiaryRecordDialog *self)
{
  g_autoptr(GDateTime) day = gtk_calendar_get_date (GTK_CALENDAR (self->calendar));

  return g_date_time_new_local (g_date_time_get_year (day),
                                g_date_time_get_month (day),
                                g_date_time_get_day_of_month (day),
                                gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (self->hour_spin)),
                                gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (self->minute_spin)),
                                0);
}

static void
day_selected_cb (MbcDiaryRecordDialog *self)
{
  g_autoptr(GDateTime) when = NULL;

  if (self->setting_when)
    return;

  self->when_changed = TRUE;
  when = dup_chosen_when (self);
  show_when (self, when);
  gtk_menu_button_popdown (GTK_MENU_BUTTON (self->date_button));
}

static void
time_changed_cb (MbcDiaryRecordDialog *self)
{
  if (!self->setting_when)
    self->when_changed = TRUE;
}

static char *
dup_note (MbcDiaryRecordDialog *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->note_view));
  GtkTextIter start;
  GtkTextIter end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);

  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  MbcDiaryRecordDialog *self = MBC_DIARY_RECORD_DIALOG (widget);
  g_autoptr(MbcDiaryEntry) entry = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *medicines = NULL;
  g_autofree char *note = NULL;
  MbcDiaryEntry *saved;
  gint64 when;
  int interference = MBC_DIARY_SCORE_NONE;

  if (!self->chosen)
    {
      show_error (self, _("Choose what to record: type a few letters, then pick from the list."));
      gtk_widget_grab_focus (self->what_entry);
      return;
    }

  if (self->when_changed)
    {
      g_autoptr(GDateTime) chosen = dup_chosen_when (self);

      when = g_date_time_to_unix (chosen);
    }
  else if (self->editing != NULL)
    {
      when = mbc_diary_entry_get_when (self->editing);
    }
  else
    {
      when = g_get_real_time () / G_USEC_PER_SEC;
    }

  if (gtk_check_button_get_active (GTK_CHECK_BUTTON (self->interference_check)))
    interference = (int) gtk_range_get_value (GTK_RANGE (self->interference_scale));
  medicines = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->medicines_entry))));
  note = dup_note (self);

  entry = mbc_diary_entry_new (self->kind,
                               self->kind == MBC_DIARY_KIND_SIGN ? self->sign_id : NULL,
                               self->label, when,
                               (int) gtk_range_get_value (GTK_RANGE (self->severity_scale)),
                               interference, medicines, g_strchomp (note));

  if (self->editing != NULL)
    saved = mbc_diary_replace (self->diary, self->editing, entry, &error);
  else
    saved = mbc_diary_add (self->diary, entry, &error);

  if (saved == NULL)
    {
      /* The dialog stays, with everything in it, to try again or copy. */
      show_error (self, error != NULL ? error->message : _("The entry could not be saved."));
      return;
    }

  gtk_window_destroy (GTK_WINDOW (self));
}

static void
stop_search_cb (MbcDiaryRecordDialog *self)
{
  gtk_window_close (GTK_WINDOW (self));
}

static void
mbc_diary_record_dialog_dispose (GObject *object)
{
  MbcDiaryRecordDialog *self = MBC_DIARY_RECORD_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), MBC_TYPE_DIARY_RECORD_DIALOG);
  g_clear_object (&self->diary);
  g_clear_object (&self->settings);
  g_clear_object (&self->editing);
  g_clear_pointer (&self->candidates, g_ptr_array_unref);
  g_clear_pointer (&self->sign_id, g_free);
  g_clear_pointer (&self->label, g_free);

  G_OBJECT_CLASS (mbc_diary_record_dialog_parent_class)->dispose (object);
}

static void
mbc_diary_record_dialog_class_init (MbcDiaryRecordDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mbc_diary_record_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/mbc-diary-record-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, MbcDiaryRecordDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, MbcDiaryRecordDialog, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, MbcDiaryRecordDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, MbcDiaryRecordDialog, scroller);
  gtk_widget_class_bind_template_child (widget_class, MbcDiaryRecordDialog, emergency_box);
  gtk_widget_class_bind_template_child (widget_class, MbcDiaryRecordDialog, emergency_icon);
  gtk_widget_class_bind_template_child (widget_class, MbcDiaryRecordDialog, emergency_title);
  gtk_widget_class_bind_template_child (widget_class, MbcDiaryRecordDialog, emergency_number);
  gtk_widget_class_bind_template_child (widget_class, MbcDiaryRecordDialog, emergency_advice);
  gtk_widget_class_bind_template_child (widget_class, MbcDiaryRecordDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, MbcDiaryRecordDialog, what_heading);
  gtk_widget_class_bind_template_child (widget_class, MbcDiaryRecordDialog, what_entry);
  gtk_widget_class_bind_template_child (widget_class, MbcDiaryRecordDialog, chosen_box);
  gtk_widget_class_bind_template_child (widget_class, MbcDiaryRecordDialog, chosen_icon);
  gtk_widget_class_bind_template_child (widget_class, MbcDiaryRecordDialog, chosen_label);
  gtk_widget_class_bind_template_child (widget_class, MbcDiaryRecordDialog, results);
  gtk_widget_class_bind_template_child (widget_class, MbcDiaryRecordDialog, date_button);
  gtk_widget_class_bind_template_child (widget_class, MbcDiaryRecordDialog, calendar);
  gtk_widget_class_bind_template_child (widget_class, MbcDiaryRecordDialog, hour_spin);
  gtk_widget_class_bind_template_child (widget_class, MbcDiaryRecordDialog, minute_spin);
  gtk_widget_class_bind_template_child (widget_class, MbcDiaryRecordDialog, severity_heading);
  gtk_widget_class_bind_template_child (widget_class, MbcDiaryRecordDialog, severity_scale);
  gtk_widget_class_bind_template_child (widget_class, MbcDiaryRecordDialog, severity_low);
  gtk_widget_class_bind_template_child (widget_class, MbcDiaryRecordDialog, severity_high);
  gtk_widget_class_bind_template_child (widget_class, MbcDiaryRecordDialog, interference_check);
  gtk_widget_class_bind_template_child (widget_class, MbcDiaryRecordDialog, interference_scale);
  gtk_widget_class_bind_template_child (widget_class, MbcDiaryRecordDialog, medicines_entry);
  gtk_widget_class_bind_template_child (widget_class, MbcDiaryRecordDialog, note_view);
  gtk_widget_class_bind_template_callback (widget_class, day_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, time_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, severity_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, interference_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, interference_toggled_cb);

  gtk_widget_class_install_action (widget_class, "record.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK,
                                       "record.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, GDK_CONTROL_MASK,
                                       "record.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
mbc_diary_record_dialog_init (MbcDiaryRecordDialog *self)
{
  GtkEventController *keys;

  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_image_set_from_icon_name (GTK_IMAGE (self->emergency_icon),
                                mbc_urgency_get_icon_name (MBC_URGENCY_EMERGENCY));
  gtk_label_set_label (GTK_LABEL (self->emergency_title),
                       mbc_urgency_get_title (MBC_URGENCY_EMERGENCY));
  gtk_label_set_label (GTK_LABEL (self->emergency_advice),
                       mbc_urgency_get_advice (MBC_URGENCY_EMERGENCY));

  for (int i = 0; i <= MBC_DIARY_SCORE_MAX; i++)
    {
      gtk_scale_add_mark (GTK_SCALE (self->severity_scale), i, GTK_POS_BOTTOM, NULL);
      gtk_scale_add_mark (GTK_SCALE (self->interference_scale), i, GTK_POS_BOTTOM, NULL);
    }
  interference_changed_cb (self);

  g_signal_connect_object (self->what_entry, "changed", G_CALLBACK (update_results), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->what_entry, "activate", G_CALLBACK (what_activate_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->what_entry, "stop-search", G_CALLBACK (stop_search_cb), self,
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

  gtk_window_set_default_widget (GTK_WINDOW (self), self->save_button);
}

static void
fill_from_entry (MbcDiaryRecordDialog *self,
                 MbcDiaryEntry        *entry)
{
  g_autoptr(GDateTime) when = g_date_time_new_from_unix_local (mbc_diary_entry_get_when (entry));
  int interference = mbc_diary_entry_get_interference (entry);
  const char *text;

  choose (self, mbc_diary_entry_get_kind (entry), mbc_diary_entry_get_sign_id (entry),
          mbc_diary_entry_get_label (entry));
  show_when (self, when);

  gtk_range_set_value (GTK_RANGE (self->severity_scale), mbc_diary_entry_get_severity (entry));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (self->interference_check),
                               interference != MBC_DIARY_SCORE_NONE);
  if (interference != MBC_DIARY_SCORE_NONE)
    gtk_range_set_value (GTK_RANGE (self->interference_scale), interference);
  if ((text = mbc_diary_entry_get_medicines (entry)) != NULL)
    gtk_editable_set_text (GTK_EDITABLE (self->medicines_entry), text);
  if ((text = mbc_diary_entry_get_note (entry)) != NULL)
    gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->note_view)), text, -1);
}

MbcDiaryRecordDialog *
mbc_diary_record_dialog_new (MbcDiary      *diary,
                             GSettings     *settings,
                             const char    *sign_id,
                             MbcDiaryEntry *editing)
{
  MbcDiaryRecordDialog *self;

  g_return_val_if_fail (MBC_IS_DIARY (diary), NULL);
  g_return_val_if_fail (settings == NULL || G_IS_SETTINGS (settings), NULL);
  g_return_val_if_fail (editing == NULL || MBC_IS_DIARY_ENTRY (editing), NULL);

  self = g_object_new (MBC_TYPE_DIARY_RECORD_DIALOG, NULL);
  self->diary = g_object_ref (diary);
  g_set_object (&self->settings, settings);
  g_set_object (&self->editing, editing);
  collect_candidates (self);

  adw_window_title_set_title (ADW_WINDOW_TITLE (self->window_title),
                              editing != NULL ? _("Change an Entry") : _("Record a Sign"));
  gtk_window_set_title (GTK_WINDOW (self),
                        editing != NULL ? _("Change an Entry") : _("Record a Sign"));

  if (editing != NULL)
    {
      fill_from_entry (self, editing);
    }
  else
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();
      MbcSymptom *symptom = sign_id != NULL && *sign_id != '\0' ? find_symptom (self, sign_id) : NULL;

      show_when (self, now);
      if (symptom != NULL)
        choose (self, MBC_DIARY_KIND_SIGN, sign_id, mbc_symptom_get_text (symptom));
      else
        update_results (self);
    }
  update_severity_words (self);

  /* A chosen sign goes straight to how bad it is; otherwise the search. */
  gtk_window_set_focus (GTK_WINDOW (self), self->chosen ? self->severity_scale : self->what_entry);

  return self;
}
