package dk.samvaer.reporting.disclosure;

import dk.samvaer.reporting.api.BuddyReport;
import dk.samvaer.reporting.api.EscortReport;
import dk.samvaer.reporting.api.EvaluationSummary;
import dk.samvaer.reporting.api.ProjectYearFigures;
import dk.samvaer.reporting.api.Publishable;
import dk.samvaer.reporting.api.ReferralReport;
import dk.samvaer.reporting.api.TrendReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The totals of each report and what they add up, the input of secondary suppression. A report not named here
 * (visibility, Table 1) has no totals beside its rows. {@code SmallCellsTest} checks every sum on generated reports.
 */
final class ReportSums {

    private final Map<String, Long> counts;
    private final List<Sum> sums = new ArrayList<>();

    private ReportSums(Map<String, Long> counts) {
        this.counts = counts;
    }

    static List<Sum> of(Publishable report, Map<String, Long> counts) {
        ReportSums sums = new ReportSums(counts);
        if (report instanceof ProjectYearFigures figures) {
            sums.rowsAddUp("", rows("/byMunicipality", figures.byMunicipality().size()));
            sums.rowsAddUp(
                    "",
                    figures.byArm().keySet().stream()
                            .map(arm -> "/byArm/" + arm.name())
                            .toList());
            figures.byArm()
                    .keySet()
                    .forEach(arm -> sums.rowsAddUp(
                            "/byArm/" + arm.name(),
                            IntStream.range(0, figures.byMunicipality().size())
                                    .filter(i -> figures.byMunicipality().get(i).arm() == arm)
                                    .mapToObj(i -> "/byMunicipality/" + i)
                                    .toList()));
        } else if (report instanceof EvaluationSummary evaluations) {
            List<String> municipalities =
                    rows("/byMunicipality", evaluations.byMunicipality().size());
            sums.rowsAddUp("", municipalities);
            sums.answersAddUp("");
            municipalities.forEach(sums::answersAddUp);
        } else if (report instanceof EscortReport escorts) {
            sums.add(
                    "/escorts",
                    escorts.byService().keySet().stream()
                            .map(s -> "/byService/" + s)
                            .toList());
            sums.add(
                    "/escorts",
                    rows("/byMonth", escorts.byMonth().size()).stream()
                            .map(m -> m + "/escorts")
                            .toList());
            sums.rowsAddUp("", rows("/byCentre", escorts.byCentre().size()));
        } else if (report instanceof ReferralReport referrals) {
            sums.rowsAddUp(
                    "", rows("/byMunicipality", referrals.byMunicipality().size()));
        } else if (report instanceof TrendReport trends) {
            // each year as in its Table 2: the arms add up to (at most) the year's total
            for (int i = 0; i < trends.years().size(); i++) {
                String year = "/years/" + i;
                sums.rowsAddUp(
                        year,
                        trends.years().get(i).byArm().keySet().stream()
                                .map(arm -> year + "/byArm/" + arm.name())
                                .toList());
            }
        } else if (report instanceof BuddyReport buddies) {
            for (String centre : rows("/centres", buddies.centres().size())) {
                sums.add(centre + "/welcomes", List.of(centre + "/welcomesByBuddies", centre + "/welcomesByStaff"));
                sums.add(centre + "/welcomes", rows(centre + "/welcomesPerMonth", 12));
            }
        }
        return List.copyOf(sums.sums);
    }

    /** Every person count of the rows adds up to the count of the same name at {@code total}, where there is one. */
    private void rowsAddUp(String total, List<String> rows) {
        Map<String, List<String>> partsBySuffix = new java.util.LinkedHashMap<>();
        for (String row : rows) {
            String prefix = row + "/";
            counts.keySet().stream()
                    .filter(pointer -> pointer.startsWith(prefix))
                    .forEach(pointer -> partsBySuffix
                            .computeIfAbsent(pointer.substring(row.length()), s -> new ArrayList<>())
                            .add(pointer));
        }
        partsBySuffix.forEach((suffix, parts) -> {
            if (counts.containsKey(total + suffix)) {
                sums.add(new Sum(total + suffix, parts));
            }
        });
    }

    /** An evaluation either answers yes or no to "would you join again", or leaves it unanswered. */
    private void answersAddUp(String row) {
        String answers = row + "/wouldJoinAgain/";
        add(row + "/evaluations", List.of(answers + "yes", answers + "no", answers + "unanswered"));
    }

    private void add(String total, List<String> parts) {
        List<String> unknown = new ArrayList<>(parts);
        unknown.add(total);
        unknown.removeIf(counts::containsKey);
        if (!unknown.isEmpty()) {
            throw new IllegalStateException("A declared sum names figures the report does not count: " + unknown);
        }
        sums.add(new Sum(total, parts));
    }

    private static List<String> rows(String list, int size) {
        return IntStream.range(0, size).mapToObj(i -> list + "/" + i).toList();
    }
}
