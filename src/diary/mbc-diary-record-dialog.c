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

#include <glib/gi18n-lib.h>

#include "mbc-accessible.h"
#include "mbc-diary-entry-row.h"
#include "mbc-diary-record-dialog-private.h"
#include "mbc-emergency-number.h"
#include "mbc-focus.h"
#include "mbc-urgency.h"

G_DEFINE_FINAL_TYPE (MbcDiaryRecordDialog, mbc_diary_record_dialog, ADW_TYPE_WINDOW)

enum {
  SIGNAL_SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

char *
_mbc_diary_record_dialog_dup_emergency_number (MbcDiaryRecordDialog *self)
{
  if (self->settings != NULL)
    return mbc_emergency_number_dup (self->settings);

  /* Translators: stands for the emergency number when the guide's
   * settings are not at hand.
   */
  return g_strdup (_("your emergency number"));
}

void
_mbc_diary_record_dialog_show_error (MbcDiaryRecordDialog *self,
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
void
_mbc_diary_record_dialog_update_severity_words (MbcDiaryRecordDialog *self)
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

static void
show_when (MbcDiaryRecordDialog *self,
           GDateTime            *when)
{
  g_autofree char *day = NULL;

  self->setting_when = TRUE;
  gtk_calendar_select_day (GTK_CALENDAR (self->calendar), when);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (self->hour_spin), g_date_time_get_hour (when));
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (self->minute_spin), g_date_time_get_minute (when));
  self->setting_when = FALSE;

  {
    GDate date;

    g_date_clear (&date, 1);
    g_date_set_dmy (&date,
                    g_date_time_get_day_of_month (when),
                    g_date_time_get_month (when),
                    g_date_time_get_year (when));
    day = mbc_diary_entry_row_dup_day_text (g_date_get_julian (&date));
  }
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

/* Two digits, as a clock shows them: 08:05, not 8:5. */
static gboolean
time_output_cb (GtkSpinButton *spin)
{
  g_autofree char *text = g_strdup_printf ("%02d", gtk_spin_button_get_value_as_int (spin));

  if (g_strcmp0 (text, gtk_editable_get_text (GTK_EDITABLE (spin))) != 0)
    gtk_editable_set_text (GTK_EDITABLE (spin), text);

  return TRUE;
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
      _mbc_diary_record_dialog_show_error (self, _("Choose what to record: type a few letters, "
                                                   "then pick from the list."));
      gtk_widget_grab_focus (self->what_entry);
      return;
    }

  if (self->when_changed)
    {
      g_autoptr(GDateTime) chosen = dup_chosen_when (self);

      when = g_date_time_to_unix (chosen);

      /* A diary tells what happened: an entry ahead of its time would
       * head the timeline until then. A minute's grace for the clock.
       */
      if (when > g_get_real_time () / G_USEC_PER_SEC + 60)
        {
          _mbc_diary_record_dialog_show_error (self, _("That day and time have not come yet. "
                                                       "Choose when you noticed it."));
          gtk_widget_grab_focus (self->date_button);
          return;
        }
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
      _mbc_diary_record_dialog_show_error (self, error != NULL ? error->message
                                                               : _("The entry could not be saved."));
      return;
    }

  g_signal_emit (self, signals[SIGNAL_SAVED], 0, saved);
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

  /**
   * MbcDiaryRecordDialog::saved:
   * @entry: the entry as the diary holds it now
   *
   * Emitted when the entry is in the diary, just before the dialog
   * closes, so that the view can show it.
   */
  signals[SIGNAL_SAVED] =
    g_signal_new ("saved",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0,
                  NULL, NULL,
                  NULL,
                  G_TYPE_NONE, 1,
                  MBC_TYPE_DIARY_ENTRY);

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
  gtk_widget_class_bind_template_callback (widget_class, time_output_cb);
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
  gtk_widget_init_template (GTK_WIDGET (self));
  mbc_focus_pass_through_flow_box (GTK_FLOW_BOX (gtk_widget_get_ancestor (self->date_button,
                                                                          GTK_TYPE_FLOW_BOX)));
  mbc_accessible_name_mnemonics (GTK_WIDGET (self));
  mbc_accessible_mark_headings (GTK_WIDGET (self));
  /* Each field has a name of its own, which says more than the short
   * mnemonic label above it: a screen reader reads it once, without
   * the label's words after it.
   */
  {
    GtkWidget *fields[] = {
      self->what_entry, self->date_button, self->severity_scale,
      self->interference_scale, self->medicines_entry, self->note_view,
    };

    for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
      gtk_accessible_reset_relation (GTK_ACCESSIBLE (fields[i]),
                                     GTK_ACCESSIBLE_RELATION_LABELLED_BY);
  }

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

  _mbc_diary_record_dialog_init_what (self);
  g_signal_connect_object (self->what_entry, "stop-search", G_CALLBACK (stop_search_cb), self,
                           G_CONNECT_SWAPPED);

  gtk_window_set_default_widget (GTK_WINDOW (self), self->save_button);
}

static void
fill_from_entry (MbcDiaryRecordDialog *self,
                 MbcDiaryEntry        *entry)
{
  g_autoptr(GDateTime) when = g_date_time_new_from_unix_local (mbc_diary_entry_get_when (entry));
  int interference = mbc_diary_entry_get_interference (entry);
  const char *text;

  _mbc_diary_record_dialog_choose (self, mbc_diary_entry_get_kind (entry),
                                   mbc_diary_entry_get_sign_id (entry),
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
  _mbc_diary_record_dialog_collect_candidates (self);

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
      MbcSymptom *symptom = NULL;

      if (sign_id != NULL && *sign_id != '\0')
        symptom = _mbc_diary_record_dialog_find_symptom (self, sign_id);

      show_when (self, now);
      if (symptom != NULL)
        _mbc_diary_record_dialog_choose (self, MBC_DIARY_KIND_SIGN, sign_id,
                                         mbc_symptom_get_text (symptom));
      else
        _mbc_diary_record_dialog_update_results (self);
    }
  _mbc_diary_record_dialog_update_severity_words (self);

  /* A chosen sign goes straight to how bad it is; otherwise the search. */
  gtk_window_set_focus (GTK_WINDOW (self), self->chosen ? self->severity_scale : self->what_entry);

  return self;
}
