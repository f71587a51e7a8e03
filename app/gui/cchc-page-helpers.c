/* cchc-page-helpers.c: editor windows, form fields
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cchc-gui"

#include "config.h"

#include <glib/gi18n.h>

#include "cchc-gui-utils.h"
#include "cchc-page-helpers.h"

/* Editors -------------------------------------------------------------- */

static gboolean
activate_save (GtkWidget *window,
               GVariant  *args,
               gpointer   data)
{
  GtkWidget *button = data;

  cchc_widget_commit_spin_buttons (window);
  if (gtk_widget_is_sensitive (button))
    gtk_widget_activate (button);
  return TRUE;
}

static void
add_shortcut (GtkShortcutController *controller,
              guint                  keyval,
              GdkModifierType        modifiers,
              GtkShortcutAction     *action)
{
  gtk_shortcut_controller_add_shortcut (controller,
                                        gtk_shortcut_new (gtk_keyval_trigger_new (keyval,
                                                                                  modifiers),
                                                          action));
}

/* A Save greyed out says why. */
static void
on_save_sensitive_cb (GtkWidget *button)
{
  gtk_widget_set_tooltip_text (button, gtk_widget_get_sensitive (button)
                                       ? NULL
                                       : _("Fill in or correct the fields marked in red to save"));
}

/**
 * cchc_editor_setup:
 * @editor: an editor window
 * @save_button: its Save button
 *
 * Makes Escape cancel and Ctrl+Return save (even from a text view, which
 * would take Return for itself), and Save the default widget; a year typed
 * in a spin button counts (cchc_widget_commit_spin_buttons(),
 * cchc_window_drop_focus_on_hide()).
 */
void
cchc_editor_setup (GtkWindow *editor,
                   GtkWidget *save_button)
{
  GtkEventController *save = gtk_shortcut_controller_new ();
  GtkEventController *cancel = gtk_shortcut_controller_new ();

  /* Save in the capture phase, before a text view takes the Return;
   * cancel in the bubble phase, after an open drop-down took its Escape. */
  gtk_event_controller_set_propagation_phase (save, GTK_PHASE_CAPTURE);
  add_shortcut (GTK_SHORTCUT_CONTROLLER (save), GDK_KEY_Return, GDK_CONTROL_MASK,
                gtk_callback_action_new (activate_save, save_button, NULL));
  add_shortcut (GTK_SHORTCUT_CONTROLLER (save), GDK_KEY_KP_Enter, GDK_CONTROL_MASK,
                gtk_callback_action_new (activate_save, save_button, NULL));
  gtk_widget_add_controller (GTK_WIDGET (editor), save);

  gtk_event_controller_set_propagation_phase (cancel, GTK_PHASE_BUBBLE);
  add_shortcut (GTK_SHORTCUT_CONTROLLER (cancel), GDK_KEY_Escape, 0,
                gtk_named_action_new ("window.close"));
  gtk_widget_add_controller (GTK_WIDGET (editor), cancel);

  gtk_window_set_default_widget (editor, save_button);
  cchc_window_add_drop_down_keys (editor);
  cchc_window_drop_focus_on_hide (editor);
  g_signal_connect (save_button, "notify::sensitive", G_CALLBACK (on_save_sensitive_cb), NULL);
  on_save_sensitive_cb (save_button);
}

/**
 * cchc_editor_present:
 * @page: the page the editor edits for
 *
 * Shows @editor as a modal window over the window of @page.
 */
void
cchc_editor_present (GtkWindow *editor,
                     GtkWidget *page)
{
  GtkRoot *root = gtk_widget_get_root (page);

  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (editor, GTK_WINDOW (root));
  gtk_window_set_modal (editor, TRUE);
  gtk_window_set_destroy_with_parent (editor, TRUE);
  gtk_window_present (editor);
}

/* Closing over changes ------------------------------------------------- */

#define DISCARDING_KEY "cchc-editor-discarding"

#define RESPONSE_KEY "cchc-editor-closing-response"

static gboolean
act_on_closing_answer_cb (gpointer data)
{
  GtkWidget *save_button = data;
  int response = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (save_button), RESPONSE_KEY));
  GtkRoot *editor = gtk_widget_get_root (save_button);
  g_autoptr(GtkWindow) parent = NULL;

  if (!GTK_IS_WINDOW (editor))
    return G_SOURCE_REMOVE;
  g_set_object (&parent, gtk_window_get_transient_for (GTK_WINDOW (editor)));

  /* Clicked, not activated: a button activated shows itself pressed for a
   * moment before it acts, and the answer was given already. */
  if (response == CCHC_RESPONSE_SAVE)
    {
      g_signal_emit_by_name (save_button, "clicked");
    }
  else if (response == CCHC_RESPONSE_DISCARD)
    {
      g_object_set_data (G_OBJECT (editor), DISCARDING_KEY, GINT_TO_POINTER (TRUE));
      gtk_window_close (GTK_WINDOW (editor));
    }

  /* The editor gone, its window takes the focus back: the window manager,
   * still giving it to the editor the question left, gave it to none. */
  if (gtk_widget_get_root (save_button) == NULL && parent != NULL)
    gtk_window_present (parent);

  return G_SOURCE_REMOVE;
}

/* The editor acts once the question is gone: GTK 4.8 would touch the
 * editor, the question's parent, once freed. */
static void
on_closing_response_cb (GtkDialog *dialog,
                        int        response,
                        GtkWidget *save_button)
{
  g_object_set_data (G_OBJECT (save_button), RESPONSE_KEY, GINT_TO_POINTER (response));
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_idle_add_full (G_PRIORITY_DEFAULT, act_on_closing_answer_cb, g_object_ref (save_button),
                   g_object_unref);
}

/**
 * cchc_editor_ask_before_closing:
 * @editor: an editor window, in its "close-request"
 * @save_button: its Save button
 * @changed: whether its form differs from what it showed when it opened
 *
 * When @changed, asks whether to save the changes: Save (when
 * @save_button can), Discard Changes, or Cancel to go on editing.
 *
 * Returns: %TRUE when it asks: the editor stays open for now
 */
gboolean
cchc_editor_ask_before_closing (GtkWindow *editor,
                                GtkWidget *save_button,
                                gboolean   changed)
{
  GtkDialog *dialog;

  if (!changed || g_object_get_data (G_OBJECT (editor), DISCARDING_KEY) != NULL)
    return FALSE;

  dialog = cchc_save_question_new (editor, _("Save your changes?"),
                                   gtk_widget_is_sensitive (save_button),
                                   _("Some fields are marked: correct them to save."));
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_closing_response_cb),
                           save_button, 0);
  gtk_window_present (GTK_WINDOW (dialog));

  return TRUE;
}

/* What a small editor's fields show, in one string. */
static void
append_form_state (GtkWidget *widget,
                   GString   *state)
{
  if (GTK_IS_TEXT (widget))
    g_string_append_printf (state, "%s\x1f", gtk_editable_get_text (GTK_EDITABLE (widget)));
  else if (GTK_IS_DROP_DOWN (widget))
    g_string_append_printf (state, "%u\x1f", gtk_drop_down_get_selected (GTK_DROP_DOWN (widget)));
  else if (GTK_IS_CHECK_BUTTON (widget))
    g_string_append_printf (state, "%d\x1f",
                            gtk_check_button_get_active (GTK_CHECK_BUTTON (widget)));

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    append_form_state (child, state);
}

static char *
dup_form_state (GtkWidget *form)
{
  GString *state = g_string_new (NULL);

  append_form_state (form, state);
  return g_string_free (state, FALSE);
}

#define FORM_STATE_KEY "cchc-small-editor-shown"

/* Filled by now: what the form shows is what it opened with. */
static void
on_small_editor_map_cb (GtkWidget *window)
{
  if (g_object_get_data (G_OBJECT (window), FORM_STATE_KEY) == NULL)
    g_object_set_data_full (G_OBJECT (window), FORM_STATE_KEY,
                            dup_form_state (gtk_window_get_child (GTK_WINDOW (window))), g_free);
}

static gboolean
on_small_editor_close_request_cb (GtkWindow *window,
                                  GtkWidget *save_button)
{
  const char *shown = g_object_get_data (G_OBJECT (window), FORM_STATE_KEY);
  g_autofree char *now = NULL;

  if (shown == NULL)
    return FALSE;

  now = dup_form_state (gtk_window_get_child (window));
  return cchc_editor_ask_before_closing (window, save_button, !g_str_equal (shown, now));
}

/**
 * cchc_small_editor_new:
 * @page: the page the editor edits for
 * @title: the window title
 * @content: the fields
 * @save_button: (out) (transfer none): the Save button, for its "clicked"
 *   signal and its sensitivity
 *
 * Builds a small editor window: a header bar with Cancel and Save and
 * @content, set up as cchc_editor_setup() does. Closed with changes in its
 * fields, it asks whether to save them (cchc_editor_ask_before_closing()).
 * Present it with cchc_editor_present().
 *
 * Returns: (transfer none): the window (owned by GTK until destroyed)
 */
GtkWindow *
cchc_small_editor_new (GtkWidget  *page,
                       const char *title,
                       GtkWidget  *content,
                       GtkWidget **save_button)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *header = gtk_header_bar_new ();
  GtkWidget *cancel = gtk_button_new_with_mnemonic (_("_Cancel"));
  GtkWidget *save = gtk_button_new_with_mnemonic (_("_Save"));

  gtk_window_set_title (GTK_WINDOW (window), title);
  gtk_window_set_resizable (GTK_WINDOW (window), FALSE);
  /* Room for the title between Cancel and Save, whatever the form. */
  gtk_widget_set_size_request (window, 360, -1);
  gtk_header_bar_set_show_title_buttons (GTK_HEADER_BAR (header), FALSE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (cancel), "window.close");
  gtk_widget_add_css_class (save, "suggested-action");
  gtk_header_bar_pack_start (GTK_HEADER_BAR (header), cancel);
  gtk_header_bar_pack_end (GTK_HEADER_BAR (header), save);
  gtk_window_set_titlebar (GTK_WINDOW (window), header);

  gtk_widget_set_margin_top (content, 18);
  gtk_widget_set_margin_bottom (content, 18);
  gtk_widget_set_margin_start (content, 18);
  gtk_widget_set_margin_end (content, 18);
  gtk_window_set_child (GTK_WINDOW (window), content);

  cchc_editor_setup (GTK_WINDOW (window), save);
  cchc_widget_fill_gtk_gaps (window);
  g_signal_connect (window, "map", G_CALLBACK (on_small_editor_map_cb), NULL);
  g_signal_connect (window, "close-request", G_CALLBACK (on_small_editor_close_request_cb), save);
  *save_button = save;

  return GTK_WINDOW (window);
}

/**
 * cchc_form_label_new:
 * @mnemonic: the translated label, with an underlined access key
 * @field: the widget the access key focuses
 *
 * Returns: (transfer floating): a label for a field of a form
 */
GtkWidget *
cchc_form_label_new (const char *mnemonic,
                     GtkWidget  *field)
{
  GtkWidget *label = gtk_label_new_with_mnemonic (mnemonic);

  gtk_label_set_mnemonic_widget (GTK_LABEL (label), field);
  gtk_label_set_xalign (GTK_LABEL (label), 1.0f);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_set_valign (label, GTK_ALIGN_BASELINE);
  gtk_widget_add_css_class (label, "dim-label");

  return label;
}

/**
 * cchc_text_view_dup_text:
 *
 * Returns: (transfer full): the whole text of @text_view
 */
char *
cchc_text_view_dup_text (GtkTextView *text_view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (text_view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/**
 * cchc_text_view_set_text:
 * @text: (nullable): the text loaded into the field
 *
 * Shows @text in @text_view as the field's starting point: Ctrl+Z in the
 * field undoes the user's typing, never the loading.
 */
void
cchc_text_view_set_text (GtkTextView *text_view,
                         const char  *text)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (text_view);

  gtk_text_buffer_begin_irreversible_action (buffer);
  gtk_text_buffer_set_text (buffer, text != NULL ? text : "", -1);
  gtk_text_buffer_end_irreversible_action (buffer);
}

/**
 * cchc_editable_set_text:
 * @text: (nullable): the text loaded into the field
 *
 * Shows @text in @editable (an entry, a spin button) as the field's
 * starting point, like cchc_text_view_set_text().
 */
void
cchc_editable_set_text (GtkEditable *editable,
                        const char  *text)
{
  gboolean undo = gtk_editable_get_enable_undo (editable);

  /* Turning undo off forgets what there was to undo. */
  gtk_editable_set_enable_undo (editable, FALSE);
  gtk_editable_set_text (editable, text != NULL ? text : "");
  gtk_editable_set_enable_undo (editable, undo);
}

/**
 * cchc_spin_button_set_value:
 *
 * Shows @value in @spin as the field's starting point, like
 * cchc_text_view_set_text().
 */
void
cchc_spin_button_set_value (GtkSpinButton *spin,
                            double         value)
{
  gboolean undo = gtk_editable_get_enable_undo (GTK_EDITABLE (spin));

  gtk_editable_set_enable_undo (GTK_EDITABLE (spin), FALSE);
  gtk_spin_button_set_value (spin, value);
  gtk_editable_set_enable_undo (GTK_EDITABLE (spin), undo);
}

static void
set_error_class (GtkWidget *widget,
                 gboolean   error)
{
  if (error)
    gtk_widget_add_css_class (widget, "error");
  else
    gtk_widget_remove_css_class (widget, "error");
}

/**
 * cchc_widget_set_invalid:
 *
 * Marks @widget with the "error" style class, or clears the mark, and the
 * labels that name it (whose mnemonic widget it is, or the child of it, a
 * scrolled window): the label of every marked field turns red, in every
 * form. The theme colours the text of an invalid entry; the application's
 * style sheet (cchc_install_style()) also draws the frame of an entry or
 * of a text view's scrolled window red, as an empty field has no text to
 * colour.
 */
void
cchc_widget_set_invalid (GtkWidget *widget,
                         gboolean   invalid)
{
  GtkWidget *named = widget;
  GList *labels;

  set_error_class (widget, invalid);

  if (GTK_IS_SCROLLED_WINDOW (widget))
    named = gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (widget));
  if (named == NULL)
    return;

  labels = gtk_widget_list_mnemonic_labels (named);
  for (GList *l = labels; l != NULL; l = l->next)
    set_error_class (l->data, invalid);
  g_list_free (labels);
}

/**
 * cchc_check_required:
 * @widget: the field
 * @text: (nullable): its text
 *
 * Marks a required field that is empty (or only spaces).
 *
 * Returns: whether the field is filled in
 */
gboolean
cchc_check_required (GtkWidget  *widget,
                     const char *text)
{
  gboolean valid = FALSE;

  for (const char *p = text; p != NULL && *p != '\0' && !valid; p = g_utf8_next_char (p))
    valid = !g_unichar_isspace (g_utf8_get_char (p));

  cchc_widget_set_invalid (widget, !valid);
  return valid;
}
