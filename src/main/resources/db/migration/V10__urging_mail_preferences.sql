-- The reminders each person turned off by e-mail (the in-app notification still comes).
-- Escalations and assignments are not listed: they cannot be turned off.
CREATE TABLE mail_opt_out (
  user_id BIGINT NOT NULL REFERENCES app_user (id),
  kind VARCHAR(30) NOT NULL CHECK (kind IN ('DEADLINE_DIGEST', 'REPORT_CYCLE', 'CONFIDENTIAL_REPORT')),
  PRIMARY KEY (user_id, kind)
);
