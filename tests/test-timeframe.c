/* test-timeframe.c: the timeframe of a task and its printed text
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "cchc-timeframe.h"

static void
assert_text (CchcTimeframe *tf,
             const char    *expected)
{
  g_autofree char *text = cchc_timeframe_to_string (tf);

  g_assert_cmpstr (text, ==, expected);
}

static void
assert_due (const CchcTimeframe *tf,
            guint                day,
            guint                month,
            guint                year)
{
  GDate due;

  g_assert_true (cchc_timeframe_get_due_date (tf, &due));
  g_assert_true (g_date_valid (&due));
  g_assert_cmpuint (g_date_get_day (&due), ==, day);
  g_assert_cmpuint (g_date_get_month (&due), ==, month);
  g_assert_cmpuint (g_date_get_year (&due), ==, year);
}

static void
assert_no_due (const CchcTimeframe *tf)
{
  GDate due;

  /* Start from a valid date to see that it is cleared. */
  g_date_set_dmy (&due, 1, 1, 2000);
  g_assert_false (cchc_timeframe_get_due_date (tf, &due));
  g_assert_false (g_date_valid (&due));
}

/* Every form of the "Thời gian thực hiện" column of the 2022 seed plan. */
static void
test_text_seed (void)
{
  static const struct {
    CchcTimeframeKind  kind;
    guint              quarters;
    int                year;
    const char        *detail;
    const char        *expected;
  } cases[] = {
    { CCHC_TIMEFRAME_KIND_TEXT, 0, 0,
      "Theo chỉ đạo của Bộ VHTTDL, UBND tỉnh và hướng dẫn của Vụ Pháp chế (Bộ VHTTDL), "
      "Sở Tư pháp",
      "Theo chỉ đạo của Bộ VHTTDL, UBND tỉnh và hướng dẫn của Vụ Pháp chế (Bộ VHTTDL), "
      "Sở Tư pháp" },
    { CCHC_TIMEFRAME_KIND_AS_NEEDED, 0, 0, NULL, "Theo tình hình thực tế" },
    { CCHC_TIMEFRAME_KIND_REGULAR, 0, 0, NULL, "Thường xuyên" },
    { CCHC_TIMEFRAME_KIND_ON_DEMAND, 0, 0, "đề nghị của cơ quan, đơn vị liên quan",
      "Khi có phát sinh đề nghị của cơ quan, đơn vị liên quan" },
    { CCHC_TIMEFRAME_KIND_QUARTERS, CCHC_QUARTER (1), 2022, NULL, "Quý I/2022" },
    { CCHC_TIMEFRAME_KIND_QUARTERS, CCHC_QUARTER (4), 2022, NULL, "Quý IV/2022" },
    { CCHC_TIMEFRAME_KIND_QUARTERS, CCHC_QUARTER (4), 2021, NULL, "Quý IV/2021" },
    { CCHC_TIMEFRAME_KIND_QUARTERS, CCHC_QUARTER (1), 2022, "và thường xuyên",
      "Quý I/2022 và thường xuyên" },
    { CCHC_TIMEFRAME_KIND_QUARTERS, CCHC_QUARTER (1) | CCHC_QUARTER (2), 2022, NULL,
      "Quý I, II/2022" },
    { CCHC_TIMEFRAME_KIND_AS_NEEDED, 0, 0, "và theo quy định",
      "Theo tình hình thực tế và theo quy định" },
    { CCHC_TIMEFRAME_KIND_YEAR, 0, 2022, NULL, "Năm 2022" },
    { CCHC_TIMEFRAME_KIND_QUARTERLY, 0, 0, NULL, "Theo từng quý" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(CchcTimeframe) tf = NULL;

      tf = cchc_timeframe_new_full (cases[i].kind, cases[i].quarters, cases[i].year,
                                    NULL, cases[i].detail);
      assert_text (tf, cases[i].expected);
    }
}

static void
test_text_shortcuts (void)
{
  g_autoptr(CchcTimeframe) quarters = cchc_timeframe_new_quarters (CCHC_QUARTER (1), 2022);
  g_autoptr(CchcTimeframe) year = cchc_timeframe_new_year (2022);
  g_autoptr(CchcTimeframe) regular = cchc_timeframe_new (CCHC_TIMEFRAME_KIND_REGULAR);
  g_autoptr(CchcTimeframe) text = cchc_timeframe_new_text ("Theo chỉ đạo của Bộ VHTTDL");
  g_autoptr(CchcTimeframe) none = cchc_timeframe_new (CCHC_TIMEFRAME_KIND_NONE);
  g_autoptr(CchcTimeframe) null_text = cchc_timeframe_new_text (NULL);

  assert_text (quarters, "Quý I/2022");
  assert_text (year, "Năm 2022");
  assert_text (regular, "Thường xuyên");
  assert_text (text, "Theo chỉ đạo của Bộ VHTTDL");
  g_assert_cmpint (cchc_timeframe_get_kind (text), ==, CCHC_TIMEFRAME_KIND_TEXT);
  g_assert_cmpstr (cchc_timeframe_get_detail (text), ==, "Theo chỉ đạo của Bộ VHTTDL");
  assert_text (none, "");
  assert_text (null_text, "");
  g_assert_cmpstr (cchc_timeframe_get_detail (null_text), ==, "");

  cchc_timeframe_set_detail (none, "đã hoàn thành");
  assert_text (none, "đã hoàn thành");

  cchc_timeframe_set_detail (quarters, "và thường xuyên");
  assert_text (quarters, "Quý I/2022 và thường xuyên");
  cchc_timeframe_set_detail (quarters, NULL);
  g_assert_cmpstr (cchc_timeframe_get_detail (quarters), ==, "");
  assert_text (quarters, "Quý I/2022");
}

static void
test_text_date (void)
{
  g_autoptr(CchcTimeframe) tf = NULL;
  g_autoptr(CchcTimeframe) with_detail = NULL;
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 5, G_DATE_JANUARY, 2022);
  tf = cchc_timeframe_new_date (&date);
  assert_text (tf, "05/01/2022");

  g_date_set_dmy (&date, 15, G_DATE_NOVEMBER, 2022);
  with_detail = cchc_timeframe_new_full (CCHC_TIMEFRAME_KIND_DATE, 0, 0, &date, "(dự kiến)");
  assert_text (with_detail, "15/11/2022 (dự kiến)");
}

static void
test_text_quarter_mask (void)
{
  g_autoptr(CchcTimeframe) one_three = NULL;
  g_autoptr(CchcTimeframe) two_four = NULL;
  g_autoptr(CchcTimeframe) all = NULL;
  g_autoptr(CchcTimeframe) overflow = NULL;

  one_three = cchc_timeframe_new_quarters (CCHC_QUARTER (1) | CCHC_QUARTER (3), 2022);
  assert_text (one_three, "Quý I, III/2022");

  two_four = cchc_timeframe_new_quarters (CCHC_QUARTER (4) | CCHC_QUARTER (2), 2023);
  assert_text (two_four, "Quý II, IV/2023");

  all = cchc_timeframe_new_quarters (CCHC_QUARTERS_ALL, 2022);
  assert_text (all, "Quý I, II, III, IV/2022");

  /* Bits above quarter IV are dropped. */
  overflow = cchc_timeframe_new_quarters (0xf0u | CCHC_QUARTER (3), 2022);
  g_assert_cmpuint (cchc_timeframe_get_quarters (overflow), ==, CCHC_QUARTER (3));
  assert_text (overflow, "Quý III/2022");
}

static void
test_due_fixed (void)
{
  g_autoptr(CchcTimeframe) q1 = cchc_timeframe_new_quarters (CCHC_QUARTER (1), 2022);
  g_autoptr(CchcTimeframe) q2 = cchc_timeframe_new_quarters (CCHC_QUARTER (2), 2022);
  g_autoptr(CchcTimeframe) q3 = cchc_timeframe_new_quarters (CCHC_QUARTER (3), 2022);
  g_autoptr(CchcTimeframe) q4 = cchc_timeframe_new_quarters (CCHC_QUARTER (4), 2021);
  g_autoptr(CchcTimeframe) q13 = NULL;
  g_autoptr(CchcTimeframe) q12_detail = NULL;
  g_autoptr(CchcTimeframe) year = cchc_timeframe_new_year (2022);
  g_autoptr(CchcTimeframe) date_tf = NULL;
  GDate date;

  q13 = cchc_timeframe_new_quarters (CCHC_QUARTER (1) | CCHC_QUARTER (3), 2022);
  q12_detail = cchc_timeframe_new_full (CCHC_TIMEFRAME_KIND_QUARTERS,
                                        CCHC_QUARTER (1) | CCHC_QUARTER (2), 2022,
                                        NULL, "và thường xuyên");

  assert_due (q1, 31, 3, 2022);
  assert_due (q2, 30, 6, 2022);
  assert_due (q3, 30, 9, 2022);
  assert_due (q4, 31, 12, 2021);
  assert_due (q13, 30, 9, 2022);
  assert_due (q12_detail, 30, 6, 2022);
  assert_due (year, 31, 12, 2022);

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 7, G_DATE_NOVEMBER, 2022);
  date_tf = cchc_timeframe_new_date (&date);
  assert_due (date_tf, 7, 11, 2022);
}

static void
test_due_none (void)
{
  static const CchcTimeframeKind recurring[] = {
    CCHC_TIMEFRAME_KIND_NONE,
    CCHC_TIMEFRAME_KIND_REGULAR,
    CCHC_TIMEFRAME_KIND_QUARTERLY,
    CCHC_TIMEFRAME_KIND_AS_NEEDED,
    CCHC_TIMEFRAME_KIND_ON_DEMAND,
    CCHC_TIMEFRAME_KIND_TEXT,
  };
  g_autoptr(CchcTimeframe) no_year = cchc_timeframe_new_quarters (CCHC_QUARTER (1), 0);
  g_autoptr(CchcTimeframe) no_quarter = cchc_timeframe_new_quarters (0, 2022);
  g_autoptr(CchcTimeframe) year_zero = cchc_timeframe_new_year (0);
  g_autoptr(CchcTimeframe) year_huge = cchc_timeframe_new_year (70000);
  g_autoptr(CchcTimeframe) no_date = NULL;

  /* Even with a year set, a recurring kind has no deadline. */
  for (guint i = 0; i < G_N_ELEMENTS (recurring); i++)
    {
      g_autoptr(CchcTimeframe) tf = NULL;

      tf = cchc_timeframe_new_full (recurring[i], CCHC_QUARTER (1), 2022, NULL, "x");
      assert_no_due (tf);
    }

  assert_no_due (no_year);
  assert_no_due (no_quarter);
  assert_no_due (year_zero);
  assert_no_due (year_huge);

  no_date = cchc_timeframe_new_full (CCHC_TIMEFRAME_KIND_DATE, 0, 2022, NULL, NULL);
  assert_no_due (no_date);
  g_assert_null (cchc_timeframe_get_date (no_date));
}

static void
test_equal_copy (void)
{
  g_autoptr(CchcTimeframe) a = NULL;
  g_autoptr(CchcTimeframe) b = NULL;
  g_autoptr(CchcTimeframe) copy = NULL;
  g_autoptr(CchcTimeframe) other_quarters = NULL;
  g_autoptr(CchcTimeframe) other_year = NULL;
  g_autoptr(CchcTimeframe) other_detail = NULL;
  g_autoptr(CchcTimeframe) other_kind = NULL;
  g_autoptr(CchcTimeframe) date_a = NULL;
  g_autoptr(CchcTimeframe) date_b = NULL;
  g_autoptr(CchcTimeframe) date_none = NULL;
  GDate date;

  a = cchc_timeframe_new_full (CCHC_TIMEFRAME_KIND_QUARTERS, CCHC_QUARTER (1), 2022,
                               NULL, "và thường xuyên");
  b = cchc_timeframe_new_full (CCHC_TIMEFRAME_KIND_QUARTERS, CCHC_QUARTER (1), 2022,
                               NULL, "và thường xuyên");
  other_quarters = cchc_timeframe_new_full (CCHC_TIMEFRAME_KIND_QUARTERS, CCHC_QUARTER (2),
                                            2022, NULL, "và thường xuyên");
  other_year = cchc_timeframe_new_full (CCHC_TIMEFRAME_KIND_QUARTERS, CCHC_QUARTER (1), 2021,
                                        NULL, "và thường xuyên");
  other_detail = cchc_timeframe_new_quarters (CCHC_QUARTER (1), 2022);
  other_kind = cchc_timeframe_new_full (CCHC_TIMEFRAME_KIND_YEAR, CCHC_QUARTER (1), 2022,
                                        NULL, "và thường xuyên");

  g_assert_true (cchc_timeframe_equal (NULL, NULL));
  g_assert_false (cchc_timeframe_equal (a, NULL));
  g_assert_false (cchc_timeframe_equal (NULL, a));
  g_assert_true (cchc_timeframe_equal (a, a));
  g_assert_true (cchc_timeframe_equal (a, b));
  g_assert_false (cchc_timeframe_equal (a, other_quarters));
  g_assert_false (cchc_timeframe_equal (a, other_year));
  g_assert_false (cchc_timeframe_equal (a, other_detail));
  g_assert_false (cchc_timeframe_equal (a, other_kind));

  copy = cchc_timeframe_copy (a);
  g_assert_true (copy != a);
  g_assert_true (cchc_timeframe_equal (a, copy));
  g_assert_cmpint (cchc_timeframe_get_kind (copy), ==, CCHC_TIMEFRAME_KIND_QUARTERS);
  g_assert_cmpuint (cchc_timeframe_get_quarters (copy), ==, CCHC_QUARTER (1));
  g_assert_cmpint (cchc_timeframe_get_year (copy), ==, 2022);
  g_assert_cmpstr (cchc_timeframe_get_detail (copy), ==, "và thường xuyên");
  g_assert_true (cchc_timeframe_get_detail (copy) != cchc_timeframe_get_detail (a));

  /* The copy is independent of the original. */
  cchc_timeframe_set_detail (copy, "");
  g_assert_false (cchc_timeframe_equal (a, copy));
  g_assert_cmpstr (cchc_timeframe_get_detail (a), ==, "và thường xuyên");

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 30, G_DATE_MAY, 2022);
  date_a = cchc_timeframe_new_date (&date);
  date_b = cchc_timeframe_copy (date_a);
  g_assert_true (cchc_timeframe_equal (date_a, date_b));
  g_assert_nonnull (cchc_timeframe_get_date (date_b));
  g_assert_cmpint (g_date_compare (cchc_timeframe_get_date (date_b), &date), ==, 0);
  g_date_set_dmy (&date, 30, G_DATE_AUGUST, 2022);
  g_clear_pointer (&date_b, cchc_timeframe_free);
  date_b = cchc_timeframe_new_date (&date);
  g_assert_false (cchc_timeframe_equal (date_a, date_b));
  date_none = cchc_timeframe_new_full (CCHC_TIMEFRAME_KIND_DATE, 0, 0, NULL, NULL);
  g_assert_false (cchc_timeframe_equal (date_a, date_none));
  g_assert_false (cchc_timeframe_equal (date_none, date_a));
}

static void
test_shift_years (void)
{
  g_autoptr(CchcTimeframe) quarters = cchc_timeframe_new_quarters (CCHC_QUARTER (4), 2021);
  g_autoptr(CchcTimeframe) shifted = NULL;
  g_autoptr(CchcTimeframe) back = NULL;
  g_autoptr(CchcTimeframe) regular = cchc_timeframe_new (CCHC_TIMEFRAME_KIND_REGULAR);
  g_autoptr(CchcTimeframe) regular_shifted = NULL;
  g_autoptr(CchcTimeframe) date_tf = NULL;
  g_autoptr(CchcTimeframe) date_shifted = NULL;
  g_autoptr(CchcTimeframe) leap = NULL;
  g_autoptr(CchcTimeframe) leap_shifted = NULL;
  g_autoptr(CchcTimeframe) leap_back = NULL;
  g_autoptr(CchcTimeframe) leap_to_leap = NULL;
  const GDate *d;
  GDate date;

  shifted = cchc_timeframe_shift_years (quarters, 1);
  assert_text (shifted, "Quý IV/2022");
  g_assert_cmpint (cchc_timeframe_get_year (shifted), ==, 2022);
  g_assert_cmpuint (cchc_timeframe_get_quarters (shifted), ==, CCHC_QUARTER (4));
  /* The original stays as it was. */
  assert_text (quarters, "Quý IV/2021");
  back = cchc_timeframe_shift_years (shifted, -1);
  g_assert_true (cchc_timeframe_equal (back, quarters));

  /* No year to move: nothing changes. */
  regular_shifted = cchc_timeframe_shift_years (regular, 1);
  g_assert_true (cchc_timeframe_equal (regular, regular_shifted));
  g_assert_cmpint (cchc_timeframe_get_year (regular_shifted), ==, 0);

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 5, G_DATE_JANUARY, 2022);
  date_tf = cchc_timeframe_new_date (&date);
  date_shifted = cchc_timeframe_shift_years (date_tf, 2);
  assert_text (date_shifted, "05/01/2024");

  g_date_set_dmy (&date, 29, G_DATE_FEBRUARY, 2024);
  leap = cchc_timeframe_new_date (&date);
  leap_shifted = cchc_timeframe_shift_years (leap, 1);
  d = cchc_timeframe_get_date (leap_shifted);
  g_assert_nonnull (d);
  g_assert_cmpuint (g_date_get_day (d), ==, 28);
  g_assert_cmpuint (g_date_get_month (d), ==, 2);
  g_assert_cmpuint (g_date_get_year (d), ==, 2025);
  assert_text (leap_shifted, "28/02/2025");

  leap_back = cchc_timeframe_shift_years (leap, -1);
  assert_text (leap_back, "28/02/2023");

  leap_to_leap = cchc_timeframe_shift_years (leap, 4);
  assert_text (leap_to_leap, "29/02/2028");
}

static void
test_boxed_gvalue (void)
{
  g_autoptr(CchcTimeframe) tf = NULL;
  g_autoptr(CchcTimeframe) dup = NULL;
  g_auto(GValue) value = G_VALUE_INIT;

  g_assert_true (G_TYPE_IS_BOXED (CCHC_TYPE_TIMEFRAME));
  g_assert_cmpstr (g_type_name (CCHC_TYPE_TIMEFRAME), ==, "CchcTimeframe");

  tf = cchc_timeframe_new_full (CCHC_TIMEFRAME_KIND_ON_DEMAND, 0, 0, NULL,
                                "đề nghị của cơ quan, đơn vị liên quan");

  g_value_init (&value, CCHC_TYPE_TIMEFRAME);
  g_value_set_boxed (&value, tf);
  /* set_boxed copies: the value holds its own timeframe. */
  g_assert_true (g_value_get_boxed (&value) != tf);
  g_assert_true (cchc_timeframe_equal (g_value_get_boxed (&value), tf));

  dup = g_value_dup_boxed (&value);
  g_assert_nonnull (dup);
  g_assert_true (dup != g_value_get_boxed (&value));
  g_assert_true (cchc_timeframe_equal (dup, tf));
  assert_text (dup, "Khi có phát sinh đề nghị của cơ quan, đơn vị liên quan");

  g_value_set_boxed (&value, NULL);
  g_assert_null (g_value_get_boxed (&value));
}

static void
test_null_self (void)
{
  if (g_test_subprocess ())
    {
      g_assert_cmpint (cchc_timeframe_get_kind (NULL), ==, CCHC_TIMEFRAME_KIND_NONE);
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*CRITICAL*self != NULL*");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/timeframe/text/seed", test_text_seed);
  g_test_add_func ("/timeframe/text/shortcuts", test_text_shortcuts);
  g_test_add_func ("/timeframe/text/date", test_text_date);
  g_test_add_func ("/timeframe/text/quarter-mask", test_text_quarter_mask);
  g_test_add_func ("/timeframe/due/fixed", test_due_fixed);
  g_test_add_func ("/timeframe/due/none", test_due_none);
  g_test_add_func ("/timeframe/equal-copy", test_equal_copy);
  g_test_add_func ("/timeframe/shift-years", test_shift_years);
  g_test_add_func ("/timeframe/boxed/gvalue", test_boxed_gvalue);
  g_test_add_func ("/timeframe/null-self", test_null_self);

  return g_test_run ();
}
