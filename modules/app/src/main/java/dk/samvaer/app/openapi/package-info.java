/** The OpenAPI description: API info, and the problem responses every operation can give. */
package dk.samvaer.app.openapi;
