/** The buddy scheme's public contract: commands, events, ids and read interfaces. */
package dk.samvaer.buddies.api;
