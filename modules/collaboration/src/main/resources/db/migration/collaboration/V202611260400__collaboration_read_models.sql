-- Read models of the collaboration context (owned by dk.samvaer.collaboration.query).
CREATE TABLE collaboration_group (
    group_id          UUID        NOT NULL PRIMARY KEY,
    municipality_code VARCHAR(3)  NOT NULL,
    level             VARCHAR(16) NOT NULL
);
CREATE INDEX ix_collaboration_group_municipality ON collaboration_group (municipality_code);

CREATE TABLE collaboration_seat (
    seat_id           UUID         NOT NULL PRIMARY KEY,
    group_id          UUID         NOT NULL,
    organisation_type VARCHAR(32)  NOT NULL,
    role_title        VARCHAR(200) NOT NULL,
    position          BIGINT       NOT NULL
);
CREATE INDEX ix_collaboration_seat_group ON collaboration_seat (group_id);

CREATE TABLE collaboration_meeting (
    meeting_id          UUID          NOT NULL PRIMARY KEY,
    group_id            UUID          NOT NULL,
    municipality_code   VARCHAR(3)    NOT NULL,
    scheduled_for       DATE          NOT NULL,
    coordinator_type    VARCHAR(32)   NOT NULL,
    coordinator_title   VARCHAR(200),
    purpose             VARCHAR(1000) NOT NULL,
    status              VARCHAR(16)   NOT NULL,
    held_on             DATE,
    attending           VARCHAR(500),
    next_meeting_on     DATE,
    cancellation_reason VARCHAR(1000)
);
CREATE INDEX ix_collaboration_meeting_group ON collaboration_meeting (group_id, scheduled_for);

-- Agenda items and decisions of a meeting, in order.
CREATE TABLE collaboration_meeting_item (
    meeting_id UUID          NOT NULL,
    kind       VARCHAR(16)   NOT NULL,
    position   INTEGER       NOT NULL,
    text       VARCHAR(1000) NOT NULL,
    PRIMARY KEY (meeting_id, kind, position)
);

CREATE TABLE collaboration_follow_up (
    follow_up_id      UUID          NOT NULL PRIMARY KEY,
    meeting_id        UUID          NOT NULL,
    municipality_code VARCHAR(3)    NOT NULL,
    description       VARCHAR(1000) NOT NULL,
    owner_type        VARCHAR(32)   NOT NULL,
    owner_title       VARCHAR(200),
    due_on            DATE          NOT NULL,
    completed_on      DATE,
    position          INTEGER       NOT NULL
);
CREATE INDEX ix_collaboration_follow_up_meeting ON collaboration_follow_up (meeting_id);

CREATE TABLE collaboration_network_meeting (
    network_meeting_id UUID          NOT NULL PRIMARY KEY,
    held_on            DATE          NOT NULL,
    purpose            VARCHAR(1000) NOT NULL
);

CREATE TABLE collaboration_network_participant (
    network_meeting_id UUID       NOT NULL,
    municipality_code  VARCHAR(3) NOT NULL,
    PRIMARY KEY (network_meeting_id, municipality_code)
);

CREATE TABLE collaboration_self_assessment (
    assessment_id     UUID       NOT NULL PRIMARY KEY,
    municipality_code VARCHAR(3) NOT NULL,
    centre_id         UUID,
    assessed_on       DATE       NOT NULL,
    position          BIGINT     NOT NULL
);
CREATE INDEX ix_collaboration_self_assessment_subject ON collaboration_self_assessment (municipality_code, centre_id);

CREATE TABLE collaboration_self_assessment_practice (
    assessment_id UUID          NOT NULL,
    practice      VARCHAR(32)   NOT NULL,
    status        VARCHAR(16)   NOT NULL,
    note          VARCHAR(1000),
    PRIMARY KEY (assessment_id, practice)
);

-- Personal data vault: optional display names of seats. Written by the command side in the same transaction as
-- the seat's event, never in an event, never in a report or export, and erased on request. Not a projection:
-- a rebuild leaves it alone.
CREATE TABLE collaboration_seat_display_name (
    seat_id      UUID         NOT NULL PRIMARY KEY,
    group_id     UUID         NOT NULL,
    display_name VARCHAR(200) NOT NULL
);
