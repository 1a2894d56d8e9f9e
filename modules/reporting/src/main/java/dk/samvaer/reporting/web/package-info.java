/** Report endpoints: JSON by default, CSV for {@code Accept: text/csv}. */
package dk.samvaer.reporting.web;
