-- Free-text search over tasks works on words (syllables, in Vietnamese) rather than trigrams: at
-- province scale a trigram index has to merge huge posting lists for common syllables ("don",
-- "doc"), while a word index answers from the lists of the words typed. The words are those of the
-- folded search text (lower case, no diacritics), split on anything that is not a letter or digit,
-- so that "1234/UBND-KTTH" is found by "1234", "ubnd" or "ktth".
ALTER TABLE task ADD COLUMN search_words tsvector
  GENERATED ALWAYS AS (to_tsvector('simple', regexp_replace(coalesce(search_text, ''), '[^a-z0-9]+', ' ', 'g'))) STORED;
CREATE INDEX task_search_words_idx ON task USING gin (search_words);
DROP INDEX task_search_trgm;
