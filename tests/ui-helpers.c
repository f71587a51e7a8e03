/* ui-helpers.c: what the UI tests share: the main loop, finding widgets,
 * screenshots
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include "ui-helpers.h"

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
