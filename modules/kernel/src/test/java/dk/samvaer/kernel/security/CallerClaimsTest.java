package dk.samvaer.kernel.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;

class CallerClaimsTest {

    private final CallerClaims claims = new Binder().bindOrCreate("samvaer.security.jwt", CallerClaims.class);

    @Test
    void takesRolesAndMunicipalitiesFromListClaims() {
        Caller caller = claims.caller(Map.of(
                "sub",
                "sofie",
                "roles",
                List.of("CENTRE_STAFF", "MUNICIPAL_LEADER"),
                "municipalities",
                List.of("621")));

        assertThat(caller.name()).isEqualTo("sofie");
        assertThat(caller.roles()).containsExactlyInAnyOrder(Role.CENTRE_STAFF, Role.MUNICIPAL_LEADER);
        assertThat(caller.allMunicipalities()).isFalse();
        assertThat(caller.municipalities()).containsExactly("621");
    }

    @Test
    void readsASpaceOrCommaSeparatedStringClaimAsAList() {
        Caller caller = claims.caller(
                Map.of("sub", "sofie", "roles", "CENTRE_STAFF, AUDITOR", "municipalities", " 621 479,101 "));

        assertThat(caller.roles()).containsExactlyInAnyOrder(Role.CENTRE_STAFF, Role.AUDITOR);
        assertThat(caller.municipalities()).containsExactlyInAnyOrder("621", "479", "101");
    }

    @Test
    void acceptsSpringsRolePrefix() {
        Caller caller = claims.caller(Map.of("sub", "ada", "roles", List.of("ROLE_PROGRAMME_ADMIN")));

        assertThat(caller.roles()).containsExactly(Role.PROGRAMME_ADMIN);
    }

    @Test
    void aStarMeansEveryMunicipality() {
        Caller caller = claims.caller(Map.of("sub", "ada", "roles", "AUDITOR", "municipalities", List.of("*")));

        assertThat(caller.allMunicipalities()).isTrue();
        assertThat(caller.municipalities()).isEmpty();
        assertThat(caller.sees("851")).isTrue();
    }

    @Test
    void unknownRolesGrantNothing() {
        Caller caller = claims.caller(
                Map.of("sub", "eve", "roles", List.of("SUPERUSER", "centre_staff", "ROLE_"), "municipalities", "621"));

        assertThat(caller.roles()).isEmpty();
    }

    @Test
    void withoutTheClaimsTheCallerHasNoRolesAndSeesNoMunicipality() {
        Caller caller = claims.caller(Map.of("sub", "eve"));

        assertThat(caller.roles()).isEmpty();
        assertThat(caller.allMunicipalities()).isFalse();
        assertThat(caller.municipalities()).isEmpty();
    }

    @Test
    void theClientIsTheConfiguredClaimElseClientIdElseTheName() {
        assertThat(claims.caller(Map.of("sub", "ada", "azp", "staff-portal", "client_id", "other"))
                        .client())
                .isEqualTo("staff-portal");
        assertThat(claims.caller(Map.of("sub", "ada", "client_id", "reports")).client())
                .isEqualTo("reports");
        assertThat(claims.caller(Map.of("sub", "ada")).client()).isEqualTo("ada");
    }

    @Test
    void takesTheConfiguredClaimNames() {
        CallerClaims configured = new CallerClaims("groups", "kommuner", "client");

        Caller caller = configured.caller(Map.of(
                "sub", "sofie",
                "groups", List.of("CENTRE_STAFF"),
                "kommuner", List.of(621),
                "client", "samvaer-web",
                "roles", List.of("PROGRAMME_ADMIN")));

        assertThat(caller.roles()).isEqualTo(Set.of(Role.CENTRE_STAFF));
        assertThat(caller.municipalities()).containsExactly("621");
        assertThat(caller.client()).isEqualTo("samvaer-web");
    }
}
