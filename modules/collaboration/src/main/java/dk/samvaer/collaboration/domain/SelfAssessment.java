package dk.samvaer.collaboration.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import dk.samvaer.collaboration.api.BestPractice;
import dk.samvaer.collaboration.api.PracticeAssessment;
import dk.samvaer.collaboration.api.RecordSelfAssessment;
import dk.samvaer.collaboration.api.SelfAssessmentRecorded;
import dk.samvaer.kernel.Bounds;
import dk.samvaer.kernel.InvalidInput;
import dk.samvaer.kernel.RuleViolation;
import dk.samvaer.kernel.Texts;
import dk.samvaer.kernel.UnknownReference;
import dk.samvaer.programme.api.CentreDirectory;
import dk.samvaer.programme.api.Municipalities;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;

/**
 * The best-practice self-assessments of one municipality (or one of its centres), recorded over time, each covering
 * all nine practices. Assessments follow each other in time, so each can be compared with the one before.
 */
public class SelfAssessment {

    static final int MAX_NOTE = Bounds.MAX_TEXT;

    @AggregateIdentifier
    private String subject;

    private LocalDate latest;

    protected SelfAssessment() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(
            RecordSelfAssessment command, Municipalities municipalities, CentreDirectory centres, Clock clock) {
        String code = command.subject().municipalityCode();
        if (!municipalities.exists(code)) {
            throw new UnknownReference("municipalityCode", "No Danish municipality has the code '" + code + "'.");
        }
        if (command.subject().centreId() != null
                && centres.find(command.subject().centreId())
                        .filter(centre -> centre.municipalityCode().equals(code))
                        .isEmpty()) {
            throw new UnknownReference(
                    "centreId", "No centre with that id is registered in municipality " + code + ".");
        }
        Map<BestPractice, PracticeAssessment> practices = allNine(command.practices());
        LocalDate assessedOn = Bounds.happened("assessedOn", command.assessedOn(), clock);
        if (latest != null && assessedOn.isBefore(latest)) {
            throw new RuleViolation(
                    "assessment-older-than-latest",
                    "An assessment dated before the latest one (" + latest + ") cannot be recorded.");
        }
        apply(new SelfAssessmentRecorded(
                command.assessmentId(), code, command.subject().centreId(), assessedOn, allNine(command.practices())));
    }

    static Map<BestPractice, PracticeAssessment> allNine(Map<BestPractice, PracticeAssessment> practices) {
        Map<BestPractice, PracticeAssessment> valid = new EnumMap<>(BestPractice.class);
        for (BestPractice practice : BestPractice.values()) {
            PracticeAssessment assessment = practices == null ? null : practices.get(practice);
            if (assessment == null || assessment.status() == null) {
                throw new InvalidInput(
                        "all-practices-required",
                        "practices." + practice,
                        "Every one of the nine best practices needs a status; " + practice + " has none.");
            }
            valid.put(
                    practice,
                    new PracticeAssessment(
                            assessment.status(),
                            Texts.optional("practices." + practice + ".note", assessment.note(), MAX_NOTE)));
        }
        return valid;
    }

    @EventSourcingHandler
    void on(SelfAssessmentRecorded event) {
        this.subject = new dk.samvaer.collaboration.api.AssessmentSubject(event.municipalityCode(), event.centreId())
                .toString();
        this.latest = event.assessedOn();
    }
}
