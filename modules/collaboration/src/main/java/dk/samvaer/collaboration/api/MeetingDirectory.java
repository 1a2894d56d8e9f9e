package dk.samvaer.collaboration.api;

import java.util.Optional;

/** Finds a meeting by what scheduled it, strongly consistent with the command side. */
public interface MeetingDirectory {

    Optional<MeetingScheduled> find(MeetingId meetingId);
}
