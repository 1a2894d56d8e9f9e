package dk.samvaer.reporting.api;

/** A report that can be published with small counts of people suppressed; see {@link Suppression}. */
public interface Publishable {

    /** Whether and where small counts were suppressed; {@link Suppression#NONE} for an exact report. */
    Suppression suppression();
}
