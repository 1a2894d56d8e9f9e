/** The programme context's public contract: commands, events, ids and read interfaces other contexts may use. */
package dk.samvaer.programme.api;
