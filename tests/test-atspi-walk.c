/* test-atspi-walk.c: walking an application's tree on the accessibility
 * bus as a screen reader does, and the rules it is checked against
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "test-atspi-walk-private.h"


typedef struct
{
  AtspiAccessible *label;
  int              size;
} Title;

static void
title_clear (gpointer data)
{
  g_clear_object (&((Title *) data)->label);
}

/* GTK 4.8 names an accessible that has no name of its own after its
 * type ("GtkImage", "AdwGizmo", "MbcGuideView"): no words a person
 * could understand, so no name at all.
 */
static gboolean
is_type_name (const char *name)
{
  if (!g_str_has_prefix (name, "Gtk") && !g_str_has_prefix (name, "Adw")
      && !g_str_has_prefix (name, "Mbc"))
    return FALSE;

  for (const char *p = name; *p != '\0'; p++)
    if (!g_ascii_isalnum (*p))
      return FALSE;

  return TRUE;
}

/* The name a screen reader speaks, or NULL. */
static char *
dup_name (AtspiAccessible *accessible)
{
  g_autofree char *name = atspi_accessible_get_name (accessible, NULL);

  if (name == NULL || *g_strstrip (name) == '\0' || is_type_name (name))
    return NULL;

  return g_steal_pointer (&name);
}

/* Whether the accessible takes up room in its window: GTK 4.8 marks
 * every widget it presents VISIBLE, and none SHOWING, so what is on
 * screen is told by its extents. The pages of a stack never shown, the
 * second view switcher of a narrow window, have none.
 */
static gboolean
get_extents (AtspiAccessible *accessible,
             AtspiRect       *rect)
{
  g_autoptr(AtspiComponent) component = atspi_accessible_get_component_iface (accessible);
  g_autofree AtspiRect *extents = NULL;

  if (component == NULL)
    return FALSE;
  extents = atspi_component_get_extents (component, ATSPI_COORD_TYPE_WINDOW, NULL);
  if (extents == NULL)
    return FALSE;
  *rect = *extents;

  return rect->width > 0 && rect->height > 0;
}

const char *
_mbc_walk_path_of (AtspiAccessible *accessible)
{
  return ATSPI_OBJECT (accessible)->path;
}

gboolean
_mbc_walk_has_state (AtspiAccessible *accessible,
                     AtspiStateType   type)
{
  g_autoptr(AtspiStateSet) states = atspi_accessible_get_state_set (accessible);

  return atspi_state_set_contains (states, type);
}

typedef struct
{
  AtspiAccessible *accessible;
  AtspiRect        extents;
  gboolean         keep;
  /* A page of a stack, of which Tab went through none: on screen or
   * not, the walk cannot tell.
   */
  gboolean         unsure;
} Child;

static void
child_clear (gpointer data)
{
  g_clear_object (&((Child *) data)->accessible);
}

/* The children of @accessible that are on screen. Those with no
 * extents are not. The pages of a stack lie in one place, with the same
 * extents, and GTK 4.8 keeps a page that was shown once on the bus with
 * the extents it had, when it is hidden: of those, the one on screen is
 * the one Tab went through (mbc_walk_tab_round()). When Tab went through
 * none, all are walked: they are real controls a person meets when
 * they come back.
 */
static GArray *
dup_shown_children (MbcWalk         *self,
                    AtspiAccessible *accessible)
{
  GArray *children = g_array_new (FALSE, FALSE, sizeof (Child));
  int n = atspi_accessible_get_child_count (accessible, NULL);

  g_array_set_clear_func (children, child_clear);
  for (int i = 0; i < n; i++)
    {
      Child child = { atspi_accessible_get_child_at_index (accessible, i, NULL), { 0, }, TRUE,
                      FALSE };

      g_autoptr(AtspiComponent) component = NULL;

      if (child.accessible != NULL)
        component = atspi_accessible_get_component_iface (child.accessible);
      /* GTK 4.8 puts the pages of a GtkStack on the bus, with no place
       * of their own: what is on them is, or not.
       */
      if (child.accessible != NULL
          && (component == NULL || get_extents (child.accessible, &child.extents)))
        g_array_append_val (children, child);
      else
        g_clear_object (&child.accessible);
    }

  for (guint i = 0; self != NULL && i < children->len; i++)
    {
      Child *child = &g_array_index (children, Child, i);
      gboolean any_live = FALSE;
      guint same = 0;

      for (guint j = 0; j < children->len; j++)
        {
          Child *other = &g_array_index (children, Child, j);

          if (memcmp (&child->extents, &other->extents, sizeof child->extents) == 0)
            {
              same++;
              any_live |= g_hash_table_contains (self->live, _mbc_walk_path_of (other->accessible));
            }
        }
      if (same > 1 && any_live)
        child->keep = g_hash_table_contains (self->live, _mbc_walk_path_of (child->accessible));
      child->unsure = same > 1 && !any_live;
    }
  for (guint i = children->len; i-- > 0;)
    if (!g_array_index (children, Child, i).keep)
      g_array_remove_index (children, i);

  return children;
}

static gboolean
is_control (AtspiRole role)
{
  switch (role)
    {
    case ATSPI_ROLE_PUSH_BUTTON:
    case ATSPI_ROLE_TOGGLE_BUTTON:
    case ATSPI_ROLE_CHECK_BOX:
    case ATSPI_ROLE_RADIO_BUTTON:
    case ATSPI_ROLE_ENTRY:
    case ATSPI_ROLE_PASSWORD_TEXT:
    case ATSPI_ROLE_TEXT:
    case ATSPI_ROLE_PAGE_TAB:
    case ATSPI_ROLE_LIST_ITEM:
    case ATSPI_ROLE_SLIDER:
    case ATSPI_ROLE_SPIN_BUTTON:
    case ATSPI_ROLE_COMBO_BOX:
    case ATSPI_ROLE_MENU_ITEM:
    case ATSPI_ROLE_CHECK_MENU_ITEM:
    case ATSPI_ROLE_RADIO_MENU_ITEM:
    case ATSPI_ROLE_LINK:
      return TRUE;
    default:
      return FALSE;
    }
}

/* Roles a screen reader passes through without a word, when they have
 * no name: boxes, bins and scrolled windows.
 */
static gboolean
is_structure (AtspiRole role)
{
  switch (role)
    {
    case ATSPI_ROLE_PANEL:
    case ATSPI_ROLE_FILLER:
    case ATSPI_ROLE_SCROLL_PANE:
    case ATSPI_ROLE_SCROLL_BAR:
    case ATSPI_ROLE_VIEWPORT:
    case ATSPI_ROLE_SECTION:
    case ATSPI_ROLE_FORM:
    case ATSPI_ROLE_GROUPING:
    case ATSPI_ROLE_SEPARATOR:
    case ATSPI_ROLE_LIST:
    case ATSPI_ROLE_LIST_BOX:
    case ATSPI_ROLE_TREE:
    case ATSPI_ROLE_TABLE:
    case ATSPI_ROLE_PAGE_TAB_LIST:
    case ATSPI_ROLE_TOOL_BAR:
    case ATSPI_ROLE_UNKNOWN:
      return TRUE;
    default:
      return FALSE;
    }
}

/* A mnemonic's underscore before a letter: "_Add". */
static gboolean
has_mnemonic (const char *name)
{
  for (const char *p = strchr (name, '_'); p != NULL; p = strchr (p + 1, '_'))
    if (g_unichar_isalpha (g_utf8_get_char (p + 1)))
      return TRUE;

  return FALSE;
}

/* The same words twice in a row, "Close Close", as GTK 4.8 joins a
 * label to the label that labels it; underscores aside, so that
 * "_Close Close" counts.
 */
static gboolean
has_words_twice (const char *name)
{
  g_autofree char *plain = g_strdup (name);
  g_auto(GStrv) words = NULL;
  guint n;

  g_strdelimit (plain, "_", ' ');
  words = g_strsplit_set (g_strstrip (plain), " ", -1);
  n = g_strv_length (words);
  for (guint length = 1; 2 * length <= n; length++)
    for (guint start = 0; start + 2 * length <= n; start++)
      {
        gboolean same = TRUE;

        for (guint i = 0; i < length && same; i++)
          same = *words[start + i] != '\0'
                 && g_utf8_collate (words[start + i], words[start + length + i]) == 0;
        /* One short word twice ("very very") may be meant; a phrase
         * twice is a name built twice.
         */
        if (same && (length > 1 || g_utf8_strlen (words[start], -1) > 3))
          return TRUE;
      }

  return FALSE;
}

/* The size and weight of a label's text, from its text attributes. */
static gboolean
get_font (AtspiAccessible *accessible,
          int             *size,
          int             *weight)
{
  g_autoptr(AtspiText) text = atspi_accessible_get_text_iface (accessible);
  g_autoptr(GHashTable) attributes = NULL;
  const char *size_text, *weight_text;

  if (text == NULL)
    return FALSE;
  attributes = atspi_text_get_default_attributes (text, NULL);
  if (attributes == NULL)
    return FALSE;
  size_text = g_hash_table_lookup (attributes, "size");
  weight_text = g_hash_table_lookup (attributes, "weight");
  if (size_text == NULL || weight_text == NULL)
    return FALSE;
  *size = atoi (size_text);
  *weight = atoi (weight_text);

  return TRUE;
}

/* Where the accessible is: the roles and names from its window down,
 * with the boxes that have no name left out.
 */
char *
_mbc_walk_dup_path (AtspiAccessible *accessible)
{
  g_autoptr(GString) path = g_string_new (NULL);
  g_autoptr(AtspiAccessible) node = g_object_ref (accessible);

  while (node != NULL)
    {
      AtspiRole role = atspi_accessible_get_role (node, NULL);
      g_autofree char *name = dup_name (node);
      AtspiAccessible *parent;

      if (role == ATSPI_ROLE_APPLICATION)
        break;
      if (name != NULL || !is_structure (role) || node == accessible)
        {
          g_autofree char *role_name = atspi_accessible_get_role_name (node, NULL);
          g_autofree char *step = g_strdup_printf ("%s “%s”", role_name, name ? name : "");

          if (path->len > 0)
            g_string_prepend (path, " › ");
          g_string_prepend (path, step);
        }
      parent = atspi_accessible_get_parent (node, NULL);
      g_object_unref (node);
      node = parent;
    }

  return g_string_free (g_steal_pointer (&path), FALSE);
}

static void
add_defect (MbcWalk         *self,
            AtspiAccessible *accessible,
            const char      *rule,
            const char      *state)
{
  g_autofree char *path = _mbc_walk_dup_path (accessible);
  char *key = g_strdup_printf ("%s: %s", rule, path);

  if (!g_hash_table_add (self->seen, key))
    return;
  g_ptr_array_add (self->defects, g_strdup_printf ("%s (in %s)", key, state));
}


static void
dump_node (AtspiAccessible *accessible,
           const char      *name,
           const AtspiRect *extents,
           int              depth)
{
  g_autofree char *role_name = atspi_accessible_get_role_name (accessible, NULL);
  g_autoptr(AtspiAction) action = atspi_accessible_get_action_iface (accessible);
  g_autoptr(GString) actions = g_string_new (NULL);

  for (int i = 0; action != NULL && i < atspi_action_get_n_actions (action, NULL); i++)
    {
      g_autofree char *action_name = atspi_action_get_action_name (action, i, NULL);

      g_string_append_printf (actions, " %s", action_name);
    }
  g_printerr ("%*s[%s] “%s” %d,%d %dx%d%s\n", depth * 2, "", role_name, name ? name : "",
              extents->x, extents->y, extents->width, extents->height, actions->str);
}

static void
check (MbcWalk         *self,
       AtspiAccessible *accessible,
       const AtspiRect *extents,
       const char      *state,
       gboolean         tab,
       gboolean         in_control,
       int              depth)
{
  AtspiRole role = atspi_accessible_get_role (accessible, NULL);
  g_autofree char *name = dup_name (accessible);
  g_autoptr(GArray) children = NULL;

  self->walked++;
  if (self->dump)
    dump_node (accessible, name, extents, depth);

  if (is_control (role) && name == NULL)
    add_defect (self, accessible, "a control with no name", state);
  if (name != NULL && has_mnemonic (name))
    add_defect (self, accessible, "a mnemonic's underscore in the name", state);
  if (name != NULL && has_words_twice (name))
    add_defect (self, accessible, "the same words twice in the name", state);
  if ((role == ATSPI_ROLE_IMAGE || role == ATSPI_ROLE_ICON) && name == NULL)
    add_defect (self, accessible, "an image neither named nor hidden", state);
  if (role == ATSPI_ROLE_LABEL && name != NULL && !in_control)
    {
      int size, weight;

      /* A title is drawn larger than the text and bold (libadwaita's
       * title-1 to title-4): which size the text is, is known once
       * the window is walked.
       */
      if (get_font (accessible, &size, &weight))
        {
          if (weight < 700)
            g_hash_table_insert (self->sizes, GINT_TO_POINTER (size),
                                 GINT_TO_POINTER (GPOINTER_TO_INT (g_hash_table_lookup (self->sizes, GINT_TO_POINTER (size))) + 1));
          else
            {
              Title title = { g_object_ref (accessible), size };

              g_array_append_val (self->titles, title);
            }
        }
    }
  /* A list item whose row holds the focus itself (GtkListView's items
   * of the Resources) is reached when the focus comes into it.
   */
  if (tab && is_control (role) && !g_hash_table_contains (self->focused, _mbc_walk_path_of (accessible))
      && !(role == ATSPI_ROLE_LIST_ITEM && g_hash_table_contains (self->live, _mbc_walk_path_of (accessible))))
    {
      g_autoptr(AtspiStateSet) states = atspi_accessible_get_state_set (accessible);

      if (atspi_state_set_contains (states, ATSPI_STATE_FOCUSABLE)
          && atspi_state_set_contains (states, ATSPI_STATE_SENSITIVE)
          && !_mbc_walk_is_exempt_from_tab (self, accessible, role))
        add_defect (self, accessible, "a control on screen that Tab never reaches", state);
    }

  children = dup_shown_children (self, accessible);
  for (guint i = 0; i < children->len; i++)
    {
      Child *child = &g_array_index (children, Child, i);

      check (self, child->accessible, &child->extents, state, tab && !child->unsure,
             in_control || is_control (role), depth + 1);
    }
}

MbcWalk *
mbc_walk_new (AtspiAccessible *app)
{
  MbcWalk *self = g_new0 (MbcWalk, 1);

  self->app = g_object_ref (app);
  self->seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->defects = g_ptr_array_new_with_free_func (g_free);
  self->focused = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->live = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->groups = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->dump = g_getenv ("MBC_ATSPI_DUMP") != NULL;
  self->sizes = g_hash_table_new (NULL, NULL);
  self->titles = g_array_new (FALSE, FALSE, sizeof (Title));
  g_array_set_clear_func (self->titles, title_clear);

  return self;
}

void
mbc_walk_free (MbcWalk *self)
{
  g_clear_object (&self->app);
  g_clear_pointer (&self->seen, g_hash_table_unref);
  g_clear_pointer (&self->defects, g_ptr_array_unref);
  g_clear_pointer (&self->focused, g_hash_table_unref);
  g_clear_pointer (&self->live, g_hash_table_unref);
  g_clear_pointer (&self->groups, g_hash_table_unref);
  g_clear_pointer (&self->sizes, g_hash_table_unref);
  g_clear_pointer (&self->titles, g_array_unref);
  g_free (self);
}

/**
 * mbc_walk_check:
 * @window: a window of the application
 * @state: what the application shows now, for the list of defects
 *
 * Walks everything on screen in @window, and notes each defect that
 * was not met before. When Tab went round @window just before
 * (mbc_walk_tab_round()), a control on screen that it never reached is
 * one.
 */
void
mbc_walk_check (MbcWalk         *self,
                AtspiAccessible *window,
                const char      *state)
{
  AtspiRect extents;
  gpointer key, value;
  GHashTableIter iter;
  int text_size = 0, most = 0;

  if (self->dump)
    g_printerr ("== %s\n", state);

  if (get_extents (window, &extents))
    check (self, window, &extents, state,
           g_hash_table_contains (self->live, _mbc_walk_path_of (window)), FALSE, 0);

  /* The text's size is the size most labels have. */
  g_hash_table_iter_init (&iter, self->sizes);
  while (g_hash_table_iter_next (&iter, &key, &value))
    if (GPOINTER_TO_INT (value) > most)
      {
        most = GPOINTER_TO_INT (value);
        text_size = GPOINTER_TO_INT (key);
      }
  for (guint i = 0; i < self->titles->len && text_size > 0; i++)
    {
      Title *title = &g_array_index (self->titles, Title, i);
      g_autofree char *title_name = atspi_accessible_get_name (title->label, NULL);
      g_autofree char *window_name = atspi_accessible_get_name (window, NULL);

      /* The window's title in its title bar is the window's name, which
       * a screen reader says as the window opens.
       */
      if (title->size > text_size && g_strcmp0 (title_name, window_name) != 0)
        add_defect (self, title->label, "a title that is not a heading", state);
    }
  g_hash_table_remove_all (self->sizes);
  g_array_set_size (self->titles, 0);
}


guint
mbc_walk_get_n_walked (MbcWalk *self)
{
  return self->walked;
}

guint
mbc_walk_get_n_defects (MbcWalk *self)
{
  return self->defects->len;
}

/* The defects, each "RULE: PATH (in STATE)". */
GPtrArray *
mbc_walk_get_defects (MbcWalk *self)
{
  return self->defects;
}

/* The defects, one a line. */
char *
mbc_walk_dup_defects (MbcWalk *self)
{
  g_autoptr(GString) list = g_string_new (NULL);

  for (guint i = 0; i < self->defects->len; i++)
    g_string_append_printf (list, "  %s\n", (char *) self->defects->pdata[i]);

  return g_string_free (g_steal_pointer (&list), FALSE);
}

/* Whether @own, the name of an accessible, is @name: also when it is
 * built twice with its mnemonic ("_Close Close"), which the walk
 * reports, so that the test goes on.
 */
static gboolean
is_named (const char *own,
          const char *name)
{
  g_autofree char *doubled = g_strdup_printf ("%s %s", name, name);
  g_autofree char *plain = g_strdup (own);
  char *to = plain;

  if (own == NULL)
    return FALSE;
  for (const char *from = own; *from != '\0'; from++)
    if (*from != '_')
      *to++ = *from;
  *to = '\0';

  return g_str_equal (own, name) || g_str_equal (plain, doubled);
}

static AtspiAccessible *
find (MbcWalk         *self,
      AtspiAccessible *root,
      AtspiRole        role,
      const char      *name)
{
  g_autoptr(GArray) children = NULL;

  if (atspi_accessible_get_role (root, NULL) == role)
    {
      g_autofree char *own = atspi_accessible_get_name (root, NULL);

      if (is_named (own, name))
        return g_object_ref (root);
    }

  children = dup_shown_children (self, root);
  for (guint i = 0; i < children->len; i++)
    {
      AtspiAccessible *found = find (self, g_array_index (children, Child, i).accessible,
                                     role, name);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/**
 * mbc_walk_find:
 * @role: the role of the accessible to find
 * @name: its name
 *
 * The first accessible on screen under @root, depth first, with @role
 * and @name.
 *
 * Returns: (transfer full) (nullable): the accessible, or NULL
 */
AtspiAccessible *
mbc_walk_find (MbcWalk         *self,
               AtspiAccessible *root,
               AtspiRole        role,
               const char      *name)
{
  AtspiRect extents;

  if (!get_extents (root, &extents))
    return NULL;

  return find (self, root, role, name);
}

static void
print_node (MbcWalk         *self,
            AtspiAccessible *accessible,
            FILE            *out)
{
  AtspiRole role = atspi_accessible_get_role (accessible, NULL);
  g_autofree char *name = dup_name (accessible);
  g_autoptr(GArray) children = NULL;

  if (name != NULL || !is_structure (role))
    {
      g_autofree char *role_name = atspi_accessible_get_role_name (accessible, NULL);
      g_autofree char *description = atspi_accessible_get_description (accessible, NULL);
      g_autoptr(AtspiStateSet) states = atspi_accessible_get_state_set (accessible);
      g_autoptr(GString) line = g_string_new (role_name);

      if (name != NULL)
        g_string_append_printf (line, ": %s", name);
      if (description != NULL && *description != '\0' && g_strcmp0 (description, name) != 0)
        g_string_append_printf (line, " (%s)", description);
      if (atspi_state_set_contains (states, ATSPI_STATE_CHECKED))
        g_string_append (line, ", checked");
      if (atspi_state_set_contains (states, ATSPI_STATE_PRESSED))
        g_string_append (line, ", pressed");
      if (atspi_state_set_contains (states, ATSPI_STATE_EXPANDABLE))
        g_string_append (line, atspi_state_set_contains (states, ATSPI_STATE_EXPANDED)
                               ? ", expanded" : ", collapsed");
      fprintf (out, "%s\n", line->str);
    }

  /* A control with a name is read as one: its inner labels and icons
   * are not read again.
   */
  if (name != NULL && is_control (role))
    return;

  children = dup_shown_children (self, accessible);
  for (guint i = 0; i < children->len; i++)
    print_node (self, g_array_index (children, Child, i).accessible, out);
}

/**
 * mbc_walk_print_transcript:
 * @root: where to start reading
 * @out: where to write what a screen reader reads
 *
 * Writes the role and name (and description and state) of each thing
 * on screen under @root, in reading order, one a line: the boxes with
 * no name, which a screen reader passes in silence, left out.
 */
void
mbc_walk_print_transcript (MbcWalk         *self,
                           AtspiAccessible *root,
                           FILE            *out)
{
  print_node (self, root, out);
}
