/** Authentication (API keys, JWT), roles and municipality scope on every endpoint, and who-did-it metadata. */
package dk.samvaer.app.security;
