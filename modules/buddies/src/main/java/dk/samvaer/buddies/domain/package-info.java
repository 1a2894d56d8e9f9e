/** The Buddy and StaffWelcome aggregates and their named rules; free of Spring, persistence and web. */
package dk.samvaer.buddies.domain;
