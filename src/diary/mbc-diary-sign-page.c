/* mbc-diary-sign-page.c: one sign of the diary, its course and what the
 * guide says about it
 *
 * The page asks the diary for the sign's whole course once when it is
 * shown and once after each change of that sign; the chart then works
 * out the span, and the figures and the table below it are the chart's
 * own, so that what is drawn and what a screen reader reads agree.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n-lib.h>

#include "mbc-accessible.h"
#include "mbc-diary-day-row.h"
#include "mbc-diary-sign-page.h"
#include "mbc-emergency-number.h"
#include "mbc-urgency.h"

/* An import adds thousands of entries at once: past this many, the page
 * looks the sign up again rather than look at each.
 */
#define MAX_ENTRIES_TO_CHECK 256
/* The table shows a month of days at first, and the rest when asked. */
#define FIRST_DAYS_SHOWN 31

struct _MbcDiarySignPage
{
  GtkWidget      parent_instance;

  MbcDiary      *diary;
  char          *key;
  GSettings     *settings;
  /* The sign's whole course, or NULL when it has no entry. */
  MbcDiarySign  *sign;
  const char    *tier_class;
  guint          update_id;
  gboolean       update_when_mapped;
  /* The day the spans ended on when last shown: each ends today. */
  guint32        shown_today;
  gboolean       show_all_days;

  GtkWidget     *box;
  GtkLabel      *title_label;
  GtkLabel      *kind_label;
  GtkWidget     *tier_box;
  GtkImage      *tier_icon;
  GtkLabel      *tier_title;
  GtkLabel      *tier_advice;
  GtkLabel      *emergency_label;
  GtkScrolledWindow *scroller;
  GtkWidget     *two_weeks_box;
  GtkWidget     *ask_button;
  GtkWidget     *worse_box;
  GtkToggleButton *two_weeks_button;
  GtkToggleButton *three_months_button;
  GtkToggleButton *year_button;
  MbcDiaryChart *chart;
  GtkLabel      *scale_label;
  GtkLabel      *empty_label;
  GtkWidget     *figures_box;
  GtkLabel      *figures_heading;
  AdwActionRow  *first_row;
  AdwActionRow  *last_row;
  AdwActionRow  *days_row;
  AdwActionRow  *worst_row;
  AdwActionRow  *latest_row;
  GtkWidget     *days_box;
  GtkListBox    *days_list;
  GtkWidget     *more_button;
};

G_DEFINE_FINAL_TYPE (MbcDiarySignPage, mbc_diary_sign_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_DIARY,
  PROP_KEY,
  PROP_SETTINGS,
  PROP_SPAN,
  N_PROPS
};

static GParamSpec *props[N_PROPS];

static char *
format_score (int score)
{
  /* Translators: a severity on the diary's scale, as in "7 of 10". */
  return g_strdup_printf (_("%d of 10"), score);
}

static gboolean
is_overall (MbcDiarySignPage *self)
{
  return self->sign != NULL && self->sign->kind == MBC_DIARY_KIND_OVERALL;
}

static void
clear_days (MbcDiarySignPage *self)
{
  GtkWidget *row;

  while ((row = gtk_widget_get_first_child (GTK_WIDGET (self->days_list))) != NULL)
    gtk_list_box_remove (self->days_list, row);
}

static const char *
span_heading (MbcDiarySpan span)
{
  switch (span)
    {
    case MBC_DIARY_SPAN_TWO_WEEKS:
      /* Translators: a heading over the figures of a sign. */
      return _("In the Last Two Weeks");

    case MBC_DIARY_SPAN_THREE_MONTHS:
      /* Translators: a heading over the figures of a sign. */
      return _("In the Last Three Months");

    case MBC_DIARY_SPAN_YEAR:
    default:
      /* Translators: a heading over the figures of a sign. */
      return _("In the Last Year");
    }
}

/* The figures and the table of the span the chart shows. */
static void
show_span (MbcDiarySignPage *self)
{
  MbcDiarySpan span = mbc_diary_chart_get_span (self->chart);
  const MbcDiaryChartDay *days;
  guint n_days;
  guint n_rows;

  days = mbc_diary_chart_get_days (self->chart, &n_days);
  clear_days (self);

  gtk_widget_set_visible (self->figures_box, n_days > 0);
  gtk_widget_set_visible (self->days_box, n_days > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->empty_label), self->key != NULL && n_days == 0);

  if (n_days == 0)
    {
      g_autofree char *empty = NULL;

      if (self->sign == NULL)
        empty = g_strdup (_("Nothing is recorded for this sign."));
      else
        /* Translators: %s is a span such as "the last two weeks". */
        empty = g_strdup_printf (_("Nothing recorded in %s."), mbc_diary_span_get_words (span));
      gtk_label_set_text (self->empty_label, empty);
      return;
    }

  {
    g_autofree char *first = mbc_diary_day_format (days[0].day);
    g_autofree char *last = mbc_diary_day_format (days[n_days - 1].day);
    g_autofree char *count = g_strdup_printf ("%u", n_days);
    g_autofree char *worst = format_score (mbc_diary_chart_get_worst (self->chart));
    g_autofree char *latest = format_score (mbc_diary_chart_get_latest (self->chart));

    gtk_label_set_text (self->figures_heading, span_heading (span));
    adw_action_row_set_subtitle (self->first_row, first);
    adw_action_row_set_subtitle (self->last_row, last);
    adw_action_row_set_subtitle (self->days_row, count);
    adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->worst_row),
                                   is_overall (self) ?
                                   /* Translators: how a person felt at their lowest, 0 to 10. */
                                   _("Lowest") :
                                   /* Translators: the worst severity of a sign, 0 to 10. */
                                   _("Worst"));
    adw_action_row_set_subtitle (self->worst_row, worst);
    adw_action_row_set_subtitle (self->latest_row, latest);
  }

  /* Newest first, as the diary's timeline: the day a person most wants
   * to hear about comes first. A year of days is shown when asked for:
   * a row is made for each day shown.
   */
  n_rows = self->show_all_days ? n_days : MIN (n_days, FIRST_DAYS_SHOWN);
  for (guint i = n_days; i > n_days - n_rows; i--)
    gtk_list_box_append (self->days_list, mbc_diary_day_row_new (&days[i - 1], is_overall (self)));

  gtk_widget_set_visible (self->more_button, n_rows < n_days);
  if (n_rows < n_days)
    {
      g_autofree char *more = NULL;

      /* Translators: a button under the first days of a sign's table. */
      more = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Show All %u Days", "Show All %u Days",
                                           n_days),
                              n_days);
      gtk_button_set_label (GTK_BUTTON (self->more_button), more);
    }
}

static void
show_emergency_number (MbcDiarySignPage *self)
{
  gboolean emergency = self->sign != NULL &&
                       ((self->sign->flags & MBC_DIARY_FLAG_EMERGENCY) != 0 ||
                        self->sign->urgency == MBC_URGENCY_EMERGENCY);

  if (emergency && self->settings != NULL)
    {
      g_autofree char *number = mbc_emergency_number_dup (self->settings);
      /* Translators: under "Get help now" on a sign's page; %s is the
       * emergency telephone number, such as 911 or 112.
       */
      g_autofree char *text = g_strdup_printf (_("Emergency number: %s"), number);

      gtk_label_set_text (self->emergency_label, text);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->emergency_label), emergency && self->settings != NULL);
}

static void
show_tier (MbcDiarySignPage *self)
{
  int urgency = self->sign != NULL ? self->sign->urgency : -1;

  if (self->tier_class != NULL)
    gtk_widget_remove_css_class (self->tier_box, self->tier_class);
  self->tier_class = NULL;

  if (self->sign != NULL && (self->sign->flags & MBC_DIARY_FLAG_EMERGENCY) != 0)
    urgency = MBC_URGENCY_EMERGENCY;

  gtk_widget_set_visible (self->tier_box, urgency >= 0 && urgency < MBC_N_URGENCIES);
  if (urgency < 0 || urgency >= MBC_N_URGENCIES)
    return;

  self->tier_class = mbc_urgency_get_css_class (urgency);
  gtk_widget_add_css_class (self->tier_box, self->tier_class);
  gtk_image_set_from_icon_name (self->tier_icon, mbc_urgency_get_icon_name (urgency));
  gtk_label_set_text (self->tier_title, mbc_urgency_get_title (urgency));
  gtk_label_set_text (self->tier_advice, mbc_urgency_get_advice (urgency));
  show_emergency_number (self);
}

static const char *
kind_words (MbcDiaryKind kind)
{
  switch (kind)
    {
    case MBC_DIARY_KIND_SIDE_EFFECT:
      return _("A side effect of treatment");

    case MBC_DIARY_KIND_OWN:
      return _("In your own words");

    case MBC_DIARY_KIND_SIGN:
    case MBC_DIARY_KIND_OVERALL:
    default:
      return NULL;
    }
}

/* The sign's words, its tier and what the guide says of it. */
static void
show_sign (MbcDiarySignPage *self)
{
  MbcDiarySign *sign = self->sign;
  const char *kind = sign != NULL ? kind_words (sign->kind) : NULL;
  const char *title = "";

  if (sign != NULL && sign->label != NULL && *sign->label != '\0')
    title = sign->label;
  else if (sign != NULL && sign->kind == MBC_DIARY_KIND_OVERALL)
    title = _("How You Feel Overall");

  gtk_label_set_text (self->title_label, title);
  gtk_widget_set_visible (GTK_WIDGET (self->kind_label), kind != NULL);
  gtk_label_set_text (self->kind_label, kind != NULL ? kind : "");

  show_tier (self);

  gtk_widget_set_visible (self->two_weeks_box,
                          sign != NULL && (sign->flags & MBC_DIARY_FLAG_TWO_WEEKS) != 0);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->ask_button), "s",
                                    self->key != NULL ? self->key : "");
  gtk_widget_set_visible (self->worse_box,
                          sign != NULL && (sign->flags & MBC_DIARY_FLAG_WORSE) != 0);

  if (is_overall (self))
    gtk_label_set_text (self->scale_label, _("0 means very poorly and 10 very well."));
  else
    gtk_label_set_text (self->scale_label, _("0 means none and 10 the worst you can imagine."));
}

/* Looks the sign up in the diary again and shows it. */
static void
update (MbcDiarySignPage *self)
{
  g_clear_handle_id (&self->update_id, g_source_remove);
  self->update_when_mapped = FALSE;
  self->shown_today = mbc_diary_today ();

  g_clear_pointer (&self->sign, mbc_diary_sign_free);
  if (self->diary != NULL && self->key != NULL)
    {
      guint32 year = mbc_diary_span_get_first_day (MBC_DIARY_SPAN_YEAR, mbc_diary_today ());

      /* The longest span is all the chart needs; the flags and the words
       * are those of the sign's latest entry whatever the span. A sign
       * last recorded longer ago still has its words and its tier.
       */
      self->sign = mbc_diary_dup_sign (self->diary, self->key,
                                       mbc_diary_day_get_start (year), G_MAXINT64);
      if (self->sign == NULL)
        self->sign = mbc_diary_dup_sign (self->diary, self->key, G_MININT64, G_MAXINT64);
    }

  mbc_diary_chart_set_sign (self->chart, self->sign);
  show_sign (self);
  show_span (self);
}

static gboolean
update_cb (gpointer data)
{
  MbcDiarySignPage *self = data;

  self->update_id = 0;

  /* A page nobody sees waits until it is shown again. */
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    update (self);
  else
    self->update_when_mapped = TRUE;

  return G_SOURCE_REMOVE;
}

/* Many changes at once (an import, an undo) make one update, before the
 * next frame is drawn.
 */
static void
queue_update (MbcDiarySignPage *self)
{
  if (self->update_id != 0)
    return;

  self->update_id = g_idle_add_full (GDK_PRIORITY_REDRAW - 10, update_cb, self, NULL);
}

static void
items_changed_cb (GListModel       *entries,
                  guint             position,
                  guint             removed,
                  guint             added,
                  MbcDiarySignPage *self)
{
  if (self->key == NULL)
    return;

  /* What was removed is gone and cannot be asked which sign it was. */
  if (removed > 0 || added > MAX_ENTRIES_TO_CHECK)
    {
      queue_update (self);
      return;
    }

  for (guint i = position; i < position + added; i++)
    {
      g_autoptr(MbcDiaryEntry) entry = g_list_model_get_item (entries, i);
      g_autofree char *key = mbc_diary_entry_dup_sign_key (entry);

      if (g_strcmp0 (key, self->key) == 0)
        {
          queue_update (self);
          return;
        }
    }
}

static void
emergency_number_changed_cb (GSettings        *settings,
                             const char       *key,
                             MbcDiarySignPage *self)
{
  show_emergency_number (self);
}

static void
span_toggled_cb (MbcDiarySignPage *self,
                 GtkToggleButton  *button)
{
  MbcDiarySpan span;

  /* The button that goes up toggles too. */
  if (!gtk_toggle_button_get_active (button))
    return;

  if (button == self->year_button)
    span = MBC_DIARY_SPAN_YEAR;
  else if (button == self->three_months_button)
    span = MBC_DIARY_SPAN_THREE_MONTHS;
  else
    span = MBC_DIARY_SPAN_TWO_WEEKS;

  if (span == mbc_diary_chart_get_span (self->chart))
    return;

  mbc_diary_chart_set_span (self->chart, span);
  self->show_all_days = FALSE;
  show_span (self);
  g_object_notify_by_pspec (G_OBJECT (self), props[PROP_SPAN]);
}

static void
show_all_days_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  MbcDiarySignPage *self = MBC_DIARY_SIGN_PAGE (widget);

  self->show_all_days = TRUE;
  show_span (self);
}

GtkWidget *
mbc_diary_sign_page_new (void)
{
  return g_object_new (MBC_TYPE_DIARY_SIGN_PAGE, NULL);
}

MbcDiary *
mbc_diary_sign_page_get_diary (MbcDiarySignPage *self)
{
  g_return_val_if_fail (MBC_IS_DIARY_SIGN_PAGE (self), NULL);

  return self->diary;
}

void
mbc_diary_sign_page_set_diary (MbcDiarySignPage *self,
                               MbcDiary         *diary)
{
  g_return_if_fail (MBC_IS_DIARY_SIGN_PAGE (self));
  g_return_if_fail (diary == NULL || MBC_IS_DIARY (diary));

  if (self->diary == diary)
    return;

  if (self->diary != NULL)
    g_signal_handlers_disconnect_by_func (self->diary, items_changed_cb, self);
  g_set_object (&self->diary, diary);
  if (diary != NULL)
    g_signal_connect_object (diary, "items-changed", G_CALLBACK (items_changed_cb), self, 0);

  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), props[PROP_DIARY]);
}

const char *
mbc_diary_sign_page_get_key (MbcDiarySignPage *self)
{
  g_return_val_if_fail (MBC_IS_DIARY_SIGN_PAGE (self), NULL);

  return self->key;
}

void
mbc_diary_sign_page_set_key (MbcDiarySignPage *self,
                             const char       *key)
{
  GtkAdjustment *adjustment;

  g_return_if_fail (MBC_IS_DIARY_SIGN_PAGE (self));

  if (g_strcmp0 (self->key, key) == 0)
    return;

  g_free (self->key);
  self->key = g_strdup (key);
  self->show_all_days = FALSE;

  update (self);

  /* Another sign is read from its top. */
  adjustment = gtk_scrolled_window_get_vadjustment (self->scroller);
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_lower (adjustment));

  g_object_notify_by_pspec (G_OBJECT (self), props[PROP_KEY]);
}

GSettings *
mbc_diary_sign_page_get_settings (MbcDiarySignPage *self)
{
  g_return_val_if_fail (MBC_IS_DIARY_SIGN_PAGE (self), NULL);

  return self->settings;
}

void
mbc_diary_sign_page_set_settings (MbcDiarySignPage *self,
                                  GSettings        *settings)
{
  g_return_if_fail (MBC_IS_DIARY_SIGN_PAGE (self));
  g_return_if_fail (settings == NULL || G_IS_SETTINGS (settings));

  if (self->settings == settings)
    return;

  if (self->settings != NULL)
    g_signal_handlers_disconnect_by_func (self->settings, emergency_number_changed_cb, self);
  g_set_object (&self->settings, settings);
  if (settings != NULL)
    g_signal_connect_object (settings, "changed::emergency-number",
                             G_CALLBACK (emergency_number_changed_cb), self, 0);

  show_emergency_number (self);
  g_object_notify_by_pspec (G_OBJECT (self), props[PROP_SETTINGS]);
}

MbcDiarySpan
mbc_diary_sign_page_get_span (MbcDiarySignPage *self)
{
  g_return_val_if_fail (MBC_IS_DIARY_SIGN_PAGE (self), MBC_DIARY_SPAN_TWO_WEEKS);

  return mbc_diary_chart_get_span (self->chart);
}

void
mbc_diary_sign_page_set_span (MbcDiarySignPage *self,
                              MbcDiarySpan      span)
{
  g_return_if_fail (MBC_IS_DIARY_SIGN_PAGE (self));

  /* The button's "toggled" does the rest, as when a person presses it. */
  switch (span)
    {
    case MBC_DIARY_SPAN_TWO_WEEKS:
      gtk_toggle_button_set_active (self->two_weeks_button, TRUE);
      break;

    case MBC_DIARY_SPAN_THREE_MONTHS:
      gtk_toggle_button_set_active (self->three_months_button, TRUE);
      break;

    case MBC_DIARY_SPAN_YEAR:
      gtk_toggle_button_set_active (self->year_button, TRUE);
      break;

    default:
      g_return_if_reached ();
    }
}

static void
mbc_diary_sign_page_map (GtkWidget *widget)
{
  MbcDiarySignPage *self = MBC_DIARY_SIGN_PAGE (widget);

  GTK_WIDGET_CLASS (mbc_diary_sign_page_parent_class)->map (widget);

  /* Changed while hidden, or shown again on another day. */
  if (self->update_when_mapped || self->shown_today != mbc_diary_today ())
    update (self);
}

static void
mbc_diary_sign_page_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  MbcDiarySignPage *self = MBC_DIARY_SIGN_PAGE (object);

  switch (prop_id)
    {
    case PROP_DIARY:
      g_value_set_object (value, self->diary);
      break;

    case PROP_KEY:
      g_value_set_string (value, self->key);
      break;

    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;

    case PROP_SPAN:
      g_value_set_enum (value, mbc_diary_sign_page_get_span (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mbc_diary_sign_page_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  MbcDiarySignPage *self = MBC_DIARY_SIGN_PAGE (object);

  switch (prop_id)
    {
    case PROP_DIARY:
      mbc_diary_sign_page_set_diary (self, g_value_get_object (value));
      break;

    case PROP_KEY:
      mbc_diary_sign_page_set_key (self, g_value_get_string (value));
      break;

    case PROP_SETTINGS:
      mbc_diary_sign_page_set_settings (self, g_value_get_object (value));
      break;

    case PROP_SPAN:
      mbc_diary_sign_page_set_span (self, g_value_get_enum (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mbc_diary_sign_page_dispose (GObject *object)
{
  MbcDiarySignPage *self = MBC_DIARY_SIGN_PAGE (object);

  g_clear_handle_id (&self->update_id, g_source_remove);
  if (self->diary != NULL)
    g_signal_handlers_disconnect_by_func (self->diary, items_changed_cb, self);
  if (self->settings != NULL)
    g_signal_handlers_disconnect_by_func (self->settings, emergency_number_changed_cb, self);

  gtk_widget_dispose_template (GTK_WIDGET (self), MBC_TYPE_DIARY_SIGN_PAGE);

  g_clear_object (&self->diary);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->sign, mbc_diary_sign_free);

  G_OBJECT_CLASS (mbc_diary_sign_page_parent_class)->dispose (object);
}

static void
mbc_diary_sign_page_finalize (GObject *object)
{
  MbcDiarySignPage *self = MBC_DIARY_SIGN_PAGE (object);

  g_free (self->key);

  G_OBJECT_CLASS (mbc_diary_sign_page_parent_class)->finalize (object);
}

static void
mbc_diary_sign_page_class_init (MbcDiarySignPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mbc_diary_sign_page_dispose;
  object_class->finalize = mbc_diary_sign_page_finalize;
  object_class->get_property = mbc_diary_sign_page_get_property;
  object_class->set_property = mbc_diary_sign_page_set_property;

  widget_class->map = mbc_diary_sign_page_map;

  props[PROP_DIARY] =
    g_param_spec_object ("diary", NULL, NULL,
                         MBC_TYPE_DIARY,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* The sign shown, as mbc_diary_entry_dup_sign_key() gives it. */
  props[PROP_KEY] =
    g_param_spec_string ("key", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* The guide's settings, for the emergency number. */
  props[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL,
                         G_TYPE_SETTINGS,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* How far back the chart and the table look. */
  props[PROP_SPAN] =
    g_param_spec_enum ("span", NULL, NULL,
                       MBC_TYPE_DIARY_SPAN, MBC_DIARY_SPAN_TWO_WEEKS,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, props);

  g_type_ensure (MBC_TYPE_DIARY_CHART);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/mbc-diary-sign-page.ui");
  gtk_widget_class_bind_template_child (widget_class, MbcDiarySignPage, box);
  gtk_widget_class_bind_template_child (widget_class, MbcDiarySignPage, title_label);
  gtk_widget_class_bind_template_child (widget_class, MbcDiarySignPage, kind_label);
  gtk_widget_class_bind_template_child (widget_class, MbcDiarySignPage, tier_box);
  gtk_widget_class_bind_template_child (widget_class, MbcDiarySignPage, tier_icon);
  gtk_widget_class_bind_template_child (widget_class, MbcDiarySignPage, tier_title);
  gtk_widget_class_bind_template_child (widget_class, MbcDiarySignPage, tier_advice);
  gtk_widget_class_bind_template_child (widget_class, MbcDiarySignPage, emergency_label);
  gtk_widget_class_bind_template_child (widget_class, MbcDiarySignPage, scroller);
  gtk_widget_class_bind_template_child (widget_class, MbcDiarySignPage, two_weeks_box);
  gtk_widget_class_bind_template_child (widget_class, MbcDiarySignPage, ask_button);
  gtk_widget_class_bind_template_child (widget_class, MbcDiarySignPage, worse_box);
  gtk_widget_class_bind_template_child (widget_class, MbcDiarySignPage, two_weeks_button);
  gtk_widget_class_bind_template_child (widget_class, MbcDiarySignPage, three_months_button);
  gtk_widget_class_bind_template_child (widget_class, MbcDiarySignPage, year_button);
  gtk_widget_class_bind_template_child (widget_class, MbcDiarySignPage, chart);
  gtk_widget_class_bind_template_child (widget_class, MbcDiarySignPage, scale_label);
  gtk_widget_class_bind_template_child (widget_class, MbcDiarySignPage, empty_label);
  gtk_widget_class_bind_template_child (widget_class, MbcDiarySignPage, figures_box);
  gtk_widget_class_bind_template_child (widget_class, MbcDiarySignPage, figures_heading);
  gtk_widget_class_bind_template_child (widget_class, MbcDiarySignPage, first_row);
  gtk_widget_class_bind_template_child (widget_class, MbcDiarySignPage, last_row);
  gtk_widget_class_bind_template_child (widget_class, MbcDiarySignPage, days_row);
  gtk_widget_class_bind_template_child (widget_class, MbcDiarySignPage, worst_row);
  gtk_widget_class_bind_template_child (widget_class, MbcDiarySignPage, latest_row);
  gtk_widget_class_bind_template_child (widget_class, MbcDiarySignPage, days_box);
  gtk_widget_class_bind_template_child (widget_class, MbcDiarySignPage, days_list);
  gtk_widget_class_bind_template_child (widget_class, MbcDiarySignPage, more_button);
  gtk_widget_class_bind_template_callback (widget_class, span_toggled_cb);

  gtk_widget_class_install_action (widget_class, "sign-page.show-all-days", NULL,
                                   show_all_days_action);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "mbcdiarysignpage");
}

static void
mbc_diary_sign_page_init (MbcDiarySignPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  mbc_accessible_name_mnemonics (GTK_WIDGET (self));

  update (self);
}
