package dk.samvaer.collaboration.api;

/** The status of one best practice, with an optional note. */
public record PracticeAssessment(PracticeStatus status, String note) {}
