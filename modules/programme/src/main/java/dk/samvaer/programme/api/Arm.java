package dk.samvaer.programme.api;

/** The study arm of a municipality in a project year. */
public enum Arm {
    /** Runs all three strands: collaboration, activities and the buddy scheme. */
    TEST,
    /** Runs only the activities, for comparison. */
    CONTROL
}
