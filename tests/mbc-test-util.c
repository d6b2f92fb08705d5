/* mbc-test-util.c: finding and driving widgets as a person would
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>

#include "mbc-language.h"
#include "mbc-test-util.h"
#include "mbc-window.h"

void
mbc_test_init (int    *argc,
               char ***argv)
{
  /* As the app does: the guide sets the locale and the language. */
  gtk_disable_setlocale ();
  mbc_language_init ();

  gtk_test_init (argc, argv, NULL);
  adw_init ();

  /* What AdwApplication does for the app: our icons and styles. */
  gtk_icon_theme_add_resource_path (gtk_icon_theme_get_for_display (gdk_display_get_default ()),
                                    RESOURCE_BASE "/icons");
  {
    g_autoptr(GtkCssProvider) provider = gtk_css_provider_new ();

    gtk_css_provider_load_from_resource (provider, RESOURCE_BASE "/style.css");
    gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                                GTK_STYLE_PROVIDER (provider),
                                                GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  }
}

static gboolean
quit_cb (gpointer data)
{
  *(gboolean *) data = TRUE;
  g_main_context_wakeup (NULL);
  return G_SOURCE_REMOVE;
}

/* How many times longer than usual the tests wait: built with
 * sanitizers, everything is slower, and tests/meson.build sets
 * MBC_TEST_TIME_SCALE.
 */
guint
mbc_test_time_scale (void)
{
  const char *scale = g_getenv ("MBC_TEST_TIME_SCALE");

  return scale != NULL ? CLAMP (g_ascii_strtoull (scale, NULL, 10), 1, 100) : 1;
}

/* Lets the main loop run for a while: layout, drawing, transitions. */
void
mbc_test_iterate (guint milliseconds)
{
  gboolean done = FALSE;

  g_timeout_add (milliseconds * mbc_test_time_scale (), quit_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

/* Whether @widget's window has painted a frame: the frame clock counts
 * from -1, and a frame is painted whole within one turn of the loop.
 */
static gboolean
mbc_test_has_painted (GtkWidget *widget)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (widget);

  return clock != NULL && gdk_frame_clock_get_frame_counter (clock) >= 0;
}

void
mbc_test_show_window (GtkWindow *window,
                      int        width,
                      int        height)
{
  gtk_window_set_default_size (window, width, height);
  gtk_window_present (window);

  for (guint i = 0; i < 200 && !gtk_widget_get_mapped (GTK_WIDGET (window)); i++)
    mbc_test_iterate (10);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (window)));

  /* Shown is painted: some parts of the guide are made just after the
   * first frame, which a busy machine may take long to paint.
   */
  for (guint i = 0; i < 500 && !mbc_test_has_painted (GTK_WIDGET (window)); i++)
    mbc_test_iterate (10);
  g_assert_true (mbc_test_has_painted (GTK_WIDGET (window)));

  /* Give the first frames time to lay out at the new size. */
  mbc_test_iterate (150);
}

/* Whether a person could see @widget: mapped, and every ancestor has it
 * as a visible child with room on screen.
 */
gboolean
mbc_test_is_showing (GtkWidget *widget)
{
  if (!gtk_widget_get_mapped (widget))
    return FALSE;

  for (GtkWidget *w = widget; w != NULL; w = gtk_widget_get_parent (w))
    if (!gtk_widget_get_child_visible (w) || !gtk_widget_get_visible (w))
      return FALSE;

  return gtk_widget_get_width (widget) > 0 && gtk_widget_get_height (widget) > 0;
}

static GtkWidget *
find (GtkWidget *root,
      gboolean (*match) (GtkWidget *, gconstpointer),
      gconstpointer data)
{
  if (match (root, data))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find (child, match, data);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static gboolean
match_label (GtkWidget     *widget,
             gconstpointer  text)
{
  return GTK_IS_LABEL (widget) &&
         mbc_test_is_showing (widget) &&
         strstr (gtk_label_get_text (GTK_LABEL (widget)), text) != NULL;
}

/* A label a person can see whose text holds @text. */
GtkWidget *
mbc_test_find_label (GtkWidget  *root,
                     const char *text)
{
  return find (root, match_label, text);
}

static gboolean
match_exact_label (GtkWidget     *widget,
                   gconstpointer  text)
{
  return GTK_IS_LABEL (widget) &&
         mbc_test_is_showing (widget) &&
         g_str_equal (gtk_label_get_text (GTK_LABEL (widget)), text);
}

/* A label a person can see whose text is @text and nothing more. */
GtkWidget *
mbc_test_find_exact_label (GtkWidget  *root,
                           const char *text)
{
  return find (root, match_exact_label, text);
}

static gboolean
match_type (GtkWidget     *widget,
            gconstpointer  type)
{
  return G_TYPE_CHECK_INSTANCE_TYPE (widget, GPOINTER_TO_SIZE (type));
}

GtkWidget *
mbc_test_find_type (GtkWidget *root,
                    GType      type)
{
  return find (root, match_type, GSIZE_TO_POINTER (type));
}

typedef struct
{
  GType       type;
  const char *label;
} Named;

static gboolean
match_named (GtkWidget     *widget,
             gconstpointer  data)
{
  const Named *named = data;
  g_autofree char *mismatch = NULL;

  if (!G_TYPE_CHECK_INSTANCE_TYPE (widget, named->type) ||
      !gtk_test_accessible_has_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL))
    return FALSE;

  /* NULL when the label is the one asked for. */
  mismatch = gtk_test_accessible_check_property (GTK_ACCESSIBLE (widget),
                                                 GTK_ACCESSIBLE_PROPERTY_LABEL,
                                                 named->label);

  return mismatch == NULL;
}

/* A widget of @type whose accessible name, as a screen reader says it,
 * is @accessible_label.
 */
GtkWidget *
mbc_test_find_named (GtkWidget  *root,
                     GType       type,
                     const char *accessible_label)
{
  Named named = { type, accessible_label };

  return find (root, match_named, &named);
}

static void
collect_text (GtkWidget *widget,
              GString   *text)
{
  if (GTK_IS_LABEL (widget) && mbc_test_is_showing (widget))
    g_string_append_printf (text, "%s\n", gtk_label_get_text (GTK_LABEL (widget)));

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_text (child, text);
}

/* Every label a person can see under @root, one a line. */
char *
mbc_test_dup_visible_text (GtkWidget *root)
{
  GString *text = g_string_new (NULL);

  collect_text (root, text);

  return g_string_free (text, FALSE);
}

/* The content that ships with the app. */
MbcContent *
mbc_test_load_content (void)
{
  g_autoptr(GError) error = NULL;
  MbcContent *content = mbc_content_new_default (&error);

  g_assert_no_error (error);

  return content;
}

/* The built-in content with a hospital's pack in @folder, in the
 * language set now; neither may have a problem.
 */
MbcContent *
mbc_test_load_content_with_pack (const char *folder)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) local_error = NULL;
  MbcContent *content;

  g_setenv ("MBC_LOCAL_CONTENT_DIR", folder, TRUE);
  content = mbc_content_new_default_with_local (&error, &local_error);
  g_setenv ("MBC_LOCAL_CONTENT_DIR", "", TRUE);
  g_assert_no_error (error);
  g_assert_no_error (local_error);

  return content;
}

/* A main window with @content, shown at @width × @height. */
MbcWindow *
mbc_test_open_window (MbcContent *content,
                      int         width,
                      int         height)
{
  MbcWindow *window = mbc_window_new (NULL, content, NULL);

  mbc_test_show_window (GTK_WINDOW (window), width, height);

  return window;
}

/* Closes @window, and checks that nothing keeps it alive. */
void
mbc_test_close_window (gpointer window)
{
  g_object_ref (window);
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

static void
after_paint_cb (GdkFrameClock *clock,
                gboolean      *painted)
{
  *painted = TRUE;
}

/* Lets @widget's window draw a frame, so that what has changed in it is
 * laid out, as it is on screen by the time a person looks.
 */
void
mbc_test_wait_frame (GtkWidget *widget)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (widget);
  gboolean painted = FALSE;
  gulong handler;

  if (clock == NULL)
    {
      mbc_test_iterate (50);
      return;
    }

  handler = g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), &painted);
  gtk_widget_queue_draw (widget);
  for (guint i = 0; i < 300 && !painted; i++)
    mbc_test_iterate (10);
  g_signal_handler_disconnect (clock, handler);

  mbc_test_iterate (20);
}

/* Activates @action on @widget, with a string @target or none, as a
 * button or a shortcut would, and lets the window catch up.
 */
void
mbc_test_activate (gpointer    widget,
                   const char *action,
                   const char *target)
{
  gboolean found;

  if (target != NULL)
    found = gtk_widget_activate_action (widget, action, "s", target);
  else
    found = gtk_widget_activate_action (widget, action, NULL);
  g_assert_true (found);

  mbc_test_wait_frame (widget);
}

/* The shortcut of @widget whose trigger is @accelerator, such as
 * "<Alt>2", as a key press would find it; NULL when there is none.
 */
GtkShortcut *
mbc_test_find_shortcut (GtkWidget  *widget,
                        const char *accelerator)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);
  g_autoptr(GtkShortcutTrigger) wanted = gtk_shortcut_trigger_parse_string (accelerator);

  g_assert_nonnull (wanted);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;

      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);

          if (gtk_shortcut_trigger_equal (gtk_shortcut_get_trigger (shortcut), wanted))
            return shortcut;
        }
    }

  return NULL;
}

/* Opens each view of @window in turn and checks that none needs more
 * than @width pixels, printing what each needs.
 */
void
mbc_test_assert_views_fit (MbcWindow *window,
                           int        width)
{
  static const char *views[] = { "map", "basics", "treatments", "questions", "resources" };

  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    {
      int minimum;

      mbc_test_activate (window, "win.view", views[i]);
      gtk_widget_measure (GTK_WIDGET (window), GTK_ORIENTATION_HORIZONTAL, -1,
                          &minimum, NULL, NULL, NULL);
      g_test_message ("view %s needs %d px", views[i], minimum);
      g_assert_cmpint (minimum, <=, width);
    }
}

/* The first window of @type that is open, or NULL. */
GtkWindow *
mbc_test_find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type))
        return window;
    }

  return NULL;
}

/* What a program, such as pdftotext, writes on its standard output; the
 * test fails with what it said on its error output if it fails.
 */
char *
mbc_test_run_program (const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *error_output = NULL;
  char *output = NULL;
  int status;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                &output, &error_output, &status, &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, &error))
    g_error ("%s failed: %s\n%s", argv[0], error->message, error_output);

  return output;
}

/* The label with @text that a person sees in @root, once it is there:
 * a page made for the first time may take a few frames on a busy
 * machine. NULL if it has not come after five seconds.
 */
GtkWidget *
mbc_test_wait_for_label (GtkWidget  *root,
                         const char *text)
{
  GtkWidget *label = mbc_test_find_label (root, text);

  for (guint i = 0; i < 100 && label == NULL; i++)
    {
      mbc_test_iterate (50);
      label = mbc_test_find_label (root, text);
    }

  return label;
}
