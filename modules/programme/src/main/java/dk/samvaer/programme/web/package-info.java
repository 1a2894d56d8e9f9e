/** REST endpoints of the programme context. */
package dk.samvaer.programme.web;
