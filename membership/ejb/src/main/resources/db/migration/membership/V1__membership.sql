-- Membership schema: members and their workflow history, applications, admission rounds, contacts,
-- prospects, public profiles and the municipality register. Runs on PostgreSQL and on H2 (MODE=PostgreSQL).
-- Sequences start at 50: EclipseLink takes nextval as the last id of a block of allocationSize (50) and
-- refuses a first value below 49 ("increment does not match its pre-allocation size").

CREATE SEQUENCE membership.admission_round_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE membership.admission_round (
    id                   BIGINT PRIMARY KEY,
    round_date           DATE        NOT NULL,
    application_deadline DATE,
    capacity             INTEGER     NOT NULL,
    admitted_count       INTEGER     NOT NULL,
    status               VARCHAR(16) NOT NULL,
    opened_at            TIMESTAMP WITH TIME ZONE,
    version              BIGINT      NOT NULL,
    CONSTRAINT admission_round_capacity CHECK (capacity >= 1 AND admitted_count >= 0 AND admitted_count <= capacity)
);
CREATE INDEX admission_round_date ON membership.admission_round (round_date);

CREATE SEQUENCE membership.member_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE membership.member (
    id                 BIGINT PRIMARY KEY,
    kind               VARCHAR(16)  NOT NULL,
    name               VARCHAR(200) NOT NULL,
    ags                VARCHAR(8),
    state              VARCHAR(2),
    population         INTEGER,
    website            VARCHAR(500),
    email              VARCHAR(254),
    status             VARCHAR(16)  NOT NULL,
    founding_member    BOOLEAN      NOT NULL,
    joined_on          DATE,
    leaves_on          DATE,
    admission_round_id BIGINT REFERENCES membership.admission_round (id),
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    version            BIGINT       NOT NULL
);
-- One member per AGS (several NULLs, i.e. partners, are allowed by both databases).
CREATE UNIQUE INDEX member_ags_unique ON membership.member (ags);
CREATE INDEX member_name ON membership.member (name);
CREATE INDEX member_status ON membership.member (status, name);
CREATE INDEX member_state ON membership.member (state, name);
CREATE INDEX member_joined_on ON membership.member (joined_on);
CREATE INDEX member_leaves_on ON membership.member (leaves_on);

CREATE SEQUENCE membership.member_history_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE membership.member_history (
    id          BIGINT PRIMARY KEY,
    member_id   BIGINT      NOT NULL REFERENCES membership.member (id),
    from_status VARCHAR(16),
    to_status   VARCHAR(16) NOT NULL,
    action      VARCHAR(32) NOT NULL,
    actor       VARCHAR(64) NOT NULL,
    at          TIMESTAMP WITH TIME ZONE NOT NULL,
    reason      VARCHAR(1000)
);
CREATE INDEX member_history_member ON membership.member_history (member_id, id);

CREATE TABLE membership.application (
    member_id            BIGINT PRIMARY KEY REFERENCES membership.member (id),
    motivation           VARCHAR NOT NULL,
    expectations         VARCHAR,
    vacancy_projects     VARCHAR,
    preselection_on      DATE,
    preselection_outcome VARCHAR(1000),
    meeting_on           DATE,
    meeting_outcome      VARCHAR(1000),
    contact_id           BIGINT,
    contact_person       VARCHAR(200),
    notes                VARCHAR,
    version              BIGINT  NOT NULL
);

CREATE SEQUENCE membership.contact_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE membership.contact (
    id              BIGINT PRIMARY KEY,
    member_id       BIGINT       NOT NULL REFERENCES membership.member (id),
    first_name      VARCHAR(100),
    last_name       VARCHAR(100) NOT NULL,
    function_name   VARCHAR(200),
    email           VARCHAR(254),
    phone           VARCHAR(50),
    primary_contact BOOLEAN      NOT NULL,
    consent_at      TIMESTAMP WITH TIME ZONE,
    erased_at       TIMESTAMP WITH TIME ZONE,
    version         BIGINT       NOT NULL
);
CREATE INDEX contact_member ON membership.contact (member_id);
CREATE INDEX contact_email ON membership.contact (email);

CREATE SEQUENCE membership.prospect_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE membership.prospect (
    id           BIGINT PRIMARY KEY,
    organisation VARCHAR(200) NOT NULL,
    ags          VARCHAR(8),
    contact_name VARCHAR(200),
    email        VARCHAR(254),
    status       VARCHAR(16)  NOT NULL,
    token_hash   VARCHAR(64),
    signed_up_at TIMESTAMP WITH TIME ZONE NOT NULL,
    consent_at   TIMESTAMP WITH TIME ZONE,
    confirmed_at TIMESTAMP WITH TIME ZONE,
    expires_on   DATE         NOT NULL,
    member_id    BIGINT,
    version      BIGINT       NOT NULL
);
CREATE UNIQUE INDEX prospect_token ON membership.prospect (token_hash);
CREATE INDEX prospect_email ON membership.prospect (email);
CREATE INDEX prospect_status ON membership.prospect (status, expires_on);

CREATE TABLE membership.profile (
    member_id           BIGINT PRIMARY KEY REFERENCES membership.member (id),
    body                VARCHAR,
    places              VARCHAR,
    links               VARCHAR,
    image_url           VARCHAR(500),
    published_body      VARCHAR,
    published_places    VARCHAR,
    published_links     VARCHAR,
    published_image_url VARCHAR(500),
    published_at        TIMESTAMP WITH TIME ZONE,
    version             BIGINT NOT NULL
);
CREATE INDEX profile_published ON membership.profile (published_at);

CREATE TABLE membership.register_entry (
    reg_key       VARCHAR(8)   PRIMARY KEY,
    kind          VARCHAR(16)  NOT NULL,
    name          VARCHAR(200) NOT NULL,
    name_search   VARCHAR(200) NOT NULL,
    district_key  VARCHAR(5)   NOT NULL,
    district_name VARCHAR(200),
    state_code    VARCHAR(2)   NOT NULL,
    state_name    VARCHAR(100),
    entry_type    VARCHAR(32)  NOT NULL,
    postal_code   VARCHAR(5),
    population    INTEGER,
    area_km2      NUMERIC(10, 2),
    latitude      NUMERIC(9, 6),
    longitude     NUMERIC(9, 6),
    version       BIGINT       NOT NULL
);
CREATE INDEX register_entry_name ON membership.register_entry (name_search);
CREATE INDEX register_entry_district ON membership.register_entry (district_key);

CREATE SEQUENCE membership.register_import_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE membership.register_import (
    id          BIGINT PRIMARY KEY,
    imported_at TIMESTAMP WITH TIME ZONE NOT NULL,
    actor       VARCHAR(64) NOT NULL,
    inserted    INTEGER     NOT NULL,
    updated     INTEGER     NOT NULL,
    unchanged   INTEGER     NOT NULL
);
