/** Report projections (fed by other contexts' api events) and the queries over them. */
package dk.samvaer.reporting.query;
