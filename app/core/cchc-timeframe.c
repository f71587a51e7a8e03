/* cchc-timeframe.c: when a task is to be done ("thời gian thực hiện")
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cchc-timeframe"

#include "config.h"

#include "cchc-timeframe.h"

struct _CchcTimeframe
{
  CchcTimeframeKind  kind;
  guint              quarters;
  int                year;
  GDate              date;
  char              *detail;
};

G_DEFINE_BOXED_TYPE (CchcTimeframe, cchc_timeframe, cchc_timeframe_copy, cchc_timeframe_free)

/* Document text, printed as in the plan: deliberately not translated. */
static const char * const roman_quarters[] = { "I", "II", "III", "IV" };

/* Last day of each quarter, as (month, day). */
static const guint8 quarter_ends[][2] = { { 3, 31 }, { 6, 30 }, { 9, 30 }, { 12, 31 } };

static void
append_quarters (GString *str,
                 guint    quarters,
                 int      year)
{
  gboolean first = TRUE;

  g_string_append (str, "Quý ");

  for (guint i = 0; i < G_N_ELEMENTS (roman_quarters); i++)
    {
      if ((quarters & CCHC_QUARTER (i + 1)) == 0)
        continue;

      if (!first)
        g_string_append (str, ", ");
      g_string_append (str, roman_quarters[i]);
      first = FALSE;
    }

  if (year > 0)
    g_string_append_printf (str, "/%d", year);
}

/* The text of the kind alone, without the detail. */
static void
append_kind_text (GString             *str,
                  const CchcTimeframe *self)
{
  switch (self->kind)
    {
    case CCHC_TIMEFRAME_KIND_QUARTERS:
      if (self->quarters != 0)
        append_quarters (str, self->quarters, self->year);
      break;

    case CCHC_TIMEFRAME_KIND_YEAR:
      if (self->year > 0)
        g_string_append_printf (str, "Năm %d", self->year);
      break;

    case CCHC_TIMEFRAME_KIND_DATE:
      if (g_date_valid (&self->date))
        g_string_append_printf (str, "%02u/%02u/%04u",
                                (guint)g_date_get_day (&self->date),
                                (guint)g_date_get_month (&self->date),
                                (guint)g_date_get_year (&self->date));
      break;

    case CCHC_TIMEFRAME_KIND_REGULAR:
      g_string_append (str, "Thường xuyên");
      break;

    case CCHC_TIMEFRAME_KIND_QUARTERLY:
      g_string_append (str, "Theo từng quý");
      break;

    case CCHC_TIMEFRAME_KIND_AS_NEEDED:
      g_string_append (str, "Theo tình hình thực tế");
      break;

    case CCHC_TIMEFRAME_KIND_ON_DEMAND:
      g_string_append (str, "Khi có phát sinh");
      break;

    case CCHC_TIMEFRAME_KIND_NONE:
    case CCHC_TIMEFRAME_KIND_TEXT:
    default:
      /* The detail is the whole text. */
      break;
    }
}

/* g_date_valid_year() takes a guint16: an int would be truncated first. */
static gboolean
valid_year (int year)
{
  return year >= 1 && year <= G_MAXUINT16;
}

static gboolean
dates_equal (const GDate *a,
             const GDate *b)
{
  gboolean a_valid = g_date_valid (a);
  gboolean b_valid = g_date_valid (b);

  if (a_valid != b_valid)
    return FALSE;

  return !a_valid || g_date_compare (a, b) == 0;
}

/**
 * cchc_timeframe_new_full:
 * @kind: the kind of timeframe
 * @quarters: a mask of CCHC_QUARTER() bits, for %CCHC_TIMEFRAME_KIND_QUARTERS
 * @year: the year of the quarters or of %CCHC_TIMEFRAME_KIND_YEAR, or 0
 * @date: (nullable): the date of %CCHC_TIMEFRAME_KIND_DATE
 * @detail: (nullable): text printed after the kind's own text
 *
 * The general constructor, as used when a timeframe is read back from the
 * database. Bits of @quarters above quarter IV are dropped; an invalid @date
 * counts as no date.
 *
 * Returns: (transfer full): a new timeframe
 */
CchcTimeframe *
cchc_timeframe_new_full (CchcTimeframeKind  kind,
                         guint              quarters,
                         int                year,
                         const GDate       *date,
                         const char        *detail)
{
  CchcTimeframe *self = g_new0 (CchcTimeframe, 1);

  self->kind = kind;
  self->quarters = quarters & CCHC_QUARTERS_ALL;
  self->year = year;
  g_date_clear (&self->date, 1);
  if (date != NULL && g_date_valid (date))
    self->date = *date;
  self->detail = g_strdup (detail != NULL ? detail : "");

  return self;
}

/**
 * cchc_timeframe_new:
 * @kind: the kind of timeframe
 *
 * Shortcut for the kinds that need nothing else, such as
 * %CCHC_TIMEFRAME_KIND_REGULAR.
 *
 * Returns: (transfer full): a new timeframe
 */
CchcTimeframe *
cchc_timeframe_new (CchcTimeframeKind kind)
{
  return cchc_timeframe_new_full (kind, 0, 0, NULL, NULL);
}

/**
 * cchc_timeframe_new_quarters:
 * @quarters: a mask of CCHC_QUARTER() bits
 * @year: the year of the quarters
 *
 * Returns: (transfer full): a new timeframe such as "Quý I, II/2022"
 */
CchcTimeframe *
cchc_timeframe_new_quarters (guint quarters,
                             int   year)
{
  return cchc_timeframe_new_full (CCHC_TIMEFRAME_KIND_QUARTERS, quarters, year, NULL, NULL);
}

/**
 * cchc_timeframe_new_year:
 * @year: the year
 *
 * Returns: (transfer full): a new timeframe such as "Năm 2022"
 */
CchcTimeframe *
cchc_timeframe_new_year (int year)
{
  return cchc_timeframe_new_full (CCHC_TIMEFRAME_KIND_YEAR, 0, year, NULL, NULL);
}

/**
 * cchc_timeframe_new_date:
 * @date: the date
 *
 * Returns: (transfer full): a new timeframe such as "15/03/2022"
 */
CchcTimeframe *
cchc_timeframe_new_date (const GDate *date)
{
  g_return_val_if_fail (date != NULL, NULL);

  return cchc_timeframe_new_full (CCHC_TIMEFRAME_KIND_DATE, 0, 0, date, NULL);
}

/**
 * cchc_timeframe_new_text:
 * @text: (nullable): the whole text of the timeframe
 *
 * For the timeframes that no other kind expresses.
 *
 * Returns: (transfer full): a new timeframe of kind %CCHC_TIMEFRAME_KIND_TEXT
 */
CchcTimeframe *
cchc_timeframe_new_text (const char *text)
{
  return cchc_timeframe_new_full (CCHC_TIMEFRAME_KIND_TEXT, 0, 0, NULL, text);
}

/**
 * cchc_timeframe_copy:
 * @self: a timeframe
 *
 * Returns: (transfer full): a copy of @self
 */
CchcTimeframe *
cchc_timeframe_copy (const CchcTimeframe *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return cchc_timeframe_new_full (self->kind, self->quarters, self->year,
                                  &self->date, self->detail);
}

/**
 * cchc_timeframe_free:
 * @self: (nullable): a timeframe
 */
void
cchc_timeframe_free (CchcTimeframe *self)
{
  if (self == NULL)
    return;

  g_free (self->detail);
  g_free (self);
}

/**
 * cchc_timeframe_equal:
 * @a: (nullable): a timeframe
 * @b: (nullable): another timeframe
 *
 * Two %NULL timeframes are equal; %NULL never equals a timeframe.
 *
 * Returns: %TRUE if @a and @b have the same fields
 */
gboolean
cchc_timeframe_equal (const CchcTimeframe *a,
                      const CchcTimeframe *b)
{
  if (a == b)
    return TRUE;

  if (a == NULL || b == NULL)
    return FALSE;

  return a->kind == b->kind &&
         a->quarters == b->quarters &&
         a->year == b->year &&
         dates_equal (&a->date, &b->date) &&
         g_strcmp0 (a->detail, b->detail) == 0;
}

/**
 * cchc_timeframe_get_kind:
 * @self: a timeframe
 *
 * Returns: the kind of @self
 */
CchcTimeframeKind
cchc_timeframe_get_kind (const CchcTimeframe *self)
{
  g_return_val_if_fail (self != NULL, CCHC_TIMEFRAME_KIND_NONE);

  return self->kind;
}

/**
 * cchc_timeframe_get_quarters:
 * @self: a timeframe
 *
 * Returns: the mask of CCHC_QUARTER() bits
 */
guint
cchc_timeframe_get_quarters (const CchcTimeframe *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->quarters;
}

/**
 * cchc_timeframe_get_year:
 * @self: a timeframe
 *
 * Returns: the year of the quarters or of the whole-year kind, or 0
 */
int
cchc_timeframe_get_year (const CchcTimeframe *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->year;
}

/**
 * cchc_timeframe_get_date:
 * @self: a timeframe
 *
 * Returns: (transfer none) (nullable): the date, or %NULL when there is none
 */
const GDate *
cchc_timeframe_get_date (const CchcTimeframe *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  if (!g_date_valid (&self->date))
    return NULL;

  return &self->date;
}

/**
 * cchc_timeframe_get_detail:
 * @self: a timeframe
 *
 * Returns: (transfer none): the detail, never %NULL (empty when none)
 */
const char *
cchc_timeframe_get_detail (const CchcTimeframe *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->detail;
}

/**
 * cchc_timeframe_set_detail:
 * @self: a timeframe
 * @detail: (nullable): the new detail; %NULL clears it
 */
void
cchc_timeframe_set_detail (CchcTimeframe *self,
                           const char    *detail)
{
  char *old;

  g_return_if_fail (self != NULL);

  /* Duplicate before freeing: @detail may be self->detail itself. */
  old = self->detail;
  self->detail = g_strdup (detail != NULL ? detail : "");
  g_free (old);
}

/**
 * cchc_timeframe_to_string:
 * @self: a timeframe
 *
 * The Vietnamese text as printed in the plan ("Quý I, II/2022", "Khi có phát
 * sinh đề nghị của …"): the kind's text, then a space and the detail when
 * there is one. It is document text, so it is not translated.
 *
 * Returns: (transfer full): the text, possibly empty
 */
char *
cchc_timeframe_to_string (const CchcTimeframe *self)
{
  GString *str;

  g_return_val_if_fail (self != NULL, NULL);

  str = g_string_new (NULL);
  append_kind_text (str, self);

  if (self->detail[0] != '\0')
    {
      if (str->len > 0)
        g_string_append_c (str, ' ');
      g_string_append (str, self->detail);
    }

  return g_string_free (str, FALSE);
}

/**
 * cchc_timeframe_get_due_date:
 * @self: a timeframe
 * @due_date: (out caller-allocates): where to store the due date
 *
 * The deadline of a timeframe: the last day of its latest quarter, the last
 * day of its year, or its date. Recurring, on-demand and free-text
 * timeframes have none; @due_date is then cleared.
 *
 * Returns: %TRUE if @self has a due date
 */
gboolean
cchc_timeframe_get_due_date (const CchcTimeframe *self,
                             GDate               *due_date)
{
  int last = -1;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (due_date != NULL, FALSE);

  g_date_clear (due_date, 1);

  switch (self->kind)
    {
    case CCHC_TIMEFRAME_KIND_QUARTERS:
      if (!valid_year (self->year))
        return FALSE;
      for (int i = 0; i < (int)G_N_ELEMENTS (quarter_ends); i++)
        if (self->quarters & CCHC_QUARTER (i + 1))
          last = i;
      if (last < 0)
        return FALSE;
      g_date_set_dmy (due_date, quarter_ends[last][1], quarter_ends[last][0], self->year);
      return TRUE;

    case CCHC_TIMEFRAME_KIND_YEAR:
      if (!valid_year (self->year))
        return FALSE;
      g_date_set_dmy (due_date, 31, G_DATE_DECEMBER, self->year);
      return TRUE;

    case CCHC_TIMEFRAME_KIND_DATE:
      if (!g_date_valid (&self->date))
        return FALSE;
      *due_date = self->date;
      return TRUE;

    default:
      return FALSE;
    }
}

/**
 * cchc_timeframe_shift_years:
 * @self: a timeframe
 * @years: how many years to move, possibly negative
 *
 * Used when a plan is copied to another year: "Quý IV/2021" in a 2022 plan
 * becomes "Quý IV/2022" in the 2023 copy. A year of 0 (none) stays 0; 29
 * February becomes 28 February in a common year. A date moved outside the
 * years GDate can hold is dropped.
 *
 * Returns: (transfer full): the moved copy of @self
 */
CchcTimeframe *
cchc_timeframe_shift_years (const CchcTimeframe *self,
                            int                  years)
{
  CchcTimeframe *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = cchc_timeframe_copy (self);

  if (copy->year != 0)
    copy->year += years;

  if (g_date_valid (&copy->date))
    {
      int new_year = (int)g_date_get_year (&copy->date) + years;

      /* g_date_add_years() turns 29/02 into 28/02 in a common year. */
      if (!valid_year (new_year))
        g_date_clear (&copy->date, 1);
      else if (years > 0)
        g_date_add_years (&copy->date, years);
      else if (years < 0)
        g_date_subtract_years (&copy->date, -years);
    }

  return copy;
}
