package dk.samvaer.web.security;

import dk.samvaer.kernel.security.Caller;
import dk.samvaer.kernel.security.CallerFile;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * The local users of the web pages, read once at start from a YAML file ({@link CallerFile}) of {@code {username,
 * password, roles, municipalities}}; {@code password} is a bcrypt hash ({@code $2a$}, {@code $2b$} or {@code $2y$},
 * as {@code htpasswd -nbB} writes it). Only hashes are kept.
 */
final class WebUsers {

    static final String SETTING = "samvaer.web.users-file";

    private static final Pattern BCRYPT = Pattern.compile("\\$2[aby]?\\$\\d\\d\\$[./0-9A-Za-z]{53}");

    private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder();
    private final Map<String, CallerFile.Entry> byUsername;
    /** Compared with when the user is unknown, so that an unknown name takes as long as a wrong password. */
    private final String decoy = bcrypt.encode("decoy");

    private WebUsers(Map<String, CallerFile.Entry> byUsername) {
        this.byUsername = Map.copyOf(byUsername);
    }

    static WebUsers none() {
        return new WebUsers(Map.of());
    }

    static WebUsers load(Path file, Predicate<String> municipalityExists) {
        Map<String, CallerFile.Entry> users = new HashMap<>();
        file(file)
                .read(
                        hash -> BCRYPT.matcher(hash).matches(),
                        "a bcrypt hash ($2y$…, as htpasswd -nbB writes it)",
                        municipalityExists)
                .forEach(entry -> users.put(entry.caller().name(), entry));
        return new WebUsers(users);
    }

    /** The users file at a path. */
    static CallerFile file(Path path) {
        return new CallerFile("users file", path, SETTING, "username", "password");
    }

    /** The caller a username and password stand for, if the password is right. */
    Optional<Caller> authenticate(String username, String password) {
        CallerFile.Entry user = byUsername.get(username);
        boolean matches = bcrypt.matches(password, user == null ? decoy : user.secret());
        return user != null && matches ? Optional.of(user.caller()) : Optional.empty();
    }

    int size() {
        return byUsername.size();
    }
}
