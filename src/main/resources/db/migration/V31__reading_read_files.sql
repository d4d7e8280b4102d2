-- A file read to fill the registration form (issue 18), kept until the clerk registers the
-- directive (it becomes the directive's file) or for a day. The reading module owns it.
CREATE TABLE read_file (
  id BIGSERIAL PRIMARY KEY,
  user_id BIGINT NOT NULL,
  file_name VARCHAR(255) NOT NULL,
  content BYTEA NOT NULL,
  created_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX read_file_created_idx ON read_file (created_at);
