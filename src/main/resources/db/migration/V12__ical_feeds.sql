-- A person's private calendar feed: only the SHA-256 of its token is kept; the token itself is
-- shown once, when it is made.
CREATE TABLE calendar_feed (
  user_id BIGINT PRIMARY KEY REFERENCES app_user (id),
  token_hash CHAR(64) NOT NULL UNIQUE,
  created_at TIMESTAMPTZ NOT NULL
);
