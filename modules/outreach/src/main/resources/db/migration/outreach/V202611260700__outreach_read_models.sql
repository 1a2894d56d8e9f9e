-- Read models of the outreach context (owned by dk.samvaer.outreach.query). No citizen references or pseudonyms here:
-- case systems read back what they posted by id.
CREATE TABLE outreach_escort (
    escort_id         UUID         NOT NULL PRIMARY KEY,
    municipality_code VARCHAR(3)   NOT NULL,
    service           VARCHAR(16)  NOT NULL,
    centre_id         UUID         NOT NULL,
    activity_id       UUID,
    escorted_on       DATE         NOT NULL,
    posted_by         VARCHAR(200),
    source_system     VARCHAR(100),
    external_id       VARCHAR(100)
);

CREATE TABLE outreach_referral (
    referral_id       UUID          NOT NULL PRIMARY KEY,
    municipality_code VARCHAR(3)    NOT NULL,
    service           VARCHAR(16)   NOT NULL,
    centre_id         UUID          NOT NULL,
    referred_on       DATE          NOT NULL,
    status            VARCHAR(16)   NOT NULL,
    accepted_on       DATE,
    arrived_on        DATE,
    declined_on       DATE,
    expired_on        DATE,
    reason            VARCHAR(1000),
    days_to_arrival   BIGINT,
    posted_by         VARCHAR(200),
    source_system     VARCHAR(100),
    external_id       VARCHAR(100)
);

CREATE TABLE outreach_visibility_action (
    action_id         UUID        NOT NULL PRIMARY KEY,
    centre_id         UUID        NOT NULL,
    municipality_code VARCHAR(3)  NOT NULL,
    kind              VARCHAR(32) NOT NULL,
    channel           VARCHAR(16),
    activity_id       UUID,
    taken_on          DATE        NOT NULL,
    description       VARCHAR(500)
);
CREATE INDEX ix_outreach_visibility_centre ON outreach_visibility_action (centre_id, taken_on);
