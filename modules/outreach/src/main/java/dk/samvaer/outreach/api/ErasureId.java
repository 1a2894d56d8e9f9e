package dk.samvaer.outreach.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies an erasure of a citizen (never the citizen). Serialised as the plain UUID. */
public record ErasureId(UUID value) {

    public ErasureId {
        Objects.requireNonNull(value, "value");
    }

    public static ErasureId random() {
        return new ErasureId(UUID.randomUUID());
    }

    @JsonCreator
    public static ErasureId of(String value) {
        return new ErasureId(UUID.fromString(value));
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
