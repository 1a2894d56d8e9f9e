/** Aggregates of the outreach context and their named rules; free of Spring, persistence and web. */
package dk.samvaer.outreach.domain;
