-- Suggestions to amend the regulation (Điều 12): anyone sends one, the office answers.
CREATE TABLE suggestion (
  id BIGSERIAL PRIMARY KEY,
  author_id BIGINT NOT NULL REFERENCES app_user (id),
  author_name VARCHAR(150) NOT NULL,
  body TEXT NOT NULL,
  created_at TIMESTAMPTZ NOT NULL,
  answer TEXT,
  answered_by VARCHAR(150),
  answered_at TIMESTAMPTZ,
  version BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX suggestion_author_idx ON suggestion (author_id, created_at DESC);
CREATE INDEX suggestion_created_idx ON suggestion (created_at DESC);
