package dk.samvaer.app.security;

import dk.samvaer.kernel.web.AddressLimit;
import java.time.Duration;
import java.util.Optional;

/**
 * Failed authentication attempts per client address (an unknown API key, an invalid bearer token): {@code attempts}
 * failures, refilled evenly over {@code period} ({@link AddressLimit}). An address that used them all is refused
 * every further attempt until a failure has been refilled, so guessing keys costs time while a client that mistyped
 * its key once is not held up (see docs/privacy.md and ops/README.md).
 */
final class FailedAuthentications {

    private final AddressLimit limit;

    FailedAuthentications(SecurityProperties.FailedAuthentication limit) {
        this.limit = new AddressLimit(limit.attempts(), limit.period());
    }

    /** Counts a failed attempt from the address. */
    void failed(String address) {
        limit.count(address);
    }

    /** How long the address must wait before its next attempt, if it has used up its failures. */
    Optional<Duration> retryAfter(String address) {
        return limit.retryAfter(address);
    }
}
