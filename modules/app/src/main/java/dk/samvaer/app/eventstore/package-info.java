/**
 * The Axon event store on JDBC: schema names, serialisation, duplicate-key detection, processor defaults; the waking
 * event source (wakes the pooled processors on a commit on this node, and by a light poll of the head for another
 * node's), the segment balancer (spreads the processors' segments over the nodes), the cluster's claim owners and the
 * command gateway that retries on a concurrent modification.
 */
package dk.samvaer.app.eventstore;
