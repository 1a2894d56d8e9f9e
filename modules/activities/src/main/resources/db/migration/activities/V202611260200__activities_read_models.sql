-- Read models of the activities context (owned by dk.samvaer.activities.query).
CREATE TABLE activities_activity (
    activity_id          UUID          NOT NULL PRIMARY KEY,
    centre_id            UUID          NOT NULL,
    municipality_code    VARCHAR(3)    NOT NULL,
    title                VARCHAR(200)  NOT NULL,
    category             VARCHAR(32)   NOT NULL,
    setting              VARCHAR(16)   NOT NULL,
    starts_at            VARCHAR(40)   NOT NULL,
    starts_on            DATE          NOT NULL,
    description          VARCHAR(2000),
    cost_per_participant NUMERIC(12, 2),
    transport            VARCHAR(500),
    accessibility_notes  VARCHAR(1000),
    status               VARCHAR(16)   NOT NULL,
    activity_date        DATE          NOT NULL,
    held_on              DATE,
    participants         INTEGER,
    new_participants     INTEGER,
    formerly_homeless    INTEGER,
    corrections          INTEGER       NOT NULL DEFAULT 0,
    cancellation_reason  VARCHAR(1000),
    evaluations          INTEGER       NOT NULL DEFAULT 0,
    version              BIGINT        NOT NULL
);
CREATE INDEX ix_activities_activity_municipality_date ON activities_activity (municipality_code, activity_date);
CREATE INDEX ix_activities_activity_date ON activities_activity (activity_date);

-- Every logbook version of an activity: the original and each correction, in order.
CREATE TABLE activities_logbook_entry (
    activity_id       UUID          NOT NULL,
    sequence_number   BIGINT        NOT NULL,
    kind              VARCHAR(16)   NOT NULL,
    held_on           DATE          NOT NULL,
    participants      INTEGER       NOT NULL,
    new_participants  INTEGER       NOT NULL,
    formerly_homeless INTEGER       NOT NULL,
    reason            VARCHAR(1000),
    recorded_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (activity_id, sequence_number)
);

CREATE TABLE activities_evaluation (
    evaluation_id     UUID         NOT NULL PRIMARY KEY,
    activity_id       UUID         NOT NULL,
    heard_via         VARCHAR(100) NOT NULL,
    would_join_again  BOOLEAN,
    recorded_at       TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_activities_evaluation_activity ON activities_evaluation (activity_id);
