package dk.samvaer.web.pages;

import dk.samvaer.activities.api.ActivityView;

/** Cancelling a planned activity: the reason, and the version the page showed. */
public class CancelForm extends ChangeForm {

    /** An empty cancellation of the activity as the page shows it. */
    static CancelForm of(ActivityView activity) {
        CancelForm form = new CancelForm();
        form.setVersion(activity.version());
        return form;
    }
}
