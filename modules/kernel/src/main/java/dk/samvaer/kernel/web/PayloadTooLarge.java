package dk.samvaer.kernel.web;

import java.io.IOException;

/** A request body grew past the configured maximum while it was read: answered {@code 413}. */
public class PayloadTooLarge extends IOException {

    private final long maxBytes;

    public PayloadTooLarge(long maxBytes) {
        super("The request body may be at most " + maxBytes + " bytes.");
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }
}
