-- The days that are not ordinary: public holidays and Tết (HOLIDAY), compensatory or swapped days
-- off (DAY_OFF), and weekend days declared working days in exchange (WORKING_DAY). Rows from the
-- Labour Code are computed by the application (LAW); the administrator adds the rest (ADMIN).
CREATE TABLE holiday (
  day DATE PRIMARY KEY,
  name VARCHAR(150) NOT NULL,
  kind VARCHAR(12) NOT NULL CHECK (kind IN ('HOLIDAY', 'DAY_OFF', 'WORKING_DAY')),
  source VARCHAR(6) NOT NULL CHECK (source IN ('LAW', 'ADMIN')),
  created_at TIMESTAMPTZ NOT NULL
);
