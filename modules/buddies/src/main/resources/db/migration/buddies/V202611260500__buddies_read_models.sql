-- Read models of the buddy scheme (owned by dk.samvaer.buddies.query).
CREATE TABLE buddies_buddy (
    buddy_id            UUID          NOT NULL PRIMARY KEY,
    centre_id           UUID          NOT NULL,
    municipality_code   VARCHAR(3)    NOT NULL,
    handle              VARCHAR(30)   NOT NULL,
    status              VARCHAR(16)   NOT NULL,
    course_completed_on DATE,
    course_hours        INTEGER,
    tasks               VARCHAR(200)  NOT NULL DEFAULT '',
    status_reason       VARCHAR(1000),
    version             BIGINT        NOT NULL
);
CREATE INDEX ix_buddies_buddy_centre ON buddies_buddy (centre_id);
CREATE INDEX ix_buddies_buddy_municipality ON buddies_buddy (municipality_code);

CREATE TABLE buddies_supervision (
    session_id        UUID       NOT NULL PRIMARY KEY,
    buddy_id          UUID       NOT NULL,
    centre_id         UUID       NOT NULL,
    municipality_code VARCHAR(3) NOT NULL,
    held_on           DATE       NOT NULL
);
CREATE INDEX ix_buddies_supervision_buddy ON buddies_supervision (buddy_id);

CREATE TABLE buddies_welcome (
    welcome_id        UUID         NOT NULL PRIMARY KEY,
    centre_id         UUID         NOT NULL,
    municipality_code VARCHAR(3)   NOT NULL,
    buddy_id          UUID,
    welcomed_on       DATE         NOT NULL,
    heard_via         VARCHAR(100) NOT NULL,
    activity_id       UUID
);
CREATE INDEX ix_buddies_welcome_centre ON buddies_welcome (centre_id, welcomed_on);
