package dk.samvaer.web.security;

import dk.samvaer.kernel.node.NodeProperties;
import dk.samvaer.kernel.security.CallerAuthentication;
import dk.samvaer.kernel.security.CallerClaims;
import dk.samvaer.programme.api.Municipalities;
import dk.samvaer.web.WebProperties;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Who may see which page. People sign in at {@code /login} (local users from {@code samvaer.web.users-file}, and an
 * OpenID Connect provider when {@code samvaer.web.oidc.issuer-uri} is set) and get a session with CSRF protection;
 * the pages use the same roles and municipality scope as the API. This chain covers only the pages: {@code /api/**}
 * keeps its own stateless chain, which never reads the session, and pages never accept API keys.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(CallerClaims.class)
class WebSecurityConfiguration {

    /** The paths of the web front end; everything else belongs to the API's chain. */
    static final String[] PAGES = {
        "/",
        "/login",
        "/logout",
        // the OpenID Connect provider's sign-in: the way out to it and the way back
        "/oauth2/**",
        "/login/oauth2/**",
        "/adgang-naegtet",
        "/aktiviteter",
        "/aktiviteter/**",
        "/velkomster",
        "/velkomster/**",
        "/synlighed",
        "/synlighed/**",
        "/oversigt",
        "/oversigt/**",
        "/revision",
        "/revision/**",
        "/assets/**",
        "/webjars/**",
        "/favicon.ico"
    };

    private static final Logger log = LoggerFactory.getLogger(WebSecurityConfiguration.class);

    /** Where signing out ends. */
    private static final String SIGNED_OUT = "/login?logget-ud";

    private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:;"
            + " style-src 'self'; script-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'self'";

    @Bean
    WebUsers webUsers(
            WebProperties properties, Environment environment, Municipalities municipalities, NodeProperties node) {
        Path file = properties.usersFile() != null
                ? properties.usersFile()
                : node.dataDir().resolve("users.yml");
        if (!Files.exists(file)) {
            if (environment.acceptsProfiles(Profiles.of("demo"))) {
                DemoWebUsers.create(file);
            } else if (properties.usersFile() != null) {
                throw new IllegalStateException(
                        "The users file " + file.toAbsolutePath() + " (" + WebUsers.SETTING + ") does not exist.");
            } else if (properties.oidc().enabled()) {
                log.info("No users file at {}: people sign in with the OpenID Connect provider only.", file);
                return WebUsers.none();
            } else {
                log.warn("No users file at {}: nobody can sign in to the web pages.", file);
                return WebUsers.none();
            }
        }
        WebUsers users = WebUsers.load(file, municipalities::exists);
        log.info("Loaded {} web users from {}", users.size(), file.toAbsolutePath());
        return users;
    }

    /** What the sign-in page offers: the local users' form, the provider's button, or both. */
    @Bean
    SignInOptions signInOptions(WebProperties properties, WebUsers users) {
        return SignInOptions.of(
                users.size() > 0, properties.oidc().enabled(), properties.oidc().name());
    }

    /**
     * The participants' evaluation pages: open to anyone, no session (the CSRF token lives in a cookie of its own, the
     * only cookie), so a participant's phone keeps nothing of the visit.
     */
    @Bean
    @Order(0)
    SecurityFilterChain evaluation(HttpSecurity http) throws Exception {
        http.securityMatcher("/e/**")
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.csrfTokenRepository(new CookieCsrfTokenRepository()))
                .requestCache(cache -> cache.disable())
                .exceptionHandling(handling -> handling.accessDeniedPage("/e/udloebet"))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(
                                referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)))
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll());
        return http.build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain pages(
            HttpSecurity http,
            WebUsers users,
            WebProperties properties,
            CallerClaims claims,
            Municipalities municipalities)
            throws Exception {
        WebProperties.Oidc oidc = properties.oidc();
        ProviderSignIn provider = oidc.enabled() ? new ProviderSignIn(oidc, claims, municipalities::exists) : null;
        List<AuthenticationProvider> signIns = new ArrayList<>(List.of(signIn(users)));
        if (provider != null) {
            signIns.add(provider.authenticationProvider());
        }
        http.securityMatcher(PAGES)
                .authenticationManager(new ProviderManager(signIns))
                .formLogin(form -> form.loginPage("/login")
                        .defaultSuccessUrl("/", true)
                        .failureUrl("/login?fejl")
                        .permitAll())
                .logout(logout -> {
                    logout.logoutUrl("/logout");
                    if (provider == null) {
                        logout.logoutSuccessUrl(SIGNED_OUT);
                    } else {
                        logout.logoutSuccessHandler(provider.logoutSuccessHandler(SIGNED_OUT));
                    }
                })
                .exceptionHandling(handling -> handling.accessDeniedPage("/adgang-naegtet"))
                .headers(headers -> headers.contentSecurityPolicy(
                                csp -> csp.policyDirectives(contentSecurityPolicy(oidc)))
                        .referrerPolicy(
                                referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)))
                .authorizeHttpRequests(
                        requests -> requests.requestMatchers("/login", "/assets/**", "/webjars/**", "/favicon.ico")
                                .permitAll()
                                .anyRequest()
                                .authenticated());
        if (provider != null) {
            provider.configure(http, "/");
            log.info("People may sign in with the OpenID Connect provider {}.", oidc.issuerUri());
        }
        return http.build();
    }

    /**
     * The pages' policy; with a provider, a form may also lead to it (signing out goes on to the provider's end of
     * session, on the issuer's host).
     */
    private static String contentSecurityPolicy(WebProperties.Oidc oidc) {
        if (!oidc.enabled()) {
            return CONTENT_SECURITY_POLICY;
        }
        URI issuer = oidc.issuerUri();
        String origin = issuer.getScheme() + "://" + issuer.getAuthority();
        return CONTENT_SECURITY_POLICY.replace("form-action 'self'", "form-action 'self' " + origin);
    }

    /** A username and password checked against the users file; the signed-in person is a {@code Caller}. */
    private static AuthenticationProvider signIn(WebUsers users) {
        return new AuthenticationProvider() {
            @Override
            public Authentication authenticate(Authentication attempt) {
                String password = attempt.getCredentials() == null
                        ? ""
                        : attempt.getCredentials().toString();
                return users.authenticate(attempt.getName(), password)
                        .map(CallerAuthentication::new)
                        .orElseThrow(() -> new BadCredentialsException("Wrong username or password"));
            }

            @Override
            public boolean supports(Class<?> type) {
                return UsernamePasswordAuthenticationToken.class.isAssignableFrom(type);
            }
        };
    }
}
