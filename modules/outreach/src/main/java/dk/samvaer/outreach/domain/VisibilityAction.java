package dk.samvaer.outreach.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import dk.samvaer.activities.api.ActivityDirectory;
import dk.samvaer.kernel.Bounds;
import dk.samvaer.kernel.InvalidInput;
import dk.samvaer.kernel.Texts;
import dk.samvaer.outreach.api.RecordVisibilityAction;
import dk.samvaer.outreach.api.VisibilityActionId;
import dk.samvaer.outreach.api.VisibilityActionTaken;
import dk.samvaer.outreach.api.VisibilityKind;
import dk.samvaer.programme.api.CentreDirectory;
import dk.samvaer.programme.api.CentreDirectory.CentreSummary;
import java.time.Clock;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

/**
 * Something a centre did to be seen: a poster (for an activity of the centre), a social-media post (on a channel), an
 * open house, or the Drop-in Centres' Day.
 */
public class VisibilityAction {

    static final int MAX_DESCRIPTION = RecordVisibilityAction.MAX_DESCRIPTION;

    @AggregateIdentifier
    private VisibilityActionId actionId;

    protected VisibilityAction() {
        // for Axon
    }

    @CommandHandler
    public VisibilityAction(
            RecordVisibilityAction command, CentreDirectory centres, ActivityDirectory activities, Clock clock) {
        CentreSummary centre = Places.centre(command.centreId(), centres);
        VisibilityKind kind = Texts.present("kind", command.kind());
        if (kind == VisibilityKind.POSTER && command.activityId() == null) {
            throw new InvalidInput("poster-needs-activity", "activityId", "A poster is published for an activity.");
        }
        if (kind == VisibilityKind.SOCIAL_MEDIA_POST && command.channel() == null) {
            throw new InvalidInput("post-needs-channel", "channel", "A social-media post needs its channel.");
        }
        if (kind != VisibilityKind.SOCIAL_MEDIA_POST && command.channel() != null) {
            throw new InvalidInput("channel-only-for-posts", "channel", "Only a social-media post has a channel.");
        }
        activities.requireAt(command.activityId(), centre.centreId());
        apply(new VisibilityActionTaken(
                command.actionId(),
                centre.centreId(),
                centre.municipalityCode(),
                kind,
                command.channel(),
                command.activityId(),
                Bounds.happened("takenOn", command.takenOn(), clock),
                Texts.optional("description", command.description(), MAX_DESCRIPTION)));
    }

    @EventSourcingHandler
    void on(VisibilityActionTaken event) {
        this.actionId = event.actionId();
    }
}
