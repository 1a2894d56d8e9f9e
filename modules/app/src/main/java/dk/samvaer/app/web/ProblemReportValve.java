package dk.samvaer.app.web;

import dk.samvaer.kernel.web.ApiExceptionHandler;
import dk.samvaer.kernel.web.ProblemWriter;
import java.io.IOException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Tomcat's error report (for errors Tomcat answers itself: an invalid request line or URI, a request it cannot map)
 * as a problem instead of its HTML page. Never shows a stack trace or the server's version.
 */
final class ProblemReportValve extends ErrorReportValve {

    private final ProblemWriter problems;

    ProblemReportValve(ProblemWriter problems) {
        this.problems = problems;
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        try {
            problems.write(response, ApiExceptionHandler.forStatus(status));
            response.finishResponse();
        } catch (IOException | IllegalStateException clientGoneOrCommitted) {
            // nothing more can be said to this client
        }
    }
}
