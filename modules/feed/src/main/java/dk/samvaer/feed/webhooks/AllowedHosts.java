package dk.samvaer.feed.webhooks;

import dk.samvaer.kernel.InvalidInput;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Where webhooks may go: an http(s) URL whose host the operator has listed in {@code samvaer.webhooks.allowed-hosts},
 * exactly or under a {@code *.} wildcard, so that no one can make the service call into the network it runs in. Names
 * are compared as written, never resolved: an operator who lists a name trusts whoever answers for it.
 */
public final class AllowedHosts {

    private final List<String> patterns;

    public AllowedHosts(List<String> patterns) {
        this.patterns = patterns.stream()
                .map(pattern -> pattern.toLowerCase(Locale.ROOT))
                .toList();
    }

    /** Why the URL may not be called, or empty when it may. */
    public Optional<String> refusal(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return Optional.of("The url is not a valid URL: " + e.getReason() + ".");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return Optional.of("The url must be http or https.");
        }
        if (uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
            return Optional.of("The url may have neither user information nor a fragment.");
        }
        String host = uri.getHost();
        if (host == null || host.isEmpty()) {
            return Optional.of("The url has no host.");
        }
        if (patterns.isEmpty()) {
            return Optional.of("Webhooks are not enabled here: the operator allows no host"
                    + " (samvaer.webhooks.allowed-hosts).");
        }
        if (!allows(host)) {
            return Optional.of("The host " + host + " is not among the hosts the operator allows for webhooks"
                    + " (samvaer.webhooks.allowed-hosts).");
        }
        return Optional.empty();
    }

    /** Refuses the URL as invalid input of the field, or returns it. */
    public String require(String field, String url) {
        refusal(url).ifPresent(reason -> {
            throw new InvalidInput("host-not-allowed", field, reason);
        });
        return url;
    }

    boolean allows(String host) {
        String name = host.toLowerCase(Locale.ROOT);
        if (name.startsWith("[") && name.endsWith("]")) {
            name = name.substring(1, name.length() - 1);
        }
        if (name.endsWith(".")) {
            name = name.substring(0, name.length() - 1);
        }
        for (String pattern : patterns) {
            if (pattern.startsWith("*.")) {
                if (name.endsWith(pattern.substring(1)) && name.length() > pattern.length() - 1) {
                    return true;
                }
            } else if (name.equals(pattern)) {
                return true;
            }
        }
        return false;
    }
}
