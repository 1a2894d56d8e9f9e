-- Signed webhooks (owned by dk.samvaer.feed.webhooks, ADR 0020). Works unchanged on H2 (PostgreSQL mode) and PostgreSQL.
--
-- A subscription: where to, which event types and municipalities ('' = all), its signing secret (needed in clear to
-- sign), ACTIVE or PAUSED, the log position it was created at, and how far the outbox writer has looked through the
-- event log for it (enqueued_position: every settled event up to it that matches has a delivery row).
CREATE TABLE feed_webhook_subscription (
    id                 VARCHAR(36)   NOT NULL PRIMARY KEY,
    url                VARCHAR(2048) NOT NULL,
    event_types        VARCHAR(4000) NOT NULL,
    municipality_codes VARCHAR(1000) NOT NULL,
    secret             VARCHAR(200)  NOT NULL,
    status             VARCHAR(16)   NOT NULL,
    paused_reason      VARCHAR(1000),
    paused_at          TIMESTAMP WITH TIME ZONE,
    start_position     BIGINT        NOT NULL,
    enqueued_position  BIGINT        NOT NULL,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by         VARCHAR(255)  NOT NULL
);

-- The outbox and delivery log: one row per subscription and matching event, its body (one feed item) written once,
-- so every attempt sends the same bytes. A subscription sends its oldest undelivered row first (head of line).
CREATE TABLE feed_webhook_delivery (
    subscription_id VARCHAR(36)  NOT NULL REFERENCES feed_webhook_subscription (id) ON DELETE CASCADE,
    position        BIGINT       NOT NULL,
    event_id        VARCHAR(255) NOT NULL,
    event_type      VARCHAR(255) NOT NULL,
    recorded_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    body            BYTEA        NOT NULL,
    status          VARCHAR(16)  NOT NULL,
    attempts        INTEGER      NOT NULL,
    last_error      VARCHAR(1000),
    last_attempt_at TIMESTAMP WITH TIME ZONE,
    next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
    first_failed_at TIMESTAMP WITH TIME ZONE,
    delivered_at    TIMESTAMP WITH TIME ZONE,
    enqueued_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (subscription_id, position)
);
CREATE INDEX feed_webhook_delivery_undelivered ON feed_webhook_delivery (subscription_id, status, position);

-- Which node sends a subscription's deliveries, until when: taken when free or expired, renewed before every attempt,
-- released when the node stops. A node that dies holds it no longer than samvaer.webhooks.lease.
CREATE TABLE feed_webhook_lease (
    subscription_id VARCHAR(36)  NOT NULL PRIMARY KEY REFERENCES feed_webhook_subscription (id) ON DELETE CASCADE,
    owner           VARCHAR(255),
    expires_at      TIMESTAMP WITH TIME ZONE NOT NULL
);

-- One row, locked (SELECT ... FOR UPDATE) by whichever node moves the outbox writer's cursors, so that two nodes never
-- read the log for the same subscription at once; also taken by resend, which moves a cursor back.
CREATE TABLE feed_webhook_writer (
    name VARCHAR(32) NOT NULL PRIMARY KEY
);
INSERT INTO feed_webhook_writer (name) VALUES ('outbox');
