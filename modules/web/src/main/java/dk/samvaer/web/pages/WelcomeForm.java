package dk.samvaer.web.pages;

import dk.samvaer.activities.api.HeardVia;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The fields of "register a welcome of a new user", as typed: where, when, who welcomed (a buddy, or staff when
 * {@code buddyId} is empty) and how the newcomer heard of the centre. Nothing about the newcomer is asked or kept; the
 * rules are the aggregates'.
 */
public class WelcomeForm {

    private UUID centreId;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate welcomedOn;

    private UUID buddyId;
    private Set<HeardVia> heardVia = new LinkedHashSet<>();

    public UUID getCentreId() {
        return centreId;
    }

    public void setCentreId(UUID centreId) {
        this.centreId = centreId;
    }

    public LocalDate getWelcomedOn() {
        return welcomedOn;
    }

    public void setWelcomedOn(LocalDate welcomedOn) {
        this.welcomedOn = welcomedOn;
    }

    public UUID getBuddyId() {
        return buddyId;
    }

    public void setBuddyId(UUID buddyId) {
        this.buddyId = buddyId;
    }

    public Set<HeardVia> getHeardVia() {
        return heardVia;
    }

    public void setHeardVia(Set<HeardVia> heardVia) {
        this.heardVia = heardVia;
    }
}
