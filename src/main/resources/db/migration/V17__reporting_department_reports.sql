-- The Department's monthly report (Điều 10.2): drafted by the office from the unit reports and
-- the task data, reviewed by leadership, issued with its number and date (the figures are frozen
-- then), recorded as sent to Văn phòng UBND tỉnh, and published.
CREATE TABLE department_report (
  id BIGSERIAL PRIMARY KEY,
  month DATE NOT NULL UNIQUE CHECK (extract(day FROM month) = 1),
  status VARCHAR(10) NOT NULL CHECK (status IN ('DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED', 'ISSUED')),
  body TEXT NOT NULL,
  figures JSONB,
  number VARCHAR(50),
  issued_on DATE,
  signer VARCHAR(150),
  sent_on DATE,
  created_by VARCHAR(150) NOT NULL,
  created_at TIMESTAMPTZ NOT NULL,
  submitted_by VARCHAR(150),
  submitted_at TIMESTAMPTZ,
  decided_by VARCHAR(150),
  decided_at TIMESTAMPTZ,
  decision_comment TEXT,
  issued_by VARCHAR(150),
  issued_at TIMESTAMPTZ,
  version BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX department_report_issued_idx ON department_report (issued_on DESC) WHERE status = 'ISSUED';
