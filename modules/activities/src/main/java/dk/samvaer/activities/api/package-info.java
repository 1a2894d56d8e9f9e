/** The activities context's public contract: commands, events and ids. */
package dk.samvaer.activities.api;
