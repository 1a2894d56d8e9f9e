package dk.samvaer.web.security;

import dk.samvaer.kernel.security.CallerAuthentication;
import dk.samvaer.kernel.security.CallerClaims;
import dk.samvaer.web.WebProperties;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.oidc.authentication.OidcAuthorizationCodeAuthenticationProvider;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * Sign-in with an OpenID Connect provider ({@code samvaer.web.oidc.*}), added to the pages' chain beside the local
 * users: the authorization code flow (with PKCE) from the button on {@code /login} through
 * {@code /oauth2/authorization/oidc} to the provider and back to {@code /login/oauth2/code/oidc}. The person who comes
 * back is held in the session as the same {@link CallerAuthentication} a local sign-in makes, so every page sees the
 * same {@code Caller}; signing out ends the session here and, when the provider has an {@code end_session_endpoint},
 * there too.
 */
final class ProviderSignIn {

    /** Where a failed sign-in at the provider comes back to: the sign-in page, with a Danish message. */
    static final String FAILURE_URL = "/login?udbyder-fejl";

    private static final Logger log = LoggerFactory.getLogger(ProviderSignIn.class);

    private final ProviderRegistration registration;
    private final ProviderPeople people;

    ProviderSignIn(WebProperties.Oidc settings, CallerClaims claims, Predicate<String> municipalityExists) {
        this.registration = new ProviderRegistration(settings);
        this.people = new ProviderPeople(claims, municipalityExists);
    }

    /**
     * Checks the code the provider sent back: exchanges it for the tokens, validates the ID token (signature,
     * issuer, audience, nonce, expiry) and maps its claims to a caller.
     */
    AuthenticationProvider authenticationProvider() {
        return new OidcAuthorizationCodeAuthenticationProvider(
                new RestClientAuthorizationCodeTokenResponseClient(), people);
    }

    /** Adds the provider's sign-in to the chain; {@code successUrl} is where a signed-in person goes. */
    void configure(HttpSecurity http, String successUrl) throws Exception {
        // where the chain keeps a signed-in person (its default): the request, and the session
        SecurityContextRepository contexts = new DelegatingSecurityContextRepository(
                new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository());
        AuthenticationFailureHandler failure = failure();
        http.oauth2Login(login -> login.loginPage("/login")
                .clientRegistrationRepository(registration)
                // the tokens are not used after sign-in; keep them in the session, not in a map that outlives it
                .authorizedClientRepository(new HttpSessionOAuth2AuthorizedClientRepository())
                .securityContextRepository(contexts)
                .userInfoEndpoint(userInfo -> userInfo.oidcUserService(people))
                .successHandler(asCaller(contexts, successUrl))
                .failureHandler(failure)
                .withObjectPostProcessor(new ObjectPostProcessor<OAuth2AuthorizationRequestRedirectFilter>() {
                    @Override
                    public <O extends OAuth2AuthorizationRequestRedirectFilter> O postProcess(O filter) {
                        // the provider cannot be reached (discovery): back to the sign-in page, not a 500
                        filter.setAuthenticationFailureHandler(failure);
                        return filter;
                    }
                })
                .permitAll());
    }

    /**
     * After signing out here: to the provider's {@code end_session_endpoint} (with the ID token as a hint and
     * {@code signedOutUrl} to come back to) for a person who signed in there, else to {@code signedOutUrl}.
     */
    LogoutSuccessHandler logoutSuccessHandler(String signedOutUrl) {
        OidcClientInitiatedLogoutSuccessHandler atProvider = new OidcClientInitiatedLogoutSuccessHandler(registration);
        atProvider.setPostLogoutRedirectUri("{baseUrl}" + signedOutUrl);
        atProvider.setDefaultTargetUrl(signedOutUrl);
        return (request, response, authentication) -> {
            if (authentication != null && authentication.getDetails() instanceof ProviderPeople.Person person) {
                atProvider.onLogoutSuccess(
                        request,
                        response,
                        new OAuth2AuthenticationToken(person, person.getAuthorities(), ProviderRegistration.ID));
            } else {
                atProvider.onLogoutSuccess(request, response, authentication);
            }
        };
    }

    /**
     * Replaces Spring's OAuth2 token by the person's {@link CallerAuthentication} (the provider's person kept as its
     * details, for signing out at the provider) in the request and the session, then goes on to {@code successUrl}.
     */
    private static AuthenticationSuccessHandler asCaller(SecurityContextRepository contexts, String successUrl) {
        SimpleUrlAuthenticationSuccessHandler next = new SimpleUrlAuthenticationSuccessHandler(successUrl);
        next.setAlwaysUseDefaultTargetUrl(true);
        SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();
        return (HttpServletRequest request, HttpServletResponse response, Authentication authentication) -> {
            if (!(authentication.getPrincipal() instanceof ProviderPeople.Person person)) {
                throw new IllegalStateException("An OpenID Connect sign-in without a Samvær person.");
            }
            CallerAuthentication caller = new CallerAuthentication(person.caller());
            caller.setDetails(person);
            SecurityContext context = holder.createEmptyContext();
            context.setAuthentication(caller);
            holder.setContext(context);
            contexts.saveContext(context, request, response);
            next.onAuthenticationSuccess(request, response, caller);
        };
    }

    private static AuthenticationFailureHandler failure() {
        SimpleUrlAuthenticationFailureHandler back = new SimpleUrlAuthenticationFailureHandler(FAILURE_URL);
        return (HttpServletRequest request, HttpServletResponse response, AuthenticationException exception) -> {
            Throwable cause = exception.getCause() == null ? exception : exception.getCause();
            log.warn("OpenID Connect sign-in failed: {}", cause.getMessage());
            back.onAuthenticationFailure(request, response, exception);
        };
    }
}
