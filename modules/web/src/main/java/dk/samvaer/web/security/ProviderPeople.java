package dk.samvaer.web.security;

import dk.samvaer.kernel.security.Caller;
import dk.samvaer.kernel.security.CallerClaims;
import dk.samvaer.kernel.security.Role;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Who a person signed in at the OpenID Connect provider is in Samvær: Spring's {@link OidcUserService} reads the
 * validated ID token (and the user info, when the provider has it), and {@link CallerClaims} turns their claims into a
 * {@link Caller}, exactly as for the API's bearer tokens. Municipality codes that are no Danish municipality are left
 * out (each logged once), as a users file would refuse them; a person without a known role is signed in but may see no
 * page.
 */
final class ProviderPeople implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private static final Logger log = LoggerFactory.getLogger(ProviderPeople.class);

    private final OidcUserService provider = new OidcUserService();
    private final CallerClaims claims;
    private final Predicate<String> municipalityExists;
    private final Set<String> unknownCodesLogged = ConcurrentHashMap.newKeySet();

    ProviderPeople(CallerClaims claims, Predicate<String> municipalityExists) {
        this.claims = claims;
        this.municipalityExists = municipalityExists;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) throws OAuth2AuthenticationException {
        OidcUser user = provider.loadUser(request);
        Caller caller = claims.caller(user.getClaims());
        return new Person(withKnownMunicipalities(caller), user.getIdToken(), user.getUserInfo());
    }

    private Caller withKnownMunicipalities(Caller caller) {
        if (caller.allMunicipalities()) {
            return caller;
        }
        Set<String> known = new LinkedHashSet<>();
        for (String code : caller.municipalities()) {
            if (municipalityExists.test(code)) {
                known.add(code);
            } else if (unknownCodesLogged.add(code)) {
                log.warn(
                        "The OpenID Connect provider names '{}' as a municipality of {}; it is no Danish municipality"
                                + " code and is left out (logged once per code).",
                        code,
                        caller.name());
            }
        }
        return new Caller(caller.name(), caller.client(), caller.roles(), false, known);
    }

    /** A person signed in at the provider, with the {@link Caller} their claims stand for. */
    static final class Person extends DefaultOidcUser {

        private static final long serialVersionUID = 1L;

        private final transient Caller caller;

        Person(Caller caller, OidcIdToken idToken, OidcUserInfo userInfo) {
            super(
                    caller.roles().stream()
                            .map(Role::authority)
                            .map(SimpleGrantedAuthority::new)
                            .toList(),
                    idToken,
                    userInfo,
                    IdTokenClaimNames.SUB);
            this.caller = caller;
        }

        Caller caller() {
            return caller;
        }
    }
}
