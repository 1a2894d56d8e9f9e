package dk.samvaer.kernel;

import java.time.ZoneId;

/** Where the programme runs: its dates and times of day are Danish. */
public final class Denmark {

    /** Danish time, summer and winter. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");

    /** How many municipalities Denmark has: the most a request can sensibly name. */
    public static final int MUNICIPALITIES = 98;

    private Denmark() {}
}
