package dk.samvaer.web.pages;

import dk.samvaer.activities.api.ActivityId;
import dk.samvaer.activities.api.ActivityReadModel;
import dk.samvaer.activities.api.ActivityStatus;
import dk.samvaer.activities.api.ActivityView;
import dk.samvaer.activities.api.CancelActivity;
import dk.samvaer.activities.api.Category;
import dk.samvaer.activities.api.CorrectLogbook;
import dk.samvaer.activities.api.IssueEvaluationLink;
import dk.samvaer.activities.api.PlanActivity;
import dk.samvaer.activities.api.RecordLogbook;
import dk.samvaer.activities.api.Setting;
import dk.samvaer.kernel.NotFound;
import dk.samvaer.kernel.Paging;
import dk.samvaer.kernel.security.Caller;
import dk.samvaer.kernel.security.Roles;
import dk.samvaer.web.posters.PosterController;
import dk.samvaer.web.posters.QrCodes;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Centre staff's activities, phone first: the list (upcoming, awaiting their logbook, held, cancelled), planning one,
 * and its logbook. The same commands and read model as {@code /api/v1/activities}.
 */
@Controller
@RequestMapping("/aktiviteter")
@RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.MUNICIPAL_LEADER, Roles.CENTRE_STAFF})
class ActivityPages {

    /** How many held (and cancelled) activities the list shows: the latest. */
    private static final int SHOWN = 50;

    private final ActivityReadModel activities;
    private final StaffCentres centres;
    private final FormCommands commands;
    private final Clock clock;
    private final PosterController posters;

    ActivityPages(
            ActivityReadModel activities,
            StaffCentres centres,
            FormCommands commands,
            Clock clock,
            PosterController posters) {
        this.posters = posters;
        this.activities = activities;
        this.centres = centres;
        this.commands = commands;
        this.clock = clock;
    }

    @GetMapping
    String list(Model model) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<ActivityView> planned = latest(ActivityStatus.PLANNED, Paging.MAX_SIZE);
        model.addAttribute(
                "awaitingLogbook",
                planned.stream().filter(a -> !a.startsAt().isAfter(now)).toList());
        model.addAttribute(
                "upcoming",
                planned.stream()
                        .filter(a -> a.startsAt().isAfter(now))
                        .sorted(Comparator.comparing(ActivityView::startsAt))
                        .toList());
        model.addAttribute("held", latest(ActivityStatus.HELD, SHOWN));
        model.addAttribute("cancelled", latest(ActivityStatus.CANCELLED, SHOWN));
        model.addAttribute("centreNames", centres.names());
        return "activities/list";
    }

    /**
     * The caller's latest activities with the status, newest first, at most {@code count}: the read model lists oldest
     * first, so these are its last two pages.
     */
    private List<ActivityView> latest(ActivityStatus status, int count) {
        Set<String> scope = Caller.current().scopeFor(null);
        if (scope != null && scope.isEmpty()) {
            return List.of();
        }
        ActivityReadModel.Filter filter = new ActivityReadModel.Filter(scope, null, null, status);
        long total = activities.list(filter, new Paging(0, 1)).totalItems();
        int last = (int) Math.max(0, (total - 1) / count);
        List<ActivityView> found =
                new ArrayList<>(activities.list(filter, new Paging(last, count)).items());
        if (last > 0) {
            found.addAll(activities.list(filter, new Paging(last - 1, count)).items());
        }
        return found.stream()
                .sorted(Comparator.comparing(ActivityView::startsAt).reversed())
                .limit(count)
                .toList();
    }

    @GetMapping("/ny")
    String planForm(@ModelAttribute("form") PlanForm form, Model model) {
        return planPage(model);
    }

    @PostMapping
    String plan(@ModelAttribute("form") PlanForm form, BindingResult result, Model model) {
        if (result.hasErrors()) {
            return planPage(model);
        }
        ActivityId id = ActivityId.random();
        boolean planned = commands.send(
                () -> new PlanActivity(
                        id,
                        centres.requireVisible(form.getCentreId()),
                        form.getTitle(),
                        form.getCategory(),
                        form.getSetting(),
                        form.getStartsAt(),
                        form.getDescription(),
                        form.getCostPerParticipant(),
                        form.getTransport(),
                        form.getAccessibilityNotes()),
                result);
        return planned ? "redirect:/aktiviteter/" + id.value() + "?planlagt" : planPage(model);
    }

    @GetMapping("/{id}")
    String show(@PathVariable UUID id, Model model) {
        return activityPage(id, model);
    }

    @PostMapping("/{id}/rettelse")
    String correctLogbook(
            @PathVariable UUID id, @ModelAttribute("logbook") LogbookForm logbook, BindingResult result, Model model) {
        ActivityId activity = new ActivityId(visible(id).id());
        return change(
                id,
                "rettet",
                result,
                model,
                () -> new CorrectLogbook(
                        activity,
                        logbook.getHeldOn(),
                        logbook.getParticipants(),
                        logbook.getNewParticipants(),
                        logbook.getFormerlyHomeless(),
                        logbook.getReason(),
                        logbook.getVersion()));
    }

    @PostMapping("/{id}/aflysning")
    String cancel(
            @PathVariable UUID id, @ModelAttribute("cancel") CancelForm cancel, BindingResult result, Model model) {
        ActivityId activity = new ActivityId(visible(id).id());
        return change(
                id,
                "aflyst",
                result,
                model,
                () -> new CancelActivity(activity, cancel.getReason(), cancel.getVersion()));
    }

    @PostMapping("/{id}/logbog")
    String recordLogbook(
            @PathVariable UUID id, @ModelAttribute("logbook") LogbookForm logbook, BindingResult result, Model model) {
        ActivityId activity = new ActivityId(visible(id).id());
        return change(
                id,
                "logbog",
                result,
                model,
                () -> new RecordLogbook(
                        activity,
                        logbook.getHeldOn(),
                        logbook.getParticipants(),
                        logbook.getNewParticipants(),
                        logbook.getFormerlyHomeless(),
                        logbook.getVersion()));
    }

    /** The QR code of the activity's evaluation link, as SVG; 404 for an activity without one. */
    @GetMapping(value = "/{id}/qr.svg", produces = "image/svg+xml")
    @ResponseBody
    String qrCode(@PathVariable UUID id) {
        ActivityView activity = visible(id);
        if (activity.evaluationLink() == null) {
            throw new NotFound("The activity has no evaluation link.");
        }
        return QrCodes.svg(absolute(activity.evaluationLink()), activity.title());
    }

    /** The poster, for the signed-in person: the same as {@code GET /api/v1/activities/{id}/poster}. */
    @GetMapping(value = "/{id}/plakat.pdf", produces = "application/pdf")
    ResponseEntity<byte[]> poster(@PathVariable UUID id) {
        visible(id);
        return posters.poster(id);
    }

    @PostMapping("/{id}/nyt-link")
    String newEvaluationLink(
            @PathVariable UUID id, @ModelAttribute("cancel") CancelForm ignored, BindingResult result, Model model) {
        ActivityId activity = new ActivityId(visible(id).id());
        return change(id, "nytlink", result, model, () -> new IssueEvaluationLink(activity));
    }

    /**
     * Sends a change to the activity: after it, the page again with a word that says what was done; if it was
     * refused, the page with the form as typed and the reason beside it.
     */
    private String change(UUID id, String done, BindingResult form, Model model, Supplier<Object> command) {
        if (!form.hasErrors() && commands.send(command, form)) {
            return "redirect:/aktiviteter/" + id + "?" + done;
        }
        return activityPage(id, model);
    }

    /** A path of this service as the address a phone opens (behind a proxy, from its forwarded headers). */
    private static String absolute(String path) {
        return ServletUriComponentsBuilder.fromCurrentContextPath().path(path).toUriString();
    }

    /** The activity's page; a form the request did not bring starts from the activity as it is. */
    private String activityPage(UUID id, Model model) {
        ActivityView activity = visible(id);
        model.addAttribute("activity", activity);
        model.addAttribute("centreName", centres.names().get(activity.centreId()));
        model.addAttribute("history", activities.logbookHistory(id));
        model.addAttribute(
                "evaluationUrl", activity.evaluationLink() == null ? null : absolute(activity.evaluationLink()));
        if (!model.containsAttribute("logbook")) {
            model.addAttribute("logbook", LogbookForm.of(activity));
        }
        if (!model.containsAttribute("cancel")) {
            model.addAttribute("cancel", CancelForm.of(activity));
        }
        return "activities/show";
    }

    private String planPage(Model model) {
        model.addAttribute("centres", centres.visible());
        model.addAttribute("categories", Category.values());
        model.addAttribute("settings", Setting.values());
        return "activities/new";
    }

    /** An activity in a municipality the caller does not see does not exist for them. */
    private ActivityView visible(UUID id) {
        return activities
                .find(id)
                .filter(activity -> Caller.current().sees(activity.municipalityCode()))
                .orElseThrow(() -> new NotFound("No such activity."));
    }
}
