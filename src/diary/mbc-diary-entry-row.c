/* mbc-diary-entry-row.c: one entry of the diary's timeline
 *
 * The timeline makes rows only for the entries on screen and gives each
 * row entry after entry as it scrolls: binding must be quick, and must
 * reset everything the entry before it showed. A row's buttons ask the
 * diary view to act on the entry's id ("diary.edit" and so on), so that
 * a row never holds a position that has gone stale.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n-lib.h>
#include <string.h>

#include "mbc-accessible.h"
#include "mbc-date.h"
#include "mbc-diary-entry-row.h"
#include "mbc-page-text.h"
#include "mbc-urgency.h"

/* A note longer than this, or of more than one line, can be shown whole
 * with its own button; a shorter one always shows whole.
 */
#define SHORT_NOTE 60

struct _MbcDiaryEntryRow
{
  GtkWidget      parent_instance;

  MbcDiaryEntry *entry;

  GtkWidget     *box;
  GtkWidget     *day_label;
  GtkWidget     *card;
  GtkWidget     *time_label;
  GtkWidget     *title_label;
  GtkWidget     *kind_label;
  GtkWidget     *tier_box;
  GtkWidget     *tier_icon;
  GtkWidget     *tier_label;
  GtkWidget     *edit_button;
  GtkWidget     *delete_button;
  GtkWidget     *severity_box;
  GtkWidget     *severity_label;
  GtkWidget     *severity_bar;
  GtkWidget     *interference_label;
  GtkWidget     *medicines_label;
  GtkWidget     *extras_box;

  /* Made when an entry first needs them (ensure_extra()), then kept for
   * the entries the row shows after it, in this order.
   */
  GtkWidget     *note_box;
  GtkWidget     *note_label;
  GtkWidget     *note_more;
  GtkWidget     *emergency_box;
  GtkWidget     *emergency_label;
  GtkWidget     *two_weeks_box;
  GtkWidget     *ask_button;
  GtkWidget     *worse_box;

  /* What the row shows now: the timeline binds a row again whenever its
   * entry moves (a new entry above pushes every row down one), most
   * often to the same words, and laying out their text again would be
   * most of what a frame costs.
   */
  char          *shown_words;
};

G_DEFINE_FINAL_TYPE (MbcDiaryEntryRow, mbc_diary_entry_row, GTK_TYPE_WIDGET)

static void
show_note_whole (MbcDiaryEntryRow *self,
                 gboolean          whole)
{
  GtkLabel *label = GTK_LABEL (self->note_label);

  gtk_label_set_single_line_mode (label, !whole);
  gtk_label_set_wrap (label, whole);
  gtk_label_set_ellipsize (label, whole ? PANGO_ELLIPSIZE_NONE : PANGO_ELLIPSIZE_END);
  gtk_button_set_label (GTK_BUTTON (self->note_more), whole ? _("Show Less") : _("Show All"));
}

static void
note_more_toggled_cb (MbcDiaryEntryRow *self)
{
  show_note_whole (self, gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (self->note_more)));
}

static void
mbc_diary_entry_row_dispose (GObject *object)
{
  MbcDiaryEntryRow *self = MBC_DIARY_ENTRY_ROW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), MBC_TYPE_DIARY_ENTRY_ROW);
  g_clear_object (&self->entry);
  g_clear_pointer (&self->shown_words, g_free);

  G_OBJECT_CLASS (mbc_diary_entry_row_parent_class)->dispose (object);
}

static void
mbc_diary_entry_row_class_init (MbcDiaryEntryRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mbc_diary_entry_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/mbc-diary-entry-row.ui");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "mbcdiaryentry");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_LIST_ITEM);

  gtk_widget_class_bind_template_child (widget_class, MbcDiaryEntryRow, box);
  gtk_widget_class_bind_template_child (widget_class, MbcDiaryEntryRow, day_label);
  gtk_widget_class_bind_template_child (widget_class, MbcDiaryEntryRow, card);
  gtk_widget_class_bind_template_child (widget_class, MbcDiaryEntryRow, time_label);
  gtk_widget_class_bind_template_child (widget_class, MbcDiaryEntryRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, MbcDiaryEntryRow, kind_label);
  gtk_widget_class_bind_template_child (widget_class, MbcDiaryEntryRow, tier_box);
  gtk_widget_class_bind_template_child (widget_class, MbcDiaryEntryRow, tier_icon);
  gtk_widget_class_bind_template_child (widget_class, MbcDiaryEntryRow, tier_label);
  gtk_widget_class_bind_template_child (widget_class, MbcDiaryEntryRow, edit_button);
  gtk_widget_class_bind_template_child (widget_class, MbcDiaryEntryRow, delete_button);
  gtk_widget_class_bind_template_child (widget_class, MbcDiaryEntryRow, severity_box);
  gtk_widget_class_bind_template_child (widget_class, MbcDiaryEntryRow, severity_label);
  gtk_widget_class_bind_template_child (widget_class, MbcDiaryEntryRow, severity_bar);
  gtk_widget_class_bind_template_child (widget_class, MbcDiaryEntryRow, interference_label);
  gtk_widget_class_bind_template_child (widget_class, MbcDiaryEntryRow, medicines_label);
  gtk_widget_class_bind_template_child (widget_class, MbcDiaryEntryRow, extras_box);
}

static void
mbc_diary_entry_row_init (MbcDiaryEntryRow *self)
{
  GtkLevelBar *bar;

  gtk_widget_init_template (GTK_WIDGET (self));

  /* One colour for every severity: the number says how bad, and a
   * colour that changed with it would read as a judgement.
   */
  bar = GTK_LEVEL_BAR (self->severity_bar);
  gtk_level_bar_remove_offset_value (bar, GTK_LEVEL_BAR_OFFSET_LOW);
  gtk_level_bar_remove_offset_value (bar, GTK_LEVEL_BAR_OFFSET_HIGH);
  gtk_level_bar_remove_offset_value (bar, GTK_LEVEL_BAR_OFFSET_FULL);
  /* The words beside it say the same to a screen reader. */
  gtk_accessible_update_state (GTK_ACCESSIBLE (self->severity_bar),
                               GTK_ACCESSIBLE_STATE_HIDDEN, TRUE,
                               -1);
}

GtkWidget *
mbc_diary_entry_row_new (void)
{
  return g_object_new (MBC_TYPE_DIARY_ENTRY_ROW, NULL);
}

char *
mbc_diary_entry_row_dup_day_text (guint32 day)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) date = NULL;
  GDate today;
  GDate the_day;

  g_date_clear (&today, 1);
  g_date_set_dmy (&today,
                  g_date_time_get_day_of_month (now),
                  g_date_time_get_month (now),
                  g_date_time_get_year (now));
  if (day == g_date_get_julian (&today))
    return g_strdup (_("Today"));
  if (day + 1 == g_date_get_julian (&today))
    return g_strdup (_("Yesterday"));

  g_date_clear (&the_day, 1);
  g_date_set_julian (&the_day, day);
  date = g_date_time_new_local (g_date_get_year (&the_day),
                                g_date_get_month (&the_day),
                                g_date_get_day (&the_day),
                                12, 0, 0);

  return mbc_date_format (date);
}

static const char *
kind_text (MbcDiaryKind kind)
{
  switch (kind)
    {
    case MBC_DIARY_KIND_SIDE_EFFECT:
      return _("Side effect of treatment");
    case MBC_DIARY_KIND_OWN:
      return _("In my own words");
    case MBC_DIARY_KIND_OVERALL:
      return _("How I feel overall");
    case MBC_DIARY_KIND_SIGN:
    default:
      return NULL;
    }
}

static void
set_text (GtkWidget  *label,
          const char *text)
{
  gtk_label_set_label (GTK_LABEL (label), text != NULL ? text : "");
  gtk_widget_set_visible (label, text != NULL && *text != '\0');
}

static void
take_text (GtkWidget *label,
           char      *text)
{
  set_text (label, text);
  g_free (text);
}

static void
name_widget (GtkWidget *widget,
             char      *name)
{
  gtk_accessible_update_property (GTK_ACCESSIBLE (widget),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  -1);
  g_free (name);
}

static GtkWidget *
wrapped_label (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);

  return label;
}

/* Puts @extra, one of the parts made when first needed, in its place
 * among those made already: the note, then the flags from the most
 * urgent.
 */
static void
ensure_extra (MbcDiaryEntryRow *self,
              GtkWidget        *extra)
{
  GtkWidget *order[] = {
    self->note_box, self->emergency_box, self->two_weeks_box, self->worse_box,
  };
  GtkWidget *after = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (order) && order[i] != extra; i++)
    if (order[i] != NULL)
      after = order[i];

  gtk_box_insert_child_after (GTK_BOX (self->extras_box), extra, after);
}

/* A flag as the guide shows a tier: colour, icon and words. */
static GtkWidget *
flag_new (MbcDiaryEntryRow *self,
          MbcUrgency        urgency,
          const char       *icon_name,
          const char       *words)
{
  GtkWidget *flag = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *icon = mbc_accessible_new_icon (icon_name);
  GtkWidget *title = wrapped_label (words);

  gtk_widget_add_css_class (flag, "tier");
  gtk_widget_add_css_class (flag, mbc_urgency_get_css_class (urgency));
  gtk_widget_add_css_class (flag, "diary-flag");
  gtk_widget_add_css_class (header, "tier-header");
  gtk_widget_add_css_class (title, "heading");
  gtk_box_append (GTK_BOX (header), icon);
  gtk_box_append (GTK_BOX (header), title);
  gtk_box_append (GTK_BOX (flag), header);

  return flag;
}

static void
show_emergency (MbcDiaryEntryRow *self,
                gboolean          shown,
                const char       *number)
{
  g_autofree char *text = NULL;

  if (self->emergency_box == NULL)
    {
      if (!shown)
        return;

      self->emergency_box = flag_new (self, MBC_URGENCY_EMERGENCY,
                                      mbc_urgency_get_icon_name (MBC_URGENCY_EMERGENCY),
                                      mbc_urgency_get_title (MBC_URGENCY_EMERGENCY));
      self->emergency_label = wrapped_label (NULL);
      gtk_box_append (GTK_BOX (self->emergency_box), self->emergency_label);
      ensure_extra (self, self->emergency_box);
    }

  gtk_widget_set_visible (self->emergency_box, shown);
  if (!shown)
    return;

  /* Translators: shown on a diary entry of a sign that needs help at
   * once; %s is the emergency number, such as 911.
   */
  text = g_strdup_printf (_("Call %s, or get medical help right away."), number);
  gtk_label_set_label (GTK_LABEL (self->emergency_label), text);
}

static void
show_two_weeks (MbcDiaryEntryRow *self,
                gboolean          shown,
                gboolean          can_ask)
{
  if (self->two_weeks_box == NULL)
    {

      if (!shown)
        return;

      self->two_weeks_box = flag_new (self, MBC_URGENCY_CALL, "alarm-symbolic",
                                      /* Translators: shown on a diary entry for a
                                       * sign written down on days more than two
                                       * weeks apart.
                                       */
                                      _("More than two weeks: tell your care team"));
      self->ask_button = mbc_page_text_button ("list-add-symbolic", _("Add to My Questions"));
      gtk_widget_set_halign (self->ask_button, GTK_ALIGN_START);
      gtk_widget_add_css_class (self->ask_button, "touch-target");
      gtk_box_append (GTK_BOX (self->two_weeks_box), self->ask_button);
      ensure_extra (self, self->two_weeks_box);
    }

  gtk_widget_set_visible (self->two_weeks_box, shown);
  gtk_widget_set_visible (self->ask_button, can_ask);
}

static void
show_worse (MbcDiaryEntryRow *self,
            gboolean          shown)
{
  if (self->worse_box == NULL)
    {
      if (!shown)
        return;

      self->worse_box = flag_new (self, MBC_URGENCY_CALL, "call-start-symbolic",
                                  /* Translators: shown on a diary entry of a sign
                                   * the guide says to call about, when it is worse
                                   * than the entry before it.
                                   */
                                  _("Worse than last time: call your care team today"));
      ensure_extra (self, self->worse_box);
    }

  gtk_widget_set_visible (self->worse_box, shown);
}

static void
bind_note (MbcDiaryEntryRow *self,
           const char       *note)
{
  gboolean long_note;

  if (self->note_box == NULL)
    {
      if (note == NULL)
        return;

      self->note_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
      self->note_label = gtk_label_new (NULL);
      gtk_label_set_xalign (GTK_LABEL (self->note_label), 0);
      gtk_label_set_wrap_mode (GTK_LABEL (self->note_label), PANGO_WRAP_WORD_CHAR);
      gtk_widget_set_hexpand (self->note_label, TRUE);
      gtk_box_append (GTK_BOX (self->note_box), self->note_label);
      self->note_more = gtk_toggle_button_new_with_label (_("Show All"));
      gtk_widget_set_valign (self->note_more, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (self->note_more, "flat");
      gtk_widget_add_css_class (self->note_more, "touch-target");
      g_signal_connect_object (self->note_more, "toggled", G_CALLBACK (note_more_toggled_cb), self,
                               G_CONNECT_SWAPPED);
      gtk_box_append (GTK_BOX (self->note_box), self->note_more);
      ensure_extra (self, self->note_box);
    }

  gtk_widget_set_visible (self->note_box, note != NULL);
  if (note == NULL)
    return;

  long_note = strchr (note, '\n') != NULL || g_utf8_strlen (note, -1) > SHORT_NOTE;
  gtk_label_set_label (GTK_LABEL (self->note_label), note);
  gtk_widget_set_tooltip_text (self->note_label, long_note ? note : NULL);
  gtk_widget_set_visible (self->note_more, long_note);

  /* Each entry starts folded, whatever the row showed before it. */
  g_signal_handlers_block_by_func (self->note_more, note_more_toggled_cb, self);
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (self->note_more), FALSE);
  g_signal_handlers_unblock_by_func (self->note_more, note_more_toggled_cb, self);
  show_note_whole (self, !long_note);
}

void
mbc_diary_entry_row_bind (MbcDiaryEntryRow *self,
                          MbcDiary         *diary,
                          MbcDiaryEntry    *entry,
                          gboolean          first_of_day,
                          const char       *emergency_number,
                          gboolean          read_only)
{
  g_autoptr(GDateTime) when = NULL;
  g_autofree char *time_text = NULL;
  g_autofree char *day = NULL;
  g_autofree char *words = NULL;
  const char *label;
  MbcDiaryKind kind;
  MbcDiaryFlags flags;
  int urgency;
  int severity;
  int interference;

  g_return_if_fail (MBC_IS_DIARY_ENTRY_ROW (self));
  g_return_if_fail (MBC_IS_DIARY (diary));
  g_return_if_fail (MBC_IS_DIARY_ENTRY (entry));

  kind = mbc_diary_entry_get_kind (entry);
  label = mbc_diary_get_label (diary, entry);
  if (label == NULL || *label == '\0')
    label = kind_text (kind);
  flags = mbc_diary_get_flags (diary, entry);
  urgency = mbc_diary_get_urgency (diary, entry);
  severity = mbc_diary_entry_get_severity (entry);
  interference = mbc_diary_entry_get_interference (entry);

  if (first_of_day)
    day = mbc_diary_entry_row_dup_day_text (mbc_diary_entry_get_day (entry));

  /* Everything the row's words are made of, the language among them
   * (through one of its translated words): the same again, and the row
   * already shows it.
   */
  words = g_strdup_printf ("%s\x1f%s\x1f%s\x1f%u\x1f%d\x1f%d\x1f%s", label != NULL ? label : "",
                           day != NULL ? day : "", emergency_number != NULL ? emergency_number : "",
                           flags, urgency, read_only, _("How bad: %d of 10"));
  if (self->entry == entry && g_strcmp0 (self->shown_words, words) == 0)
    return;
  g_set_object (&self->entry, entry);
  g_free (self->shown_words);
  self->shown_words = g_steal_pointer (&words);

  gtk_widget_set_visible (self->day_label, first_of_day);
  if (first_of_day)
    gtk_label_set_label (GTK_LABEL (self->day_label), day);

  when = g_date_time_new_from_unix_local (mbc_diary_entry_get_when (entry));
  /* Translators: the time of day of a diary entry, in the format of
   * g_date_time_format(); "%l:%M %p" gives "2:05 PM".
   */
  time_text = g_date_time_format (when, C_("diary entry time", "%H:%M"));
  gtk_label_set_label (GTK_LABEL (self->time_label), time_text);

  set_text (self->title_label, label);
  /* How the person feels overall, said once: the diary's words for it
   * are its title when the person wrote none of their own.
   */
  if (kind == MBC_DIARY_KIND_OVERALL && *mbc_diary_entry_get_label (entry) == '\0')
    set_text (self->kind_label, NULL);
  else
    set_text (self->kind_label, kind_text (kind));

  gtk_widget_set_visible (self->tier_box, urgency >= 0 && urgency < MBC_N_URGENCIES);
  for (MbcUrgency u = 0; u < MBC_N_URGENCIES; u++)
    if (u != (MbcUrgency) urgency)
      gtk_widget_remove_css_class (self->tier_box, mbc_urgency_get_css_class (u));
  if (urgency >= 0 && urgency < MBC_N_URGENCIES)
    {
      gtk_widget_add_css_class (self->tier_box, mbc_urgency_get_css_class (urgency));
      gtk_image_set_from_icon_name (GTK_IMAGE (self->tier_icon),
                                    mbc_urgency_get_icon_name (urgency));
      gtk_label_set_label (GTK_LABEL (self->tier_label), mbc_urgency_get_title (urgency));
    }

  if (kind == MBC_DIARY_KIND_OVERALL)
    /* Translators: how the person felt overall, 0 (very poorly) to 10
     * (very well).
     */
    take_text (self->severity_label, g_strdup_printf (_("Overall: %d of 10"), severity));
  else
    /* Translators: how bad a sign was, 0 (none) to 10 (the worst you
     * can imagine).
     */
    take_text (self->severity_label, g_strdup_printf (_("How bad: %d of 10"), severity));
  gtk_level_bar_set_value (GTK_LEVEL_BAR (self->severity_bar), severity);

  if (interference != MBC_DIARY_SCORE_NONE)
    /* Translators: how much a sign got in the way of daily life, 0 (not
     * at all) to 10 (completely).
     */
    take_text (self->interference_label, g_strdup_printf (_("Got in the way of daily life: %d of 10"),
                                                          interference));
  else
    set_text (self->interference_label, NULL);

  if (mbc_diary_entry_get_medicines (entry) != NULL)
    /* Translators: %s is what the person wrote about the medicines taken. */
    take_text (self->medicines_label, g_strdup_printf (_("Medicines: %s"),
                                                       mbc_diary_entry_get_medicines (entry)));
  else
    set_text (self->medicines_label, NULL);

  bind_note (self, mbc_diary_entry_get_note (entry));

  show_emergency (self, (flags & MBC_DIARY_FLAG_EMERGENCY) != 0,
                  emergency_number != NULL ? emergency_number : "911");
  show_two_weeks (self, (flags & MBC_DIARY_FLAG_TWO_WEEKS) != 0, !read_only);
  show_worse (self, (flags & MBC_DIARY_FLAG_WORSE) != 0);
  gtk_widget_set_visible (self->extras_box,
                          mbc_diary_entry_get_note (entry) != NULL ||
                          (flags & (MBC_DIARY_FLAG_EMERGENCY | MBC_DIARY_FLAG_TWO_WEEKS |
                                    MBC_DIARY_FLAG_WORSE)) != 0);

  gtk_widget_set_visible (self->edit_button, !read_only);
  gtk_widget_set_visible (self->delete_button, !read_only);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->edit_button), "x",
                                    mbc_diary_entry_get_id (entry));
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->delete_button), "x",
                                    mbc_diary_entry_get_id (entry));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->edit_button), "diary.edit");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->delete_button), "diary.delete");

  /* Translators: what a screen reader says for an entry of the diary
   * as the focus comes to it; %1$s is the sign, %2$s the time.
   */
  name_widget (GTK_WIDGET (self), g_strdup_printf (_("%1$s, %2$s"), label, time_text));
  /* Every control says which entry it is for, as a screen reader lists
   * the controls of a page out of context.
   */
  /* Translators: what a screen reader says for the button that changes
   * a diary entry; %1$s is the sign, %2$s the time.
   */
  name_widget (self->edit_button, g_strdup_printf (_("Change: %1$s, %2$s"), label, time_text));
  /* Translators: %1$s is the sign of a diary entry, %2$s its time. */
  name_widget (self->delete_button, g_strdup_printf (_("Delete: %1$s, %2$s"), label, time_text));
  if (self->ask_button != NULL)
    {
      g_autofree char *key = mbc_diary_entry_dup_sign_key (entry);

      /* The target first: a name without its target would be a mismatch. */
      gtk_actionable_set_action_target (GTK_ACTIONABLE (self->ask_button), "s", key);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (self->ask_button), "diary.ask");
      /* Translators: %s is a sign of the diary. */
      name_widget (self->ask_button, g_strdup_printf (_("Add a question about “%s” to My Questions"),
                                                      label));
    }
}

MbcDiaryEntry *
mbc_diary_entry_row_get_entry (MbcDiaryEntryRow *self)
{
  g_return_val_if_fail (MBC_IS_DIARY_ENTRY_ROW (self), NULL);

  return self->entry;
}
