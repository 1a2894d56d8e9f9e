package dk.samvaer.web.pages;

/** Cancelling a planned activity: the reason, and the activity's version the page showed. */
public class CancelForm {

    private String reason;
    private Long version;

    /** An empty cancellation of the activity as the page shows it. */
    static CancelForm of(dk.samvaer.activities.api.ActivityView activity) {
        CancelForm form = new CancelForm();
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
}
