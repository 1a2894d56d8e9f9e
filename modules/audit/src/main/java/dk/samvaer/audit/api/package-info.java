/** The audit context's public contract: the shapes of exported events and ledger answers. */
package dk.samvaer.audit.api;
