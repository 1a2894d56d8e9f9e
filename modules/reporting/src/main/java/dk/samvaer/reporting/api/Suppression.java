package dk.samvaer.reporting.api;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.annotation.Nullable;
import java.util.List;

/**
 * How a report was published: below which count {@link PersonCount counts of people} were suppressed, and which
 * figures were, as JSON pointers (RFC 6901) into the report. Every report that can be suppressed carries both fields,
 * unwrapped into its top level.
 */
public record Suppression(
        @Schema(
                        example = "5",
                        description = "Counts of people from 1 to below this number are suppressed (null in JSON, '..'"
                                + " in CSV), with the figures that would give them away; null when the report was"
                                + " published exact")
                @Nullable
                Integer suppressedBelow,
        @ArraySchema(
                        arraySchema =
                                @Schema(
                                        example =
                                                "[\"/byCentre/1/escorts\", \"/byCentre/1/firstEscorts\", \"/byCentre/2/escorts\"]",
                                        description =
                                                "JSON pointers of the suppressed figures, in the order they appear;"
                                                        + " empty when nothing was suppressed"))
                List<String> suppressed) {

    /** How a table or a page shows a suppressed figure: Statistics Denmark's mark for a figure withheld for confidentiality. */
    public static final String MARK = "..";

    /** Nothing suppressed: every count exact. */
    public static final Suppression NONE = new Suppression(null, List.of());

    public Suppression {
        suppressed = List.copyOf(suppressed);
    }
}
