package dk.samvaer.programme.api;

/** Identifies a project year; its aggregate identifier is {@code project-year-<year>}. */
public record ProjectYearId(int year) {

    @Override
    public String toString() {
        return "project-year-" + year;
    }
}
