package dk.samvaer.web.pages;

import dk.samvaer.activities.api.ActivityId;
import dk.samvaer.activities.api.ActivityReadModel;
import dk.samvaer.activities.api.ActivityStatus;
import dk.samvaer.activities.api.ActivityView;
import dk.samvaer.kernel.Denmark;
import dk.samvaer.kernel.Paging;
import dk.samvaer.kernel.security.Roles;
import dk.samvaer.outreach.api.Channel;
import dk.samvaer.outreach.api.RecordVisibilityAction;
import dk.samvaer.outreach.api.VisibilityActionId;
import dk.samvaer.outreach.api.VisibilityKind;
import dk.samvaer.outreach.api.VisibilityReadModel;
import dk.samvaer.outreach.api.VisibilityReadModel.VisibilityActionSummary;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The centres' visibility actions, phone first: the latest at the person's centres, and recording one (a poster for
 * an activity, a social-media post, an open house, the Drop-in Centres' Day). The same command and the same scope
 * check as {@code POST /api/v1/visibility-actions}.
 */
@Controller
@RequestMapping("/synlighed")
@RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.MUNICIPAL_LEADER, Roles.CENTRE_STAFF})
class VisibilityPages {

    /** How many of the latest actions the list shows. */
    static final int SHOWN = 20;

    /** The activities a poster may be for: those from this many days ago ... */
    static final int PAST_DAYS = 60;

    /** ... to this many days ahead. */
    static final int COMING_DAYS = 120;

    private final VisibilityReadModel visibility;
    private final ActivityReadModel activities;
    private final StaffCentres centres;
    private final FormCommands commands;
    private final Clock clock;

    VisibilityPages(
            VisibilityReadModel visibility,
            ActivityReadModel activities,
            StaffCentres centres,
            FormCommands commands,
            Clock clock) {
        this.visibility = visibility;
        this.activities = activities;
        this.centres = centres;
        this.commands = commands;
        this.clock = clock;
    }

    @GetMapping
    String list(Model model) {
        List<VisibilityActionSummary> actions = visibility
                .latestVisibilityActions(centres.scope(), new Paging(0, SHOWN))
                .items();
        Map<UUID, String> titles = new HashMap<>();
        actions.stream()
                .map(VisibilityActionSummary::activityId)
                .filter(Objects::nonNull)
                .distinct()
                .forEach(activity ->
                        activities.find(activity.value()).ifPresent(view -> titles.put(view.id(), view.title())));
        model.addAttribute("actions", actions);
        model.addAttribute("activityTitles", titles);
        model.addAttribute("centreNames", centres.names());
        return "visibility/list";
    }

    /** The form; after an action was saved ({@code ?gemt}) an empty one for the next, at the same centre. */
    @GetMapping("/ny")
    String form(@ModelAttribute("form") VisibilityForm form, BindingResult result, Model model) {
        if (!result.hasErrors() && form.getTakenOn() == null) {
            form.setTakenOn(today());
        }
        return formPage(form, model);
    }

    @PostMapping
    String record(@ModelAttribute("form") VisibilityForm form, BindingResult result, Model model) {
        if (result.hasErrors()) {
            return formPage(form, model);
        }
        VisibilityActionId id = VisibilityActionId.random();
        boolean saved = FieldRefusals.send(
                commands,
                () -> new RecordVisibilityAction(
                        id,
                        centres.requireVisible(form.getCentreId()),
                        form.getKind(),
                        form.getChannel(),
                        form.getActivityId() == null ? null : new ActivityId(form.getActivityId()),
                        form.getTakenOn(),
                        form.getDescription()),
                result);
        return saved ? "redirect:/synlighed/ny?gemt&centreId=" + form.getCentreId() : formPage(form, model);
    }

    private String formPage(VisibilityForm form, Model model) {
        UUID centre = centres.choose(form.getCentreId(), form::setCentreId, model);
        model.addAttribute("kinds", VisibilityKind.values());
        model.addAttribute("channels", Channel.values());
        model.addAttribute("activities", activityChoices(centre));
        return "visibility/new";
    }

    /**
     * The activities a poster may be for: the chosen centre's (all the person's centres' while none is chosen) from
     * {@value #PAST_DAYS} days ago to {@value #COMING_DAYS} days ahead, not cancelled, by date.
     */
    private List<ActivityView> activityChoices(UUID centre) {
        LocalDate today = today();
        ActivityReadModel.Filter filter = new ActivityReadModel.Filter(
                centres.scope(), today.minusDays(PAST_DAYS), today.plusDays(COMING_DAYS), null);
        return activities.list(filter, new Paging(0, Paging.MAX_SIZE)).items().stream()
                .filter(activity -> activity.status() != ActivityStatus.CANCELLED)
                .filter(activity -> centre == null || centre.equals(activity.centreId()))
                .toList();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Denmark.ZONE));
    }
}
