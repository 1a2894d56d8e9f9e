package dk.samvaer.kernel.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.EstimationProbe;
import java.time.Duration;
import java.util.Optional;

/**
 * So many requests of one kind per client address, refilled evenly over a period: a token bucket per address
 * (Bucket4j). The buckets live in this node's memory, in a bounded cache (Caffeine) that forgets quiet addresses, so
 * spoofed addresses cannot exhaust the heap; with several nodes each keeps its own count. Used for failed
 * authentication attempts and for answers through public evaluation links.
 */
public final class AddressLimit {

    /** The most addresses remembered at once. */
    public static final long MAX_ADDRESSES = 100_000;

    private final int requests;
    private final Duration period;
    private final Cache<String, Bucket> buckets;

    public AddressLimit(int requests, Duration period) {
        this.requests = requests;
        this.period = period;
        this.buckets = Caffeine.newBuilder()
                .maximumSize(MAX_ADDRESSES)
                .expireAfterAccess(period.multipliedBy(2))
                .build();
    }

    /** Counts a request from the address, whether or not it had one left. */
    public void count(String address) {
        bucket(address).tryConsume(1);
    }

    /** Takes one of the address's requests: how long it must wait first if it has none left. */
    public Optional<Duration> take(String address) {
        EstimationProbe probe = bucket(address).estimateAbilityToConsume(1);
        if (probe.canBeConsumed() && bucket(address).tryConsume(1)) {
            return Optional.empty();
        }
        return Optional.of(Duration.ofNanos(Math.max(1, probe.getNanosToWaitForRefill())));
    }

    /** How long the address must wait before its next request, if it has used them all; counts nothing. */
    public Optional<Duration> retryAfter(String address) {
        Bucket bucket = buckets.getIfPresent(address);
        if (bucket == null) {
            return Optional.empty();
        }
        EstimationProbe probe = bucket.estimateAbilityToConsume(1);
        return probe.canBeConsumed()
                ? Optional.empty()
                : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    private Bucket bucket(String address) {
        return buckets.get(address, ignored -> Bucket.builder()
                .addLimit(Bandwidth.builder()
                        .capacity(requests)
                        .refillGreedy(requests, period)
                        .build())
                .build());
    }
}
