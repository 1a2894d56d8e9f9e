package dk.samvaer.outreach.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies a visibility action of a centre. Serialised as the plain UUID. */
public record VisibilityActionId(UUID value) {

    public VisibilityActionId {
        Objects.requireNonNull(value, "value");
    }

    public static VisibilityActionId random() {
        return new VisibilityActionId(UUID.randomUUID());
    }

    @JsonCreator
    public static VisibilityActionId of(String value) {
        return new VisibilityActionId(UUID.fromString(value));
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
