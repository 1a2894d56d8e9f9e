package dk.samvaer.reliability;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.RandomGenerator;

/**
 * The randomness of one generated request: jqwik's generators (with their edge cases embedded) driven by a
 * {@link Random} seeded from the run's seed and the request's index, so that request {@code (seed, index)} is the same
 * on every run and can be generated again alone.
 */
final class Draw {

    private static final int GEN_SIZE = 1000;
    private static final Map<String, RandomGenerator<?>> GENERATORS = new ConcurrentHashMap<>();

    private final Random random;

    Draw(long seed, long index) {
        this.random = new Random(seed * 1_000_003L + index * 0x9E3779B97F4A7C15L);
    }

    /** A value of the arbitrary, its edge cases (empty, zero, extremes) embedded among the random ones. */
    @SuppressWarnings("unchecked")
    <T> T from(String name, Supplier<Arbitrary<T>> arbitrary) {
        RandomGenerator<T> generator = (RandomGenerator<T>)
                GENERATORS.computeIfAbsent(name, n -> arbitrary.get().generatorWithEmbeddedEdgeCases(GEN_SIZE));
        return generator.next(random).value();
    }

    /** A value of the arbitrary without favouring its edge cases (for choices that must keep their proportions). */
    @SuppressWarnings("unchecked")
    private <T> T uniform(String name, Supplier<Arbitrary<T>> arbitrary) {
        RandomGenerator<T> generator = (RandomGenerator<T>) GENERATORS.computeIfAbsent(
                "uniform " + name, n -> arbitrary.get().generator(GEN_SIZE));
        return generator.next(random).value();
    }

    /** An index in {@code [0, size)}. */
    int below(int size) {
        return uniform("below" + size, () -> Arbitraries.integers().between(0, size - 1));
    }

    int between(int min, int max) {
        return from("between" + min + ":" + max, () -> Arbitraries.integers().between(min, max));
    }

    <T> T of(List<T> values) {
        return values.get(below(values.size()));
    }

    @SafeVarargs
    final <T> T oneOf(T... values) {
        return values[below(values.length)];
    }

    /** True with the given percentage. */
    boolean percent(int p) {
        return below(100) < p;
    }

    /** Any Unicode text (control characters, surrogates' neighbours, NUL), of up to {@code max} characters. */
    String anyText(int max) {
        return from("text" + max, () -> Arbitraries.strings().all().ofMaxLength(max));
    }

    /** Any long. */
    long anyLong() {
        return from("long", () -> Arbitraries.longs());
    }

    /** Any double, including the edge cases jqwik knows (0, -0, min and max values, tiny values). */
    double anyDouble() {
        return from("double", () -> Arbitraries.doubles());
    }

    /** A CPR-shaped value: a valid date DDMMYY, an optional hyphen, four digits. */
    String cpr() {
        int year = between(0, 99);
        int month = between(1, 12);
        int day = between(1, 28);
        int serial = between(0, 9999);
        return String.format("%02d%02d%02d%s%04d", day, month, year, percent(50) ? "-" : "", serial);
    }
}
