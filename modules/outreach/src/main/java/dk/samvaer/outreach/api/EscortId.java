package dk.samvaer.outreach.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies an escort of a citizen to a centre. Serialised as the plain UUID. */
public record EscortId(UUID value) {

    public EscortId {
        Objects.requireNonNull(value, "value");
    }

    public static EscortId random() {
        return new EscortId(UUID.randomUUID());
    }

    @JsonCreator
    public static EscortId of(String value) {
        return new EscortId(UUID.fromString(value));
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
