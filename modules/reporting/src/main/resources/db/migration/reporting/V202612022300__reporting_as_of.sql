-- Figures as of an instant by query (issue 14, ADR 0015). Every fact that bears on the project-year figures is kept with
-- the instant its event was recorded, so "as it stood at T" is a query over these rows instead of a replay:
-- * recorded_ns: the event's recording instant (Axon's timestamp) in nanoseconds since 1970-01-01T00:00Z;
-- * position: the event's global index in the store, which orders the facts of one row as a replay would.
-- Rows that are only ever inserted carry recorded_ns; rows that change keep one fact per change (a logbook, each
-- correction, a cancellation; a meeting held or cancelled; a buddy's course and status), with NULL in the columns the
-- change does not set.
ALTER TABLE reporting_enrolment ADD COLUMN recorded_ns BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE reporting_network_participation ADD COLUMN recorded_ns BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE reporting_evaluation ADD COLUMN recorded_ns BIGINT DEFAULT 0 NOT NULL;

CREATE TABLE reporting_activity_fact (
    activity_id       UUID         NOT NULL,
    position          BIGINT       NOT NULL,
    recorded_ns       BIGINT       NOT NULL,
    status            VARCHAR(16)  NOT NULL,
    municipality_code VARCHAR(3),
    centre_id         UUID,
    title             VARCHAR(200),
    held_on           DATE,
    held_year         INTEGER,
    participants      INTEGER,
    new_participants  INTEGER,
    formerly_homeless INTEGER,
    PRIMARY KEY (activity_id, position)
);

CREATE TABLE reporting_meeting_fact (
    meeting_id        UUID        NOT NULL,
    position          BIGINT      NOT NULL,
    recorded_ns       BIGINT      NOT NULL,
    status            VARCHAR(16) NOT NULL,
    municipality_code VARCHAR(3),
    scheduled_for     DATE,
    held_on           DATE,
    PRIMARY KEY (meeting_id, position)
);

CREATE TABLE reporting_buddy_fact (
    buddy_id            UUID        NOT NULL,
    position            BIGINT      NOT NULL,
    recorded_ns         BIGINT      NOT NULL,
    status              VARCHAR(16),
    centre_id           UUID,
    municipality_code   VARCHAR(3),
    course_completed_on DATE,
    PRIMARY KEY (buddy_id, position)
);

-- The facts of events handled before this version cannot be derived from the read models (they do not know when
-- anything was recorded): the reporting read models are emptied here, and the eventstore migration that follows
-- removes the old processors' tokens, so every event is replayed on the first start of this version.
DELETE FROM reporting_self_assessment_practice;
DELETE FROM reporting_self_assessment;
DELETE FROM reporting_welcome;
DELETE FROM reporting_supervision;
DELETE FROM reporting_buddy;
DELETE FROM reporting_network_participation;
DELETE FROM reporting_follow_up;
DELETE FROM reporting_meeting;
DELETE FROM reporting_centre;
DELETE FROM reporting_evaluation;
DELETE FROM reporting_activity;
DELETE FROM reporting_enrolment;
DELETE FROM reporting_escort_first;
DELETE FROM reporting_escort;
DELETE FROM reporting_referral;
DELETE FROM reporting_visibility;
