/** Reading the event store for auditors, and keeping and verifying the ledger. */
package dk.samvaer.audit.query;
