package dk.samvaer.collaboration.api;

import dk.samvaer.programme.api.CentreId;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** A municipality (or one of its centres) assessed itself against the nine best practices. */
@Revision("1")
public record SelfAssessmentRecorded(
        UUID assessmentId,
        String municipalityCode,
        CentreId centreId,
        LocalDate assessedOn,
        Map<BestPractice, PracticeAssessment> practices) {}
