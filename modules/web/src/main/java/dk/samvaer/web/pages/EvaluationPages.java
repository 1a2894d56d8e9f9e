package dk.samvaer.web.pages;

import dk.samvaer.activities.api.ActivityId;
import dk.samvaer.activities.api.ActivityReadModel;
import dk.samvaer.activities.api.ActivityStatus;
import dk.samvaer.activities.api.ActivityView;
import dk.samvaer.activities.api.HeardVia;
import dk.samvaer.activities.api.SubmitEvaluationByLink;
import dk.samvaer.kernel.web.AddressLimit;
import dk.samvaer.web.WebProperties;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The participants' evaluation, opened from the activity's QR code without signing in: two questions in plain
 * Danish, accepted through the activity's current link once it was held and for two weeks after (the aggregate's
 * rule; the page only says so first). No personal data, no cookie but the CSRF token's, limited per client address.
 */
@Controller
@PermitAll
@RequestMapping(ActivityView.EVALUATION_PATH)
class EvaluationPages {

    private final ActivityReadModel activities;
    private final FormCommands commands;
    private final Clock clock;
    private final AddressLimit answers;

    EvaluationPages(ActivityReadModel activities, FormCommands commands, Clock clock, WebProperties properties) {
        this.activities = activities;
        this.commands = commands;
        this.clock = clock;
        this.answers = new AddressLimit(properties.evaluationAnswersPerMinute(), Duration.ofMinutes(1));
    }

    @GetMapping("{token}")
    String form(@PathVariable String token, Model model, HttpServletResponse response) {
        model.addAttribute("form", new EvaluationForm());
        return page(token, model, response);
    }

    @PostMapping("{token}")
    String answer(
            @PathVariable String token,
            @ModelAttribute("form") EvaluationForm form,
            BindingResult result,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        Optional<Duration> wait = answers.take(request.getRemoteAddr());
        if (wait.isPresent()) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            response.setHeader(
                    "Retry-After", String.valueOf(Math.max(1, wait.get().toSeconds())));
            return "evaluation/busy";
        }
        Optional<ActivityView> activity = activities.findByEvaluationToken(token);
        if (activity.isPresent()
                && !result.hasErrors()
                && commands.send(
                        () -> new SubmitEvaluationByLink(
                                new ActivityId(activity.get().id()),
                                token,
                                UUID.randomUUID(),
                                form.getHeardVia(),
                                form.getWouldJoinAgain()),
                        result)) {
            model.addAttribute("activity", activity.get());
            return "evaluation/thanks";
        }
        return page(token, model, response);
    }

    /** Where a form that lost its CSRF token (left open too long) is sent: a Danish page, not a bare 403. */
    @RequestMapping("udloebet")
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String expired() {
        return "evaluation/expired";
    }

    private String page(String token, Model model, HttpServletResponse response) {
        Optional<ActivityView> found = activities.findByEvaluationToken(token);
        if (found.isEmpty() || found.get().status() == ActivityStatus.CANCELLED) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            return "evaluation/unknown";
        }
        ActivityView activity = found.get();
        model.addAttribute("activity", activity);
        model.addAttribute("token", token);
        model.addAttribute("options", HeardVia.values());
        if (activity.logbook() == null) {
            return "evaluation/not-yet";
        }
        LocalDate closes = activity.logbook().heldOn().plusDays(SubmitEvaluationByLink.OPEN_FOR_DAYS);
        if (LocalDate.now(clock).isAfter(closes)) {
            return "evaluation/closed";
        }
        return "evaluation/form";
    }
}
