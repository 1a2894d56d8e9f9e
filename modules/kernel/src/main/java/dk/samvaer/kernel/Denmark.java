package dk.samvaer.kernel;

import java.time.ZoneId;

/** Where the programme runs: its dates and times of day are Danish. */
public final class Denmark {

    /** Danish time, summer and winter. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");

    /** A municipality's code: three digits ({@code 621} is Kolding). */
    public static final String MUNICIPALITY_CODE = "\\d{3}";

    /** How many municipalities Denmark has: the most a request can sensibly name. */
    public static final int MUNICIPALITIES = 98;

    private Denmark() {}

    /** Whether the text is shaped as a municipality's code (whether that municipality exists is another question). */
    public static boolean isMunicipalityCode(String code) {
        return code != null && code.matches(MUNICIPALITY_CODE);
    }
}
