package dk.samvaer.kernel.security;

import java.nio.file.Path;

/** Keyed hashes with a fixed secret, for the tests of the contexts that use them. */
public final class TestPseudonyms {

    private TestPseudonyms() {}

    public static Pseudonyms withSecret(String secret) {
        return new Pseudonyms(secret, Path.of("unused"), "jdbc:h2:mem:");
    }
}
