/* mbc-view-bar.c: the views' names at the foot of a narrow window
 *
 * A narrow window shows the views' names along its foot, one button for
 * each: its icon over its whole name. Six names do not fit side by side
 * at 360 px once a person has made the desktop's text larger, and a
 * name cut to "Tr…" tells the eye nothing; so the buttons stand in one
 * row when they fit, else in two rows, else in three, and a name wraps
 * at its words rather than being cut. It is one set of buttons laid out
 * in rows, so that a screen reader meets each view once.
 *
 * The bar follows the pages of the view stack the header's switcher
 * shows (their names, icons, whether each is shown, and which is
 * current), and looks as libadwaita's view switcher bar does: flat
 * buttons on the header's colours, the current view's highlighted.
 * A screen reader hears a tab list, each view a tab, the current one
 * selected.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "mbc-view-bar.h"

struct _MbcViewBar
{
  GtkWidget          parent_instance;

  AdwViewStack      *stack;
  /* The stack's pages, as a model whose selection is the current view. */
  GtkSelectionModel *pages;
  /* A button for each page, in the pages' order, and the page it is
   * for (a reference, to stop following it when the pages change).
   */
  GPtrArray         *buttons;
  GPtrArray         *shown_pages;
};

G_DEFINE_FINAL_TYPE (MbcViewBar, mbc_view_bar, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STACK,
  N_PROPS
};

static GParamSpec *props[N_PROPS];

static void
update_button (MbcViewBar *self,
               guint       position)
{
  GtkWidget *button = g_ptr_array_index (self->buttons, position);
  AdwViewStackPage *page = g_ptr_array_index (self->shown_pages, position);
  GtkWidget *box = gtk_button_get_child (GTK_BUTTON (button));
  GtkWidget *image = gtk_widget_get_first_child (box);
  GtkWidget *label = gtk_widget_get_next_sibling (image);
  gboolean selected = gtk_selection_model_is_selected (self->pages, position);

  gtk_label_set_label (GTK_LABEL (label), adw_view_stack_page_get_title (page));
  gtk_image_set_from_icon_name (GTK_IMAGE (image), adw_view_stack_page_get_icon_name (page));
  gtk_widget_set_visible (button, adw_view_stack_page_get_visible (page));

  /* Highlighted as a checked button is, and said to be the selected tab. */
  if (selected)
    gtk_widget_set_state_flags (button, GTK_STATE_FLAG_CHECKED, FALSE);
  else
    gtk_widget_unset_state_flags (button, GTK_STATE_FLAG_CHECKED);
  gtk_accessible_update_state (GTK_ACCESSIBLE (button),
                               GTK_ACCESSIBLE_STATE_SELECTED, selected,
                               -1);
}

static void
update_buttons (MbcViewBar *self)
{
  for (guint i = 0; i < self->buttons->len; i++)
    update_button (self, i);
}

static void
page_changed_cb (MbcViewBar *self)
{
  update_buttons (self);
}

static void
selection_changed_cb (MbcViewBar *self)
{
  update_buttons (self);
}

static void
button_clicked_cb (GtkButton  *button,
                   MbcViewBar *self)
{
  guint position;

  if (self->pages != NULL && g_ptr_array_find (self->buttons, button, &position))
    gtk_selection_model_select_item (self->pages, position, TRUE);
}

static GtkWidget *
make_button (MbcViewBar *self)
{
  GtkWidget *button = g_object_new (GTK_TYPE_BUTTON,
                                    "accessible-role", GTK_ACCESSIBLE_ROLE_TAB,
                                    NULL);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  /* The name says the view; the icon only shows it. */
  GtkWidget *image = g_object_new (GTK_TYPE_IMAGE,
                                   "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                                   NULL);
  GtkWidget *label = gtk_label_new (NULL);

  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
  gtk_widget_set_halign (box, GTK_ALIGN_CENTER);
  /* Wrapped at its words, never cut: its least width is its longest word. */
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD);
  gtk_label_set_justify (GTK_LABEL (label), GTK_JUSTIFY_CENTER);
  gtk_box_append (GTK_BOX (box), image);
  gtk_box_append (GTK_BOX (box), label);
  gtk_button_set_child (GTK_BUTTON (button), box);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, label, NULL,
                                  -1);
  g_signal_connect_object (button, "clicked", G_CALLBACK (button_clicked_cb), self, 0);

  return button;
}

static void
clear_buttons (MbcViewBar *self)
{
  for (guint i = 0; i < self->shown_pages->len; i++)
    g_signal_handlers_disconnect_by_data (g_ptr_array_index (self->shown_pages, i), self);
  for (guint i = 0; i < self->buttons->len; i++)
    gtk_widget_unparent (g_ptr_array_index (self->buttons, i));
  g_ptr_array_set_size (self->shown_pages, 0);
  g_ptr_array_set_size (self->buttons, 0);
}

/* Pages come and go seldom (never, once the guide is made): the
 * buttons are made anew.
 */
static void
pages_changed_cb (MbcViewBar *self)
{
  guint n;

  clear_buttons (self);
  if (self->pages == NULL)
    return;

  n = g_list_model_get_n_items (G_LIST_MODEL (self->pages));
  for (guint i = 0; i < n; i++)
    {
      AdwViewStackPage *page = g_list_model_get_item (G_LIST_MODEL (self->pages), i);
      GtkWidget *button = make_button (self);

      g_ptr_array_add (self->shown_pages, page);
      g_ptr_array_add (self->buttons, button);
      gtk_widget_set_parent (button, GTK_WIDGET (self));
      g_signal_connect_object (page, "notify::title", G_CALLBACK (page_changed_cb), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (page, "notify::icon-name", G_CALLBACK (page_changed_cb), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (page, "notify::visible", G_CALLBACK (page_changed_cb), self,
                               G_CONNECT_SWAPPED);
    }
  update_buttons (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

/* The layout: columns of one width, as many as fit, filled row by row.
 * The widest least width of a button decides how many fit; the fewest
 * rows that fit are used (six buttons: one row of six, two of three,
 * three of two, and at the very least one a row).
 */

static guint
count_shown (MbcViewBar *self,
             int        *least,
             int        *natural)
{
  guint n = 0;

  *least = *natural = 0;
  for (guint i = 0; i < self->buttons->len; i++)
    {
      GtkWidget *button = g_ptr_array_index (self->buttons, i);
      int min, nat;

      if (!gtk_widget_should_layout (button))
        continue;
      gtk_widget_measure (button, GTK_ORIENTATION_HORIZONTAL, -1, &min, &nat, NULL, NULL);
      *least = MAX (*least, min);
      *natural = MAX (*natural, nat);
      n++;
    }

  return n;
}

static guint
columns_for_width (guint n,
                   int   least,
                   int   width)
{
  for (guint rows = 1; rows <= n; rows++)
    {
      guint columns = (n + rows - 1) / rows;

      if ((int) columns * least <= width)
        return columns;
    }

  return 1;
}

/* The height of each row, for @columns columns of @column_width px;
 * returns the sum.
 */
static int
measure_rows (MbcViewBar *self,
              guint       columns,
              int         column_width,
              gboolean    natural,
              int        *row_heights,
              guint       n_rows)
{
  guint shown = 0;
  int total = 0;

  memset (row_heights, 0, n_rows * sizeof (int));
  for (guint i = 0; i < self->buttons->len; i++)
    {
      GtkWidget *button = g_ptr_array_index (self->buttons, i);
      guint row;
      int min, nat;

      if (!gtk_widget_should_layout (button))
        continue;
      row = shown++ / columns;
      gtk_widget_measure (button, GTK_ORIENTATION_VERTICAL, column_width, &min, &nat, NULL, NULL);
      row_heights[row] = MAX (row_heights[row], natural ? nat : min);
    }
  for (guint row = 0; row < n_rows; row++)
    total += row_heights[row];

  return total;
}

static GtkSizeRequestMode
mbc_view_bar_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
mbc_view_bar_measure (GtkWidget      *widget,
                      GtkOrientation  orientation,
                      int             for_size,
                      int            *minimum,
                      int            *natural,
                      int            *minimum_baseline,
                      int            *natural_baseline)
{
  MbcViewBar *self = MBC_VIEW_BAR (widget);
  int least, widest;
  guint n = count_shown (self, &least, &widest);

  *minimum = *natural = 0;
  if (n == 0)
    return;

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = least;
      *natural = widest * n;
    }
  else
    {
      /* With no width given, the height at the least width: enough at any. */
      int width = for_size < 0 ? least : for_size;
      guint columns = columns_for_width (n, least, width);
      guint n_rows = (n + columns - 1) / columns;
      int column_width = MAX (least, width / (int) columns);
      int *heights = g_newa (int, n_rows);

      *minimum = measure_rows (self, columns, column_width, FALSE, heights, n_rows);
      *natural = measure_rows (self, columns, column_width, TRUE, heights, n_rows);
    }
}

static void
mbc_view_bar_size_allocate (GtkWidget *widget,
                            int        width,
                            int        height,
                            int        baseline)
{
  MbcViewBar *self = MBC_VIEW_BAR (widget);
  gboolean rtl = gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL;
  int least, widest;
  guint n = count_shown (self, &least, &widest);
  guint columns, n_rows, shown = 0;
  int *heights;
  int total, extra, y = 0;
  int start = 0, span = width;

  if (n == 0)
    return;

  columns = columns_for_width (n, least, width);
  n_rows = (n + columns - 1) / columns;
  /* All in one row, the buttons take the width they ask for, side by
   * side in the middle, as libadwaita's do; in rows, the whole width.
   */
  if (n_rows == 1 && widest * (int) columns < width)
    {
      span = widest * columns;
      start = (width - span) / 2;
    }
  heights = g_newa (int, n_rows);
  total = measure_rows (self, columns, MAX (least, span / (int) columns), FALSE, heights, n_rows);
  /* Room to spare goes to the rows alike. */
  extra = MAX (0, height - total);
  for (guint row = 0; row < n_rows; row++)
    heights[row] += extra / n_rows + (row < extra % n_rows ? 1 : 0);

  for (guint i = 0; i < self->buttons->len; i++)
    {
      GtkWidget *button = g_ptr_array_index (self->buttons, i);
      guint row, column;
      int x, w;

      if (!gtk_widget_should_layout (button))
        continue;
      row = shown / columns;
      column = shown % columns;
      shown++;
      if (column == 0 && row > 0)
        y += heights[row - 1];

      /* The pixels left over go one each to the first columns. */
      x = start + column * (span / columns) + MIN (column, span % columns);
      w = span / columns + (column < span % columns ? 1 : 0);
      if (rtl)
        x = width - x - w;

      gtk_widget_size_allocate (button,
                                &(GtkAllocation) { x, y, MAX (w, least), heights[row] },
                                -1);
    }
}

static void
mbc_view_bar_dispose (GObject *object)
{
  MbcViewBar *self = MBC_VIEW_BAR (object);

  /* The stack may be gone already (its weak pointer cleared), its pages
   * not.
   */
  if (self->pages != NULL)
    g_signal_handlers_disconnect_by_data (self->pages, self);
  g_clear_object (&self->pages);
  if (self->stack != NULL)
    g_object_remove_weak_pointer (G_OBJECT (self->stack), (gpointer *) &self->stack);
  self->stack = NULL;
  clear_buttons (self);

  G_OBJECT_CLASS (mbc_view_bar_parent_class)->dispose (object);
}

static void
mbc_view_bar_finalize (GObject *object)
{
  MbcViewBar *self = MBC_VIEW_BAR (object);

  g_ptr_array_unref (self->buttons);
  g_ptr_array_unref (self->shown_pages);

  G_OBJECT_CLASS (mbc_view_bar_parent_class)->finalize (object);
}

static void
mbc_view_bar_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  MbcViewBar *self = MBC_VIEW_BAR (object);

  switch (prop_id)
    {
    case PROP_STACK:
      g_value_set_object (value, self->stack);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mbc_view_bar_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  MbcViewBar *self = MBC_VIEW_BAR (object);

  switch (prop_id)
    {
    case PROP_STACK:
      mbc_view_bar_set_stack (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mbc_view_bar_class_init (MbcViewBarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mbc_view_bar_dispose;
  object_class->finalize = mbc_view_bar_finalize;
  object_class->get_property = mbc_view_bar_get_property;
  object_class->set_property = mbc_view_bar_set_property;

  widget_class->get_request_mode = mbc_view_bar_get_request_mode;
  widget_class->measure = mbc_view_bar_measure;
  widget_class->size_allocate = mbc_view_bar_size_allocate;

  /* The stack whose pages the bar shows and switches between. */
  props[PROP_STACK] =
    g_param_spec_object ("stack", NULL, NULL,
                         ADW_TYPE_VIEW_STACK,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, props);

  gtk_widget_class_set_css_name (widget_class, "mbcviewbar");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_TAB_LIST);
}

static void
mbc_view_bar_init (MbcViewBar *self)
{
  self->buttons = g_ptr_array_new ();
  self->shown_pages = g_ptr_array_new_with_free_func (g_object_unref);
}

GtkWidget *
mbc_view_bar_new (void)
{
  return g_object_new (MBC_TYPE_VIEW_BAR, NULL);
}

AdwViewStack *
mbc_view_bar_get_stack (MbcViewBar *self)
{
  g_return_val_if_fail (MBC_IS_VIEW_BAR (self), NULL);

  return self->stack;
}

/**
 * mbc_view_bar_set_stack:
 * @self: the bar
 * @stack: (nullable): the stack whose pages it shows
 */
void
mbc_view_bar_set_stack (MbcViewBar   *self,
                        AdwViewStack *stack)
{
  g_return_if_fail (MBC_IS_VIEW_BAR (self));
  g_return_if_fail (stack == NULL || ADW_IS_VIEW_STACK (stack));

  if (self->stack == stack)
    return;

  if (self->pages != NULL)
    g_signal_handlers_disconnect_by_data (self->pages, self);
  g_clear_object (&self->pages);
  /* The stack is the bar's sibling in the window: a weak pointer, so
   * that neither keeps the other.
   */
  if (self->stack != NULL)
    g_object_remove_weak_pointer (G_OBJECT (self->stack), (gpointer *) &self->stack);
  self->stack = stack;

  if (stack != NULL)
    {
      g_object_add_weak_pointer (G_OBJECT (stack), (gpointer *) &self->stack);
      self->pages = adw_view_stack_get_pages (stack);
      g_signal_connect_object (self->pages, "items-changed", G_CALLBACK (pages_changed_cb), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (self->pages, "selection-changed",
                               G_CALLBACK (selection_changed_cb), self, G_CONNECT_SWAPPED);
    }
  pages_changed_cb (self);

  g_object_notify_by_pspec (G_OBJECT (self), props[PROP_STACK]);
}
