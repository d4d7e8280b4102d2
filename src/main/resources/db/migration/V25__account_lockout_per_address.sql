-- Failed logins lock a name from one address, not the name everywhere (issue 29): five wrong
-- passwords from a stranger no longer keep the account's owner out. Rows made before count as
-- failures from an unknown address ('').
ALTER TABLE login_attempt ADD COLUMN address VARCHAR(64) NOT NULL DEFAULT '';
ALTER TABLE login_attempt DROP CONSTRAINT login_attempt_pkey;
ALTER TABLE login_attempt ADD PRIMARY KEY (username, address);
