package dk.samvaer.app.security;

import dk.samvaer.kernel.node.NodeProperties;
import dk.samvaer.kernel.security.CallerClaims;
import dk.samvaer.kernel.security.Roles;
import dk.samvaer.kernel.web.ApiHeaders;
import dk.samvaer.kernel.web.ProblemWriter;
import dk.samvaer.programme.api.Municipalities;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.DispatcherType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.filter.CorsFilter;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Who may call what. Health probes and the API documentation are public; metrics need an admin or auditor; every
 * {@code /api/**} request needs an API key or (when configured) a JWT, and each endpoint names its roles with
 * {@code @RolesAllowed}. Anything else is denied. Sessions are never created.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableMethodSecurity(jsr250Enabled = true)
@EnableConfigurationProperties({SecurityProperties.class, CallerClaims.class})
class SecurityConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);

    @Bean
    FailedAuthentications failedAuthentications(SecurityProperties properties) {
        return new FailedAuthentications(properties.failedAuthentication());
    }

    @Bean
    ProblemResponses problemResponses(
            MeterRegistry registry, ProblemWriter problems, FailedAuthentications failedAuthentications) {
        return new ProblemResponses(registry, problems, failedAuthentications);
    }

    @Bean
    ApiKeys apiKeys(
            SecurityProperties properties,
            Environment environment,
            Municipalities municipalities,
            NodeProperties node) {
        Path file = properties.apiKeysFile() != null
                ? properties.apiKeysFile()
                : node.dataDir().resolve("api-keys.yml");
        if (!Files.exists(file)) {
            if (environment.acceptsProfiles(Profiles.of("demo"))) {
                DemoApiKeys.create(file);
            } else if (properties.apiKeysFile() != null) {
                throw new IllegalStateException("The API keys file " + file.toAbsolutePath()
                        + " (samvaer.security.api-keys-file) does not exist.");
            } else {
                log.warn("No API keys file at {}: only bearer tokens (if configured) can authenticate.", file);
                return ApiKeys.none();
            }
        }
        ApiKeys keys = ApiKeys.load(file, municipalities);
        log.info("Loaded {} API keys from {}", keys.size(), file.toAbsolutePath());
        return keys;
    }

    @Bean
    SecurityFilterChain api(
            HttpSecurity http,
            ApiKeys keys,
            ProblemResponses problems,
            FailedAuthentications failedAuthentications,
            SecurityProperties properties,
            CallerClaims claims,
            ObjectProvider<JwtDecoder> jwtDecoder)
            throws Exception {
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .cors(cors -> cors.configurationSource(cors(properties)))
                .httpBasic(basic -> basic.disable())
                .formLogin(form -> form.disable())
                .logout(logout -> logout.disable())
                .requestCache(cache -> cache.disable())
                .exceptionHandling(
                        handling -> handling.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .headers(headers -> headers.referrerPolicy(
                                referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER))
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                                PathPatternRequestMatcher.withDefaults().matcher("/api/**"),
                                new StaticHeadersWriter(
                                        "Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'"))))
                .addFilterAfter(new FailedAuthenticationThrottle(failedAuthentications, problems), CorsFilter.class)
                .addFilterBefore(new ApiKeyAuthenticationFilter(keys, problems), AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(requests -> requests
                        // the async (streaming) and error dispatches of a request that was already authorised
                        .dispatcherTypeMatchers(DispatcherType.ASYNC, DispatcherType.ERROR)
                        .permitAll()
                        .requestMatchers(HttpMethod.OPTIONS, "/api/**")
                        .permitAll()
                        .requestMatchers(
                                "/actuator/health",
                                "/actuator/health/**",
                                "/v3/api-docs",
                                "/v3/api-docs/**",
                                "/v3/api-docs.yaml",
                                "/swagger-ui.html",
                                "/swagger-ui/**",
                                "/error")
                        .permitAll()
                        .requestMatchers("/actuator/**")
                        .hasAnyRole(Roles.PROGRAMME_ADMIN, Roles.AUDITOR)
                        .requestMatchers("/api/**")
                        .authenticated()
                        .anyRequest()
                        .denyAll());
        JwtDecoder decoder = jwtDecoder.getIfAvailable();
        if (decoder != null) {
            http.oauth2ResourceServer(oauth -> oauth.authenticationEntryPoint(problems)
                    .accessDeniedHandler(problems)
                    .jwt(jwt -> jwt.decoder(decoder).jwtAuthenticationConverter(new JwtCallers(claims))));
            log.info("Bearer tokens (JWT) are accepted.");
        }
        return http.build();
    }

    private static CorsConfigurationSource cors(SecurityProperties properties) {
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        List<String> origins = properties.cors().allowedOrigins();
        if (!origins.isEmpty()) {
            CorsConfiguration cors = new CorsConfiguration();
            cors.setAllowedOrigins(origins);
            cors.setAllowedMethods(List.of("GET", "POST", "PUT", "DELETE", "OPTIONS"));
            cors.setAllowedHeaders(Arrays.asList(
                    ApiHeaders.API_KEY,
                    "Authorization",
                    "Content-Type",
                    "Accept",
                    "If-Match",
                    ApiHeaders.IDEMPOTENCY_KEY,
                    ApiHeaders.CORRELATION_ID));
            cors.setExposedHeaders(
                    List.of("Location", "ETag", ApiHeaders.CORRELATION_ID, ApiHeaders.IDEMPOTENT_REPLAYED));
            cors.setMaxAge(3600L);
            source.registerCorsConfiguration("/api/**", cors);
        }
        return source;
    }

    @Bean
    WebMvcConfigurer endpointsNeedAnAccessRule() {
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(new EndpointsNeedAnAccessRule()).addPathPatterns("/api/**");
            }
        };
    }
}
