/** Reporting context: cross-context read models such as the project-year figures and the evaluation summary. */
package dk.samvaer.reporting;
