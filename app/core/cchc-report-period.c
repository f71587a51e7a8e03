/* cchc-report-period.c: a periodic report the plan asks for ("kỳ báo cáo")
 *
 * The plan names the reports the agency sends during the year (quarter I,
 * six months, quarter III, the year) and the date each is due.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cchc-report-period"

#include "config.h"

#include "cchc-model-private.h"
#include <glib/gi18n-lib.h>

#include "cchc-enums.h"
#include "cchc-report-period.h"

struct _CchcReportPeriod
{
  CchcRecord      parent_instance;

  CchcPeriodKind  kind;
  GDate          *due_date;
};

G_DEFINE_FINAL_TYPE (CchcReportPeriod, cchc_report_period, CCHC_TYPE_RECORD)

enum {
  PROP_0,
  PROP_KIND,
  PROP_DUE_DATE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];


static void
cchc_report_period_finalize (GObject *object)
{
  CchcReportPeriod *self = (CchcReportPeriod *)object;

  g_clear_pointer (&self->due_date, g_date_free);

  G_OBJECT_CLASS (cchc_report_period_parent_class)->finalize (object);
}

static void
cchc_report_period_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  CchcReportPeriod *self = CCHC_REPORT_PERIOD (object);

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;

    case PROP_DUE_DATE:
      g_value_set_boxed (value, self->due_date);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cchc_report_period_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  CchcReportPeriod *self = CCHC_REPORT_PERIOD (object);

  switch (prop_id)
    {
    case PROP_KIND:
      cchc_report_period_set_kind (self, g_value_get_enum (value));
      break;

    case PROP_DUE_DATE:
      cchc_report_period_set_due_date (self, g_value_get_boxed (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cchc_report_period_class_init (CchcReportPeriodClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cchc_report_period_finalize;
  object_class->get_property = cchc_report_period_get_property;
  object_class->set_property = cchc_report_period_set_property;

  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                       CCHC_TYPE_PERIOD_KIND,
                       CCHC_PERIOD_KIND_QUARTER_1,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_DUE_DATE] =
    g_param_spec_boxed ("due-date", NULL, NULL,
                        G_TYPE_DATE,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cchc_report_period_init (CchcReportPeriod *self)
{
}

/**
 * cchc_period_kind_get_label:
 * @kind: a kind of report period
 *
 * Returns: the translated name of @kind, for the interface
 */
const char *
cchc_period_kind_get_label (CchcPeriodKind kind)
{
  switch (kind)
    {
    case CCHC_PERIOD_KIND_QUARTER_1:
      /* Translators: the report on the first quarter of the year */
      return _("Quarter I");

    case CCHC_PERIOD_KIND_HALF_YEAR:
      /* Translators: the report on the first six months of the year */
      return _("Six months");

    case CCHC_PERIOD_KIND_QUARTER_3:
      /* Translators: the report on the third quarter of the year */
      return _("Quarter III");

    case CCHC_PERIOD_KIND_YEAR:
      /* Translators: the report on the whole year */
      return _("Year");

    case CCHC_PERIOD_KIND_QUARTER_2:
      /* Translators: the report on the second quarter of the year */
      return _("Quarter II");

    case CCHC_PERIOD_KIND_QUARTER_4:
      /* Translators: the report on the fourth quarter of the year */
      return _("Quarter IV");

    case CCHC_PERIOD_KIND_NINE_MONTHS:
      /* Translators: the report on the first nine months of the year */
      return _("Nine months");

    default:
      g_return_val_if_reached ("");
    }
}

/**
 * cchc_period_kind_get_document_label:
 * @kind: a kind of report period
 *
 * Printed documents are always in Vietnamese, whatever the language of
 * the interface.
 *
 * Returns: the Vietnamese name of @kind as written in documents ("quý I")
 */
const char *
cchc_period_kind_get_document_label (CchcPeriodKind kind)
{
  switch (kind)
    {
    case CCHC_PERIOD_KIND_QUARTER_1:
      return "quý I";

    case CCHC_PERIOD_KIND_HALF_YEAR:
      return "6 tháng";

    case CCHC_PERIOD_KIND_QUARTER_3:
      return "quý III";

    case CCHC_PERIOD_KIND_YEAR:
      return "năm";

    case CCHC_PERIOD_KIND_QUARTER_2:
      return "quý II";

    case CCHC_PERIOD_KIND_QUARTER_4:
      return "quý IV";

    case CCHC_PERIOD_KIND_NINE_MONTHS:
      return "9 tháng";

    default:
      g_return_val_if_reached ("");
    }
}

/**
 * cchc_report_period_new:
 *
 * Returns: (transfer full): a new report period, not yet stored
 */
CchcReportPeriod *
cchc_report_period_new (void)
{
  return g_object_new (CCHC_TYPE_REPORT_PERIOD, NULL);
}

/**
 * cchc_report_period_get_kind:
 *
 * Returns: the period the report covers
 */
CchcPeriodKind
cchc_report_period_get_kind (CchcReportPeriod *self)
{
  g_return_val_if_fail (CCHC_IS_REPORT_PERIOD (self), CCHC_PERIOD_KIND_QUARTER_1);

  return self->kind;
}

/**
 * cchc_report_period_set_kind:
 * @kind: the period the report covers
 *
 * Sets the period the report covers.
 */
void
cchc_report_period_set_kind (CchcReportPeriod *self,
                             CchcPeriodKind    kind)
{
  g_return_if_fail (CCHC_IS_REPORT_PERIOD (self));

  if (self->kind == kind)
    return;

  self->kind = kind;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
}

/**
 * cchc_report_period_get_due_date:
 *
 * Returns: (transfer none) (nullable): the date the report is due, or
 *   %NULL when not given
 */
const GDate *
cchc_report_period_get_due_date (CchcReportPeriod *self)
{
  g_return_val_if_fail (CCHC_IS_REPORT_PERIOD (self), NULL);

  return self->due_date;
}

/**
 * cchc_report_period_set_due_date:
 * @due_date: (nullable): the due date; %NULL or an invalid date means none
 *
 * Sets the date the report is due. The date is copied.
 */
void
cchc_report_period_set_due_date (CchcReportPeriod *self,
                                 const GDate      *due_date)
{
  g_return_if_fail (CCHC_IS_REPORT_PERIOD (self));

  /* A cleared GDate says "no date" just as well as NULL does. */
  if (due_date != NULL && !g_date_valid (due_date))
    due_date = NULL;

  if (_cchc_date_equal (self->due_date, due_date))
    return;

  g_clear_pointer (&self->due_date, g_date_free);
  if (due_date != NULL)
    self->due_date = g_boxed_copy (G_TYPE_DATE, due_date);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DUE_DATE]);
}
