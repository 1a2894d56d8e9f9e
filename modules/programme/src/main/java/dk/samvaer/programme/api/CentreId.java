package dk.samvaer.programme.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies a drop-in centre (værested). Serialised as the plain UUID. */
public record CentreId(UUID value) {

    public CentreId {
        Objects.requireNonNull(value, "value");
    }

    public static CentreId random() {
        return new CentreId(UUID.randomUUID());
    }

    @JsonCreator
    public static CentreId of(String value) {
        return new CentreId(UUID.fromString(value));
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
