-- Idempotency records (owned by dk.samvaer.kernel.idempotency): one per (scope, key), e.g. a case system's
-- (sourceSystem, externalId) or a client's Idempotency-Key. Holds a keyed fingerprint of the request (never the request
-- itself) and the first successful answer, which is replayed to retries.
CREATE TABLE idempotency_record (
    scope           VARCHAR(200)  NOT NULL,
    record_key      VARCHAR(200)  NOT NULL,
    fingerprint     VARCHAR(100)  NOT NULL,
    state           VARCHAR(16)   NOT NULL,
    response_status INTEGER,
    content_type    VARCHAR(100),
    location        VARCHAR(500),
    response_body   BYTEA,
    claimed_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (scope, record_key)
);
