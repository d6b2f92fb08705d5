/* test-qr-code.c: the QR code of a link, read back by a real scanner,
 * and the panel that shows links on a shared workstation
 *
 * The pixels that GTK draws are decoded with zbarimg, the way a phone's
 * camera would read them, so that a code that looks right but scans
 * wrong fails here.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include "mbc-link-panel.h"
#include "mbc-qr-code.h"
#include "mbc-test-util.h"

#define KOMEN_PAGE "https://www.komen.org/support-resources/"
#define KOMEN_PHONE "tel:18774656636"

/* Where a launched link would leave its mark: see main(). */
static char *home;
static char *launched;

static const GdkRGBA white = { 1, 1, 1, 1 };
static const GdkRGBA black = { 0, 0, 0, 1 };

/* Renders @widget as it is on screen, over @background, and saves it as
 * a PNG. Returns the path.
 */
static char *
save_png (GtkWidget     *widget,
          const GdkRGBA *background,
          const char    *name)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  GskRenderer *renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  char *path = g_build_filename (home, name, NULL);

  g_assert_cmpint (width, >, 0);
  g_assert_cmpint (height, >, 0);

  gtk_snapshot_append_color (snapshot, background, &GRAPHENE_RECT_INIT (0, 0, width, height));
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (snapshot);
  texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, width, height));
  g_assert_true (gdk_texture_save_to_png (texture, path));

  return path;
}

/* What a scanner reads in the picture at @path; NULL when it finds no
 * code.
 */
static char *
scan (const char *path)
{
  const char *argv[] = { "zbarimg", "--raw", "-q", path, NULL };
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                &out, NULL, &status, &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    return NULL;

  /* zbarimg ends each code it reads with a newline. */
  g_assert_true (g_str_has_suffix (out, "\n"));
  out[strlen (out) - 1] = '\0';

  return g_steal_pointer (&out);
}

static GtkWidget *
show_qr_code (const char *text,
              int         size)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *qr_code = mbc_qr_code_new (text);

  gtk_window_set_child (GTK_WINDOW (window), qr_code);
  mbc_test_show_window (GTK_WINDOW (window), size, size);
  mbc_test_wait_frame (qr_code);

  return qr_code;
}

static void
assert_scans_as (GtkWidget     *qr_code,
                 const GdkRGBA *background,
                 const char    *expected)
{
  g_autofree char *path = save_png (qr_code, background, "qr-code.png");
  g_autofree char *read = scan (path);

  g_assert_cmpstr (read, ==, expected);
  g_unlink (path);
}

static void
test_scans (void)
{
  static const char *texts[] = {
    KOMEN_PAGE,
    KOMEN_PHONE,
    "mailto:helpline@komen.org",
    "https://komen.org/MBCResources",
  };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      GtkWidget *qr_code = show_qr_code (texts[i], 300);

      g_assert_cmpstr (mbc_qr_code_get_text (MBC_QR_CODE (qr_code)), ==, texts[i]);
      assert_scans_as (qr_code, &white, texts[i]);
      mbc_test_close_window (gtk_widget_get_root (qr_code));
    }
}

/* A new text is a new code, read as such. */
static void
test_text_changes (void)
{
  GtkWidget *qr_code = show_qr_code (KOMEN_PAGE, 300);

  g_object_set (qr_code, "text", KOMEN_PHONE, NULL);
  mbc_test_wait_frame (qr_code);
  assert_scans_as (qr_code, &white, KOMEN_PHONE);

  mbc_test_close_window (gtk_widget_get_root (qr_code));
}

/* Modules are whole pixels, the code square and as large as its place
 * allows, with its own white border: it scans over a black background,
 * in the dark style, and in a window that is not square.
 */
static void
test_dark_and_oblong (void)
{
  AdwStyleManager *style = adw_style_manager_get_default ();
  GtkWidget *qr_code;

  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);

  qr_code = show_qr_code (KOMEN_PAGE, 300);
  gtk_window_set_default_size (GTK_WINDOW (gtk_widget_get_root (qr_code)), 640, 260);
  mbc_test_iterate (150);
  mbc_test_wait_frame (qr_code);
  assert_scans_as (qr_code, &black, KOMEN_PAGE);
  mbc_test_close_window (gtk_widget_get_root (qr_code));

  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
}

static void
test_minimum_size (void)
{
  GtkWidget *qr_code = mbc_qr_code_new (KOMEN_PAGE);
  int minimum;

  g_object_ref_sink (qr_code);
  gtk_widget_measure (qr_code, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  g_assert_cmpint (minimum, >=, 200);
  gtk_widget_measure (qr_code, GTK_ORIENTATION_VERTICAL, -1, &minimum, NULL, NULL, NULL);
  g_assert_cmpint (minimum, >=, 200);

  g_assert_finalize_object (qr_code);
}

static void
test_accessible (void)
{
  GtkWidget *qr_code = mbc_qr_code_new (KOMEN_PAGE);

  g_object_ref_sink (qr_code);
  gtk_test_accessible_assert_role (GTK_ACCESSIBLE (qr_code), GTK_ACCESSIBLE_ROLE_IMG);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (qr_code), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "QR code for " KOMEN_PAGE);

  mbc_qr_code_set_text (MBC_QR_CODE (qr_code), KOMEN_PHONE);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (qr_code), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "QR code for " KOMEN_PHONE);

  g_assert_finalize_object (qr_code);
}

/* A text too long for any QR code shows nothing, and says why in the
 * log, rather than failing.
 */
static void
test_too_long (void)
{
  g_autoptr(GString) text = g_string_new ("https://www.komen.org/");
  GtkWidget *qr_code;
  g_autofree char *path = NULL;
  g_autofree char *read = NULL;

  while (text->len < 8000)
    g_string_append (text, "support-resources/");

  g_test_expect_message ("MbcGuide", G_LOG_LEVEL_MESSAGE, "Could not make a QR code*");
  qr_code = show_qr_code (text->str, 300);
  g_test_assert_expected_messages ();

  path = save_png (qr_code, &white, "too-long.png");
  read = scan (path);
  g_assert_null (read);
  g_unlink (path);

  mbc_test_close_window (gtk_widget_get_root (qr_code));
}

static gboolean
was_launched (void)
{
  return g_file_test (launched, G_FILE_TEST_EXISTS);
}


static MbcLinkPanel *
find_panel (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  MbcLinkPanel *found = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) toplevel = g_list_model_get_item (toplevels, i);

      if (MBC_IS_LINK_PANEL (toplevel))
        {
          g_assert_null (found);
          found = MBC_LINK_PANEL (toplevel);
        }
    }

  return found;
}

/* Presses the button that a screen reader names @name, in the resources
 * of a main window, and returns that window.
 */
static MbcWindow *
press_resource_button (MbcContent *content,
                       gboolean    kiosk,
                       const char *name)
{
  MbcWindow *window = mbc_test_open_window (content, 1100, 800);
  GtkWidget *button;

  /* A workstation's window, past its start page. */
  if (kiosk)
    {
      mbc_window_set_kiosk (window, TRUE);
      mbc_test_iterate (100);
      mbc_test_activate (window, "win.begin", "en");
      mbc_test_iterate (100);
    }

  mbc_test_activate (window, "win.view", "resources");
  button = mbc_test_find_named (GTK_WIDGET (window), GTK_TYPE_BUTTON, name);
  g_assert_nonnull (button);
  g_assert_true (mbc_test_is_showing (button));

  gtk_widget_activate (button);
  mbc_test_iterate (300);

  return window;
}

static MbcLinkPanel *
wait_panel (void)
{
  MbcLinkPanel *panel = NULL;

  for (guint i = 0; i < 200 && (panel == NULL || !gtk_widget_get_mapped (GTK_WIDGET (panel))); i++)
    {
      mbc_test_iterate (10);
      panel = find_panel ();
    }
  g_assert_nonnull (panel);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (panel)));
  mbc_test_wait_frame (GTK_WIDGET (panel));

  return panel;
}

/* On a workstation, a website's Open button shows its address large, as
 * a code to scan and in words, and launches nothing.
 */
static void
test_kiosk_website (void)
{
  g_autoptr(MbcContent) content = mbc_test_load_content ();
  MbcWindow *window;
  MbcLinkPanel *panel;
  GtkWidget *qr_code;
  GtkWidget *close_button;

  window = press_resource_button (content, TRUE, "Open the website of Komen Breast Care Helpline");
  panel = wait_panel ();

  g_assert_cmpstr (mbc_link_panel_get_uri (panel), ==, "https://www.komen.org");
  g_assert_true (gtk_window_get_modal (GTK_WINDOW (panel)));
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (panel)) == GTK_WINDOW (window));

  qr_code = mbc_test_find_type (GTK_WIDGET (panel), MBC_TYPE_QR_CODE);
  g_assert_nonnull (qr_code);
  g_assert_true (mbc_test_is_showing (qr_code));
  assert_scans_as (qr_code, &white, "https://www.komen.org");

  g_assert_nonnull (mbc_test_find_exact_label (GTK_WIDGET (panel), "https://www.komen.org"));
  g_assert_nonnull (mbc_test_find_exact_label (GTK_WIDGET (panel),
                                               "Scan the code with your phone's camera to open this page."));

  if (g_getenv ("MBC_TEST_PANEL_PNG") != NULL)
    {
      g_autofree char *path = save_png (GTK_WIDGET (panel), &white, "panel.png");
      g_autoptr(GFile) source = g_file_new_for_path (path);
      g_autoptr(GFile) target = g_file_new_for_path (g_getenv ("MBC_TEST_PANEL_PNG"));

      g_file_move (source, target, G_FILE_COPY_OVERWRITE, NULL, NULL, NULL, NULL);
    }

  /* A big, named button closes the panel. */
  close_button = mbc_test_find_named (GTK_WIDGET (panel), GTK_TYPE_BUTTON, "Close");
  if (close_button == NULL)
    close_button = mbc_test_find_exact_label (GTK_WIDGET (panel), "Close");
  g_assert_nonnull (close_button);
  while (!GTK_IS_BUTTON (close_button))
    close_button = gtk_widget_get_parent (close_button);
  g_assert_cmpint (gtk_widget_get_height (close_button), >=, 44);
  g_assert_cmpint (gtk_widget_get_width (close_button), >=, 44);

  g_object_add_weak_pointer (G_OBJECT (panel), (gpointer *) &panel);
  gtk_widget_activate (close_button);
  for (guint i = 0; i < 100 && panel != NULL; i++)
    mbc_test_iterate (10);
  g_assert_null (panel);
  g_assert_null (find_panel ());

  g_assert_false (was_launched ());

  mbc_test_close_window (window);
}

/* A phone number is shown very large, as a person would dial it, with
 * the code of its tel: link; Escape closes the panel.
 */
static void
test_kiosk_phone (void)
{
  g_autoptr(MbcContent) content = mbc_test_load_content ();
  MbcWindow *window;
  MbcLinkPanel *panel;
  GtkWidget *number;
  GtkShortcut *escape;

  window = press_resource_button (content, TRUE, "Call Komen Breast Care Helpline");
  panel = wait_panel ();

  g_assert_cmpstr (mbc_link_panel_get_uri (panel), ==, KOMEN_PHONE);
  assert_scans_as (mbc_test_find_type (GTK_WIDGET (panel), MBC_TYPE_QR_CODE), &white, KOMEN_PHONE);
  number = mbc_test_find_exact_label (GTK_WIDGET (panel), "1-877-465-6636");
  g_assert_nonnull (number);
  g_assert_true (gtk_widget_has_css_class (number, "link-panel-phone"));
  /* On one line, however narrow the panel: half a number on each line
   * is easy to misdial.
   */
  {
    PangoLayout *layout = gtk_label_get_layout (GTK_LABEL (number));
    int minimum, text_width;

    mbc_test_wait_frame (number);
    g_assert_cmpint (pango_layout_get_line_count (layout), ==, 1);
    gtk_widget_measure (number, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
    pango_layout_get_pixel_size (layout, &text_width, NULL);
    g_assert_cmpint (minimum, >=, text_width);
  }
  g_assert_nonnull (mbc_test_find_exact_label (GTK_WIDGET (panel),
                                               "Call this number from your phone."));

  /* Escape does what it does in a dialog. */
  escape = mbc_test_find_shortcut (GTK_WIDGET (panel), "Escape");
  g_assert_nonnull (escape);
  g_object_add_weak_pointer (G_OBJECT (panel), (gpointer *) &panel);
  g_assert_true (gtk_shortcut_action_activate (gtk_shortcut_get_action (escape),
                                               GTK_SHORTCUT_ACTION_EXCLUSIVE,
                                               GTK_WIDGET (panel),
                                               gtk_shortcut_get_arguments (escape)));
  for (guint i = 0; i < 100 && panel != NULL; i++)
    mbc_test_iterate (10);
  g_assert_null (panel);

  g_assert_false (was_launched ());

  mbc_test_close_window (window);
}

static void
test_kiosk_email (void)
{
  g_autoptr(MbcContent) content = mbc_test_load_content ();
  MbcWindow *window;
  MbcLinkPanel *panel;

  window = press_resource_button (content, TRUE, "Write an email to Komen Breast Care Helpline");
  panel = wait_panel ();

  g_assert_cmpstr (mbc_link_panel_get_uri (panel), ==, "mailto:helpline@komen.org");
  assert_scans_as (mbc_test_find_type (GTK_WIDGET (panel), MBC_TYPE_QR_CODE), &white,
                   "mailto:helpline@komen.org");
  g_assert_nonnull (mbc_test_find_exact_label (GTK_WIDGET (panel), "helpline@komen.org"));

  gtk_window_close (GTK_WINDOW (panel));
  mbc_test_iterate (50);
  g_assert_false (was_launched ());

  mbc_test_close_window (window);
}

/* Outside a workstation the same button launches the link, and the
 * check of the tests above would have seen it: no panel, and a mark.
 */
static void
test_not_kiosk_launches (void)
{
  g_autoptr(MbcContent) content = mbc_test_load_content ();
  MbcWindow *window;

  g_assert_false (was_launched ());
  window = press_resource_button (content, FALSE, "Open the website of Komen Breast Care Helpline");

  for (guint i = 0; i < 300 && !was_launched (); i++)
    mbc_test_iterate (10);
  g_assert_true (was_launched ());
  g_assert_null (find_panel ());

  /* GTK holds the window until the launch it started has finished,
   * which may be a little after the launched program has run.
   */
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  gtk_window_destroy (GTK_WINDOW (window));
  for (guint i = 0; i < 500 && window != NULL; i++)
    mbc_test_iterate (10);
  g_assert_null (window);
  g_unlink (launched);
}

/* A home of the test's own in which every web, phone and email link
 * opens with a program that only leaves a mark, so that a test can tell
 * whether anything was launched.
 */
static void
make_home (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *apps = NULL;
  g_autofree char *desktop = NULL;
  const char *mimes = "x-scheme-handler/https;x-scheme-handler/tel;x-scheme-handler/mailto;";

  home = g_dir_make_tmp ("mbc-test-qr-code-XXXXXX", &error);
  g_assert_no_error (error);
  launched = g_build_filename (home, "launched", NULL);
  apps = g_build_filename (home, "data", "applications", NULL);
  g_assert_cmpint (g_mkdir_with_parents (apps, 0700), ==, 0);

  desktop = g_strdup_printf ("[Desktop Entry]\n"
                             "Type=Application\n"
                             "Name=Mark\n"
                             "Exec=touch %s\n"
                             "MimeType=%s\n",
                             launched, mimes);
  mbc_test_write_file (apps, "mbc-test-mark.desktop", desktop);
  mbc_test_write_file (apps, "mimeapps.list",
                       "[Default Applications]\n"
                       "x-scheme-handler/https=mbc-test-mark.desktop\n"
                       "x-scheme-handler/tel=mbc-test-mark.desktop\n"
                       "x-scheme-handler/mailto=mbc-test-mark.desktop\n");

  {
    g_autofree char *data = g_build_filename (home, "data", NULL);
    g_autofree char *config = g_build_filename (home, "config", NULL);

    g_setenv ("XDG_DATA_HOME", data, TRUE);
    g_setenv ("XDG_CONFIG_HOME", config, TRUE);
  }
}

int
main (int   argc,
      char *argv[])
{
  int status;

  /* Before GLib reads where the user's files are. */
  make_home ();
  mbc_test_init (&argc, &argv);

  g_test_add_func ("/mbc/qr-code/scans", test_scans);
  g_test_add_func ("/mbc/qr-code/text-changes", test_text_changes);
  g_test_add_func ("/mbc/qr-code/dark-and-oblong", test_dark_and_oblong);
  g_test_add_func ("/mbc/qr-code/minimum-size", test_minimum_size);
  g_test_add_func ("/mbc/qr-code/accessible", test_accessible);
  g_test_add_func ("/mbc/qr-code/too-long", test_too_long);
  g_test_add_func ("/mbc/link-panel/kiosk-website", test_kiosk_website);
  g_test_add_func ("/mbc/link-panel/kiosk-phone", test_kiosk_phone);
  g_test_add_func ("/mbc/link-panel/kiosk-email", test_kiosk_email);
  g_test_add_func ("/mbc/link-panel/not-kiosk-launches", test_not_kiosk_launches);

  status = g_test_run ();

  mbc_test_remove_tree (home);
  g_free (launched);
  g_free (home);

  return status;
}
