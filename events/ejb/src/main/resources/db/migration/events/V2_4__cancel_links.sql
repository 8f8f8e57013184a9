-- Personal cancel links are stored as the SHA-256 of their token only (a copy of the database cancels nobody's
-- place). A registration may have several: each mail with a link gets a fresh token, and all stay valid.
-- The plain tokens of registration.cancel_token are hashed into this table and the column is dropped by the
-- Java migration V2_4_1 (SHA-256 in SQL differs between PostgreSQL and H2).
CREATE TABLE events.cancel_link (
    token_hash      VARCHAR(64) PRIMARY KEY,
    registration_id BIGINT      NOT NULL REFERENCES events.registration (id),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX cancel_link_registration ON events.cancel_link (registration_id);
