-- A unit's report for a month (Điều 10.1): figures frozen when it is sent, the unit's own words,
-- when it was sent, and the aggregator's return for correction.
CREATE TABLE unit_report (
  id BIGSERIAL PRIMARY KEY,
  month DATE NOT NULL CHECK (extract(day FROM month) = 1),
  unit_id BIGINT NOT NULL REFERENCES unit (id),
  status VARCHAR(10) NOT NULL CHECK (status IN ('DRAFT', 'SUBMITTED', 'RETURNED')),
  received INT, on_time INT, late INT, within INT, overdue INT, no_deadline INT,
  overdue_list JSONB,
  assessment TEXT,
  difficulties TEXT,
  proposals TEXT,
  submitted_at TIMESTAMPTZ,
  submitted_by VARCHAR(150),
  late_submission BOOLEAN,
  returned_comment TEXT,
  returned_at TIMESTAMPTZ,
  returned_by VARCHAR(150),
  version BIGINT NOT NULL DEFAULT 0,
  UNIQUE (month, unit_id)
);
