package dk.samvaer.kernel.security;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code samvaer.security.jwt.*}: which claims of an identity provider's token carry a caller's roles, municipality
 * codes and client, and how they become a {@link Caller}. The one mapping for both the API's bearer tokens and a
 * person's OpenID Connect sign-in on the web pages.
 *
 * <p>Roles and codes are a list or a space/comma separated string. A role may carry Spring's {@code ROLE_} prefix;
 * names that are no {@link Role} grant nothing, so a token grants nothing by accident. {@code *} among the codes means
 * every municipality. The caller's name is {@code sub}.
 *
 * @param rolesClaim the claim with the caller's roles (a list, or a space or comma separated string)
 * @param municipalitiesClaim the claim with the municipality codes the caller may act for; * for every municipality
 * @param clientClaim the claim that names the calling client; client_id when the token has no such claim
 */
@ConfigurationProperties("samvaer.security.jwt")
public record CallerClaims(
        @DefaultValue("roles") String rolesClaim,
        @DefaultValue("municipalities") String municipalitiesClaim,
        @DefaultValue("azp") String clientClaim) {

    /** The caller that a token's (validated) claims stand for. */
    public Caller caller(Map<String, Object> claims) {
        Set<Role> roles = new LinkedHashSet<>();
        for (String name : values(claims.get(rolesClaim))) {
            String role = name.startsWith("ROLE_") ? name.substring("ROLE_".length()) : name;
            for (Role candidate : Role.values()) {
                if (candidate.name().equals(role)) {
                    roles.add(candidate);
                }
            }
        }
        List<String> codes = values(claims.get(municipalitiesClaim));
        boolean all = codes.contains("*");
        String name = text(claims.get("sub"));
        if (name == null) {
            name = "unknown";
        }
        String client = text(claims.get(clientClaim));
        if (client == null) {
            client = text(claims.get("client_id"));
        }
        return new Caller(
                name, client == null ? name : client, roles, all, all ? Set.of() : new LinkedHashSet<>(codes));
    }

    private static List<String> values(Object claim) {
        if (claim instanceof Collection<?> collection) {
            return collection.stream()
                    .filter(item -> item != null)
                    .map(Object::toString)
                    .map(String::strip)
                    .filter(item -> !item.isEmpty())
                    .toList();
        }
        if (claim instanceof String text && !text.isBlank()) {
            return List.of(text.strip().split("[\\s,]+"));
        }
        return List.of();
    }

    private static String text(Object claim) {
        if (claim == null) {
            return null;
        }
        String text = claim.toString();
        return text.isBlank() ? null : text;
    }
}
