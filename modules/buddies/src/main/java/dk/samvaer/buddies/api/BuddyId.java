package dk.samvaer.buddies.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies a buddy: a current centre user known by a pseudonymous handle. Serialised as the plain UUID. */
public record BuddyId(UUID value) {

    public BuddyId {
        Objects.requireNonNull(value, "value");
    }

    public static BuddyId random() {
        return new BuddyId(UUID.randomUUID());
    }

    @JsonCreator
    public static BuddyId of(String value) {
        return new BuddyId(UUID.fromString(value));
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
