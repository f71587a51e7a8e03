/* cchc-plan-document.c: the printed documents of a plan, in the official format
 *
 * Builds a CchcDocument from a stored plan: the implementation table
 * (Part IV), the whole plan (Decree 30/2020/NĐ-CP, Appendix I), the KPI
 * list and the propaganda activities. Printed documents are Vietnamese
 * whatever the language of the interface, so nothing here is translated.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cchc-print"

#include "config.h"

#include <string.h>

#include "cchc-activity.h"
#include "cchc-area.h"
#include "cchc-document.h"
#include "cchc-kpi.h"
#include "cchc-plan.h"
#include "cchc-report-period.h"
#include "cchc-task.h"
#include "cchc-timeframe.h"
#include "cchc-unit.h"

static const char * const task_titles[CCHC_TASK_TABLE_N_COLUMNS] = {
  "STT", "Nhiệm vụ cụ thể", "Sản phẩm", "Đơn vị chủ trì", "Đơn vị phối hợp",
  "Thời gian thực hiện",
};

static const char * const kpi_titles[] = { "STT", "Chỉ tiêu", "Mục tiêu" };
static const double kpi_widths[] = { 8, 72, 20 };

static const char * const activity_titles[] = {
  "STT", "Hoạt động", "Nội dung", "Số lượng", "Kích thước", "Địa điểm",
  "Đơn vị thực hiện", "Dịp, thời điểm", "Đối tượng",
};
static const double activity_widths[] = { 5, 11, 26, 9, 8, 12, 11, 9, 9 };

/* Part II.2's sub-sections, as the seed plan groups its activities; the
 * three kinds of book activity share a section under sub-headings. */
typedef struct
{
  const char       *section;
  const char       *subheading;
  CchcActivityKind  kinds[3];
  guint             n_kinds;
} ActivityGroup;

static const ActivityGroup activity_groups[] = {
  { "Hoạt động cổ động trực quan", NULL,
    { CCHC_ACTIVITY_KIND_BANNER, CCHC_ACTIVITY_KIND_PANEL }, 2 },
  { "Hoạt động tuyên truyền lưu động", NULL,
    { CCHC_ACTIVITY_KIND_PERFORMANCE, CCHC_ACTIVITY_KIND_LOUDSPEAKER,
      CCHC_ACTIVITY_KIND_OTHER }, 3 },
  { "Hoạt động trưng bày sách, giới thiệu sách", "* Hoạt động trưng bày, giới thiệu sách",
    { CCHC_ACTIVITY_KIND_BOOK_DISPLAY, CCHC_ACTIVITY_KIND_BOOK_INTRODUCTION }, 2 },
  { "Hoạt động trưng bày sách, giới thiệu sách", "* Hoạt động triển lãm sách",
    { CCHC_ACTIVITY_KIND_BOOK_EXHIBITION }, 1 },
  { "Hoạt động trưng bày sách, giới thiệu sách", "* Tổ chức thi hỏi – đáp",
    { CCHC_ACTIVITY_KIND_QUIZ }, 1 },
};

static const char *
activity_kind_document_name (CchcActivityKind kind)
{
  static const char * const names[] = {
    [CCHC_ACTIVITY_KIND_BANNER] = "Băng rôn",
    [CCHC_ACTIVITY_KIND_PANEL] = "Pano",
    [CCHC_ACTIVITY_KIND_PERFORMANCE] = "Tuyên truyền lưu động",
    [CCHC_ACTIVITY_KIND_LOUDSPEAKER] = "Phóng thanh lưu động",
    [CCHC_ACTIVITY_KIND_BOOK_DISPLAY] = "Trưng bày sách",
    [CCHC_ACTIVITY_KIND_BOOK_INTRODUCTION] = "Giới thiệu sách",
    [CCHC_ACTIVITY_KIND_BOOK_EXHIBITION] = "Triển lãm sách",
    [CCHC_ACTIVITY_KIND_QUIZ] = "Thi hỏi – đáp",
    [CCHC_ACTIVITY_KIND_OTHER] = "Hoạt động khác",
  };

  return (guint) kind < G_N_ELEMENTS (names) ? names[kind] : "";
}

/* "ngày 05 tháng 01 năm 2022", as documents write dates. */
static char *
format_long_date (const GDate *date)
{
  if (date == NULL || !g_date_valid (date))
    return g_strdup ("ngày … tháng … năm …");

  return g_strdup_printf ("ngày %02u tháng %02u năm %u", g_date_get_day (date),
                          g_date_get_month (date), g_date_get_year (date));
}

/* "cải cách hành chính năm 2022" inside a sentence; acronyms stay. */
static char *
lower_first (const char *text)
{
  const char *rest = g_utf8_next_char (text);
  g_autofree char *first = NULL;

  if (*text == '\0' || !g_unichar_isupper (g_utf8_get_char (text)) ||
      (*rest != '\0' && g_unichar_isupper (g_utf8_get_char (rest))))
    return g_strdup (text);

  first = g_utf8_strdown (text, rest - text);

  return g_strconcat (first, rest, NULL);
}

static const char *
unit_name (CchcUnit *unit)
{
  return unit != NULL ? cchc_unit_get_name (unit) : "";
}

static void
add_task_row (CchcTable *table,
              CchcTask  *task)
{
  g_autofree char *cooperating = cchc_task_dup_cooperating_names (task, "; ");
  g_autofree char *timeframe = cchc_timeframe_to_string (cchc_task_get_timeframe (task));
  const char *cells[CCHC_TASK_TABLE_N_COLUMNS];

  cells[0] = cchc_task_get_numbered (task) ? cchc_task_get_number (task) : "";
  cells[1] = cchc_task_get_text (task);
  cells[2] = cchc_task_get_product (task);
  cells[3] = unit_name (cchc_task_get_lead_unit (task));
  cells[4] = cooperating;
  cells[5] = timeframe;
  cchc_table_add_row (table, cells);
}

static const char *
area_heading (CchcArea *area)
{
  const char *heading = cchc_area_get_heading (area);

  return *heading != '\0' ? heading : cchc_area_get_title (area);
}

static void
add_task_table (CchcDocument          *doc,
                CchcStore             *store,
                CchcPlan              *plan,
                const CchcPageOptions *options)
{
  GListModel *areas = cchc_store_get_areas (store, plan);
  CchcTable *table;

  table = cchc_document_add_table (doc, CCHC_TASK_TABLE_N_COLUMNS, task_titles,
                                   options->task_columns);

  for (guint i = 0; i < g_list_model_get_n_items (areas); i++)
    {
      g_autoptr(CchcArea) area = g_list_model_get_item (areas, i);
      GListModel *tasks = cchc_store_get_tasks (store, area);
      g_autofree char *group = g_strdup_printf ("%s. %s", cchc_area_get_number (area),
                                                cchc_area_get_title (area));

      cchc_table_add_group (table, group);
      for (guint j = 0; j < g_list_model_get_n_items (tasks); j++)
        {
          g_autoptr(CchcTask) task = g_list_model_get_item (tasks, j);

          add_task_row (table, task);
        }
    }
}

static void
add_kpi_table (CchcDocument *doc,
               CchcStore    *store,
               CchcPlan     *plan)
{
  GListModel *kpis = cchc_store_get_kpis (store, plan);
  CchcTable *table;

  table = cchc_document_add_table (doc, G_N_ELEMENTS (kpi_titles), kpi_titles, kpi_widths);

  for (guint i = 0; i < g_list_model_get_n_items (kpis); i++)
    {
      g_autoptr(CchcKpi) kpi = g_list_model_get_item (kpis, i);
      g_autofree char *number = g_strdup_printf ("%u", i + 1);
      g_autofree char *target = cchc_kpi_format_target (kpi);
      const char *cells[] = { number, cchc_kpi_get_text (kpi), target };

      cchc_table_add_row (table, cells);
    }
}

/* "10 băng rôn", "06 pano": documents write small counts with two digits. */
static char *
format_quantity (CchcActivity *activity)
{
  guint quantity = cchc_activity_get_quantity (activity);

  if (quantity == 0)
    return g_strdup ("");

  return g_strdup_printf ("%02u %s", quantity, cchc_activity_get_quantity_unit (activity));
}

static void
add_activity_table (CchcDocument *doc,
                    CchcStore    *store,
                    CchcPlan     *plan)
{
  GListModel *activities = cchc_store_get_activities (store, plan);
  CchcTable *table;

  table = cchc_document_add_table (doc, G_N_ELEMENTS (activity_titles), activity_titles,
                                   activity_widths);

  for (guint i = 0; i < g_list_model_get_n_items (activities); i++)
    {
      g_autoptr(CchcActivity) a = g_list_model_get_item (activities, i);
      g_autofree char *number = g_strdup_printf ("%u", i + 1);
      g_autofree char *quantity = format_quantity (a);
      const char *cells[] = {
        number, activity_kind_document_name (cchc_activity_get_kind (a)),
        cchc_activity_get_description (a), quantity, cchc_activity_get_size (a),
        cchc_activity_get_place (a), unit_name (cchc_activity_get_responsible_unit (a)),
        cchc_activity_get_occasions (a), cchc_activity_get_audience (a),
      };

      cchc_table_add_row (table, cells);
    }
}

/* "(Kèm theo Kế hoạch số 05/KH-SVHTTDL ngày 05/01/2022 của Sở …)" */
static void
add_appendix_title (CchcDocument *doc,
                    CchcPlan     *plan,
                    const char   *title)
{
  const GDate *date = cchc_plan_get_date (plan);
  const char *number = cchc_plan_get_number (plan);
  const char *agency = cchc_plan_get_agency (plan);
  g_autoptr(GString) note = g_string_new ("(Kèm theo Kế hoạch");

  /* A plan not numbered or dated yet leaves those parts out. */
  if (*number != '\0')
    g_string_append_printf (note, " số %s", number);
  if (date != NULL && g_date_valid (date))
    g_string_append_printf (note, " ngày %02u/%02u/%u", g_date_get_day (date),
                            g_date_get_month (date), g_date_get_year (date));
  if (*agency != '\0')
    g_string_append_printf (note, " của %s", agency);
  g_string_append_c (note, ')');

  cchc_document_add_text (doc, CCHC_TEXT_TITLE, title);
  cchc_document_add_text (doc, CCHC_TEXT_NOTE, note->str);
}

static void
add_paragraphs (CchcDocument       *doc,
                const char * const *paragraphs)
{
  for (guint i = 0; paragraphs != NULL && paragraphs[i] != NULL; i++)
    cchc_document_add_text (doc, CCHC_TEXT_BODY, paragraphs[i]);
}

static void
add_header (CchcDocument *doc,
            CchcPlan     *plan)
{
  g_autofree char *parent = g_utf8_strup (cchc_plan_get_parent_agency (plan), -1);
  g_autofree char *agency = g_utf8_strup (cchc_plan_get_agency (plan), -1);
  g_autofree char *number = g_strdup_printf ("Số: %s", cchc_plan_get_number (plan));
  g_autofree char *date = format_long_date (cchc_plan_get_date (plan));
  g_autofree char *place_and_date = g_strdup_printf ("%s, %s", cchc_plan_get_place (plan),
                                                     date);

  cchc_document_add_header (doc, parent, agency, number, place_and_date);
  cchc_document_add_text (doc, CCHC_TEXT_TITLE, "KẾ HOẠCH");
  cchc_document_add_text (doc, CCHC_TEXT_SUBTITLE, cchc_plan_get_title (plan));
}

/* "Căn cứ …; …, Sở … xây dựng Kế hoạch … năm 2022, cụ thể như sau:" */
static void
add_bases (CchcDocument *doc,
           CchcPlan     *plan)
{
  const char * const *bases = cchc_plan_get_bases (plan);
  g_autoptr(GString) str = g_string_new (NULL);
  g_autofree char *title = lower_first (cchc_plan_get_title (plan));

  if (bases != NULL && bases[0] != NULL)
    {
      g_autofree char *joined = g_strjoinv ("; ", (char **) bases);

      g_string_append_printf (str, "Căn cứ %s, ", joined);
    }

  g_string_append_printf (str, "%s xây dựng Kế hoạch %s, cụ thể như sau:",
                          cchc_plan_get_agency (plan), title);
  cchc_document_add_text (doc, CCHC_TEXT_BODY, str->str);
}

static void
add_objectives (CchcDocument *doc,
                CchcStore    *store,
                CchcPlan     *plan)
{
  GListModel *kpis = cchc_store_get_kpis (store, plan);

  cchc_document_add_text (doc, CCHC_TEXT_HEADING, "I. MỤC TIÊU, CHỈ TIÊU");
  cchc_document_add_text (doc, CCHC_TEXT_HEADING, "1. Mục tiêu");
  add_paragraphs (doc, cchc_plan_get_objectives (plan));
  cchc_document_add_text (doc, CCHC_TEXT_HEADING, "2. Chỉ tiêu");

  for (guint i = 0; i < g_list_model_get_n_items (kpis); i++)
    {
      g_autoptr(CchcKpi) kpi = g_list_model_get_item (kpis, i);

      cchc_document_add_text (doc, CCHC_TEXT_BODY, cchc_kpi_get_text (kpi));
    }
}

static gboolean
group_has_kind (const ActivityGroup *group,
                CchcActivityKind     kind)
{
  for (guint i = 0; i < group->n_kinds; i++)
    {
      if (group->kinds[i] == kind)
        return TRUE;
    }

  return FALSE;
}

/* Prints the descriptions of the group's activities; several activities
 * often share one sentence ("10 băng rôn và 06 pano"), printed once. */
static void
add_activity_group (CchcDocument        *doc,
                    GListModel          *activities,
                    const ActivityGroup *group,
                    const char         **last_section,
                    guint               *n_sections)
{
  const char *last_description = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (activities); i++)
    {
      g_autoptr(CchcActivity) a = g_list_model_get_item (activities, i);
      const char *description = cchc_activity_get_description (a);

      if (!group_has_kind (group, cchc_activity_get_kind (a)))
        continue;

      if (last_description == NULL && g_strcmp0 (*last_section, group->section) != 0)
        {
          g_autofree char *heading = g_strdup_printf ("2.%u. %s", ++*n_sections,
                                                      group->section);

          cchc_document_add_text (doc, CCHC_TEXT_HEADING, heading);
          *last_section = group->section;
        }
      if (last_description == NULL && group->subheading != NULL)
        cchc_document_add_text (doc, CCHC_TEXT_SUBHEADING, group->subheading);

      if (g_strcmp0 (description, last_description) != 0)
        cchc_document_add_text (doc, CCHC_TEXT_BODY, description);
      last_description = description;
    }
}

static void
add_direction (CchcDocument *doc,
               CchcStore    *store,
               CchcPlan     *plan)
{
  GListModel *activities = cchc_store_get_activities (store, plan);
  const char *last_section = NULL;
  guint n_sections = 0;

  cchc_document_add_text (doc, CCHC_TEXT_HEADING, "II. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH");
  cchc_document_add_text (doc, CCHC_TEXT_HEADING, "1. Công tác chỉ đạo, điều hành CCHC");
  add_paragraphs (doc, cchc_plan_get_directives (plan));
  cchc_document_add_text (doc, CCHC_TEXT_HEADING, "2. Công tác tuyên truyền CCHC");
  add_paragraphs (doc, cchc_plan_get_propaganda (plan));

  for (guint i = 0; i < G_N_ELEMENTS (activity_groups); i++)
    add_activity_group (doc, activities, &activity_groups[i], &last_section, &n_sections);
}

/* "6.1. Công nghệ thông tin": a numbered line inside an area's narrative. */
static gboolean
is_numbered_heading (const char *line)
{
  const char *p = line;

  if (!g_ascii_isdigit (*p))
    return FALSE;
  while (g_ascii_isdigit (*p))
    p++;
  if (*p++ != '.' || !g_ascii_isdigit (*p))
    return FALSE;
  while (g_ascii_isdigit (*p) || *p == '.')
    p++;

  return *p == ' ';
}

static void
add_narrative (CchcDocument *doc,
               const char   *narrative)
{
  g_auto(GStrv) lines = g_strsplit (narrative, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *line = g_strstrip (lines[i]);
      CchcTextStyle style = CCHC_TEXT_BODY;

      if (is_numbered_heading (line))
        style = CCHC_TEXT_HEADING;
      else if (line[0] == '*')
        style = CCHC_TEXT_SUBHEADING;

      cchc_document_add_text (doc, style, line);
    }
}

static void
add_tasks_text (CchcDocument *doc,
                CchcStore    *store,
                CchcPlan     *plan)
{
  GListModel *areas = cchc_store_get_areas (store, plan);

  cchc_document_add_text (doc, CCHC_TEXT_HEADING, "III. NHIỆM VỤ");

  /* An area with no words of its own is in the table only, as the 2022
   * plan has its propaganda area: its heading alone said nothing, and it
   * ended a page before the table's. */
  for (guint i = 0; i < g_list_model_get_n_items (areas); i++)
    {
      g_autoptr(CchcArea) area = g_list_model_get_item (areas, i);
      g_autofree char *narrative = g_strstrip (g_strdup (cchc_area_get_narrative (area)));
      g_autofree char *heading = NULL;

      if (*narrative == '\0')
        continue;
      heading = g_strdup_printf ("%s. %s", cchc_area_get_number (area), area_heading (area));
      cchc_document_add_text (doc, CCHC_TEXT_HEADING, heading);
      add_narrative (doc, cchc_area_get_narrative (area));
    }
}

/* "Định kỳ … quý I (trước ngày 28/02), 6 tháng (trước ngày 30/05) và
 * báo cáo năm (trước ngày 07/11) về Sở … để tổng hợp." */
static void
add_report_schedule (CchcDocument *doc,
                     CchcStore    *store,
                     CchcPlan     *plan)
{
  GListModel *periods = cchc_store_get_report_periods (store, plan);
  guint n = g_list_model_get_n_items (periods);
  g_autoptr(GString) str = NULL;

  if (n == 0)
    return;

  str = g_string_new ("Định kỳ các đơn vị báo cáo kết quả thực hiện nhiệm vụ ");
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CchcReportPeriod) period = g_list_model_get_item (periods, i);
      CchcPeriodKind kind = cchc_report_period_get_kind (period);
      const GDate *due = cchc_report_period_get_due_date (period);

      if (i > 0)
        g_string_append (str, i + 1 == n ? " và " : ", ");
      g_string_append_printf (str, "%s%s", kind == CCHC_PERIOD_KIND_YEAR ? "báo cáo " : "",
                              cchc_period_kind_get_document_label (kind));
      if (due != NULL && g_date_valid (due))
        g_string_append_printf (str, " (trước ngày %02u/%02u)", g_date_get_day (due),
                                g_date_get_month (due));
    }
  g_string_append_printf (str, " về %s để tổng hợp.", cchc_plan_get_agency (plan));

  cchc_document_add_text (doc, CCHC_TEXT_BODY, str->str);
}

static void
add_organisation (CchcDocument *doc,
                  CchcStore    *store,
                  CchcPlan     *plan)
{
  const char * const *responsibilities = cchc_plan_get_responsibilities (plan);
  g_autofree char *title = lower_first (cchc_plan_get_title (plan));
  g_autofree char *closing = NULL;

  cchc_document_add_text (doc, CCHC_TEXT_HEADING, "V. TỔ CHỨC THỰC HIỆN");
  for (guint i = 0; responsibilities != NULL && responsibilities[i] != NULL; i++)
    {
      g_autofree char *text = g_strdup_printf ("%u. %s", i + 1, responsibilities[i]);

      cchc_document_add_text (doc, CCHC_TEXT_BODY, text);
    }

  add_report_schedule (doc, store, plan);
  closing = g_strdup_printf ("Trên đây là Kế hoạch %s của %s./.", title,
                             cchc_plan_get_agency (plan));
  cchc_document_add_text (doc, CCHC_TEXT_BODY, closing);
}

static CchcDocument *
new_plan_document (CchcStore             *store,
                   CchcPlan              *plan,
                   const CchcPageOptions *options)
{
  g_autofree char *part_four = NULL;
  CchcDocument *doc;

  doc = cchc_document_new (cchc_plan_get_title (plan));
  add_header (doc, plan);
  add_bases (doc, plan);
  add_objectives (doc, store, plan);
  add_direction (doc, store, plan);
  add_tasks_text (doc, store, plan);

  /* Part IV, the table, on landscape pages of its own. */
  cchc_document_start_page (doc, TRUE);
  part_four = g_strdup_printf ("IV. KẾ HOẠCH TRIỂN KHAI CÁC NHIỆM VỤ CCHC NĂM %d",
                               cchc_plan_get_year (plan));
  cchc_document_add_text (doc, CCHC_TEXT_HEADING, part_four);
  add_task_table (doc, store, plan, options);
  cchc_document_start_page (doc, FALSE);

  add_organisation (doc, store, plan);
  cchc_document_add_signature (doc, cchc_plan_get_recipients (plan),
                               cchc_plan_get_signer_title (plan),
                               cchc_plan_get_signer_name (plan));

  return doc;
}

/**
 * cchc_document_new_for_plan:
 * @options: the page options: the task table takes its column widths
 *
 * Returns: (transfer full): the document of @kind for @plan
 */
CchcDocument *
cchc_document_new_for_plan (CchcStore             *store,
                            CchcPlan              *plan,
                            CchcDocumentKind       kind,
                            const CchcPageOptions *options)
{
  g_autofree char *upper = NULL;
  CchcDocument *doc;
  int year;

  g_return_val_if_fail (CCHC_IS_STORE (store), NULL);
  g_return_val_if_fail (CCHC_IS_PLAN (plan), NULL);
  g_return_val_if_fail (options != NULL, NULL);

  year = cchc_plan_get_year (plan);
  switch (kind)
    {
    case CCHC_DOCUMENT_TABLE:
      doc = cchc_document_new ("Kế hoạch triển khai các nhiệm vụ cải cách hành chính");
      cchc_document_start_page (doc, TRUE);
      upper = g_strdup_printf ("KẾ HOẠCH TRIỂN KHAI CÁC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM %d",
                               year);
      add_appendix_title (doc, plan, upper);
      add_task_table (doc, store, plan, options);
      return doc;

    case CCHC_DOCUMENT_KPIS:
      doc = cchc_document_new ("Chỉ tiêu cải cách hành chính");
      upper = g_strdup_printf ("CHỈ TIÊU CẢI CÁCH HÀNH CHÍNH NĂM %d", year);
      add_appendix_title (doc, plan, upper);
      add_kpi_table (doc, store, plan);
      return doc;

    case CCHC_DOCUMENT_ACTIVITIES:
      doc = cchc_document_new ("Hoạt động tuyên truyền cải cách hành chính");
      cchc_document_start_page (doc, TRUE);
      upper = g_strdup_printf ("HOẠT ĐỘNG TUYÊN TRUYỀN CẢI CÁCH HÀNH CHÍNH NĂM %d", year);
      add_appendix_title (doc, plan, upper);
      add_activity_table (doc, store, plan);
      return doc;

    case CCHC_DOCUMENT_PLAN:
    default:
      return new_plan_document (store, plan, options);
    }
}

static const char * const kind_names[] = {
  [CCHC_DOCUMENT_TABLE] = "table",
  [CCHC_DOCUMENT_PLAN] = "plan",
  [CCHC_DOCUMENT_KPIS] = "kpis",
  [CCHC_DOCUMENT_ACTIVITIES] = "activities",
};

/**
 * cchc_document_kind_from_name:
 * @name: "table", "plan", "kpis" or "activities"
 *
 * Returns: whether @name names a kind of document
 */
gboolean
cchc_document_kind_from_name (const char       *name,
                              CchcDocumentKind *kind)
{
  for (guint i = 0; i < G_N_ELEMENTS (kind_names); i++)
    {
      if (g_strcmp0 (name, kind_names[i]) == 0)
        {
          *kind = i;
          return TRUE;
        }
    }

  return FALSE;
}

/**
 * cchc_document_kind_get_name:
 *
 * Returns: the name of @kind on the command line and in the settings
 */
const char *
cchc_document_kind_get_name (CchcDocumentKind kind)
{
  g_return_val_if_fail ((guint) kind < G_N_ELEMENTS (kind_names), "table");

  return kind_names[kind];
}
