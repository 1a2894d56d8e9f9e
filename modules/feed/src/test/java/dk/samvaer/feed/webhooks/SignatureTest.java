package dk.samvaer.feed.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class SignatureTest {

    /**
     * The signing test vector of the Standard Webhooks reference libraries (libraries/go/webhook_test.go,
     * TestWebhookSign, in github.com/standard-webhooks/standard-webhooks): secret, message id, timestamp, payload and
     * the signature they expect.
     */
    @Test
    void theSignatureMatchesTheStandardsTestVector() {
        String signature = Signature.sign(
                "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
                "msg_p5jXN8AQM9LWM0D4loKWxJek",
                1614265330L,
                "{\"test\": 2432232314}".getBytes(StandardCharsets.UTF_8));

        assertThat(signature).isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    @Test
    void aNewSecretIsPrefixedAndCarriesThirtyTwoRandomBytes() {
        String secret = Signature.newSecret();

        assertThat(secret).startsWith("whsec_");
        assertThat(Base64.getDecoder().decode(secret.substring(6))).hasSize(32);
        assertThat(Signature.newSecret()).isNotEqualTo(secret);
    }
}
