/* cchc-window-print.c: the main window's print, preview, PDF and page setup actions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cchc-window"

#include "config.h"

#include "cchc-page-setup-dialog.h"
#include "cchc-plan.h"
#include "cchc-preview-window.h"
#include "cchc-printing.h"
#include "cchc-window-private.h"

/* The document asked for by name, or the one chosen last. */
static CchcDocumentKind
choose_kind (CchcWindow *self,
             GVariant   *parameter)
{
  GSettings *settings = _cchc_window_get_settings (self);
  CchcDocumentKind kind = CCHC_DOCUMENT_TABLE;
  g_autofree char *saved = NULL;

  if (parameter != NULL && cchc_document_kind_from_name (g_variant_get_string (parameter, NULL),
                                                         &kind))
    return kind;

  if (settings != NULL)
    {
      saved = g_settings_get_string (settings, "print-document");
      cchc_document_kind_from_name (saved, &kind);
    }

  return kind;
}

static CchcDocument *
new_document (CchcWindow             *self,
              CchcDocumentKind        kind,
              const CchcPageOptions  *options)
{
  return cchc_document_new_for_plan (cchc_window_get_store (self),
                                     cchc_window_get_selected_plan (self), kind, options);
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  CchcWindow *self = CCHC_WINDOW (widget);
  CchcPlan *plan = cchc_window_get_selected_plan (self);
  GSettings *settings = _cchc_window_get_settings (self);
  g_autoptr(CchcPageOptions) options = NULL;

  if (plan == NULL)
    return;

  options = cchc_load_page_options (settings);
  cchc_print_plan (GTK_WINDOW (self), cchc_window_get_store (self), plan,
                   choose_kind (self, NULL), options, settings);
}

static void
export_pdf_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  CchcWindow *self = CCHC_WINDOW (widget);
  CchcPlan *plan = cchc_window_get_selected_plan (self);
  g_autoptr(CchcPageOptions) options = NULL;
  g_autoptr(CchcDocument) document = NULL;
  g_autofree char *name = NULL;
  CchcDocumentKind kind;

  if (plan == NULL)
    return;

  kind = choose_kind (self, parameter);
  options = cchc_load_page_options (_cchc_window_get_settings (self));
  document = new_document (self, kind, options);
  name = cchc_document_file_name (kind, cchc_plan_get_year (plan));
  cchc_export_pdf (GTK_WINDOW (self), document, options, name);
}

static void
preview_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  CchcWindow *self = CCHC_WINDOW (widget);
  CchcPlan *plan = cchc_window_get_selected_plan (self);
  GtkWidget *preview;

  if (plan == NULL)
    return;

  preview = cchc_preview_window_new (GTK_WINDOW (self), cchc_window_get_store (self), plan,
                                     _cchc_window_get_settings (self));
  gtk_window_present (GTK_WINDOW (preview));
}

static void
page_setup_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  CchcWindow *self = CCHC_WINDOW (widget);
  GtkWidget *dialog = cchc_page_setup_dialog_new (GTK_WINDOW (self),
                                                  _cchc_window_get_settings (self));

  gtk_window_present (GTK_WINDOW (dialog));
}

void
_cchc_window_class_add_print_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "win.print-preview", NULL, preview_action);
  gtk_widget_class_install_action (widget_class, "win.export-pdf", "s", export_pdf_action);
  gtk_widget_class_install_action (widget_class, "win.page-setup", NULL, page_setup_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK,
                                       "win.print", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p,
                                       GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.print-preview",
                                       NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e,
                                       GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.export-pdf",
                                       "s", "");
}

/* Printing needs a plan. */
void
_cchc_window_update_print_actions (CchcWindow *self)
{
  gboolean has_plan = cchc_window_get_selected_plan (self) != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.print", has_plan);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.print-preview", has_plan);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export-pdf", has_plan);
}
