package dk.samvaer.web.pages;

import dk.samvaer.kernel.security.Caller;
import dk.samvaer.kernel.security.Role;
import jakarta.annotation.security.PermitAll;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The sign-in page, the start page and the page that says no: open to anyone the page chain lets through. */
@Controller
@PermitAll
class SignInPages {

    @GetMapping("/login")
    String login() {
        return "login";
    }

    /** Staff start at their activities, auditors at the audit page, leaders and admins at the dashboard. */
    @GetMapping("/")
    String start() {
        Caller caller = Caller.current();
        if (caller.roles().contains(Role.CENTRE_STAFF)) {
            return "redirect:/aktiviteter";
        }
        return caller.roles().contains(Role.AUDITOR) ? "redirect:/revision" : "redirect:/oversigt";
    }

    /** Where Spring Security forwards a person who may not do what they asked (any method: a refused form too). */
    @RequestMapping("/adgang-naegtet")
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String forbidden() {
        return "error/403";
    }
}
