package dk.samvaer.app.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.EstimationProbe;
import java.time.Duration;
import java.util.Optional;

/**
 * Failed authentication attempts per client address (an unknown API key, an invalid bearer token), limited with a
 * token bucket per address (Bucket4j): {@code attempts} failures, refilled evenly over {@code period}. An address whose
 * bucket is empty is refused every further attempt until a failure has been refilled, so guessing keys costs time
 * while a client that mistyped its key once is not held up. The buckets live in this node's memory, in a bounded
 * cache (Caffeine) that forgets quiet addresses, so spoofed addresses cannot exhaust the heap; with several nodes each
 * keeps its own count (see docs/privacy.md and ops/README.md).
 */
final class FailedAuthentications {

    static final long MAX_ADDRESSES = 100_000;

    private final SecurityProperties.FailedAuthentication limit;
    private final Cache<String, Bucket> buckets;

    FailedAuthentications(SecurityProperties.FailedAuthentication limit) {
        this.limit = limit;
        this.buckets = Caffeine.newBuilder()
                .maximumSize(MAX_ADDRESSES)
                .expireAfterAccess(limit.period().multipliedBy(2))
                .build();
    }

    /** Counts a failed attempt from the address. */
    void failed(String address) {
        buckets.get(address, ignored -> newBucket()).tryConsume(1);
    }

    /** How long the address must wait before its next attempt, if it has used up its failures. */
    Optional<Duration> retryAfter(String address) {
        Bucket bucket = buckets.getIfPresent(address);
        if (bucket == null) {
            return Optional.empty();
        }
        EstimationProbe probe = bucket.estimateAbilityToConsume(1);
        return probe.canBeConsumed()
                ? Optional.empty()
                : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    private Bucket newBucket() {
        return Bucket.builder()
                .addLimit(Bandwidth.builder()
                        .capacity(limit.attempts())
                        .refillGreedy(limit.attempts(), limit.period())
                        .build())
                .build();
    }
}
