/* cchc-task-editor.c: the dialog that adds or edits one task
 *
 * A record editor (cchc-record-editor.c) whose new tasks go to the area
 * chosen in it, whose edited task moves to it (to its end, with its
 * changes, in one step of the history), and which checks its input before
 * saving: Save marks what is missing and is possible only without marks.
 * Saving a task unchanged adds no step to undo.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cchc-task-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "cchc-area.h"
#include "cchc-gui-utils.h"
#include "cchc-page-helpers.h"
#include "cchc-plan.h"
#include "cchc-record-editor.h"
#include "cchc-task.h"
#include "cchc-task-editor.h"
#include "cchc-text.h"
#include "cchc-timeframe.h"
#include "cchc-unit.h"

#define N_QUARTERS 4

struct _CchcTaskEditor
{
  CchcRecordEditor parent_instance;

  CchcArea       *area;
  /* The ticked cooperating units, in the order they will be printed. */
  GPtrArray      *cooperating;
  /* The units added from this editor: taken back if it closes unsaved. */
  GPtrArray      *added_units;

  /* Template widgets */
  GtkDropDown    *area_dropdown;
  GtkWidget      *text_label;
  GtkWidget      *text_scroll;
  GtkTextView    *text_view;
  GtkTextView    *product_view;
  GtkCheckButton *numbered_check;
  GtkDropDown    *lead_dropdown;
  GtkListBox     *units_list;
  GtkLabel       *cooperating_label;
  GtkEntry       *new_unit_entry;
  GtkButton      *add_unit_button;
  GtkWidget      *timeframe_label;
  GtkDropDown    *kind_dropdown;
  GtkWidget      *quarters_box;
  GtkCheckButton *quarter1_check;
  GtkCheckButton *quarter2_check;
  GtkCheckButton *quarter3_check;
  GtkCheckButton *quarter4_check;
  GtkWidget      *year_box;
  GtkSpinButton  *year_spin;
  GtkWidget      *date_box;
  GtkEntry       *date_entry;
  GtkWidget      *detail_box;
  GtkLabel       *detail_label;
  GtkEntry       *detail_entry;
  GtkLabel       *preview_label;
};

G_DEFINE_FINAL_TYPE (CchcTaskEditor, cchc_task_editor, CCHC_TYPE_RECORD_EDITOR)

enum {
  PROP_0,
  PROP_AREA,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The unit of a check button in the list of cooperating units. */
static GQuark unit_quark;

/* Helpers ------------------------------------------------------------ */

static CchcHistory *
get_history (CchcTaskEditor *self)
{
  return cchc_record_editor_get_history (CCHC_RECORD_EDITOR (self));
}

static CchcPlan *
get_plan (CchcTaskEditor *self)
{
  return cchc_record_editor_get_plan (CCHC_RECORD_EDITOR (self));
}

/* The task edited, %NULL for a new one. */
static CchcTask *
get_task (CchcTaskEditor *self)
{
  return CCHC_TASK (cchc_record_editor_get_record (CCHC_RECORD_EDITOR (self)));
}

static CchcStore *
get_store (CchcTaskEditor *self)
{
  return cchc_history_get_store (get_history (self));
}

static char *
dup_buffer_text (GtkTextView *view)
{
  return g_strstrip (cchc_text_view_dup_text (view));
}

static char *
dup_entry_text (GtkEntry *entry)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry))));
}

static char *
dup_item_label (GObject *item)
{
  if (GTK_IS_STRING_OBJECT (item))
    return g_strdup (gtk_string_object_get_string (GTK_STRING_OBJECT (item)));
  if (CCHC_IS_AREA (item))
    return g_strdup_printf ("%s. %s", cchc_area_get_number (CCHC_AREA (item)),
                            cchc_area_get_title (CCHC_AREA (item)));
  if (CCHC_IS_UNIT (item))
    return g_strdup (cchc_unit_get_name (CCHC_UNIT (item)));

  return g_strdup ("");
}

static GtkExpression *
new_label_expression (void)
{
  return gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 0, NULL,
                                      G_CALLBACK (dup_item_label), NULL, NULL);
}

static guint
find_item (GListModel *model,
           gpointer    item,
           guint       offset)
{
  guint n_items = g_list_model_get_n_items (model);

  for (guint i = 0; item != NULL && i < n_items; i++)
    {
      g_autoptr(GObject) other = g_list_model_get_item (model, i);

      if (other == item)
        return i + offset;
    }

  return 0;
}

static GtkCheckButton *
get_quarter_check (CchcTaskEditor *self,
                   guint           quarter)
{
  GtkCheckButton *checks[N_QUARTERS] = {
    self->quarter1_check, self->quarter2_check, self->quarter3_check, self->quarter4_check,
  };

  return checks[quarter - 1];
}

static guint
get_quarters (CchcTaskEditor *self)
{
  guint quarters = 0;

  for (guint i = 1; i <= N_QUARTERS; i++)
    if (gtk_check_button_get_active (get_quarter_check (self, i)))
      quarters |= CCHC_QUARTER (i);

  return quarters;
}

static CchcTimeframeKind
get_kind (CchcTaskEditor *self)
{
  guint selected = gtk_drop_down_get_selected (self->kind_dropdown);

  return selected <= CCHC_TIMEFRAME_KIND_TEXT ? (CchcTimeframeKind) selected
                                              : CCHC_TIMEFRAME_KIND_NONE;
}

/* The timeframe the widgets describe; an invalid date counts as none. */
static CchcTimeframe *
build_timeframe (CchcTaskEditor *self)
{
  CchcTimeframeKind kind = get_kind (self);
  g_autofree char *detail = dup_entry_text (self->detail_entry);
  int year = gtk_spin_button_get_value_as_int (self->year_spin);
  GDate date;
  gboolean has_date;

  has_date = cchc_parse_date (gtk_editable_get_text (GTK_EDITABLE (self->date_entry)), &date);

  switch (kind)
    {
    case CCHC_TIMEFRAME_KIND_NONE:
      return cchc_timeframe_new (kind);

    case CCHC_TIMEFRAME_KIND_QUARTERS:
      return cchc_timeframe_new_full (kind, get_quarters (self), year, NULL, detail);

    case CCHC_TIMEFRAME_KIND_YEAR:
      return cchc_timeframe_new_full (kind, 0, year, NULL, detail);

    case CCHC_TIMEFRAME_KIND_DATE:
      return cchc_timeframe_new_full (kind, 0, 0, has_date ? &date : NULL, detail);

    case CCHC_TIMEFRAME_KIND_REGULAR:
    case CCHC_TIMEFRAME_KIND_QUARTERLY:
    case CCHC_TIMEFRAME_KIND_AS_NEEDED:
    case CCHC_TIMEFRAME_KIND_ON_DEMAND:
    case CCHC_TIMEFRAME_KIND_TEXT:
    default:
      return cchc_timeframe_new_full (kind, 0, 0, NULL, detail);
    }
}

/* Marks @widget as wrong (or not), saying why in its tooltip. */
static void
mark_invalid (GtkWidget  *widget,
              gboolean    invalid,
              const char *reason)
{
  cchc_widget_set_invalid (widget, invalid);
  gtk_widget_set_tooltip_text (widget, invalid ? reason : NULL);
}

/* The timeframe as it will be printed or, while it is incomplete, what
 * is missing. */
static void
update_preview (CchcTaskEditor *self,
                const char     *problem)
{
  g_autoptr(CchcTimeframe) timeframe = build_timeframe (self);
  g_autofree char *text = cchc_timeframe_to_string (timeframe);
  g_autofree char *preview = NULL;

  if (problem != NULL)
    preview = g_strdup (problem);
  else if (*text != '\0')
    /* Translators: %s is the timeframe as the plan will print it, such as
     * "Quý I, II/2022". */
    preview = g_strdup_printf (_("Preview: %s"), text);
  else
    preview = g_strdup (_("Preview: nothing is written"));

  gtk_label_set_text (self->preview_label, preview);
  mark_invalid (GTK_WIDGET (self->preview_label), problem != NULL, NULL);
  mark_invalid (self->timeframe_label, problem != NULL, NULL);
}

/* The window grows, as far as the screen allows, to show the fields a
 * kind adds (the quarters): the preview went below the window's bottom. */
static void
grow_to_fit (CchcTaskEditor *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  int width, height, natural;

  if (!gtk_widget_get_mapped (widget))
    return;

  gtk_widget_measure (widget, GTK_ORIENTATION_VERTICAL, gtk_widget_get_width (widget),
                      NULL, &natural, NULL, NULL);
  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  if (natural > height)
    gtk_window_set_default_size (GTK_WINDOW (self), width, natural);
}

static void
update_timeframe_widgets (CchcTaskEditor *self)
{
  CchcTimeframeKind kind = get_kind (self);

  gtk_widget_set_visible (self->quarters_box, kind == CCHC_TIMEFRAME_KIND_QUARTERS);
  gtk_widget_set_visible (self->year_box, (kind == CCHC_TIMEFRAME_KIND_QUARTERS ||
                                           kind == CCHC_TIMEFRAME_KIND_YEAR));
  gtk_widget_set_visible (self->date_box, kind == CCHC_TIMEFRAME_KIND_DATE);
  gtk_widget_set_visible (self->detail_box, kind != CCHC_TIMEFRAME_KIND_NONE);
  /* Free text is the whole timeframe; otherwise the text follows the kind's. */
  gtk_label_set_text_with_mnemonic (self->detail_label,
                                    kind == CCHC_TIMEFRAME_KIND_TEXT ? _("Te_xt")
                                                                     : _("_Remarks"));
  grow_to_fit (self);
}

/* Marks what is missing or wrong; Save is possible only without marks. */
static gboolean
validate (CchcTaskEditor *self)
{
  CchcTimeframeKind kind = get_kind (self);
  g_autofree char *text = dup_buffer_text (self->text_view);
  g_autofree char *detail = dup_entry_text (self->detail_entry);
  gboolean text_ok = *text != '\0';
  gboolean quarters_ok = kind != CCHC_TIMEFRAME_KIND_QUARTERS || get_quarters (self) != 0;
  gboolean detail_ok = kind != CCHC_TIMEFRAME_KIND_TEXT || *detail != '\0';
  const char *problems[] = {
    _("Tick at least one quarter."),
    NULL,  /* what is wrong with the date */
    _("Write when the task is to be done."),
  };
  gboolean date_ok;
  gboolean valid;

  if (kind == CCHC_TIMEFRAME_KIND_DATE)
    problems[1] = cchc_date_problem (gtk_editable_get_text (GTK_EDITABLE (self->date_entry)));
  date_ok = problems[1] == NULL;

  mark_invalid (self->text_scroll, !text_ok, _("Write what is to be done."));
  for (guint i = 1; i <= N_QUARTERS; i++)
    mark_invalid (GTK_WIDGET (get_quarter_check (self, i)), !quarters_ok, problems[0]);
  mark_invalid (self->quarters_box, !quarters_ok, problems[0]);
  mark_invalid (GTK_WIDGET (self->date_entry), !date_ok, problems[1]);
  mark_invalid (GTK_WIDGET (self->detail_entry), !detail_ok, problems[2]);
  update_preview (self, !quarters_ok ? problems[0] : !date_ok ? problems[1]
                        : !detail_ok ? problems[2] : NULL);

  valid = text_ok && quarters_ok && date_ok && detail_ok;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.save", valid);

  return valid;
}

/* Loading ------------------------------------------------------------ */

static void
load_timeframe (CchcTaskEditor      *self,
                const CchcTimeframe *timeframe)
{
  CchcTimeframeKind kind = timeframe != NULL ? cchc_timeframe_get_kind (timeframe)
                                             : CCHC_TIMEFRAME_KIND_NONE;
  guint quarters = timeframe != NULL ? cchc_timeframe_get_quarters (timeframe) : 0;
  int year = timeframe != NULL ? cchc_timeframe_get_year (timeframe) : 0;
  g_autofree char *date = cchc_format_date (timeframe != NULL
                                            ? cchc_timeframe_get_date (timeframe) : NULL);

  if (year <= 0 && get_plan (self) != NULL)
    year = cchc_plan_get_year (get_plan (self));
  if (year <= 0)
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();

      year = g_date_time_get_year (now);
    }

  gtk_drop_down_set_selected (self->kind_dropdown, kind);
  for (guint i = 1; i <= N_QUARTERS; i++)
    gtk_check_button_set_active (get_quarter_check (self, i), (quarters & CCHC_QUARTER (i)) != 0);
  cchc_spin_button_set_value (self->year_spin, year);
  cchc_editable_set_text (GTK_EDITABLE (self->date_entry), date);
  cchc_editable_set_text (GTK_EDITABLE (self->detail_entry),
                          timeframe != NULL ? cchc_timeframe_get_detail (timeframe) : "");
}

static void
load_task (CchcTaskEditor *self)
{
  CchcTask *task = get_task (self);

  cchc_text_view_set_text (self->text_view, task != NULL ? cchc_task_get_text (task) : "");
  cchc_text_view_set_text (self->product_view, task != NULL ? cchc_task_get_product (task) : "");
  gtk_check_button_set_active (self->numbered_check,
                               task == NULL || cchc_task_get_numbered (task));
  gtk_drop_down_set_selected (self->lead_dropdown,
                              find_item (cchc_store_get_units (get_store (self)),
                                         task != NULL ? cchc_task_get_lead_unit (task) : NULL,
                                         1));
  load_timeframe (self, task != NULL ? cchc_task_get_timeframe (task) : NULL);
}

static void
setup_area_dropdown (CchcTaskEditor *self)
{
  g_autoptr(GListStore) only_area = NULL;
  g_autoptr(GtkExpression) label = new_label_expression ();
  GListModel *areas;

  if (get_plan (self) != NULL)
    {
      areas = cchc_store_get_areas (get_store (self), get_plan (self));
    }
  else
    {
      only_area = g_list_store_new (CCHC_TYPE_AREA);
      g_list_store_append (only_area, self->area);
      areas = G_LIST_MODEL (only_area);
    }

  gtk_drop_down_set_expression (self->area_dropdown, label);
  gtk_drop_down_set_model (self->area_dropdown, areas);
  gtk_drop_down_set_selected (self->area_dropdown, find_item (areas, self->area, 0));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->area_dropdown),
                               get_task (self) != NULL
                               ? _("Another area takes the task to its end when saved.")
                               : NULL);
}

/* The area chosen, which a new task goes to and an edited one moves to. */
static CchcArea *
get_chosen_area (CchcTaskEditor *self)
{
  gpointer area = gtk_drop_down_get_selected_item (self->area_dropdown);

  return CCHC_IS_AREA (area) ? area : self->area;
}

static void
setup_lead_dropdown (CchcTaskEditor *self)
{
  const char *none[] = { _("— None —"), NULL };
  g_autoptr(GtkStringList) head = gtk_string_list_new (none);
  g_autoptr(GListStore) parts = g_list_store_new (G_TYPE_LIST_MODEL);
  g_autoptr(GtkFlattenListModel) choices = NULL;
  GtkExpression *expression = new_label_expression ();

  g_list_store_append (parts, head);
  g_list_store_append (parts, cchc_store_get_units (get_store (self)));
  choices = gtk_flatten_list_model_new (G_LIST_MODEL (g_steal_pointer (&parts)));

  gtk_drop_down_set_expression (self->lead_dropdown, expression);
  gtk_expression_unref (expression);
  gtk_drop_down_set_model (self->lead_dropdown, G_LIST_MODEL (choices));
  cchc_drop_down_setup_search (self->lead_dropdown);
}

/* Cooperating units -------------------------------------------------- */

/* The list scrolls: the ticked units are also named below it, in the
 * order the plan will print them. */
static void
update_cooperating_label (CchcTaskEditor *self)
{
  g_autoptr(GString) names = g_string_new (NULL);
  g_autofree char *text = NULL;

  for (guint i = 0; i < self->cooperating->len; i++)
    {
      if (i > 0)
        g_string_append (names, "; ");
      g_string_append (names, cchc_unit_get_name (g_ptr_array_index (self->cooperating, i)));
    }

  /* Translators: %s lists the cooperating units ticked above. */
  text = names->len > 0 ? g_strdup_printf (_("Ticked: %s"), names->str)
                        : g_strdup (_("No unit ticked"));
  gtk_label_set_text (self->cooperating_label, text);
}

static void
on_unit_toggled_cb (CchcTaskEditor *self,
                    GtkCheckButton *check)
{
  CchcUnit *unit = g_object_get_qdata (G_OBJECT (check), unit_quark);
  gboolean listed = g_ptr_array_find (self->cooperating, unit, NULL);

  if (gtk_check_button_get_active (check) && !listed)
    g_ptr_array_add (self->cooperating, g_object_ref (unit));
  else if (!gtk_check_button_get_active (check) && listed)
    g_ptr_array_remove (self->cooperating, unit);

  update_cooperating_label (self);
}

static GtkWidget *
create_unit_row (gpointer item,
                 gpointer data)
{
  CchcTaskEditor *self = data;
  CchcUnit *unit = item;
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *check = gtk_check_button_new ();

  /* The row takes the focus and toggles on Space or Enter. */
  gtk_widget_set_focusable (check, FALSE);
  gtk_widget_set_margin_start (check, 6);
  g_object_bind_property (unit, "name", check, "label", G_BINDING_SYNC_CREATE);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check),
                               g_ptr_array_find (self->cooperating, unit, NULL));
  g_object_set_qdata_full (G_OBJECT (check), unit_quark, g_object_ref (unit), g_object_unref);
  g_signal_connect_object (check, "toggled", G_CALLBACK (on_unit_toggled_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), check);

  return row;
}

static void
on_units_list_row_activated_cb (CchcTaskEditor *self,
                                GtkListBoxRow  *row,
                                GtkListBox     *list)
{
  GtkCheckButton *check = GTK_CHECK_BUTTON (gtk_list_box_row_get_child (row));

  gtk_check_button_set_active (check, !gtk_check_button_get_active (check));
}

static gboolean
unit_name_exists (CchcTaskEditor *self,
                  const char     *name)
{
  GListModel *units = cchc_store_get_units (get_store (self));
  g_autofree char *key = cchc_text_name_key (name);
  guint n_items = g_list_model_get_n_items (units);

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(CchcUnit) unit = g_list_model_get_item (units, i);
      g_autofree char *other = cchc_text_name_key (cchc_unit_get_name (unit));

      if (strcmp (other, key) == 0)
        return TRUE;
    }

  return FALSE;
}

static gboolean
focus_widget_cb (gpointer data)
{
  GtkWidget *widget = data;

  if (gtk_widget_get_mapped (widget))
    gtk_widget_grab_focus (widget);

  return G_SOURCE_REMOVE;
}

static void
add_unit_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  CchcTaskEditor *self = CCHC_TASK_EDITOR (widget);
  g_autofree char *name = cchc_text_squeeze (gtk_editable_get_text (
                                               GTK_EDITABLE (self->new_unit_entry)));
  g_autoptr(CchcUnit) unit = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *check;

  if (*name == '\0' || unit_name_exists (self, name))
    {
      mark_invalid (GTK_WIDGET (self->new_unit_entry), TRUE,
                    *name == '\0' ? _("Write the name of the new unit.")
                                  : _("A unit with this name exists already."));
      gtk_widget_grab_focus (GTK_WIDGET (self->new_unit_entry));
      return;
    }

  /* Ticked before it exists, so that its row is created ticked. */
  unit = cchc_unit_new (name, CCHC_UNIT_KIND_INTERNAL);
  g_ptr_array_add (self->cooperating, g_object_ref (unit));
  if (!cchc_history_insert (get_history (self), NULL, G_MAXUINT, unit, &error))
    {
      g_ptr_array_remove (self->cooperating, unit);
      cchc_show_error (widget, _("Could not add the unit"), error);
      return;
    }
  g_ptr_array_add (self->added_units, g_object_ref (unit));

  gtk_editable_set_text (GTK_EDITABLE (self->new_unit_entry), "");
  update_cooperating_label (self);
  /* Shows the new unit, ticked, at the end of the list, once its row has
   * a place there. */
  check = cchc_task_editor_get_unit_check (self, unit);
  if (check != NULL)
    g_idle_add_full (G_PRIORITY_LOW, focus_widget_cb,
                     g_object_ref (gtk_widget_get_parent (check)), g_object_unref);
}

/* Saving ------------------------------------------------------------- */

static void
cchc_task_editor_read_values (CchcRecordEditor *editor,
                              CchcRecord       *record)
{
  CchcTaskEditor *self = CCHC_TASK_EDITOR (editor);
  CchcTask *values = CCHC_TASK (record);
  g_autofree char *text = dup_buffer_text (self->text_view);
  g_autofree char *product = dup_buffer_text (self->product_view);
  g_autoptr(CchcTimeframe) timeframe = build_timeframe (self);
  GObject *lead = gtk_drop_down_get_selected_item (self->lead_dropdown);

  cchc_task_set_text (values, text);
  cchc_task_set_product (values, product);
  cchc_task_set_numbered (values, gtk_check_button_get_active (self->numbered_check));
  cchc_task_set_lead_unit (values, CCHC_IS_UNIT (lead) ? CCHC_UNIT (lead) : NULL);
  cchc_task_set_cooperating_units (values, self->cooperating);
  cchc_task_set_timeframe (values, timeframe);
}

static gboolean
cchc_task_editor_write (CchcRecordEditor  *editor,
                        CchcRecord        *values,
                        GError           **error)
{
  CchcTaskEditor *self = CCHC_TASK_EDITOR (editor);
  CchcTask *task = get_task (self);
  guint position = cchc_record_editor_get_position (editor);
  CchcArea *area = get_chosen_area (self);

  /* An edited task that changes area goes to the end of its new one, as
   * a new task does; the position was chosen in the area the editor
   * opened for. */
  if (task != NULL && area != self->area)
    return cchc_history_update_move_to (get_history (self), task, values, area, G_MAXUINT,
                                        error);
  if (task != NULL)
    return cchc_history_update (get_history (self), task, values, error);

  return cchc_history_insert (get_history (self), area,
                              area == self->area ? position : G_MAXUINT, values, error);
}

static gboolean
cchc_task_editor_moves (CchcRecordEditor *editor)
{
  CchcTaskEditor *self = CCHC_TASK_EDITOR (editor);

  return get_task (self) != NULL && get_chosen_area (self) != self->area;
}

static gboolean
cchc_task_editor_validate (CchcRecordEditor *editor)
{
  return validate (CCHC_TASK_EDITOR (editor));
}

/* Callbacks ---------------------------------------------------------- */

static void
on_field_changed_cb (CchcTaskEditor *self)
{
  update_timeframe_widgets (self);
  validate (self);
}

static void
on_new_unit_entry_activate_cb (CchcTaskEditor *self,
                               GtkEntry       *entry)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "editor.add-unit", NULL);
}

static void
on_new_unit_entry_changed_cb (CchcTaskEditor *self,
                              GtkEditable    *entry)
{
  mark_invalid (GTK_WIDGET (entry), FALSE, NULL);
}

/* GObject ------------------------------------------------------------ */

static void
cchc_task_editor_constructed (GObject *object)
{
  CchcTaskEditor *self = CCHC_TASK_EDITOR (object);

  G_OBJECT_CLASS (cchc_task_editor_parent_class)->constructed (object);

  if (get_task (self) != NULL)
    {
      GPtrArray *units = cchc_task_get_cooperating_units (get_task (self));

      for (guint i = 0; i < units->len; i++)
        g_ptr_array_add (self->cooperating, g_object_ref (g_ptr_array_index (units, i)));
    }

  gtk_window_set_title (GTK_WINDOW (self),
                        get_task (self) != NULL ? _("Edit Task") : _("New Task"));
  setup_area_dropdown (self);
  setup_lead_dropdown (self);
  gtk_list_box_bind_model (self->units_list, cchc_store_get_units (get_store (self)),
                           create_unit_row, self, NULL);
  load_task (self);
  update_cooperating_label (self);

  g_signal_connect_object (gtk_text_view_get_buffer (self->text_view), "changed",
                           G_CALLBACK (on_field_changed_cb), self, G_CONNECT_SWAPPED);
  on_field_changed_cb (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->text_view));
}

static void
cchc_task_editor_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  CchcTaskEditor *self = CCHC_TASK_EDITOR (object);

  switch (prop_id)
    {
    case PROP_AREA:
      g_value_set_object (value, self->area);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cchc_task_editor_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  CchcTaskEditor *self = CCHC_TASK_EDITOR (object);

  switch (prop_id)
    {
    case PROP_AREA:
      self->area = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
on_saved_cb (CchcTaskEditor *self)
{
  g_ptr_array_set_size (self->added_units, 0);
}

static void
cchc_task_editor_dispose (GObject *object)
{
  CchcTaskEditor *self = CCHC_TASK_EDITOR (object);

  /* Closed unsaved (its changes discarded): the units added from it go
   * too, the last first, as if never added. */
  for (guint i = self->added_units != NULL ? self->added_units->len : 0; i > 0; i--)
    {
      g_autoptr(GError) error = NULL;

      if (!cchc_history_take_back (get_history (self),
                                   g_ptr_array_index (self->added_units, i - 1), &error))
        {
          g_warning ("A unit added from the task editor stays: %s", error->message);
          break;
        }
    }
  g_clear_pointer (&self->added_units, g_ptr_array_unref);
  g_clear_pointer (&self->cooperating, g_ptr_array_unref);
  g_clear_object (&self->area);

  G_OBJECT_CLASS (cchc_task_editor_parent_class)->dispose (object);
}

static void
bind_template (GtkWidgetClass *widget_class)
{
  cchc_record_editor_class_set_template (widget_class,
                                         "/io/github/cchcplanner/Planner/ui/"
                                         "cchc-task-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, CchcTaskEditor, area_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CchcTaskEditor, text_label);
  gtk_widget_class_bind_template_child (widget_class, CchcTaskEditor, text_scroll);
  gtk_widget_class_bind_template_child (widget_class, CchcTaskEditor, text_view);
  gtk_widget_class_bind_template_child (widget_class, CchcTaskEditor, product_view);
  gtk_widget_class_bind_template_child (widget_class, CchcTaskEditor, numbered_check);
  gtk_widget_class_bind_template_child (widget_class, CchcTaskEditor, lead_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CchcTaskEditor, units_list);
  gtk_widget_class_bind_template_child (widget_class, CchcTaskEditor, cooperating_label);
  gtk_widget_class_bind_template_child (widget_class, CchcTaskEditor, new_unit_entry);
  gtk_widget_class_bind_template_child (widget_class, CchcTaskEditor, add_unit_button);
  gtk_widget_class_bind_template_child (widget_class, CchcTaskEditor, timeframe_label);
  gtk_widget_class_bind_template_child (widget_class, CchcTaskEditor, kind_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CchcTaskEditor, quarters_box);
  gtk_widget_class_bind_template_child (widget_class, CchcTaskEditor, quarter1_check);
  gtk_widget_class_bind_template_child (widget_class, CchcTaskEditor, quarter2_check);
  gtk_widget_class_bind_template_child (widget_class, CchcTaskEditor, quarter3_check);
  gtk_widget_class_bind_template_child (widget_class, CchcTaskEditor, quarter4_check);
  gtk_widget_class_bind_template_child (widget_class, CchcTaskEditor, year_box);
  gtk_widget_class_bind_template_child (widget_class, CchcTaskEditor, year_spin);
  gtk_widget_class_bind_template_child (widget_class, CchcTaskEditor, date_box);
  gtk_widget_class_bind_template_child (widget_class, CchcTaskEditor, date_entry);
  gtk_widget_class_bind_template_child (widget_class, CchcTaskEditor, detail_box);
  gtk_widget_class_bind_template_child (widget_class, CchcTaskEditor, detail_label);
  gtk_widget_class_bind_template_child (widget_class, CchcTaskEditor, detail_entry);
  gtk_widget_class_bind_template_child (widget_class, CchcTaskEditor, preview_label);
  gtk_widget_class_bind_template_callback (widget_class, on_field_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_new_unit_entry_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_new_unit_entry_changed_cb);
}

static void
cchc_task_editor_class_init (CchcTaskEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  CchcRecordEditorClass *editor_class = CCHC_RECORD_EDITOR_CLASS (klass);

  object_class->constructed = cchc_task_editor_constructed;
  object_class->dispose = cchc_task_editor_dispose;
  object_class->get_property = cchc_task_editor_get_property;
  object_class->set_property = cchc_task_editor_set_property;

  editor_class->record_type = CCHC_TYPE_TASK;
  editor_class->save_error = N_("Could not save the task");
  editor_class->add_error = N_("Could not add the task");
  editor_class->read_values = cchc_task_editor_read_values;
  editor_class->validate = cchc_task_editor_validate;
  editor_class->write = cchc_task_editor_write;
  editor_class->moves = cchc_task_editor_moves;

  /* The area of the task (for a new task: the area it goes to) */
  properties[PROP_AREA] =
    g_param_spec_object ("area", NULL, NULL, CCHC_TYPE_AREA,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  bind_template (widget_class);
  unit_quark = g_quark_from_static_string ("cchc-task-editor-unit");

  gtk_widget_class_install_action (widget_class, "editor.add-unit", NULL, add_unit_action);
}

static void
cchc_task_editor_init (CchcTaskEditor *self)
{
  self->cooperating = g_ptr_array_new_with_free_func (g_object_unref);
  self->added_units = g_ptr_array_new_with_free_func (g_object_unref);

  gtk_widget_init_template (GTK_WIDGET (self));
  /* Saved, the units added from it stay. */
  g_signal_connect (self, "saved", G_CALLBACK (on_saved_cb), NULL);

  g_signal_connect_object (self->units_list, "row-activated",
                           G_CALLBACK (on_units_list_row_activated_cb), self,
                           G_CONNECT_SWAPPED);
  /* Tab leaves the list (GTK 4.8's list box moves Tab from row to row);
   * the arrows move in it, Space ticks. */
  cchc_widget_tab_out (GTK_WIDGET (self->units_list));
  cchc_spin_button_setup_number (self->year_spin);  /* the preview */
}

/**
 * cchc_task_editor_new:
 * @history: where the edit goes
 * @plan: (nullable): the plan, whose areas the area drop-down offers
 * @area: the area of the task (for a new task: the area it goes to)
 * @task: (nullable): the task to edit, or %NULL to add one
 * @position: where a new task goes in @area; %G_MAXUINT appends
 *
 * Returns: (transfer floating): a new editor; present it
 */
GtkWidget *
cchc_task_editor_new (CchcHistory *history,
                      CchcPlan    *plan,
                      CchcArea    *area,
                      CchcTask    *task,
                      guint        position)
{
  g_return_val_if_fail (CCHC_IS_HISTORY (history), NULL);
  g_return_val_if_fail (plan == NULL || CCHC_IS_PLAN (plan), NULL);
  g_return_val_if_fail (CCHC_IS_AREA (area), NULL);
  g_return_val_if_fail (task == NULL || CCHC_IS_TASK (task), NULL);

  return g_object_new (CCHC_TYPE_TASK_EDITOR,
                       "history", history,
                       "plan", plan,
                       "area", area,
                       "record", task,
                       "position", position,
                       NULL);
}

/**
 * cchc_task_editor_get_task:
 *
 * Returns: (transfer none) (nullable): the task edited, %NULL for a new one
 */
CchcTask *
cchc_task_editor_get_task (CchcTaskEditor *self)
{
  g_return_val_if_fail (CCHC_IS_TASK_EDITOR (self), NULL);

  return get_task (self);
}

/**
 * cchc_task_editor_get_can_save:
 *
 * Returns: whether the input is complete and valid, so that Save works
 */
gboolean
cchc_task_editor_get_can_save (CchcTaskEditor *self)
{
  g_return_val_if_fail (CCHC_IS_TASK_EDITOR (self), FALSE);

  return validate (self);
}

/**
 * cchc_task_editor_get_field:
 * @name: the id of a widget in the template: "area_dropdown", "text_view",
 *   "text_scroll" (its frame, marked "error" while it is empty),
 *   "product_view", "numbered_check", "lead_dropdown" (item 0 is "none",
 *   then the store's units), "units_list", "new_unit_entry",
 *   "cooperating_label" (the ticked units in order), "add_unit_button",
 *   "kind_dropdown" (item n is #CchcTimeframeKind n), "quarter1_check" …
 *   "quarter4_check", "year_spin", "date_entry", "detail_entry",
 *   "preview_label" (the preview, or what is missing), "text_label",
 *   "timeframe_label" (both marked "error" with their fields),
 *   "save_button", "cancel_button"
 *
 * For tests: the widget the user would use.
 *
 * Returns: (transfer none) (nullable): the widget
 */
GtkWidget *
cchc_task_editor_get_field (CchcTaskEditor *self,
                            const char     *name)
{
  GObject *child;

  g_return_val_if_fail (CCHC_IS_TASK_EDITOR (self), NULL);

  child = gtk_widget_get_template_child (GTK_WIDGET (self), CCHC_TYPE_TASK_EDITOR, name);
  return GTK_IS_WIDGET (child) ? GTK_WIDGET (child) : NULL;
}

/**
 * cchc_task_editor_get_unit_check:
 * @unit: a unit of the store
 *
 * Returns: (transfer none) (nullable): the check button that ticks @unit
 *   as a cooperating unit
 */
GtkWidget *
cchc_task_editor_get_unit_check (CchcTaskEditor *self,
                                 CchcUnit       *unit)
{
  GtkListBoxRow *row;

  g_return_val_if_fail (CCHC_IS_TASK_EDITOR (self), NULL);

  for (int i = 0; (row = gtk_list_box_get_row_at_index (self->units_list, i)) != NULL; i++)
    {
      GtkWidget *check = gtk_list_box_row_get_child (row);

      if (g_object_get_qdata (G_OBJECT (check), unit_quark) == unit)
        return check;
    }

  return NULL;
}
