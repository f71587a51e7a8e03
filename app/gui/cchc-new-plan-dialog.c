/* cchc-new-plan-dialog.c: a new plan, blank or copied from another year's
 *
 * Copying is how a year's plan usually starts: last year's areas, tasks,
 * KPIs and activities with their timeframes moved by a year.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cchc-new-plan"

#include "config.h"

#include <glib/gi18n.h>

#include "cchc-gui-utils.h"
#include "cchc-new-plan-dialog.h"
#include "cchc-page-helpers.h"
#include "cchc-plan.h"

struct _CchcNewPlanDialog
{
  GtkWindow      parent_instance;

  CchcHistory   *history;
  gboolean       title_edited;

  GtkSpinButton *year_spin;
  GtkEntry      *title_entry;
  GtkDropDown   *source_dropdown;
  GtkButton     *create_button;
  GtkLabel      *hint_label;
};

G_DEFINE_FINAL_TYPE (CchcNewPlanDialog, cchc_new_plan_dialog, GTK_TYPE_WINDOW)

enum {
  PLAN_CREATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The plan to copy, or NULL for a blank plan (the first choice). */
static CchcPlan *
get_source (CchcNewPlanDialog *self)
{
  guint position = gtk_drop_down_get_selected (self->source_dropdown);
  GListModel *plans = cchc_store_get_plans (cchc_history_get_store (self->history));
  g_autoptr(CchcPlan) plan = NULL;

  if (position == 0 || position == GTK_INVALID_LIST_POSITION)
    return NULL;

  plan = g_list_model_get_item (plans, position - 1);
  return plan;  /* the store's list keeps it */
}

/* The title written, without the spaces around it. */
static char *
dup_title (CchcNewPlanDialog *self)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->title_entry))));
}

static char *
default_title (int year)
{
  /* Document text, as plans are titled: not translated. */
  return g_strdup_printf ("Cải cách hành chính năm %d", year);
}

/* Whether the database has a plan of @year already. */
static gboolean
has_plan_of_year (CchcNewPlanDialog *self,
                  int                year)
{
  GListModel *plans = cchc_store_get_plans (cchc_history_get_store (self->history));

  for (guint i = 0; i < g_list_model_get_n_items (plans); i++)
    {
      g_autoptr(CchcPlan) plan = g_list_model_get_item (plans, i);

      if (cchc_plan_get_year (plan) == year)
        return TRUE;
    }

  return FALSE;
}

static void
update_form (CchcNewPlanDialog *self)
{
  gboolean copying = get_source (self) != NULL;
  int year = gtk_spin_button_get_value_as_int (self->year_spin);
  g_autofree char *title = dup_title (self);
  gboolean valid = *title != '\0';
  const char *about;
  g_autofree char *hint = NULL;

  cchc_widget_set_invalid (GTK_WIDGET (self->title_entry), !valid);
  gtk_widget_set_sensitive (GTK_WIDGET (self->create_button), valid);
  about = copying ? _("A copy keeps the areas, tasks, KPIs, activities and report periods of "
                      "the plan it copies, with their timeframes and dates moved to the new "
                      "year.")
                  : _("A blank plan starts empty: add its areas and tasks on the Tasks page.");
  /* Allowed (a plan redone, say), but rarely meant. */
  if (has_plan_of_year (self, year))
    /* Translators: %d is a year, %s what the new plan starts with */
    hint = g_strdup_printf (_("There is a plan for %d already: this one will be another. %s"),
                            year, about);
  gtk_label_set_text (self->hint_label, hint != NULL ? hint : about);
}

static void on_title_changed_cb (CchcNewPlanDialog *self);

/* Until the user writes a title, the plan gets the one the year and the
 * choice suggest: a copy's is the copied plan's with the new year. */
static void
suggest_title (CchcNewPlanDialog *self)
{
  int year = gtk_spin_button_get_value_as_int (self->year_spin);
  CchcPlan *source = get_source (self);
  g_autofree char *title = NULL;

  if (self->title_edited)
    return;

  title = source != NULL ? cchc_plan_dup_title_for_year (source, year) : default_title (year);
  g_signal_handlers_block_by_func (self->title_entry, on_title_changed_cb, self);
  gtk_editable_set_text (GTK_EDITABLE (self->title_entry), title);
  g_signal_handlers_unblock_by_func (self->title_entry, on_title_changed_cb, self);
}

static void
on_choice_changed_cb (CchcNewPlanDialog *self)
{
  suggest_title (self);
  update_form (self);
}

/* A title written by the user stays; one cleared lets the suggestion
 * come back with the next year or choice. */
static void
on_title_changed_cb (CchcNewPlanDialog *self)
{
  g_autofree char *title = dup_title (self);

  self->title_edited = *title != '\0';
  update_form (self);
}

static void
on_create_clicked_cb (CchcNewPlanDialog *self)
{
  g_autoptr(GError) error = NULL;
  CchcPlan *source = get_source (self);
  g_autofree char *title = NULL;
  CchcPlan *plan;
  int year;

  /* A year typed, the keyboard still in it, counts (and the title it
   * suggests). */
  gtk_spin_button_update (self->year_spin);
  year = gtk_spin_button_get_value_as_int (self->year_spin);
  title = dup_title (self);

  if (source != NULL)
    plan = cchc_history_copy_plan (self->history, source, year, title, &error);
  else
    {
      g_autoptr(CchcPlan) blank = cchc_plan_new ();

      cchc_plan_set_year (blank, year);
      cchc_plan_set_title (blank, title);
      plan = cchc_history_insert (self->history, NULL, G_MAXUINT, blank, &error) ? blank : NULL;
    }

  if (plan == NULL)
    {
      cchc_show_error (GTK_WIDGET (self), _("Could not create the plan"), error);
      return;
    }

  g_signal_emit (self, signals[PLAN_CREATED], 0, plan);
  gtk_window_destroy (GTK_WINDOW (self));
}

/* Evaluated on each item of the choices: the first one is no plan. */
static char *
format_source (GObject *item)
{
  if (!CCHC_IS_PLAN (item))
    return g_strdup (_("Blank plan"));

  return g_strdup_printf (_("Copy of the %d plan — %s"), cchc_plan_get_year (CCHC_PLAN (item)),
                          cchc_plan_get_title (CCHC_PLAN (item)));
}

static void
cchc_new_plan_dialog_dispose (GObject *object)
{
  CchcNewPlanDialog *self = CCHC_NEW_PLAN_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), CCHC_TYPE_NEW_PLAN_DIALOG);
  g_clear_object (&self->history);

  G_OBJECT_CLASS (cchc_new_plan_dialog_parent_class)->dispose (object);
}

static void
cchc_new_plan_dialog_class_init (CchcNewPlanDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cchc_new_plan_dialog_dispose;

  /**
   * CchcNewPlanDialog::plan-created:
   * @plan: the new plan
   */
  signals[PLAN_CREATED] =
    g_signal_new ("plan-created",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, CCHC_TYPE_PLAN);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/cchcplanner/Planner/ui/cchc-new-plan-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, CchcNewPlanDialog, year_spin);
  gtk_widget_class_bind_template_child (widget_class, CchcNewPlanDialog, title_entry);
  gtk_widget_class_bind_template_child (widget_class, CchcNewPlanDialog, source_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CchcNewPlanDialog, create_button);
  gtk_widget_class_bind_template_child (widget_class, CchcNewPlanDialog, hint_label);
  gtk_widget_class_bind_template_callback (widget_class, on_choice_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_title_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_create_clicked_cb);
}

static void
cchc_new_plan_dialog_init (CchcNewPlanDialog *self)
{
  g_type_ensure (CCHC_TYPE_PLAN);
  gtk_widget_init_template (GTK_WIDGET (self));
  cchc_widget_fill_gtk_gaps (GTK_WIDGET (self));
  /* Escape cancels, Enter (in the year too) and Ctrl+Return create, as in
   * the editors. */
  cchc_editor_setup (GTK_WINDOW (self), GTK_WIDGET (self->create_button));
  gtk_text_set_activates_default (GTK_TEXT (gtk_editable_get_delegate (
                                    GTK_EDITABLE (self->year_spin))), TRUE);
  cchc_spin_button_setup_number (self->year_spin);  /* the title suggested */
}

/* The choices: a blank plan, then a copy of each stored plan. */
static GListModel *
new_source_model (GListModel *plans)
{
  GListStore *blank = g_list_store_new (G_TYPE_OBJECT);
  GListStore *both = g_list_store_new (G_TYPE_LIST_MODEL);
  g_autoptr(GObject) nothing = g_object_new (G_TYPE_OBJECT, NULL);

  g_list_store_append (blank, nothing);
  g_list_store_append (both, blank);
  g_list_store_append (both, plans);
  g_object_unref (blank);

  return G_LIST_MODEL (gtk_flatten_list_model_new (G_LIST_MODEL (both)));
}

static void
setup_source_dropdown (CchcNewPlanDialog *self,
                       GListModel        *plans,
                       CchcPlan          *source)
{
  g_autoptr(GListModel) model = new_source_model (plans);
  GtkExpression *expression;
  guint position;

  expression = gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 0, NULL,
                                            G_CALLBACK (format_source), NULL, NULL);
  gtk_drop_down_set_expression (self->source_dropdown, expression);
  gtk_expression_unref (expression);
  gtk_drop_down_set_model (self->source_dropdown, model);

  if (source != NULL && g_list_store_find (G_LIST_STORE (plans), source, &position))
    gtk_drop_down_set_selected (self->source_dropdown, position + 1);
}

/**
 * cchc_new_plan_dialog_new:
 * @source: (nullable): the plan offered for copying, usually the one shown
 *
 * Returns: (transfer none): a new modal dialog, owned by GTK; it emits
 *   #CchcNewPlanDialog::plan-created when it made a plan
 */
GtkWidget *
cchc_new_plan_dialog_new (GtkWindow   *parent,
                          CchcHistory *history,
                          CchcPlan    *source)
{
  CchcNewPlanDialog *self;
  GListModel *plans;
  int year = source != NULL ? cchc_plan_get_year (source) + 1 : 0;

  g_return_val_if_fail (CCHC_IS_HISTORY (history), NULL);

  self = g_object_new (CCHC_TYPE_NEW_PLAN_DIALOG, "transient-for", parent, "modal", TRUE, NULL);
  self->history = g_object_ref (history);
  plans = cchc_store_get_plans (cchc_history_get_store (history));

  if (year == 0)
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();
      year = g_date_time_get_year (now);
    }
  gtk_spin_button_set_value (self->year_spin, year);
  setup_source_dropdown (self, plans, source);
  self->title_edited = FALSE;
  on_choice_changed_cb (self);

  return GTK_WIDGET (self);
}
