/** Read models of the outreach context: escorts, referrals and visibility actions with who posted them. */
package dk.samvaer.outreach.query;
