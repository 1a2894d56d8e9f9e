/** Business metrics and the start-up notice. */
package dk.samvaer.app.observability;
