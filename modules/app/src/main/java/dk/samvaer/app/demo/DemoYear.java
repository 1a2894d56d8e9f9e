package dk.samvaer.app.demo;

import dk.samvaer.activities.api.ActivityId;
import dk.samvaer.activities.api.Category;
import dk.samvaer.activities.api.HeardVia;
import dk.samvaer.activities.api.PlanActivity;
import dk.samvaer.activities.api.RecordLogbook;
import dk.samvaer.activities.api.Setting;
import dk.samvaer.activities.api.SubmitEvaluation;
import dk.samvaer.kernel.Denmark;
import dk.samvaer.kernel.security.Pseudonyms;
import dk.samvaer.programme.api.Arm;
import dk.samvaer.programme.api.CentreId;
import dk.samvaer.programme.api.CreateProjectYear;
import dk.samvaer.programme.api.Enrolment;
import dk.samvaer.programme.api.ProjectYearId;
import dk.samvaer.programme.api.RegisterCentre;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Loads project year 2025 as the report describes it: five municipalities (three test, two control), one centre
 * each, the 40 activities of Table 1 with logbooks totalling 675 participants, 205 new and 341 formerly homeless
 * (Table 2), and a plausible set of evaluations. Every id is derived from its name, and every step is skipped when
 * its aggregate already has the events, so starting twice (or after an interrupted start) never loads twice.
 */
@Component
@Profile("demo")
class DemoYear implements ApplicationRunner {

    static final int YEAR = 2025;
    static final Map<String, Arm> ARMS = arms();
    private static final ZoneId DENMARK = Denmark.ZONE;
    private static final Logger log = LoggerFactory.getLogger(DemoYear.class);

    private final CommandGateway commands;
    private final EventStore eventStore;
    private final DemoStrands strands = new DemoStrands();
    private final DemoOutreach outreach;

    DemoYear(CommandGateway commands, EventStore eventStore, Pseudonyms pseudonyms) {
        this.commands = commands;
        this.eventStore = eventStore;
        this.outreach = new DemoOutreach(pseudonyms);
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        int sent = load();
        if (sent == 0) {
            log.info("Demo year {} is already loaded; nothing to do.", YEAR);
        } else {
            log.info("Demo year {} loaded ({} commands).", YEAR, sent);
        }
    }

    int load() throws IOException {
        int sent = 0;
        ProjectYearId projectYear = new ProjectYearId(YEAR);
        if (version(projectYear.toString()) < 0) {
            List<Enrolment> enrolments = ARMS.entrySet().stream()
                    .map(e -> new Enrolment(e.getKey(), e.getValue()))
                    .toList();
            commands.sendAndWait(new CreateProjectYear(projectYear, enrolments));
            sent++;
        }
        for (String code : ARMS.keySet()) {
            CentreId centre = centreOf(code);
            sent += sendMissing(centre.toString(), List.of(new RegisterCentre(centre, code, CENTRE_NAMES.get(code))));
        }
        List<Row> rows = rows();
        for (int i = 0; i < rows.size(); i++) {
            sent += loadActivity(i, rows.get(i));
        }
        sent += strands.load(this::sendMissing, rows);
        sent += outreach.load(this::sendMissing, rows);
        return sent;
    }

    private int loadActivity(int index, Row row) {
        ActivityId activity = activityOf(index);
        List<Object> steps = new ArrayList<>();
        steps.add(new PlanActivity(
                activity,
                centreOf(row.municipalityCode()),
                row.title(),
                row.category(),
                row.setting(),
                row.heldOn().atTime(LocalTime.of(10, 0)).atZone(DENMARK).toOffsetDateTime(),
                null,
                null,
                null,
                null));
        steps.add(new RecordLogbook(
                activity, row.heldOn(), row.participants(), row.newParticipants(), row.formerlyHomeless(), null));
        steps.addAll(evaluations(index, activity, row.participants()));
        return sendMissing(activity.toString(), steps);
    }

    /**
     * Sends the commands an aggregate has not had yet. Each command here makes exactly one event, so an aggregate at
     * sequence number {@code n} has had the first {@code n + 1}; a restart resumes where an earlier start stopped.
     */
    int sendMissing(String aggregateId, List<?> steps) {
        int sent = 0;
        for (long k = version(aggregateId) + 1; k < steps.size(); k++) {
            commands.sendAndWait(steps.get((int) k));
            sent++;
        }
        return sent;
    }

    static ActivityId activityOf(int index) {
        return new ActivityId(uuid("activity:" + YEAR + ":" + index));
    }

    /** About a third of the participants fill in the evaluation; answers drawn from a fixed seed per activity. */
    static List<SubmitEvaluation> evaluations(int index, ActivityId activity, int participants) {
        Random random = new Random(YEAR * 1000L + index);
        int count = Math.round(participants * 0.35f);
        List<SubmitEvaluation> evaluations = new ArrayList<>(count);
        for (int k = 0; k < count; k++) {
            Set<HeardVia> heardVia = EnumSet.noneOf(HeardVia.class);
            if (random.nextDouble() < 0.55) heardVia.add(HeardVia.CENTRE);
            if (random.nextDouble() < 0.30) heardVia.add(HeardVia.FRIEND);
            if (random.nextDouble() < 0.10) heardVia.add(HeardVia.SOCIAL_MEDIA);
            if (random.nextDouble() < 0.25) heardVia.add(HeardVia.SUPPORT_WORKER);
            if (random.nextDouble() < 0.05) heardVia.add(HeardVia.OTHER);
            double again = random.nextDouble();
            Boolean wouldJoinAgain = again < 0.85 ? Boolean.TRUE : again < 0.92 ? Boolean.FALSE : null;
            evaluations.add(new SubmitEvaluation(
                    activity, uuid("evaluation:" + YEAR + ":" + index + ":" + k), heardVia, wouldJoinAgain));
        }
        return evaluations;
    }

    /** The last sequence number stored for an aggregate, or -1 when it has no events. */
    private long version(String aggregateId) {
        return eventStore.lastSequenceNumberFor(aggregateId).orElse(-1L);
    }

    static CentreId centreOf(String municipalityCode) {
        return new CentreId(uuid("centre:" + municipalityCode));
    }

    static UUID uuid(String name) {
        return UUID.nameUUIDFromBytes(("samvaer-demo:" + name).getBytes(StandardCharsets.UTF_8));
    }

    static List<Row> rows() throws IOException {
        try (InputStream in = DemoYear.class.getResourceAsStream("/demo/activities-2025.csv")) {
            if (in == null) {
                throw new IllegalStateException("demo/activities-2025.csv is missing");
            }
            List<String> lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                    .lines()
                    .skip(1)
                    .filter(line -> !line.isBlank())
                    .toList();
            return lines.stream().map(Row::parse).toList();
        }
    }

    private static Map<String, Arm> arms() {
        Map<String, Arm> arms = new LinkedHashMap<>();
        arms.put("621", Arm.TEST); // Kolding
        arms.put("510", Arm.TEST); // Haderslev
        arms.put("370", Arm.TEST); // Næstved
        arms.put("479", Arm.CONTROL); // Svendborg
        arms.put("217", Arm.CONTROL); // Helsingør
        return arms;
    }

    static final Map<String, String> CENTRE_NAMES = Map.of(
            "621", "Værestedet i Kolding",
            "510", "Værestedet i Haderslev",
            "370", "Værestedet i Næstved",
            "479", "Værestedet i Svendborg",
            "217", "Værestedet i Helsingør");

    /** One activity of Table 1 with its logbook. */
    record Row(
            String municipalityCode,
            String title,
            Category category,
            Setting setting,
            LocalDate heldOn,
            int participants,
            int newParticipants,
            int formerlyHomeless) {

        static Row parse(String line) {
            String[] c = line.split(",", -1);
            return new Row(
                    c[0],
                    c[1],
                    Category.valueOf(c[2]),
                    Setting.valueOf(c[3]),
                    LocalDate.parse(c[4]),
                    Integer.parseInt(c[5]),
                    Integer.parseInt(c[6]),
                    Integer.parseInt(c[7]));
        }
    }
}
