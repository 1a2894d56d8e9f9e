package dk.samvaer.web.pages;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The logbook after an activity: the date it was held and three staff estimates, as typed; a correction adds its
 * reason. {@code version} is the activity's version the page showed, so that a change by someone else in between is
 * refused rather than overwritten.
 */
public class LogbookForm {

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate heldOn;

    private Integer participants;
    private Integer newParticipants;
    private Integer formerlyHomeless;
    private String reason;
    private Long version;

    /** The form filled with the activity's current logbook, for a correction. */
    static LogbookForm of(dk.samvaer.activities.api.ActivityView activity) {
        LogbookForm form = new LogbookForm();
        if (activity.logbook() != null) {
            form.heldOn = activity.logbook().heldOn();
            form.participants = activity.logbook().participants();
            form.newParticipants = activity.logbook().newParticipants();
            form.formerlyHomeless = activity.logbook().formerlyHomeless();
        }
        form.version = activity.version();
        return form;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

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
