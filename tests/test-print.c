/* test-print.c: the page layout, its tables and the PDF it writes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#ifdef G_OS_UNIX
#include <signal.h>
#include <sys/resource.h>
#endif

#include "cchc-area.h"
#include "cchc-exchange.h"
#include "cchc-page-layout.h"
#include "cchc-pdf.h"
#include "cchc-plan.h"
#include "cchc-task.h"
#include "cchc-timeframe.h"
#include "cchc-unit.h"

/* Italic capitals overhang their glyph box by a tenth of a point; cells
 * have 3 points of padding, so this still catches any text on a border. */
#define TOLERANCE 0.5

static const char * const header_lines[] = { "Nhiệm vụ cụ thể", "Sản phẩm", NULL };

typedef struct
{
  guint       n_lines;
  guint       n_outside;
  GString    *outside;
  GHashTable *columns;
} LineCheck;

static CchcStore *
open_sample (CchcPlan **plan)
{
  g_autoptr(GError) error = NULL;
  CchcStore *store = cchc_store_open (":memory:", CCHC_STORE_FLAGS_NONE, &error);

  g_assert_no_error (error);
  *plan = cchc_exchange_import_sample (store, &error);
  g_assert_no_error (error);

  return store;
}

/* A plan of @n_tasks tasks in 10 areas, and one more task as long as
 * @long_text if given. */
static CchcPlan *
build_plan (CchcStore  *store,
            guint       n_tasks,
            const char *long_text,
            const char *long_word)
{
  g_autoptr(CchcPlanContents) contents = cchc_plan_contents_new ();
  g_autoptr(GError) error = NULL;
  CchcUnit *unit = cchc_unit_new ("Văn phòng Sở", CCHC_UNIT_KIND_INTERNAL);
  CchcPlan *plan;

  contents->plan = cchc_plan_new ();
  cchc_plan_set_year (contents->plan, 2030);
  cchc_plan_set_title (contents->plan, "Cải cách hành chính năm 2030");
  g_ptr_array_add (contents->units, unit);

  for (guint a = 0; a < 10; a++)
    {
      GPtrArray *tasks = g_ptr_array_new_with_free_func (g_object_unref);
      CchcArea *area = cchc_area_new ();
      g_autofree char *title = g_strdup_printf ("Lĩnh vực %u", a + 1);

      cchc_area_set_title (area, title);
      g_ptr_array_add (contents->areas, area);
      for (guint t = a; t < n_tasks; t += 10)
        {
          CchcTask *task = cchc_task_new ();
          g_autofree char *text = g_strdup_printf ("Nhiệm vụ thứ %u: rà soát, đơn giản hóa "
                                                   "thủ tục hành chính thuộc thẩm quyền", t);
          g_autoptr(CchcTimeframe) timeframe = cchc_timeframe_new_quarters (CCHC_QUARTER (1),
                                                                            2030);

          cchc_task_set_text (task, text);
          cchc_task_set_product (task, "Kế hoạch");
          cchc_task_set_lead_unit (task, unit);
          cchc_task_set_timeframe (task, timeframe);
          g_ptr_array_add (tasks, task);
        }
      if (a == 0 && long_text != NULL)
        {
          CchcTask *task = cchc_task_new ();

          cchc_task_set_text (task, long_text);
          cchc_task_set_product (task, long_word);
          cchc_task_set_lead_unit (task, unit);
          g_ptr_array_add (tasks, task);
        }
      g_ptr_array_add (contents->tasks, tasks);
    }

  plan = cchc_store_import_plan (store, contents, CCHC_IMPORT_NEW, &error);
  g_assert_no_error (error);

  return plan;
}

/* Page numbers stand alone on their line, above the text. */
static gboolean
is_page_number (const char *text)
{
  for (const char *p = text; *p != '\0'; p++)
    {
      if (!g_ascii_isdigit (*p))
        return FALSE;
    }

  return *text != '\0';
}

static void
check_line_cb (const cairo_rectangle_t *ink,
               const cairo_rectangle_t *box,
               const char              *text,
               gpointer                 user_data)
{
  LineCheck *check = user_data;
  g_autofree char *key = g_strdup_printf ("%.1f", box->x);
  GString *column;

  check->n_lines++;
  if (ink->width > 0 &&
      (ink->x < box->x - TOLERANCE || ink->y < box->y - TOLERANCE ||
       ink->x + ink->width > box->x + box->width + TOLERANCE ||
       ink->y + ink->height > box->y + box->height + TOLERANCE))
    {
      check->n_outside++;
      g_string_append_printf (check->outside, "“%s”: ink %.1f,%.1f %.1f×%.1f box %.1f,%.1f "
                              "%.1f×%.1f\n", text, ink->x, ink->y, ink->width, ink->height,
                              box->x, box->y, box->width, box->height);
    }

  /* Text per column (cells share their x), without the line breaks and
   * the header rows repeated between the parts of a split row. */
  if (g_strv_contains (header_lines, text) || is_page_number (text))
    return;
  column = g_hash_table_lookup (check->columns, key);
  if (column == NULL)
    {
      column = g_string_new (NULL);
      g_hash_table_insert (check->columns, g_steal_pointer (&key), column);
    }
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p != ' ' && *p != '\n')
        g_string_append_c (column, *p);
    }
}

static void
string_free (gpointer data)
{
  g_string_free (data, TRUE);
}

static void
line_check_init (LineCheck *check)
{
  check->n_lines = 0;
  check->n_outside = 0;
  check->outside = g_string_new (NULL);
  check->columns = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, string_free);
}

static void
line_check_clear (LineCheck *check)
{
  g_string_free (check->outside, TRUE);
  g_hash_table_unref (check->columns);
}

static void
check_all_lines (CchcPageLayout *layout,
                 LineCheck      *check)
{
  for (guint i = 0; i < cchc_page_layout_get_n_pages (layout); i++)
    cchc_page_layout_foreach_line (layout, i, check_line_cb, check);

  if (check->n_outside > 0)
    g_test_message ("%s", check->outside->str);
  g_assert_cmpuint (check->n_outside, ==, 0);
  g_assert_cmpuint (check->n_lines, >, 0);
}

static char *
without_spaces (const char *str)
{
  GString *out = g_string_new (NULL);

  for (const char *p = str; *p != '\0'; p++)
    {
      if (*p != ' ' && *p != '\n')
        g_string_append_c (out, *p);
    }

  return g_string_free (out, FALSE);
}

/* Whether some column shows @text whole, in order, whatever its breaks. */
static gboolean
some_column_has (LineCheck  *check,
                 const char *text)
{
  g_autofree char *wanted = without_spaces (text);
  GHashTableIter iter;
  GString *column;

  g_hash_table_iter_init (&iter, check->columns);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &column))
    {
      if (strstr (column->str, wanted) != NULL)
        return TRUE;
    }

  return FALSE;
}

static void
save_png (CchcPageLayout *layout,
          guint           page,
          const char     *name)
{
  const char *dir = g_getenv ("G_TEST_BUILDDIR");
  g_autofree char *path = g_build_filename (dir != NULL ? dir : ".", name, NULL);
  double width, height, scale = 90.0 / 72.0;
  cairo_surface_t *surface;
  cairo_t *cr;

  cchc_page_layout_get_page_size (layout, page, &width, &height);
  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width * scale, height * scale);
  cr = cairo_create (surface);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_scale (cr, scale, scale);
  cchc_page_layout_draw_page (layout, page, cr);
  cairo_destroy (cr);
  g_assert_cmpint (cairo_surface_write_to_png (surface, path), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);
  g_test_message ("saved %s", path);
}

static CchcPageLayout *
lay_out (CchcStore        *store,
         CchcPlan         *plan,
         CchcDocumentKind  kind)
{
  g_autoptr(CchcPageOptions) options = cchc_page_options_new ();
  g_autoptr(CchcDocument) document = cchc_document_new_for_plan (store, plan, kind, options);
  CchcPageLayout *layout = cchc_page_layout_new (document, options);

  cchc_page_layout_paginate_all (layout);

  return layout;
}

/* A document built by hand, laid out on the default pages. */
static CchcPageLayout *
lay_out_document (CchcDocument *document)
{
  g_autoptr(CchcPageOptions) options = cchc_page_options_new ();
  CchcPageLayout *layout = cchc_page_layout_new (document, options);

  cchc_page_layout_paginate_all (layout);
  g_assert_cmpfloat (cchc_page_layout_get_fraction (layout), ==, 1.0);

  return layout;
}

static guint
count_pages (CchcDocument *document)
{
  g_autoptr(CchcPageLayout) layout = lay_out_document (document);

  return cchc_page_layout_get_n_pages (layout);
}

/* Page breaks with nothing after them make no empty pages at the end;
 * an empty document still has its one page. */
static void
test_trailing_page_breaks (void)
{
  g_autoptr(CchcDocument) empty = cchc_document_new ("empty");
  g_autoptr(CchcDocument) one = cchc_document_new ("one");
  g_autoptr(CchcDocument) two = cchc_document_new ("two");
  g_autoptr(CchcDocument) middle = cchc_document_new ("middle");
  g_autoptr(CchcPageLayout) layout = NULL;

  g_assert_cmpuint (count_pages (empty), ==, 1);

  cchc_document_add_text (one, CCHC_TEXT_BODY, "Một đoạn văn.");
  cchc_document_start_page (one, FALSE);
  g_assert_cmpuint (count_pages (one), ==, 1);

  cchc_document_add_text (two, CCHC_TEXT_BODY, "Một đoạn văn.");
  cchc_document_start_page (two, TRUE);
  cchc_document_start_page (two, FALSE);
  g_assert_cmpuint (count_pages (two), ==, 1);

  /* Breaks in a row between texts make one break, on the last orientation. */
  cchc_document_add_text (middle, CCHC_TEXT_BODY, "Trang một.");
  cchc_document_start_page (middle, FALSE);
  cchc_document_start_page (middle, TRUE);
  cchc_document_add_text (middle, CCHC_TEXT_BODY, "Trang hai.");
  cchc_document_start_page (middle, FALSE);
  layout = lay_out_document (middle);
  g_assert_cmpuint (cchc_page_layout_get_n_pages (layout), ==, 2);
  g_assert_false (cchc_page_layout_is_landscape (layout, 0));
  g_assert_true (cchc_page_layout_is_landscape (layout, 1));
}

static void
collect_text_cb (const cairo_rectangle_t *ink,
                 const cairo_rectangle_t *box,
                 const char              *text,
                 gpointer                 user_data)
{
  g_string_append (user_data, text);
}

static char *
page_text (CchcPageLayout *layout,
           guint           page)
{
  GString *text = g_string_new (NULL);

  cchc_page_layout_foreach_line (layout, page, collect_text_cb, text);

  return g_string_free (text, FALSE);
}

/* A table first in the document and without rows, then one whose only
 * rows are empty: their headers print, and what follows them too. */
static void
test_empty_tables (void)
{
  static const char * const titles[] = { "Cột một", "Cột hai" };
  static const double widths[] = { 1, 1 };
  g_autoptr(CchcDocument) document = cchc_document_new ("tables");
  g_autoptr(CchcPageLayout) layout = NULL;
  g_autofree char *text = NULL;
  CchcTable *table;

  table = cchc_document_add_table (document, 2, titles, widths);
  g_assert_cmpuint (cchc_table_get_n_rows (table), ==, 0);
  cchc_document_add_text (document, CCHC_TEXT_BODY, "Sau bảng trống.");
  table = cchc_document_add_table (document, 2, titles, widths);
  cchc_table_add_group (table, "");
  cchc_table_add_row (table, (const char * const []) { "", NULL });
  cchc_document_add_text (document, CCHC_TEXT_BODY, "Sau bảng thứ hai.");

  layout = lay_out_document (document);
  g_assert_cmpuint (cchc_page_layout_get_n_pages (layout), ==, 1);
  text = page_text (layout, 0);
  g_assert_nonnull (strstr (text, "Cột mộtCột haiSau bảng trống.Cột mộtCột haiSau bảng thứ hai."));
}

/* A header row without some titles and a table without widths: the
 * columns share the width, the missing titles print empty. */
static void
test_table_missing_titles (void)
{
  static const char * const titles[] = { "Một", NULL, "Ba" };
  g_autoptr(CchcDocument) document = cchc_document_new ("titles");
  g_autoptr(CchcPageLayout) layout = NULL;
  g_autofree char *text = NULL;
  CchcTable *table;
  LineCheck check;

  table = cchc_document_add_table (document, 3, titles, NULL);
  cchc_table_add_row (table, (const char * const []) { "a", "b", "c" });

  layout = lay_out_document (document);
  text = page_text (layout, 0);
  g_assert_cmpstr (text, ==, "MộtBaabc");

  line_check_init (&check);
  check_all_lines (layout, &check);
  line_check_clear (&check);
}

typedef struct
{
  double left;
  double right;
  guint  n_boxes;
} AreaCheck;

static void
check_box_in_area_cb (const cairo_rectangle_t *ink,
                      const cairo_rectangle_t *box,
                      const char              *text,
                      gpointer                 user_data)
{
  AreaCheck *area = user_data;

  /* The page number sits in the top margin, in the text's width. */
  g_assert_cmpfloat (box->x, >=, area->left - TOLERANCE);
  g_assert_cmpfloat (box->x + box->width, <=, area->right + TOLERANCE);
  g_assert_cmpfloat (box->width, >, 2 * 3.0);
  area->n_boxes++;
}

/* Every column holds a long word: the columns cannot all be widened to
 * their words, and the table still keeps within the margins. */
static void
test_table_long_words (void)
{
  const char *titles[CCHC_TASK_TABLE_N_COLUMNS];
  const char *cells[CCHC_TASK_TABLE_N_COLUMNS];
  g_autoptr(CchcPageOptions) options = cchc_page_options_new ();
  g_autoptr(CchcDocument) document = cchc_document_new ("words");
  g_autoptr(CchcPageLayout) layout = NULL;
  g_autofree char *word = g_strnfill (60, 'W');
  double top, right, bottom, left, width, height;
  AreaCheck area = { 0, };
  CchcTable *table;
  LineCheck check;

  for (guint i = 0; i < CCHC_TASK_TABLE_N_COLUMNS; i++)
    {
      titles[i] = "Tiêu đề";
      cells[i] = word;
    }
  table = cchc_document_add_table (document, CCHC_TASK_TABLE_N_COLUMNS, titles,
                                   options->task_columns);
  for (guint i = 0; i < 3; i++)
    cchc_table_add_row (table, cells);

  layout = lay_out_document (document);
  cchc_page_options_get_sheet (options, FALSE, &width, &height);
  cchc_page_options_get_margins (options, FALSE, &top, &right, &bottom, &left);
  area.left = left;
  area.right = width - right;
  for (guint i = 0; i < cchc_page_layout_get_n_pages (layout); i++)
    cchc_page_layout_foreach_line (layout, i, check_box_in_area_cb, &area);
  g_assert_cmpuint (area.n_boxes, >, CCHC_TASK_TABLE_N_COLUMNS);

  line_check_init (&check);
  check_all_lines (layout, &check);
  line_check_clear (&check);
}

static void
last_line_cb (const cairo_rectangle_t *ink,
              const cairo_rectangle_t *box,
              const char              *text,
              gpointer                 user_data)
{
  char **last = user_data;

  /* Not the page number. */
  if (!g_ascii_isdigit (*text))
    {
      g_free (*last);
      *last = g_strdup (text);
    }
}

/* Lays @document out in more than five pages, none of which ends with a
 * line that starts with one of @prefixes (%NULL-terminated). */
static void
assert_no_page_ends_with (CchcDocument       *document,
                          const char * const *prefixes)
{
  g_autoptr(CchcPageLayout) layout = lay_out_document (document);
  guint n_pages = cchc_page_layout_get_n_pages (layout);

  g_assert_cmpuint (n_pages, >, 5);
  for (guint i = 0; i < n_pages; i++)
    {
      g_autofree char *last = NULL;

      cchc_page_layout_foreach_line (layout, i, last_line_cb, &last);
      g_test_message ("page %u ends with “%s”", i + 1, last);
      for (guint j = 0; prefixes[j] != NULL; j++)
        g_assert_false (g_str_has_prefix (last, prefixes[j]));
    }
}

/* Two area rows in a row (an area without tasks), then a tall task, at
 * every height of the page: an area row never ends a page. */
static void
test_table_area_rows_keep (void)
{
  static const char * const titles[] = { "Nhiệm vụ", "Ghi chú" };
  g_autoptr(CchcDocument) document = cchc_document_new ("areas");
  CchcTable *table = cchc_document_add_table (document, 2, titles, NULL);

  for (guint i = 0; i < 60; i++)
    {
      g_autofree char *filler = g_strdup_printf ("Nhiệm vụ %u", i);

      for (guint j = 0; j < i % 7; j++)
        cchc_table_add_row (table, (const char * const []) { filler, "" });
      cchc_table_add_group (table, "Lĩnh vực trống");
      cchc_table_add_group (table, "Lĩnh vực");
      cchc_table_add_row (table, (const char * const []) {
        "Cao\nhai\nba\nbốn\nnăm\nsáu\nbảy\ntám\nchín\nmười", "" });
    }

  assert_no_page_ends_with (document, (const char * const []) { "Lĩnh vực", NULL });
}

/* A heading right before another ("II. …" then "1. …"), at every height
 * of the page: a heading never ends a page, the first kept with the second
 * and the second with the lines after it. */
static void
test_text_headings_keep (void)
{
  g_autoptr(CchcDocument) document = cchc_document_new ("headings");

  for (guint i = 0; i < 80; i++)
    {
      g_autofree char *filler = g_strdup_printf ("Đoạn %u.", i);
      g_autofree char *part = g_strdup_printf ("PHẦN %u", i);
      g_autofree char *section = g_strdup_printf ("Mục %u", i);

      for (guint j = 0; j < i % 9; j++)
        cchc_document_add_text (document, CCHC_TEXT_BODY, filler);
      cchc_document_add_text (document, CCHC_TEXT_HEADING, part);
      cchc_document_add_text (document, CCHC_TEXT_HEADING, section);
      cchc_document_add_text (document, CCHC_TEXT_BODY,
                              "Nội dung của mục, đủ dài để chiếm vài dòng trên trang giấy: "
                              "tổ chức triển khai kế hoạch và thực hiện có hiệu quả các mục "
                              "tiêu, nhiệm vụ cải cách hành chính của năm, kiểm tra công tác "
                              "cải cách hành chính và công vụ, xử lý kịp thời.");
    }

  assert_no_page_ends_with (document, (const char * const []) { "PHẦN", "Mục", NULL });
}

typedef struct
{
  double   top;
  double   bottom;
  GString *text;
} SplitCheck;

static void
check_split_cb (const cairo_rectangle_t *ink,
                const cairo_rectangle_t *box,
                const char              *text,
                gpointer                 user_data)
{
  SplitCheck *check = user_data;

  /* The page number is in the top margin; every cell in the text area. */
  if (box->y + box->height <= check->top)
    return;
  g_assert_cmpfloat (box->y, >=, check->top - TOLERANCE);
  g_assert_cmpfloat (box->y + box->height, <=, check->bottom + TOLERANCE);
  if (!g_str_equal (text, "Cột A") && !g_str_equal (text, "Cột B"))
    g_string_append_printf (check->text, "%s|", text);
}

/* Rows of 1 to 60 lines in two columns, the taller one in either, at
 * every height of the page: each line once, in order, and no cell below
 * the bottom margin. */
static void
test_table_rows_split (void)
{
  static const char * const titles[] = { "Cột A", "Cột B" };
  g_autoptr(CchcPageOptions) options = cchc_page_options_new ();
  g_autoptr(CchcDocument) document = cchc_document_new ("split");
  g_autoptr(CchcPageLayout) layout = NULL;
  double width, height, top, right, bottom, left;
  SplitCheck check;
  CchcTable *table;

  table = cchc_document_add_table (document, 2, titles, NULL);
  for (guint i = 1; i <= 60; i += 3)
    {
      g_autoptr(GString) tall = g_string_new (NULL);
      g_autofree char *short_cell = g_strdup_printf ("r%u", i);

      for (guint j = 0; j < i; j++)
        g_string_append_printf (tall, "%sr%u-%u", j > 0 ? "\n" : "", i, j);
      if (i % 2 == 0)
        cchc_table_add_row (table, (const char * const []) { tall->str, short_cell });
      else
        cchc_table_add_row (table, (const char * const []) { short_cell, tall->str });
    }

  layout = lay_out_document (document);
  cchc_page_options_get_sheet (options, FALSE, &width, &height);
  cchc_page_options_get_margins (options, FALSE, &top, &right, &bottom, &left);
  check.top = top;
  check.bottom = height - bottom;
  check.text = g_string_new ("|");
  for (guint i = 0; i < cchc_page_layout_get_n_pages (layout); i++)
    cchc_page_layout_foreach_line (layout, i, check_split_cb, &check);
  g_assert_cmpuint (cchc_page_layout_get_n_pages (layout), >, 5);

  /* Every line once and in order; the cells of a split row take turns
   * page by page. */
  for (guint i = 1; i <= 60; i += 3)
    {
      const char *previous = check.text->str;

      for (guint j = 0; j < i; j++)
        {
          g_autofree char *line = g_strdup_printf ("|r%u-%u|", i, j);
          const char *found = strstr (check.text->str, line);

          g_assert_nonnull (found);
          g_assert_true (found >= previous);
          g_assert_null (strstr (found + 1, line));
          previous = found;
        }
    }
  g_string_free (check.text, TRUE);
}

static void
test_options (void)
{
  g_autoptr(CchcPageOptions) options = cchc_page_options_new ();
  g_autoptr(GError) error = NULL;
  double width, height, top, right, bottom, left;
  CchcPaper paper;

  g_assert_true (cchc_page_options_validate (options, &error));
  g_assert_cmpstr (options->font_family, ==, "Times New Roman");
  g_assert_cmpfloat (options->font_size, ==, 13);

  cchc_page_options_get_sheet (options, FALSE, &width, &height);
  g_assert_cmpfloat_with_epsilon (width, 595.28, 0.01);
  g_assert_cmpfloat_with_epsilon (height, 841.89, 0.01);

  /* A landscape page is the sheet turned: the binding edge on top. */
  cchc_page_options_get_margins (options, TRUE, &top, &right, &bottom, &left);
  g_assert_cmpfloat_with_epsilon (top, options->margin_left * CCHC_POINTS_PER_MM, 0.001);
  g_assert_cmpfloat_with_epsilon (right, options->margin_top * CCHC_POINTS_PER_MM, 0.001);

  g_assert_true (cchc_paper_from_name ("a3", &paper));
  g_assert_cmpint (paper, ==, CCHC_PAPER_A3);
  g_assert_false (cchc_paper_from_name ("b5", &paper));

  options->margin_left = 150;
  g_assert_false (cchc_page_options_validate (options, &error));
  g_assert_error (error, CCHC_PRINT_ERROR, CCHC_PRINT_ERROR_INVALID_OPTIONS);
  g_clear_error (&error);

  options->margin_left = 30;
  options->font_size = 2;
  g_assert_false (cchc_page_options_validate (options, &error));
  g_assert_error (error, CCHC_PRINT_ERROR, CCHC_PRINT_ERROR_INVALID_OPTIONS);
}

static void
check_sample_kind (CchcDocumentKind  kind,
                   const char       *png,
                   gboolean          first_landscape)
{
  CchcPlan *plan;
  g_autoptr(CchcStore) store = open_sample (&plan);
  g_autoptr(CchcPageLayout) layout = lay_out (store, plan, kind);
  LineCheck check;

  g_assert_cmpuint (cchc_page_layout_get_n_pages (layout), >, 0);
  g_assert_cmpint (cchc_page_layout_is_landscape (layout, 0), ==, first_landscape);
  g_assert_cmpfloat (cchc_page_layout_get_fraction (layout), ==, 1.0);

  line_check_init (&check);
  check_all_lines (layout, &check);
  g_assert_true (some_column_has (&check, "Trung tâm Văn hóa Nghệ thuật tỉnh; Thư viện tỉnh") ||
                 kind == CCHC_DOCUMENT_KPIS || kind == CCHC_DOCUMENT_ACTIVITIES);
  line_check_clear (&check);

  save_png (layout, 0, png);
}

static void
test_sample_table (void)
{
  check_sample_kind (CCHC_DOCUMENT_TABLE, "print-table-1.png", TRUE);
}

static void
test_sample_kpis (void)
{
  check_sample_kind (CCHC_DOCUMENT_KPIS, "print-kpis-1.png", FALSE);
}

static void
test_sample_activities (void)
{
  check_sample_kind (CCHC_DOCUMENT_ACTIVITIES, "print-activities-1.png", TRUE);
}

static void
test_sample_plan (void)
{
  CchcPlan *plan;
  g_autoptr(CchcStore) store = open_sample (&plan);
  g_autoptr(CchcPageLayout) layout = lay_out (store, plan, CCHC_DOCUMENT_PLAN);
  guint n_pages = cchc_page_layout_get_n_pages (layout);
  gboolean seen_landscape = FALSE;

  check_sample_kind (CCHC_DOCUMENT_PLAN, "print-plan-1.png", FALSE);

  /* Portrait, then the table's landscape pages, then portrait again. */
  for (guint i = 0; i < n_pages; i++)
    seen_landscape |= cchc_page_layout_is_landscape (layout, i);
  g_assert_true (seen_landscape);
  g_assert_false (cchc_page_layout_is_landscape (layout, n_pages - 1));

  for (guint i = 0; i < n_pages; i++)
    {
      if (cchc_page_layout_is_landscape (layout, i))
        {
          save_png (layout, i, "print-plan-table.png");
          break;
        }
    }
  save_png (layout, n_pages - 1, "print-plan-last.png");
}

/* Texts of hundreds of thousands of characters (a paragraph over a
 * hundred pages, a cell split over fifty): every character is drawn,
 * inside the page. */
static void
test_huge_text (void)
{
  g_autoptr(GString) huge = g_string_new (NULL);
  g_autoptr(CchcPageOptions) options = cchc_page_options_new ();
  g_autoptr(CchcDocument) document = cchc_document_new ("huge");
  g_autoptr(CchcPageLayout) layout = NULL;
  const char *titles[] = { "STT", "Nhiệm vụ cụ thể" };
  const double widths[] = { 1, 9 };
  const char *cells[] = { "1", NULL };
  CchcTable *table;
  LineCheck check;

  while (huge->len < 400000)
    g_string_append_printf (huge, "Cải cách hành chính %u; ", (guint) huge->len);

  cchc_document_add_text (document, CCHC_TEXT_BODY, huge->str);
  table = cchc_document_add_table (document, 2, titles, widths);
  cells[1] = huge->str + 200000;
  cchc_table_add_row (table, cells);

  layout = cchc_page_layout_new (document, options);
  cchc_page_layout_paginate_all (layout);

  line_check_init (&check);
  check_all_lines (layout, &check);
  g_assert_true (some_column_has (&check, huge->str));
  g_assert_true (some_column_has (&check, huge->str + 200000));
  line_check_clear (&check);
}

/* 3,000 characters of text and a 200-character word: wrapped, split over
 * pages, all shown, none outside its cell, and the layout ends. */
static void
test_pathological (void)
{
  g_autoptr(GString) long_text = g_string_new (NULL);
  g_autoptr(GString) long_word = g_string_new (NULL);
  g_autoptr(CchcStore) store = cchc_store_open (":memory:", CCHC_STORE_FLAGS_NONE, NULL);
  g_autoptr(CchcPageLayout) layout = NULL;
  CchcPlan *plan;
  LineCheck check;

  while (long_text->len < 3000)
    g_string_append_printf (long_text, "Cải cách thủ tục hành chính %u; ", (guint) long_text->len);
  for (guint i = 0; i < 200; i++)
    g_string_append_c (long_word, 'A' + i % 26);

  plan = build_plan (store, 40, long_text->str, long_word->str);
  for (CchcDocumentKind kind = CCHC_DOCUMENT_TABLE; kind <= CCHC_DOCUMENT_PLAN; kind++)
    {
      g_clear_pointer (&layout, cchc_page_layout_free);
      layout = lay_out (store, plan, kind);
      g_assert_cmpuint (cchc_page_layout_get_n_pages (layout), <, 30);

      line_check_init (&check);
      check_all_lines (layout, &check);
      g_assert_true (some_column_has (&check, long_text->str));
      g_assert_true (some_column_has (&check, long_word->str));
      line_check_clear (&check);
    }
  save_png (layout, 1, "print-pathological.png");
}

static void
collect_lines_cb (const cairo_rectangle_t *ink,
                  const cairo_rectangle_t *box,
                  const char              *text,
                  gpointer                 user_data)
{
  g_string_append_printf (user_data, "%s\n", text);
}

/* A draft without number, date or agency says nothing of them, rather
 * than "(Kèm theo Kế hoạch số  của )". */
static void
test_draft_note (void)
{
  g_autoptr(CchcStore) store = cchc_store_open (":memory:", CCHC_STORE_FLAGS_NONE, NULL);
  CchcPlan *plan = build_plan (store, 3, NULL, NULL);
  g_autoptr(CchcPageLayout) layout = lay_out (store, plan, CCHC_DOCUMENT_TABLE);
  g_autoptr(GString) lines = g_string_new (NULL);

  cchc_page_layout_foreach_line (layout, 0, collect_lines_cb, lines);
  g_assert_nonnull (strstr (lines->str, "(Kèm theo Kế hoạch)\n"));
}

static void
count_header_cb (const cairo_rectangle_t *ink,
                 const cairo_rectangle_t *box,
                 const char              *text,
                 gpointer                 user_data)
{
  if (g_str_equal (text, "STT"))
    (*(guint *) user_data)++;
}

static void
test_header_repeats (void)
{
  g_autoptr(CchcStore) store = cchc_store_open (":memory:", CCHC_STORE_FLAGS_NONE, NULL);
  CchcPlan *plan = build_plan (store, 300, NULL, NULL);
  g_autoptr(CchcPageLayout) layout = lay_out (store, plan, CCHC_DOCUMENT_TABLE);
  guint n_pages = cchc_page_layout_get_n_pages (layout);

  g_assert_cmpuint (n_pages, >, 5);
  for (guint i = 0; i < n_pages; i++)
    {
      guint n_headers = 0;

      cchc_page_layout_foreach_line (layout, i, count_header_cb, &n_headers);
      g_assert_cmpuint (n_headers, ==, 1);
      g_assert_true (cchc_page_layout_is_landscape (layout, i));
    }
}

static char *
run_tool (const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  char *out = NULL;
  int status;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, &err,
                &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));

  return out;
}

static guint
pdf_pages (const char *path)
{
  const char *argv[] = { "pdfinfo", path, NULL };
  g_autofree char *info = run_tool (argv);
  const char *pages = strstr (info, "Pages:");

  g_assert_nonnull (pages);

  return (guint) g_ascii_strtoull (pages + strlen ("Pages:"), NULL, 10);
}

static void
progress_cb (double   fraction,
             guint    n_pages,
             gpointer user_data)
{
  double *last = user_data;

  g_assert_cmpfloat (fraction, >=, *last);
  *last = fraction;
}

/* A thousand tasks export; the progress grows to the end. */
static void
test_pdf_1000 (void)
{
  g_autoptr(CchcStore) store = cchc_store_open (":memory:", CCHC_STORE_FLAGS_NONE, NULL);
  CchcPlan *plan = build_plan (store, 1000, NULL, NULL);
  g_autoptr(CchcPageOptions) options = cchc_page_options_new ();
  g_autoptr(CchcDocument) document = NULL;
  g_autofree char *dir = g_dir_make_tmp ("test-print-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "1000.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  const char *argv[] = { "pdftotext", path, "-", NULL };
  g_autofree char *text = NULL;
  double fraction = 0;
  guint n_pages = 0;

  document = cchc_document_new_for_plan (store, plan, CCHC_DOCUMENT_TABLE, options);
  g_assert_true (cchc_pdf_write (document, options, file, progress_cb, &fraction, &n_pages,
                                 NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpfloat (fraction, ==, 1.0);
  g_assert_cmpuint (n_pages, >, 30);
  g_assert_cmpuint (pdf_pages (path), ==, n_pages);

  text = run_tool (argv);
  g_assert_nonnull (strstr (text, "Nhiệm vụ thứ 999:"));
  g_assert_nonnull (strstr (text, "10.100"));

  g_assert_cmpint (g_remove (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* A cancelled export and bad options leave an existing file alone. */
static void
test_pdf_keeps_old_file (void)
{
  CchcPlan *plan;
  g_autoptr(CchcStore) store = open_sample (&plan);
  g_autoptr(CchcPageOptions) options = cchc_page_options_new ();
  g_autoptr(CchcDocument) document = NULL;
  g_autofree char *dir = g_dir_make_tmp ("test-print-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "old.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;

  document = cchc_document_new_for_plan (store, plan, CCHC_DOCUMENT_PLAN, options);
  g_assert_true (g_file_set_contents (path, "old", -1, NULL));

  g_cancellable_cancel (cancellable);
  g_assert_false (cchc_pdf_write (document, options, file, NULL, NULL, NULL, cancellable,
                                  &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);

  options->font_size = 100;
  g_assert_false (cchc_pdf_write (document, options, file, NULL, NULL, NULL, NULL, &error));
  g_assert_error (error, CCHC_PRINT_ERROR, CCHC_PRINT_ERROR_INVALID_OPTIONS);

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "old");

  g_assert_cmpint (g_remove (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

#ifdef G_OS_UNIX
/* A disk that fills up at the end of an export (the PDF's last bytes wait
 * in the write buffer until then) leaves the older file as it was, and no
 * temporary file. The disk is a file size limit here, in a subprocess. */
static void
test_pdf_disk_full (void)
{
  CchcPlan *plan;
  g_autoptr(CchcStore) store = NULL;
  g_autoptr(CchcPageOptions) options = NULL;
  g_autoptr(CchcDocument) document = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) listing = NULL;
  g_autofree char *contents = NULL;
  struct rlimit limit = { 4096, 4096 };

  if (!g_test_subprocess ())
    {
      g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
      g_test_trap_assert_passed ();
      return;
    }

  store = open_sample (&plan);
  options = cchc_page_options_new ();
  document = cchc_document_new_for_plan (store, plan, CCHC_DOCUMENT_PLAN, options);
  dir = g_dir_make_tmp ("test-print-XXXXXX", NULL);
  path = g_build_filename (dir, "old.pdf", NULL);
  file = g_file_new_for_path (path);
  g_assert_true (g_file_set_contents (path, "old", -1, NULL));

  signal (SIGXFSZ, SIG_IGN);
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limit), ==, 0);
  g_assert_false (cchc_pdf_write (document, options, file, NULL, NULL, NULL, NULL, &error));
  g_assert_nonnull (error);

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "old");
  listing = g_dir_open (dir, 0, NULL);
  g_assert_cmpstr (g_dir_read_name (listing), ==, "old.pdf");
  g_assert_null (g_dir_read_name (listing));

  g_assert_cmpint (g_remove (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}
#endif

static void
cancel_cb (double   fraction,
           guint    n_pages,
           gpointer user_data)
{
  g_cancellable_cancel (user_data);
}

/* An export cancelled half-way leaves no file behind where there was
 * none: a half-written PDF would look like a good one in the folder. */
static void
test_pdf_cancelled_leaves_nothing (void)
{
  g_autoptr(CchcStore) store = cchc_store_open (":memory:", CCHC_STORE_FLAGS_NONE, NULL);
  CchcPlan *plan = build_plan (store, 1000, NULL, NULL);
  g_autoptr(CchcPageOptions) options = cchc_page_options_new ();
  g_autoptr(CchcDocument) document = NULL;
  g_autofree char *dir = g_dir_make_tmp ("test-print-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "cancelled.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) listing = NULL;
  g_autofree char *contents = NULL;

  document = cchc_document_new_for_plan (store, plan, CCHC_DOCUMENT_TABLE, options);
  g_assert_false (cchc_pdf_write (document, options, file, cancel_cb, cancellable, NULL,
                                  cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);

  /* Neither the file nor a temporary one. */
  listing = g_dir_open (dir, 0, NULL);
  g_assert_nonnull (listing);
  g_assert_null (g_dir_read_name (listing));
  g_clear_pointer (&listing, g_dir_close);
  g_clear_error (&error);

  /* Over an older file: that one stays, alone. */
  g_assert_true (g_file_set_contents (path, "old", -1, NULL));
  g_cancellable_reset (cancellable);
  g_assert_false (cchc_pdf_write (document, options, file, cancel_cb, cancellable, NULL,
                                  cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "old");
  listing = g_dir_open (dir, 0, NULL);
  g_assert_cmpstr (g_dir_read_name (listing), ==, "cancelled.pdf");
  g_assert_null (g_dir_read_name (listing));

  g_assert_cmpint (g_remove (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/print/options", test_options);
  g_test_add_func ("/print/sample/table", test_sample_table);
  g_test_add_func ("/print/sample/plan", test_sample_plan);
  g_test_add_func ("/print/sample/kpis", test_sample_kpis);
  g_test_add_func ("/print/sample/activities", test_sample_activities);
  g_test_add_func ("/print/pathological", test_pathological);
  g_test_add_func ("/print/huge-text", test_huge_text);
  g_test_add_func ("/print/draft-note", test_draft_note);
  g_test_add_func ("/print/header-repeats", test_header_repeats);
  g_test_add_func ("/print/layout/trailing-page-breaks", test_trailing_page_breaks);
  g_test_add_func ("/print/table/empty", test_empty_tables);
  g_test_add_func ("/print/table/missing-titles", test_table_missing_titles);
  g_test_add_func ("/print/table/long-words", test_table_long_words);
  g_test_add_func ("/print/table/area-rows-keep", test_table_area_rows_keep);
  g_test_add_func ("/print/text/headings-keep", test_text_headings_keep);
  g_test_add_func ("/print/table/rows-split", test_table_rows_split);
  g_test_add_func ("/print/pdf/1000-tasks", test_pdf_1000);
  g_test_add_func ("/print/pdf/keeps-old-file", test_pdf_keeps_old_file);
#ifdef G_OS_UNIX
  g_test_add_func ("/print/pdf/disk-full", test_pdf_disk_full);
#endif
  g_test_add_func ("/print/pdf/cancelled-leaves-nothing", test_pdf_cancelled_leaves_nothing);

  return g_test_run ();
}
