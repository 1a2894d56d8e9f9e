package dk.samvaer.kernel;

import java.time.ZoneId;

/** Where the programme runs: its dates and times of day are Danish. */
public final class Denmark {

    /** The name of Danish time, for annotations ({@code @Scheduled(zone = …)}). */
    public static final String ZONE_ID = "Europe/Copenhagen";

    /** Danish time, summer and winter. */
    public static final ZoneId ZONE = ZoneId.of(ZONE_ID);

    private Denmark() {}
}
