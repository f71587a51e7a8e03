/* cchc-plan.c: an agency's administrative reform plan for a year ("kế hoạch")
 *
 * The plan holds what is printed around its tables: the heading (number,
 * place and date, title, agency), the documents it rests on ("căn cứ"), its
 * objectives, the responsibilities of each unit, the recipients and the
 * signer. Areas, tasks, KPIs, activities and report periods are rows of
 * their own that the store attaches to the plan.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cchc-plan"

#include "config.h"

#include "cchc-model-private.h"
#include <string.h>

#include "cchc-plan.h"

#define MIN_YEAR 1900
#define MAX_YEAR 9999
#define FALLBACK_YEAR 2000

struct _CchcPlan
{
  CchcRecord   parent_instance;

  int          year;
  char        *number;
  char        *place;
  GDate       *date;
  char        *title;
  char        *agency;
  char        *parent_agency;
  char        *signer_title;
  char        *signer_name;
  char       **bases;
  char       **objectives;
  char       **directives;
  char       **propaganda;
  char       **responsibilities;
  char       **recipients;
};

G_DEFINE_FINAL_TYPE (CchcPlan, cchc_plan, CCHC_TYPE_RECORD)

enum {
  PROP_0,
  PROP_YEAR,
  PROP_NUMBER,
  PROP_PLACE,
  PROP_DATE,
  PROP_TITLE,
  PROP_AGENCY,
  PROP_PARENT_AGENCY,
  PROP_SIGNER_TITLE,
  PROP_SIGNER_NAME,
  PROP_BASES,
  PROP_OBJECTIVES,
  PROP_DIRECTIVES,
  PROP_PROPAGANDA,
  PROP_RESPONSIBILITIES,
  PROP_RECIPIENTS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
strv_equal (const char * const *a,
            const char * const *b)
{
  gsize i;

  for (i = 0; a[i] != NULL && b[i] != NULL; i++)
    {
      if (strcmp (a[i], b[i]) != 0)
        return FALSE;
    }

  return a[i] == NULL && b[i] == NULL;
}


static void
set_string (CchcPlan  *self,
            char      **field,
            const char *value,
            guint       prop_id)
{
  if (_cchc_set_string (field, value))
    g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

/* Lists are never NULL either: NULL is stored as an empty vector. */
static void
set_strv (CchcPlan            *self,
          char              ***field,
          const char * const  *value,
          guint                prop_id)
{
  static const char * const empty[] = { NULL };
  char **copy;

  if (value == NULL)
    value = empty;

  if (strv_equal ((const char * const *)*field, value))
    return;

  copy = g_strdupv ((char **)value);
  g_strfreev (*field);
  *field = copy;
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

static void
cchc_plan_finalize (GObject *object)
{
  CchcPlan *self = (CchcPlan *)object;

  g_clear_pointer (&self->number, g_free);
  g_clear_pointer (&self->place, g_free);
  g_clear_pointer (&self->date, g_date_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->agency, g_free);
  g_clear_pointer (&self->parent_agency, g_free);
  g_clear_pointer (&self->signer_title, g_free);
  g_clear_pointer (&self->signer_name, g_free);
  g_clear_pointer (&self->bases, g_strfreev);
  g_clear_pointer (&self->objectives, g_strfreev);
  g_clear_pointer (&self->directives, g_strfreev);
  g_clear_pointer (&self->propaganda, g_strfreev);
  g_clear_pointer (&self->responsibilities, g_strfreev);
  g_clear_pointer (&self->recipients, g_strfreev);

  G_OBJECT_CLASS (cchc_plan_parent_class)->finalize (object);
}

static void
cchc_plan_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  CchcPlan *self = CCHC_PLAN (object);

  switch (prop_id)
    {
    case PROP_YEAR:
      g_value_set_int (value, self->year);
      break;

    case PROP_NUMBER:
      g_value_set_string (value, self->number);
      break;

    case PROP_PLACE:
      g_value_set_string (value, self->place);
      break;

    case PROP_DATE:
      g_value_set_boxed (value, self->date);
      break;

    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_AGENCY:
      g_value_set_string (value, self->agency);
      break;

    case PROP_PARENT_AGENCY:
      g_value_set_string (value, self->parent_agency);
      break;

    case PROP_SIGNER_TITLE:
      g_value_set_string (value, self->signer_title);
      break;

    case PROP_SIGNER_NAME:
      g_value_set_string (value, self->signer_name);
      break;

    case PROP_BASES:
      g_value_set_boxed (value, self->bases);
      break;

    case PROP_OBJECTIVES:
      g_value_set_boxed (value, self->objectives);
      break;

    case PROP_DIRECTIVES:
      g_value_set_boxed (value, self->directives);
      break;

    case PROP_PROPAGANDA:
      g_value_set_boxed (value, self->propaganda);
      break;

    case PROP_RESPONSIBILITIES:
      g_value_set_boxed (value, self->responsibilities);
      break;

    case PROP_RECIPIENTS:
      g_value_set_boxed (value, self->recipients);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cchc_plan_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  CchcPlan *self = CCHC_PLAN (object);

  switch (prop_id)
    {
    case PROP_YEAR:
      cchc_plan_set_year (self, g_value_get_int (value));
      break;

    case PROP_NUMBER:
      cchc_plan_set_number (self, g_value_get_string (value));
      break;

    case PROP_PLACE:
      cchc_plan_set_place (self, g_value_get_string (value));
      break;

    case PROP_DATE:
      cchc_plan_set_date (self, g_value_get_boxed (value));
      break;

    case PROP_TITLE:
      cchc_plan_set_title (self, g_value_get_string (value));
      break;

    case PROP_AGENCY:
      cchc_plan_set_agency (self, g_value_get_string (value));
      break;

    case PROP_PARENT_AGENCY:
      cchc_plan_set_parent_agency (self, g_value_get_string (value));
      break;

    case PROP_SIGNER_TITLE:
      cchc_plan_set_signer_title (self, g_value_get_string (value));
      break;

    case PROP_SIGNER_NAME:
      cchc_plan_set_signer_name (self, g_value_get_string (value));
      break;

    case PROP_BASES:
      cchc_plan_set_bases (self, g_value_get_boxed (value));
      break;

    case PROP_OBJECTIVES:
      cchc_plan_set_objectives (self, g_value_get_boxed (value));
      break;

    case PROP_DIRECTIVES:
      cchc_plan_set_directives (self, g_value_get_boxed (value));
      break;

    case PROP_PROPAGANDA:
      cchc_plan_set_propaganda (self, g_value_get_boxed (value));
      break;

    case PROP_RESPONSIBILITIES:
      cchc_plan_set_responsibilities (self, g_value_get_boxed (value));
      break;

    case PROP_RECIPIENTS:
      cchc_plan_set_recipients (self, g_value_get_boxed (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static GParamSpec *
string_param (const char *name)
{
  return g_param_spec_string (name, NULL, NULL,
                              "",
                              (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                               G_PARAM_STATIC_STRINGS));
}

static GParamSpec *
strv_param (const char *name)
{
  return g_param_spec_boxed (name, NULL, NULL,
                             G_TYPE_STRV,
                             (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                              G_PARAM_STATIC_STRINGS));
}

static void
cchc_plan_class_init (CchcPlanClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cchc_plan_finalize;
  object_class->get_property = cchc_plan_get_property;
  object_class->set_property = cchc_plan_set_property;

  /* The instance starts at the current year; the pspec default is only
   * what introspection shows. */
  properties[PROP_YEAR] =
    g_param_spec_int ("year", NULL, NULL,
                      MIN_YEAR, MAX_YEAR, FALLBACK_YEAR,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_NUMBER] = string_param ("number");
  properties[PROP_PLACE] = string_param ("place");

  properties[PROP_DATE] =
    g_param_spec_boxed ("date", NULL, NULL,
                        G_TYPE_DATE,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_TITLE] = string_param ("title");
  properties[PROP_AGENCY] = string_param ("agency");
  properties[PROP_PARENT_AGENCY] = string_param ("parent-agency");
  properties[PROP_SIGNER_TITLE] = string_param ("signer-title");
  properties[PROP_SIGNER_NAME] = string_param ("signer-name");
  properties[PROP_BASES] = strv_param ("bases");
  properties[PROP_OBJECTIVES] = strv_param ("objectives");
  properties[PROP_DIRECTIVES] = strv_param ("directives");
  properties[PROP_PROPAGANDA] = strv_param ("propaganda");
  properties[PROP_RESPONSIBILITIES] = strv_param ("responsibilities");
  properties[PROP_RECIPIENTS] = strv_param ("recipients");

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cchc_plan_init (CchcPlan *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  self->year = now != NULL ? g_date_time_get_year (now) : FALLBACK_YEAR;
  self->year = CLAMP (self->year, MIN_YEAR, MAX_YEAR);

  self->number = g_strdup ("");
  self->place = g_strdup ("");
  self->title = g_strdup ("");
  self->agency = g_strdup ("");
  self->parent_agency = g_strdup ("");
  self->signer_title = g_strdup ("");
  self->signer_name = g_strdup ("");
  self->bases = g_new0 (char *, 1);
  self->objectives = g_new0 (char *, 1);
  self->directives = g_new0 (char *, 1);
  self->propaganda = g_new0 (char *, 1);
  self->responsibilities = g_new0 (char *, 1);
  self->recipients = g_new0 (char *, 1);
}

/**
 * cchc_plan_new:
 *
 * Returns: (transfer full): a new plan for the current year, not yet stored
 */
CchcPlan *
cchc_plan_new (void)
{
  return g_object_new (CCHC_TYPE_PLAN, NULL);
}

/**
 * cchc_plan_get_year:
 *
 * Returns: the year the plan is for
 */
int
cchc_plan_get_year (CchcPlan *self)
{
  g_return_val_if_fail (CCHC_IS_PLAN (self), 0);

  return self->year;
}

/**
 * cchc_plan_set_year:
 * @year: a year between 1900 and 9999
 *
 * Sets the year the plan is for.
 */
void
cchc_plan_set_year (CchcPlan *self,
                    int       year)
{
  g_return_if_fail (CCHC_IS_PLAN (self));
  g_return_if_fail (year >= MIN_YEAR && year <= MAX_YEAR);

  if (self->year == year)
    return;

  self->year = year;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_YEAR]);
}

/**
 * cchc_plan_get_number:
 *
 * Returns: the document number ("05/KH-SVHTTDL"), possibly empty
 */
const char *
cchc_plan_get_number (CchcPlan *self)
{
  g_return_val_if_fail (CCHC_IS_PLAN (self), NULL);

  return self->number;
}

/**
 * cchc_plan_set_number:
 * @number: (nullable): the document number; %NULL means empty
 *
 * Sets the document number.
 */
void
cchc_plan_set_number (CchcPlan   *self,
                      const char *number)
{
  g_return_if_fail (CCHC_IS_PLAN (self));

  set_string (self, &self->number, number, PROP_NUMBER);
}

/**
 * cchc_plan_get_place:
 *
 * Returns: the place written before the date ("Lâm Đồng"), possibly empty
 */
const char *
cchc_plan_get_place (CchcPlan *self)
{
  g_return_val_if_fail (CCHC_IS_PLAN (self), NULL);

  return self->place;
}

/**
 * cchc_plan_set_place:
 * @place: (nullable): the place; %NULL means empty
 *
 * Sets the place written before the date.
 */
void
cchc_plan_set_place (CchcPlan   *self,
                     const char *place)
{
  g_return_if_fail (CCHC_IS_PLAN (self));

  set_string (self, &self->place, place, PROP_PLACE);
}

/**
 * cchc_plan_get_date:
 *
 * Returns: (transfer none) (nullable): the date the plan was issued, or
 *   %NULL when it has none
 */
const GDate *
cchc_plan_get_date (CchcPlan *self)
{
  g_return_val_if_fail (CCHC_IS_PLAN (self), NULL);

  return self->date;
}

/**
 * cchc_plan_set_date:
 * @date: (nullable): the date of issue; %NULL or an invalid date means none
 *
 * Sets the date the plan was issued. The date is copied.
 */
void
cchc_plan_set_date (CchcPlan    *self,
                    const GDate *date)
{
  g_return_if_fail (CCHC_IS_PLAN (self));

  /* A cleared GDate says "no date" just as well as NULL does. */
  if (date != NULL && !g_date_valid (date))
    date = NULL;

  if (_cchc_date_equal (self->date, date))
    return;

  g_clear_pointer (&self->date, g_date_free);
  if (date != NULL)
    self->date = g_boxed_copy (G_TYPE_DATE, date);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATE]);
}

/**
 * cchc_plan_get_title:
 *
 * Returns: the title of the plan, possibly empty
 */
const char *
cchc_plan_get_title (CchcPlan *self)
{
  g_return_val_if_fail (CCHC_IS_PLAN (self), NULL);

  return self->title;
}

/**
 * cchc_plan_dup_title_for_year:
 * @year: the year of a copy of the plan
 *
 * Returns: (transfer full): the title of the plan with its year, wherever
 *   it is written, made @year: the title of a copy for @year
 */
char *
cchc_plan_dup_title_for_year (CchcPlan *self,
                              int       year)
{
  g_autofree char *old_year = NULL;
  g_autofree char *new_year = NULL;
  g_auto(GStrv) parts = NULL;

  g_return_val_if_fail (CCHC_IS_PLAN (self), NULL);

  old_year = g_strdup_printf ("%d", self->year);
  new_year = g_strdup_printf ("%d", year);
  parts = g_strsplit (self->title, old_year, -1);
  return g_strjoinv (new_year, parts);
}

/**
 * cchc_plan_set_title:
 * @title: (nullable): the title; %NULL means empty
 *
 * Sets the title of the plan.
 */
void
cchc_plan_set_title (CchcPlan   *self,
                     const char *title)
{
  g_return_if_fail (CCHC_IS_PLAN (self));

  set_string (self, &self->title, title, PROP_TITLE);
}

/**
 * cchc_plan_get_agency:
 *
 * Returns: the agency issuing the plan, possibly empty
 */
const char *
cchc_plan_get_agency (CchcPlan *self)
{
  g_return_val_if_fail (CCHC_IS_PLAN (self), NULL);

  return self->agency;
}

/**
 * cchc_plan_set_agency:
 * @agency: (nullable): the issuing agency; %NULL means empty
 *
 * Sets the agency issuing the plan.
 */
void
cchc_plan_set_agency (CchcPlan   *self,
                      const char *agency)
{
  g_return_if_fail (CCHC_IS_PLAN (self));

  set_string (self, &self->agency, agency, PROP_AGENCY);
}

/**
 * cchc_plan_get_parent_agency:
 *
 * Returns: the body the agency belongs to ("UBND tỉnh …"), possibly empty
 */
const char *
cchc_plan_get_parent_agency (CchcPlan *self)
{
  g_return_val_if_fail (CCHC_IS_PLAN (self), NULL);

  return self->parent_agency;
}

/**
 * cchc_plan_set_parent_agency:
 * @parent_agency: (nullable): the parent body; %NULL means empty
 *
 * Sets the body the agency belongs to.
 */
void
cchc_plan_set_parent_agency (CchcPlan   *self,
                             const char *parent_agency)
{
  g_return_if_fail (CCHC_IS_PLAN (self));

  set_string (self, &self->parent_agency, parent_agency, PROP_PARENT_AGENCY);
}

/**
 * cchc_plan_get_signer_title:
 *
 * Returns: the signer's position ("GIÁM ĐỐC"), possibly empty
 */
const char *
cchc_plan_get_signer_title (CchcPlan *self)
{
  g_return_val_if_fail (CCHC_IS_PLAN (self), NULL);

  return self->signer_title;
}

/**
 * cchc_plan_set_signer_title:
 * @signer_title: (nullable): the signer's position; %NULL means empty
 *
 * Sets the signer's position.
 */
void
cchc_plan_set_signer_title (CchcPlan   *self,
                            const char *signer_title)
{
  g_return_if_fail (CCHC_IS_PLAN (self));

  set_string (self, &self->signer_title, signer_title, PROP_SIGNER_TITLE);
}

/**
 * cchc_plan_get_signer_name:
 *
 * Returns: the signer's name, possibly empty
 */
const char *
cchc_plan_get_signer_name (CchcPlan *self)
{
  g_return_val_if_fail (CCHC_IS_PLAN (self), NULL);

  return self->signer_name;
}

/**
 * cchc_plan_set_signer_name:
 * @signer_name: (nullable): the signer's name; %NULL means empty
 *
 * Sets the signer's name.
 */
void
cchc_plan_set_signer_name (CchcPlan   *self,
                           const char *signer_name)
{
  g_return_if_fail (CCHC_IS_PLAN (self));

  set_string (self, &self->signer_name, signer_name, PROP_SIGNER_NAME);
}

/**
 * cchc_plan_get_bases:
 *
 * Returns: (transfer none) (array zero-terminated=1): the documents the
 *   plan rests on ("căn cứ"), in order; never %NULL
 */
const char * const *
cchc_plan_get_bases (CchcPlan *self)
{
  g_return_val_if_fail (CCHC_IS_PLAN (self), NULL);

  return (const char * const *)self->bases;
}

/**
 * cchc_plan_set_bases:
 * @bases: (nullable) (array zero-terminated=1): the documents; %NULL means none
 *
 * Sets the documents the plan rests on. The vector is copied.
 */
void
cchc_plan_set_bases (CchcPlan           *self,
                     const char * const *bases)
{
  g_return_if_fail (CCHC_IS_PLAN (self));

  set_strv (self, &self->bases, bases, PROP_BASES);
}

/**
 * cchc_plan_get_objectives:
 *
 * Returns: (transfer none) (array zero-terminated=1): the paragraphs of
 *   objectives, in order; never %NULL
 */
const char * const *
cchc_plan_get_objectives (CchcPlan *self)
{
  g_return_val_if_fail (CCHC_IS_PLAN (self), NULL);

  return (const char * const *)self->objectives;
}

/**
 * cchc_plan_set_objectives:
 * @objectives: (nullable) (array zero-terminated=1): the paragraphs; %NULL
 *   means none
 *
 * Sets the paragraphs of objectives. The vector is copied.
 */
void
cchc_plan_set_objectives (CchcPlan           *self,
                          const char * const *objectives)
{
  g_return_if_fail (CCHC_IS_PLAN (self));

  set_strv (self, &self->objectives, objectives, PROP_OBJECTIVES);
}

/**
 * cchc_plan_get_directives:
 *
 * Returns: (transfer none) (array zero-terminated=1): the paragraphs on
 *   directing the reform ("Công tác chỉ đạo, điều hành"), in order; never
 *   %NULL
 */
const char * const *
cchc_plan_get_directives (CchcPlan *self)
{
  g_return_val_if_fail (CCHC_IS_PLAN (self), NULL);

  return (const char * const *)self->directives;
}

/**
 * cchc_plan_set_directives:
 * @directives: (nullable) (array zero-terminated=1): the paragraphs; %NULL
 *   means none
 */
void
cchc_plan_set_directives (CchcPlan           *self,
                          const char * const *directives)
{
  g_return_if_fail (CCHC_IS_PLAN (self));

  set_strv (self, &self->directives, directives, PROP_DIRECTIVES);
}

/**
 * cchc_plan_get_propaganda:
 *
 * Returns: (transfer none) (array zero-terminated=1): the paragraphs that
 *   introduce the propaganda work ("Công tác tuyên truyền CCHC") before
 *   its activities; never %NULL
 */
const char * const *
cchc_plan_get_propaganda (CchcPlan *self)
{
  g_return_val_if_fail (CCHC_IS_PLAN (self), NULL);

  return (const char * const *)self->propaganda;
}

/**
 * cchc_plan_set_propaganda:
 * @propaganda: (nullable) (array zero-terminated=1): the paragraphs; %NULL
 *   means none
 */
void
cchc_plan_set_propaganda (CchcPlan           *self,
                          const char * const *propaganda)
{
  g_return_if_fail (CCHC_IS_PLAN (self));

  set_strv (self, &self->propaganda, propaganda, PROP_PROPAGANDA);
}

/**
 * cchc_plan_get_responsibilities:
 *
 * Returns: (transfer none) (array zero-terminated=1): the paragraphs of
 *   "Tổ chức thực hiện", in order; never %NULL
 */
const char * const *
cchc_plan_get_responsibilities (CchcPlan *self)
{
  g_return_val_if_fail (CCHC_IS_PLAN (self), NULL);

  return (const char * const *)self->responsibilities;
}

/**
 * cchc_plan_set_responsibilities:
 * @responsibilities: (nullable) (array zero-terminated=1): the paragraphs;
 *   %NULL means none
 *
 * Sets the responsibilities of the units. The vector is copied.
 */
void
cchc_plan_set_responsibilities (CchcPlan           *self,
                                const char * const *responsibilities)
{
  g_return_if_fail (CCHC_IS_PLAN (self));

  set_strv (self, &self->responsibilities, responsibilities, PROP_RESPONSIBILITIES);
}

/**
 * cchc_plan_get_recipients:
 *
 * Returns: (transfer none) (array zero-terminated=1): the recipients
 *   ("Nơi nhận"), in order; never %NULL
 */
const char * const *
cchc_plan_get_recipients (CchcPlan *self)
{
  g_return_val_if_fail (CCHC_IS_PLAN (self), NULL);

  return (const char * const *)self->recipients;
}

/**
 * cchc_plan_set_recipients:
 * @recipients: (nullable) (array zero-terminated=1): the recipients; %NULL
 *   means none
 *
 * Sets the recipients. The vector is copied.
 */
void
cchc_plan_set_recipients (CchcPlan           *self,
                          const char * const *recipients)
{
  g_return_if_fail (CCHC_IS_PLAN (self));

  set_strv (self, &self->recipients, recipients, PROP_RECIPIENTS);
}
