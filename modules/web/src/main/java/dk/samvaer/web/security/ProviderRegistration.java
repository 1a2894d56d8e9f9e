package dk.samvaer.web.security;

import dk.samvaer.web.WebProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;

/**
 * Samvær as a client of the OpenID Connect provider ({@code samvaer.web.oidc.*}), registered as {@value #ID}: its
 * endpoints and keys come from the provider's discovery document, read on first use (so a provider that is down at
 * start does not stop the API or local sign-in) and then kept; a failed read is logged and tried again on the next
 * sign-in. Authorization codes are always protected with PKCE; without a client secret Samvær is a public client.
 */
final class ProviderRegistration implements ClientRegistrationRepository {

    /** The registration id, in {@code /oauth2/authorization/oidc} and {@code /login/oauth2/code/oidc}. */
    static final String ID = "oidc";

    private static final Logger log = LoggerFactory.getLogger(ProviderRegistration.class);

    private final WebProperties.Oidc settings;
    private volatile ClientRegistration registration;

    ProviderRegistration(WebProperties.Oidc settings) {
        this.settings = settings;
    }

    @Override
    public ClientRegistration findByRegistrationId(String registrationId) {
        return ID.equals(registrationId) ? registration() : null;
    }

    /** The registration, or {@code null} while the provider's discovery document cannot be read. */
    ClientRegistration registration() {
        ClientRegistration known = registration;
        if (known != null) {
            return known;
        }
        synchronized (this) {
            if (registration == null) {
                try {
                    registration = discover();
                    log.info("OpenID Connect provider {} found; people may sign in with it.", settings.issuerUri());
                } catch (RuntimeException e) {
                    log.warn(
                            "Could not read the OpenID Connect discovery document of {} (samvaer.web.oidc.issuer-uri): {}",
                            settings.issuerUri(),
                            e.getMessage());
                }
            }
            return registration;
        }
    }

    private ClientRegistration discover() {
        ClientRegistration.Builder builder = ClientRegistrations.fromOidcIssuerLocation(
                        settings.issuerUri().toString())
                .registrationId(ID)
                .clientId(settings.clientId())
                .scope(settings.scopes())
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .clientSettings(ClientRegistration.ClientSettings.builder()
                        .requireProofKey(true)
                        .build());
        if (settings.clientSecret() == null) {
            builder.clientAuthenticationMethod(ClientAuthenticationMethod.NONE);
        } else {
            builder.clientSecret(settings.clientSecret());
        }
        if (settings.name() != null) {
            builder.clientName(settings.name());
        }
        return builder.build();
    }
}
