/**
 * What happens to every HTTP request before a controller sees it, and is not security: the correlation id, the request
 * size limit, the CPR guard (no CPR number gets in, not even in a field that would be refused anyway), and idempotency
 * keys (a repeated write answers the first answer).
 */
package dk.samvaer.app.http;
