/** The reporting context's public contract: the report shapes other modules (such as audit) may produce or compare. */
package dk.samvaer.reporting.api;
