/* cchc-types.h: forward declarations and enumerations of the domain
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef struct _CchcActivity     CchcActivity;
typedef struct _CchcArea         CchcArea;
typedef struct _CchcKpi          CchcKpi;
typedef struct _CchcPlan         CchcPlan;
typedef struct _CchcRecord       CchcRecord;
typedef struct _CchcReportPeriod CchcReportPeriod;
typedef struct _CchcStore        CchcStore;
typedef struct _CchcTask         CchcTask;
typedef struct _CchcTimeframe    CchcTimeframe;
typedef struct _CchcUnit         CchcUnit;

/**
 * CchcUnitKind:
 * @CCHC_UNIT_KIND_INTERNAL: an office or centre of the agency itself
 * @CCHC_UNIT_KIND_OUTSIDE: another body (Sở Nội vụ, Sở Tư pháp, …)
 * @CCHC_UNIT_KIND_GROUP: a named group ("Các đơn vị có liên quan")
 */
typedef enum
{
  CCHC_UNIT_KIND_INTERNAL,
  CCHC_UNIT_KIND_OUTSIDE,
  CCHC_UNIT_KIND_GROUP,
} CchcUnitKind;

/**
 * CchcComparator:
 * How a KPI's actual value is compared with its target. %CCHC_COMPARATOR_NONE
 * marks a qualitative KPI without a numeric target.
 */
typedef enum
{
  CCHC_COMPARATOR_NONE,
  CCHC_COMPARATOR_GE,
  CCHC_COMPARATOR_GT,
  CCHC_COMPARATOR_EQ,
  CCHC_COMPARATOR_LE,
  CCHC_COMPARATOR_LT,
} CchcComparator;

typedef enum
{
  CCHC_ACTIVITY_KIND_BANNER,
  CCHC_ACTIVITY_KIND_PANEL,
  CCHC_ACTIVITY_KIND_PERFORMANCE,
  CCHC_ACTIVITY_KIND_LOUDSPEAKER,
  CCHC_ACTIVITY_KIND_BOOK_DISPLAY,
  CCHC_ACTIVITY_KIND_BOOK_INTRODUCTION,
  CCHC_ACTIVITY_KIND_BOOK_EXHIBITION,
  CCHC_ACTIVITY_KIND_QUIZ,
  CCHC_ACTIVITY_KIND_OTHER,
} CchcActivityKind;

typedef enum
{
  CCHC_PERIOD_KIND_QUARTER_1,
  CCHC_PERIOD_KIND_HALF_YEAR,
  CCHC_PERIOD_KIND_QUARTER_3,
  CCHC_PERIOD_KIND_YEAR,
  CCHC_PERIOD_KIND_QUARTER_2,
  CCHC_PERIOD_KIND_QUARTER_4,
  CCHC_PERIOD_KIND_NINE_MONTHS,
} CchcPeriodKind;

/**
 * CchcTimeframeKind:
 * @CCHC_TIMEFRAME_KIND_NONE: not given
 * @CCHC_TIMEFRAME_KIND_QUARTERS: one or more quarters of a year ("Quý I, II/2022")
 * @CCHC_TIMEFRAME_KIND_YEAR: a whole year ("Năm 2022")
 * @CCHC_TIMEFRAME_KIND_DATE: a date ("15/03/2022")
 * @CCHC_TIMEFRAME_KIND_REGULAR: "Thường xuyên"
 * @CCHC_TIMEFRAME_KIND_QUARTERLY: "Theo từng quý"
 * @CCHC_TIMEFRAME_KIND_AS_NEEDED: "Theo tình hình thực tế"
 * @CCHC_TIMEFRAME_KIND_ON_DEMAND: "Khi có phát sinh"
 * @CCHC_TIMEFRAME_KIND_TEXT: free text, when nothing else fits
 */
typedef enum
{
  CCHC_TIMEFRAME_KIND_NONE,
  CCHC_TIMEFRAME_KIND_QUARTERS,
  CCHC_TIMEFRAME_KIND_YEAR,
  CCHC_TIMEFRAME_KIND_DATE,
  CCHC_TIMEFRAME_KIND_REGULAR,
  CCHC_TIMEFRAME_KIND_QUARTERLY,
  CCHC_TIMEFRAME_KIND_AS_NEEDED,
  CCHC_TIMEFRAME_KIND_ON_DEMAND,
  CCHC_TIMEFRAME_KIND_TEXT,
} CchcTimeframeKind;

G_END_DECLS
