/* mbc-guide-view.c: everything a window of the guide shows
 *
 * The header with the view switcher, the views, the emergency line and
 * the views' names at the foot of a narrow window. The window puts in a
 * new one when the language changes, so that every word, from templates
 * and from code, is in the new language.
 *
 * Only the body map is made at once. Each other view is made the first
 * time it is shown, into the page that holds its place in the switcher:
 * making all four is a good part of the start-up's work, and redoes so at
 * each change of language, for views a person may never open.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "mbc-accessible.h"
#include "mbc-basics-view.h"
#include "mbc-diary-view.h"
#include "mbc-emergency-number.h"
#include "mbc-focus.h"
#include "mbc-guide-view-private.h"
#include "mbc-language.h"
#include "mbc-map-view.h"
#include "mbc-questions-view.h"
#include "mbc-resources-view.h"
#include "mbc-treatments-view.h"


G_DEFINE_FINAL_TYPE (MbcGuideView, mbc_guide_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_CONTENT,
  PROP_VISIBLE_VIEW,
  PROP_KIOSK,
  PROP_ALLOW_PRINTING,
  N_PROPS
};

static GParamSpec *props[N_PROPS];

static void
update_safety_line (MbcGuideView *self)
{
  g_autofree char *line = mbc_emergency_number_dup_safety_line (self->settings);

  gtk_label_set_label (self->safety_label, line);
}

/* The button offers the next language, by its own name ("Español"), so
 * that a person who cannot read the present one still finds theirs.
 */
static void
update_language_button (MbcGuideView *self)
{
  const char * const *languages = mbc_language_list ();
  const char *current = mbc_language_get_current ();
  const char *next = NULL;
  guint n = g_strv_length ((GStrv) languages);

  for (guint i = 0; i < n && next == NULL; i++)
    if (g_strcmp0 (languages[i], current) == 0)
      next = languages[(i + 1) % n];

  /* Where IT has locked the language, there is nothing to change. */
  if (n < 2 || next == NULL || !g_settings_is_writable (self->settings, "language"))
    return;

  gtk_button_set_label (self->language_button, mbc_language_get_name (next));
  /* The target first: the action takes a language. */
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->language_button), "s", next);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->language_button), "app.language");
  gtk_widget_set_visible (GTK_WIDGET (self->language_button), TRUE);
}

/* The views' names go to the foot of the window when the header has no
 * room for them, as libadwaita's view switcher title and bar do.
 *
 * GTK 4.8 tells a screen reader of every visible widget, shown or not:
 * the squeezer's switchers it does not show and the bar while hidden
 * would each say the views' names once more. Hidden from it, the views
 * are met once, where a person sees them.
 */
static void
title_changed_cb (MbcGuideView *self)
{
  GtkWidget *shown = adw_squeezer_get_visible_child (self->title_squeezer);
  gboolean in_header = shown == self->wide_switcher || shown == self->narrow_switcher;

  gtk_revealer_set_reveal_child (self->view_bar_revealer, !in_header);
  gtk_accessible_update_state (GTK_ACCESSIBLE (self->wide_switcher),
                               GTK_ACCESSIBLE_STATE_HIDDEN, shown != self->wide_switcher,
                               -1);
  gtk_accessible_update_state (GTK_ACCESSIBLE (self->narrow_switcher),
                               GTK_ACCESSIBLE_STATE_HIDDEN, shown != self->narrow_switcher,
                               -1);
  gtk_accessible_update_state (GTK_ACCESSIBLE (self->view_bar),
                               GTK_ACCESSIBLE_STATE_HIDDEN, in_header,
                               -1);
}

static void
emergency_number_changed_cb (MbcGuideView *self)
{
  update_safety_line (self);
}

/* A new view of @type, put in @page. */
static gpointer
put_new_view (AdwBin *page,
              GType   type)
{
  GtkWidget *view = g_object_new (type, NULL);

  adw_bin_set_child (page, view);

  return view;
}

/* Makes the view called @name, if it is one made when first shown and
 * is not made yet.
 */
void
_mbc_guide_view_ensure_view (MbcGuideView *self,
                             const char   *name)
{
  if (self->content == NULL || name == NULL)
    return;

  if (g_str_equal (name, "basics") && self->basics_view == NULL)
    {
      self->basics_view = put_new_view (self->basics_page, MBC_TYPE_BASICS_VIEW);
      mbc_basics_view_set_content (self->basics_view, self->content);
    }
  else if (g_str_equal (name, "treatments") && self->treatments_view == NULL)
    {
      self->treatments_view = put_new_view (self->treatments_page, MBC_TYPE_TREATMENTS_VIEW);
      mbc_treatments_view_set_content (self->treatments_view, self->content);
    }
  else if (g_str_equal (name, "questions") && self->questions_view == NULL)
    {
      self->questions_view = put_new_view (self->questions_page, MBC_TYPE_QUESTIONS_VIEW);
      mbc_questions_view_set_content (self->questions_view, self->content);
      mbc_questions_view_set_list (self->questions_view, self->question_list);
      g_object_bind_property (self, "kiosk", self->questions_view, "kiosk",
                              G_BINDING_SYNC_CREATE);
      g_object_bind_property (self, "allow-printing", self->questions_view, "allow-printing",
                              G_BINDING_SYNC_CREATE);
    }
  else if (g_str_equal (name, "diary") && self->diary_view == NULL && self->diary != NULL)
    {
      self->diary_view = g_object_new (MBC_TYPE_DIARY_VIEW,
                                       "diary", self->diary,
                                       "questions", self->question_list,
                                       "settings", self->settings,
                                       NULL);
      adw_bin_set_child (self->diary_page, GTK_WIDGET (self->diary_view));
    }
  else if (g_str_equal (name, "resources") && self->resources_view == NULL)
    {
      self->resources_view = put_new_view (self->resources_page, MBC_TYPE_RESOURCES_VIEW);
      mbc_resources_view_set_content (self->resources_view, self->content);
    }
}

/* A view shown by its shortcut (Alt+1 to Alt+6) while the focus was in
 * the view before takes the focus into its own first control: in the
 * view gone from the screen, or nowhere, the focus would be lost.
 */
static void
take_focus_into_view (MbcGuideView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  GtkWidget *view = adw_view_stack_get_visible_child (self->stack);

  if (root == NULL || view == NULL)
    return;
  if (focus != NULL &&
      (!gtk_widget_is_ancestor (focus, GTK_WIDGET (self->stack)) || gtk_widget_is_ancestor (focus, view)))
    return;
  /* Nowhere, or in another guide's window. */
  if (focus == NULL && !gtk_widget_get_mapped (GTK_WIDGET (self)))
    return;

  mbc_focus_forget_inside (view);
  if (!gtk_widget_child_focus (view, GTK_DIR_TAB_FORWARD))
    gtk_widget_child_focus (GTK_WIDGET (self->header_bar), GTK_DIR_TAB_FORWARD);
}

static void
visible_child_changed_cb (MbcGuideView *self)
{
  _mbc_guide_view_ensure_view (self, adw_view_stack_get_visible_child_name (self->stack));
  take_focus_into_view (self);
  /* A view chosen in the switcher while searching ends the search. */
  if (gtk_search_bar_get_search_mode (self->search_bar))
    {
      g_weak_ref_set (&self->focus_before, NULL);
      gtk_search_bar_set_search_mode (self->search_bar, FALSE);
    }
  g_object_notify_by_pspec (G_OBJECT (self), props[PROP_VISIBLE_VIEW]);
}

static void
mbc_guide_view_constructed (GObject *object)
{
  MbcGuideView *self = MBC_GUIDE_VIEW (object);

  G_OBJECT_CLASS (mbc_guide_view_parent_class)->constructed (object);

  if (self->content == NULL)
    {
      adw_status_page_set_description (self->error_page, _("No content was found."));
      gtk_widget_set_visible (GTK_WIDGET (self->pages), FALSE);
      gtk_widget_set_visible (self->search_button, FALSE);
      gtk_widget_set_visible (GTK_WIDGET (self->view_bar_revealer), FALSE);
      gtk_widget_set_visible (GTK_WIDGET (self->error_page), TRUE);
      return;
    }

  mbc_map_view_set_content (self->map_view, self->content);
  _mbc_guide_view_ensure_view (self, adw_view_stack_get_visible_child_name (self->stack));
}

static void
mbc_guide_view_dispose (GObject *object)
{
  MbcGuideView *self = MBC_GUIDE_VIEW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), MBC_TYPE_GUIDE_VIEW);

  g_clear_object (&self->content);
  g_clear_object (&self->settings);
  g_clear_object (&self->question_list);
  g_clear_object (&self->diary);
  g_weak_ref_set (&self->focus_before, NULL);

  G_OBJECT_CLASS (mbc_guide_view_parent_class)->dispose (object);
}

/* At a workstation: a Start Over button, and nothing that would leave a
 * file behind or reach the rest of the machine.
 */
static void
set_kiosk (MbcGuideView *self,
           gboolean      kiosk)
{
  gboolean printing = kiosk && g_settings_get_boolean (self->settings, "kiosk-allow-printing");

  kiosk = !!kiosk;
  gtk_widget_set_visible (self->start_over_button, kiosk);
  /* No window buttons at a workstation: it fills the screen for good. */
  adw_header_bar_set_decoration_layout (self->header_bar, kiosk ? "" : NULL);

  if (self->kiosk != kiosk)
    {
      self->kiosk = kiosk;
      g_object_notify_by_pspec (G_OBJECT (self), props[PROP_KIOSK]);
    }
  if (self->allow_printing != printing)
    {
      self->allow_printing = printing;
      g_object_notify_by_pspec (G_OBJECT (self), props[PROP_ALLOW_PRINTING]);
    }
}

static void
mbc_guide_view_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  MbcGuideView *self = MBC_GUIDE_VIEW (object);

  switch (prop_id)
    {
    case PROP_CONTENT:
      g_value_set_object (value, self->content);
      break;

    case PROP_VISIBLE_VIEW:
      g_value_set_string (value, mbc_guide_view_get_visible_view (self));
      break;

    case PROP_KIOSK:
      g_value_set_boolean (value, self->kiosk);
      break;

    case PROP_ALLOW_PRINTING:
      g_value_set_boolean (value, self->allow_printing);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mbc_guide_view_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  MbcGuideView *self = MBC_GUIDE_VIEW (object);

  switch (prop_id)
    {
    case PROP_CONTENT:
      self->content = g_value_dup_object (value);
      break;

    case PROP_VISIBLE_VIEW:
      mbc_guide_view_set_visible_view (self, g_value_get_string (value));
      break;

    case PROP_KIOSK:
      set_kiosk (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mbc_guide_view_class_init (MbcGuideViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = mbc_guide_view_constructed;
  object_class->dispose = mbc_guide_view_dispose;
  object_class->get_property = mbc_guide_view_get_property;
  object_class->set_property = mbc_guide_view_set_property;

  props[PROP_CONTENT] =
    g_param_spec_object ("information", NULL, NULL,
                         MBC_TYPE_CONTENT,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  props[PROP_VISIBLE_VIEW] =
    g_param_spec_string ("visible-view", NULL, NULL,
                         "map",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* Whether the guide is a workstation's; bound from the window's. */
  props[PROP_KIOSK] =
    g_param_spec_boolean ("kiosk", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* Whether the workstation may print, as IT set it
   * ("kiosk-allow-printing"); never at home, where a person reads the
   * guide again instead of taking a page.
   */
  props[PROP_ALLOW_PRINTING] =
    g_param_spec_boolean ("allow-printing", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, props);

  g_type_ensure (MBC_TYPE_MAP_VIEW);
  g_type_ensure (MBC_TYPE_VIEW_BAR);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/mbc-guide-view.ui");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_bind_template_child (widget_class, MbcGuideView, box);
  gtk_widget_class_bind_template_child (widget_class, MbcGuideView, stack);
  gtk_widget_class_bind_template_child (widget_class, MbcGuideView, pages);
  gtk_widget_class_bind_template_child (widget_class, MbcGuideView, search_bar);
  gtk_widget_class_bind_template_child (widget_class, MbcGuideView, search_entry);
  gtk_widget_class_bind_template_child (widget_class, MbcGuideView, search_button);
  gtk_widget_class_bind_template_child (widget_class, MbcGuideView, title_squeezer);
  gtk_widget_class_bind_template_child (widget_class, MbcGuideView, wide_switcher);
  gtk_widget_class_bind_template_child (widget_class, MbcGuideView, narrow_switcher);
  gtk_widget_class_bind_template_child (widget_class, MbcGuideView, view_bar_revealer);
  gtk_widget_class_bind_template_child (widget_class, MbcGuideView, view_bar);
  gtk_widget_class_bind_template_child (widget_class, MbcGuideView, error_page);
  gtk_widget_class_bind_template_child (widget_class, MbcGuideView, safety_label);
  gtk_widget_class_bind_template_child (widget_class, MbcGuideView, language_button);
  gtk_widget_class_bind_template_child (widget_class, MbcGuideView, start_over_button);
  gtk_widget_class_bind_template_child (widget_class, MbcGuideView, header_bar);
  gtk_widget_class_bind_template_child (widget_class, MbcGuideView, map_view);
  gtk_widget_class_bind_template_child (widget_class, MbcGuideView, basics_page);
  gtk_widget_class_bind_template_child (widget_class, MbcGuideView, treatments_page);
  gtk_widget_class_bind_template_child (widget_class, MbcGuideView, questions_page);
  gtk_widget_class_bind_template_child (widget_class, MbcGuideView, resources_page);
  gtk_widget_class_bind_template_child (widget_class, MbcGuideView, diary_page);
  gtk_widget_class_bind_template_child (widget_class, MbcGuideView, diary_stack_page);
}

static void
mbc_guide_view_init (MbcGuideView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  mbc_accessible_name_mnemonics (GTK_WIDGET (self));
  mbc_accessible_mark_headings (GTK_WIDGET (self));
  /* The view switchers' buttons are named after their views: their
   * icons add nothing to read (the view bar's are hidden already).
   */
  mbc_accessible_hide_images (adw_header_bar_get_title_widget (self->header_bar));

  self->settings = g_settings_new (APP_ID);
  g_signal_connect_object (self->settings, "changed::emergency-number",
                           G_CALLBACK (emergency_number_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->stack, "notify::visible-child-name",
                           G_CALLBACK (visible_child_changed_cb), self,
                           G_CONNECT_SWAPPED);
  update_safety_line (self);
  update_language_button (self);

  g_signal_connect_object (self->title_squeezer, "notify::visible-child",
                           G_CALLBACK (title_changed_cb), self, G_CONNECT_SWAPPED);
  title_changed_cb (self);
  g_weak_ref_init (&self->focus_before, NULL);
  _mbc_guide_view_init_search (self);

  /* A page to take home: at home, a person reads the guide again instead. */
  g_object_bind_property (self, "allow-printing", self->map_view, "printable",
                          G_BINDING_SYNC_CREATE);
}

/**
 * mbc_guide_view_new:
 * @content: (nullable): what the guide shows; %NULL with @content_error
 *   to show why there is nothing
 */
GtkWidget *
mbc_guide_view_new (MbcContent   *content,
                    const GError *content_error)
{
  MbcGuideView *self = g_object_new (MBC_TYPE_GUIDE_VIEW, "information", content, NULL);

  /* The error only matters when there is no content, and that is
   * decided in constructed(); keep it for the page that explains it.
   */
  if (content == NULL && content_error != NULL)
    adw_status_page_set_description (self->error_page, content_error->message);

  return GTK_WIDGET (self);
}


const char *
mbc_guide_view_get_visible_view (MbcGuideView *self)
{
  g_return_val_if_fail (MBC_IS_GUIDE_VIEW (self), NULL);

  return adw_view_stack_get_visible_child_name (self->stack);
}

void
mbc_guide_view_set_visible_view (MbcGuideView *self,
                                 const char   *view)
{
  GtkWidget *child;

  g_return_if_fail (MBC_IS_GUIDE_VIEW (self));

  child = view != NULL ? adw_view_stack_get_child_by_name (self->stack, view) : NULL;
  if (child == NULL)
    child = adw_view_stack_get_child_by_name (self->stack, "map");
  /* A view the guide does not show here (My Diary at a workstation) is
   * never shown: the view stays as it is.
   */
  if (!adw_view_stack_page_get_visible (adw_view_stack_get_page (self->stack, child)))
    return;

  adw_view_stack_set_visible_child (self->stack, child);
}

/* The site chosen on the map, or NULL. */
const char *
mbc_guide_view_get_selected_site (MbcGuideView *self)
{
  g_return_val_if_fail (MBC_IS_GUIDE_VIEW (self), NULL);

  return self->content != NULL ? mbc_map_view_get_selected_site (self->map_view) : NULL;
}

void
mbc_guide_view_show_site (MbcGuideView *self,
                          const char   *site_id)
{
  g_return_if_fail (MBC_IS_GUIDE_VIEW (self));

  if (self->content == NULL)
    return;

  mbc_guide_view_set_visible_view (self, "map");
  mbc_map_view_select_site (self->map_view, site_id);
}

/* The person's own list of questions, for the Questions view. */
void
mbc_guide_view_set_question_list (MbcGuideView    *self,
                                  MbcMyQuestionList *list)
{
  g_return_if_fail (MBC_IS_GUIDE_VIEW (self));
  g_return_if_fail (list == NULL || MBC_IS_MY_QUESTION_LIST (list));

  g_set_object (&self->question_list, list);
  if (self->questions_view != NULL)
    mbc_questions_view_set_list (self->questions_view, list);
  if (self->search_page != NULL)
    mbc_search_page_set_questions (self->search_page, G_LIST_MODEL (list));
}

/* The person's diary, or NULL where there is none (a workstation): the
 * view, and the button under each sign that records it, are there only
 * with a diary.
 */
void
mbc_guide_view_set_diary (MbcGuideView *self,
                          MbcDiary     *diary)
{
  g_return_if_fail (MBC_IS_GUIDE_VIEW (self));
  g_return_if_fail (diary == NULL || MBC_IS_DIARY (diary));

  if (!g_set_object (&self->diary, diary))
    return;

  if (self->diary_view != NULL)
    {
      adw_bin_set_child (self->diary_page, NULL);
      self->diary_view = NULL;
    }
  if (diary == NULL && g_strcmp0 (adw_view_stack_get_visible_child_name (self->stack), "diary") == 0)
    adw_view_stack_set_visible_child_name (self->stack, "map");
  adw_view_stack_page_set_visible (self->diary_stack_page, diary != NULL && self->content != NULL);
  g_object_set (self->map_view, "recordable", diary != NULL, NULL);
  if (self->search_page != NULL)
    mbc_search_page_set_diary (self->search_page, diary);
  _mbc_guide_view_ensure_view (self, adw_view_stack_get_visible_child_name (self->stack));
}
