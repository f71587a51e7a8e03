/* cchc-gui-utils.c: small helpers the pages and editors share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cchc-gui"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "cchc-gui-utils.h"
#include "cchc-text.h"

/* GTK 4.8 wraps a message's heading at 60 characters of its large type:
 * a heading that names a long area made the dialog 780 pixels wide. The
 * lines of both texts are centred, as the texts are, and break inside a
 * word too long for a line (a file's path made the dialog wider than the
 * screen, its button out of reach). */
static void
shape_message (GtkWidget *dialog)
{
  GtkWidget *area = gtk_message_dialog_get_message_area (GTK_MESSAGE_DIALOG (dialog));
  GtkWidget *heading = gtk_widget_get_first_child (area);

  if (GTK_IS_LABEL (heading))
    gtk_label_set_max_width_chars (GTK_LABEL (heading), 40);
  for (GtkWidget *child = heading; child != NULL; child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LABEL (child))
      {
        gtk_label_set_justify (GTK_LABEL (child), GTK_JUSTIFY_CENTER);
        gtk_label_set_wrap_mode (GTK_LABEL (child), PANGO_WRAP_WORD_CHAR);
      }
}

/**
 * cchc_show_error:
 * @parent: a widget of the window the dialog belongs to
 * @primary: what could not be done, as a short sentence
 * @error: why; its message is shown as it is (the store's and the
 *   exchange's messages are written for users)
 *
 * Shows a modal error dialog. Cancellation is never shown.
 */
void
cchc_show_error (GtkWidget    *parent,
                 const char   *primary,
                 const GError *error)
{
  GtkRoot *root = parent != NULL ? gtk_widget_get_root (parent) : NULL;
  GtkWidget *dialog;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  dialog = gtk_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                   GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                   GTK_MESSAGE_ERROR, GTK_BUTTONS_CLOSE, "%s", primary);
  gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog), "%s", error->message);
  shape_message (dialog);
  g_signal_connect (dialog, "response", G_CALLBACK (gtk_window_destroy), NULL);
  gtk_window_present (GTK_WINDOW (dialog));
}

/**
 * cchc_question_new:
 * @parent: the window that asks
 * @primary: the question
 * @secondary: what follows from the answers
 *
 * Returns: (transfer none): a modal question with a Cancel button, the
 *   default answer; the caller adds the other answers and a "response"
 *   handler (which destroys it), then presents it
 */
GtkDialog *
cchc_question_new (GtkWindow  *parent,
                   const char *primary,
                   const char *secondary)
{
  GtkWidget *dialog;

  dialog = gtk_message_dialog_new (parent, GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                   GTK_MESSAGE_QUESTION, GTK_BUTTONS_NONE, "%s", primary);
  gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog), "%s", secondary);
  shape_message (dialog);
  gtk_dialog_add_button (GTK_DIALOG (dialog), _("_Cancel"), GTK_RESPONSE_CANCEL);
  gtk_dialog_set_default_response (GTK_DIALOG (dialog), GTK_RESPONSE_CANCEL);

  return GTK_DIALOG (dialog);
}

/**
 * cchc_save_question_new:
 * @parent: the window whose changes are not saved
 * @primary: the question
 * @can_save: whether the changes can be saved as they are
 * @cannot_save: what to do for them to be saved, said when they cannot
 *
 * Returns: (transfer none): a question as cchc_question_new() makes, with
 *   Discard Changes (%CCHC_RESPONSE_DISCARD) and Save (%CCHC_RESPONSE_SAVE:
 *   the default answer, disabled unless @can_save) besides Cancel
 */
GtkDialog *
cchc_save_question_new (GtkWindow  *parent,
                        const char *primary,
                        gboolean    can_save,
                        const char *cannot_save)
{
  GtkDialog *dialog;
  GtkWidget *save;

  dialog = cchc_question_new (parent, primary,
                              can_save ? _("Changes that are not saved are lost.") : cannot_save);
  gtk_dialog_add_button (dialog, _("_Discard Changes"), CCHC_RESPONSE_DISCARD);
  save = gtk_dialog_add_button (dialog, _("_Save"), CCHC_RESPONSE_SAVE);
  gtk_widget_add_css_class (save, "suggested-action");
  gtk_widget_set_sensitive (save, can_save);
  if (can_save)
    gtk_dialog_set_default_response (dialog, CCHC_RESPONSE_SAVE);

  return dialog;
}

/**
 * cchc_format_date:
 * @date: (nullable): a date
 *
 * Returns: (transfer full): the date as tables write it, "dd/mm/yyyy", or
 *   "" without a date
 */
char *
cchc_format_date (const GDate *date)
{
  if (date == NULL || !g_date_valid (date))
    return g_strdup ("");

  return g_strdup_printf ("%02u/%02u/%04u", g_date_get_day (date), g_date_get_month (date),
                          g_date_get_year (date));
}

/* Reads "15/03/2022" into its numbers, whether or not the date exists. */
static gboolean
split_date (const char *text,
            guint64    *day,
            guint64    *month,
            guint64    *year)
{
  g_autofree char *trimmed = NULL;
  g_auto(GStrv) parts = NULL;

  if (text == NULL)
    return FALSE;

  trimmed = g_strstrip (g_strdup (text));
  parts = g_strsplit (trimmed, "/", -1);
  return g_strv_length (parts) == 3 &&
         g_ascii_string_to_unsigned (parts[0], 10, 1, 31, day, NULL) &&
         g_ascii_string_to_unsigned (parts[1], 10, 1, 12, month, NULL) &&
         g_ascii_string_to_unsigned (parts[2], 10, 1900, 9999, year, NULL);
}

/**
 * cchc_parse_date:
 * @text: "d/m/yyyy" or "dd/mm/yyyy", as Vietnamese write dates
 * @date: (out): the date
 *
 * Returns: whether @text is a valid date
 */
gboolean
cchc_parse_date (const char *text,
                 GDate      *date)
{
  guint64 day, month, year;

  g_date_clear (date, 1);
  if (!split_date (text, &day, &month, &year) || !g_date_valid_dmy (day, month, year))
    return FALSE;

  g_date_set_dmy (date, day, month, year);
  return TRUE;
}

/**
 * cchc_date_problem:
 * @text: a date as the user typed it
 *
 * Returns: (nullable): what is wrong with @text as a date, for the user,
 *   or %NULL when cchc_parse_date() reads it
 */
const char *
cchc_date_problem (const char *text)
{
  guint64 day, month, year;

  if (!split_date (text, &day, &month, &year))
    return _("Write the date as day/month/year, such as 15/03/2022.");
  if (!g_date_valid_dmy (day, month, year))
    return _("There is no such day in that month.");

  return NULL;
}

/**
 * cchc_settings_new_if_installed:
 *
 * The settings schema is missing when the program runs uninstalled
 * without GSETTINGS_SCHEMA_DIR; the window then simply remembers nothing,
 * and printing uses the defaults.
 *
 * Returns: (transfer full) (nullable): the application's settings, or %NULL
 *   when the schema is not installed
 */
GSettings *
cchc_settings_new_if_installed (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APPLICATION_ID, TRUE);

  if (schema == NULL)
    {
      g_debug ("Settings schema %s not installed; nothing is remembered",
               APPLICATION_ID);
      return NULL;
    }

  return g_settings_new_full (schema, NULL, NULL);
}

/**
 * cchc_widget_focus_first:
 *
 * Gives the keyboard to the first widget inside @widget that takes it, as
 * Tab would coming in. (gtk_widget_child_focus() on @widget itself would
 * first ask @widget to take it.)
 *
 * Returns: whether one took it
 */
gboolean
cchc_widget_focus_first (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (gtk_widget_child_focus (child, GTK_DIR_TAB_FORWARD))
      return TRUE;

  return FALSE;
}

/**
 * cchc_widget_commit_spin_buttons:
 *
 * Makes the spin buttons inside @widget take the text typed in them as
 * their value, as they do when the keyboard leaves them: a save from the
 * keyboard (Ctrl+S, Ctrl+Return), the keyboard still in one, saves what
 * it shows.
 */
void
cchc_widget_commit_spin_buttons (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_SPIN_BUTTON (child))
      gtk_spin_button_update (GTK_SPIN_BUTTON (child));
    else
      cchc_widget_commit_spin_buttons (child);
}

static void
on_window_unmap_cb (GtkWindow *window)
{
  gtk_window_set_focus (window, NULL);
}

/**
 * cchc_window_drop_focus_on_hide:
 *
 * Takes the keyboard from @window's widgets when it is hidden, which
 * gtk_window_destroy() does first. A spin button with text typed in it
 * takes the text as its value when the keyboard leaves it: then, while
 * the window is whole, and not as its widgets are destroyed, when the
 * handlers of the value would run on a window half gone (a crash).
 */
void
cchc_window_drop_focus_on_hide (GtkWindow *window)
{
  g_signal_connect (window, "unmap", G_CALLBACK (on_window_unmap_cb), NULL);
}

/* Reads @text, all of it, as a number as Vietnamese write it: "1.500" (a
 * dot between groups of three digits), "95,5" (a decimal comma); a dot
 * that groups no thousands is taken for a decimal point ("97.5"). */
static gboolean
parse_number (const char *text,
              double     *value)
{
  g_autofree char *number = cchc_text_squeeze (text);
  char *end = NULL;

  if (g_regex_match_simple ("^-?[0-9]{1,3}(\\.[0-9]{3})+(,[0-9]+)?$", number, 0, 0))
    {
      char *to = number;

      for (const char *from = number; *from != '\0'; from++)
        if (*from != '.')
          *to++ = *from;
      *to = '\0';
    }
  else if (!g_regex_match_simple ("^-?[0-9]+([.,][0-9]+)?$", number, 0, 0))
    return FALSE;

  g_strdelimit (number, ",", '.');
  *value = g_ascii_strtod (number, &end);
  return end != NULL && *end == '\0';
}

/* "input": the text as a number, or no number (the value stays). */
static int
on_spin_input_cb (GtkSpinButton *spin,
                  double        *value)
{
  return parse_number (gtk_editable_get_text (GTK_EDITABLE (spin)), value) ? TRUE
                                                                           : GTK_INPUT_ERROR;
}

/* A number of the range typed whole (digits, a decimal comma, no dots
 * that the value shown again would drop) is taken at once. */
static void
on_spin_text_changed_cb (GtkSpinButton *spin)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (spin));
  GtkAdjustment *adjustment = gtk_spin_button_get_adjustment (spin);
  double value;

  if (g_regex_match_simple ("^[0-9]+(,[0-9]+)?$", text, 0, 0) &&
      parse_number (text, &value) &&
      value >= gtk_adjustment_get_lower (adjustment) &&
      value <= gtk_adjustment_get_upper (adjustment) &&
      value != gtk_spin_button_get_value (spin))
    gtk_spin_button_update (spin);
}

/**
 * cchc_spin_button_setup_number:
 * @spin: a spin button
 *
 * Makes @spin read numbers as Vietnamese write them ("1.500", "95,5"),
 * and take one of its range as soon as it is typed whole, not when the
 * keyboard leaves it: what depends on it (a preview, a title) follows the
 * typing. A text that is no number leaves the value as it was when the
 * spin button has the "if-valid" update policy (rather than the nearest
 * end of the range).
 */
void
cchc_spin_button_setup_number (GtkSpinButton *spin)
{
  g_signal_connect (spin, "input", G_CALLBACK (on_spin_input_cb), NULL);
  g_signal_connect (spin, "changed", G_CALLBACK (on_spin_text_changed_cb), NULL);
}

/**
 * cchc_widget_find_descendant:
 * @type: a widget type
 *
 * Returns: (transfer none) (nullable): the first widget of @type inside
 *   @widget, depth first, or %NULL
 */
GtkWidget *
cchc_widget_find_descendant (GtkWidget *widget,
                             GType      type)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type))
        return child;
      if ((found = cchc_widget_find_descendant (child, type)) != NULL)
        return found;
    }

  return NULL;
}

static gboolean
tab_out_cb (GtkWidget *widget,
            GVariant  *args,
            gpointer   direction)
{
  GtkRoot *root = gtk_widget_get_root (widget);
  gboolean moved;

  if (root == NULL)
    return FALSE;

  /* The focus chain does not enter a widget that cannot take the focus:
   * the window's walk goes on from the widget's next (or previous) one. */
  gtk_widget_set_can_focus (widget, FALSE);
  moved = gtk_widget_child_focus (GTK_WIDGET (root), GPOINTER_TO_INT (direction));
  gtk_widget_set_can_focus (widget, TRUE);

  return moved;
}

/**
 * cchc_widget_tab_out:
 *
 * Makes Tab and Shift+Tab take the focus out of @widget, to the next or
 * the previous widget of the window, wherever inside @widget it is. GTK
 * 4.8's lists walk their rows with Tab, as they do with the arrows: a
 * table of a hundred rows took a hundred Tabs to pass, and the stack
 * sidebar switched page at each one, the page's content out of reach.
 * The arrows still move inside.
 */
void
cchc_widget_tab_out (GtkWidget *widget)
{
  GtkShortcutController *keys = GTK_SHORTCUT_CONTROLLER (gtk_shortcut_controller_new ());
  struct { GdkModifierType mods; GtkDirectionType direction; } moves[] = {
    { 0, GTK_DIR_TAB_FORWARD },
    { GDK_SHIFT_MASK, GTK_DIR_TAB_BACKWARD },  /* ISO_Left_Tab too */
  };

  for (guint i = 0; i < G_N_ELEMENTS (moves); i++)
    gtk_shortcut_controller_add_shortcut (
      keys, gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Tab, moves[i].mods),
                              gtk_callback_action_new (tab_out_cb,
                                                       GINT_TO_POINTER (moves[i].direction),
                                                       NULL)));
  gtk_widget_add_controller (widget, GTK_EVENT_CONTROLLER (keys));
}

/**
 * cchc_search_entry_set_down:
 * @func: gives the keyboard to the results; %FALSE when there are none
 *
 * Makes Down (and the keypad's) in @entry go to the rows it finds, as
 * @func does it. (GTK moves the keyboard down to the table's row it had
 * last, perhaps one the search hides, and not the row selected: Enter
 * then edited one row and Delete deleted another.)
 */
void
cchc_search_entry_set_down (GtkSearchEntry  *entry,
                            GtkShortcutFunc  func,
                            gpointer         data)
{
  GtkShortcutController *keys = GTK_SHORTCUT_CONTROLLER (gtk_shortcut_controller_new ());
  guint keyvals[] = { GDK_KEY_Down, GDK_KEY_KP_Down };

  for (guint i = 0; i < G_N_ELEMENTS (keyvals); i++)
    gtk_shortcut_controller_add_shortcut (
      keys, gtk_shortcut_new (gtk_keyval_trigger_new (keyvals[i], 0),
                              gtk_callback_action_new (func, data, NULL)));
  gtk_widget_add_controller (GTK_WIDGET (entry), GTK_EVENT_CONTROLLER (keys));
}

static gboolean
open_drop_down_cb (GtkWidget *window,
                   GVariant  *args,
                   gpointer   data)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));
  GtkWidget *dropdown = focus != NULL ? gtk_widget_get_ancestor (focus, GTK_TYPE_DROP_DOWN)
                                      : NULL;

  if (dropdown == NULL)
    return FALSE;

  g_signal_emit_by_name (dropdown, "activate");
  return TRUE;
}

/**
 * cchc_window_add_drop_down_keys:
 *
 * Makes Alt+↓ open the drop-down that has the keyboard in @window, as on
 * Windows, where the staff work; GTK 4.8 opens it with Space or Return
 * only.
 */
void
cchc_window_add_drop_down_keys (GtkWindow *window)
{
  GtkShortcutController *keys = GTK_SHORTCUT_CONTROLLER (gtk_shortcut_controller_new ());
  guint keyvals[] = { GDK_KEY_Down, GDK_KEY_KP_Down };

  for (guint i = 0; i < G_N_ELEMENTS (keyvals); i++)
    gtk_shortcut_controller_add_shortcut (
      keys, gtk_shortcut_new (gtk_keyval_trigger_new (keyvals[i], GDK_ALT_MASK),
                              gtk_callback_action_new (open_drop_down_cb, NULL, NULL)));
  /* Before the page's own Alt+↓ (the Tasks page moves a task down). */
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (keys), GTK_PHASE_CAPTURE);
  gtk_widget_add_controller (GTK_WIDGET (window), GTK_EVENT_CONTROLLER (keys));
}

#define SCROLL_AGAIN_KEY "cchc-scroll-again"

/* GTK 4.8 scrolls to the row's place as laid out last: a row that has
 * just come there (a task moved to another area) may prove taller once
 * laid out and end below the table's bottom. So the scroll is done again
 * once the rows are laid out, before the frame is drawn. */
static void
on_layout_scroll_again_cb (GdkFrameClock *clock,
                           GtkWidget     *list_view)
{
  guint position = GPOINTER_TO_UINT (g_object_steal_data (G_OBJECT (list_view),
                                                          SCROLL_AGAIN_KEY));

  g_signal_handlers_disconnect_by_func (clock, on_layout_scroll_again_cb, list_view);
  if (position > 0 && gtk_widget_get_mapped (list_view))
    gtk_widget_activate_action (list_view, "list.scroll-to-item", "u", position - 1);
}

/**
 * cchc_column_view_scroll_to:
 * @position: a row of @view
 *
 * Brings the row at @position into view whole, once the rows are laid
 * out: GTK 4.8 has no gtk_column_view_scroll_to(), but the column view's
 * list view has the action its rows use.
 */
void
cchc_column_view_scroll_to (GtkColumnView *view,
                            guint          position)
{
  GtkWidget *list_view = cchc_widget_find_descendant (GTK_WIDGET (view), GTK_TYPE_LIST_VIEW);
  GdkFrameClock *clock;

  if (list_view == NULL || !gtk_widget_get_mapped (list_view))
    return;

  gtk_widget_activate_action (list_view, "list.scroll-to-item", "u", position);

  /* The row is stored plus one (NULL: none); the last asked for wins. */
  clock = gtk_widget_get_frame_clock (list_view);
  g_object_set_data (G_OBJECT (list_view), SCROLL_AGAIN_KEY, GUINT_TO_POINTER (position + 1));
  g_signal_handlers_disconnect_by_func (clock, on_layout_scroll_again_cb, list_view);
  g_signal_connect_object (clock, "layout", G_CALLBACK (on_layout_scroll_again_cb), list_view,
                           G_CONNECT_AFTER);
}

/**
 * cchc_column_view_scroll_to_top:
 *
 * Shows the first row of @view at its top, mapped or not: when all its
 * rows change for others at once (another plan's), GTK 4.8 keeps the row
 * it scrolled to last at the same place, and a plan would show from its
 * 25th row because the plan before was scrolled so far. (Setting the
 * scrollbar's value instead warns while the new rows are not laid out.)
 */
void
cchc_column_view_scroll_to_top (GtkColumnView *view)
{
  GtkWidget *list_view = cchc_widget_find_descendant (GTK_WIDGET (view), GTK_TYPE_LIST_VIEW);
  GListModel *rows = G_LIST_MODEL (gtk_column_view_get_model (view));

  if (list_view != NULL && rows != NULL && g_list_model_get_n_items (rows) > 0)
    gtk_widget_activate_action (list_view, "list.scroll-to-item", "u", 0);
}

typedef struct
{
  GtkSingleSelection *selection;
  GHashTable         *cells;
  guint               frames;
} FocusRequest;

static void
focus_request_free (gpointer data)
{
  FocusRequest *request = data;

  g_object_unref (request->selection);
  g_hash_table_unref (request->cells);
  g_free (request);
}

/* The widget of the row at @position: the parent of the cell of one of
 * @cells (list items bound in a column) at that position. */
static GtkWidget *
find_row_widget (GHashTable *cells,
                 guint       position)
{
  GHashTableIter iter;
  gpointer list_item;

  g_hash_table_iter_init (&iter, cells);
  while (g_hash_table_iter_next (&iter, &list_item, NULL))
    {
      GtkWidget *child = gtk_list_item_get_child (list_item);

      if (gtk_list_item_get_position (list_item) == position &&
          child != NULL && gtk_widget_get_parent (child) != NULL)
        return gtk_widget_get_parent (gtk_widget_get_parent (child));
    }

  return NULL;
}

/* The row scrolled to gets its widget when the view is laid out: a few
 * frames at most. */
static gboolean
focus_selected_cb (GtkWidget     *view,
                   GdkFrameClock *clock,
                   gpointer       data)
{
  FocusRequest *request = data;
  guint position = gtk_single_selection_get_selected (request->selection);
  GtkWidget *row = position != GTK_INVALID_LIST_POSITION
                   ? find_row_widget (request->cells, position) : NULL;
  gboolean shown = row != NULL && gtk_widget_get_mapped (row);

  if (!shown && ++request->frames < 10)
    return G_SOURCE_CONTINUE;

  if (shown)
    gtk_widget_grab_focus (row);
  g_object_set_data (G_OBJECT (view), "cchc-focus-tick", NULL);

  return G_SOURCE_REMOVE;
}

/**
 * cchc_column_view_focus_selected:
 * @selection: the selection of @view's rows
 * @cells: (element-type GtkListItem): the list items bound in one of
 *   @view's columns, kept up to date by its factory
 *
 * Moves the keyboard focus to the row selected, once @view has laid it
 * out: after an editor saves, a delete or an undo, the row Enter and
 * Delete act on is the one with the focus ring, not the search entry or
 * another row. Asked again before it is done, it focuses the row selected
 * then.
 */
void
cchc_column_view_focus_selected (GtkColumnView      *view,
                                 GtkSingleSelection *selection,
                                 GHashTable         *cells)
{
  FocusRequest *request;

  if (g_object_get_data (G_OBJECT (view), "cchc-focus-tick") != NULL)
    return;

  request = g_new0 (FocusRequest, 1);
  request->selection = g_object_ref (selection);
  request->cells = g_hash_table_ref (cells);
  g_object_set_data (G_OBJECT (view), "cchc-focus-tick",
                     GUINT_TO_POINTER (gtk_widget_add_tick_callback (GTK_WIDGET (view),
                                                                     focus_selected_cb, request,
                                                                     focus_request_free)));
}

/**
 * cchc_install_style:
 *
 * Adds the application's style sheet, resources/style.css, to the default
 * display, once: GtkApplication loads none by itself (AdwApplication
 * would). Called when the application starts.
 */
void
cchc_install_style (void)
{
  static gboolean installed;
  GdkDisplay *display = gdk_display_get_default ();
  g_autoptr(GtkCssProvider) provider = NULL;

  if (installed || display == NULL)
    return;

  provider = gtk_css_provider_new ();
  gtk_css_provider_load_from_resource (provider, "/io/github/cchcplanner/Planner/style.css");
  gtk_style_context_add_provider_for_display (display, GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION - 1);
  installed = TRUE;
}

/**
 * cchc_widget_fill_gtk_gaps:
 *
 * GTK's own Vietnamese lacks some strings that the fields under @widget
 * would show in English: the "Insert Emoji" item of their context menus,
 * which official documents have no use for, goes.
 */
void
cchc_widget_fill_gtk_gaps (GtkWidget *widget)
{
  if (GTK_IS_TEXT (widget))
    gtk_text_set_input_hints (GTK_TEXT (widget),
                              gtk_text_get_input_hints (GTK_TEXT (widget)) |
                              GTK_INPUT_HINT_NO_EMOJI);
  else if (GTK_IS_TEXT_VIEW (widget))
    gtk_text_view_set_input_hints (GTK_TEXT_VIEW (widget),
                                   gtk_text_view_get_input_hints (GTK_TEXT_VIEW (widget)) |
                                   GTK_INPUT_HINT_NO_EMOJI);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    cchc_widget_fill_gtk_gaps (child);
}

static char *
fold_label (gpointer    item,
            const char *label)
{
  return cchc_text_fold (label);
}

/* Spaces around the words find nothing more: without them, a space that
 * slipped in first (the Space that opened the list again, with the focus
 * left in the field) does not hide every unit. */
static void
on_drop_down_search_changed_cb (GtkSearchEntry  *entry,
                                GtkStringFilter *filter)
{
  g_autofree char *folded = cchc_text_fold (gtk_editable_get_text (GTK_EDITABLE (entry)));

  gtk_string_filter_set_search (filter, g_strstrip (folded));
}

/* A search does not start with a space: one that slipped in (the Space
 * that opens the list again, once the field had the keyboard) made the
 * field look empty and found nothing. */
static void
on_drop_down_search_insert_text_cb (GtkEditable *text,
                                    const char  *inserted,
                                    int          length,
                                    int         *position)
{
  g_autofree char *words = NULL;

  if (*position != 0 || gtk_editable_get_text (text)[0] != '\0')
    return;

  words = g_strndup (inserted, length < 0 ? strlen (inserted) : (gsize) length);
  if (*g_strstrip (words) == '\0')
    g_signal_stop_emission_by_name (text, "insert-text");
}

/* The first letter typed in the list went to the field: the rest goes
 * there too (a space would tick the list's row instead), the arrows go
 * back down to the list. */
static void
on_drop_down_search_started_cb (GtkWidget *entry)
{
  gtk_widget_grab_focus (entry);
  gtk_editable_set_position (GTK_EDITABLE (entry), -1);
}

/* The list GTK 4.8's drop-down filters with its search, or NULL. */
static GtkFilterListModel *
find_search_results (GtkWidget *popover)
{
  GtkWidget *list = cchc_widget_find_descendant (popover, GTK_TYPE_LIST_VIEW);
  GtkSelectionModel *selection = list != NULL ? gtk_list_view_get_model (GTK_LIST_VIEW (list))
                                              : NULL;
  GListModel *filtered = GTK_IS_SINGLE_SELECTION (selection)
                         ? gtk_single_selection_get_model (GTK_SINGLE_SELECTION (selection))
                         : NULL;

  return GTK_IS_FILTER_LIST_MODEL (filtered) ? GTK_FILTER_LIST_MODEL (filtered) : NULL;
}

/* The filter of those results, or NULL. */
static GtkStringFilter *
find_search_filter (GtkFilterListModel *results)
{
  GtkFilter *filter = results != NULL ? gtk_filter_list_model_get_filter (results) : NULL;

  return GTK_IS_STRING_FILTER (filter) ? GTK_STRING_FILTER (filter) : NULL;
}

/* While the search finds nothing, the line says so in place of the empty
 * list (which kept its height), and keeps the list's width: the popup
 * shrank to its search field. */
static void
on_search_results_changed_cb (GListModel *results,
                              guint       position,
                              guint       removed,
                              guint       added,
                              GtkWidget  *nothing_found)
{
  GtkWidget *box = gtk_widget_get_parent (nothing_found);
  gboolean empty = g_list_model_get_n_items (results) == 0;
  GtkWidget *list;

  if (empty == gtk_widget_get_visible (nothing_found))
    return;

  list = cchc_widget_find_descendant (box, GTK_TYPE_SCROLLED_WINDOW);
  gtk_widget_set_size_request (nothing_found, empty ? gtk_widget_get_width (box) : -1, -1);
  gtk_widget_set_visible (nothing_found, empty);
  if (list != NULL)
    gtk_widget_set_visible (list, !empty);
}

/* A line under the search field when it finds nothing: an empty list
 * looked like a drop-down that failed to open. */
static void
add_nothing_found (GtkWidget          *entry,
                   GtkFilterListModel *results)
{
  GtkWidget *above = entry;
  GtkWidget *box = gtk_widget_get_parent (entry);
  GtkWidget *label;

  /* Under the field's row (GTK 4.8 puts the field in a row of its own). */
  while (GTK_IS_WIDGET (box) &&
         !(GTK_IS_BOX (box) &&
           gtk_orientable_get_orientation (GTK_ORIENTABLE (box)) == GTK_ORIENTATION_VERTICAL))
    {
      above = box;
      box = gtk_widget_get_parent (box);
    }
  if (!GTK_IS_BOX (box))
    return;

  label = gtk_label_new (_("Nothing found"));
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_add_css_class (label, "nothing-found");
  gtk_widget_set_visible (label, FALSE);
  gtk_box_insert_child_after (GTK_BOX (box), label, above);
  g_signal_connect_object (results, "items-changed",
                           G_CALLBACK (on_search_results_changed_cb), label, 0);
}

/**
 * cchc_drop_down_setup_search:
 * @dropdown: a drop-down with its expression (the items' labels) and its
 *   model set
 *
 * Gives @dropdown a search field that finds its items as the lists do
 * (design §6): anywhere in the label, whatever the case and the marks
 * ("phong" finds "Văn phòng Sở"). GTK 4.8's own finds the start of the
 * label only, marks counted. What is typed in the open list goes to the
 * search field: GTK 4.8 gives the list the focus, and Tab walks its rows,
 * so the keyboard had no way into the field. A search that finds nothing
 * says so.
 */
void
cchc_drop_down_setup_search (GtkDropDown *dropdown)
{
  GtkExpression *label = gtk_drop_down_get_expression (dropdown);
  g_autoptr(GtkExpression) folded = NULL;
  GtkWidget *popover, *entry;
  GtkFilterListModel *results;
  GtkStringFilter *filter;

  g_return_if_fail (label != NULL);

  gtk_drop_down_set_enable_search (dropdown, TRUE);
  popover = cchc_widget_find_descendant (GTK_WIDGET (dropdown), GTK_TYPE_POPOVER);
  entry = popover != NULL ? cchc_widget_find_descendant (popover, GTK_TYPE_SEARCH_ENTRY) : NULL;
  if (entry == NULL)
    return;

  g_object_set (entry, "placeholder-text", _("Search…"), NULL);
  gtk_search_entry_set_key_capture_widget (GTK_SEARCH_ENTRY (entry), popover);
  g_signal_connect (entry, "search-started", G_CALLBACK (on_drop_down_search_started_cb), NULL);
  g_signal_connect (gtk_editable_get_delegate (GTK_EDITABLE (entry)), "insert-text",
                    G_CALLBACK (on_drop_down_search_insert_text_cb), NULL);

  /* Folded labels, searched anywhere with the folded query; GTK sets the
   * query as typed first, then this handler folds it. */
  results = find_search_results (popover);
  filter = find_search_filter (results);
  if (filter == NULL)
    return;
  add_nothing_found (entry, results);
  folded = gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 1,
                                        (GtkExpression *[]) { gtk_expression_ref (label) },
                                        G_CALLBACK (fold_label), NULL, NULL);
  gtk_string_filter_set_expression (filter, folded);
  gtk_string_filter_set_match_mode (filter, GTK_STRING_FILTER_MATCH_MODE_SUBSTRING);
  g_signal_connect_object (entry, "search-changed",
                           G_CALLBACK (on_drop_down_search_changed_cb), filter,
                           G_CONNECT_AFTER);
}

/* The opacity of a drop-down row's check mark. */
static double
check_opacity (gpointer  this,
               GObject  *item,
               GObject  *selected)
{
  return item != NULL && item == selected ? 1.0 : 0.0;
}

/**
 * cchc_drop_down_row_new:
 * @dropdown: the drop-down whose list the row is in
 * @list_item: the row's list item
 * @label: what the row shows
 *
 * For the list factory of a drop-down: @label with the check mark GTK's
 * own rows have on the choice made.
 *
 * Returns: (transfer floating): the row, for gtk_list_item_set_child()
 */
GtkWidget *
cchc_drop_down_row_new (GtkDropDown *dropdown,
                        GtkListItem *list_item,
                        GtkWidget   *label)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *check = gtk_image_new_from_icon_name ("object-select-symbolic");
  GtkExpression *params[2];

  params[0] = gtk_property_expression_new (GTK_TYPE_LIST_ITEM, NULL, "item");
  params[1] = gtk_property_expression_new (GTK_TYPE_DROP_DOWN,
                                           gtk_object_expression_new (G_OBJECT (dropdown)),
                                           "selected-item");
  gtk_expression_bind (gtk_cclosure_expression_new (G_TYPE_DOUBLE, NULL, 2, params,
                                                    G_CALLBACK (check_opacity), NULL, NULL),
                       check, "opacity", list_item);

  gtk_widget_set_hexpand (label, TRUE);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), check);
  return box;
}
