CREATE TABLE app_user (
  id BIGSERIAL PRIMARY KEY,
  username VARCHAR(60) NOT NULL,
  full_name VARCHAR(150) NOT NULL,
  email VARCHAR(254),
  position VARCHAR(150),
  unit_id BIGINT NOT NULL REFERENCES unit (id),
  password_hash VARCHAR(255) NOT NULL,
  must_change_password BOOLEAN NOT NULL DEFAULT FALSE,
  active BOOLEAN NOT NULL DEFAULT TRUE,
  version BIGINT NOT NULL DEFAULT 0,
  created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  password_changed_at TIMESTAMPTZ
);
-- Usernames are compared case-insensitively: "Admin" and "admin" are one account.
CREATE UNIQUE INDEX app_user_username_uk ON app_user (lower(username));
CREATE INDEX app_user_unit_idx ON app_user (unit_id);

CREATE TABLE app_user_role (
  user_id BIGINT NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
  role VARCHAR(20) NOT NULL
    CHECK (role IN ('ADMIN', 'LEADER', 'OFFICE', 'PLANNING', 'UNIT_HEAD', 'STAFF')),
  PRIMARY KEY (user_id, role)
);
CREATE INDEX app_user_role_role_idx ON app_user_role (role);

-- Failed logins are counted per submitted name, whether or not such an account exists, so that a
-- lockout message cannot be used to find out which accounts exist.
CREATE TABLE login_attempt (
  username VARCHAR(60) PRIMARY KEY,
  failures INT NOT NULL,
  last_failure_at TIMESTAMPTZ NOT NULL,
  locked_until TIMESTAMPTZ
);
