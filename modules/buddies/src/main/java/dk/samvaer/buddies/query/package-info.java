/** Read models of the buddy scheme: buddies, supervision sessions and welcomes. */
package dk.samvaer.buddies.query;
