/**
 * The statistics of the comparison of arms (docs/statistics.md): t and Welch intervals for means of per-activity
 * counts, the delta method for shares that are ratios of sums over activities, and Wilson and Newcombe intervals for
 * proportions of evaluation answers. Plain Java over Apache Commons Math, which supplies the distributions, the Welch
 * test and the Wilson interval; no Spring, no database. Every result is an {@link dk.samvaer.reporting.statistics.Estimate}
 * that names its method and, where a figure cannot be estimated or its interval has no width, says why.
 */
package dk.samvaer.reporting.statistics;
