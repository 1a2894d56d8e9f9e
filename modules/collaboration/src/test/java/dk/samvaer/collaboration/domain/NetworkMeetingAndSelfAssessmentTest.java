package dk.samvaer.collaboration.domain;

import dk.samvaer.collaboration.api.AssessmentSubject;
import dk.samvaer.collaboration.api.BestPractice;
import dk.samvaer.collaboration.api.NetworkMeetingHeld;
import dk.samvaer.collaboration.api.NetworkMeetingId;
import dk.samvaer.collaboration.api.PracticeAssessment;
import dk.samvaer.collaboration.api.PracticeStatus;
import dk.samvaer.collaboration.api.RecordNetworkMeeting;
import dk.samvaer.collaboration.api.RecordSelfAssessment;
import dk.samvaer.collaboration.api.SelfAssessmentRecorded;
import dk.samvaer.kernel.InvalidInput;
import dk.samvaer.kernel.RuleViolation;
import dk.samvaer.kernel.UnknownReference;
import dk.samvaer.programme.api.CentreDirectory;
import dk.samvaer.programme.api.CentreId;
import dk.samvaer.programme.api.Municipalities;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class NetworkMeetingAndSelfAssessmentTest {

    @Nested
    class NetworkMeetings {

        private final NetworkMeetingId id = NetworkMeetingId.random();
        private final AggregateTestFixture<NetworkMeeting> fixture = fixture();

        private AggregateTestFixture<NetworkMeeting> fixture() {
            AggregateTestFixture<NetworkMeeting> fixture = new AggregateTestFixture<>(NetworkMeeting.class);
            fixture.registerInjectableResource(Municipalities.danish());
            fixture.registerInjectableResource(dk.samvaer.kernel.BoundsTest.TODAY);
            return fixture;
        }

        @Test
        void recordsANetworkMeetingOfSeveralMunicipalities() {
            LocalDate june = LocalDate.of(2025, 6, 10);
            fixture.givenNoPriorActivity()
                    .when(new RecordNetworkMeeting(id, june, "Sharing", List.of("621", "510", "370")))
                    .expectEvents(new NetworkMeetingHeld(id, june, "Sharing", List.of("621", "510", "370")));
        }

        @Test
        void refusesANetworkMeetingOfOneMunicipality() {
            fixture.givenNoPriorActivity()
                    .when(new RecordNetworkMeeting(id, LocalDate.of(2025, 6, 10), "Alone", List.of("621")))
                    .expectException(InvalidInput.class);
        }

        @Test
        void refusesANetworkMeetingDatedInTheFuture() {
            fixture.givenNoPriorActivity()
                    .when(new RecordNetworkMeeting(id, LocalDate.of(9999, 12, 31), "Later", List.of("621", "510")))
                    .expectException(InvalidInput.class)
                    .expectNoEvents();
        }

        @Test
        void refusesANetworkMeetingHeldTomorrow() {
            fixture.givenNoPriorActivity()
                    .when(new RecordNetworkMeeting(id, LocalDate.of(2026, 11, 27), "Soon", List.of("621", "510")))
                    .expectException(InvalidInput.class)
                    .expectNoEvents();
        }

        @Test
        void refusesAMunicipalityListedTwice() {
            fixture.givenNoPriorActivity()
                    .when(new RecordNetworkMeeting(id, LocalDate.of(2025, 6, 10), "Twice", List.of("621", "621")))
                    .expectException(InvalidInput.class);
        }

        @Test
        void refusesAnUnknownMunicipality() {
            fixture.givenNoPriorActivity()
                    .when(new RecordNetworkMeeting(id, LocalDate.of(2025, 6, 10), "Who", List.of("621", "998")))
                    .expectException(UnknownReference.class);
        }
    }

    @Nested
    class SelfAssessments {

        private final CentreId kolding = CentreId.random();
        private final CentreDirectory centres = id -> id.equals(kolding)
                ? Optional.of(new CentreDirectory.CentreSummary(kolding, "621", "Værestedet"))
                : Optional.empty();
        private final AssessmentSubject subject = new AssessmentSubject("621", null);
        private final UUID assessment = UUID.randomUUID();
        private final AggregateTestFixture<SelfAssessment> fixture = fixture();

        private AggregateTestFixture<SelfAssessment> fixture() {
            AggregateTestFixture<SelfAssessment> fixture = new AggregateTestFixture<>(SelfAssessment.class);
            fixture.registerInjectableResource(Municipalities.danish());
            fixture.registerInjectableResource(dk.samvaer.kernel.BoundsTest.TODAY);
            fixture.registerInjectableResource(centres);
            return fixture;
        }

        private Map<BestPractice, PracticeAssessment> all(PracticeStatus status) {
            Map<BestPractice, PracticeAssessment> practices = new EnumMap<>(BestPractice.class);
            for (BestPractice practice : BestPractice.values()) {
                practices.put(practice, new PracticeAssessment(status, null));
            }
            return practices;
        }

        @Test
        void recordsTheFirstAssessmentOfAMunicipality() {
            LocalDate on = LocalDate.of(2025, 3, 1);
            fixture.givenNoPriorActivity()
                    .when(new RecordSelfAssessment(subject, assessment, on, all(PracticeStatus.AIM_FOR_LATER)))
                    .expectEvents(
                            new SelfAssessmentRecorded(assessment, "621", null, on, all(PracticeStatus.AIM_FOR_LATER)));
        }

        @Test
        void recordsALaterAssessmentOfTheSameMunicipality() {
            LocalDate first = LocalDate.of(2025, 3, 1);
            LocalDate later = LocalDate.of(2025, 9, 1);
            fixture.given(new SelfAssessmentRecorded(
                            UUID.randomUUID(), "621", null, first, all(PracticeStatus.AIM_FOR_LATER)))
                    .when(new RecordSelfAssessment(subject, assessment, later, all(PracticeStatus.DO_MORE)))
                    .expectEvents(
                            new SelfAssessmentRecorded(assessment, "621", null, later, all(PracticeStatus.DO_MORE)));
        }

        @Test
        void refusesAnAssessmentDatedBeforeTheLatest() {
            fixture.given(new SelfAssessmentRecorded(
                            UUID.randomUUID(), "621", null, LocalDate.of(2025, 9, 1), all(PracticeStatus.DO_MORE)))
                    .when(new RecordSelfAssessment(
                            subject, assessment, LocalDate.of(2025, 3, 1), all(PracticeStatus.ALREADY_DO)))
                    .expectException(RuleViolation.class);
        }

        @Test
        void requiresAStatusForEachOfTheNinePractices() {
            Map<BestPractice, PracticeAssessment> eight = all(PracticeStatus.DO_MORE);
            eight.remove(BestPractice.GOOD_WELCOME);
            fixture.givenNoPriorActivity()
                    .when(new RecordSelfAssessment(subject, assessment, LocalDate.of(2025, 3, 1), eight))
                    .expectException(InvalidInput.class)
                    .expectNoEvents();
        }

        @Test
        void acceptsACentreOfTheMunicipality() {
            LocalDate on = LocalDate.of(2025, 3, 1);
            fixture.givenNoPriorActivity()
                    .when(new RecordSelfAssessment(
                            new AssessmentSubject("621", kolding), assessment, on, all(PracticeStatus.ALREADY_DO)))
                    .expectEvents(
                            new SelfAssessmentRecorded(assessment, "621", kolding, on, all(PracticeStatus.ALREADY_DO)));
        }

        @Test
        void refusesACentreOfAnotherMunicipality() {
            fixture.givenNoPriorActivity()
                    .when(new RecordSelfAssessment(
                            new AssessmentSubject("479", kolding),
                            assessment,
                            LocalDate.of(2025, 3, 1),
                            all(PracticeStatus.ALREADY_DO)))
                    .expectException(UnknownReference.class);
        }
    }
}
