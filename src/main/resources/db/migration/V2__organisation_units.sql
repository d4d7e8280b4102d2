CREATE TABLE unit (
  id BIGSERIAL PRIMARY KEY,
  parent_id BIGINT REFERENCES unit (id),
  code VARCHAR(30) NOT NULL,
  name VARCHAR(255) NOT NULL,
  kind VARCHAR(30) NOT NULL
    CHECK (kind IN ('DEPARTMENT', 'OFFICE', 'PLANNING_FINANCE', 'DIVISION', 'CENTER', 'INSPECTORATE')),
  active BOOLEAN NOT NULL DEFAULT TRUE,
  version BIGINT NOT NULL DEFAULT 0,
  created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  CONSTRAINT unit_not_own_parent CHECK (parent_id IS NULL OR parent_id <> id)
);
CREATE UNIQUE INDEX unit_code_uk ON unit (lower(code));
CREATE INDEX unit_parent_idx ON unit (parent_id);
