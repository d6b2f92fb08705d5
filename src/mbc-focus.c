/* mbc-focus.c: the keyboard's way into a part of the window
 *
 * A container remembers which of its children had the keyboard's focus
 * last (gtk_widget_get_focus_child()), and Tab into it goes back there.
 * GTK 4.8 forgets it when the focus leaves in the ordinary way, but not
 * when the widget with the focus is taken away or hidden first (a row of
 * search results replaced as the words change, a page of a stack left
 * behind): the container keeps pointing at a child that is no longer on
 * screen, and gtk_widget_focus_move() (gtkwidgetfocus.c), which then
 * looks for that child alone, finds nothing and passes the whole
 * container by. Tab skipped the page under the search box so, from the
 * search box to the header bar, once the results had had the focus.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "mbc-focus.h"

/**
 * mbc_focus_forget_inside:
 *
 * Where the keyboard's focus is not in @widget, forgets the children
 * that had it last, down from @widget, so that the focus comes into it
 * as into a part never visited: at its first control. Where the focus
 * is in @widget, does nothing. Call it before the focus moves in (from
 * a widget's focus vfunc, or before gtk_widget_child_focus()).
 */
void
mbc_focus_forget_inside (GtkWidget *widget)
{
  GtkRoot *root;
  GtkWidget *focus;

  g_return_if_fail (GTK_IS_WIDGET (widget));

  root = gtk_widget_get_root (widget);
  focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  if (focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget)))
    return;

  for (GtkWidget *w = widget, *child; w != NULL; w = child)
    {
      child = gtk_widget_get_focus_child (w);
      if (child != NULL)
        gtk_widget_set_focus_child (w, NULL);
    }
}

/**
 * mbc_focus_pass_through_flow_box:
 *
 * A flow box of buttons, there only so that they wrap at a narrow width
 * or at large text, puts each in a GtkFlowBoxChild that takes the focus
 * itself: Tab stopped on the child first, a second stop with nothing to
 * press, and the focus was said to be on a "list item". Its children,
 * made focusable no more, hand the focus straight on to their buttons.
 * Call it once the flow box has all its children.
 */
void
mbc_focus_pass_through_flow_box (GtkFlowBox *box)
{
  g_return_if_fail (GTK_IS_FLOW_BOX (box));

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (box));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_FLOW_BOX_CHILD (child))
      gtk_widget_set_focusable (child, FALSE);
}
