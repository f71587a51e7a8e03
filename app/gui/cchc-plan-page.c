/* cchc-plan-page.c: the details of a plan: its document fields and report periods
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cchc-plan-page"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "cchc-gui-utils.h"
#include "cchc-page-helpers.h"
#include "cchc-plan.h"
#include "cchc-plan-page.h"
#include "cchc-report-period.h"

typedef enum
{
  FIELD_ENTRY,   /* one line */
  FIELD_TEXT,    /* a text view, kept as one string */
  FIELD_LINES,   /* a text view, one paragraph per line */
  FIELD_DATE,    /* dd/mm/yyyy in an entry, or empty */
  FIELD_YEAR,    /* a spin button */
} FieldKind;

typedef struct
{
  const char *property;
  const char *widget;
  FieldKind   kind;
  gboolean    required;
} Field;

/* The form, in the order of the template: each field shows one property
 * of the plan. */
static const Field fields[] = {
  { "number", "number_entry", FIELD_ENTRY },
  { "place", "place_entry", FIELD_ENTRY },
  { "date", "date_entry", FIELD_DATE },
  { "year", "year_spin", FIELD_YEAR },
  { "title", "title_view", FIELD_TEXT, TRUE },
  { "agency", "agency_entry", FIELD_ENTRY },
  { "parent-agency", "parent_agency_entry", FIELD_ENTRY },
  { "signer-title", "signer_title_view", FIELD_TEXT },
  { "signer-name", "signer_name_entry", FIELD_ENTRY },
  { "bases", "bases_view", FIELD_LINES },
  { "objectives", "objectives_view", FIELD_LINES },
  { "directives", "directives_view", FIELD_LINES },
  { "propaganda", "propaganda_view", FIELD_LINES },
  { "responsibilities", "responsibilities_view", FIELD_LINES },
  { "recipients", "recipients_view", FIELD_LINES },
};

#define N_FIELDS G_N_ELEMENTS (fields)

struct _CchcPlanPage
{
  CchcListPage  parent_instance;

  GtkWidget    *widgets[N_FIELDS];
  GSignalGroup *plan_signals;

  /* Template widgets */
  GtkLabel     *status_label;
};

/* The report period window, small enough to be built here */
typedef struct
{
  CchcPlanPage     *page;
  CchcReportPeriod *period;    /* NULL when adding */
  guint             position;
  GtkWindow        *window;
  GtkDropDown      *kind_dropdown;
  GtkEntry         *date_entry;
  GtkLabel         *problem_label;  /* what is wrong with the date */
  GtkWidget        *save_button;
} PeriodEditor;

G_DEFINE_FINAL_TYPE (CchcPlanPage, cchc_plan_page, CCHC_TYPE_LIST_PAGE)

/* The kinds in the order of the year, as the drop-down lists them */
static const CchcPeriodKind period_kinds[] = {
  CCHC_PERIOD_KIND_QUARTER_1,
  CCHC_PERIOD_KIND_QUARTER_2,
  CCHC_PERIOD_KIND_HALF_YEAR,
  CCHC_PERIOD_KIND_QUARTER_3,
  CCHC_PERIOD_KIND_NINE_MONTHS,
  CCHC_PERIOD_KIND_QUARTER_4,
  CCHC_PERIOD_KIND_YEAR,
};

static CchcPlan *
get_plan (CchcPlanPage *self)
{
  return cchc_list_page_get_plan (CCHC_LIST_PAGE (self));
}

/* Fields --------------------------------------------------------------- */

static char *
widget_text (GtkWidget *widget)
{
  char *text;

  if (GTK_IS_TEXT_VIEW (widget))
    text = cchc_text_view_dup_text (GTK_TEXT_VIEW (widget));
  else
    text = g_strdup (gtk_editable_get_text (GTK_EDITABLE (widget)));

  return g_strstrip (text);
}

static char **
text_to_lines (const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  GStrvBuilder *builder = g_strv_builder_new ();
  char **result;

  for (guint i = 0; lines[i] != NULL; i++)
    if (*g_strstrip (lines[i]) != '\0')
      g_strv_builder_add (builder, lines[i]);

  result = g_strv_builder_end (builder);
  g_strv_builder_unref (builder);
  return result;
}

/* Reads field @i of the form into @value (uninitialized). */
static void
read_field (CchcPlanPage *self,
            guint         i,
            GValue       *value)
{
  GtkWidget *widget = self->widgets[i];
  g_autofree char *text = fields[i].kind != FIELD_YEAR ? widget_text (widget) : NULL;
  GDate date;

  switch (fields[i].kind)
    {
    case FIELD_ENTRY:
    case FIELD_TEXT:
      g_value_init (value, G_TYPE_STRING);
      g_value_take_string (value, g_steal_pointer (&text));
      break;

    case FIELD_LINES:
      g_value_init (value, G_TYPE_STRV);
      g_value_take_boxed (value, text_to_lines (text));
      break;

    case FIELD_DATE:
      g_value_init (value, G_TYPE_DATE);
      if (cchc_parse_date (text, &date))
        g_value_set_boxed (value, &date);
      break;

    case FIELD_YEAR:
      g_value_init (value, G_TYPE_INT);
      g_value_set_int (value, gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (widget)));
      break;

    default:
      g_assert_not_reached ();
    }
}

static gboolean
field_is_valid (CchcPlanPage *self,
                guint         i)
{
  g_autofree char *text = NULL;
  GDate date;

  if (fields[i].kind == FIELD_YEAR)
    return TRUE;

  text = widget_text (self->widgets[i]);
  if (fields[i].kind == FIELD_DATE)
    return *text == '\0' || cchc_parse_date (text, &date);

  return !fields[i].required || *text != '\0';
}

/* Shows @value, a value of the plan, in field @i. */
static void
write_field (CchcPlanPage *self,
             guint         i,
             const GValue *value)
{
  GtkWidget *widget = self->widgets[i];
  g_autofree char *text = NULL;

  switch (fields[i].kind)
    {
    case FIELD_ENTRY:
    case FIELD_TEXT:
      text = g_value_dup_string (value);
      break;

    case FIELD_LINES:
      text = g_value_get_boxed (value) != NULL ? g_strjoinv ("\n", g_value_get_boxed (value))
                                               : NULL;
      break;

    case FIELD_DATE:
      text = cchc_format_date (g_value_get_boxed (value));
      break;

    case FIELD_YEAR:
      cchc_spin_button_set_value (GTK_SPIN_BUTTON (widget), g_value_get_int (value));
      return;

    default:
      g_assert_not_reached ();
    }

  if (GTK_IS_TEXT_VIEW (widget))
    cchc_text_view_set_text (GTK_TEXT_VIEW (widget), text);
  else
    cchc_editable_set_text (GTK_EDITABLE (widget), text);
}

static void
get_plan_value (CchcPlan *plan,
                guint     i,
                GValue   *value)
{
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (plan),
                                                    fields[i].property);

  g_value_init (value, pspec->value_type);
  g_object_get_property (G_OBJECT (plan), fields[i].property, value);
}

static gboolean
values_equal (const GValue *a,
              const GValue *b)
{
  GType type = G_VALUE_TYPE (a);

  if (type == G_TYPE_STRING)
    return g_strcmp0 (g_value_get_string (a), g_value_get_string (b)) == 0;
  if (type == G_TYPE_INT)
    return g_value_get_int (a) == g_value_get_int (b);
  if (type == G_TYPE_STRV)
    {
      const char * const empty[] = { NULL };
      const char * const *strv_a = g_value_get_boxed (a);
      const char * const *strv_b = g_value_get_boxed (b);

      return g_strv_equal (strv_a != NULL ? strv_a : empty, strv_b != NULL ? strv_b : empty);
    }
  if (type == G_TYPE_DATE)
    {
      const GDate *date_a = g_value_get_boxed (a);
      const GDate *date_b = g_value_get_boxed (b);

      if (date_a == NULL || date_b == NULL)
        return date_a == date_b;
      return g_date_compare (date_a, date_b) == 0;
    }

  g_return_val_if_reached (FALSE);
}

static gboolean
field_changed (CchcPlanPage *self,
               guint         i)
{
  g_auto(GValue) shown = G_VALUE_INIT;
  g_auto(GValue) stored = G_VALUE_INIT;

  read_field (self, i, &shown);
  get_plan_value (get_plan (self), i, &stored);
  return !values_equal (&shown, &stored);
}

/* The widget that shows the "error" mark of field @i: a text view's frame */
static GtkWidget *
field_frame (CchcPlanPage *self,
             guint         i)
{
  GtkWidget *widget = self->widgets[i];

  return GTK_IS_TEXT_VIEW (widget) ? gtk_widget_get_parent (widget) : widget;
}

static gboolean
form_changed (CchcPlanPage *self)
{
  if (get_plan (self) == NULL)
    return FALSE;

  for (guint i = 0; i < N_FIELDS; i++)
    if (field_changed (self, i))
      return TRUE;

  return FALSE;
}

static gboolean
form_valid (CchcPlanPage *self)
{
  for (guint i = 0; i < N_FIELDS; i++)
    if (!field_is_valid (self, i))
      return FALSE;

  return TRUE;
}

static void
update_state (CchcPlanPage *self)
{
  gboolean has_plan = get_plan (self) != NULL;
  gboolean valid = TRUE;
  gboolean changed = form_changed (self);

  for (guint i = 0; i < N_FIELDS; i++)
    {
      gboolean field_valid = !has_plan || field_is_valid (self, i);

      cchc_widget_set_invalid (field_frame (self, i), !field_valid);
      valid = valid && field_valid;
    }

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.save", changed && valid);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.revert", changed);

  if (changed && !valid)
    gtk_label_set_text (self->status_label, _("Correct the marked fields to save."));
  else if (changed)
    gtk_label_set_text (self->status_label, _("Unsaved changes"));
  else
    gtk_label_set_text (self->status_label, "");
}

static void
load_field (CchcPlanPage *self,
            guint         i)
{
  g_auto(GValue) value = G_VALUE_INIT;

  get_plan_value (get_plan (self), i, &value);
  write_field (self, i, &value);
}

static void
load_form (CchcPlanPage *self)
{
  for (guint i = 0; i < N_FIELDS; i++)
    {
      if (get_plan (self) != NULL)
        load_field (self, i);
      else if (GTK_IS_TEXT_VIEW (self->widgets[i]))
        cchc_text_view_set_text (GTK_TEXT_VIEW (self->widgets[i]), "");
      else
        cchc_editable_set_text (GTK_EDITABLE (self->widgets[i]), "");
    }

  update_state (self);
}

/* An undo or redo changed the plan: show what it holds now. */
static void
on_plan_notify_cb (CchcPlanPage *self,
                   GParamSpec   *pspec)
{
  for (guint i = 0; i < N_FIELDS; i++)
    if (g_str_equal (pspec->name, fields[i].property))
      load_field (self, i);

  update_state (self);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  cchc_plan_page_save (CCHC_PLAN_PAGE (widget));
}

static gboolean
write_form (CchcPlanPage *self)
{
  CchcPlan *plan = get_plan (self);
  g_autoptr(CchcPlan) values = NULL;
  g_autoptr(GError) error = NULL;
  gboolean saved;

  /* A year typed but not yet taken by the spin button counts. */
  cchc_widget_commit_spin_buttons (GTK_WIDGET (self));
  values = cchc_record_dup_values (CCHC_RECORD (plan));
  for (guint i = 0; i < N_FIELDS; i++)
    {
      g_auto(GValue) value = G_VALUE_INIT;

      read_field (self, i, &value);
      g_object_set_property (G_OBJECT (values), fields[i].property, &value);
    }

  /* All the fields in one step of the history. On failure the form keeps
   * what the user typed. */
  saved = cchc_history_update (cchc_list_page_get_history (CCHC_LIST_PAGE (self)), plan, values,
                               &error);
  if (!saved)
    cchc_show_error (GTK_WIDGET (self), _("Could not save the plan details"), error);
  else
    /* A date typed otherwise ("5/1/2022") shows as dates do: the same
     * date saved changes nothing that would show it again. */
    for (guint i = 0; i < N_FIELDS; i++)
      if (fields[i].kind == FIELD_DATE)
        load_field (self, i);

  update_state (self);
  return saved;
}

static void
revert_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  cchc_plan_page_revert (CCHC_PLAN_PAGE (widget));
}

/* Report periods --------------------------------------------------------- */

static char *
period_kind (gpointer item,
             gpointer data)
{
  return g_strdup (cchc_period_kind_get_label (cchc_report_period_get_kind (item)));
}

static char *
period_due_date (gpointer item,
                 gpointer data)
{
  return cchc_format_date (cchc_report_period_get_due_date (item));
}

static void
period_editor_free (PeriodEditor *editor)
{
  g_clear_object (&editor->page);
  g_clear_object (&editor->period);
  g_free (editor);
}

static gboolean
read_period_date (PeriodEditor *editor,
                  GDate        *date)
{
  return cchc_parse_date (gtk_editable_get_text (GTK_EDITABLE (editor->date_entry)), date);
}

static void
on_period_date_changed_cb (PeriodEditor *editor)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (editor->date_entry));
  /* NULL exactly when read_period_date() reads the date */
  const char *problem = cchc_date_problem (text);

  cchc_widget_set_invalid (GTK_WIDGET (editor->date_entry), problem != NULL);
  gtk_label_set_text (editor->problem_label, problem != NULL ? problem : "");
  gtk_widget_set_visible (GTK_WIDGET (editor->problem_label), problem != NULL);
  gtk_widget_set_sensitive (editor->save_button, problem == NULL);
}

static void
on_period_save_clicked_cb (PeriodEditor *editor)
{
  CchcListPage *page = CCHC_LIST_PAGE (editor->page);
  CchcHistory *history = cchc_list_page_get_history (page);
  g_autoptr(CchcReportPeriod) values = NULL;
  g_autoptr(GError) error = NULL;
  guint kind = gtk_drop_down_get_selected (editor->kind_dropdown);
  gboolean saved;
  GDate date;

  if (!read_period_date (editor, &date) || kind >= G_N_ELEMENTS (period_kinds))
    return;

  values = editor->period != NULL ? cchc_record_dup_values (CCHC_RECORD (editor->period))
                                  : cchc_report_period_new ();
  cchc_report_period_set_kind (values, period_kinds[kind]);
  cchc_report_period_set_due_date (values, &date);

  if (editor->period != NULL)
    saved = cchc_history_update (history, editor->period, values, &error);
  else
    saved = cchc_history_insert (history, cchc_list_page_get_plan (page), editor->position,
                                 values, &error);

  if (!saved)
    {
      cchc_show_error (GTK_WIDGET (editor->window), _("Could not save the report period"),
                       error);
      return;
    }

  cchc_list_controller_show_saved (cchc_list_page_get_list (page),
                                   editor->period != NULL ? editor->period : values);
  gtk_window_destroy (editor->window);
}

static GtkWidget *
build_period_form (PeriodEditor *editor)
{
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);
  GtkWidget *grid = gtk_grid_new ();

  for (guint i = 0; i < G_N_ELEMENTS (period_kinds); i++)
    gtk_string_list_append (kinds, cchc_period_kind_get_label (period_kinds[i]));
  editor->kind_dropdown = GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&kinds)),
                                                            NULL));
  gtk_widget_set_halign (GTK_WIDGET (editor->kind_dropdown), GTK_ALIGN_START);
  editor->date_entry = GTK_ENTRY (gtk_entry_new ());
  gtk_entry_set_activates_default (editor->date_entry, TRUE);
  gtk_editable_set_width_chars (GTK_EDITABLE (editor->date_entry), 12);
  gtk_entry_set_placeholder_text (editor->date_entry, _("dd/mm/yyyy"));
  gtk_widget_set_halign (GTK_WIDGET (editor->date_entry), GTK_ALIGN_START);

  gtk_grid_set_row_spacing (GTK_GRID (grid), 12);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  gtk_grid_attach (GTK_GRID (grid),
                   cchc_form_label_new (_("_Report period"), GTK_WIDGET (editor->kind_dropdown)),
                   0, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), GTK_WIDGET (editor->kind_dropdown), 1, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (grid),
                   cchc_form_label_new (_("_Due date"), GTK_WIDGET (editor->date_entry)),
                   0, 1, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), GTK_WIDGET (editor->date_entry), 1, 1, 1, 1);

  /* Says what is wrong with the date, as the task editor's preview does. */
  editor->problem_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (editor->problem_label, 0);
  gtk_label_set_wrap (editor->problem_label, TRUE);
  gtk_label_set_max_width_chars (editor->problem_label, 30);
  gtk_widget_add_css_class (GTK_WIDGET (editor->problem_label), "error");
  gtk_widget_set_visible (GTK_WIDGET (editor->problem_label), FALSE);
  gtk_grid_attach (GTK_GRID (grid), GTK_WIDGET (editor->problem_label), 1, 2, 1, 1);

  return grid;
}

static void
load_period (PeriodEditor *editor)
{
  g_autofree char *date = NULL;

  if (editor->period == NULL)
    return;

  for (guint i = 0; i < G_N_ELEMENTS (period_kinds); i++)
    if (period_kinds[i] == cchc_report_period_get_kind (editor->period))
      gtk_drop_down_set_selected (editor->kind_dropdown, i);

  date = cchc_format_date (cchc_report_period_get_due_date (editor->period));
  cchc_editable_set_text (GTK_EDITABLE (editor->date_entry), date);
}

/* Periods belong to the plan: without one there is nothing to edit. */
static void
cchc_plan_page_open_editor (CchcListPage *page,
                            gpointer      period)
{
  PeriodEditor *editor;
  GtkWidget *form;

  if (cchc_list_page_get_plan (page) == NULL)
    return;

  editor = g_new0 (PeriodEditor, 1);
  editor->page = g_object_ref (CCHC_PLAN_PAGE (page));
  editor->period = period != NULL ? g_object_ref (period) : NULL;
  editor->position = cchc_list_controller_get_insert_position (cchc_list_page_get_list (page));
  form = build_period_form (editor);
  editor->window = cchc_small_editor_new (GTK_WIDGET (page),
                                          period != NULL ? _("Edit Report Period")
                                                         : _("New Report Period"),
                                          form, &editor->save_button);
  g_object_set_data_full (G_OBJECT (editor->window), "cchc-period-editor", editor,
                          (GDestroyNotify) period_editor_free);

  load_period (editor);
  g_signal_connect_swapped (editor->date_entry, "changed",
                            G_CALLBACK (on_period_date_changed_cb), editor);
  g_signal_connect_swapped (editor->save_button, "clicked",
                            G_CALLBACK (on_period_save_clicked_cb), editor);
  on_period_date_changed_cb (editor);

  cchc_editor_present (editor->window, GTK_WIDGET (page));
  gtk_widget_grab_focus (GTK_WIDGET (editor->kind_dropdown));
}

/* GObject ---------------------------------------------------------------- */

static void
cchc_plan_page_setup_list (CchcListPage       *page,
                           CchcListController *periods)
{
  cchc_list_controller_add_column (periods, _("Report period"), period_kind, page, 16,
                                   CCHC_COLUMN_EXPAND | CCHC_COLUMN_SORTABLE);
  cchc_list_controller_add_column (periods, _("Due date"), period_due_date, page, 12,
                                   CCHC_COLUMN_DEFAULT);
  cchc_list_controller_set_delete_error (periods, _("Could not delete the report period"));
}

/* Shows the new plan in the form; changes not saved for the previous plan
 * are dropped. */
static void
cchc_plan_page_plan_changed (CchcListPage *page)
{
  CchcPlanPage *self = CCHC_PLAN_PAGE (page);
  CchcPlan *plan = cchc_list_page_get_plan (page);

  CCHC_LIST_PAGE_CLASS (cchc_plan_page_parent_class)->plan_changed (page);

  g_signal_group_set_target (self->plan_signals, plan);
  gtk_widget_set_sensitive (gtk_widget_get_parent (self->widgets[0]), plan != NULL);
  load_form (self);
}

static void
cchc_plan_page_constructed (GObject *object)
{
  CchcPlanPage *self = CCHC_PLAN_PAGE (object);

  G_OBJECT_CLASS (cchc_plan_page_parent_class)->constructed (object);

  for (guint i = 0; i < N_FIELDS; i++)
    {
      GtkWidget *widget = self->widgets[i];

      if (GTK_IS_TEXT_VIEW (widget))
        g_signal_connect_object (gtk_text_view_get_buffer (GTK_TEXT_VIEW (widget)), "changed",
                                 G_CALLBACK (update_state), self, G_CONNECT_SWAPPED);
      else
        g_signal_connect_object (widget, "changed",
                                 G_CALLBACK (update_state), self, G_CONNECT_SWAPPED);
      if (GTK_IS_SPIN_BUTTON (widget))
        {
          cchc_spin_button_setup_number (GTK_SPIN_BUTTON (widget));
          g_signal_connect_object (widget, "value-changed",
                                   G_CALLBACK (update_state), self, G_CONNECT_SWAPPED);
        }
    }
}

static void
cchc_plan_page_dispose (GObject *object)
{
  CchcPlanPage *self = CCHC_PLAN_PAGE (object);

  g_clear_object (&self->plan_signals);

  G_OBJECT_CLASS (cchc_plan_page_parent_class)->dispose (object);

  /* The fields went with the template, which the parent disposed of. */
  memset (self->widgets, 0, sizeof self->widgets);
}

/* The keyboard comes to the plan's first field, not to its report
 * periods' list at the bottom of the page. */
static void
cchc_plan_page_focus (CchcListPage *page)
{
  cchc_widget_focus_first (GTK_WIDGET (page));
}

static void
cchc_plan_page_class_init (CchcPlanPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  CchcListPageClass *page_class = CCHC_LIST_PAGE_CLASS (klass);

  object_class->constructed = cchc_plan_page_constructed;
  object_class->dispose = cchc_plan_page_dispose;

  page_class->get_rows = cchc_store_get_report_periods;
  page_class->setup_list = cchc_plan_page_setup_list;
  page_class->plan_changed = cchc_plan_page_plan_changed;
  page_class->open_editor = cchc_plan_page_open_editor;
  page_class->focus = cchc_plan_page_focus;

  cchc_list_page_class_set_template (widget_class,
                                     "/io/github/cchcplanner/Planner/ui/cchc-plan-page.ui",
                                     "periods_view");
  gtk_widget_class_bind_template_child (widget_class, CchcPlanPage, status_label);
  /* Found by name in init: see fields[]. */
  for (guint i = 0; i < N_FIELDS; i++)
    gtk_widget_class_bind_template_child_full (widget_class, fields[i].widget, FALSE, 0);

  gtk_widget_class_install_action (widget_class, "page.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "page.revert", NULL, revert_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK,
                                       "page.save", NULL);
}

static void
cchc_plan_page_init (CchcPlanPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  for (guint i = 0; i < N_FIELDS; i++)
    self->widgets[i] = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (self),
                                                                  CCHC_TYPE_PLAN_PAGE,
                                                                  fields[i].widget));

  /* An undo or redo changes the plan shown. */
  self->plan_signals = g_signal_group_new (CCHC_TYPE_PLAN);
  g_signal_group_connect_object (self->plan_signals, "notify",
                                 G_CALLBACK (on_plan_notify_cb), self, G_CONNECT_SWAPPED);
}

/**
 * cchc_plan_page_new:
 * @history: where the page's edits go
 *
 * Returns: (transfer floating): a page editing the details of a plan
 */
GtkWidget *
cchc_plan_page_new (CchcHistory *history)
{
  g_return_val_if_fail (CCHC_IS_HISTORY (history), NULL);

  return g_object_new (CCHC_TYPE_PLAN_PAGE, "history", history, NULL);
}

/**
 * cchc_plan_page_get_modified:
 *
 * Returns: whether the form shows changes not saved to the plan
 */
gboolean
cchc_plan_page_get_modified (CchcPlanPage *self)
{
  g_return_val_if_fail (CCHC_IS_PLAN_PAGE (self), FALSE);

  return form_changed (self);
}

/**
 * cchc_plan_page_get_can_save:
 *
 * Returns: whether the form has changes and every field is valid
 */
gboolean
cchc_plan_page_get_can_save (CchcPlanPage *self)
{
  g_return_val_if_fail (CCHC_IS_PLAN_PAGE (self), FALSE);

  return form_changed (self) && form_valid (self);
}

/**
 * cchc_plan_page_save:
 *
 * Saves the changes of the form, in one step of the history. A failure
 * is shown to the user and leaves the form as it is.
 *
 * Returns: whether the plan holds what the form shows
 */
gboolean
cchc_plan_page_save (CchcPlanPage *self)
{
  g_return_val_if_fail (CCHC_IS_PLAN_PAGE (self), FALSE);

  if (!form_changed (self))
    return TRUE;
  if (!form_valid (self))
    return FALSE;

  return write_form (self);
}

/**
 * cchc_plan_page_revert:
 *
 * Shows the plan as it is stored again, dropping the changes of the form.
 */
void
cchc_plan_page_revert (CchcPlanPage *self)
{
  g_return_if_fail (CCHC_IS_PLAN_PAGE (self));

  load_form (self);
}
