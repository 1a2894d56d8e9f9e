package dk.samvaer.web.dashboard;

import dk.samvaer.collaboration.api.BestPractice;
import dk.samvaer.collaboration.api.PracticeStatus;
import dk.samvaer.reporting.api.SelfAssessmentReport;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One municipality's nine best practices over time: a row per practice, a column per self-assessment, oldest first.
 *
 * @param municipalityName whose assessments
 * @param dates the assessments' dates, oldest first
 * @param rows one per practice, in the programme's order
 */
public record PracticeMatrix(String municipalityName, List<LocalDate> dates, List<Row> rows) {

    /** A practice and its status at each assessment (null where that assessment left it out). */
    public record Row(BestPractice practice, List<PracticeStatus> statuses) {}

    /** The matrices of the municipalities' own assessments (not their centres'), in the report's order. */
    public static List<PracticeMatrix> of(SelfAssessmentReport report) {
        List<PracticeMatrix> matrices = new ArrayList<>();
        for (SelfAssessmentReport.Subject subject : report.subjects()) {
            if (subject.centreId() != null) {
                continue;
            }
            List<SelfAssessmentReport.Assessment> history = subject.history();
            List<Row> rows = new ArrayList<>();
            for (BestPractice practice : BestPractice.values()) {
                rows.add(new Row(
                        practice,
                        history.stream()
                                .map(assessment -> assessment.practices().get(practice))
                                .toList()));
            }
            matrices.add(new PracticeMatrix(
                    subject.municipalityName(),
                    history.stream()
                            .map(SelfAssessmentReport.Assessment::assessedOn)
                            .toList(),
                    rows));
        }
        return matrices;
    }
}
