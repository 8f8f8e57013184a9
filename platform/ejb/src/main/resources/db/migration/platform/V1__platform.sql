CREATE SEQUENCE platform.account_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE platform.account (
    id              BIGINT PRIMARY KEY,
    username        VARCHAR(64)  NOT NULL,
    display_name    VARCHAR(200) NOT NULL,
    email           VARCHAR(254) NOT NULL,
    password_hash   VARCHAR(300) NOT NULL,
    enabled         BOOLEAN      NOT NULL,
    failed_logins   INTEGER      NOT NULL,
    locked_until    TIMESTAMP WITH TIME ZONE,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version         BIGINT       NOT NULL,
    CONSTRAINT account_username_unique UNIQUE (username)
);

CREATE TABLE platform.account_role (
    account_id BIGINT      NOT NULL REFERENCES platform.account (id) ON DELETE CASCADE,
    role       VARCHAR(32) NOT NULL,
    PRIMARY KEY (account_id, role)
);

CREATE SEQUENCE platform.audit_seq START WITH 50 INCREMENT BY 50;

-- Append-only. position, previous_hash and hash are filled once by the chainer after commit.
CREATE TABLE platform.audit_entry (
    id            BIGINT PRIMARY KEY,
    at            TIMESTAMP WITH TIME ZONE NOT NULL,
    actor         VARCHAR(64)  NOT NULL,
    action        VARCHAR(64)  NOT NULL,
    entity_type   VARCHAR(64)  NOT NULL,
    entity_id     VARCHAR(64),
    changes       VARCHAR      NOT NULL,
    position      BIGINT,
    previous_hash VARCHAR(64),
    hash          VARCHAR(64),
    CONSTRAINT audit_entry_position_unique UNIQUE (position)
);
CREATE INDEX audit_entry_entity ON platform.audit_entry (entity_type, entity_id, id);
CREATE INDEX audit_entry_actor ON platform.audit_entry (actor, id);
CREATE INDEX audit_entry_at ON platform.audit_entry (at);

-- One row: the last chained position and hash. Locking it serialises the chainer, not the writers.
CREATE TABLE platform.audit_chain_head (
    id       INTEGER PRIMARY KEY,
    position BIGINT      NOT NULL,
    hash     VARCHAR(64) NOT NULL
);
INSERT INTO platform.audit_chain_head (id, position, hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

CREATE SEQUENCE platform.mail_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE platform.outbox_mail (
    id           BIGINT PRIMARY KEY,
    recipient    VARCHAR(254) NOT NULL,
    subject      VARCHAR(500) NOT NULL,
    body         VARCHAR      NOT NULL,
    attachments  VARCHAR,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_at      TIMESTAMP WITH TIME ZONE,
    attempts     INTEGER NOT NULL,
    next_attempt TIMESTAMP WITH TIME ZONE NOT NULL,
    last_error   VARCHAR(1000)
);
CREATE INDEX outbox_mail_due ON platform.outbox_mail (sent_at, next_attempt);
