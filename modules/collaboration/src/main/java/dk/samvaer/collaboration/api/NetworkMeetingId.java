package dk.samvaer.collaboration.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies a network meeting across municipalities. Serialised as the plain UUID. */
public record NetworkMeetingId(UUID value) {

    public NetworkMeetingId {
        Objects.requireNonNull(value, "value");
    }

    public static NetworkMeetingId random() {
        return new NetworkMeetingId(UUID.randomUUID());
    }

    @JsonCreator
    public static NetworkMeetingId of(String value) {
        return new NetworkMeetingId(UUID.fromString(value));
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
