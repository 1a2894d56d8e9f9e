/** Activities context: plug-and-play activities, the logbook after each, and participant evaluations. */
package dk.samvaer.activities;
