package dk.samvaer.buddies.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record that the buddy completed the buddy course (3 hours in the programme). Causes {@link BuddyCourseCompleted}. */
public record CompleteBuddyCourse(@TargetAggregateIdentifier BuddyId buddyId, LocalDate completedOn, Integer hours) {

    /** The longest course, in hours. */
    public static final int MAX_HOURS = 40;
}
