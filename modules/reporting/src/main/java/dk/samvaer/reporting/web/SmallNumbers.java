package dk.samvaer.reporting.web;

import dk.samvaer.reporting.disclosure.SmallCells;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springdoc.core.annotations.ParameterObject;

/**
 * How a report that counts people is to be published, bound from the query string: {@code suppressBelow}, from 2 to
 * {@value Publication#MAX}, or none. See docs/privacy.md, "Small numbers".
 */
@ParameterObject
record SmallNumbers(
        @Parameter(
                        description = "Publish with counts of people from 1 to below this number suppressed (null in"
                                + " JSON, '..' in CSV), and the figures that would give them away; see suppressedBelow"
                                + " and suppressed in the answer. Callers who see every municipality get at least the"
                                + " configured samvaer.reports.suppress-below.")
                @Min(SmallCells.SMALLEST_THRESHOLD)
                @Max(Publication.MAX)
                Integer suppressBelow) {}
