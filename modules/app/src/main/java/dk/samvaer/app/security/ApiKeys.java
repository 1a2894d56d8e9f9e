package dk.samvaer.app.security;

import dk.samvaer.kernel.security.Caller;
import dk.samvaer.kernel.security.Role;
import dk.samvaer.programme.api.Municipalities;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * The API keys, read once at start from a YAML file: a list of {@code {name, sha256, roles, municipalities}}, where
 * {@code sha256} is the hex SHA-256 of the key and {@code municipalities: ["*"]} means all. Only digests are kept. A
 * malformed file stops the start with a message that names the file, the entry and what is wrong.
 */
final class ApiKeys {

    private final Map<String, Caller> byDigest;

    private ApiKeys(Map<String, Caller> byDigest) {
        this.byDigest = Map.copyOf(byDigest);
    }

    static ApiKeys none() {
        return new ApiKeys(Map.of());
    }

    /** The caller a presented key stands for, if any. */
    Optional<Caller> authenticate(String presentedKey) {
        return Optional.ofNullable(byDigest.get(sha256(presentedKey)));
    }

    int size() {
        return byDigest.size();
    }

    static String sha256(String key) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static ApiKeys load(Path file, Municipalities municipalities) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw invalid(file, "cannot be read (" + e.getClass().getSimpleName() + ")");
        }
        Object document;
        try {
            document = new Yaml().load(text);
        } catch (YAMLException e) {
            throw invalid(file, "is not valid YAML");
        }
        if (document == null) {
            return none();
        }
        if (!(document instanceof List<?> entries)) {
            throw invalid(file, "must be a YAML list of {name, sha256, roles, municipalities}");
        }
        Map<String, Caller> byDigest = new HashMap<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            String where = "entry " + (i + 1);
            if (!(entries.get(i) instanceof Map<?, ?> entry)) {
                throw invalid(file, where + " must be a mapping with name, sha256, roles and municipalities");
            }
            String name = text(entry.get("name"));
            if (name == null || name.isBlank()) {
                throw invalid(file, where + " has no name");
            }
            where = where + " ('" + name + "')";
            if (!names.add(name)) {
                throw invalid(file, where + " repeats a name used before");
            }
            String digest = text(entry.get("sha256"));
            if (digest == null || !digest.toLowerCase(Locale.ROOT).matches("[0-9a-f]{64}")) {
                throw invalid(file, where + ": sha256 must be the 64 hex digits of the key's SHA-256 digest");
            }
            Set<Role> roles = roles(file, where, entry.get("roles"));
            List<String> codes = strings(file, where, "municipalities", entry.get("municipalities"));
            boolean all = codes.contains("*");
            if (all && codes.size() > 1) {
                throw invalid(file, where + ": municipalities is either [\"*\"] or a list of codes");
            }
            for (String code : codes) {
                if (!all && !municipalities.exists(code)) {
                    throw invalid(file, where + ": '" + code + "' is not a Danish municipality code");
                }
            }
            Caller caller = new Caller(name, name, roles, all, all ? Set.of() : new LinkedHashSet<>(codes));
            if (byDigest.put(digest.toLowerCase(Locale.ROOT), caller) != null) {
                throw invalid(file, where + " has the same key digest as an earlier entry");
            }
        }
        return new ApiKeys(byDigest);
    }

    private static Set<Role> roles(Path file, String where, Object value) {
        Set<Role> roles = new LinkedHashSet<>();
        for (String role : strings(file, where, "roles", value)) {
            try {
                roles.add(Role.valueOf(role));
            } catch (IllegalArgumentException e) {
                throw invalid(
                        file,
                        where + ": unknown role '" + role + "' (allowed: " + Arrays.toString(Role.values()) + ")");
            }
        }
        return roles;
    }

    private static List<String> strings(Path file, String where, String field, Object value) {
        if (!(value instanceof List<?> list) || list.isEmpty()) {
            throw invalid(file, where + ": " + field + " must be a non-empty list");
        }
        List<String> strings = new ArrayList<>();
        for (Object item : list) {
            String text = text(item);
            if (text == null || text.isBlank()) {
                throw invalid(file, where + ": " + field + " has an empty item");
            }
            strings.add(text.strip());
        }
        return strings;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static IllegalStateException invalid(Path file, String problem) {
        return new IllegalStateException(
                "The API keys file " + file.toAbsolutePath() + " (samvaer.security.api-keys-file) " + problem + ".");
    }
}
