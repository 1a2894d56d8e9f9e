/** The case-system ingestion API (idempotent, batchable) and the visibility-action endpoints. */
package dk.samvaer.outreach.web;
