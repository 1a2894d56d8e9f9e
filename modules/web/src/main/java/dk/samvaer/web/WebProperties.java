package dk.samvaer.web;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code samvaer.web.*}: {@code users-file}, the YAML list of local users ({@code {username, password, roles,
 * municipalities}}, {@code password} a bcrypt hash as {@code htpasswd -nbB} writes it), {@code data-dir}/users.yml
 * when not set; {@code evaluation-answers-per-minute}, how many answers one client address may send through public
 * evaluation links in a minute (30: a group answering on the centre's Wi-Fi shares one address).
 */
@ConfigurationProperties("samvaer.web")
public record WebProperties(Path usersFile, Integer evaluationAnswersPerMinute) {

    public WebProperties {
        evaluationAnswersPerMinute = evaluationAnswersPerMinute == null ? 30 : evaluationAnswersPerMinute;
        if (evaluationAnswersPerMinute < 1) {
            throw new IllegalArgumentException("samvaer.web.evaluation-answers-per-minute must be at least 1.");
        }
    }
}
