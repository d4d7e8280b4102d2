-- Directive search by words (issue 30): the directive's own words, as its tasks have them, in a
-- GIN index. A search then reads two word indexes (the directive's and its tasks') instead of
-- matching every directive's text with LIKE, and its total is exact at any size.
ALTER TABLE directive ADD COLUMN search_words tsvector GENERATED ALWAYS AS
  (to_tsvector('simple', regexp_replace(coalesce(search_text, ''), '[^a-z0-9]+', ' ', 'g'))) STORED;
CREATE INDEX directive_search_words_idx ON directive USING gin (search_words);
DROP INDEX IF EXISTS directive_search_trgm;
