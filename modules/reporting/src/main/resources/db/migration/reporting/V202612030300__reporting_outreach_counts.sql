-- The outreach reports read counts per day instead of every escort and referral of the period (issue 14, item 2;
-- ADR 0015). The projection marks each escort or referral row it writes (reconcile); once per batch, holding the lock
-- row below, a step takes the marked rows into first escorts and the counts and unmarks them. A referral remembers
-- what it is counted as (counted_*), so only a change is added; an escort is counted when it is first marked.
ALTER TABLE reporting_escort ADD COLUMN reconcile BOOLEAN DEFAULT FALSE NOT NULL;
CREATE INDEX ix_reporting_escort_reconcile ON reporting_escort (reconcile);
DROP TABLE reporting_escort_first;

-- Locked (SELECT ... FOR UPDATE) first by every step that changes the counts, until its transaction ends.
CREATE TABLE reporting_counts_lock (
    name VARCHAR(32) NOT NULL PRIMARY KEY
);
INSERT INTO reporting_counts_lock (name) VALUES ('outreach');

-- Escorts and first escorts per centre, service and day.
CREATE TABLE reporting_escort_day (
    municipality_code VARCHAR(3)  NOT NULL,
    centre_id         UUID        NOT NULL,
    service           VARCHAR(16) NOT NULL,
    escorted_on       DATE        NOT NULL,
    escorts           BIGINT      NOT NULL,
    first_escorts     BIGINT      NOT NULL,
    PRIMARY KEY (municipality_code, centre_id, service, escorted_on)
);
CREATE INDEX ix_reporting_escort_day_on ON reporting_escort_day (escorted_on);

-- Each citizen escorted in a municipality in a period: 0 for all time, a year (2025), a month (202503). Pseudonyms
-- are per municipality, so the citizens of several municipalities are the sum of theirs.
CREATE TABLE reporting_escort_citizen (
    municipality_code VARCHAR(3)   NOT NULL,
    period            INTEGER      NOT NULL,
    citizen_pseudonym VARCHAR(100) NOT NULL,
    PRIMARY KEY (period, municipality_code, citizen_pseudonym)
);

-- How many citizens were escorted in a municipality in a period.
CREATE TABLE reporting_escort_citizens (
    municipality_code VARCHAR(3) NOT NULL,
    period            INTEGER    NOT NULL,
    citizens          BIGINT     NOT NULL,
    PRIMARY KEY (municipality_code, period)
);

ALTER TABLE reporting_referral ADD COLUMN reconcile BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE reporting_referral ADD COLUMN counted_status VARCHAR(16);
ALTER TABLE reporting_referral ADD COLUMN counted_accepted BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE reporting_referral ADD COLUMN counted_days BIGINT;
CREATE INDEX ix_reporting_referral_reconcile ON reporting_referral (reconcile);

-- The referral funnel per centre and day of referral.
CREATE TABLE reporting_referral_day (
    municipality_code VARCHAR(3) NOT NULL,
    centre_id         UUID       NOT NULL,
    referred_on       DATE       NOT NULL,
    made              BIGINT     NOT NULL,
    accepted          BIGINT     NOT NULL,
    arrived           BIGINT     NOT NULL,
    declined          BIGINT     NOT NULL,
    expired           BIGINT     NOT NULL,
    PRIMARY KEY (municipality_code, centre_id, referred_on)
);
CREATE INDEX ix_reporting_referral_day_on ON reporting_referral_day (referred_on);

-- How many referrals of a centre and day took how many days to arrival (for the median).
CREATE TABLE reporting_referral_arrival (
    municipality_code VARCHAR(3) NOT NULL,
    centre_id         UUID       NOT NULL,
    referred_on       DATE       NOT NULL,
    days_to_arrival   BIGINT     NOT NULL,
    referrals         BIGINT     NOT NULL,
    PRIMARY KEY (municipality_code, centre_id, referred_on, days_to_arrival)
);
CREATE INDEX ix_reporting_referral_arrival_on ON reporting_referral_arrival (referred_on);

-- What is already projected is counted here.
INSERT INTO reporting_escort_day (municipality_code, centre_id, service, escorted_on, escorts, first_escorts)
SELECT municipality_code, centre_id, service, escorted_on, COUNT(*), SUM(CASE WHEN first_escort THEN 1 ELSE 0 END)
  FROM reporting_escort GROUP BY municipality_code, centre_id, service, escorted_on;
INSERT INTO reporting_escort_citizen (municipality_code, period, citizen_pseudonym)
SELECT DISTINCT municipality_code, 0, citizen_pseudonym FROM reporting_escort;
INSERT INTO reporting_escort_citizen (municipality_code, period, citizen_pseudonym)
SELECT DISTINCT municipality_code, CAST(EXTRACT(YEAR FROM escorted_on) AS INTEGER), citizen_pseudonym
  FROM reporting_escort;
INSERT INTO reporting_escort_citizen (municipality_code, period, citizen_pseudonym)
SELECT DISTINCT municipality_code, CAST(EXTRACT(YEAR FROM escorted_on) * 100 + EXTRACT(MONTH FROM escorted_on) AS INTEGER),
       citizen_pseudonym
  FROM reporting_escort;
INSERT INTO reporting_escort_citizens (municipality_code, period, citizens)
SELECT municipality_code, period, COUNT(*) FROM reporting_escort_citizen GROUP BY municipality_code, period;

INSERT INTO reporting_referral_day (municipality_code, centre_id, referred_on, made, accepted, arrived, declined, expired)
SELECT municipality_code, centre_id, referred_on, COUNT(*),
       SUM(CASE WHEN accepted OR status = 'ARRIVED' THEN 1 ELSE 0 END),
       SUM(CASE WHEN status = 'ARRIVED' THEN 1 ELSE 0 END),
       SUM(CASE WHEN status = 'DECLINED' THEN 1 ELSE 0 END),
       SUM(CASE WHEN status = 'EXPIRED' THEN 1 ELSE 0 END)
  FROM reporting_referral GROUP BY municipality_code, centre_id, referred_on;
INSERT INTO reporting_referral_arrival (municipality_code, centre_id, referred_on, days_to_arrival, referrals)
SELECT municipality_code, centre_id, referred_on, days_to_arrival, COUNT(*)
  FROM reporting_referral WHERE days_to_arrival IS NOT NULL
 GROUP BY municipality_code, centre_id, referred_on, days_to_arrival;
UPDATE reporting_referral SET counted_status = status, counted_accepted = (accepted OR status = 'ARRIVED'),
       counted_days = days_to_arrival;
