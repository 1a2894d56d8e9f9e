package dk.samvaer.collaboration.query;

import dk.samvaer.collaboration.api.BestPractice;
import dk.samvaer.collaboration.api.Level;
import dk.samvaer.collaboration.api.MeetingStatus;
import dk.samvaer.collaboration.api.OrganisationType;
import dk.samvaer.collaboration.api.PracticeAssessment;
import dk.samvaer.collaboration.api.Seat;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.annotation.Nullable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** The shapes in which the collaboration read models answer. */
public final class CollaborationViews {

    private CollaborationViews() {}

    /** A collaboration group and its seats. */
    public record GroupView(
            @Schema(example = "0b6f4a52-3f0e-4a7d-9b1e-2f7a8c9d0e1f") UUID id,
            @Schema(example = "621") String municipalityCode,
            @Schema(example = "STAFF") Level level,
            List<SeatView> seats) {}

    /** A seat; the display name is personal data, shown only here and erasable. */
    public record SeatView(
            @Schema(example = "5d2f7a10-8c3b-4e6f-9a1d-7b2c3d4e5f60") UUID id,
            @Schema(example = "SECTION_99") OrganisationType organisationType,
            @Schema(example = "Gadeplansmedarbejder") @Nullable String roleTitle,
            @Schema(example = "Mette", description = "optional; null when none was given or it was erased") @Nullable
                    String displayName) {}

    /** A meeting with its agenda, and once held its decisions and follow-ups. */
    public record MeetingView(
            @Schema(example = "8a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d") UUID id,
            @Schema(example = "0b6f4a52-3f0e-4a7d-9b1e-2f7a8c9d0e1f") UUID groupId,
            @Schema(example = "621") String municipalityCode,
            @Schema(example = "2025-03-04") LocalDate scheduledFor,
            Seat coordinator,
            @Schema(example = "Agree how § 99 workers escort new users to the centre") String purpose,
            List<String> agenda,
            @Schema(example = "HELD") MeetingStatus status,
            @Schema(example = "2025-03-04") @Nullable LocalDate heldOn,
            Set<OrganisationType> attendingOrganisationTypes,
            List<String> decisions,
            List<FollowUpView> followUps,
            @Schema(example = "2025-05-06") @Nullable LocalDate nextMeetingOn,
            @Schema(example = "Too few could attend") @Nullable String cancellationReason) {}

    /** A follow-up of a held meeting. */
    public record FollowUpView(
            @Schema(example = "1f2e3d4c-5b6a-4978-8a9b-0c1d2e3f4a5b") UUID id,
            @Schema(example = "Send the activity poster to the shelter staff") String description,
            Seat owner,
            @Schema(example = "2025-04-01") LocalDate dueOn,
            @Schema(example = "2025-03-20") @Nullable LocalDate completedOn) {}

    /** A network meeting and the municipalities that took part (those the caller may see). */
    public record NetworkMeetingView(
            @Schema(example = "2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f") UUID id,
            @Schema(example = "2025-06-10") LocalDate heldOn,
            @Schema(example = "Sharing experience with escort and the good welcome") String purpose,
            List<String> municipalityCodes) {}

    /** One recorded self-assessment of a municipality or centre. */
    public record SelfAssessmentView(
            @Schema(example = "3d4e5f6a-7b8c-4d9e-8f0a-1b2c3d4e5f6a") UUID id,
            @Schema(example = "621") String municipalityCode,
            @Schema(
                            example = "6fef8f7d-14c1-3cb2-a563-ba4867e368bb",
                            description = "the centre, when a centre assessed itself; else null")
                    @Nullable
                    UUID centreId,
            @Schema(example = "2025-09-01") LocalDate assessedOn,
            Map<BestPractice, PracticeAssessment> practices) {}
}
