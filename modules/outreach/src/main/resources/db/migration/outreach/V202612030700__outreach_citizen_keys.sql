-- The citizen key vault (issue 15, ADR 0016), owned by dk.samvaer.outreach.vault. One row per citizen and
-- municipality, found by the keyed hash of the case system's reference (citizen_lookup, never the reference itself).
-- It holds a random key; events carry only a token derived from it, so deleting the row (erasure, retention) leaves
-- every earlier event of that citizen without a link to the reference or to later postings. Not a projection: a
-- rebuild neither reads nor clears it. Backed up with the database, shared by every node.
-- * citizen_key: base64url of 32 random bytes; NULL for a citizen adopted from before the vault.
-- * legacy_token: for those, the pseudonym their events carried before the vault (V202612030701 adopts them), which
--   their later events keep carrying, so their history stays one history.
-- * last_posted_on: the Danish date a posting about the citizen was last recorded; retention runs from it.
CREATE TABLE outreach_citizen_key (
    citizen_lookup    VARCHAR(64) NOT NULL PRIMARY KEY,
    municipality_code VARCHAR(3)  NOT NULL,
    citizen_key       VARCHAR(64),
    legacy_token      VARCHAR(64),
    last_posted_on    DATE        NOT NULL,
    CONSTRAINT ck_outreach_citizen_key_one_source CHECK ((citizen_key IS NULL) <> (legacy_token IS NULL))
);
CREATE INDEX ix_outreach_citizen_key_last_posted ON outreach_citizen_key (last_posted_on);
