/** Read models of the activities context: the activity list, logbook history and evaluations. */
package dk.samvaer.activities.query;
