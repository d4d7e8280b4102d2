-- Compliance ranking (Điều 11): a month's figures are kept as confirmed by leadership, so that
-- later changes to tasks do not rewrite an emulation result.
CREATE TABLE ranking_month (
  month DATE PRIMARY KEY CHECK (extract(day FROM month) = 1),
  confirmed_by VARCHAR(150) NOT NULL,
  confirmed_at TIMESTAMPTZ NOT NULL
);
CREATE TABLE ranking_row (
  month DATE NOT NULL REFERENCES ranking_month (month),
  unit_id BIGINT NOT NULL REFERENCES unit (id),
  unit_name VARCHAR(200) NOT NULL,
  due INT NOT NULL,
  on_time INT NOT NULL,
  open_at_end INT NOT NULL,
  overdue INT NOT NULL,
  active INT NOT NULL,
  updated INT NOT NULL,
  notices INT NOT NULL,
  urges INT NOT NULL,
  score NUMERIC(4, 1),
  grade VARCHAR(30),
  PRIMARY KEY (month, unit_id)
);
-- Month-bounded reads of the ranking and the dashboard's trend.
CREATE INDEX task_completed_idx ON task (completed_on) WHERE status = 'DONE';
CREATE INDEX task_update_created_idx ON task_update (created_at);
CREATE INDEX urge_urged_at_idx ON urge (urged_at) WHERE NOT automatic;
