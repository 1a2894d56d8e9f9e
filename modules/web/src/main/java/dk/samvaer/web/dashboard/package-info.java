/** What the leaders' dashboard draws: bar charts ready for SVG, the practice matrix, Danish number texts. */
package dk.samvaer.web.dashboard;
