/** Read models of the collaboration context: groups and seats, meetings and follow-ups, network meetings, self-assessments. */
package dk.samvaer.collaboration.query;
