-- A confidential placeholder takes its id from a sequence of its own, far from the directives'
-- (issue 29): a gap in the directives' ids no longer marks a placeholder, nor do its neighbours
-- date it. Hibernate inserts without an id (IDENTITY); the trigger gives it one from the
-- sequence of its kind, and RETURNING hands it back.
CREATE SEQUENCE directive_placeholder_id_seq START WITH 7000000000001;

ALTER TABLE directive ALTER COLUMN id DROP DEFAULT;

CREATE FUNCTION directive_next_id() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.id IS NULL THEN
    NEW.id := CASE WHEN NEW.confidentiality = 'NORMAL' THEN nextval('directive_id_seq')
                   ELSE nextval('directive_placeholder_id_seq') END;
  END IF;
  RETURN NEW;
END
$$;

CREATE TRIGGER directive_next_id BEFORE INSERT ON directive FOR EACH ROW EXECUTE FUNCTION directive_next_id();
