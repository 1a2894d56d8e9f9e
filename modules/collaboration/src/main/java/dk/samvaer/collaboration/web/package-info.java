/** REST endpoints of the collaboration context. */
package dk.samvaer.collaboration.web;
