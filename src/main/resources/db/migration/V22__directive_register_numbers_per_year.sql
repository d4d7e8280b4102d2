-- The incoming number (số đến) restarts at 1 every year (Nghị định 30/2020), and confidential
-- placeholders (series M) are numbered apart from the ordinary register (series VB), so that a
-- gap in the ordinary register never shows that a placeholder exists. The counter is taken in
-- the registering transaction: a registration rolled back leaves no gap either.
CREATE TABLE register_counter (
  series VARCHAR(8) NOT NULL,
  year INTEGER NOT NULL,
  last_number BIGINT NOT NULL,
  PRIMARY KEY (series, year)
);
-- Registers kept so far go on after their highest number.
INSERT INTO register_counter (series, year, last_number)
SELECT split_part(register_code, '-', 1), split_part(register_code, '-', 2)::int,
       max(split_part(register_code, '-', 3)::bigint)
FROM directive
WHERE register_code ~ '^[A-Z]+-[0-9]{4}-[0-9]+$'
GROUP BY 1, 2;
