package dk.samvaer.activities.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies a plug-and-play activity. Serialised as the plain UUID. */
public record ActivityId(UUID value) {

    public ActivityId {
        Objects.requireNonNull(value, "value");
    }

    public static ActivityId random() {
        return new ActivityId(UUID.randomUUID());
    }

    @JsonCreator
    public static ActivityId of(String value) {
        return new ActivityId(UUID.fromString(value));
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
