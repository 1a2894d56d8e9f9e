/** Event-sourced aggregates of the programme context; free of Spring, persistence and web. */
package dk.samvaer.programme.domain;
