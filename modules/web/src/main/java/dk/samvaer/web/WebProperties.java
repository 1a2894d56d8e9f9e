package dk.samvaer.web;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code samvaer.web.*}: {@code users-file}, the YAML list of local users ({@code {username, password, roles,
 * municipalities}}, {@code password} a bcrypt hash as {@code htpasswd -nbB} writes it); {@code data-dir}/users.yml
 * when not set.
 */
@ConfigurationProperties("samvaer.web")
public record WebProperties(Path usersFile) {}
