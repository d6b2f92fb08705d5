/* mbc-diary-summary-dialog.c: the one-page summary for the next visit,
 * for a span the person chooses
 *
 * "Since my last visit" comes first: the day of the last visit is kept
 * in the settings, so that the person sets it once a visit. The page
 * itself is laid out by mbc-diary-print.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>

#include "mbc-accessible.h"
#include "mbc-diary-print.h"
#include "mbc-diary-summary-dialog.h"

struct _MbcDiarySummaryDialog
{
  AdwWindow            parent_instance;

  MbcDiary            *diary;
  MbcMyQuestionList   *questions;
  GSettings           *settings;

  MbcDiarySummarySpan  span;
  GtkCheckButton      *span_buttons[4];
  GtkMenuButton       *visit_button;
  GtkCalendar         *calendar;
};

G_DEFINE_FINAL_TYPE (MbcDiarySummaryDialog, mbc_diary_summary_dialog, ADW_TYPE_WINDOW)

/* The day of the last visit: the setting's, or four weeks ago when the
 * person has not given one.
 */
static GDateTime *
dup_last_visit (MbcDiarySummaryDialog *self)
{
  g_autofree char *text = g_settings_get_string (self->settings, "diary-last-visit");
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  int year, month, day;

  if (sscanf (text, "%d-%d-%d", &year, &month, &day) == 3 &&
      g_date_valid_dmy (day, month, year))
    {
      GDateTime *visit = g_date_time_new_local (year, month, day, 0, 0, 0);

      if (visit != NULL && g_date_time_compare (visit, now) <= 0)
        return visit;
      g_clear_pointer (&visit, g_date_time_unref);
    }

  return g_date_time_add_days (now, -28);
}

static void
update_visit_button (MbcDiarySummaryDialog *self)
{
  g_autoptr(GDateTime) visit = dup_last_visit (self);
  /* Translators: the day of the last visit on its button, as strftime()
   * writes it: "%x" is the locale's own short date.
   */
  g_autofree char *label = g_date_time_format (visit, _("%x"));
  /* Translators: what a screen reader says for the button that sets the
   * day of the last visit; %s is the day.
   */
  g_autofree char *name = g_strdup_printf (_("Last visit: %s. Change the day"), label);

  gtk_menu_button_set_label (self->visit_button, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->visit_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  -1);
}

static void
day_selected_cb (MbcDiarySummaryDialog *self)
{
  g_autoptr(GDateTime) day = gtk_calendar_get_date (self->calendar);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *text = NULL;

  /* A visit to come is not a last visit. */
  if (g_date_time_compare (day, now) > 0)
    return;

  text = g_date_time_format (day, "%Y-%m-%d");
  g_settings_set_string (self->settings, "diary-last-visit", text);
  update_visit_button (self);
  mbc_diary_summary_dialog_set_span (self, MBC_DIARY_SUMMARY_SINCE_VISIT);
  gtk_menu_button_popdown (self->visit_button);
}

void
mbc_diary_summary_dialog_get_range (MbcDiarySummaryDialog *self,
                                    gint64                *from,
                                    gint64                *to)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) today = g_date_time_new_local (g_date_time_get_year (now),
                                                      g_date_time_get_month (now),
                                                      g_date_time_get_day_of_month (now),
                                                      0, 0, 0);
  g_autoptr(GDateTime) start = NULL;

  g_return_if_fail (MBC_IS_DIARY_SUMMARY_DIALOG (self));

  switch (self->span)
    {
    case MBC_DIARY_SUMMARY_SINCE_VISIT:
      start = dup_last_visit (self);
      break;
    case MBC_DIARY_SUMMARY_TWO_WEEKS:
      start = g_date_time_add_days (today, -13);
      break;
    case MBC_DIARY_SUMMARY_MONTH:
      start = g_date_time_add_months (today, -1);
      break;
    case MBC_DIARY_SUMMARY_THREE_MONTHS:
    default:
      start = g_date_time_add_months (today, -3);
      break;
    }

  *from = g_date_time_to_unix (start);
  *to = g_date_time_to_unix (now);
}

void
mbc_diary_summary_dialog_set_span (MbcDiarySummaryDialog *self,
                                   MbcDiarySummarySpan    span)
{
  g_return_if_fail (MBC_IS_DIARY_SUMMARY_DIALOG (self));
  g_return_if_fail (span <= MBC_DIARY_SUMMARY_THREE_MONTHS);

  self->span = span;
  if (!gtk_check_button_get_active (self->span_buttons[span]))
    gtk_check_button_set_active (self->span_buttons[span], TRUE);
}

static void
span_toggled_cb (GtkCheckButton        *button,
                 MbcDiarySummaryDialog *self)
{
  if (gtk_check_button_get_active (button))
    self->span = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "mbc-span"));
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  MbcDiarySummaryDialog *self = MBC_DIARY_SUMMARY_DIALOG (widget);
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  gint64 from, to;

  mbc_diary_summary_dialog_get_range (self, &from, &to);
  gtk_widget_set_visible (widget, FALSE);
  if (g_str_equal (action_name, "summary.print"))
    mbc_diary_print_run (self->diary, self->questions, from, to, parent);
  else
    mbc_diary_print_save_pdf (self->diary, self->questions, from, to, parent);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
mbc_diary_summary_dialog_dispose (GObject *object)
{
  MbcDiarySummaryDialog *self = MBC_DIARY_SUMMARY_DIALOG (object);

  g_clear_object (&self->diary);
  g_clear_object (&self->questions);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (mbc_diary_summary_dialog_parent_class)->dispose (object);
}

static void
mbc_diary_summary_dialog_class_init (MbcDiarySummaryDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mbc_diary_summary_dialog_dispose;

  gtk_widget_class_install_action (widget_class, "summary.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "summary.save-pdf", NULL, print_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static GtkWidget *
new_button (const char *label,
            const char *action_name)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  mbc_accessible_name_mnemonics (button);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action_name);
  gtk_widget_add_css_class (button, "pill");
  gtk_widget_add_css_class (button, "touch-target");
  gtk_widget_set_hexpand (button, TRUE);

  return button;
}

static void
mbc_diary_summary_dialog_init (MbcDiarySummaryDialog *self)
{
  static const char *span_words[] = {
    N_("Since my last visit"),
    N_("The last two weeks"),
    N_("The last month"),
    N_("The last three months"),
  };
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *title = adw_window_title_new (_("Summary for Your Visit"), NULL);
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *intro;
  GtkWidget *group;
  GtkWidget *visit_row;
  GtkWidget *popover;
  GtkWidget *buttons;
  GtkWidget *print;

  gtk_window_set_modal (GTK_WINDOW (self), TRUE);
  gtk_window_set_title (GTK_WINDOW (self), _("Summary for Your Visit"));
  gtk_window_set_default_size (GTK_WINDOW (self), 440, 560);

  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), title);
  gtk_box_append (GTK_BOX (box), header);

  gtk_widget_set_margin_top (content, 12);
  gtk_widget_set_margin_bottom (content, 18);
  gtk_widget_set_margin_start (content, 12);
  gtk_widget_set_margin_end (content, 12);

  intro = gtk_label_new (_("One page for your care team: each sign you recorded and how it "
                           "went, what the guide says about it, your notes, and your questions."));
  gtk_label_set_wrap (GTK_LABEL (intro), TRUE);
  gtk_label_set_xalign (GTK_LABEL (intro), 0);
  gtk_box_append (GTK_BOX (content), intro);

  group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("What It Covers"));
  mbc_accessible_mark_headings (group);
  for (guint i = 0; i < G_N_ELEMENTS (span_words); i++)
    {
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *check = gtk_check_button_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _(span_words[i]));
      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      if (i > 0)
        gtk_check_button_set_group (GTK_CHECK_BUTTON (check), self->span_buttons[0]);
      g_object_set_data (G_OBJECT (check), "mbc-span", GUINT_TO_POINTER (i));
      g_signal_connect (check, "toggled", G_CALLBACK (span_toggled_cb), self);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      /* After the row has made its title label the check's too. */
      mbc_accessible_set_name (check, _(span_words[i]));
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
      self->span_buttons[i] = GTK_CHECK_BUTTON (check);
    }
  gtk_check_button_set_active (self->span_buttons[0], TRUE);
  gtk_box_append (GTK_BOX (content), group);

  group = adw_preferences_group_new ();
  visit_row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (visit_row), _("My last visit was on"));
  self->visit_button = GTK_MENU_BUTTON (gtk_menu_button_new ());
  gtk_widget_set_valign (GTK_WIDGET (self->visit_button), GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (GTK_WIDGET (self->visit_button), "touch-target");
  self->calendar = GTK_CALENDAR (gtk_calendar_new ());
  popover = gtk_popover_new ();
  gtk_popover_set_child (GTK_POPOVER (popover), GTK_WIDGET (self->calendar));
  gtk_menu_button_set_popover (self->visit_button, popover);
  g_signal_connect_swapped (self->calendar, "day-selected", G_CALLBACK (day_selected_cb), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (visit_row), GTK_WIDGET (self->visit_button));
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (visit_row), GTK_WIDGET (self->visit_button));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), visit_row);
  gtk_box_append (GTK_BOX (content), group);

  buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  gtk_box_set_homogeneous (GTK_BOX (buttons), TRUE);
  gtk_box_append (GTK_BOX (buttons), new_button (_("_Save as PDF…"), "summary.save-pdf"));
  print = new_button (_("_Print…"), "summary.print");
  gtk_widget_add_css_class (print, "suggested-action");
  gtk_box_append (GTK_BOX (buttons), print);
  gtk_box_append (GTK_BOX (content), buttons);

  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 520);
  adw_clamp_set_child (ADW_CLAMP (clamp), content);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), clamp);
  gtk_widget_set_vexpand (scroller, TRUE);
  gtk_box_append (GTK_BOX (box), scroller);
  adw_window_set_content (ADW_WINDOW (self), box);

  gtk_window_set_default_widget (GTK_WINDOW (self), print);
}

MbcDiarySummaryDialog *
mbc_diary_summary_dialog_new (MbcDiary          *diary,
                              MbcMyQuestionList *questions,
                              GSettings         *settings)
{
  MbcDiarySummaryDialog *self;
  g_autoptr(GDateTime) visit = NULL;

  g_return_val_if_fail (MBC_IS_DIARY (diary), NULL);
  g_return_val_if_fail (questions == NULL || MBC_IS_MY_QUESTION_LIST (questions), NULL);
  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  self = g_object_new (MBC_TYPE_DIARY_SUMMARY_DIALOG, NULL);
  self->diary = g_object_ref (diary);
  self->questions = questions != NULL ? g_object_ref (questions) : NULL;
  self->settings = g_object_ref (settings);

  visit = dup_last_visit (self);
  g_signal_handlers_block_by_func (self->calendar, day_selected_cb, self);
  gtk_calendar_select_day (self->calendar, visit);
  g_signal_handlers_unblock_by_func (self->calendar, day_selected_cb, self);
  update_visit_button (self);

  return self;
}
