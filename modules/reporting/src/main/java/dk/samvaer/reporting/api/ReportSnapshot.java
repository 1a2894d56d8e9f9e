package dk.samvaer.reporting.api;

import java.util.Map;

/** Every live report, for every year with data, in one comparable value: used to prove a rebuild changed nothing. */
public interface ReportSnapshot {

    Map<String, Object> snapshot();
}
