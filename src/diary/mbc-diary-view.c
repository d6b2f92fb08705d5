/* mbc-diary-view.c: My Diary, the person's symptom and side-effect diary
 *
 * The timeline (mbc-diary-timeline.c) makes rows only around what is on
 * screen and reuses them, so that years of entries open and scroll as
 * fast as a few. Nothing a row shows scans the diary: the day's heading
 * compares the entry with the one before it, and the flags come from
 * the diary, which keeps them. The view's actions are in
 * mbc-diary-view-actions.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "mbc-accessible.h"
#include "mbc-diary-entry-row.h"
#include "mbc-diary-sign-page.h"
#include "mbc-diary-timeline.h"
#include "mbc-diary-view-private.h"
#include "mbc-emergency-number.h"
#include "mbc-focus.h"
#include "mbc-page-mark.h"
#include "mbc-urgency.h"

/* The span of the list of signs at the top: recent enough to matter at
 * the next visit.
 */
#define RECENT_DAYS 92

G_DEFINE_FINAL_TYPE (MbcDiaryView, mbc_diary_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_DIARY,
  PROP_QUESTIONS,
  PROP_SETTINGS,
  PROP_SIGN_KEY,
  N_PROPS
};

static GParamSpec *props[N_PROPS];

/* Whether the entry at @position is the newest of its day, and so heads
 * it: the one before it in the list, newer, is of another day.
 */
static gboolean
first_of_day (MbcDiaryView  *self,
              guint          position,
              MbcDiaryEntry *entry)
{
  g_autoptr(MbcDiaryEntry) before = NULL;

  if (position == 0)
    return TRUE;

  before = g_list_model_get_item (G_LIST_MODEL (self->diary), position - 1);

  return before == NULL || mbc_diary_entry_get_day (before) != mbc_diary_entry_get_day (entry);
}

static GtkWidget *
make_row_cb (gpointer data)
{
  return mbc_diary_entry_row_new ();
}

static void
bind_row_cb (GtkWidget *row,
             guint      position,
             gpointer   item,
             gpointer   data)
{
  MbcDiaryView *self = data;

  if (self->diary == NULL)
    return;

  mbc_diary_entry_row_bind (MBC_DIARY_ENTRY_ROW (row), self->diary, item,
                            first_of_day (self, position, item),
                            self->emergency_number,
                            mbc_diary_get_read_only (self->diary));
  /* The search opens an entry at its row (mbc_diary_view_show_entry()). */
  {
    char id[24];

    g_snprintf (id, sizeof id, "%" G_GINT64_FORMAT, mbc_diary_entry_get_id (item));
    mbc_page_mark_set_key (row, "diary-entry", id);
  }
}

/* Shows again the rows on screen from @from to @to, before the next
 * frame: only those on screen, whatever the size of the diary; a row
 * whose words are the same keeps its text as it is laid out.
 */
static void
queue_rebind (MbcDiaryView *self,
              guint         from,
              guint         to)
{
  mbc_diary_timeline_rebind (MBC_DIARY_TIMELINE (self->timeline), from, to);
}

/* Shows the entry at @position of the diary. */
void
_mbc_diary_view_scroll_to (MbcDiaryView *self,
                           guint         position)
{
  mbc_diary_timeline_scroll_to (MBC_DIARY_TIMELINE (self->timeline), position);
}

static void
append_flag (GtkWidget  *box,
             const char *icon_name,
             const char *words,
             GString    *name)
{
  GtkWidget *line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *icon = mbc_accessible_new_icon (icon_name);
  GtkWidget *label = gtk_label_new (words);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, "caption");
  gtk_box_append (GTK_BOX (line), icon);
  gtk_box_append (GTK_BOX (line), label);
  gtk_box_append (GTK_BOX (box), line);
  g_string_append_printf (name, ". %s", words);
}

static GtkWidget *
sign_row_new (MbcDiarySign *sign)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *title = gtk_label_new (sign->label);
  GtkWidget *latest;
  g_autofree char *latest_text = NULL;
  g_autoptr(GString) name = g_string_new (sign->label);

  gtk_widget_add_css_class (row, "diary-sign");
  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 8);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (title), PANGO_WRAP_WORD_CHAR);
  gtk_widget_add_css_class (title, "heading");
  gtk_box_append (GTK_BOX (box), title);

  if (sign->urgency >= 0 && sign->urgency < MBC_N_URGENCIES)
    {
      GtkWidget *tier = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

      gtk_widget_add_css_class (tier, "diary-tier");
      gtk_widget_add_css_class (tier, mbc_urgency_get_css_class (sign->urgency));
      append_flag (tier, mbc_urgency_get_icon_name (sign->urgency),
                   mbc_urgency_get_title (sign->urgency), name);
      gtk_box_append (GTK_BOX (box), tier);
    }

  /* Translators: in the list of recent signs: the severity of the
   * latest entry, 0 to 10, and on how many days the sign was written down.
   */
  latest_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                              "Latest %d of 10; recorded on %u day",
                                              "Latest %d of 10; recorded on %u days",
                                              sign->n_days),
                                 sign->latest, sign->n_days);
  latest = gtk_label_new (latest_text);
  gtk_label_set_xalign (GTK_LABEL (latest), 0);
  gtk_label_set_wrap (GTK_LABEL (latest), TRUE);
  gtk_widget_add_css_class (latest, "dim-label");
  gtk_box_append (GTK_BOX (box), latest);
  g_string_append_printf (name, ". %s", latest_text);

  /* An emergency is the sign's tier, said above already. */
  if (sign->flags & MBC_DIARY_FLAG_TWO_WEEKS)
    append_flag (box, "alarm-symbolic", _("More than two weeks: tell your care team"), name);
  if (sign->flags & MBC_DIARY_FLAG_WORSE)
    append_flag (box, "call-start-symbolic", _("Worse than last time: call your care team today"),
                 name);

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "s", sign->key);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "diary.show-sign");
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name->str,
                                  -1);

  return row;
}

/* The signs of the last months: a short list, made again after changes,
 * once the frame that shows the change is drawn.
 */
static gboolean
update_signs_cb (gpointer data)
{
  MbcDiaryView *self = data;
  g_autoptr(GPtrArray) signs = NULL;
  GtkWidget *child;
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;

  self->signs_idle = 0;
  self->signs_stale = FALSE;

  while ((child = gtk_widget_get_first_child (self->signs_list)) != NULL)
    gtk_list_box_remove (GTK_LIST_BOX (self->signs_list), child);

  if (self->diary != NULL && mbc_diary_get_loaded (self->diary))
    signs = mbc_diary_dup_signs (self->diary, now - (gint64) RECENT_DAYS * 24 * 60 * 60,
                                 G_MAXINT64);

  for (guint i = 0; signs != NULL && i < signs->len; i++)
    gtk_list_box_append (GTK_LIST_BOX (self->signs_list),
                         sign_row_new (g_ptr_array_index (signs, i)));

  gtk_widget_set_visible (self->signs_heading, signs != NULL && signs->len > 0);
  gtk_widget_set_visible (self->signs_list, signs != NULL && signs->len > 0);

  return G_SOURCE_REMOVE;
}

/* The list of signs is made again after a change only when it is shown:
 * a row each, with its words laid out, is more than a new entry costs.
 */
static void
queue_update_signs (MbcDiaryView *self)
{
  self->signs_stale = TRUE;
  if (g_strcmp0 (gtk_stack_get_visible_child_name (GTK_STACK (self->lists_stack)), "signs") != 0)
    return;
  if (self->signs_idle == 0)
    self->signs_idle = g_idle_add (update_signs_cb, self);
}

static void
lists_shown_cb (MbcDiaryView *self)
{
  if (self->signs_stale)
    queue_update_signs (self);
}

/* What the page shows: nothing heavy until the diary is read; the
 * empty diary's invitation; or the diary.
 */
static void
update_state (MbcDiaryView *self)
{
  gboolean loaded = self->diary != NULL && mbc_diary_get_loaded (self->diary);
  gboolean read_only = loaded && mbc_diary_get_read_only (self->diary);
  guint n = loaded ? g_list_model_get_n_items (G_LIST_MODEL (self->diary)) : 0;

  if (!loaded)
    gtk_stack_set_visible_child_name (GTK_STACK (self->state_stack), "loading");
  else if (n == 0)
    gtk_stack_set_visible_child_name (GTK_STACK (self->state_stack), "empty");
  else
    gtk_stack_set_visible_child_name (GTK_STACK (self->state_stack), "diary");

  /* Read-only, the person is told why, and offered nothing that would
   * change the diary.
   */
  gtk_widget_set_visible (self->read_only_label, read_only);
  gtk_widget_set_visible (self->record_button, !read_only);
  gtk_widget_set_visible (self->empty_record_button, !read_only);
  _mbc_diary_view_update_actions (self);
}

static void
items_changed_cb (MbcDiaryView *self,
                  guint         position,
                  guint         removed,
                  guint         added)
{
  update_state (self);
  /* The rows of the change are bound anew; the one after them may have
   * gained or lost its day's heading. The rows whose
   * flags the change touched come as changes of their own.
   */
  queue_rebind (self, position, position + added);
  queue_update_signs (self);
}

static void
diary_state_cb (MbcDiaryView *self)
{
  update_state (self);
  queue_rebind (self, 0, G_MAXUINT);
  queue_update_signs (self);
}

/* A change that could not be written stays on screen, and the person
 * is told that it is not kept.
 */
static void
emergency_number_changed_cb (MbcDiaryView *self)
{
  g_free (self->emergency_number);
  self->emergency_number = NULL;
  if (self->settings != NULL)
    self->emergency_number = mbc_emergency_number_dup (self->settings);
  queue_rebind (self, 0, G_MAXUINT);
}

static void
mbc_diary_view_dispose (GObject *object)
{
  MbcDiaryView *self = MBC_DIARY_VIEW (object);

  g_clear_handle_id (&self->signs_idle, g_source_remove);
  if (self->timeline != NULL)
    mbc_diary_timeline_set_model (MBC_DIARY_TIMELINE (self->timeline), NULL);

  gtk_widget_dispose_template (GTK_WIDGET (self), MBC_TYPE_DIARY_VIEW);

  _mbc_diary_view_dispose_actions (self);

  if (self->diary != NULL)
    g_signal_handlers_disconnect_by_data (self->diary, self);
  g_clear_object (&self->diary);
  g_clear_object (&self->questions);
  if (self->settings != NULL)
    g_signal_handlers_disconnect_by_data (self->settings, self);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->emergency_number, g_free);
  g_clear_pointer (&self->sign_key, g_free);

  G_OBJECT_CLASS (mbc_diary_view_parent_class)->dispose (object);
}

static void
mbc_diary_view_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  MbcDiaryView *self = MBC_DIARY_VIEW (object);

  switch (prop_id)
    {
    case PROP_DIARY:
      g_value_set_object (value, self->diary);
      break;

    case PROP_QUESTIONS:
      g_value_set_object (value, self->questions);
      break;

    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;

    case PROP_SIGN_KEY:
      g_value_set_string (value, self->sign_key);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mbc_diary_view_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  MbcDiaryView *self = MBC_DIARY_VIEW (object);

  switch (prop_id)
    {
    case PROP_DIARY:
      mbc_diary_view_set_diary (self, g_value_get_object (value));
      break;

    case PROP_QUESTIONS:
      mbc_diary_view_set_questions (self, g_value_get_object (value));
      break;

    case PROP_SETTINGS:
      mbc_diary_view_set_settings (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mbc_diary_view_class_init (MbcDiaryViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mbc_diary_view_dispose;
  object_class->get_property = mbc_diary_view_get_property;
  object_class->set_property = mbc_diary_view_set_property;

  props[PROP_DIARY] =
    g_param_spec_object ("diary", NULL, NULL,
                         MBC_TYPE_DIARY,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* My Questions, to which a sign of more than two weeks adds a question. */
  props[PROP_QUESTIONS] =
    g_param_spec_object ("questions", NULL, NULL,
                         MBC_TYPE_MY_QUESTION_LIST,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* The guide's settings, for the emergency number. */
  props[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL,
                         G_TYPE_SETTINGS,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* The sign whose page is shown (mbc_diary_view_show_sign()), or NULL. */
  props[PROP_SIGN_KEY] =
    g_param_spec_string ("sign-key", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, props);

  g_type_ensure (MBC_TYPE_DIARY_TIMELINE);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/mbc-diary-view.ui");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_bind_template_child (widget_class, MbcDiaryView, leaflet);
  gtk_widget_class_bind_template_child (widget_class, MbcDiaryView, timeline_page);
  gtk_widget_class_bind_template_child (widget_class, MbcDiaryView, read_only_label);
  gtk_widget_class_bind_template_child (widget_class, MbcDiaryView, state_stack);
  gtk_widget_class_bind_template_child (widget_class, MbcDiaryView, empty_page);
  gtk_widget_class_bind_template_child (widget_class, MbcDiaryView, empty_record_button);
  gtk_widget_class_bind_template_child (widget_class, MbcDiaryView, top_scroller);
  gtk_widget_class_bind_template_child (widget_class, MbcDiaryView, actions_box);
  gtk_widget_class_bind_template_child (widget_class, MbcDiaryView, lists_squeezer);
  gtk_widget_class_bind_template_child (widget_class, MbcDiaryView, record_button);
  gtk_widget_class_bind_template_child (widget_class, MbcDiaryView, summary_button);
  gtk_widget_class_bind_template_child (widget_class, MbcDiaryView, more_button);
  gtk_widget_class_bind_template_child (widget_class, MbcDiaryView, signs_heading);
  gtk_widget_class_bind_template_child (widget_class, MbcDiaryView, signs_list);
  gtk_widget_class_bind_template_child (widget_class, MbcDiaryView, lists_stack);
  gtk_widget_class_bind_template_child (widget_class, MbcDiaryView, timeline_scroller);
  gtk_widget_class_bind_template_child (widget_class, MbcDiaryView, timeline);
  gtk_widget_class_bind_template_child (widget_class, MbcDiaryView, sign_page);
  gtk_widget_class_bind_template_child (widget_class, MbcDiaryView, sign_header);
  gtk_widget_class_bind_template_child (widget_class, MbcDiaryView, back_button);
  gtk_widget_class_bind_template_child (widget_class, MbcDiaryView, sign_box);

  _mbc_diary_view_class_install_actions (widget_class);
  _mbc_diary_view_class_install_file_actions (widget_class);
}

static void
mbc_diary_view_init (MbcDiaryView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  mbc_focus_pass_through_flow_box (GTK_FLOW_BOX (self->actions_box));
  /* The switch between entries and signs, side by side or stacked: met
   * once by a screen reader, where a person sees it.
   */
  mbc_accessible_follow_squeezer (ADW_SQUEEZER (self->lists_squeezer));
  mbc_accessible_name_mnemonics (GTK_WIDGET (self));
  mbc_accessible_mark_headings (GTK_WIDGET (self));

  g_signal_connect_object (self->lists_stack, "notify::visible-child-name",
                           G_CALLBACK (lists_shown_cb), self, G_CONNECT_SWAPPED);
  mbc_diary_timeline_set_rows (MBC_DIARY_TIMELINE (self->timeline), make_row_cb, bind_row_cb, self);

  gtk_label_set_label (GTK_LABEL (self->read_only_label),
                       _("This diary was written by a newer version of MBC Guide. You can read "
                         "it here, but not change it, so that nothing in it is lost. Update MBC "
                         "Guide to write in it again."));

  _mbc_diary_view_init_actions (self);
  update_state (self);
}

GtkWidget *
mbc_diary_view_new (void)
{
  return g_object_new (MBC_TYPE_DIARY_VIEW, NULL);
}

MbcDiary *
mbc_diary_view_get_diary (MbcDiaryView *self)
{
  g_return_val_if_fail (MBC_IS_DIARY_VIEW (self), NULL);

  return self->diary;
}

void
mbc_diary_view_set_diary (MbcDiaryView *self,
                          MbcDiary     *diary)
{
  g_return_if_fail (MBC_IS_DIARY_VIEW (self));
  g_return_if_fail (diary == NULL || MBC_IS_DIARY (diary));

  if (self->diary == diary)
    return;

  mbc_diary_timeline_set_model (MBC_DIARY_TIMELINE (self->timeline), NULL);
  if (self->diary != NULL)
    g_signal_handlers_disconnect_by_data (self->diary, self);
  g_set_object (&self->diary, diary);

  if (diary != NULL)
    {
      mbc_diary_timeline_set_model (MBC_DIARY_TIMELINE (self->timeline), G_LIST_MODEL (diary));
      /* After the timeline's own handler, which keeps its place. */
      g_signal_connect_object (diary, "items-changed", G_CALLBACK (items_changed_cb), self,
                               G_CONNECT_SWAPPED | G_CONNECT_AFTER);
      g_signal_connect_object (diary, "notify::loaded", G_CALLBACK (diary_state_cb), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (diary, "notify::read-only", G_CALLBACK (diary_state_cb), self,
                               G_CONNECT_SWAPPED);
    }

  update_state (self);
  queue_update_signs (self);
  g_object_notify_by_pspec (G_OBJECT (self), props[PROP_DIARY]);
}

MbcMyQuestionList *
mbc_diary_view_get_questions (MbcDiaryView *self)
{
  g_return_val_if_fail (MBC_IS_DIARY_VIEW (self), NULL);

  return self->questions;
}

void
mbc_diary_view_set_questions (MbcDiaryView      *self,
                              MbcMyQuestionList *questions)
{
  g_return_if_fail (MBC_IS_DIARY_VIEW (self));
  g_return_if_fail (questions == NULL || MBC_IS_MY_QUESTION_LIST (questions));

  if (!g_set_object (&self->questions, questions))
    return;

  _mbc_diary_view_update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), props[PROP_QUESTIONS]);
}

GSettings *
mbc_diary_view_get_settings (MbcDiaryView *self)
{
  g_return_val_if_fail (MBC_IS_DIARY_VIEW (self), NULL);

  return self->settings;
}

void
mbc_diary_view_set_settings (MbcDiaryView *self,
                             GSettings    *settings)
{
  g_return_if_fail (MBC_IS_DIARY_VIEW (self));
  g_return_if_fail (settings == NULL || G_IS_SETTINGS (settings));

  if (self->settings == settings)
    return;

  if (self->settings != NULL)
    g_signal_handlers_disconnect_by_data (self->settings, self);
  g_set_object (&self->settings, settings);
  if (settings != NULL)
    g_signal_connect_object (settings, "changed::emergency-number",
                             G_CALLBACK (emergency_number_changed_cb), self, G_CONNECT_SWAPPED);
  emergency_number_changed_cb (self);

  g_object_notify_by_pspec (G_OBJECT (self), props[PROP_SETTINGS]);
}

void
mbc_diary_view_show_sign (MbcDiaryView *self,
                          const char   *key)
{
  GtkWidget *page;

  g_return_if_fail (MBC_IS_DIARY_VIEW (self));
  g_return_if_fail (key != NULL);

  if (g_strcmp0 (self->sign_key, key) != 0)
    {
      g_free (self->sign_key);
      self->sign_key = g_strdup (key);
      g_object_notify_by_pspec (G_OBJECT (self), props[PROP_SIGN_KEY]);
    }

  /* The sign's page: its course, its table and what the guide says. */
  page = gtk_widget_get_first_child (self->sign_box);
  if (page == NULL && self->diary != NULL)
    {
      page = mbc_diary_sign_page_new ();
      gtk_widget_set_vexpand (page, TRUE);
      gtk_box_append (GTK_BOX (self->sign_box), page);
    }
  if (MBC_IS_DIARY_SIGN_PAGE (page))
    {
      mbc_diary_sign_page_set_diary (MBC_DIARY_SIGN_PAGE (page), self->diary);
      mbc_diary_sign_page_set_settings (MBC_DIARY_SIGN_PAGE (page), self->settings);
      mbc_diary_sign_page_set_key (MBC_DIARY_SIGN_PAGE (page), key);
    }

  /* The page put in the sign's box brings its own way back. */
  gtk_widget_set_visible (self->sign_header, page == NULL);
  adw_leaflet_set_visible_child_name (ADW_LEAFLET (self->leaflet), "sign");
  if (page == NULL || !gtk_widget_child_focus (page, GTK_DIR_TAB_FORWARD))
    gtk_widget_grab_focus (self->back_button);
}

const char *
mbc_diary_view_get_sign_key (MbcDiaryView *self)
{
  g_return_val_if_fail (MBC_IS_DIARY_VIEW (self), NULL);

  return self->sign_key;
}

GtkBox *
mbc_diary_view_get_sign_box (MbcDiaryView *self)
{
  g_return_val_if_fail (MBC_IS_DIARY_VIEW (self), NULL);

  return GTK_BOX (self->sign_box);
}

/**
 * mbc_diary_view_show_entry:
 * @entry_id: the id of an entry of the diary
 *
 * Shows the entry in the list of entries, at the top, with the keyboard
 * focus and tinted for a moment, as the search opens it.
 *
 * Returns: whether the diary has the entry.
 */
gboolean
mbc_diary_view_show_entry (MbcDiaryView *self,
                           gint64        entry_id)
{
  g_autofree char *key = NULL;
  guint n;

  g_return_val_if_fail (MBC_IS_DIARY_VIEW (self), FALSE);

  if (self->diary == NULL)
    return FALSE;

  n = g_list_model_get_n_items (G_LIST_MODEL (self->diary));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MbcDiaryEntry) entry = g_list_model_get_item (G_LIST_MODEL (self->diary), i);

      if (mbc_diary_entry_get_id (entry) != entry_id)
        continue;

      adw_leaflet_set_visible_child_name (ADW_LEAFLET (self->leaflet), "timeline");
      gtk_stack_set_visible_child_name (GTK_STACK (self->lists_stack), "entries");
      _mbc_diary_view_scroll_to (self, i);
      key = g_strdup_printf ("diary-entry:%" G_GINT64_FORMAT, entry_id);
      mbc_page_mark_show (GTK_WIDGET (self), key);
      return TRUE;
    }

  return FALSE;
}
