-- Funding: programmes, projects, milestones, reports and reviews, finances, deadlines, reminders.
-- Runs on PostgreSQL and on H2 in MODE=PostgreSQL. No foreign key leaves the schema: member ids and
-- usernames belong to other modules.

CREATE SEQUENCE funding.rule_set_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE funding.rule_set (
    id                     BIGINT PRIMARY KEY,
    legal_basis            VARCHAR(16)  NOT NULL,
    rule_version           INTEGER      NOT NULL,
    interim_months         INTEGER      NOT NULL,
    final_months           INTEGER      NOT NULL,
    final_from_purpose     BOOLEAN      NOT NULL,
    spend_window           VARCHAR(16)  NOT NULL,
    cost_tolerance_percent NUMERIC(5,2) NOT NULL,
    retention_years        INTEGER      NOT NULL,
    reminder_days          VARCHAR(32)  NOT NULL,
    interest_points        NUMERIC(5,2) NOT NULL,
    valid_from             DATE         NOT NULL,
    created_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT rule_set_version_unique UNIQUE (legal_basis, rule_version)
);
-- DESIGN.md's defaults. Ids below the sequence's start, so the first generated block cannot collide.
INSERT INTO funding.rule_set (id, legal_basis, rule_version, interim_months, final_months, final_from_purpose,
                              spend_window, cost_tolerance_percent, retention_years, reminder_days, interest_points,
                              valid_from, created_at)
VALUES (1, 'ANBEST_P', 1, 4, 6, TRUE, 'P42D', 20.00, 5, '14,3', 5.00, DATE '2019-01-01', CURRENT_TIMESTAMP),
       (2, 'ANBEST_GK', 1, 4, 12, FALSE, 'P2M', 20.00, 5, '14,3', 5.00, DATE '2019-01-01', CURRENT_TIMESTAMP);

CREATE SEQUENCE funding.programme_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE funding.programme (
    id                BIGINT PRIMARY KEY,
    name              VARCHAR(200) NOT NULL,
    funder            VARCHAR(200) NOT NULL,
    legal_basis       VARCHAR(16)  NOT NULL,
    duration_months   INTEGER      NOT NULL,
    hold_disbursement BOOLEAN      NOT NULL,
    version           BIGINT       NOT NULL,
    CONSTRAINT programme_name_unique UNIQUE (name)
);

CREATE TABLE funding.programme_stage (
    programme_id BIGINT       NOT NULL REFERENCES funding.programme (id) ON DELETE CASCADE,
    stage_order  INTEGER      NOT NULL,
    name         VARCHAR(200) NOT NULL,
    PRIMARY KEY (programme_id, stage_order)
);

CREATE SEQUENCE funding.project_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE funding.project (
    id                     BIGINT PRIMARY KEY,
    programme_id           BIGINT        NOT NULL REFERENCES funding.programme (id),
    member_id              BIGINT        NOT NULL,
    title                  VARCHAR(300)  NOT NULL,
    funding_reference      VARCHAR(64)   NOT NULL,
    period_start           DATE          NOT NULL,
    period_end             DATE          NOT NULL,
    approved_amount        NUMERIC(14,2) NOT NULL,
    own_share              NUMERIC(14,2) NOT NULL,
    lead_username          VARCHAR(64)   NOT NULL,
    status                 VARCHAR(32)   NOT NULL,
    purpose_fulfilled_on   DATE,
    ovr_interim_months     INTEGER,
    ovr_final_months       INTEGER,
    ovr_final_from_purpose BOOLEAN,
    ovr_spend_window       VARCHAR(16),
    ovr_cost_tolerance     NUMERIC(5,2),
    ovr_retention_years    INTEGER,
    ovr_interest_points    NUMERIC(5,2),
    ovr_basis              VARCHAR(500),
    version                BIGINT        NOT NULL,
    CONSTRAINT project_reference_unique UNIQUE (funding_reference)
);
CREATE INDEX project_lead ON funding.project (lead_username, period_start);
CREATE INDEX project_programme ON funding.project (programme_id, period_start);
CREATE INDEX project_status ON funding.project (status, period_start);
CREATE INDEX project_member ON funding.project (member_id);

CREATE SEQUENCE funding.milestone_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE funding.milestone (
    id          BIGINT PRIMARY KEY,
    project_id  BIGINT        NOT NULL REFERENCES funding.project (id),
    title       VARCHAR(300)  NOT NULL,
    due_on      DATE          NOT NULL,
    deliverable VARCHAR(1000),
    status      VARCHAR(16)   NOT NULL,
    version     BIGINT        NOT NULL
);
CREATE INDEX milestone_project ON funding.milestone (project_id, due_on);

CREATE SEQUENCE funding.report_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE funding.report (
    id               BIGINT PRIMARY KEY,
    project_id       BIGINT       NOT NULL REFERENCES funding.project (id),
    kind             VARCHAR(32)  NOT NULL,
    deadline_key     VARCHAR(64)  NOT NULL,
    milestone_id     BIGINT REFERENCES funding.milestone (id),
    fiscal_year      INTEGER,
    body             VARCHAR      NOT NULL,
    status           VARCHAR(16)  NOT NULL,
    submitted_count  INTEGER      NOT NULL,
    last_submitted_at TIMESTAMP WITH TIME ZONE,
    last_sha256      VARCHAR(64),
    last_late        BOOLEAN      NOT NULL,
    reviewer         VARCHAR(64),
    created_by       VARCHAR(64)  NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    version          BIGINT       NOT NULL,
    CONSTRAINT report_per_deadline_unique UNIQUE (project_id, deadline_key)
);
CREATE INDEX report_status ON funding.report (status);

CREATE SEQUENCE funding.report_version_seq START WITH 50 INCREMENT BY 50;
-- Immutable once written; the review decision is added once.
CREATE TABLE funding.report_version (
    id           BIGINT PRIMARY KEY,
    report_id    BIGINT      NOT NULL REFERENCES funding.report (id),
    version_no   INTEGER     NOT NULL,
    body         VARCHAR     NOT NULL,
    submitted_at TIMESTAMP WITH TIME ZONE NOT NULL,
    submitted_by VARCHAR(64) NOT NULL,
    due_on       DATE,
    late         BOOLEAN     NOT NULL,
    sha256       VARCHAR(64) NOT NULL,
    decision     VARCHAR(16),
    reviewed_by  VARCHAR(64),
    reviewed_at  TIMESTAMP WITH TIME ZONE,
    CONSTRAINT report_version_unique UNIQUE (report_id, version_no)
);

CREATE SEQUENCE funding.attachment_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE funding.report_attachment (
    id         BIGINT PRIMARY KEY,
    report_id  BIGINT       NOT NULL REFERENCES funding.report (id),
    filename   VARCHAR(255) NOT NULL,
    size_bytes BIGINT       NOT NULL,
    sha256     VARCHAR(64)  NOT NULL,
    added_in   INTEGER      NOT NULL,
    removed_in INTEGER,
    added_by   VARCHAR(64)  NOT NULL,
    added_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX report_attachment_report ON funding.report_attachment (report_id);

CREATE SEQUENCE funding.finding_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE funding.finding (
    id         BIGINT PRIMARY KEY,
    report_id  BIGINT        NOT NULL REFERENCES funding.report (id),
    version_no INTEGER       NOT NULL,
    severity   VARCHAR(16)   NOT NULL,
    body       VARCHAR(4000) NOT NULL,
    author     VARCHAR(64)   NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX finding_report ON funding.finding (report_id, version_no);

CREATE SEQUENCE funding.deadline_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE funding.deadline (
    id               BIGINT PRIMARY KEY,
    project_id       BIGINT       NOT NULL REFERENCES funding.project (id),
    deadline_key     VARCHAR(64)  NOT NULL,
    kind             VARCHAR(32)  NOT NULL,
    title            VARCHAR(300) NOT NULL,
    due_on           DATE         NOT NULL,
    fiscal_year      INTEGER,
    fulfilment       VARCHAR(16)  NOT NULL,
    fulfilled_on     DATE,
    frozen           BOOLEAN      NOT NULL,
    rule_set_version INTEGER      NOT NULL,
    version          BIGINT       NOT NULL,
    CONSTRAINT deadline_key_unique UNIQUE (project_id, deadline_key)
);
CREATE INDEX deadline_due ON funding.deadline (due_on, project_id);
CREATE INDEX deadline_open_due ON funding.deadline (fulfilment, due_on);

CREATE SEQUENCE funding.cost_plan_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE funding.cost_plan_line (
    id         BIGINT PRIMARY KEY,
    project_id BIGINT        NOT NULL REFERENCES funding.project (id),
    category   VARCHAR(100)  NOT NULL,
    plan_year  INTEGER       NOT NULL,
    amount     NUMERIC(14,2) NOT NULL,
    CONSTRAINT cost_plan_line_unique UNIQUE (project_id, category, plan_year)
);

CREATE SEQUENCE funding.disbursement_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE funding.disbursement (
    id               BIGINT PRIMARY KEY,
    project_id       BIGINT        NOT NULL REFERENCES funding.project (id),
    amount           NUMERIC(14,2) NOT NULL,
    payout_on        DATE          NOT NULL,
    payout_reference VARCHAR(100),
    recorded_by      VARCHAR(64)   NOT NULL,
    recorded_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version          BIGINT        NOT NULL
);
CREATE INDEX disbursement_project ON funding.disbursement (project_id, payout_on);

CREATE SEQUENCE funding.expenditure_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE funding.expenditure (
    id                BIGINT PRIMARY KEY,
    project_id        BIGINT        NOT NULL REFERENCES funding.project (id),
    spent_on          DATE          NOT NULL,
    category          VARCHAR(100)  NOT NULL,
    amount            NUMERIC(14,2) NOT NULL,
    receipt_reference VARCHAR(100)  NOT NULL,
    description       VARCHAR(1000),
    recorded_by       VARCHAR(64)   NOT NULL,
    recorded_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    version           BIGINT        NOT NULL
);
CREATE INDEX expenditure_project ON funding.expenditure (project_id, spent_on);

CREATE SEQUENCE funding.extension_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE funding.extension (
    id                  BIGINT PRIMARY KEY,
    project_id          BIGINT        NOT NULL REFERENCES funding.project (id),
    previous_period_end DATE          NOT NULL,
    new_period_end      DATE          NOT NULL,
    reason              VARCHAR(2000) NOT NULL,
    funder_reference    VARCHAR(100),
    status              VARCHAR(16)   NOT NULL,
    requested_by        VARCHAR(64)   NOT NULL,
    requested_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    decided_by          VARCHAR(64),
    decided_at          TIMESTAMP WITH TIME ZONE,
    decision_note       VARCHAR(2000),
    version             BIGINT        NOT NULL
);
CREATE INDEX extension_project ON funding.extension (project_id, status);

CREATE SEQUENCE funding.event_attendance_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE funding.event_attendance (
    id            BIGINT PRIMARY KEY,
    project_id    BIGINT       NOT NULL REFERENCES funding.project (id),
    event_id      BIGINT       NOT NULL,
    event_title   VARCHAR(300) NOT NULL,
    event_on      DATE         NOT NULL,
    attendees     INTEGER      NOT NULL,
    organisations INTEGER      NOT NULL,
    recorded_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT event_attendance_unique UNIQUE (project_id, event_id)
);

CREATE SEQUENCE funding.reminder_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE funding.reminder_sent (
    id            BIGINT PRIMARY KEY,
    deadline_id   BIGINT       NOT NULL REFERENCES funding.deadline (id) ON DELETE CASCADE,
    reminder_kind VARCHAR(16)  NOT NULL,
    due_on        DATE         NOT NULL,
    recipient     VARCHAR(254) NOT NULL,
    sent_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT reminder_sent_unique UNIQUE (deadline_id, reminder_kind, due_on)
);

CREATE TABLE funding.office_digest (
    digest_on  DATE PRIMARY KEY,
    items      INTEGER NOT NULL,
    recipients INTEGER NOT NULL,
    sent_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
