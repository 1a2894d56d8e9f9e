/** The outreach context's public contract: commands, events, ids and read interfaces. */
package dk.samvaer.outreach.api;
