/* mbc-search-page.c: the results of the search across the whole guide
 *
 * The page searches two indexes as a person types: the content's, built
 * once, off this thread, the first time the search is opened, and the
 * person's own (their questions and, at home, their diary), built the
 * same way and again whenever they change. A query that comes while an
 * index is being built waits for it ("pending").
 *
 * The results are a GtkListView, so that only the rows on screen exist,
 * grouped by kind, the kind with the best result first: the first row
 * of a kind carries its heading. Enter,
 * or a click, opens a result ("open-result"). With no result, the page
 * says so and offers the body map and the help lines ("open-view").
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n-lib.h>
#include <stdlib.h>

#include "mbc-accessible.h"
#include "mbc-focus.h"
#include "mbc-growing-model.h"
#include "mbc-search-index.h"
#include "mbc-search-page.h"
#include "mbc-search-person.h"
#include "mbc-search-row.h"

/* The most results of the content, and of the person's own, shown. */
#define MAX_CONTENT_RESULTS 200
#define MAX_PERSON_RESULTS  100
/* The results the list is given at first, about a screenful, and then
 * at each time it is scrolled near its end (mbc-growing-model.c).
 */
#define RESULTS_STEP 12

struct _MbcSearchPage
{
  GtkWidget       parent_instance;

  MbcContent     *content;
  GListModel     *questions;
  MbcDiary       *diary;

  MbcSearchIndex *content_index;
  MbcSearchIndex *person_index;
  GCancellable   *cancellable;
  gboolean        building_content;
  gboolean        building_person;
  /* The person's texts changed since their index was built. */
  gboolean        person_changed;

  char           *query;
  /* All the results of the query, and the first of them, which the
   * list shows, more as it is scrolled.
   */
  GListStore      *results;
  MbcGrowingModel *shown;

  GtkWidget      *stack;
  GtkWidget      *scroller;
  GtkWidget      *list_view;
  GtkWidget      *empty_page;
};

G_DEFINE_FINAL_TYPE (MbcSearchPage, mbc_search_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_PENDING,
  PROP_N_RESULTS,
  N_PROPS
};

static GParamSpec *props[N_PROPS];

enum {
  OPEN_RESULT,
  OPEN_VIEW,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void build_person_index (MbcSearchPage *self);

/* Whether the query waits for an index. */
gboolean
mbc_search_page_get_pending (MbcSearchPage *self)
{
  g_return_val_if_fail (MBC_IS_SEARCH_PAGE (self), FALSE);

  return self->query != NULL && *self->query != '\0' &&
         ((self->content != NULL && self->content_index == NULL) ||
          self->building_person || self->person_changed);
}

static void
append_results (GPtrArray  *all,
                GListModel *found)
{
  for (guint i = 0; i < g_list_model_get_n_items (found); i++)
    g_ptr_array_add (all, g_list_model_get_item (found, i));
}

typedef struct
{
  MbcSearchResult *result;
  guint            group_score;
  guint            position;
} Ordered;

/* The kind whose best result is best first, and within a kind the best
 * first: a name that matches comes before a kind whose text only
 * mentions the words, and Enter opens the best of all. Equals keep the
 * kinds' own order.
 */
static int
compare_ordered (gconstpointer a,
                 gconstpointer b)
{
  const Ordered *x = a;
  const Ordered *y = b;
  MbcSearchKind x_kind = mbc_search_result_get_kind (x->result);
  MbcSearchKind y_kind = mbc_search_result_get_kind (y->result);
  guint x_score = mbc_search_result_get_score (x->result);
  guint y_score = mbc_search_result_get_score (y->result);

  if (x->group_score != y->group_score)
    return x->group_score > y->group_score ? -1 : 1;
  if (x_kind != y_kind)
    return x_kind < y_kind ? -1 : 1;
  if (x_score != y_score)
    return x_score > y_score ? -1 : 1;

  return x->position < y->position ? -1 : x->position > y->position;
}

static void
order_by_groups (GPtrArray *all)
{
  guint best[MBC_SEARCH_N_KINDS] = { 0, };
  g_autofree Ordered *ordered = NULL;

  if (all->len < 2)
    return;

  ordered = g_new (Ordered, all->len);

  for (guint i = 0; i < all->len; i++)
    {
      MbcSearchResult *result = g_ptr_array_index (all, i);
      MbcSearchKind kind = mbc_search_result_get_kind (result);

      best[kind] = MAX (best[kind], mbc_search_result_get_score (result));
    }
  for (guint i = 0; i < all->len; i++)
    {
      ordered[i].result = g_ptr_array_index (all, i);
      ordered[i].group_score = best[mbc_search_result_get_kind (ordered[i].result)];
      ordered[i].position = i;
    }
  qsort (ordered, all->len, sizeof (Ordered), compare_ordered);
  for (guint i = 0; i < all->len; i++)
    all->pdata[i] = ordered[i].result;
}

/* Searches for the query, with the indexes there are. */
static void
run_query (MbcSearchPage *self)
{
  g_autoptr(GPtrArray) all = g_ptr_array_new_with_free_func (g_object_unref);
  gboolean pending = mbc_search_page_get_pending (self);
  guint old_n = g_list_model_get_n_items (G_LIST_MODEL (self->results));

  if (self->query != NULL && *self->query != '\0')
    {
      if (self->content_index != NULL)
        {
          g_autoptr(GListModel) found = mbc_search_index_search (self->content_index, self->query,
                                                                 MAX_CONTENT_RESULTS);

          append_results (all, found);
        }
      if (self->person_index != NULL)
        {
          g_autoptr(GListModel) found = mbc_search_index_search (self->person_index, self->query,
                                                                 MAX_PERSON_RESULTS);

          append_results (all, found);
        }
    }

  order_by_groups (all);
  /* A new list for each query: the shown part starts again at its
   * first step, in one change.
   */
  g_clear_object (&self->results);
  self->results = g_list_store_new (MBC_TYPE_SEARCH_RESULT);
  g_list_store_splice (self->results, 0, 0, all->pdata, all->len);
  mbc_growing_model_set_model (self->shown, G_LIST_MODEL (self->results));
  /* The list starts at its top for each new query. */
  if (all->len > 0 &&
      gtk_adjustment_get_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (self->scroller))) > 0)
    gtk_widget_activate_action (self->list_view, "list.scroll-to-item", "u", 0);

  gtk_stack_set_visible_child (GTK_STACK (self->stack),
                               all->len > 0 || pending ? self->scroller : self->empty_page);
  if (old_n != all->len)
    g_object_notify_by_pspec (G_OBJECT (self), props[PROP_N_RESULTS]);
  g_object_notify_by_pspec (G_OBJECT (self), props[PROP_PENDING]);
}

static void
content_index_built_cb (GObject      *object,
                        GAsyncResult *result,
                        gpointer      data)
{
  g_autoptr(GError) error = NULL;
  MbcSearchIndex *index = mbc_search_index_new_finish (result, &error);
  MbcSearchPage *self;

  /* Cancelled: the page is gone, or has other content. */
  if (index == NULL && g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  self = data;
  self->building_content = FALSE;
  if (index == NULL)
    {
      g_warning ("Could not build the search's index: %s", error->message);
      return;
    }

  /* Built here meanwhile, for a result to open (mbc_search_page_find()). */
  if (self->content_index != NULL)
    g_object_unref (index);
  else
    self->content_index = index;
  run_query (self);
}

static void
person_index_built_cb (GObject      *object,
                       GAsyncResult *result,
                       gpointer      data)
{
  g_autoptr(GError) error = NULL;
  MbcSearchIndex *index = mbc_search_index_new_finish (result, &error);
  MbcSearchPage *self;

  if (index == NULL && g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  self = data;
  self->building_person = FALSE;
  if (index != NULL)
    {
      g_clear_object (&self->person_index);
      self->person_index = index;
    }
  else
    g_warning ("Could not build the search's index of the person's texts: %s", error->message);

  /* Changed again while it was built. */
  if (self->person_changed)
    build_person_index (self);
  else
    run_query (self);
}

static void
build_person_index (MbcSearchPage *self)
{
  if (self->building_person)
    return;

  self->person_changed = FALSE;
  if (self->questions == NULL && self->diary == NULL)
    {
      g_clear_object (&self->person_index);
      return;
    }

  self->building_person = TRUE;
  mbc_search_index_new_person_async (self->questions, self->diary, self->cancellable,
                                     person_index_built_cb, self);
}

/* The person's questions or diary changed: their index is built anew,
 * now if a search is shown, or else at the next one.
 */
static void
person_changed_cb (MbcSearchPage *self)
{
  self->person_changed = TRUE;
  if (self->query != NULL && *self->query != '\0')
    build_person_index (self);
}

/**
 * mbc_search_page_prepare:
 *
 * Builds the indexes that are not built yet, as the search opens, so
 * that they are there by the first word typed.
 */
void
mbc_search_page_prepare (MbcSearchPage *self)
{
  g_return_if_fail (MBC_IS_SEARCH_PAGE (self));

  if (self->content != NULL && self->content_index == NULL && !self->building_content)
    {
      self->building_content = TRUE;
      mbc_search_index_new_async (self->content, self->cancellable, content_index_built_cb, self);
    }
  if (self->person_changed)
    build_person_index (self);
}

void
mbc_search_page_set_query (MbcSearchPage *self,
                           const char    *query)
{
  g_return_if_fail (MBC_IS_SEARCH_PAGE (self));

  if (g_strcmp0 (self->query, query) == 0)
    return;

  g_free (self->query);
  self->query = g_strdup (query);
  mbc_search_page_prepare (self);
  run_query (self);
}

const char *
mbc_search_page_get_query (MbcSearchPage *self)
{
  g_return_val_if_fail (MBC_IS_SEARCH_PAGE (self), NULL);

  return self->query;
}

/* The results in the list: MbcSearchResult, grouped by kind; the first
 * of them, more as the list is scrolled.
 */
GListModel *
mbc_search_page_get_results (MbcSearchPage *self)
{
  g_return_val_if_fail (MBC_IS_SEARCH_PAGE (self), NULL);

  return G_LIST_MODEL (self->shown);
}

/* How many results there are in all. */
guint
mbc_search_page_get_n_results (MbcSearchPage *self)
{
  g_return_val_if_fail (MBC_IS_SEARCH_PAGE (self), 0);

  return g_list_model_get_n_items (G_LIST_MODEL (self->results));
}

GtkWidget *
mbc_search_page_get_list (MbcSearchPage *self)
{
  g_return_val_if_fail (MBC_IS_SEARCH_PAGE (self), NULL);

  return self->list_view;
}

/* Opens the first result, as Enter in the search entry does. */
gboolean
mbc_search_page_activate_first (MbcSearchPage *self)
{
  g_autoptr(MbcSearchResult) result = NULL;

  g_return_val_if_fail (MBC_IS_SEARCH_PAGE (self), FALSE);

  result = g_list_model_get_item (G_LIST_MODEL (self->results), 0);
  if (result == NULL)
    return FALSE;

  g_signal_emit (self, signals[OPEN_RESULT], 0, result);

  return TRUE;
}

/* Gives the first result the keyboard focus, as Down in the entry. */
gboolean
mbc_search_page_focus_results (MbcSearchPage *self)
{
  g_return_val_if_fail (MBC_IS_SEARCH_PAGE (self), FALSE);

  if (g_list_model_get_n_items (G_LIST_MODEL (self->shown)) == 0)
    return FALSE;

  gtk_widget_activate_action (self->list_view, "list.scroll-to-item", "u", 0);

  return gtk_widget_child_focus (self->list_view, GTK_DIR_TAB_FORWARD);
}

static void
activate_cb (MbcSearchPage *self,
             guint          position)
{
  g_autoptr(MbcSearchResult) result = g_list_model_get_item (G_LIST_MODEL (self->results), position);

  if (result != NULL)
    g_signal_emit (self, signals[OPEN_RESULT], 0, result);
}

static void
setup_cb (GtkSignalListItemFactory *factory,
          GtkListItem              *item,
          gpointer                  data)
{
  gtk_list_item_set_child (item, mbc_search_row_new ());
}

static void
bind_cb (GtkSignalListItemFactory *factory,
         GtkListItem              *item,
         gpointer                  data)
{
  MbcSearchPage *self = data;
  MbcSearchResult *result = gtk_list_item_get_item (item);
  guint position = gtk_list_item_get_position (item);
  gboolean first = TRUE;

  if (position > 0)
    {
      g_autoptr(MbcSearchResult) before = g_list_model_get_item (G_LIST_MODEL (self->results),
                                                                 position - 1);

      first = before == NULL ||
              mbc_search_result_get_kind (before) != mbc_search_result_get_kind (result);
    }

  mbc_search_row_set_result (MBC_SEARCH_ROW (gtk_list_item_get_child (item)), result, first);
}

static void
unbind_cb (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           gpointer                  data)
{
  mbc_search_row_set_result (MBC_SEARCH_ROW (gtk_list_item_get_child (item)), NULL, FALSE);
}

static void
show_map_cb (MbcSearchPage *self)
{
  g_signal_emit (self, signals[OPEN_VIEW], 0, "map");
}

static void
show_help_cb (MbcSearchPage *self)
{
  g_signal_emit (self, signals[OPEN_VIEW], 0, "resources");
}

static GtkWidget *
pill_button (const char *label)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  mbc_accessible_name_mnemonics (button);
  gtk_widget_add_css_class (button, "pill");
  gtk_label_set_wrap (GTK_LABEL (gtk_button_get_child (GTK_BUTTON (button))), TRUE);
  gtk_label_set_justify (GTK_LABEL (gtk_button_get_child (GTK_BUTTON (button))),
                         GTK_JUSTIFY_CENTER);

  return button;
}

static GtkWidget *
make_empty_page (MbcSearchPage *self)
{
  GtkWidget *page = adw_status_page_new ();
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *map = pill_button (_("Open the _Body Map"));
  GtkWidget *help = pill_button (_("See _Help Lines"));

  adw_status_page_set_icon_name (ADW_STATUS_PAGE (page), "system-search-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (page), _("No Results Found"));
  mbc_accessible_mark_headings (page);
  adw_status_page_set_description (ADW_STATUS_PAGE (page),
                                   _("Try other words, or the beginning of a word. "
                                     "You can also choose a part of the body on the body map, "
                                     "or find a help line to call."));
  gtk_widget_add_css_class (page, "compact");

  gtk_widget_set_halign (buttons, GTK_ALIGN_CENTER);
  g_signal_connect_object (map, "clicked", G_CALLBACK (show_map_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (help, "clicked", G_CALLBACK (show_help_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_css_class (map, "suggested-action");
  gtk_box_append (GTK_BOX (buttons), map);
  gtk_box_append (GTK_BOX (buttons), help);
  adw_status_page_set_child (ADW_STATUS_PAGE (page), buttons);

  return page;
}

static void
mbc_search_page_dispose (GObject *object)
{
  MbcSearchPage *self = MBC_SEARCH_PAGE (object);

  g_cancellable_cancel (self->cancellable);
  if (self->questions != NULL)
    g_signal_handlers_disconnect_by_func (self->questions, person_changed_cb, self);
  if (self->diary != NULL)
    g_signal_handlers_disconnect_by_func (self->diary, person_changed_cb, self);
  g_clear_pointer (&self->stack, gtk_widget_unparent);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->content);
  g_clear_object (&self->questions);
  g_clear_object (&self->diary);
  g_clear_object (&self->content_index);
  g_clear_object (&self->person_index);
  g_clear_object (&self->shown);
  g_clear_object (&self->results);
  g_clear_pointer (&self->query, g_free);

  G_OBJECT_CLASS (mbc_search_page_parent_class)->dispose (object);
}

static void
mbc_search_page_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  MbcSearchPage *self = MBC_SEARCH_PAGE (object);

  switch (prop_id)
    {
    case PROP_PENDING:
      g_value_set_boolean (value, mbc_search_page_get_pending (self));
      break;

    case PROP_N_RESULTS:
      g_value_set_uint (value, g_list_model_get_n_items (G_LIST_MODEL (self->results)));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* Tab into the page from the search box: the list of results may be
 * remembered as having had the focus, though it is hidden behind "No
 * Results Found" now (see mbc-focus.c).
 */
static gboolean
mbc_search_page_focus (GtkWidget        *widget,
                       GtkDirectionType  direction)
{
  mbc_focus_forget_inside (widget);

  return GTK_WIDGET_CLASS (mbc_search_page_parent_class)->focus (widget, direction);
}

static void
mbc_search_page_class_init (MbcSearchPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mbc_search_page_dispose;
  object_class->get_property = mbc_search_page_get_property;

  widget_class->focus = mbc_search_page_focus;

  props[PROP_PENDING] =
    g_param_spec_boolean ("pending", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  props[PROP_N_RESULTS] =
    g_param_spec_uint ("n-results", NULL, NULL, 0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, props);

  signals[OPEN_RESULT] =
    g_signal_new ("open-result", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, MBC_TYPE_SEARCH_RESULT);
  signals[OPEN_VIEW] =
    g_signal_new ("open-view", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
mbc_search_page_init (MbcSearchPage *self)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkWidget *clamp = adw_clamp_scrollable_new ();

  self->cancellable = g_cancellable_new ();
  self->results = g_list_store_new (MBC_TYPE_SEARCH_RESULT);
  self->shown = mbc_growing_model_new (G_LIST_MODEL (self->results), RESULTS_STEP);
  self->person_changed = TRUE;

  g_signal_connect (factory, "setup", G_CALLBACK (setup_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cb), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_cb), self);

  self->list_view = gtk_list_view_new (GTK_SELECTION_MODEL (gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->shown)))),
                                       factory);
  gtk_list_view_set_single_click_activate (GTK_LIST_VIEW (self->list_view), TRUE);
  gtk_widget_add_css_class (self->list_view, "search-results");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list_view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Search results"),
                                  -1);
  g_signal_connect_object (self->list_view, "activate", G_CALLBACK (activate_cb), self,
                           G_CONNECT_SWAPPED);

  /* The results as wide as a page of the guide is, at most; the clamp
   * scrolls the list itself, so that only the rows on screen are made.
   */
  adw_clamp_scrollable_set_maximum_size (ADW_CLAMP_SCROLLABLE (clamp), 720);
  adw_clamp_scrollable_set_child (ADW_CLAMP_SCROLLABLE (clamp), self->list_view);
  self->scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (self->scroller), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (self->scroller), clamp);
  mbc_growing_model_follow (self->shown,
                            gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (self->scroller)));

  self->empty_page = make_empty_page (self);

  self->stack = gtk_stack_new ();
  gtk_stack_add_named (GTK_STACK (self->stack), self->scroller, "results");
  gtk_stack_add_named (GTK_STACK (self->stack), self->empty_page, "empty");
  gtk_widget_set_parent (self->stack, GTK_WIDGET (self));
}

GtkWidget *
mbc_search_page_new (MbcContent *content)
{
  MbcSearchPage *self = g_object_new (MBC_TYPE_SEARCH_PAGE, NULL);

  g_return_val_if_fail (content == NULL || MBC_IS_CONTENT (content), NULL);

  g_set_object (&self->content, content);

  return GTK_WIDGET (self);
}

/* The person's questions (MbcMyQuestion), found by the search too. */
void
mbc_search_page_set_questions (MbcSearchPage *self,
                               GListModel    *questions)
{
  g_return_if_fail (MBC_IS_SEARCH_PAGE (self));
  g_return_if_fail (questions == NULL || G_IS_LIST_MODEL (questions));

  if (self->questions == questions)
    return;

  if (self->questions != NULL)
    g_signal_handlers_disconnect_by_func (self->questions, person_changed_cb, self);
  g_set_object (&self->questions, questions);
  if (questions != NULL)
    g_signal_connect_object (questions, "items-changed", G_CALLBACK (person_changed_cb), self,
                             G_CONNECT_SWAPPED);
  person_changed_cb (self);
}

/* The person's diary, or NULL: a workstation's search finds none. */
void
mbc_search_page_set_diary (MbcSearchPage *self,
                           MbcDiary      *diary)
{
  g_return_if_fail (MBC_IS_SEARCH_PAGE (self));
  g_return_if_fail (diary == NULL || MBC_IS_DIARY (diary));

  if (self->diary == diary)
    return;

  if (self->diary != NULL)
    g_signal_handlers_disconnect_by_func (self->diary, person_changed_cb, self);
  g_set_object (&self->diary, diary);
  if (diary != NULL)
    g_signal_connect_object (diary, "items-changed", G_CALLBACK (person_changed_cb), self,
                             G_CONNECT_SWAPPED);
  person_changed_cb (self);
}

/**
 * mbc_search_page_find:
 * @key: a key of a result of the content (mbc_search_result_dup_key())
 *
 * Returns: (transfer full) (nullable): the result @key names, the
 * index built here and now if it is not yet.
 */
MbcSearchResult *
mbc_search_page_find (MbcSearchPage *self,
                      const char    *key)
{
  g_return_val_if_fail (MBC_IS_SEARCH_PAGE (self), NULL);

  if (self->content == NULL)
    return NULL;
  if (self->content_index == NULL)
    self->content_index = mbc_search_index_new (self->content);

  return mbc_search_index_find (self->content_index, key);
}
