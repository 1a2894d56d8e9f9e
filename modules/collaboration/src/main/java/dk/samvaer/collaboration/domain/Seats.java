package dk.samvaer.collaboration.domain;

import dk.samvaer.collaboration.api.Seat;
import dk.samvaer.kernel.InvalidInput;
import dk.samvaer.kernel.Texts;

/** A seat named in a meeting (coordinator, follow-up owner) needs an organisation type; its title is bounded. */
final class Seats {

    private Seats() {}

    static Seat require(String field, Seat seat) {
        if (seat == null || seat.organisationType() == null) {
            throw new InvalidInput(field + "-required", field, field + " needs at least an organisation type.");
        }
        return new Seat(
                seat.organisationType(),
                Texts.optional(field + ".roleTitle", seat.roleTitle(), CollaborationGroup.MAX_ROLE_TITLE));
    }
}
