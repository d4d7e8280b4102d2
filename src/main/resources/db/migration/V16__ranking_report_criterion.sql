-- The unit's monthly report in the ranking: sent on time, late, or missing once due.
ALTER TABLE ranking_row ADD COLUMN report VARCHAR(8) CHECK (report IN ('ON_TIME', 'LATE', 'MISSING'));
