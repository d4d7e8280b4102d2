-- In-app notifications: what the bell counts. One per reminder and person, by the same kind of key
-- as the mail, so a re-run adds nothing.
CREATE TABLE notification (
  id BIGSERIAL PRIMARY KEY,
  idempotency_key VARCHAR(200) NOT NULL UNIQUE,
  user_id BIGINT NOT NULL REFERENCES app_user (id),
  title VARCHAR(300) NOT NULL,
  link VARCHAR(300) NOT NULL,
  created_at TIMESTAMPTZ NOT NULL,
  read_at TIMESTAMPTZ
);
CREATE INDEX notification_user_idx ON notification (user_id, created_at DESC, id DESC);
CREATE INDEX notification_unread_idx ON notification (user_id) WHERE read_at IS NULL;
