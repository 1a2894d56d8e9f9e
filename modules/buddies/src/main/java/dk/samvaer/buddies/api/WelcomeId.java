package dk.samvaer.buddies.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies the welcome of a new user at a centre. Serialised as the plain UUID. */
public record WelcomeId(UUID value) {

    public WelcomeId {
        Objects.requireNonNull(value, "value");
    }

    public static WelcomeId random() {
        return new WelcomeId(UUID.randomUUID());
    }

    @JsonCreator
    public static WelcomeId of(String value) {
        return new WelcomeId(UUID.fromString(value));
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
