-- Mail is written here in the same transaction as the change that causes it and sent by a job:
-- nothing is lost when the SMTP server is down, and the idempotency key makes sure a reminder is
-- queued once however often a job runs or on however many nodes.
CREATE TABLE mail_outbox (
  id BIGSERIAL PRIMARY KEY,
  idempotency_key VARCHAR(200) NOT NULL UNIQUE,
  recipient VARCHAR(254) NOT NULL,
  subject VARCHAR(300) NOT NULL,
  body_text TEXT NOT NULL,
  body_html TEXT NOT NULL,
  status VARCHAR(8) NOT NULL CHECK (status IN ('PENDING', 'SENT', 'FAILED')),
  attempts INT NOT NULL DEFAULT 0,
  next_attempt_at TIMESTAMPTZ NOT NULL,
  last_error VARCHAR(1000),
  created_at TIMESTAMPTZ NOT NULL,
  sent_at TIMESTAMPTZ
);
CREATE INDEX mail_outbox_due_idx ON mail_outbox (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX mail_outbox_created_idx ON mail_outbox (created_at DESC);
