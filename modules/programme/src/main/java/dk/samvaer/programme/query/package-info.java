/** Read models of the programme context: centres and project years, fed by events. */
package dk.samvaer.programme.query;
