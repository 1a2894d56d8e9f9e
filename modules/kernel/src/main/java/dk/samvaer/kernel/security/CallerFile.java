package dk.samvaer.kernel.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * A YAML file of callers, read once at start: a list of {@code {<name>, <secret>, roles, municipalities}}, where
 * {@code municipalities: ["*"]} means all. The API keys file ({@code name}, {@code sha256}) and the web's users file
 * ({@code username}, {@code password}) are both such files. A malformed file stops the start with a message that
 * names the file, its setting, the entry and what is wrong.
 *
 * @param what what the file is, for messages ("API keys file")
 * @param file the file
 * @param setting the property that names it, for messages
 * @param nameField the field that names an entry
 * @param secretField the field that holds its secret (a digest or a hash, never the secret itself)
 */
public record CallerFile(String what, Path file, String setting, String nameField, String secretField) {

    /** One entry: the caller it stands for (client = name) and its secret as written. */
    public record Entry(Caller caller, String secret) {}

    /**
     * The entries of the file; {@code secretIsValid} checks a secret's form ({@code what} says it in a message),
     * {@code municipalityExists} a code.
     */
    public List<Entry> read(Predicate<String> secretIsValid, String secretForm, Predicate<String> municipalityExists) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw invalid("cannot be read (" + e.getClass().getSimpleName() + ")");
        }
        Object document;
        try {
            document = new Yaml().load(text);
        } catch (YAMLException e) {
            throw invalid("is not valid YAML");
        }
        if (document == null) {
            return List.of();
        }
        String shape = "{" + nameField + ", " + secretField + ", roles, municipalities}";
        if (!(document instanceof List<?> items)) {
            throw invalid("must be a YAML list of " + shape);
        }
        List<Entry> entries = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            String where = "entry " + (i + 1);
            if (!(items.get(i) instanceof Map<?, ?> item)) {
                throw invalid(where + " must be a mapping " + shape);
            }
            String name = text(item.get(nameField));
            if (name == null || name.isBlank()) {
                throw invalid(where + " has no " + nameField);
            }
            where = where + " ('" + name + "')";
            if (!names.add(name)) {
                throw invalid(where + " repeats a " + nameField + " used before");
            }
            String secret = text(item.get(secretField));
            if (secret == null || !secretIsValid.test(secret)) {
                throw invalid(where + ": " + secretField + " must be " + secretForm);
            }
            Set<Role> roles = roles(where, item.get("roles"));
            List<String> codes = strings(where, "municipalities", item.get("municipalities"));
            boolean all = codes.contains("*");
            if (all && codes.size() > 1) {
                throw invalid(where + ": municipalities is either [\"*\"] or a list of codes");
            }
            for (String code : codes) {
                if (!all && !municipalityExists.test(code)) {
                    throw invalid(where + ": '" + code + "' is not a Danish municipality code");
                }
            }
            entries.add(
                    new Entry(new Caller(name, name, roles, all, all ? Set.of() : new LinkedHashSet<>(codes)), secret));
        }
        return List.copyOf(entries);
    }

    /**
     * Writes a new file of this kind (a demo's keys or users, their secrets already hashed), readable by its owner
     * only where the file system has POSIX permissions.
     */
    public void write(String yaml) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, yaml, StandardCharsets.UTF_8);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: keep the default permissions
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the " + what + " " + file, e);
        }
    }

    /** A problem with the file, for a check the caller makes beyond the entries' form. */
    public IllegalStateException invalid(String problem) {
        return new IllegalStateException(
                "The " + what + " " + file.toAbsolutePath() + " (" + setting + ") " + problem + ".");
    }

    private Set<Role> roles(String where, Object value) {
        Set<Role> roles = new LinkedHashSet<>();
        for (String role : strings(where, "roles", value)) {
            try {
                roles.add(Role.valueOf(role));
            } catch (IllegalArgumentException e) {
                throw invalid(
                        where + ": unknown role '" + role + "' (allowed: " + Arrays.toString(Role.values()) + ")");
            }
        }
        return roles;
    }

    private List<String> strings(String where, String field, Object value) {
        if (!(value instanceof List<?> list) || list.isEmpty()) {
            throw invalid(where + ": " + field + " must be a non-empty list");
        }
        List<String> strings = new ArrayList<>();
        for (Object item : list) {
            String text = text(item);
            if (text == null || text.isBlank()) {
                throw invalid(where + ": " + field + " has an empty item");
            }
            strings.add(text.strip());
        }
        return strings;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
