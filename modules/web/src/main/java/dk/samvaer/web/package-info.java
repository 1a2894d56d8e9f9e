/**
 * The Danish web front end for people: staff, leaders, auditors and participants. Server-rendered (Thymeleaf,
 * htmx), signed in with a session (local users or OpenID Connect), on the same commands and read models as the REST
 * API; no rule lives here.
 */
package dk.samvaer.web;
