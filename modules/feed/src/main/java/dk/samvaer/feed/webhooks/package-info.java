/**
 * Signed webhooks (ADR 0020): subscriptions, the outbox that a streaming processor's handler fills from the settled
 * event log, and the sender that delivers each subscription's outbox in order under a lease, signed per the Standard
 * Webhooks specification, only to hosts the operator allows.
 */
package dk.samvaer.feed.webhooks;
