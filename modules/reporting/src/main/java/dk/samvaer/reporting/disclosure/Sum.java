package dk.samvaer.reporting.disclosure;

import java.util.List;

/**
 * A published total and the published counts it is the sum of (or at least the sum of): were exactly one of them
 * suppressed, it could be worked out from the others. Pointers into the report.
 */
record Sum(String total, List<String> parts) {

    Sum {
        parts = List.copyOf(parts);
    }
}
