/**
 * Case-system ingestion as an application service: postings (escorts, referrals and their results) are checked,
 * fingerprinted and turned into commands once per {@code (sourceSystem, externalId)}, one by one or as a batch. The
 * HTTP endpoints that take them are in {@code web}; the citizen reference is resolved through the key vault and never
 * kept.
 */
package dk.samvaer.outreach.ingestion;
