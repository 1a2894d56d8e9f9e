/**
 * The outbound feed: the domain events in order, in a documented public shape, scoped to the caller's municipalities,
 * for machine clients to pull ({@code GET /api/v1/feed}, with long polling) or to receive as signed webhooks. Reads the
 * event store through {@code audit.api.EventLog}; holds no rule of its own.
 */
package dk.samvaer.feed;
