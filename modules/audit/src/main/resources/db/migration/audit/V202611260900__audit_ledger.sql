-- The tamper-evidence ledger (owned by dk.samvaer.audit.query). For every event, in global order, the SHA-256 of its
-- stored content and the chain hash SHA-256(previous chain hash || event hash); checkpoints of the chain as it grows.
CREATE TABLE audit_ledger_entry (
    position   BIGINT      NOT NULL PRIMARY KEY,
    event_hash VARCHAR(64) NOT NULL,
    chain_hash VARCHAR(64) NOT NULL
);

CREATE TABLE audit_ledger_checkpoint (
    position   BIGINT      NOT NULL PRIMARY KEY,
    chain_hash VARCHAR(64) NOT NULL,
    events     BIGINT      NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);
