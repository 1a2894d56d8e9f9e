package dk.samvaer.feed.webhooks;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.samvaer.kernel.InvalidInput;
import dk.samvaer.kernel.security.Caller;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What a subscription may hold is refused before the database is asked, whoever calls. */
class SubscriptionLimitsTest {

    private static final String URL = "https://data.kolding.dk/samvaer/webhooks";
    private final Subscriptions subscriptions = new Subscriptions(null, null, null);
    private final Caller admin = new Caller("admin", "admin", Set.of(), true, Set.of());

    @Test
    void refusesAUrlLongerThanAWebhookMayHave() {
        String url = URL + "/" + "x".repeat(Subscriptions.MAX_URL);
        assertThatThrownBy(() -> subscriptions.create(url, List.of(), List.of(), admin))
                .isInstanceOf(InvalidInput.class);
    }

    @Test
    void refusesMoreEventTypesThanASubscriptionMayName() {
        List<String> types = Collections.nCopies(Subscriptions.MAX_EVENT_TYPES + 1, "ActivityHeld");
        assertThatThrownBy(() -> subscriptions.create(URL, types, List.of(), admin))
                .isInstanceOf(InvalidInput.class);
    }

    @Test
    void refusesAMunicipalityCodeThatIsNotThreeDigits() {
        assertThatThrownBy(() -> subscriptions.create(URL, List.of(), List.of("62x"), admin))
                .isInstanceOf(InvalidInput.class);
    }

    @Test
    void refusesANegativePositionToResendFrom() {
        assertThatThrownBy(() -> subscriptions.resend("any", -1, admin)).isInstanceOf(InvalidInput.class);
    }
}
