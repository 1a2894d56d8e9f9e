package dk.samvaer.web.pages;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The logbook after an activity: the date it was held and three staff estimates, as typed; a correction's reason. */
public class LogbookForm extends ChangeForm {

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate heldOn;

    private Integer participants;
    private Integer newParticipants;
    private Integer formerlyHomeless;

    /** The form filled with the activity's current logbook, for a correction. */
    static LogbookForm of(dk.samvaer.activities.api.ActivityView activity) {
        LogbookForm form = new LogbookForm();
        if (activity.logbook() != null) {
            form.heldOn = activity.logbook().heldOn();
            form.participants = activity.logbook().participants();
            form.newParticipants = activity.logbook().newParticipants();
            form.formerlyHomeless = activity.logbook().formerlyHomeless();
        }
        form.setVersion(activity.version());
        return form;
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
