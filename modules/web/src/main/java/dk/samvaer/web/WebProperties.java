package dk.samvaer.web;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code samvaer.web.*}: {@code users-file}, the YAML list of local users ({@code {username, password, roles,
 * municipalities}}, {@code password} a bcrypt hash as {@code htpasswd -nbB} writes it), {@code data-dir}/users.yml
 * when not set; {@code evaluation-answers-per-minute}, how many answers one client address may send through public
 * evaluation links in a minute (30: a group answering on the centre's Wi-Fi shares one address); {@code oidc.*}, an
 * OpenID Connect provider people may sign in with.
 */
@ConfigurationProperties("samvaer.web")
public record WebProperties(Path usersFile, Integer evaluationAnswersPerMinute, Oidc oidc) {

    public WebProperties {
        evaluationAnswersPerMinute = evaluationAnswersPerMinute == null ? 30 : evaluationAnswersPerMinute;
        if (evaluationAnswersPerMinute < 1) {
            throw new IllegalArgumentException("samvaer.web.evaluation-answers-per-minute must be at least 1.");
        }
        oidc = oidc == null ? new Oidc(null, null, null, null, null) : oidc;
    }

    /**
     * {@code samvaer.web.oidc.*}: sign-in with an OpenID Connect provider, on when {@code issuer-uri} is set. The
     * provider is found by its discovery document ({@code <issuer-uri>/.well-known/openid-configuration}); Samvær is
     * the client {@code client-id} (with {@code client-secret}, or a public client with PKCE when there is none) and
     * asks for {@code scopes} ({@code openid profile}). {@code name} is the provider's name on the sign-in button.
     * Roles and municipalities come from the claims named by {@code samvaer.security.jwt.*}, as for the API's tokens.
     */
    public record Oidc(URI issuerUri, String clientId, String clientSecret, List<String> scopes, String name) {

        public Oidc {
            scopes = scopes == null || scopes.isEmpty() ? List.of("openid", "profile") : List.copyOf(scopes);
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
