package dk.samvaer.collaboration.api;

import java.time.LocalDate;
import java.util.UUID;

/** A follow-up agreed at a held meeting: what, whose seat owns it, and by when. */
public record FollowUp(UUID followUpId, String description, Seat owner, LocalDate dueOn) {}
