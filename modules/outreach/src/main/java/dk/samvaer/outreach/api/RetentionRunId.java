package dk.samvaer.outreach.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies a run of the retention job that shredded citizen keys. Serialised as the plain UUID. */
public record RetentionRunId(UUID value) {

    public RetentionRunId {
        Objects.requireNonNull(value, "value");
    }

    public static RetentionRunId random() {
        return new RetentionRunId(UUID.randomUUID());
    }

    @JsonCreator
    public static RetentionRunId of(String value) {
        return new RetentionRunId(UUID.fromString(value));
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
