-- Read models for the strand reports: Table 1, collaboration, buddies, self-assessments (dk.samvaer.reporting.query).
CREATE TABLE reporting_centre (
    centre_id         UUID         NOT NULL PRIMARY KEY,
    municipality_code VARCHAR(3)   NOT NULL,
    name              VARCHAR(200) NOT NULL
);

CREATE TABLE reporting_meeting (
    meeting_id        UUID        NOT NULL PRIMARY KEY,
    municipality_code VARCHAR(3)  NOT NULL,
    scheduled_for     DATE        NOT NULL,
    status            VARCHAR(16) NOT NULL,
    held_on           DATE
);

CREATE TABLE reporting_follow_up (
    follow_up_id      UUID       NOT NULL PRIMARY KEY,
    meeting_id        UUID       NOT NULL,
    municipality_code VARCHAR(3) NOT NULL,
    meeting_held_on   DATE       NOT NULL,
    due_on            DATE       NOT NULL,
    completed_on      DATE
);

CREATE TABLE reporting_network_participation (
    network_meeting_id UUID       NOT NULL,
    municipality_code  VARCHAR(3) NOT NULL,
    held_on            DATE       NOT NULL,
    PRIMARY KEY (network_meeting_id, municipality_code)
);

CREATE TABLE reporting_buddy (
    buddy_id            UUID        NOT NULL PRIMARY KEY,
    centre_id           UUID        NOT NULL,
    municipality_code   VARCHAR(3)  NOT NULL,
    status              VARCHAR(16) NOT NULL,
    course_completed_on DATE
);

CREATE TABLE reporting_supervision (
    session_id        UUID       NOT NULL PRIMARY KEY,
    centre_id         UUID       NOT NULL,
    municipality_code VARCHAR(3) NOT NULL,
    held_on           DATE       NOT NULL
);

CREATE TABLE reporting_welcome (
    welcome_id        UUID       NOT NULL PRIMARY KEY,
    centre_id         UUID       NOT NULL,
    municipality_code VARCHAR(3) NOT NULL,
    by_buddy          BOOLEAN    NOT NULL,
    welcomed_on       DATE       NOT NULL
);

CREATE TABLE reporting_self_assessment (
    assessment_id     UUID       NOT NULL PRIMARY KEY,
    municipality_code VARCHAR(3) NOT NULL,
    centre_id         UUID,
    assessed_on       DATE       NOT NULL,
    position          BIGINT     NOT NULL
);

CREATE TABLE reporting_self_assessment_practice (
    assessment_id UUID        NOT NULL,
    practice      VARCHAR(32) NOT NULL,
    status        VARCHAR(16) NOT NULL,
    PRIMARY KEY (assessment_id, practice)
);
