/** Collaboration context: cross-sector collaboration groups, their meetings, network meetings and the best-practice self-assessment. */
package dk.samvaer.collaboration;
