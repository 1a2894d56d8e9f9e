-- The first escort of each citizen to each centre, kept as escorts arrive (in any order, a backfill included), so the
-- escort report reads a flag instead of searching every earlier escort of the citizen for each escort (issue 14).
ALTER TABLE reporting_escort ADD COLUMN first_escort BOOLEAN DEFAULT FALSE NOT NULL;

CREATE TABLE reporting_escort_first (
    citizen_pseudonym VARCHAR(100) NOT NULL,
    centre_id         UUID         NOT NULL,
    escort_id         UUID         NOT NULL,
    escorted_on       DATE         NOT NULL,
    PRIMARY KEY (citizen_pseudonym, centre_id)
);

INSERT INTO reporting_escort_first (citizen_pseudonym, centre_id, escort_id, escorted_on)
SELECT e.citizen_pseudonym, e.centre_id, e.escort_id, e.escorted_on FROM reporting_escort e
 WHERE NOT EXISTS (SELECT 1 FROM reporting_escort p
                    WHERE p.citizen_pseudonym = e.citizen_pseudonym AND p.centre_id = e.centre_id
                      AND (p.escorted_on < e.escorted_on OR (p.escorted_on = e.escorted_on AND p.escort_id < e.escort_id)));

UPDATE reporting_escort SET first_escort = TRUE WHERE escort_id IN (SELECT escort_id FROM reporting_escort_first);

CREATE INDEX ix_reporting_escort_on ON reporting_escort (escorted_on);
