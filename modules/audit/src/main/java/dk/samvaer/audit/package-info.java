/** Audit: the event export, as-of reconstruction, full rebuild and the tamper-evidence ledger. */
package dk.samvaer.audit;
