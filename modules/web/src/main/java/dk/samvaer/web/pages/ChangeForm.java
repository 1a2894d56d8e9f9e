package dk.samvaer.web.pages;

/**
 * What every change to an activity's page sends besides its own fields: the reason (where the change needs one) and
 * the activity's version the page showed, so that a change by someone else in between is refused, not overwritten.
 */
public abstract class ChangeForm {

    private String reason;
    private Long version;

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
}
