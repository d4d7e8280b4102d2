-- The Department's report is made for any period units report on (Điều 8.1: monthly, quarterly,
-- 6-month, yearly or ad hoc), written as the period's code like unit_report.period; monthly ones
-- keep their month.
ALTER TABLE department_report ADD COLUMN period VARCHAR(24);
UPDATE department_report SET period = to_char(month, 'YYYY-MM');
ALTER TABLE department_report ALTER COLUMN period SET NOT NULL;
ALTER TABLE department_report ALTER COLUMN month DROP NOT NULL;
ALTER TABLE department_report ADD CONSTRAINT department_report_period_uq UNIQUE (period);
