package dk.samvaer.kernel.node;

/**
 * The identity of this process among the nodes sharing one database: {@code samvaer.node-id}, by default the host name
 * with a random suffix, so that two processes (or two contexts in a test) never share a claim or a lease.
 */
public record ClusterNode(String id) {}
