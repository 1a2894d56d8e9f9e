/** Helpers around the read models: waiting for this node's projections to catch up after a write. */
package dk.samvaer.kernel.readmodel;
