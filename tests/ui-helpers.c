/* ui-helpers.c: what the UI tests share: set-up, the main loop, finding
 * widgets and strings, screenshots
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "ui-helpers.h"
#include "cchc-gui-utils.h"

/* Set-up --------------------------------------------------------------- */

/* Initializes GTK for tests in Vietnamese, as the application does with
 * the language chosen in its settings: Vietnamese even when the system
 * locale is C.UTF-8. */
void
init_ui_tests (int    *argc,
               char ***argv)
{
  const char *locale_dir = g_getenv ("CCHC_LOCALEDIR");
  const char *locale;

  g_setenv ("LANGUAGE", "vi", TRUE);
  locale = setlocale (LC_ALL, "");
  if (locale == NULL || g_str_equal (locale, "C") || g_str_equal (locale, "POSIX"))
    setlocale (LC_ALL, "C.UTF-8");
  bindtextdomain (GETTEXT_PACKAGE, locale_dir != NULL ? locale_dir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  gtk_test_init (argc, argv, NULL);

  /* Screenshots show the end of a page switch, not the middle of it. */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
  /* As the application does when it starts */
  cchc_install_style ();
}

/* Main loop ------------------------------------------------------------ */

static gboolean
on_timeout_cb (gpointer data)
{
  gboolean *done = data;

  *done = TRUE;
  return G_SOURCE_REMOVE;
}

/* Runs the main loop for @msec milliseconds, so that the window is laid
 * out and drawn. */
void
run_main_loop (guint msec)
{
  gboolean done = FALSE;

  g_timeout_add (msec, on_timeout_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

static void
on_after_paint_cb (GdkFrameClock *clock,
                   gboolean      *painted)
{
  *painted = TRUE;
}

/* Runs the main loop until the window of @widget has drawn two frames:
 * what changed before is laid out, however slow the run (as under the
 * sanitizers). */
void
wait_for_frames (GtkWidget *widget)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (widget);
  gboolean timed_out = FALSE;
  guint id;

  g_assert_nonnull (clock);
  id = g_timeout_add_seconds (20, on_timeout_cb, &timed_out);
  for (guint i = 0; i < 2 && !timed_out; i++)
    {
      gboolean painted = FALSE;
      gulong handler = g_signal_connect (clock, "after-paint",
                                         G_CALLBACK (on_after_paint_cb), &painted);

      gtk_widget_queue_draw (widget);
      while (!painted && !timed_out)
        g_main_context_iteration (NULL, TRUE);
      g_signal_handler_disconnect (clock, handler);
    }
  g_assert_false (timed_out);
  g_source_remove (id);
}

void
wait_until_mapped (GtkWidget *widget)
{
  gboolean timed_out = FALSE;
  guint id;

  id = g_timeout_add_seconds (20, on_timeout_cb, &timed_out);
  while (!gtk_widget_get_mapped (widget) && !timed_out)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (gtk_widget_get_mapped (widget));
  g_source_remove (id);

  run_main_loop (300);
}

/* Files ---------------------------------------------------------------- */

void
remove_tree (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  const char *name;

  if (handle == NULL)
    return;

  while ((name = g_dir_read_name (handle)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        remove_tree (path);
      else
        g_remove (path);
    }
  g_rmdir (dir);
}

/* Widgets and strings -------------------------------------------------- */

GtkWidget *
find_widget (GtkWidget *widget,
             GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget (child, type);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* The label under @widget that shows @text (or starts with it, when
 * @prefix) and is mapped, that is on screen. */
GtkLabel *
find_shown_label (GtkWidget  *widget,
                  const char *text,
                  gboolean    prefix)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget))
    {
      const char *label = gtk_label_get_text (GTK_LABEL (widget));

      if (prefix ? g_str_has_prefix (label, text) : g_str_equal (label, text))
        return GTK_LABEL (widget);
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkLabel *found = find_shown_label (child, text, prefix);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* The toplevel window of @type (with @title, unless %NULL) */
GtkWindow *
find_window (GType       type,
             const char *title)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  guint n_items = g_list_model_get_n_items (toplevels);

  for (guint i = 0; i < n_items; i++)
    {
      GtkWindow *window = g_list_model_get_item (toplevels, i);

      /* The list of toplevels keeps it alive until it is destroyed. */
      g_object_unref (window);
      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) &&
          (title == NULL || g_strcmp0 (gtk_window_get_title (window), title) == 0))
        return window;
    }

  return NULL;
}

/* Waits for the window that find_window() finds to be on screen. */
GtkWindow *
wait_for_window (GType       type,
                 const char *title)
{
  GtkWindow *window = NULL;

  for (guint i = 0; i < 100 && window == NULL; i++)
    {
      run_main_loop (20);
      window = find_window (type, title);
    }
  g_assert_nonnull (window);
  wait_until_mapped (GTK_WIDGET (window));

  return window;
}

/* Waits for a message dialog, returns its texts (@text and @secondary,
 * to free). */
GtkDialog *
wait_for_message_dialog (char **text,
                         char **secondary)
{
  GtkWindow *dialog = wait_for_window (GTK_TYPE_MESSAGE_DIALOG, NULL);

  g_free (*text);
  g_free (*secondary);
  g_object_get (dialog, "text", text, "secondary-text", secondary, NULL);
  return GTK_DIALOG (dialog);
}

/* Closes @editor as Escape or Cancel does, which asks whether to save its
 * changes, and returns the question. */
GtkDialog *
close_for_question (GtkWindow  *editor,
                    char      **text,
                    char      **secondary)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "window.close", NULL));
  return wait_for_message_dialog (text, secondary);
}

static void
add_string (GPtrArray  *strings,
            const char *string)
{
  if (string != NULL)
    g_ptr_array_add (strings, g_strdup (string));
}

/* Adds to @strings every text the user may see under @widget: labels
 * (as shown and as written, with their mnemonics), tooltips, window
 * titles and placeholders. */
void
collect_ui_strings (GtkWidget *widget,
                    GPtrArray *strings)
{
  add_string (strings, gtk_widget_get_tooltip_text (widget));
  if (GTK_IS_LABEL (widget))
    {
      add_string (strings, gtk_label_get_text (GTK_LABEL (widget)));
      add_string (strings, gtk_label_get_label (GTK_LABEL (widget)));
    }
  if (GTK_IS_WINDOW (widget))
    add_string (strings, gtk_window_get_title (GTK_WINDOW (widget)));
  if (GTK_IS_ENTRY (widget))
    add_string (strings, gtk_entry_get_placeholder_text (GTK_ENTRY (widget)));
  if (GTK_IS_TEXT (widget))
    add_string (strings, gtk_text_get_placeholder_text (GTK_TEXT (widget)));

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_ui_strings (child, strings);
}

/* Fails when one of the @n_strings @strings (English source strings)
 * shows under @widget, or when nothing shows at all. */
void
assert_none_shown (GtkWidget          *widget,
                   const char * const *strings,
                   gsize               n_strings)
{
  g_autoptr(GPtrArray) shown = g_ptr_array_new_with_free_func (g_free);

  collect_ui_strings (widget, shown);
  g_assert_cmpuint (shown->len, >, 0);
  for (guint i = 0; i < shown->len; i++)
    for (gsize j = 0; j < n_strings; j++)
      if (g_str_equal (g_ptr_array_index (shown, i), strings[j]))
        g_error ("“%s” is shown untranslated", strings[j]);
}

/* Screenshots ---------------------------------------------------------- */

void
save_screenshot (GtkWidget  *widget,
                 const char *name)
{
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *path = NULL;
  g_autofree char *contents = NULL;
  GtkSnapshot *snapshot;
  GskRenderer *renderer;
  gsize length = 0;
  int width = 0;
  int height = 0;

  paintable = gtk_widget_paintable_new (widget);

  /* A widget waiting for its layout draws nothing: wait for the frame
   * (slow runs, such as under the sanitizers, need more than one). */
  for (guint i = 0; i < 100 && node == NULL; i++)
    {
      if (i > 0)
        run_main_loop (50);
      width = gdk_paintable_get_intrinsic_width (paintable);
      height = gdk_paintable_get_intrinsic_height (paintable);
      snapshot = gtk_snapshot_new ();
      gdk_paintable_snapshot (paintable, snapshot, width, height);
      node = gtk_snapshot_free_to_node (snapshot);
    }
  g_assert_nonnull (node);
  g_assert_cmpint (width, >=, 100);
  g_assert_cmpint (height, >=, 50);

  renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));
  texture = gsk_renderer_render_texture (renderer, node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));

  path = g_build_filename (g_getenv ("G_TEST_BUILDDIR") ? g_getenv ("G_TEST_BUILDDIR") : ".",
                           name, NULL);
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_test_message ("Screenshot: %s", path);

  /* A blank window compresses to a few hundred bytes. */
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 4096);
}

/* The first shortcut of @widget's controllers for @trigger ("<Control>n"),
 * of those with a named action if @named, or NULL. */
GtkShortcut *
find_shortcut (GtkWidget  *widget,
               const char *trigger,
               gboolean    named)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;

      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          g_autofree char *text = gtk_shortcut_trigger_to_string (
            gtk_shortcut_get_trigger (shortcut));

          if (g_str_equal (text, trigger) &&
              (!named || GTK_IS_NAMED_ACTION (gtk_shortcut_get_action (shortcut))))
            return shortcut;
        }
    }

  return NULL;
}

/* The action @widget binds to @trigger, if it is a named one, or NULL. */
static char *
dup_bound_action (GtkWidget  *widget,
                  const char *trigger)
{
  GtkShortcut *shortcut = find_shortcut (widget, trigger, TRUE);
  GtkShortcutAction *action = shortcut != NULL ? gtk_shortcut_get_action (shortcut) : NULL;

  if (!GTK_IS_NAMED_ACTION (action))
    return NULL;

  return g_strdup (gtk_named_action_get_action_name (GTK_NAMED_ACTION (action)));
}

/* Does what pressing @trigger in @widget does. */
void
press_shortcut (GtkWidget  *widget,
                const char *trigger)
{
  GtkShortcut *shortcut = find_shortcut (widget, trigger, FALSE);

  g_assert_nonnull (shortcut);
  g_assert_true (gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut),
                                               GTK_SHORTCUT_ACTION_EXCLUSIVE, widget,
                                               gtk_shortcut_get_arguments (shortcut)));
}

/* Presses @trigger where the keyboard is in @window: the first shortcut
 * for it from the focus widget up. Returns whether there was one. */
gboolean
press_at_focus (GtkWindow  *window,
                const char *trigger)
{
  for (GtkWidget *widget = gtk_window_get_focus (window);
       widget != NULL;
       widget = gtk_widget_get_parent (widget))
    if (find_shortcut (widget, trigger, FALSE) != NULL)
      {
        press_shortcut (widget, trigger);
        return TRUE;
      }

  return FALSE;
}

/* Does what Tab (Shift+Tab when @backward) does in @window: the first
 * shortcut for it from the focus widget up, else the window's own move. */
void
press_tab (GtkWindow *window,
           gboolean   backward)
{
  if (!press_at_focus (window, backward ? "<Shift>Tab" : "Tab"))
    g_signal_emit_by_name (window, "move-focus",
                           backward ? GTK_DIR_TAB_BACKWARD : GTK_DIR_TAB_FORWARD);
}

void
assert_bound (GtkWidget  *widget,
              const char *trigger,
              const char *action)
{
  g_autofree char *bound = dup_bound_action (widget, trigger);

  g_assert_cmpstr (bound, ==, action);
}
