package dk.samvaer.web.pages;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The logbook after an activity: the date it was held and three staff estimates, as typed. */
public class LogbookForm {

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate heldOn;

    private Integer participants;
    private Integer newParticipants;
    private Integer formerlyHomeless;

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(LocalDate heldOn) {
        this.heldOn = heldOn;
    }

    public Integer getParticipants() {
        return participants;
    }

    public void setParticipants(Integer participants) {
        this.participants = participants;
    }

    public Integer getNewParticipants() {
        return newParticipants;
    }

    public void setNewParticipants(Integer newParticipants) {
        this.newParticipants = newParticipants;
    }

    public Integer getFormerlyHomeless() {
        return formerlyHomeless;
    }

    public void setFormerlyHomeless(Integer formerlyHomeless) {
        this.formerlyHomeless = formerlyHomeless;
    }
}
