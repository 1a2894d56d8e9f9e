package dk.samvaer.web.pages;

import dk.samvaer.activities.api.HeardVia;
import java.util.LinkedHashSet;
import java.util.Set;

/** A participant's two answers: where they heard of the activity (any, or none) and whether they would come again. */
public class EvaluationForm {

    private Set<HeardVia> heardVia = new LinkedHashSet<>();
    private Boolean wouldJoinAgain;

    public Set<HeardVia> getHeardVia() {
        return heardVia;
    }

    public void setHeardVia(Set<HeardVia> heardVia) {
        this.heardVia = heardVia == null ? new LinkedHashSet<>() : heardVia;
    }

    public Boolean getWouldJoinAgain() {
        return wouldJoinAgain;
    }

    public void setWouldJoinAgain(Boolean wouldJoinAgain) {
        this.wouldJoinAgain = wouldJoinAgain;
    }
}
