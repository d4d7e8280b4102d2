-- Reporting periods beyond the month and the quarter (Điều 8.3, 10.2): the 6-month, 9-month and
-- yearly reports whose due dates the office sets when UBND asks, and ad hoc requests from
-- leadership or the office with their own scope, units and due date. Months and quarters are
-- computed from the calendar and have no row here.
CREATE TABLE report_period (
  id BIGSERIAL PRIMARY KEY,
  kind VARCHAR(12) NOT NULL CHECK (kind IN ('HALF_YEAR', 'NINE_MONTHS', 'YEAR', 'AD_HOC')),
  year INT NOT NULL CHECK (year BETWEEN 2000 AND 2200),
  title VARCHAR(300),
  scope TEXT,
  covers_from DATE NOT NULL,
  covers_to DATE NOT NULL,
  due_on DATE NOT NULL,
  requested_by VARCHAR(150) NOT NULL,
  requested_at TIMESTAMPTZ NOT NULL,
  version BIGINT NOT NULL DEFAULT 0,
  CHECK (covers_to >= covers_from),
  CHECK (kind <> 'AD_HOC' OR title IS NOT NULL)
);
CREATE UNIQUE INDEX report_period_fixed_uq ON report_period (kind, year) WHERE kind <> 'AD_HOC';
CREATE INDEX report_period_due_idx ON report_period (due_on DESC);

-- The units asked for an ad hoc report; none listed means every unit.
CREATE TABLE report_period_unit (
  period_id BIGINT NOT NULL REFERENCES report_period (id),
  unit_id BIGINT NOT NULL REFERENCES unit (id),
  PRIMARY KEY (period_id, unit_id)
);

-- A unit report now belongs to a period written as a code: 2026-11 (month, which also keeps its
-- month column for the Department report and the ranking), 2026-Q4 (quarter) or P17 (a row above).
ALTER TABLE unit_report ADD COLUMN period VARCHAR(24);
UPDATE unit_report SET period = to_char(month, 'YYYY-MM');
ALTER TABLE unit_report ALTER COLUMN period SET NOT NULL;
ALTER TABLE unit_report ALTER COLUMN month DROP NOT NULL;
ALTER TABLE unit_report ADD CONSTRAINT unit_report_period_uq UNIQUE (period, unit_id);
-- The frozen figures split by route: general tasks (to Văn phòng Sở) and specialised tasks
-- (to Phòng KH-TC).
ALTER TABLE unit_report ADD COLUMN by_category JSONB;
