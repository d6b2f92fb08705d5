/* mbc-link-panel.c: a link to take away on one's own phone
 *
 * On a shared workstation a link must never open a browser or a mail
 * program: the next person would find the first one's page, and a
 * browser leads anywhere. Instead the link is shown large, as a QR code
 * and in words, so that a person can take it with them on their phone.
 *
 * An AdwWindow rather than an AdwMessageDialog: a message dialog keeps
 * itself narrow and small-print, and the point here is a code big
 * enough to scan from arm's length and words big enough to read there.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "mbc-accessible.h"
#include "mbc-link-panel.h"
#include "mbc-links.h"
#include "mbc-qr-code.h"

struct _MbcLinkPanel
{
  AdwWindow  parent_instance;

  char      *uri;

  GtkBox    *box;
  GtkWidget *qr_code;
  GtkLabel  *address;
  GtkLabel  *hint;
  GtkWidget *close_button;
};

G_DEFINE_FINAL_TYPE (MbcLinkPanel, mbc_link_panel, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_URI,
  N_PROPS,
};

static GParamSpec *props[N_PROPS];

/* "18774656636" → "1-877-465-6636", as the number is written in the
 * United States; any other number as it is.
 */
static char *
dup_phone_words (const char *digits)
{
  gsize length = strlen (digits);

  if (length == 10 && strspn (digits, "0123456789") == 10)
    return g_strdup_printf ("%.3s-%.3s-%.4s", digits, digits + 3, digits + 6);

  if (length == 11 && digits[0] == '1' && strspn (digits, "0123456789") == 11)
    return g_strdup_printf ("1-%.3s-%.3s-%.4s", digits + 1, digits + 4, digits + 7);

  return g_strdup (digits);
}

static void
update (MbcLinkPanel *self)
{
  g_autoptr(GUri) parsed = NULL;
  g_autofree char *words = NULL;
  const char *scheme = NULL;
  const char *hint;
  const char *title;

  if (self->uri != NULL)
    parsed = g_uri_parse (self->uri, G_URI_FLAGS_NONE, NULL);
  if (parsed != NULL)
    scheme = g_uri_get_scheme (parsed);

  gtk_widget_remove_css_class (GTK_WIDGET (self->address), "link-panel-phone");
  gtk_widget_remove_css_class (GTK_WIDGET (self->address), "title-1");
  gtk_label_set_wrap_mode (self->address, PANGO_WRAP_WORD_CHAR);

  if (g_strcmp0 (scheme, "tel") == 0)
    {
      words = dup_phone_words (g_uri_get_path (parsed));
      /* Translators: the title of the panel that shows a phone number. */
      title = _("Phone Number");
      hint = _("Call this number from your phone.");
      gtk_widget_add_css_class (GTK_WIDGET (self->address), "link-panel-phone");
      /* Whole: half a number on each line is easy to misdial. Between a
       * hyphen and a digit there is no break in word wrapping.
       */
      gtk_label_set_wrap_mode (self->address, PANGO_WRAP_WORD);
      /* The number first: it is what a person dials. */
      gtk_box_reorder_child_after (self->box, GTK_WIDGET (self->address), NULL);
    }
  else if (g_strcmp0 (scheme, "mailto") == 0)
    {
      words = g_uri_unescape_string (g_uri_get_path (parsed), NULL);
      /* Translators: the title of the panel that shows an email address. */
      title = _("Email Address");
      hint = _("Scan the code with your phone's camera to write to this address.");
      gtk_widget_add_css_class (GTK_WIDGET (self->address), "title-1");
      gtk_box_reorder_child_after (self->box, GTK_WIDGET (self->address), self->qr_code);
    }
  else
    {
      words = g_strdup (self->uri != NULL ? self->uri : "");
      /* Translators: the title of the panel that shows a web address. */
      title = _("Web Page");
      hint = _("Scan the code with your phone's camera to open this page.");
      gtk_widget_add_css_class (GTK_WIDGET (self->address), "title-1");
      gtk_box_reorder_child_after (self->box, GTK_WIDGET (self->address), self->qr_code);
    }

  gtk_window_set_title (GTK_WINDOW (self), title);
  gtk_label_set_text (self->address, words != NULL ? words : "");
  gtk_label_set_text (self->hint, hint);
  mbc_qr_code_set_text (MBC_QR_CODE (self->qr_code), self->uri);
}

static void
mbc_link_panel_finalize (GObject *object)
{
  MbcLinkPanel *self = MBC_LINK_PANEL (object);

  g_clear_pointer (&self->uri, g_free);

  G_OBJECT_CLASS (mbc_link_panel_parent_class)->finalize (object);
}

static void
mbc_link_panel_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  MbcLinkPanel *self = MBC_LINK_PANEL (object);

  switch (prop_id)
    {
    case PROP_URI:
      g_value_set_string (value, self->uri);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mbc_link_panel_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  MbcLinkPanel *self = MBC_LINK_PANEL (object);

  switch (prop_id)
    {
    case PROP_URI:
      g_free (self->uri);
      self->uri = g_value_dup_string (value);
      update (self);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mbc_link_panel_class_init (MbcLinkPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = mbc_link_panel_finalize;
  object_class->get_property = mbc_link_panel_get_property;
  object_class->set_property = mbc_link_panel_set_property;

  props[PROP_URI] =
    g_param_spec_string ("uri", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, props);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
mbc_link_panel_init (MbcLinkPanel *self)
{
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  GtkWidget *address = gtk_label_new (NULL);
  GtkWidget *hint = gtk_label_new (NULL);
  GtkWidget *close_button = gtk_button_new_with_mnemonic (_("_Close"));

  mbc_accessible_name_mnemonics (close_button);
  gtk_window_set_modal (GTK_WINDOW (self), TRUE);
  gtk_window_set_default_size (GTK_WINDOW (self), 560, 680);
  gtk_widget_add_css_class (GTK_WIDGET (self), "link-panel");

  self->box = GTK_BOX (box);
  gtk_widget_set_margin_top (box, 24);
  gtk_widget_set_margin_bottom (box, 24);
  gtk_widget_set_margin_start (box, 24);
  gtk_widget_set_margin_end (box, 24);
  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);

  self->qr_code = mbc_qr_code_new (NULL);
  gtk_widget_set_halign (self->qr_code, GTK_ALIGN_CENTER);
  gtk_box_append (self->box, self->qr_code);

  /* Selectable, so that a person with a keyboard can copy it, and
   * wrapped anywhere, since an address has few spaces to wrap at.
   */
  self->address = GTK_LABEL (address);
  gtk_label_set_selectable (self->address, TRUE);
  gtk_label_set_wrap (self->address, TRUE);
  gtk_label_set_wrap_mode (self->address, PANGO_WRAP_WORD_CHAR);
  gtk_label_set_justify (self->address, GTK_JUSTIFY_CENTER);
  gtk_box_append (self->box, address);

  self->hint = GTK_LABEL (hint);
  gtk_label_set_wrap (self->hint, TRUE);
  gtk_label_set_justify (self->hint, GTK_JUSTIFY_CENTER);
  gtk_widget_add_css_class (hint, "title-4");
  gtk_box_append (self->box, hint);

  self->close_button = close_button;
  gtk_widget_set_halign (close_button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (close_button, "pill");
  gtk_widget_add_css_class (close_button, "suggested-action");
  gtk_widget_add_css_class (close_button, "touch-target");
  /* Wide enough to hit with a thumb without aiming. */
  gtk_widget_set_size_request (close_button, 200, -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (close_button), "window.close");
  gtk_box_append (self->box, close_button);

  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 560);
  adw_clamp_set_child (ADW_CLAMP (clamp), box);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled),
                                  GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), clamp);
  adw_window_set_content (ADW_WINDOW (self), scrolled);

  gtk_window_set_default_widget (GTK_WINDOW (self), close_button);
  gtk_window_set_focus (GTK_WINDOW (self), close_button);
}

GtkWidget *
mbc_link_panel_new (const char *uri)
{
  return g_object_new (MBC_TYPE_LINK_PANEL,
                       "uri", uri,
                       NULL);
}

const char *
mbc_link_panel_get_uri (MbcLinkPanel *self)
{
  g_return_val_if_fail (MBC_IS_LINK_PANEL (self), NULL);

  return self->uri;
}

/* Shows @uri, an https:, tel: or mailto: link as mbc-links.c builds
 * them, in a panel over the window of @from.
 */
void
mbc_link_panel_show (GtkWidget  *from,
                     const char *uri)
{
  GtkWidget *panel;
  GtkRoot *root;

  g_return_if_fail (GTK_IS_WIDGET (from));
  g_return_if_fail (mbc_links_is_allowed (uri));

  panel = mbc_link_panel_new (uri);
  root = gtk_widget_get_root (from);
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (panel), GTK_WINDOW (root));
  gtk_window_set_destroy_with_parent (GTK_WINDOW (panel), TRUE);

  gtk_window_present (GTK_WINDOW (panel));
}
