/**
 * The Axon event store on JDBC and what runs on it, one configuration per concern: the store (schema names,
 * duplicate-key detection, {@code samvaer.event-store.*}), its JSON serialisation, the processors that keep the read
 * models ({@code samvaer.processors.*}: the waking event source, which wakes the pooled processors on a commit on this
 * node and by a light poll of the head for another node's; the segment balancer, which spreads the processors'
 * segments over the nodes), the cluster's claim owners, and the command gateway that retries on a concurrent
 * modification ({@code samvaer.commands.*}).
 */
package dk.samvaer.app.eventstore;
