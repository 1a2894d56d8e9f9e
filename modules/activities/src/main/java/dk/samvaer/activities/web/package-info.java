/** REST endpoints of the activities context. */
package dk.samvaer.activities.web;
