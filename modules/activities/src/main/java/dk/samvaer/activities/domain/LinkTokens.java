package dk.samvaer.activities.domain;

/**
 * Makes the random tokens of public evaluation links: at least 128 random bits, URL-safe. A command-handler
 * parameter, so that fixtures can make predictable ones.
 */
@FunctionalInterface
public interface LinkTokens {

    String next();
}
