/** REST endpoints of the buddy scheme. */
package dk.samvaer.buddies.web;
