-- A spreadsheet between its preview and its import: kept so that the person imports exactly the
-- file they checked, and deleted once imported.
CREATE TABLE import_upload (
  id BIGSERIAL PRIMARY KEY,
  user_id BIGINT NOT NULL REFERENCES app_user (id),
  file_name VARCHAR(255) NOT NULL,
  content BYTEA NOT NULL,
  created_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX import_upload_user_idx ON import_upload (user_id, created_at DESC);
