package dk.samvaer.web.pages;

import dk.samvaer.outreach.api.Channel;
import dk.samvaer.outreach.api.VisibilityKind;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The fields of "record a visibility action", as typed: the centre, what it did, the channel of a social-media post,
 * the activity of a poster, the day and an optional description. The rules are the aggregate's.
 */
public class VisibilityForm {

    private UUID centreId;
    private VisibilityKind kind;
    private Channel channel;
    private UUID activityId;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate takenOn;

    private String description;

    public UUID getCentreId() {
        return centreId;
    }

    public void setCentreId(UUID centreId) {
        this.centreId = centreId;
    }

    public VisibilityKind getKind() {
        return kind;
    }

    public void setKind(VisibilityKind kind) {
        this.kind = kind;
    }

    public Channel getChannel() {
        return channel;
    }

    public void setChannel(Channel channel) {
        this.channel = channel;
    }

    public UUID getActivityId() {
        return activityId;
    }

    public void setActivityId(UUID activityId) {
        this.activityId = activityId;
    }

    public LocalDate getTakenOn() {
        return takenOn;
    }

    public void setTakenOn(LocalDate takenOn) {
        this.takenOn = takenOn;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
