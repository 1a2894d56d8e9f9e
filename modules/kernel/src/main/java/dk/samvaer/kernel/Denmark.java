package dk.samvaer.kernel;

import java.time.ZoneId;

/** Where the programme runs: its dates and times of day are Danish. */
public final class Denmark {

    /** Danish time, summer and winter. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");

    private Denmark() {}
}
