package dk.samvaer.collaboration.api;

import java.util.Optional;

/** Finds a collaboration group, strongly consistent with the command side. */
public interface GroupDirectory {

    Optional<CollaborationGroupCreated> find(GroupId groupId);
}
