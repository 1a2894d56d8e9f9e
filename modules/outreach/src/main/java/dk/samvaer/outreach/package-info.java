/** Outreach context: escorts and referrals posted by case systems, and the centres' visibility actions. */
package dk.samvaer.outreach;
