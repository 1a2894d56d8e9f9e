-- Outreach figures (dk.samvaer.reporting.query): escorts with the citizen's pseudonym (never the case system's
-- reference), referrals with their results, visibility actions.
CREATE TABLE reporting_escort (
    escort_id         UUID         NOT NULL PRIMARY KEY,
    municipality_code VARCHAR(3)   NOT NULL,
    centre_id         UUID         NOT NULL,
    service           VARCHAR(16)  NOT NULL,
    citizen_pseudonym VARCHAR(100) NOT NULL,
    escorted_on       DATE         NOT NULL
);
CREATE INDEX ix_reporting_escort_citizen ON reporting_escort (citizen_pseudonym, centre_id, escorted_on);

CREATE TABLE reporting_referral (
    referral_id       UUID        NOT NULL PRIMARY KEY,
    municipality_code VARCHAR(3)  NOT NULL,
    centre_id         UUID        NOT NULL,
    referred_on       DATE        NOT NULL,
    status            VARCHAR(16) NOT NULL,
    accepted          BOOLEAN     NOT NULL,
    days_to_arrival   BIGINT
);

CREATE TABLE reporting_visibility (
    action_id         UUID        NOT NULL PRIMARY KEY,
    centre_id         UUID        NOT NULL,
    municipality_code VARCHAR(3)  NOT NULL,
    kind              VARCHAR(32) NOT NULL,
    taken_on          DATE        NOT NULL
);
