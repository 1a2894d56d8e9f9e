package dk.samvaer.web;

import dk.samvaer.kernel.Settings;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code samvaer.web.*}: the web pages' sign-in and the public evaluation links.
 *
 * @param usersFile the people who may sign in to the web pages, a YAML list of {username, password, roles,
 *     municipalities} with password a bcrypt hash as htpasswd -nbB writes it; data-dir/users.yml when not set; a
 *     malformed file stops the start
 * @param evaluationAnswersPerMinute how many answers one client address may send through public evaluation links in a
 *     minute (a group answering on the centre's Wi-Fi shares one address); beyond it a Danish "wait a moment" page
 * @param oidc an OpenID Connect provider people may sign in with
 */
@ConfigurationProperties("samvaer.web")
public record WebProperties(
        Path usersFile, @DefaultValue("30") int evaluationAnswersPerMinute, @DefaultValue Oidc oidc) {

    public WebProperties {
        Settings.atLeast("samvaer.web.evaluation-answers-per-minute", evaluationAnswersPerMinute, 1);
    }

    /**
     * {@code samvaer.web.oidc.*}: sign-in with an OpenID Connect provider. Roles and municipalities come from the
     * claims named by {@code samvaer.security.jwt.*}, as for the API's tokens.
     *
     * @param issuerUri the provider, found by its discovery document (issuer-uri/.well-known/openid-configuration),
     *     read at the first sign-in; sign-in with a provider is off when not set
     * @param clientId Samvær's client at the provider; required with issuer-uri
     * @param clientSecret the client's secret; without one Samvær is a public client (PKCE)
     * @param scopes the scopes asked for; must include openid
     * @param name the provider's name on the sign-in button ("Log ind med Kolding Kommune"); without it "Log ind med
     *     din arbejdskonto"
     */
    public record Oidc(
            URI issuerUri,
            String clientId,
            String clientSecret,
            @DefaultValue({"openid", "profile"}) List<String> scopes,
            String name) {

        public Oidc {
            scopes = List.copyOf(scopes);
            clientSecret = clientSecret == null || clientSecret.isBlank() ? null : clientSecret;
            name = name == null || name.isBlank() ? null : name.strip();
            if (issuerUri != null) {
                if (clientId == null || clientId.isBlank()) {
                    throw new IllegalArgumentException(
                            "samvaer.web.oidc.client-id is required when samvaer.web.oidc.issuer-uri is set.");
                }
                if (!scopes.contains("openid")) {
                    throw new IllegalArgumentException("samvaer.web.oidc.scopes must include openid.");
                }
            }
        }

        /** Whether people may sign in with the provider. */
        public boolean enabled() {
            return issuerUri != null;
        }
    }
}
