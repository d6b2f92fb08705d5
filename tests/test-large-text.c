/* test-large-text.c: the guide with the desktop's text made larger
 *
 * A person who needs larger text sets it once for the whole desktop:
 * GNOME's Large Text raises the resolution GTK draws text at
 * (gtk-xft-dpi), and a larger font (gtk-font-name) does the same for
 * text alone. The guide is shown at text scale 1, 1.5 and 2, at the
 * desktop width and at the 360 px the guide supports, in English and in
 * Spanish (whose words are longer), over every view, a site page, the
 * lists a person fills, the search and the dialogs, and at a hospital's
 * workstation. Everywhere: every text grew, no label has less room than
 * it needs (nothing cut or clipped), nothing covers anything else,
 * nothing is wider than the window, and every pointer target is large
 * enough to hit (24 × 24 px, WCAG 2.2 AA; 44 × 44 px at a workstation).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "mbc-diary-record-dialog.h"
#include "mbc-diary-view.h"
#include "mbc-diary.h"
#include "mbc-language.h"
#include "mbc-my-question-list.h"
#include "mbc-site-page.h"
#include "mbc-sources-window.h"
#include "mbc-symptom.h"
#include "mbc-test-room.h"
#include "mbc-test-util.h"
#include "mbc-window.h"


static char *base_font;

/* Text at @scale times the desktop's usual size, as GNOME's Large Text
 * makes it: by the resolution text is drawn at.
 */
static void
set_text_scale (double scale)
{
  g_object_set (gtk_settings_get_default (),
                "gtk-xft-dpi", (int) (96 * 1024 * scale),
                "gtk-font-name", base_font,
                NULL);
}

/* Text at @scale times the usual size by the desktop's font alone. */
static void
set_font_scale (double scale)
{
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string (base_font);
  g_autofree char *name = NULL;

  pango_font_description_set_size (font, pango_font_description_get_size (font) * scale);
  name = pango_font_description_to_string (font);
  g_object_set (gtk_settings_get_default (), "gtk-xft-dpi", 96 * 1024, "gtk-font-name", name, NULL);
}

/* The site with the most to read. */
static const char *
longest_site (MbcContent *content)
{
  GListModel *sites = mbc_content_get_sites (content);
  const char *longest = NULL;
  gsize most = 0;

  for (guint i = 0; i < g_list_model_get_n_items (sites); i++)
    {
      g_autoptr(MbcSite) site = g_list_model_get_item (sites, i);
      GListModel *symptoms = mbc_site_get_symptoms (site);
      gsize length = strlen (mbc_site_get_summary (site) ?: "") +
                     strlen (mbc_site_get_about (site) ?: "") +
                     strlen (mbc_site_get_care (site) ?: "");

      for (guint j = 0; j < g_list_model_get_n_items (symptoms); j++)
        {
          g_autoptr(MbcSymptom) symptom = g_list_model_get_item (symptoms, j);

          length += strlen (mbc_symptom_get_text (symptom)) + 80;
        }
      if (length > most)
        {
          most = length;
          longest = mbc_site_get_id (site);
        }
    }

  return longest;
}

/* The first sign of @site_id, for the diary. */
static const char *
first_sign (MbcContent *content,
            const char *site_id)
{
  MbcSite *site = mbc_content_find_site (content, site_id);
  g_autoptr(MbcSymptom) symptom = g_list_model_get_item (mbc_site_get_symptoms (site), 0);

  /* The content holds the symptom; the id outlives this reference. */
  return mbc_symptom_get_id (symptom);
}

static void
add_diary_entries (MbcDiary   *diary,
                   const char *sign_id)
{
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;

  for (int i = 0; i < 4; i++)
    {
      g_autoptr(MbcDiaryEntry) entry = NULL;
      g_autoptr(GError) error = NULL;

      if (i % 2 == 0)
        entry = mbc_diary_entry_new (MBC_DIARY_KIND_SIGN, sign_id, NULL, now - i * 86400,
                                     3 + i, 2, "Paracetamol 500 mg",
                                     "Worse in the evening, better after resting a while.");
      else
        entry = mbc_diary_entry_new (MBC_DIARY_KIND_OWN, NULL, "Tiredness after the walk",
                                     now - i * 86400, 5, MBC_DIARY_SCORE_NONE, NULL, NULL);
      /* The diary keeps the entry it returns. */
      g_assert_nonnull (mbc_diary_add (diary, entry, &error));
      g_assert_no_error (error);
    }
}

/* Waits for the toplevel of @type to be shown, checks it, and closes
 * it as a person does.
 */
static void
check_toplevel (GType        type,
                const char  *where,
                gboolean     kiosk,
                MbcTestRoom *room)
{
  GtkWindow *dialog = NULL;

  for (guint i = 0; i < 300; i++)
    {
      dialog = mbc_test_find_toplevel (type);
      if (dialog != NULL && gtk_widget_get_mapped (GTK_WIDGET (dialog)))
        break;
      mbc_test_iterate (10);
    }
  g_assert_nonnull (dialog);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (dialog)));
  mbc_test_wait_frame (GTK_WIDGET (dialog));
  mbc_test_iterate (300);

  mbc_test_room_check_window (room, GTK_WIDGET (dialog), 0, where, kiosk);

  /* The keyboard shortcuts stay with their window, hidden; the others
   * go.
   */
  gtk_window_close (dialog);
  mbc_test_iterate (50);
  if (type != GTK_TYPE_SHORTCUTS_WINDOW && mbc_test_find_toplevel (type) == dialog)
    gtk_window_destroy (dialog);
  mbc_test_iterate (50);
}

/* Shows the toplevel of @type opened by @action of @widget, checks it,
 * and closes it again.
 */
static void
check_dialog (GtkWidget   *widget,
              const char  *action,
              GVariant    *target,
              GType        type,
              const char  *where,
              MbcTestRoom *room)
{
  MbcWindow *window = MBC_WINDOW (gtk_widget_get_root (widget));

  g_assert_true (gtk_widget_activate_action_variant (widget, action, target));
  check_toplevel (type, where, mbc_window_get_kiosk (window), room);
}

/* Shows the toast @action of @window brings, checks the window with it,
 * and closes it with its close button, as a person would.
 */
static void
check_toast (MbcWindow   *window,
             const char  *action,
             GVariant    *target,
             const char  *words,
             const char  *where,
             MbcTestRoom *room,
             int          width,
             gboolean     one_line)
{
  GtkWidget *toast = NULL;
  GtkWidget *label;

  g_assert_true (gtk_widget_activate_action_variant (GTK_WIDGET (window), action, target));
  for (guint i = 0; i < 100 && toast == NULL; i++)
    {
      mbc_test_iterate (10);
      toast = mbc_test_find_type (GTK_WIDGET (window), g_type_from_name ("AdwToastWidget"));
    }
  g_assert_nonnull (toast);
  mbc_test_iterate (400);
  /* Its words, whole, however long. */
  label = mbc_test_find_exact_label (toast, words);
  if (label == NULL)
    {
      g_autofree char *said = mbc_test_dup_visible_text (toast);

      g_error ("%s: the toast says “%s”, not “%s”", where, said, words);
    }
  /* Where there is room, a few words stay on one line, whatever the
   * height of the toast's buttons (44 px at a workstation).
   */
  if (one_line && pango_layout_get_line_count (gtk_label_get_layout (GTK_LABEL (label))) != 1)
    g_error ("%s: “%s” takes %d lines", where, words,
             pango_layout_get_line_count (gtk_label_get_layout (GTK_LABEL (label))));
  mbc_test_room_check_window (room, GTK_WIDGET (window), width, where, mbc_window_get_kiosk (window));

  gtk_widget_activate (gtk_widget_get_last_child (toast));
  for (guint i = 0; i < 100 && mbc_test_find_type (GTK_WIDGET (window),
                                                   g_type_from_name ("AdwToastWidget")) != NULL; i++)
    mbc_test_iterate (10);
  g_assert_null (mbc_test_find_type (GTK_WIDGET (window), g_type_from_name ("AdwToastWidget")));
}

typedef struct
{
  const char *language;
  double      scale;
  int         width;
  gboolean    kiosk;
} Case;

static void
check_case (const Case *c,
            MbcTestRoom *room)
{
  static const char *views[] = { "basics", "treatments", "questions", "resources", "diary" };
  g_autoptr(MbcContent) content = NULL;
  g_autoptr(MbcMyQuestionList) questions = mbc_my_question_list_new (NULL);
  g_autoptr(MbcDiary) diary = NULL;
  const char *site;
  MbcWindow *window;
  g_autofree char *prefix = g_strdup_printf ("%s ×%.1f %d px%s", c->language, c->scale, c->width,
                                             c->kiosk ? " workstation" : "");
  const int height = 760;

  g_assert_true (mbc_language_set (c->language));
  content = mbc_test_load_content ();
  site = longest_site (content);
  set_text_scale (c->scale);

  window = mbc_window_new (NULL, content, NULL);
  mbc_window_set_question_list (window, questions);
  if (c->kiosk)
    {
      mbc_window_set_kiosk (window, TRUE);
      gtk_window_unfullscreen (GTK_WINDOW (window));
    }
  else
    {
      diary = mbc_diary_new (NULL);
      g_assert_true (mbc_diary_load (diary, NULL));
      mbc_diary_set_content (diary, content);
      add_diary_entries (diary, first_sign (content, site));
      mbc_window_set_diary (window, diary);
    }
  mbc_test_show_window (GTK_WINDOW (window), c->width, height);

  if (c->kiosk)
    {
      g_autofree char *where = g_strdup_printf ("%s, start page", prefix);

      mbc_test_room_check_window (room, GTK_WIDGET (window), c->width, where, TRUE);
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.begin", "s",
                                                 c->language));
      mbc_test_iterate (300);
    }

  {
    g_autofree char *where = g_strdup_printf ("%s, map", prefix);

    mbc_test_activate (window, "win.view", "map");
    mbc_test_room_check_window (room, GTK_WIDGET (window), c->width, where, c->kiosk);
  }
  {
    g_autofree char *where = g_strdup_printf ("%s, site page %s", prefix, site);

    mbc_test_activate (window, "win.show-site", site);
    mbc_test_iterate (400);
    mbc_test_room_check_window (room, GTK_WIDGET (window), c->width, where, c->kiosk);
  }

  /* My Questions with the questions about the site on it, put there by
   * the site page's button, which says so in a toast with a button.
   * Then the longest toast the guide shows: why a change to the diary
   * was not saved.
   */
  {
    g_autoptr(GPtrArray) about = mbc_content_dup_questions_about (content,
                                                                  MBC_CONTENT_ITEM (mbc_content_find_site (content, site)));
    g_autofree char *added = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                           "%u question added to My Questions",
                                                           "%u questions added to My Questions",
                                                           about->len),
                                              about->len);
    g_autofree char *where = g_strdup_printf ("%s, toast", prefix);
    g_autofree char *failed = g_strdup_printf (_("A change to the diary could not be saved. %s "
                                                 "It is shown, but it is not kept on the disk."),
                                               "No space left on device");

    check_toast (window, "win.add-questions-about", g_variant_new ("(ss)", "site", site),
                 added, where, room, c->width, c->width > 360 && c->scale == 1.0);
    check_toast (window, "win.toast", g_variant_new_string (failed), failed, where, room, c->width,
                 FALSE);
  }
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (questions)), >, 0);

  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    {
      g_autofree char *where = g_strdup_printf ("%s, %s", prefix, views[i]);

      if (diary == NULL && g_str_equal (views[i], "diary"))
        continue;
      mbc_test_activate (window, "win.view", views[i]);
      mbc_test_iterate (200);
      mbc_test_room_check_window (room, GTK_WIDGET (window), c->width, where, c->kiosk);
    }

  {
    g_autofree char *where = g_strdup_printf ("%s, search", prefix);

    mbc_test_activate (window, "win.view", "map");
    gtk_widget_activate_action (GTK_WIDGET (window), "win.search-for", "s",
                                g_str_equal (c->language, "es") ? "dolor" : "pain");
    mbc_test_iterate (500);
    mbc_test_room_check_window (room, GTK_WIDGET (window), c->width, where, c->kiosk);
  }

  /* The dialogs, at the wide size and at 360 px with the largest text:
   * they keep their own size.
   */
  if (c->width > 360 || c->scale == 2.0)
    {
      g_autofree char *sources = g_strdup_printf ("%s, About This Information", prefix);
      g_autofree char *about = g_strdup_printf ("%s, About MBC Guide", prefix);
      g_autofree char *shortcuts = g_strdup_printf ("%s, keyboard shortcuts", prefix);

      check_dialog (GTK_WIDGET (window), "win.sources", NULL, MBC_TYPE_SOURCES_WINDOW, sources, room);
      /* A workstation has no About window: its links lead out. */
      if (!c->kiosk)
        check_dialog (GTK_WIDGET (window), "win.about", NULL, ADW_TYPE_ABOUT_WINDOW, about, room);
      /* The window reads its shortcuts just after its first frame. */
      for (guint i = 0; i < 100 && gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window)) == NULL; i++)
        mbc_test_iterate (20);
      check_dialog (GTK_WIDGET (window), "win.show-help-overlay", NULL, GTK_TYPE_SHORTCUTS_WINDOW,
                    shortcuts, room);
      if (diary != NULL)
        {
          g_autofree char *record = g_strdup_printf ("%s, record dialog", prefix);
          g_autofree char *delete = g_strdup_printf ("%s, question before deleting the diary", prefix);
          GtkWidget *diary_view = mbc_test_find_type (GTK_WIDGET (window), MBC_TYPE_DIARY_VIEW);

          check_dialog (GTK_WIDGET (window), "win.diary-record",
                        g_variant_new_string (first_sign (content, site)),
                        MBC_TYPE_DIARY_RECORD_DIALOG, record, room);
          g_assert_nonnull (diary_view);
          check_dialog (diary_view, "diary.delete-all", NULL, ADW_TYPE_MESSAGE_DIALOG, delete, room);
          g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (diary)), >, 0);
        }
      else
        {
          g_autofree char *still = g_strdup_printf ("%s, “Are you still there?”", prefix);
          g_autoptr(GSettings) settings = g_settings_new (APP_ID);

          /* A visitor who walked away: asked after a second, then given
           * time to answer.
           */
          g_settings_set_uint (settings, "idle-timeout", 1);
          g_settings_set_uint (settings, "idle-warning", 600);
          mbc_window_start_over (window, content, NULL, questions);
          check_toplevel (ADW_TYPE_MESSAGE_DIALOG, still, TRUE, room);
          g_settings_reset (settings, "idle-timeout");
          g_settings_reset (settings, "idle-warning");
        }
    }

  mbc_test_close_window (window);
  if (diary != NULL)
    g_assert_finalize_object (g_steal_pointer (&diary));
  g_assert_finalize_object (g_steal_pointer (&questions));
  g_assert_finalize_object (g_steal_pointer (&content));
  set_text_scale (1.0);
  mbc_language_set ("en");
}

static void
check_cases (const Case *cases,
             guint       n_cases)
{
  MbcTestRoom room = { 0, 0, g_string_new (NULL), g_string_new (NULL) };

  for (guint i = 0; i < n_cases; i++)
    check_case (&cases[i], &room);

  g_test_message ("%u labels and %u targets checked", room.n_labels, room.n_targets);
  g_assert_cmpuint (room.n_labels, >, 100 * n_cases);
  g_assert_cmpuint (room.n_targets, >, 10 * n_cases);
  /* Every target away from a workstation is at least 24 × 24 px. */
  if (room.small_targets->len > 0)
    g_error ("Targets smaller than 24 × 24 px:\n%s", room.small_targets->str);
  g_string_free (room.small_targets, TRUE);
  if (room.failures->len > 0)
    g_error ("Not all text has room, or a target is too small:\n%s", room.failures->str);
  g_string_free (room.failures, TRUE);
}

static void
test_layout_english (void)
{
  const Case cases[] = {
    { "en", 1.0, 1100 }, { "en", 1.0, 360 },
    { "en", 1.5, 1100 }, { "en", 1.5, 360 },
    { "en", 2.0, 1100 }, { "en", 2.0, 360 },
  };

  check_cases (cases, G_N_ELEMENTS (cases));
}

static void
test_layout_spanish (void)
{
  const Case cases[] = {
    { "es", 1.0, 1100 }, { "es", 1.0, 360 },
    { "es", 1.5, 1100 }, { "es", 1.5, 360 },
    { "es", 2.0, 1100 }, { "es", 2.0, 360 },
  };

  check_cases (cases, G_N_ELEMENTS (cases));
}

/* At a workstation every target takes a finger: 44 × 44 px. A
 * workstation fills its screen, so it is never as narrow as 360 px.
 */
static void
test_workstation (void)
{
  const Case cases[] = {
    { "en", 1.0, 1100, TRUE }, { "es", 1.0, 1100, TRUE },
    { "en", 2.0, 1100, TRUE }, { "es", 2.0, 1100, TRUE },
  };

  check_cases (cases, G_N_ELEMENTS (cases));
}

/* The size a label's text is drawn at, in pixels. */
static double
font_pixels (GtkWidget *label)
{
  PangoContext *context = gtk_widget_get_pango_context (label);
  const PangoFontDescription *font = pango_context_get_font_description (context);
  g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (label, "Xg");
  int height;

  pango_layout_get_pixel_size (layout, NULL, &height);
  g_test_message ("“%.30s”: %.1f px, a line %d px high", gtk_label_get_text (GTK_LABEL (label)),
                  (double) pango_font_description_get_size (font) / PANGO_SCALE, height);

  return (double) height;
}

/* The texts of a site page and of the window around it, at @scale. */
static void
measure_texts (MbcContent *content,
               void      (*set_scale) (double),
               double      scale,
               double     *sizes)
{
  MbcWindow *window;
  GtkWidget *page;
  MbcSite *site = mbc_content_find_site (content, "bones");
  g_autoptr(MbcSymptom) symptom = g_list_model_get_item (mbc_site_get_symptoms (site), 0);
  /* The start of each: a text may be split into paragraphs. */
  g_autofree char *about = g_strndup (mbc_site_get_about (site), 24);
  g_autofree char *sign = g_strndup (mbc_symptom_get_text (symptom), 24);
  const char *texts[] = {
    about,                         /* body */
    mbc_site_get_name (site),      /* its heading */
    sign,                          /* a sign, in a row */
    "In an emergency, call 911.",  /* the emergency line */
  };

  set_scale (scale);
  window = mbc_test_open_window (content, 1100, 760);
  mbc_test_activate (window, "win.show-site", "bones");
  mbc_test_iterate (300);
  page = mbc_test_find_type (GTK_WIDGET (window), MBC_TYPE_SITE_PAGE);

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      GtkWidget *label = mbc_test_find_label (i < 3 ? page : GTK_WIDGET (window), texts[i]);

      g_assert_nonnull (label);
      sizes[i] = font_pixels (label);
    }

  mbc_test_close_window (window);
}

static void
check_growth (void (*set_scale) (double))
{
  g_autoptr(MbcContent) content = mbc_test_load_content ();
  double base[4], double_size[4], half_again[4];

  measure_texts (content, set_scale, 1.0, base);
  measure_texts (content, set_scale, 1.5, half_again);
  measure_texts (content, set_scale, 2.0, double_size);
  set_text_scale (1.0);

  for (guint i = 0; i < G_N_ELEMENTS (base); i++)
    {
      g_test_message ("text %u: %.0f, %.0f, %.0f px", i, base[i], half_again[i], double_size[i]);
      g_assert_cmpfloat (half_again[i] / base[i], >=, 1.4);
      g_assert_cmpfloat (half_again[i] / base[i], <=, 1.6);
      g_assert_cmpfloat (double_size[i] / base[i], >=, 1.85);
      g_assert_cmpfloat (double_size[i] / base[i], <=, 2.15);
    }
}

/* Every text grows with the resolution (GNOME's Large Text). */
static void
test_grows_with_resolution (void)
{
  check_growth (set_text_scale);
}

/* And with the desktop's font size alone: the body of a site page did
 * not, as libadwaita 1.2 sizes its type classes in points.
 */
static void
test_grows_with_font (void)
{
  check_growth (set_font_scale);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  mbc_test_init (&argc, &argv);

  /* GNOME's title bar: a close button alone, as the guide is made for. */
  g_object_set (gtk_settings_get_default (), "gtk-decoration-layout", "appmenu:close", NULL);
  g_object_get (gtk_settings_get_default (), "gtk-font-name", &base_font,
                NULL);
  if (base_font == NULL)
    base_font = g_strdup ("Cantarell 11");

  g_test_add_func ("/mbc/large-text/grows-with-resolution", test_grows_with_resolution);
  g_test_add_func ("/mbc/large-text/grows-with-font", test_grows_with_font);
  g_test_add_func ("/mbc/large-text/english", test_layout_english);
  g_test_add_func ("/mbc/large-text/spanish", test_layout_spanish);
  g_test_add_func ("/mbc/large-text/workstation", test_workstation);

  status = g_test_run ();
  g_free (base_font);

  return status;
}
