package dk.samvaer.app.security;

import dk.samvaer.kernel.security.Caller;
import dk.samvaer.kernel.security.CallerAuthentication;
import dk.samvaer.kernel.security.Role;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Turns a validated bearer token into a {@link Caller}: roles and municipality codes from configurable claims (a list
 * or a space/comma separated string; {@code *} for all municipalities), the client from {@code azp} (or
 * {@code client_id}), the name from {@code sub}. Unknown role names are ignored, so a token grants nothing by accident.
 */
final class JwtCallers implements Converter<Jwt, AbstractAuthenticationToken> {

    private final SecurityProperties.Jwt claims;

    JwtCallers(SecurityProperties.Jwt claims) {
        this.claims = claims;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        Set<Role> roles = new LinkedHashSet<>();
        for (String name : values(jwt.getClaim(claims.rolesClaim()))) {
            String role = name.startsWith("ROLE_") ? name.substring(5) : name;
            for (Role candidate : Role.values()) {
                if (candidate.name().equals(role)) {
                    roles.add(candidate);
                }
            }
        }
        List<String> codes = values(jwt.getClaim(claims.municipalitiesClaim()));
        boolean all = codes.contains("*");
        String client = jwt.getClaimAsString(claims.clientClaim());
        if (client == null) {
            client = jwt.getClaimAsString("client_id");
        }
        String name = jwt.getSubject() == null ? "unknown" : jwt.getSubject();
        return new CallerAuthentication(
                new Caller(name, client == null ? name : client, roles, all, all ? Set.of() : Set.copyOf(codes)));
    }

    private static List<String> values(Object claim) {
        if (claim instanceof Collection<?> collection) {
            return collection.stream().map(Object::toString).map(String::strip).toList();
        }
        if (claim instanceof String text && !text.isBlank()) {
            return List.of(text.strip().split("[\\s,]+"));
        }
        return List.of();
    }
}
