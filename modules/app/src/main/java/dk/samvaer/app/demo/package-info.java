/** The demo year (profile {@code demo}): project year 2025 of the report, loaded through the same commands as the API. */
package dk.samvaer.app.demo;
