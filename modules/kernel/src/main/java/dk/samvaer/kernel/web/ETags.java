package dk.samvaer.kernel.web;

import dk.samvaer.kernel.InvalidInput;

/** Aggregate versions as strong ETags ({@code "3"}), and {@code If-Match} back to an expected version. */
public final class ETags {

    private ETags() {}

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /** The version an {@code If-Match} header names, or {@code null} when there is none (or it is {@code *}). */
    public static Long version(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        tag = tag.replace("\"", "");
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException e) {
            throw new InvalidInput(
                    "if-match-malformed", "If-Match", "If-Match must be an ETag of this API, like \"3\".");
        }
    }
}
