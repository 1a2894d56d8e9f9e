package dk.samvaer.programme.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import dk.samvaer.kernel.Bounds;
import dk.samvaer.kernel.InvalidInput;
import dk.samvaer.kernel.RuleViolation;
import dk.samvaer.programme.api.Arm;
import dk.samvaer.programme.api.CreateProjectYear;
import dk.samvaer.programme.api.EnrolMunicipality;
import dk.samvaer.programme.api.Enrolment;
import dk.samvaer.programme.api.Municipalities;
import dk.samvaer.programme.api.MunicipalityEnrolled;
import dk.samvaer.programme.api.ProjectYearCreated;
import dk.samvaer.programme.api.ProjectYearId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

/** A project year of the programme: which municipalities take part, each in the test or the control arm. */
public class ProjectYear {

    static final int FIRST_YEAR = Bounds.FIRST_YEAR;
    static final int LAST_YEAR = Bounds.LAST_YEAR;

    @AggregateIdentifier
    private ProjectYearId projectYearId;

    private final Map<String, Arm> arms = new HashMap<>();

    protected ProjectYear() {
        // for Axon
    }

    @CommandHandler
    public ProjectYear(CreateProjectYear command, Municipalities municipalities) {
        requirePlausibleYear(command.projectYearId().year());
        List<Enrolment> enrolments = command.enrolments() == null ? List.of() : command.enrolments();
        requireEachMunicipalityOnce(enrolments);
        enrolments.forEach(enrolment -> requireValidEnrolment(enrolment, municipalities));
        int year = command.projectYearId().year();
        apply(new ProjectYearCreated(year));
        enrolments.forEach(e -> apply(new MunicipalityEnrolled(year, e.municipalityCode(), e.arm())));
    }

    @CommandHandler
    public void handle(EnrolMunicipality command, Municipalities municipalities) {
        requireValidEnrolment(command.enrolment(), municipalities);
        requireNotEnrolledYet(command.enrolment().municipalityCode());
        apply(new MunicipalityEnrolled(
                projectYearId.year(),
                command.enrolment().municipalityCode(),
                command.enrolment().arm()));
    }

    static void requirePlausibleYear(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new InvalidInput(
                    "implausible-year",
                    "year",
                    "A project year lies between " + FIRST_YEAR + " and " + LAST_YEAR + ".");
        }
    }

    static void requireEachMunicipalityOnce(List<Enrolment> enrolments) {
        Set<String> seen = new HashSet<>();
        for (Enrolment enrolment : enrolments) {
            if (enrolment != null && !seen.add(enrolment.municipalityCode())) {
                throw new InvalidInput(
                        "municipality-enrolled-twice",
                        "municipalities",
                        "Municipality " + enrolment.municipalityCode() + " is listed more than once.");
            }
        }
    }

    static void requireValidEnrolment(Enrolment enrolment, Municipalities municipalities) {
        if (enrolment == null) {
            throw new InvalidInput(
                    "enrolment-required", "municipalities", "Each enrolment names a municipality and an arm.");
        }
        if (enrolment.arm() == null) {
            throw new InvalidInput("arm-required", "arm", "Each enrolled municipality needs an arm, TEST or CONTROL.");
        }
        Centre.requireKnownMunicipality(enrolment.municipalityCode(), municipalities);
    }

    void requireNotEnrolledYet(String municipalityCode) {
        if (arms.containsKey(municipalityCode)) {
            throw new RuleViolation(
                    "municipality-already-enrolled",
                    "Municipality " + municipalityCode + " is already enrolled in " + projectYearId.year() + ".");
        }
    }

    @EventSourcingHandler
    void on(ProjectYearCreated event) {
        this.projectYearId = new ProjectYearId(event.year());
    }

    @EventSourcingHandler
    void on(MunicipalityEnrolled event) {
        arms.put(event.municipalityCode(), event.arm());
    }
}
