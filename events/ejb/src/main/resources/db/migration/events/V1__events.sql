-- Events, their agenda and registrations. Runs on PostgreSQL and on H2 in MODE=PostgreSQL.
-- host_member_id and project_id refer to other modules by id only: no foreign key crosses a module.
-- Sequences start at their increment: EclipseLink takes a value v as the block (v - 50, v], and refuses a
-- first value below the allocation size as a misconfigured sequence.

CREATE SEQUENCE events.event_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE events.event (
    id                     BIGINT PRIMARY KEY,
    event_type             VARCHAR(30)   NOT NULL,
    format                 VARCHAR(20)   NOT NULL,
    title                  VARCHAR(200)  NOT NULL,
    description            VARCHAR,
    starts_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    ends_at                TIMESTAMP WITH TIME ZONE NOT NULL,
    venue                  VARCHAR(500),
    online_url             VARCHAR(1000),
    host_member_id         BIGINT,
    capacity               INTEGER       NOT NULL,
    per_member_quota       INTEGER,
    audience               VARCHAR(30)   NOT NULL,
    registration_opens_at  TIMESTAMP WITH TIME ZONE,
    registration_closes_at TIMESTAMP WITH TIME ZONE,
    project_id             BIGINT,
    status                 VARCHAR(30)   NOT NULL,
    -- Places taken (confirmed, attended, no-show). Changed only by conditional updates, so that
    -- "confirmed_count <= capacity" holds under any number of concurrent registrations.
    confirmed_count        INTEGER       DEFAULT 0 NOT NULL,
    -- The last number drawn for the waiting list: first come, first served.
    last_waitlist_number   BIGINT        DEFAULT 0 NOT NULL,
    calendar_sequence      INTEGER       DEFAULT 0 NOT NULL,
    created_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    published_at           TIMESTAMP WITH TIME ZONE,
    cancelled_at           TIMESTAMP WITH TIME ZONE,
    cancel_reason          VARCHAR(1000),
    version                BIGINT        NOT NULL,
    CONSTRAINT event_capacity_positive CHECK (capacity >= 1),
    CONSTRAINT event_places_within_capacity CHECK (confirmed_count >= 0 AND confirmed_count <= capacity),
    CONSTRAINT event_quota_positive CHECK (per_member_quota IS NULL OR per_member_quota >= 1),
    CONSTRAINT event_ends_after_start CHECK (ends_at > starts_at)
);
CREATE INDEX event_starts_at ON events.event (starts_at, id);
CREATE INDEX event_status_starts_at ON events.event (status, starts_at);
CREATE INDEX event_project ON events.event (project_id);

CREATE SEQUENCE events.agenda_item_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE events.agenda_item (
    id          BIGINT PRIMARY KEY,
    event_id    BIGINT       NOT NULL REFERENCES events.event (id),
    starts_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    ends_at     TIMESTAMP WITH TIME ZONE,
    title       VARCHAR(200) NOT NULL,
    description VARCHAR,
    location    VARCHAR(500),
    version     BIGINT       NOT NULL
);
CREATE INDEX agenda_item_event ON events.agenda_item (event_id, starts_at);

CREATE SEQUENCE events.registration_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE events.registration (
    id               BIGINT PRIMARY KEY,
    event_id         BIGINT       NOT NULL REFERENCES events.event (id),
    member_id        BIGINT,
    contact_id       BIGINT,
    first_name       VARCHAR(100) NOT NULL,
    last_name        VARCHAR(100) NOT NULL,
    email            VARCHAR(254) NOT NULL,
    -- lower(email) while the registration is active, NULL once cancelled: with the unique constraint below
    -- one address holds at most one active registration per event, on PostgreSQL and H2 alike.
    active_email     VARCHAR(254),
    organisation     VARCHAR(300),
    status           VARCHAR(20)  NOT NULL,
    waitlist_number  BIGINT,
    registered_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    confirmed_at     TIMESTAMP WITH TIME ZONE,
    cancelled_at     TIMESTAMP WITH TIME ZONE,
    checked_in_at    TIMESTAMP WITH TIME ZONE,
    reminder_sent_at TIMESTAMP WITH TIME ZONE,
    cancel_token     VARCHAR(64)  NOT NULL,
    version          BIGINT       NOT NULL,
    CONSTRAINT registration_active_email_unique UNIQUE (event_id, active_email),
    CONSTRAINT registration_cancel_token_unique UNIQUE (cancel_token),
    CONSTRAINT registration_active_email_matches_status CHECK (
        (status = 'CANCELLED' AND active_email IS NULL) OR (status <> 'CANCELLED' AND active_email IS NOT NULL)),
    CONSTRAINT registration_waitlist_number_matches_status CHECK (
        (status = 'WAITLISTED') = (waitlist_number IS NOT NULL))
);
CREATE INDEX registration_event_status ON events.registration (event_id, status, waitlist_number);
CREATE INDEX registration_event_name ON events.registration (event_id, last_name, first_name);
CREATE INDEX registration_member ON events.registration (member_id, event_id);
CREATE INDEX registration_reminder ON events.registration (status, reminder_sent_at);
