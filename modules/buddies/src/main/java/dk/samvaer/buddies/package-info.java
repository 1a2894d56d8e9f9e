/** Buddy scheme: trained centre users who welcome newcomers, with their course, tasks and supervision. */
package dk.samvaer.buddies;
