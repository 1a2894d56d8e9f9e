package dk.samvaer.web.pages;

import dk.samvaer.activities.api.HeardVia;
import dk.samvaer.buddies.api.BuddyDirectory;
import dk.samvaer.buddies.api.BuddyEnrolled;
import dk.samvaer.buddies.api.BuddyId;
import dk.samvaer.buddies.api.BuddyReadModel;
import dk.samvaer.buddies.api.BuddyReadModel.BuddySummary;
import dk.samvaer.buddies.api.BuddyStatus;
import dk.samvaer.buddies.api.RecordStaffWelcome;
import dk.samvaer.buddies.api.WelcomeId;
import dk.samvaer.buddies.api.WelcomeNewUser;
import dk.samvaer.kernel.Denmark;
import dk.samvaer.kernel.Paging;
import dk.samvaer.kernel.UnknownReference;
import dk.samvaer.kernel.security.Roles;
import dk.samvaer.programme.api.CentreId;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Welcomes of new users, phone first: the latest at the person's centres, and registering one (by a buddy of the
 * centre or by staff). Nothing about the newcomer is asked. The same commands, the same buddy lookup and the same
 * scope check as {@code POST /api/v1/welcomes}.
 */
@Controller
@RequestMapping("/velkomster")
@RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.MUNICIPAL_LEADER, Roles.CENTRE_STAFF})
class WelcomePages {

    /** How many of the latest welcomes the list shows. */
    static final int SHOWN = 20;

    private final BuddyReadModel buddyReadModel;
    private final BuddyDirectory buddies;
    private final StaffCentres centres;
    private final FormCommands commands;
    private final Clock clock;

    WelcomePages(
            BuddyReadModel buddyReadModel,
            BuddyDirectory buddies,
            StaffCentres centres,
            FormCommands commands,
            Clock clock) {
        this.buddyReadModel = buddyReadModel;
        this.buddies = buddies;
        this.centres = centres;
        this.commands = commands;
        this.clock = clock;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute(
                "welcomes",
                buddyReadModel
                        .latestWelcomes(centres.scope(), new Paging(0, SHOWN))
                        .items());
        model.addAttribute("centreNames", centres.names());
        return "welcomes/list";
    }

    /** The form; after a welcome was saved ({@code ?gemt}) an empty one for the next, at the same centre. */
    @GetMapping("/ny")
    String form(@ModelAttribute("form") WelcomeForm form, BindingResult result, Model model) {
        if (!result.hasErrors() && form.getWelcomedOn() == null) {
            form.setWelcomedOn(LocalDate.now(clock.withZone(Denmark.ZONE)));
        }
        return formPage(form, model);
    }

    @PostMapping
    String welcome(@ModelAttribute("form") WelcomeForm form, BindingResult result, Model model) {
        if (result.hasErrors()) {
            return formPage(form, model);
        }
        WelcomeId id = WelcomeId.random();
        boolean saved = FieldRefusals.send(commands, () -> command(id, form), result);
        return saved ? "redirect:/velkomster/ny?gemt&centreId=" + form.getCentreId() : formPage(form, model);
    }

    /**
     * The command, as the API makes it: the centre must be one of the person's; without a buddy it is staff's welcome,
     * with one the buddy must be enrolled at that centre.
     */
    private Object command(WelcomeId id, WelcomeForm form) {
        CentreId centre = centres.requireVisible(form.getCentreId());
        Set<HeardVia> heardVia = form.getHeardVia() == null ? Set.of() : Set.copyOf(form.getHeardVia());
        if (form.getBuddyId() == null) {
            return new RecordStaffWelcome(id, centre, form.getWelcomedOn(), heardVia, null);
        }
        if (centre == null) {
            throw new UnknownReference("centreId", "A centre is required.");
        }
        BuddyEnrolled buddy = buddies.find(new BuddyId(form.getBuddyId()))
                .filter(enrolled -> enrolled.centreId().equals(centre))
                .orElseThrow(
                        () -> new UnknownReference("buddyId", "No buddy with that id is enrolled at this centre."));
        return new WelcomeNewUser(buddy.buddyId(), id, form.getWelcomedOn(), heardVia, null);
    }

    private String formPage(WelcomeForm form, Model model) {
        UUID centre = centres.choose(form.getCentreId(), form::setCentreId, model);
        model.addAttribute("buddies", welcomers(centre));
        model.addAttribute("heardVia", HeardVia.values());
        return "welcomes/new";
    }

    /** The active buddies of the chosen centre, or of all the person's centres while none is chosen. */
    private List<BuddySummary> welcomers(UUID centre) {
        return buddyReadModel
                .buddySummaries(
                        centres.scope(),
                        centre == null ? null : new CentreId(centre),
                        BuddyStatus.ACTIVE,
                        new Paging(0, Paging.MAX_SIZE))
                .items();
    }
}
