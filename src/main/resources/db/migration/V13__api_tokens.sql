-- Tokens of the systems that call the JSON API (the document management system): named, with
-- scopes, stored as the SHA-256 of the token (shown once), revocable.
CREATE TABLE api_token (
  id BIGSERIAL PRIMARY KEY,
  name VARCHAR(100) NOT NULL,
  token_hash CHAR(64) NOT NULL UNIQUE,
  scopes VARCHAR(200) NOT NULL,
  created_by VARCHAR(150) NOT NULL,
  created_at TIMESTAMPTZ NOT NULL,
  revoked_at TIMESTAMPTZ,
  last_used_at TIMESTAMPTZ
);
