package dk.samvaer.feed.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.samvaer.kernel.InvalidInput;
import java.util.List;
import org.junit.jupiter.api.Test;

class AllowedHostsTest {

    private final AllowedHosts allowed = new AllowedHosts(List.of("data.kolding.dk", "*.svendborg.dk", "127.0.0.1"));

    @Test
    void anExactlyListedHostIsAllowedWhateverItsCase() {
        assertThat(allowed.refusal("https://data.kolding.dk/hooks")).isEmpty();
        assertThat(allowed.refusal("https://DATA.Kolding.dk:8443/hooks?x=1")).isEmpty();
        assertThat(allowed.refusal("http://127.0.0.1:8080/hooks")).isEmpty();
    }

    @Test
    void aWildcardAllowsTheNamesUnderItButNotTheDomainItself() {
        assertThat(allowed.refusal("https://hooks.svendborg.dk/")).isEmpty();
        assertThat(allowed.refusal("https://a.b.svendborg.dk/")).isEmpty();
        assertThat(allowed.refusal("https://svendborg.dk/")).isPresent();
        assertThat(allowed.refusal("https://evilsvendborg.dk/")).isPresent();
    }

    @Test
    void anotherHostIsRefused() {
        assertThat(allowed.refusal("https://169.254.169.254/latest/meta-data")).isPresent();
        assertThat(allowed.refusal("http://localhost/hooks")).isPresent();
        assertThat(allowed.refusal("https://data.kolding.dk.example.com/")).isPresent();
    }

    @Test
    void onlyHttpAndHttpsWithoutUserInformationAreAccepted() {
        assertThat(allowed.refusal("ftp://data.kolding.dk/hooks")).isPresent();
        assertThat(allowed.refusal("file:///etc/passwd")).isPresent();
        assertThat(allowed.refusal("https://user:secret@data.kolding.dk/hooks")).isPresent();
        assertThat(allowed.refusal("not a url")).isPresent();
    }

    @Test
    void withNoHostListedEveryWebhookIsRefused() {
        assertThat(new AllowedHosts(List.of()).refusal("https://data.kolding.dk/hooks"))
                .hasValueSatisfying(reason -> assertThat(reason).contains("allowed-hosts"));
    }

    @Test
    void aRefusedUrlIsInvalidInputOfItsField() {
        assertThatThrownBy(() -> allowed.require("url", "https://example.com/"))
                .isInstanceOf(InvalidInput.class)
                .hasFieldOrPropertyWithValue("field", "url");
    }
}
