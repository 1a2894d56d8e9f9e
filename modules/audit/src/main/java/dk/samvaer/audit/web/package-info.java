/** REST endpoints for auditors and the rebuild operation. */
package dk.samvaer.audit.web;
