/* test-lockdown.c: a visitor at a workstation tries every door out
 *
 * The program starts the real application with --kiosk inside a
 * headless mutter (tests/run-under-mutter.sh), with GTK's setting for
 * GTK Inspector's keys on (as Debian ships it) and GTK_DEBUG=interactive
 * in the environment. Then it does what a curious visitor would, with a
 * real keyboard and mouse (mbc-test-seat.c): on the start page, in the
 * guide, in each text field and in each of the guide's dialogs it
 * presses every key combination that could open something, and it
 * right-clicks and long-presses each kind of text. After each, the
 * guide's windows must be the ones there were, with nothing new over
 * them (no Inspector, file chooser, print dialog, about window…), the
 * guide must still fill the screen, and a menu that opened must offer
 * nothing that leaves the guide.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "mbc-application.h"
#include "mbc-language.h"
#include "mbc-link-panel.h"
#include "mbc-my-question.h"
#include "mbc-sources-window.h"
#include "mbc-test-seat.h"
#include "mbc-test-util.h"

static MbcApplication *app;
static MbcTestSeat *seat;
static int status;

/* The guide's lines in the journal. */
static GPtrArray *messages;

/* How many times GTK's binding for the Inspector's keys was reached. */
static guint debugging_emissions;

/* What a key combination may open: listed here, each with its reason.
 * Any other window over the guide is a door out of it.
 */
typedef struct
{
  const char *keys;
  GType     (*may_open) (void);
  const char *why;
  /* Whether the window manager takes the keys, and the guide never
   * sees them.
   */
  gboolean    window_manager;
} Door;

static const Door doors[] = {
  /* GTK Inspector, GTK's interactive debugger. */
  { "<Control><Shift>i" },
  { "<Control><Shift>d" },
  /* Help, menus, context menus. */
  { "F1" },
  /* The guide's main menu, a popover whose items are checked below. */
  { "F10" },
  { "<Shift>F10" },
  { "Menu" },
  { "<Control>question", gtk_shortcuts_window_get_type,
    "the guide's own list of its keyboard shortcuts" },
  /* Quitting and closing. */
  { "<Control>q" },
  { "<Control>w" },
  { "<Alt>F4", NULL, NULL, TRUE },
  /* Files, printing, preferences. */
  { "<Control>o" },
  { "<Control>s" },
  { "<Control>p" },
  { "<Control><Shift>p" },
  { "<Control>comma" },
  /* A text field's emoji chooser: a popover of the guide, which may stay. */
  { "<Control>period" },
};

/* What a menu of the guide may offer at a workstation: all of it stays
 * in the guide. "link.open", which opens a browser, is not here.
 */
static const char * const allowed_actions[] = {
  "clipboard.cut",
  "clipboard.copy",
  "clipboard.paste",
  "selection.delete",
  "selection.select-all",
  "text.undo",
  "text.redo",
  /* The emoji chooser, a popover of the text field. */
  "misc.insert-emoji",
  /* Copies an address; nothing opens. */
  "link.copy",
  /* The main menu: About This Information, and the keyboard shortcuts. */
  "win.sources",
  "win.show-help-overlay",
  NULL,
};

static GLogWriterOutput
log_writer (GLogLevelFlags   log_level,
            const GLogField *fields,
            gsize            n_fields,
            gpointer         user_data)
{
  const char *domain = NULL;
  const char *message = NULL;

  for (gsize i = 0; i < n_fields; i++)
    {
      if (g_str_equal (fields[i].key, "GLIB_DOMAIN"))
        domain = fields[i].value;
      else if (g_str_equal (fields[i].key, "MESSAGE"))
        message = fields[i].value;
    }

  if ((log_level & G_LOG_LEVEL_MASK) == G_LOG_LEVEL_MESSAGE &&
      g_strcmp0 (domain, "MbcGuide") == 0 && message != NULL)
    g_ptr_array_add (messages, g_strdup (message));

  return g_log_writer_default (log_level, fields, n_fields, user_data);
}

static gboolean
enable_debugging_hook (GSignalInvocationHint *hint,
                       guint                  n_values,
                       const GValue          *values,
                       gpointer               data)
{
  debugging_emissions++;

  return TRUE;
}

static MbcWindow *
guide_window (void)
{
  GtkWindow *window = NULL;

  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (app)); l != NULL; l = l->next)
    if (MBC_IS_WINDOW (l->data))
      window = l->data;

  g_assert_nonnull (window);

  return MBC_WINDOW (window);
}

static char *
describe (GtkWindow *window)
{
  const char *title = gtk_window_get_title (window);

  return g_strdup_printf ("%s “%s”", G_OBJECT_TYPE_NAME (window), title != NULL ? title : "");
}

/* The windows on the screen. */
static GPtrArray *
dup_windows (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  GPtrArray *windows = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) window = g_list_model_get_item (toplevels, i);

      if (gtk_widget_get_visible (window))
        g_ptr_array_add (windows, g_steal_pointer (&window));
    }

  return windows;
}

static GtkWidget *
focus_widget (void)
{
  GtkWindow *window = NULL;
  g_autoptr(GPtrArray) windows = dup_windows ();

  for (guint i = 0; i < windows->len; i++)
    if (gtk_window_is_active (g_ptr_array_index (windows, i)))
      window = g_ptr_array_index (windows, i);

  return window != NULL ? gtk_root_get_focus (GTK_ROOT (window)) : NULL;
}

static void
add_popovers (GtkWidget *widget,
              GPtrArray *popovers)
{
  if (GTK_IS_POPOVER (widget) && gtk_widget_get_visible (widget))
    g_ptr_array_add (popovers, widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    add_popovers (child, popovers);
}

/* The popovers open in @windows: menus, the emoji chooser. */
static GPtrArray *
find_popovers (GPtrArray *windows)
{
  GPtrArray *popovers = g_ptr_array_new ();

  for (guint i = 0; i < windows->len; i++)
    add_popovers (g_ptr_array_index (windows, i), popovers);

  return popovers;
}

static char *
strip_mnemonic (const char *label)
{
  g_autoptr(GString) text = g_string_new (label);

  g_string_replace (text, "_", "", 0);

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* Whether @item, a menu item in @menu, shows and can be chosen once the
 * menu is on the screen.
 */
static gboolean
is_offered (GtkWidget *item,
            GtkWidget *menu)
{
  for (GtkWidget *widget = item; widget != menu; widget = gtk_widget_get_parent (widget))
    if (!gtk_widget_get_visible (widget) || !gtk_widget_get_child_visible (widget))
      return FALSE;

  return gtk_widget_is_sensitive (item);
}

static gboolean
offers_item (GtkWidget  *menu,
             GtkWidget  *widget,
             const char *text)
{
  if (g_strcmp0 (G_OBJECT_TYPE_NAME (widget), "GtkModelButton") == 0 &&
      is_offered (widget, menu))
    {
      g_autofree char *shown = NULL;
      g_autofree char *plain = NULL;

      g_object_get (widget, "text", &shown, NULL);
      plain = strip_mnemonic (shown);
      if (g_strcmp0 (plain, text) == 0)
        return TRUE;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (offers_item (menu, child, text))
      return TRUE;

  return FALSE;
}

/* Fails on an item of @model that @menu offers (shows, and can be
 * chosen) whose action is not one of allowed_actions.
 */
static void
check_menu_model (const char *what,
                  GtkWidget  *menu,
                  GMenuModel *model)
{
  for (int i = 0; i < g_menu_model_get_n_items (model); i++)
    {
      g_autofree char *action = NULL;
      g_autofree char *label = NULL;
      g_autofree char *text = NULL;
      const char *links[] = { G_MENU_LINK_SECTION, G_MENU_LINK_SUBMENU };

      for (guint j = 0; j < G_N_ELEMENTS (links); j++)
        {
          g_autoptr(GMenuModel) link = g_menu_model_get_item_link (model, i, links[j]);

          if (link != NULL)
            check_menu_model (what, menu, link);
        }

      if (!g_menu_model_get_item_attribute (model, i, G_MENU_ATTRIBUTE_ACTION, "s", &action) ||
          !g_menu_model_get_item_attribute (model, i, G_MENU_ATTRIBUTE_LABEL, "s", &label))
        continue;

      text = strip_mnemonic (label);
      if (!offers_item (menu, menu, text))
        continue;

      g_test_message ("%s: the menu offers “%s” (%s)", what, text, action);
      if (!g_strv_contains (allowed_actions, action))
        g_error ("%s: a menu offers “%s” (%s), which leaves the guide", what, text, action);
    }
}

/* Fails when anything but @may_open (when not 0) opened since @before,
 * when a window of @before closed and @may_close is FALSE, when the
 * guide is no longer full screen, or when a menu offers more than
 * allowed_actions.
 */
static void
check_doors_shut (const char *what,
                  GPtrArray  *before,
                  GType       may_open,
                  const char *why,
                  gboolean    may_close)
{
  g_autoptr(GPtrArray) after = dup_windows ();
  g_autoptr(GPtrArray) popovers = NULL;
  GtkWindow *guide = GTK_WINDOW (guide_window ());
  GdkMonitor *monitor;
  GdkRectangle screen;

  for (guint i = 0; i < after->len; i++)
    {
      GtkWindow *window = g_ptr_array_index (after, i);
      g_autofree char *name = describe (window);

      if (g_ptr_array_find (before, window, NULL))
        continue;

      if (may_open != 0 && G_TYPE_CHECK_INSTANCE_TYPE (window, may_open))
        g_test_message ("%s opened %s, as it may: %s", what, name, why);
      else
        g_error ("%s opened %s over the guide", what, name);
    }

  for (guint i = 0; i < before->len; i++)
    {
      GtkWindow *window = g_ptr_array_index (before, i);
      g_autofree char *name = describe (window);

      if (g_ptr_array_find (after, window, NULL))
        continue;

      if (window == guide)
        g_error ("%s closed the guide", what);
      else if (may_close)
        g_test_message ("%s closed %s", what, name);
      else
        g_error ("%s closed %s", what, name);
    }

  monitor = gdk_display_get_monitor_at_surface (gtk_widget_get_display (GTK_WIDGET (guide)),
                                                gtk_native_get_surface (GTK_NATIVE (guide)));
  gdk_monitor_get_geometry (monitor, &screen);
  if (!gtk_window_is_fullscreen (guide) ||
      gtk_widget_get_width (GTK_WIDGET (guide)) != screen.width ||
      gtk_widget_get_height (GTK_WIDGET (guide)) != screen.height)
    g_error ("%s: the guide no longer fills the screen (%d×%d)", what,
             gtk_widget_get_width (GTK_WIDGET (guide)), gtk_widget_get_height (GTK_WIDGET (guide)));

  popovers = find_popovers (after);
  for (guint i = 0; i < popovers->len; i++)
    {
      GtkWidget *popover = g_ptr_array_index (popovers, i);
      GMenuModel *model;

      /* GTK 4.8 makes a text's menu for Shift+F10 and the Menu key, but
       * under Wayland it never shows: what it would offer is checked all
       * the same.
       */
      if (gtk_widget_get_mapped (popover))
        g_test_message ("%s opened a %s", what, G_OBJECT_TYPE_NAME (popover));
      else
        g_test_message ("%s made a %s, not shown", what, G_OBJECT_TYPE_NAME (popover));
      model = GTK_IS_POPOVER_MENU (popover) ?
        gtk_popover_menu_get_menu_model (GTK_POPOVER_MENU (popover)) : NULL;
      if (model != NULL)
        check_menu_model (what, popover, model);
    }
}

static gboolean
is_within (GPtrArray *windows,
           GPtrArray *baseline)
{
  for (guint i = 0; i < windows->len; i++)
    if (!g_ptr_array_find (baseline, g_ptr_array_index (windows, i), NULL))
      return FALSE;

  return TRUE;
}

/* Presses Escape, as a visitor does to close what a door opened, until
 * no window is open but those of @baseline, and no popover.
 */
static void
close_with_escape (const char *what,
                   GPtrArray  *baseline)
{
  for (guint i = 0; i < 4; i++)
    {
      g_autoptr(GPtrArray) windows = dup_windows ();
      g_autoptr(GPtrArray) popovers = find_popovers (windows);
      g_autofree char *escape = NULL;
      guint n_shown = 0;

      for (guint j = 0; j < popovers->len; j++)
        {
          GtkWidget *popover = g_ptr_array_index (popovers, j);

          /* A menu that GTK made and could not show (see
           * check_doors_shut()) is closed by hand: no key reaches it,
           * and GTK would refuse to show the next popover over it.
           */
          if (gtk_widget_get_mapped (popover))
            n_shown++;
          else
            gtk_popover_popdown (GTK_POPOVER (popover));
        }
      if (n_shown == 0 && is_within (windows, baseline))
        return;

      /* The Escape is for the window just opened, once it has the
       * keyboard.
       */
      for (guint j = 0; j < windows->len; j++)
        {
          GtkWindow *window = g_ptr_array_index (windows, j);

          for (guint k = 0; k < 100 && !g_ptr_array_find (baseline, window, NULL) &&
                            !gtk_window_is_active (window); k++)
            mbc_test_iterate (10);
        }

      mbc_test_seat_press (seat, "Escape");
      escape = g_strdup_printf ("Escape after %s", what);
      check_doors_shut (escape, windows, 0, NULL, TRUE);
    }

  g_error ("Escape does not close what %s opened", what);
}

/* Where a visitor tries the doors: a page of the guide with the focus
 * in one place, or one of its dialogs.
 */
typedef struct
{
  const char *name;
  /* Brings the guide there, focus and all. */
  void      (*enter) (void);
  /* The dialog, or 0 for the guide's window. */
  GType     (*dialog) (void);
  /* Whether the focus is still there. */
  gboolean  (*is_there) (void);
} Place;

static GtkWindow *
find_visible_toplevel (GType type)
{
  g_autoptr(GPtrArray) windows = dup_windows ();

  for (guint i = 0; i < windows->len; i++)
    if (G_TYPE_CHECK_INSTANCE_TYPE (g_ptr_array_index (windows, i), type))
      return g_ptr_array_index (windows, i);

  return NULL;
}

/* Brings the guide to @place, and makes sure that the keys will go
 * there: to the dialog, or to the guide's window.
 */
static GPtrArray *
enter (const Place *place)
{
  GtkWindow *window;

  place->enter ();
  window = place->dialog != NULL ? find_visible_toplevel (place->dialog ())
                                 : GTK_WINDOW (guide_window ());
  g_assert_nonnull (window);
  if (!mbc_test_seat_wait_for_focus (seat, window))
    g_error ("The keys do not go to %s", place->name);

  return dup_windows ();
}

/* Presses the keys of the first @n_doors doors at @place. */
static void
try_doors (const Place *place,
           guint        n_doors)
{
  g_autoptr(GPtrArray) baseline = enter (place);
  guint emissions = debugging_emissions;

  for (guint i = 0; i < n_doors; i++)
    {
      g_autoptr(GPtrArray) before = NULL;
      g_autofree char *what = NULL;
      gboolean is_dialog = place->dialog != NULL;

      /* Alt+F4 closes a dialog, and Escape may take the focus out of a
       * text field.
       */
      if ((is_dialog && find_visible_toplevel (place->dialog ()) == NULL) ||
          (place->is_there != NULL && !place->is_there ()))
        {
          g_ptr_array_unref (baseline);
          baseline = enter (place);
        }

      before = dup_windows ();
      what = g_strdup_printf ("%s on %s", doors[i].keys, place->name);
      if (doors[i].window_manager)
        mbc_test_seat_press_for_window_manager (seat, doors[i].keys);
      else if (!mbc_test_seat_press (seat, doors[i].keys))
        g_error ("%s: the keys did not reach the guide", what);

      /* Alt+F4 asks the window manager to close the window with the
       * focus: a dialog may close, the guide may not.
       */
      check_doors_shut (what, before,
                        doors[i].may_open != NULL ? doors[i].may_open () : 0,
                        doors[i].why,
                        is_dialog && doors[i].window_manager);
      /* Taken by the guide before GTK's binding for the Inspector. */
      if (debugging_emissions != emissions)
        g_error ("%s reached GTK's binding for the Inspector", what);
      close_with_escape (what, baseline);
    }

  /* Escape closes the dialog, and opens nothing. */
  if (place->dialog != NULL)
    {
      g_autoptr(GPtrArray) before = NULL;
      g_autoptr(GPtrArray) after = NULL;
      g_autoptr(GPtrArray) popovers = NULL;
      g_autofree char *what = g_strdup_printf ("Escape on %s", place->name);

      if (find_visible_toplevel (place->dialog ()) == NULL)
        g_ptr_array_unref (enter (place));
      before = dup_windows ();
      g_assert_true (mbc_test_seat_press (seat, "Escape"));
      check_doors_shut (what, before, 0, NULL, TRUE);
      after = dup_windows ();
      popovers = find_popovers (after);
      g_assert_cmpuint (popovers->len, ==, 0);
      if (find_visible_toplevel (place->dialog ()) != NULL)
        g_error ("%s does not close it", what);
    }
}

/* ---- The places ---- */

/* Whether a click in the middle of @widget lands on it: it is on the
 * screen, not scrolled away or under another widget.
 */
static gboolean
is_under_pointer (GtkWidget *widget)
{
  GtkWidget *native = GTK_WIDGET (gtk_widget_get_native (widget));
  graphene_point_t point;
  GtkWidget *picked;

  if (!mbc_test_is_showing (widget) ||
      !gtk_widget_compute_point (widget, native,
                                 &GRAPHENE_POINT_INIT (gtk_widget_get_width (widget) / 2.0,
                                                       gtk_widget_get_height (widget) / 2.0),
                                 &point))
    return FALSE;

  picked = gtk_widget_pick (native, point.x, point.y, GTK_PICK_DEFAULT);

  return picked == widget || (picked != NULL && gtk_widget_is_ancestor (picked, widget));
}

typedef gboolean (*Match) (GtkWidget *widget);

/* The first widget under @root that @match takes and a click reaches. */
static GtkWidget *
find_clickable (GtkWidget *root,
                Match      match)
{
  if (match (root) && is_under_pointer (root))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_clickable (child, match);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static void
wait_for_window (GType type)
{
  for (guint i = 0; i < 300 && find_visible_toplevel (type) == NULL; i++)
    mbc_test_iterate (10);
  g_assert_nonnull (find_visible_toplevel (type));
}

static GtkWidget *
find_showing (GtkWidget *root,
              GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type) && mbc_test_is_showing (root))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_showing (child, type);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static gboolean
is_start_over (GtkWidget *widget)
{
  return GTK_IS_BUTTON (widget) && mbc_test_find_exact_label (widget, "Start Over") != NULL;
}

/* The start page, as the next visitor finds it; the focus on its first
 * button.
 */
static void
start_page (void)
{
  GtkWidget *english = mbc_test_find_exact_label (GTK_WIDGET (guide_window ()), "English");

  if (english == NULL)
    {
      GtkWidget *start_over = find_clickable (GTK_WIDGET (guide_window ()), is_start_over);

      g_assert_nonnull (start_over);
      mbc_test_seat_point_at (seat, start_over, gtk_widget_get_width (start_over) / 2.0,
                              gtk_widget_get_height (start_over) / 2.0);
      mbc_test_seat_click (seat, 1, 1);
      mbc_test_wait_frame (GTK_WIDGET (guide_window ()));
      english = mbc_test_find_exact_label (GTK_WIDGET (guide_window ()), "English");
    }

  g_assert_nonnull (english);
  gtk_widget_grab_focus (gtk_widget_get_ancestor (english, GTK_TYPE_BUTTON));
}

/* The guide in English, chosen on the start page with a click, on
 * @view, shown with its keys, Alt+1 to Alt+5.
 */
static void
show_view (const char *keys,
           const char *view)
{
  GtkWidget *english = mbc_test_find_exact_label (GTK_WIDGET (guide_window ()), "English");

  if (english != NULL)
    {
      mbc_test_seat_point_at (seat, english, 2, 2);
      mbc_test_seat_click (seat, 1, 1);
      mbc_test_wait_frame (GTK_WIDGET (guide_window ()));
    }

  if (english != NULL || g_strcmp0 (mbc_window_get_visible_view (guide_window ()), view) != 0)
    {
      mbc_test_seat_press (seat, keys);
      /* A view made as it is first shown takes a few frames to find its
       * layout.
       */
      mbc_test_wait_frame (GTK_WIDGET (guide_window ()));
      mbc_test_iterate (150);
    }

  g_assert_cmpstr (mbc_window_get_visible_view (guide_window ()), ==, view);
}

static void
body_map (void)
{
  show_view ("<Alt>1", "map");
}

static void
resources (void)
{
  show_view ("<Alt>5", "resources");
}

static void
questions (void)
{
  show_view ("<Alt>4", "questions");
}

/* Puts the focus in a text field, as a visitor does: the field comes
 * into view (as with Tab), and a click goes into it.
 */
static void
click_into (GtkWidget *widget)
{
  gtk_widget_grab_focus (widget);
  mbc_test_wait_frame (widget);
  mbc_test_iterate (100);
  g_assert_true (is_under_pointer (widget));

  mbc_test_seat_point_at (seat, widget, 4, gtk_widget_get_height (widget) / 2.0);
  mbc_test_seat_click (seat, 1, 1);
  mbc_test_iterate (100);
}

static GtkWidget *
guide_search (void)
{
  GtkWidget *entry = find_showing (GTK_WIDGET (guide_window ()), GTK_TYPE_SEARCH_ENTRY);

  g_assert_nonnull (entry);

  return find_showing (entry, GTK_TYPE_TEXT);
}

static gboolean
is_search_button (GtkWidget *widget)
{
  return GTK_IS_TOGGLE_BUTTON (widget) &&
         g_strcmp0 (gtk_button_get_icon_name (GTK_BUTTON (widget)), "system-search-symbolic") == 0;
}

/* The search of the whole guide, opened as a visitor does, by its
 * button in the header.
 */
static void
open_search (void)
{
  GtkWidget *button;

  resources ();
  /* Still open from the last key tried here. */
  if (find_showing (GTK_WIDGET (guide_window ()), GTK_TYPE_SEARCH_ENTRY) != NULL)
    return;
  button = find_clickable (GTK_WIDGET (guide_window ()), is_search_button);
  g_assert_nonnull (button);
  mbc_test_seat_point_at (seat, button, gtk_widget_get_width (button) / 2.0,
                          gtk_widget_get_height (button) / 2.0);
  mbc_test_seat_click (seat, 1, 1);
  mbc_test_iterate (300);
}

static void
search_entry (void)
{
  open_search ();
  click_into (guide_search ());
}

static gboolean
in_search_entry (void)
{
  GtkWidget *focus = focus_widget ();

  return focus != NULL && gtk_widget_get_ancestor (focus, GTK_TYPE_SEARCH_ENTRY) != NULL;
}

static GtkWidget *
question_entry_text (void)
{
  GtkWidget *entry = find_showing (GTK_WIDGET (guide_window ()), GTK_TYPE_ENTRY);

  g_assert_nonnull (entry);
  g_assert_true (gtk_widget_has_css_class (entry, "own-question"));

  return find_showing (entry, GTK_TYPE_TEXT);
}

static void
question_entry (void)
{
  questions ();
  click_into (question_entry_text ());
}

static gboolean is_question_text (GtkWidget *widget);

static gboolean
in_question_entry (void)
{
  GtkWidget *focus = focus_widget ();

  return focus != NULL && is_question_text (focus);
}

static GtkWidget *
answer_view (void)
{
  GtkWidget *answer = find_showing (GTK_WIDGET (guide_window ()), GTK_TYPE_TEXT_VIEW);

  /* The view shows a new question once it has made its row. */
  for (guint i = 0; i < 100 && answer == NULL; i++)
    {
      mbc_test_iterate (20);
      answer = find_showing (GTK_WIDGET (guide_window ()), GTK_TYPE_TEXT_VIEW);
    }
  g_assert_nonnull (answer);

  return answer;
}

/* A question of the visitor's own, and the answer under it. */
static void
answer (void)
{
  MbcMyQuestionList *list = mbc_application_get_question_list (app);

  if (g_list_model_get_n_items (G_LIST_MODEL (list)) == 0)
    {
      g_autoptr(MbcMyQuestion) question = mbc_my_question_new ("Can I keep working?", NULL);

      mbc_my_question_list_append (list, question);
    }
  questions ();
  click_into (answer_view ());
}

static gboolean
in_answer (void)
{
  GtkWidget *focus = focus_widget ();

  return focus != NULL && GTK_IS_TEXT_VIEW (focus);
}

/* About This Information, from the main menu, with the keyboard. */
static void
sources_window (void)
{
  body_map ();
  mbc_test_seat_press (seat, "F10");
  mbc_test_seat_press (seat, "Return");
  wait_for_window (MBC_TYPE_SOURCES_WINDOW);
}

static void
shortcuts_window (void)
{
  body_map ();
  mbc_test_seat_press (seat, "<Control>question");
  wait_for_window (GTK_TYPE_SHORTCUTS_WINDOW);
}

static gboolean
is_call (GtkWidget *widget)
{
  return GTK_IS_BUTTON (widget) && mbc_test_find_exact_label (widget, "Call") != NULL;
}

/* A help line's number, shown large when a visitor presses Call. */
static void
link_panel (void)
{
  GtkWidget *call;

  resources ();
  call = find_clickable (GTK_WIDGET (guide_window ()), is_call);
  g_assert_nonnull (call);
  mbc_test_seat_point_at (seat, call, gtk_widget_get_width (call) / 2.0,
                          gtk_widget_get_height (call) / 2.0);
  mbc_test_seat_click (seat, 1, 1);
  wait_for_window (MBC_TYPE_LINK_PANEL);
}

/* "Are You Still There?", which comes when no one touches the guide. */
static void
idle_prompt (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);

  body_map ();
  g_settings_set_uint (settings, "idle-timeout", 1);
  /* A key or a click starts the wait again. */
  mbc_test_seat_press (seat, "<Alt>1");
  wait_for_window (ADW_TYPE_MESSAGE_DIALOG);
  g_settings_set_uint (settings, "idle-timeout", 3600);
}

static const Place places[] = {
  { "the start page", start_page },
  { "the body map", body_map },
  /* A GtkText, as the entry for a question is, and a GtkTextView. */
  { "the search of the guide", search_entry, NULL, in_search_entry },
  { "the entry for a question", question_entry, NULL, in_question_entry },
  { "the answer to a question", answer, NULL, in_answer },
  { "About This Information", sources_window, mbc_sources_window_get_type },
  { "the keyboard shortcuts", shortcuts_window, gtk_shortcuts_window_get_type },
  { "a help line's number", link_panel, mbc_link_panel_get_type },
  { "“Are You Still There?”", idle_prompt, adw_message_dialog_get_type },
};

/* ---- Clicks and touches ---- */

static gboolean
is_paragraph (GtkWidget *widget)
{
  return GTK_IS_LABEL (widget) && !gtk_label_get_selectable (GTK_LABEL (widget)) &&
         g_utf8_strlen (gtk_label_get_text (GTK_LABEL (widget)), -1) > 40;
}

static gboolean
is_selectable (GtkWidget *widget)
{
  return GTK_IS_LABEL (widget) && gtk_label_get_selectable (GTK_LABEL (widget));
}

static gboolean
is_address (GtkWidget *widget)
{
  return is_selectable (widget) &&
         g_str_has_prefix (gtk_label_get_text (GTK_LABEL (widget)), "https://");
}

/* A website's button: an icon and the word "Open". */
static gboolean
is_link (GtkWidget *widget)
{
  return GTK_IS_BUTTON (widget) && mbc_test_find_exact_label (widget, "Open") != NULL;
}

static gboolean
is_search_text (GtkWidget *widget)
{
  return GTK_IS_TEXT (widget) && gtk_widget_get_ancestor (widget, GTK_TYPE_SEARCH_ENTRY) != NULL;
}

static gboolean
is_question_text (GtkWidget *widget)
{
  GtkWidget *entry = gtk_widget_get_ancestor (widget, GTK_TYPE_ENTRY);

  return GTK_IS_TEXT (widget) && entry != NULL && gtk_widget_has_css_class (entry, "own-question");
}

static gboolean
is_answer (GtkWidget *widget)
{
  return GTK_IS_TEXT_VIEW (widget);
}

static GtkWidget *
find_in_guide (Match match)
{
  return find_clickable (GTK_WIDGET (guide_window ()), match);
}

static GtkWidget *
find_in_link_panel (Match match)
{
  GtkWindow *panel = find_visible_toplevel (MBC_TYPE_LINK_PANEL);

  return panel != NULL ? find_clickable (GTK_WIDGET (panel), match) : NULL;
}

/* Each kind of text a visitor meets, and where. */
typedef struct
{
  const char *name;
  void      (*enter) (void);
  GtkWidget *(*find) (Match match);
  Match       match;
  /* What a click on it may open, and why. */
  GType     (*may_open) (void);
  const char *why;
} Text;

static const Text texts[] = {
  { "a paragraph", resources, find_in_guide, is_paragraph },
  { "a website's address", resources, find_in_guide, is_address },
  { "a link", resources, find_in_guide, is_link, mbc_link_panel_get_type,
    "a long press ends in a click, which shows the link's panel: its QR code and address" },
  { "the search of the guide", open_search, find_in_guide, is_search_text },
  { "the entry for a question", question_entry, find_in_guide, is_question_text },
  { "the answer to a question", answer, find_in_guide, is_answer },
  { "a link's address in its panel", link_panel, find_in_link_panel, is_selectable },
};

/* Closes the dialogs over the guide, as a visitor would, with Escape. */
static void
close_dialogs (void)
{
  for (guint i = 0; i < 4; i++)
    {
      g_autoptr(GPtrArray) windows = dup_windows ();

      if (windows->len == 1)
        return;

      mbc_test_seat_press (seat, "Escape");
    }

  g_error ("Escape does not close the dialogs");
}

typedef enum
{
  RIGHT_CLICK,
  LONG_PRESS,
  N_GESTURES,
} Gesture;

static const char * const gesture_names[] = {
  "A right click",
  "A long press",
};

/* A press held past GTK's long press time, half a second, as a finger
 * does on a touchscreen. With a mouse, GTK 4.8's text fields take a long
 * press for a slow click; on a touchscreen they answer it, with a menu
 * or with handles. The pointer stands for a finger here, as GTK
 * Inspector's "Simulate Touchscreen" makes it: GTK's gestures that
 * answer only a touchscreen take it, and those that answer a mouse too.
 */
static void
long_press (void)
{
  GtkDebugFlags flags = gtk_get_debug_flags ();

  gtk_set_debug_flags (flags | GTK_DEBUG_TOUCHSCREEN);
  mbc_test_seat_button (seat, 1, TRUE);
  mbc_test_iterate (600);
  mbc_test_seat_button (seat, 1, FALSE);
  gtk_set_debug_flags (flags);
}

/* A right click and a long press on each kind of text. */
static void
test_texts (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      for (Gesture gesture = 0; gesture < N_GESTURES; gesture++)
        {
          g_autoptr(GPtrArray) before = NULL;
          g_autofree char *what = g_strdup_printf ("%s on %s", gesture_names[gesture],
                                                   texts[i].name);
          GtkWidget *target = texts[i].find (texts[i].match);

          if (target == NULL)
            texts[i].enter ();
          /* A dialog just opened takes a few frames to be drawn. */
          for (guint j = 0; j < 100 && target == NULL; j++)
            {
              mbc_test_iterate (20);
              target = texts[i].find (texts[i].match);
            }
          if (target == NULL)
            g_error ("%s is not on the screen", texts[i].name);

          before = dup_windows ();
          /* On the words of a label, which start on its left. */
          mbc_test_seat_point_at (seat, target,
                                  GTK_IS_LABEL (target) ? 4 : gtk_widget_get_width (target) / 2.0,
                                  gtk_widget_get_height (target) / 2.0);
          if (gesture == RIGHT_CLICK)
            mbc_test_seat_click (seat, 3, 1);
          else
            long_press ();

          check_doors_shut (what, before,
                            texts[i].may_open != NULL ? texts[i].may_open () : 0,
                            texts[i].why, FALSE);
          close_with_escape (what, before);
        }
    }

  close_dialogs ();
}

static gboolean
is_header_bar (GtkWidget *widget)
{
  return ADW_IS_HEADER_BAR (widget);
}

/* A place on the guide's header bar with nothing on it, where a click
 * goes to the title bar itself.
 */
static GtkWidget *
find_bare_header (double *x,
                  double *y)
{
  GtkWidget *header = find_in_guide (is_header_bar);
  GtkWidget *native;

  g_assert_nonnull (header);
  native = GTK_WIDGET (gtk_widget_get_native (header));
  *y = gtk_widget_get_height (header) / 2.0;

  for (*x = 40; *x < gtk_widget_get_width (header) - 40; *x += 10)
    {
      graphene_point_t point;
      GtkWidget *picked;

      g_assert_true (gtk_widget_compute_point (header, native, &GRAPHENE_POINT_INIT (*x, *y),
                                               &point));
      picked = gtk_widget_pick (native, point.x, point.y, GTK_PICK_DEFAULT);
      if (picked != NULL && gtk_widget_is_ancestor (picked, header) &&
          gtk_widget_get_ancestor (picked, GTK_TYPE_BUTTON) == NULL &&
          gtk_widget_get_ancestor (picked, GTK_TYPE_MENU_BUTTON) == NULL &&
          gtk_widget_get_ancestor (picked, ADW_TYPE_VIEW_SWITCHER_TITLE) == NULL)
        return header;
    }

  g_error ("No bare place on the header bar");
}

/* What a title bar answers: a drag, a double click, a right and a
 * middle click. None of them takes the guide out of full screen or
 * opens a window manager's menu.
 */
static void
test_title_bar (void)
{
  static const char * const names[] = {
    "A drag of the header bar",
    "A double click on the header bar",
    "A right click on the header bar",
    "A middle click on the header bar",
  };

  body_map ();

  /* Mutter does nothing with these for a window that fills the screen;
   * GNOME Shell's window menu would offer to take a screenshot.
   */
  {
    const char *settings[] = {
      "gtk-titlebar-double-click",
      "gtk-titlebar-middle-click",
      "gtk-titlebar-right-click",
    };

    for (guint i = 0; i < G_N_ELEMENTS (settings); i++)
      {
        g_autofree char *action = NULL;

        g_object_get (gtk_settings_get_default (), settings[i], &action, NULL);
        g_assert_cmpstr (action, ==, "none");
      }
  }

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr(GPtrArray) before = dup_windows ();
      double x, y;
      GtkWidget *header = find_bare_header (&x, &y);

      mbc_test_seat_point_at (seat, header, x, y);
      switch (i)
        {
        case 0:
          mbc_test_seat_drag (seat, 150, 150);
          break;

        case 1:
          mbc_test_seat_click (seat, 1, 2);
          break;

        case 2:
          mbc_test_seat_click (seat, 3, 1);
          break;

        default:
          mbc_test_seat_click (seat, 2, 1);
          break;
        }

      /* The window manager answers in its own time. */
      mbc_test_iterate (300);
      check_doors_shut (names[i], before, 0, NULL, FALSE);
      close_with_escape (names[i], before);
    }
}

/* ---- The tests ---- */

static gboolean
has_inspector (void)
{
  g_autoptr(GPtrArray) windows = dup_windows ();

  for (guint i = 0; i < windows->len; i++)
    if (g_str_equal (G_OBJECT_TYPE_NAME (g_ptr_array_index (windows, i)), "GtkInspectorWindow"))
      return TRUE;

  return FALSE;
}

/* GTK_DEBUG=interactive, which opens the Inspector as GTK starts, was
 * refused, with a line in the journal.
 */
static void
test_gtk_debug (void)
{
  gboolean said = FALSE;

  g_assert_true (mbc_application_get_kiosk (app));
  g_assert_false (has_inspector ());
  g_assert_null (g_getenv ("GTK_DEBUG"));
  g_assert_false (gtk_get_debug_flags () & GTK_DEBUG_INTERACTIVE);

  for (guint i = 0; i < messages->len; i++)
    said |= strstr (g_ptr_array_index (messages, i),
                    "GTK_DEBUG=interactive would open GTK Inspector") != NULL;
  g_assert_true (said);
}

static void
check_inspector_keybinding (void)
{
  g_autoptr(GSettingsSchema) schema =
    g_settings_schema_source_lookup (g_settings_schema_source_get_default (),
                                     "org.gtk.gtk4.Settings.Debug", TRUE);
  g_autoptr(GSettings) debug = NULL;

  /* As Debian ships GTK: the Inspector's keys on. */
  g_assert_nonnull (schema);
  debug = g_settings_new ("org.gtk.gtk4.Settings.Debug");
  g_assert_true (g_settings_get_boolean (debug, "enable-inspector-keybinding"));
}

/* The Inspector's keys, in the guide's window and in a dialog. */
static void
test_inspector_keys (void)
{
  check_inspector_keybinding ();

  /* They are the first two doors; the places are the start page, the
   * body map, the search of resources and About This Information.
   */
  for (guint i = 0; i < 5; i++)
    if (i != 3)
      try_doors (&places[i], 2);

  g_assert_false (has_inspector ());
}

/* Every key combination, everywhere. */
static void
test_keys (void)
{
  check_inspector_keybinding ();

  for (guint i = 0; i < G_N_ELEMENTS (places); i++)
    try_doors (&places[i], G_N_ELEMENTS (doors));

  g_assert_false (has_inspector ());
}

static void
check_no_link (GtkWidget  *widget,
               const char *where)
{
  if (GTK_IS_LABEL (widget) && gtk_label_get_use_markup (GTK_LABEL (widget)) &&
      strstr (gtk_label_get_label (GTK_LABEL (widget)), "<a ") != NULL)
    g_error ("A text in %s has a link, whose menu offers to open a browser: %s", where,
             gtk_label_get_label (GTK_LABEL (widget)));

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    check_no_link (child, where);
}

/* No text of the guide is a link of GTK's (markup with <a href>): its
 * menu would offer "Open Link", and a click on it would open a browser.
 * The guide's links are buttons, which show a link's panel.
 */
static void
test_links (void)
{
  static const char * const views[] = { "map", "basics", "treatments", "questions", "resources" };
  MbcWindow *window;

  body_map ();
  window = guide_window ();
  mbc_test_activate (window, "win.show-site", "liver");

  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    {
      g_autofree char *keys = g_strdup_printf ("<Alt>%u", i + 1);

      show_view (keys, views[i]);
      check_no_link (GTK_WIDGET (window), views[i]);
    }

  sources_window ();
  check_no_link (GTK_WIDGET (find_visible_toplevel (MBC_TYPE_SOURCES_WINDOW)),
                 "About This Information");
  close_dialogs ();
}

/* GTK's binding, however it is reached, opens nothing. */
static void
test_binding (void)
{
  g_autoptr(GPtrArray) before = NULL;
  gboolean handled = FALSE;

  body_map ();
  before = dup_windows ();
  g_signal_emit_by_name (guide_window (), "enable-debugging", TRUE, &handled);
  mbc_test_iterate (200);
  check_doors_shut ("GTK's binding for the Inspector", before, 0, NULL, FALSE);
  g_assert_true (handled);
  g_assert_false (has_inspector ());
}

static void
activate_cb (GApplication *application)
{
  GtkWindow *window = GTK_WINDOW (guide_window ());

  for (guint i = 0; i < 500 && !gtk_window_is_fullscreen (window); i++)
    mbc_test_iterate (10);
  mbc_test_iterate (200);

  g_signal_add_emission_hook (g_signal_lookup ("enable-debugging", GTK_TYPE_WINDOW), 0,
                              enable_debugging_hook, NULL, NULL);
  status = g_test_run ();

  /* Nothing else closes it. */
  gtk_window_destroy (window);
  g_application_quit (application);
}

int
main (int   argc,
      char *argv[])
{
  char *args[] = { argv[0], (char *) "--kiosk", NULL };
  g_autoptr(GSettings) settings = NULL;
  g_autoptr(GSettings) debug = NULL;

  messages = g_ptr_array_new_with_free_func (g_free);
  g_log_set_writer_func (log_writer, NULL, NULL);

  /* GTK starts inside the application, as in the real program, so that
   * GTK_DEBUG is read as it would be there: not mbc_test_init().
   */
  g_test_init (&argc, &argv, NULL);
  gtk_disable_setlocale ();
  mbc_language_init ();
  g_setenv ("GTK_DEBUG", "interactive", TRUE);

  g_test_add_func ("/mbc/lockdown/gtk-debug", test_gtk_debug);
  g_test_add_func ("/mbc/lockdown/inspector-keys", test_inspector_keys);
  g_test_add_func ("/mbc/lockdown/keys", test_keys);
  g_test_add_func ("/mbc/lockdown/binding", test_binding);
  g_test_add_func ("/mbc/lockdown/texts", test_texts);
  g_test_add_func ("/mbc/lockdown/links", test_links);
  g_test_add_func ("/mbc/lockdown/title-bar", test_title_bar);

  settings = g_settings_new (APP_ID);
  g_settings_set_uint (settings, "idle-timeout", 3600);
  g_settings_set_uint (settings, "idle-warning", 600);
  g_settings_set_string (settings, "default-language", "en");
  g_settings_set_boolean (settings, "kiosk-allow-printing", TRUE);
  debug = g_settings_new ("org.gtk.gtk4.Settings.Debug");
  g_settings_set_boolean (debug, "enable-inspector-keybinding", TRUE);
  g_settings_set_boolean (debug, "inspector-warning", TRUE);

  /* The keyboard comes before the window. */
  seat = mbc_test_seat_new ();

  app = mbc_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_signal_connect_after (app, "activate", G_CALLBACK (activate_cb), NULL);
  g_assert_cmpint (g_application_run (G_APPLICATION (app), 2, args), ==, 0);
  g_assert_finalize_object (app);

  mbc_test_seat_free (seat);
  g_ptr_array_unref (messages);

  return status;
}
