-- Security stamp: raised whenever an account's logins must end (disabled, roles changed, password or one-time
-- password reset); sessions and cached Basic credentials carry the stamp they logged in with.
ALTER TABLE platform.account ADD COLUMN security_stamp BIGINT DEFAULT 0 NOT NULL;

-- One-time passwords (RFC 6238): the active secret, a secret awaiting its first code, the last time step used
-- (a code is accepted once), and the ticket of a login waiting for its second step.
ALTER TABLE platform.account ADD COLUMN totp_secret VARCHAR(64);
ALTER TABLE platform.account ADD COLUMN totp_pending_secret VARCHAR(64);
ALTER TABLE platform.account ADD COLUMN totp_last_step BIGINT;
ALTER TABLE platform.account ADD COLUMN login_ticket_hash VARCHAR(64);
ALTER TABLE platform.account ADD COLUMN login_ticket_expires TIMESTAMP WITH TIME ZONE;
ALTER TABLE platform.account ADD COLUMN login_ticket_attempts INTEGER DEFAULT 0 NOT NULL;

-- Settings an administrator changes at run time, e.g. which roles must use one-time passwords.
CREATE TABLE platform.security_setting (
    name    VARCHAR(64)  PRIMARY KEY,
    setting_value VARCHAR(500) NOT NULL,
    version BIGINT       NOT NULL
);
