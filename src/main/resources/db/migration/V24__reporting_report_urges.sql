-- Urging a unit about its report (Điều 7 applied to Điều 10): the same channels and weights as
-- urging a task, logged per unit and period; the ranking counts them with the unit's urges when
-- its settings say so.
CREATE TABLE report_urge (
  id BIGSERIAL PRIMARY KEY,
  unit_id BIGINT NOT NULL REFERENCES unit (id),
  period VARCHAR(24) NOT NULL,
  channel VARCHAR(12) NOT NULL
    CHECK (channel IN ('SYSTEM', 'REPORT', 'MEETING', 'PHONE', 'EMAIL', 'FAX', 'OTHER')),
  weight VARCHAR(12) NOT NULL CHECK (weight IN ('REMINDER', 'REPRIMAND', 'ACCOUNT')),
  urged_by VARCHAR(150) NOT NULL,
  target_person VARCHAR(150),
  note TEXT,
  urged_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX report_urge_unit_idx ON report_urge (unit_id, period, urged_at DESC);
CREATE INDEX report_urge_time_idx ON report_urge (urged_at);
