/** The event-sourced Activity aggregate and its named rules; free of Spring, persistence and web. */
package dk.samvaer.activities.domain;
