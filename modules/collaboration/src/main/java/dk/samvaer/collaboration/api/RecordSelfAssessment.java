package dk.samvaer.collaboration.api;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Record a best-practice self-assessment: a status and note for each of the nine practices. Causes
 * {@link SelfAssessmentRecorded}.
 */
public record RecordSelfAssessment(
        @TargetAggregateIdentifier AssessmentSubject subject,
        UUID assessmentId,
        LocalDate assessedOn,
        Map<BestPractice, PracticeAssessment> practices) {}
