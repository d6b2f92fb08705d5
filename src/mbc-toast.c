/* mbc-toast.c: toasts whose words are never cut short
 *
 * libadwaita 1.2 shows a toast's title on one line and ends it in an
 * ellipsis where the window is too narrow for it, as it is at 360 px
 * with large text: "3 questions added to…". It also reads the title as
 * Pango markup, so an error message with an ampersand in it would show
 * nothing. The toasts of the guide have a title of their own instead,
 * plain text that wraps.
 *
 * A wrapping label asks for as wide a place as its text on one line,
 * and the toast overlay then gives the toast that width, or the
 * window's, with the height of one line. So the title asks for no more
 * than the room the toast has beside its buttons, and is as high as its
 * lines at that width.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "mbc-toast.h"

#define MBC_TYPE_TOAST_TITLE (mbc_toast_title_get_type ())
G_DECLARE_FINAL_TYPE (MbcToastTitle, mbc_toast_title, MBC, TOAST_TITLE, GtkWidget)

struct _MbcToastTitle
{
  GtkWidget  parent_instance;

  GtkWidget *label;
};

G_DEFINE_FINAL_TYPE (MbcToastTitle, mbc_toast_title, GTK_TYPE_WIDGET)

/* The room between the toast's spaces, the same on every side
 * (libadwaita's style for a toast: 6 px between its parts), which no
 * public call tells.
 */
#define SPACING 6

static int
box_width (GtkWidget *widget)
{
  GtkStyleContext *style;
  GtkBorder margin, border, padding;

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  style = gtk_widget_get_style_context (widget);
  gtk_style_context_get_margin (style, &margin);
  gtk_style_context_get_border (style, &border);
  gtk_style_context_get_padding (style, &padding);
  G_GNUC_END_IGNORE_DEPRECATIONS

  return margin.left + margin.right + border.left + border.right + padding.left + padding.right;
}

/* The width the title can have without the toast growing wider than
 * the window, or G_MAXINT when it is not shown in one yet.
 */
static int
room (MbcToastTitle *self)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);
  GtkWidget *bin = gtk_widget_get_parent (GTK_WIDGET (self));
  GtkWidget *toast = bin != NULL ? gtk_widget_get_parent (bin) : NULL;
  int width;

  if (overlay == NULL || toast == NULL || gtk_widget_get_width (overlay) <= 0)
    return G_MAXINT;

  width = gtk_widget_get_width (overlay) - box_width (toast) - box_width (bin);
  for (GtkWidget *child = gtk_widget_get_first_child (toast);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      int natural;

      if (child == bin || !gtk_widget_get_visible (child))
        continue;
      gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &natural, NULL, NULL);
      width -= natural + SPACING;
    }

  return width;
}

static void
mbc_toast_title_measure (GtkWidget      *widget,
                         GtkOrientation  orientation,
                         int             for_size,
                         int            *minimum,
                         int            *natural,
                         int            *minimum_baseline,
                         int            *natural_baseline)
{
  MbcToastTitle *self = MBC_TOAST_TITLE (widget);

  /* Its width never follows the height it is given: the toast's row
   * is as high as its tallest button (44 px at a workstation), and a
   * label asked how narrow it can be at that height would take two
   * lines for a few words.
   */
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    for_size = -1;
  gtk_widget_measure (self->label, orientation, for_size,
                      minimum, natural, minimum_baseline, natural_baseline);
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    *natural = MAX (*minimum, MIN (*natural, room (self)));
}

static void
mbc_toast_title_size_allocate (GtkWidget *widget,
                               int        width,
                               int        height,
                               int        baseline)
{
  MbcToastTitle *self = MBC_TOAST_TITLE (widget);
  GtkWidget *bin = gtk_widget_get_parent (widget);
  GtkWidget *toast = bin != NULL ? gtk_widget_get_parent (bin) : NULL;
  PangoLayout *layout;

  gtk_widget_allocate (self->label, width, height, baseline, NULL);

  /* A toast is a pill, whose round ends would cut into a second line:
   * one that wraps has the corners of a card instead (style.css).
   */
  layout = gtk_label_get_layout (GTK_LABEL (self->label));
  if (toast != NULL)
    {
      if (pango_layout_get_line_count (layout) > 1)
        gtk_widget_add_css_class (toast, "wrapped");
      else
        gtk_widget_remove_css_class (toast, "wrapped");
    }
}

static GtkSizeRequestMode
mbc_toast_title_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
mbc_toast_title_dispose (GObject *object)
{
  MbcToastTitle *self = MBC_TOAST_TITLE (object);

  g_clear_pointer (&self->label, gtk_widget_unparent);

  G_OBJECT_CLASS (mbc_toast_title_parent_class)->dispose (object);
}

static void
mbc_toast_title_class_init (MbcToastTitleClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mbc_toast_title_dispose;
  widget_class->measure = mbc_toast_title_measure;
  widget_class->size_allocate = mbc_toast_title_size_allocate;
  widget_class->get_request_mode = mbc_toast_title_get_request_mode;
}

static void
mbc_toast_title_init (MbcToastTitle *self)
{
  self->label = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (self->label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (self->label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (self->label), 0.0);
  gtk_widget_add_css_class (self->label, "heading");
  gtk_widget_set_parent (self->label, GTK_WIDGET (self));
}

/**
 * mbc_toast_new:
 * @title: what the toast says, plain text
 *
 * A toast that says @title whole, on as many lines as the window's
 * width needs.
 *
 * Returns: (transfer full): the toast, for adw_toast_overlay_add_toast()
 */
AdwToast *
mbc_toast_new (const char *title)
{
  AdwToast *toast;
  MbcToastTitle *custom;
  g_autofree char *escaped = g_markup_escape_text (title, -1);

  g_return_val_if_fail (title != NULL, NULL);

  /* The title, as libadwaita reads it, is markup. */
  toast = adw_toast_new (escaped);
  custom = g_object_new (MBC_TYPE_TOAST_TITLE, NULL);
  gtk_label_set_text (GTK_LABEL (custom->label), title);
  adw_toast_set_custom_title (toast, GTK_WIDGET (custom));

  return toast;
}
