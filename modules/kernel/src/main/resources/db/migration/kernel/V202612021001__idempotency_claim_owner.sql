-- Which running process holds a pending claim, so that another node can take over the claim of a process that is gone
-- as soon as the cluster table says so (ADR 0008). Null on rows written before this column existed.
ALTER TABLE idempotency_record ADD COLUMN claimed_by VARCHAR(255);
