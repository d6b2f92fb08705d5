/* mbc-qr-code.c: the QR code of a text, for a phone's camera
 *
 * On a shared screen a link must not open a browser; a person takes it
 * with them instead by pointing their phone at this code. The encoding
 * itself is libqrencode's: a well-kept library does it better than code
 * of ours would.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <qrencode.h>

#include "mbc-qr-code.h"

/* The blank border that scanners need around the code, in modules, as
 * the QR code standard asks.
 */
#define QUIET_ZONE 4
#define MIN_SIZE 200
#define NATURAL_SIZE 320

struct _MbcQrCode
{
  GtkWidget  parent_instance;

  char      *text;
  QRcode    *code;
};

G_DEFINE_FINAL_TYPE (MbcQrCode, mbc_qr_code, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_TEXT,
  N_PROPS,
};

static GParamSpec *props[N_PROPS];

G_DEFINE_AUTOPTR_CLEANUP_FUNC (QRcode, QRcode_free)

static void
encode (MbcQrCode *self)
{
  g_autofree char *label = NULL;

  g_clear_pointer (&self->code, QRcode_free);

  if (self->text != NULL && *self->text != '\0')
    {
      /* Version 0 lets the library pick the smallest code that holds the
       * text; level M survives a smudge on the screen or a glare.
       */
      self->code = QRcode_encodeString (self->text, 0, QR_ECLEVEL_M, QR_MODE_8, TRUE);
      if (self->code == NULL)
        g_message ("Could not make a QR code of a text of %zu bytes: %s",
                   strlen (self->text), g_strerror (errno));
    }

  /* Translators: what a screen reader says of the QR code picture; %s is
   * the address it holds.
   */
  label = g_strdup_printf (_("QR code for %s"), self->text != NULL ? self->text : "");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);

  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
mbc_qr_code_measure (GtkWidget      *widget,
                     GtkOrientation  orientation,
                     int             for_size,
                     int            *minimum,
                     int            *natural,
                     int            *minimum_baseline,
                     int            *natural_baseline)
{
  *minimum = MIN_SIZE;
  *natural = NATURAL_SIZE;
}

static void
mbc_qr_code_snapshot (GtkWidget   *widget,
                      GtkSnapshot *snapshot)
{
  MbcQrCode *self = MBC_QR_CODE (widget);
  /* Black on white whatever the style: a dark or high-contrast theme
   * must not invert the code, or many scanners can no longer read it.
   */
  static const GdkRGBA white = { 1, 1, 1, 1 };
  static const GdkRGBA black = { 0, 0, 0, 1 };
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  int modules, module_size, side, x0, y0;

  if (self->code == NULL)
    return;

  /* Whole pixels for each module: a module that is 3.4 px wide would be
   * drawn blurred at its edges, and blur is what scanners read worst.
   */
  modules = self->code->width + 2 * QUIET_ZONE;
  module_size = MAX (1, MIN (width, height) / modules);
  side = module_size * modules;
  x0 = (width - side) / 2;
  y0 = (height - side) / 2;

  gtk_snapshot_append_color (snapshot, &white, &GRAPHENE_RECT_INIT (x0, y0, side, side));

  for (int row = 0; row < self->code->width; row++)
    {
      const unsigned char *data = self->code->data + row * self->code->width;
      int column = 0;

      /* One rectangle for each run of dark modules in a row. */
      while (column < self->code->width)
        {
          int start;

          if (!(data[column] & 1))
            {
              column++;
              continue;
            }

          start = column;
          while (column < self->code->width && (data[column] & 1))
            column++;

          gtk_snapshot_append_color (snapshot, &black,
                                     &GRAPHENE_RECT_INIT (x0 + (QUIET_ZONE + start) * module_size,
                                                          y0 + (QUIET_ZONE + row) * module_size,
                                                          (column - start) * module_size,
                                                          module_size));
        }
    }
}

static void
mbc_qr_code_finalize (GObject *object)
{
  MbcQrCode *self = MBC_QR_CODE (object);

  g_clear_pointer (&self->text, g_free);
  g_clear_pointer (&self->code, QRcode_free);

  G_OBJECT_CLASS (mbc_qr_code_parent_class)->finalize (object);
}

static void
mbc_qr_code_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  MbcQrCode *self = MBC_QR_CODE (object);

  switch (prop_id)
    {
    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mbc_qr_code_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  MbcQrCode *self = MBC_QR_CODE (object);

  switch (prop_id)
    {
    case PROP_TEXT:
      mbc_qr_code_set_text (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mbc_qr_code_class_init (MbcQrCodeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = mbc_qr_code_finalize;
  object_class->get_property = mbc_qr_code_get_property;
  object_class->set_property = mbc_qr_code_set_property;

  widget_class->measure = mbc_qr_code_measure;
  widget_class->snapshot = mbc_qr_code_snapshot;

  props[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, props);

  gtk_widget_class_set_css_name (widget_class, "mbcqrcode");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
mbc_qr_code_init (MbcQrCode *self)
{
  encode (self);
}

/**
 * mbc_qr_code_draw:
 * @text: what the code holds
 * @cr: where to draw it
 * @x: the left edge of the square, with its blank border
 * @y: its top edge
 * @size: the side of the square
 *
 * Draws the QR code of @text, black on white, with the blank border
 * scanners need, filling a square of @size: for paper, where a module
 * need not be a whole pixel.
 *
 * Returns: whether the text could be encoded; nothing is drawn if not
 */
gboolean
mbc_qr_code_draw (const char *text,
                  cairo_t    *cr,
                  double      x,
                  double      y,
                  double      size)
{
  g_autoptr(QRcode) code = NULL;
  double module;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (cr != NULL, FALSE);

  code = QRcode_encodeString (text, 0, QR_ECLEVEL_M, QR_MODE_8, TRUE);
  if (code == NULL)
    return FALSE;

  module = size / (code->width + 2 * QUIET_ZONE);

  cairo_save (cr);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_rectangle (cr, x, y, size, size);
  cairo_fill (cr);

  cairo_set_source_rgb (cr, 0, 0, 0);
  for (int row = 0; row < code->width; row++)
    for (int column = 0; column < code->width; column++)
      if (code->data[row * code->width + column] & 1)
        cairo_rectangle (cr,
                         x + (QUIET_ZONE + column) * module,
                         y + (QUIET_ZONE + row) * module,
                         module, module);
  /* One fill for all: the edges of neighbouring modules then meet with
   * no hairline between them.
   */
  cairo_fill (cr);
  cairo_restore (cr);

  return TRUE;
}

GtkWidget *
mbc_qr_code_new (const char *text)
{
  return g_object_new (MBC_TYPE_QR_CODE,
                       "text", text,
                       NULL);
}

const char *
mbc_qr_code_get_text (MbcQrCode *self)
{
  g_return_val_if_fail (MBC_IS_QR_CODE (self), NULL);

  return self->text;
}

void
mbc_qr_code_set_text (MbcQrCode  *self,
                      const char *text)
{
  g_return_if_fail (MBC_IS_QR_CODE (self));

  if (g_strcmp0 (self->text, text) == 0)
    return;

  g_free (self->text);
  self->text = g_strdup (text);
  encode (self);
  g_object_notify_by_pspec (G_OBJECT (self), props[PROP_TEXT]);
}
