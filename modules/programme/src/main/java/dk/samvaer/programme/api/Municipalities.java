package dk.samvaer.programme.api;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The 98 Danish municipalities with their official codes and regions: reference data shipped with the programme
 * context ({@code municipalities.csv}), not events. Immutable and safe to share.
 */
public final class Municipalities {

    private static final Municipalities DANISH = load("municipalities.csv");

    private final Map<String, Municipality> byCode;

    private Municipalities(Map<String, Municipality> byCode) {
        this.byCode = Collections.unmodifiableMap(byCode);
    }

    /** The official list, loaded once. */
    public static Municipalities danish() {
        return DANISH;
    }

    public List<Municipality> all() {
        return List.copyOf(byCode.values());
    }

    public Optional<Municipality> find(String code) {
        return Optional.ofNullable(code == null ? null : byCode.get(code));
    }

    public boolean exists(String code) {
        return find(code).isPresent();
    }

    /** The name for a code, or the code itself where it is unknown. */
    public String nameOf(String code) {
        return find(code).map(Municipality::name).orElse(code);
    }

    private static Municipalities load(String resource) {
        try (InputStream in = Municipalities.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Reference data " + resource + " is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, Municipality> byCode = new LinkedHashMap<>();
            List<String> lines = new ArrayList<>(reader.lines().toList());
            for (String line : lines.subList(1, lines.size())) {
                if (line.isBlank()) {
                    continue;
                }
                String[] cells = line.split(",", -1);
                byCode.put(cells[0].trim(), new Municipality(cells[0].trim(), cells[1].trim(), cells[2].trim()));
            }
            return new Municipalities(byCode);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
