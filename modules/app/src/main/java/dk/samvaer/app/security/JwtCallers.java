package dk.samvaer.app.security;

import dk.samvaer.kernel.security.Caller;
import dk.samvaer.kernel.security.CallerAuthentication;
import dk.samvaer.kernel.security.CallerClaims;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Turns a validated bearer token into a {@link Caller} by its claims, as {@link CallerClaims} maps them (the same
 * mapping as a person's OpenID Connect sign-in on the web pages).
 */
final class JwtCallers implements Converter<Jwt, AbstractAuthenticationToken> {

    private final CallerClaims claims;

    JwtCallers(CallerClaims claims) {
        this.claims = claims;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        return new CallerAuthentication(claims.caller(jwt.getClaims()));
    }
}
