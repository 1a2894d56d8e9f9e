package dk.samvaer.kernel.idempotency;

/** An answer as it is kept for replay: status, content type, {@code Location} (if any) and body. */
public record StoredResponse(int status, String contentType, String location, byte[] body) {

    public boolean successful() {
        return status >= 200 && status < 300;
    }
}
