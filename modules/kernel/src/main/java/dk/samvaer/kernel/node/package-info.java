/**
 * This process among the nodes that share one database: its settings ({@code samvaer.data-dir}, {@code node-id},
 * {@code read-only}), its name in claims and leases, and the condition for what only a writing node runs.
 */
package dk.samvaer.kernel.node;
