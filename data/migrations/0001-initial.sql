-- CCHC Planner schema, version 1.
--
-- Every row has an integer key for the store and a UUID that survives
-- export and import. Positions order rows within their parent. Dates are
-- ISO 8601 text (yyyy-mm-dd). Only app/core/cchc-store*.c read this.

CREATE TABLE unit (
  id        INTEGER PRIMARY KEY,
  uuid      TEXT NOT NULL UNIQUE,
  position  INTEGER NOT NULL,
  name      TEXT NOT NULL CHECK (trim(name) <> ''),
  kind      INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE plan (
  id             INTEGER PRIMARY KEY,
  uuid           TEXT NOT NULL UNIQUE,
  position       INTEGER NOT NULL,
  year           INTEGER NOT NULL,
  number         TEXT NOT NULL DEFAULT '',
  place          TEXT NOT NULL DEFAULT '',
  date           TEXT,
  title          TEXT NOT NULL DEFAULT '',
  agency         TEXT NOT NULL DEFAULT '',
  parent_agency  TEXT NOT NULL DEFAULT '',
  signer_title   TEXT NOT NULL DEFAULT '',
  signer_name    TEXT NOT NULL DEFAULT ''
);

-- The ordered lists of paragraphs of a plan: legal bases, objectives,
-- directives and propaganda (Part II), responsibilities (Part V),
-- recipients. kind is the property name.
CREATE TABLE plan_text (
  plan_id   INTEGER NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
  kind      TEXT NOT NULL,
  position  INTEGER NOT NULL,
  text      TEXT NOT NULL,
  PRIMARY KEY (plan_id, kind, position)
);

CREATE TABLE area (
  id         INTEGER PRIMARY KEY,
  uuid       TEXT NOT NULL UNIQUE,
  plan_id    INTEGER NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
  position   INTEGER NOT NULL,
  title      TEXT NOT NULL CHECK (trim(title) <> ''),
  heading    TEXT NOT NULL DEFAULT '',
  narrative  TEXT NOT NULL DEFAULT ''
);
CREATE INDEX area_plan ON area (plan_id, position);

CREATE TABLE task (
  id            INTEGER PRIMARY KEY,
  uuid          TEXT NOT NULL UNIQUE,
  area_id       INTEGER NOT NULL REFERENCES area (id) ON DELETE CASCADE,
  position      INTEGER NOT NULL,
  numbered      INTEGER NOT NULL DEFAULT 1,
  text          TEXT NOT NULL CHECK (trim(text) <> ''),
  product       TEXT NOT NULL DEFAULT '',
  lead_unit_id  INTEGER REFERENCES unit (id) ON DELETE RESTRICT,
  tf_kind       INTEGER NOT NULL DEFAULT 0,
  tf_quarters   INTEGER NOT NULL DEFAULT 0,
  tf_year       INTEGER NOT NULL DEFAULT 0,
  tf_date       TEXT,
  tf_detail     TEXT NOT NULL DEFAULT ''
);
CREATE INDEX task_area ON task (area_id, position);
CREATE INDEX task_lead_unit ON task (lead_unit_id);

-- Cooperating units ("đơn vị phối hợp"), in the order the plan names them.
CREATE TABLE task_unit (
  task_id   INTEGER NOT NULL REFERENCES task (id) ON DELETE CASCADE,
  unit_id   INTEGER NOT NULL REFERENCES unit (id) ON DELETE RESTRICT,
  position  INTEGER NOT NULL,
  PRIMARY KEY (task_id, unit_id)
);
CREATE INDEX task_unit_unit ON task_unit (unit_id);

CREATE TABLE kpi (
  id           INTEGER PRIMARY KEY,
  uuid         TEXT NOT NULL UNIQUE,
  plan_id      INTEGER NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
  position     INTEGER NOT NULL,
  text         TEXT NOT NULL CHECK (trim(text) <> ''),
  comparator   INTEGER NOT NULL DEFAULT 0,
  target       REAL NOT NULL DEFAULT 0,
  target_unit  TEXT NOT NULL DEFAULT ''
);
CREATE INDEX kpi_plan ON kpi (plan_id, position);

CREATE TABLE activity (
  id                   INTEGER PRIMARY KEY,
  uuid                 TEXT NOT NULL UNIQUE,
  plan_id              INTEGER NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
  position             INTEGER NOT NULL,
  kind                 INTEGER NOT NULL DEFAULT 0,
  description          TEXT NOT NULL CHECK (trim(description) <> ''),
  quantity             INTEGER NOT NULL DEFAULT 0,
  quantity_unit        TEXT NOT NULL DEFAULT '',
  size                 TEXT NOT NULL DEFAULT '',
  place                TEXT NOT NULL DEFAULT '',
  responsible_unit_id  INTEGER REFERENCES unit (id) ON DELETE RESTRICT,
  occasions            TEXT NOT NULL DEFAULT '',
  audience             TEXT NOT NULL DEFAULT ''
);
CREATE INDEX activity_plan ON activity (plan_id, position);
CREATE INDEX activity_unit ON activity (responsible_unit_id);

CREATE TABLE report_period (
  id        INTEGER PRIMARY KEY,
  uuid      TEXT NOT NULL UNIQUE,
  plan_id   INTEGER NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
  position  INTEGER NOT NULL,
  kind      INTEGER NOT NULL DEFAULT 0,
  due_date  TEXT
);
CREATE INDEX report_period_plan ON report_period (plan_id, position);
