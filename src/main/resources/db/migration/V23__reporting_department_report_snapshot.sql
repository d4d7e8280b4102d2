-- The Department report's figures are one snapshot: taken when the draft is made, shown with
-- their moment, refreshed together by one action while the report is a draft, and frozen at
-- issue. Beside them, which units' reports the draft was made from (and their own figures), and
-- the text leadership returned, so that the resubmission shows what changed.
ALTER TABLE department_report ADD COLUMN figures_at TIMESTAMPTZ;
ALTER TABLE department_report ADD COLUMN sources JSONB;
ALTER TABLE department_report ADD COLUMN returned_text TEXT;
