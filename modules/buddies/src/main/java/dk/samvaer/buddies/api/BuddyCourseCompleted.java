package dk.samvaer.buddies.api;

import dk.samvaer.programme.api.CentreId;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** A buddy completed the buddy course; {@code completedOn} decides its project year. */
@Revision("1")
public record BuddyCourseCompleted(
        BuddyId buddyId, CentreId centreId, String municipalityCode, LocalDate completedOn, int hours) {}
