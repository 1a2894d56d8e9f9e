-- Read models of the reporting context (owned by dk.samvaer.reporting.query).
CREATE TABLE reporting_enrolment (
    project_year      INTEGER     NOT NULL,
    municipality_code VARCHAR(3)  NOT NULL,
    arm               VARCHAR(16) NOT NULL,
    PRIMARY KEY (project_year, municipality_code)
);

-- One row per activity with its current logbook; held_year is the year of held_on (it decides the project year).
CREATE TABLE reporting_activity (
    activity_id       UUID         NOT NULL PRIMARY KEY,
    municipality_code VARCHAR(3)   NOT NULL,
    title             VARCHAR(200) NOT NULL,
    status            VARCHAR(16)  NOT NULL,
    held_on           DATE,
    held_year         INTEGER,
    participants      INTEGER,
    new_participants  INTEGER,
    formerly_homeless INTEGER
);
CREATE INDEX ix_reporting_activity_year ON reporting_activity (held_year, municipality_code);

CREATE TABLE reporting_evaluation (
    evaluation_id        UUID       NOT NULL PRIMARY KEY,
    activity_id          UUID       NOT NULL,
    municipality_code    VARCHAR(3) NOT NULL,
    heard_centre         BOOLEAN    NOT NULL,
    heard_friend         BOOLEAN    NOT NULL,
    heard_social_media   BOOLEAN    NOT NULL,
    heard_support_worker BOOLEAN    NOT NULL,
    heard_other          BOOLEAN    NOT NULL,
    would_join_again     BOOLEAN
);
CREATE INDEX ix_reporting_evaluation_activity ON reporting_evaluation (activity_id);
