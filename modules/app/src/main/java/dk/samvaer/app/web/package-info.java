/**
 * The edges of HTTP: requests refused before security and routing (unnormalised paths, unusable media types), and
 * every error answer of any layer (Spring's {@code /error} dispatch, Tomcat's own reports) as a problem.
 */
package dk.samvaer.app.web;
