package dk.samvaer.reporting.disclosure;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dk.samvaer.reporting.api.DerivedFrom;
import dk.samvaer.reporting.api.PersonCount;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A report's records, lists and maps seen as its JSON is: every value has the JSON pointer (RFC 6901) it is served
 * at. Reads the {@link PersonCount} and {@link DerivedFrom} marks, reads a value by pointer, and copies a report with
 * values at some pointers replaced. A component marked {@code @JsonUnwrapped} adds no segment, as in the JSON.
 */
final class RecordTree {

    /**
     * The person counts of a report (pointer to value), its derived figures (pointer to the pointers of their
     * sources), and the pointers of both in the order they appear.
     */
    record Marks(Map<String, Long> counts, Map<String, List<String>> derived, List<String> order) {}

    private RecordTree() {}

    static Marks marks(Record report) {
        Marks marks = new Marks(new LinkedHashMap<>(), new LinkedHashMap<>(), new ArrayList<>());
        mark(report, "", marks);
        return marks;
    }

    /** The value at a pointer: a record component, a list element or a map value (null when the map lacks the key). */
    static Object at(Object root, String pointer) {
        Object value = root;
        List<String> segments = segments(pointer);
        for (int i = 0; i < segments.size(); i++) {
            String segment = segments.get(i);
            if (value instanceof Record record) {
                value = component(record, segment, pointer);
            } else if (value instanceof List<?> list) {
                value = list.get(Integer.parseInt(segment));
            } else if (value instanceof Map<?, ?> map) {
                value = map.entrySet().stream()
                        .filter(e -> name(e.getKey()).equals(segment))
                        .map(Map.Entry::getValue)
                        .findFirst()
                        .orElse(null);
            } else {
                throw new IllegalArgumentException("Nothing at " + pointer + ": " + segment + " is inside a value");
            }
        }
        return value;
    }

    /** A copy of {@code root} with the value at each pointer of {@code replacements} replaced (null included). */
    @SuppressWarnings("unchecked")
    static <T> T with(T root, Map<String, Object> replacements) {
        return (T) copy(root, "", replacements);
    }

    private static void mark(Object value, String here, Marks marks) {
        if (value instanceof Record record) {
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                Method accessor = component.getAccessor();
                Object child = read(record, accessor);
                String at = accessor.isAnnotationPresent(JsonUnwrapped.class) ? here : here + "/" + component.getName();
                DerivedFrom derived = accessor.getAnnotation(DerivedFrom.class);
                if (accessor.isAnnotationPresent(PersonCount.class)) {
                    counts(child, at, marks);
                } else if (derived != null) {
                    marks.order().add(at);
                    marks.derived()
                            .put(
                                    at,
                                    Arrays.stream(derived.value())
                                            .map(source -> here + "/" + source)
                                            .toList());
                } else {
                    mark(child, at, marks);
                }
            }
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                mark(list.get(i), here + "/" + i, marks);
            }
        } else if (value instanceof Map<?, ?> map) {
            map.forEach((key, child) -> mark(child, here + "/" + key(key), marks));
        }
    }

    private static void counts(Object value, String at, Marks marks) {
        if (value instanceof Number number) {
            marks.counts().put(at, number.longValue());
            marks.order().add(at);
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                counts(list.get(i), at + "/" + i, marks);
            }
        } else if (value instanceof Map<?, ?> map) {
            map.forEach((key, count) -> counts(count, at + "/" + key(key), marks));
        } else if (value != null) {
            throw new IllegalStateException("@PersonCount on " + at + " marks neither a count nor counts");
        }
    }

    private static Object copy(Object value, String here, Map<String, Object> replacements) {
        if (value instanceof Record record) {
            RecordComponent[] components = record.getClass().getRecordComponents();
            Object[] arguments = new Object[components.length];
            for (int i = 0; i < components.length; i++) {
                Method accessor = components[i].getAccessor();
                String at =
                        accessor.isAnnotationPresent(JsonUnwrapped.class) ? here : here + "/" + components[i].getName();
                arguments[i] = replacements.containsKey(at)
                        ? replacements.get(at)
                        : copy(read(record, accessor), at, replacements);
            }
            return construct(record.getClass(), components, arguments);
        }
        if (value instanceof List<?> list) {
            List<Object> copied = new ArrayList<>(list.size());
            for (int i = 0; i < list.size(); i++) {
                copied.add(replaced(list.get(i), here + "/" + i, replacements));
            }
            return Collections.unmodifiableList(copied);
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> copied = new LinkedHashMap<>();
            map.forEach((key, child) -> copied.put(key, replaced(child, here + "/" + key(key), replacements)));
            return Collections.unmodifiableMap(copied);
        }
        return value;
    }

    private static Object replaced(Object value, String at, Map<String, Object> replacements) {
        return replacements.containsKey(at) ? replacements.get(at) : copy(value, at, replacements);
    }

    private static Object component(Record record, String name, String pointer) {
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            Method accessor = component.getAccessor();
            if (component.getName().equals(name)) {
                return read(record, accessor);
            }
            if (accessor.isAnnotationPresent(JsonUnwrapped.class)
                    && read(record, accessor) instanceof Record unwrapped
                    && Arrays.stream(unwrapped.getClass().getRecordComponents())
                            .anyMatch(c -> c.getName().equals(name))) {
                return component(unwrapped, name, pointer);
            }
        }
        throw new IllegalArgumentException(
                "Nothing at " + pointer + ": " + record.getClass().getSimpleName() + " has no " + name);
    }

    private static Object read(Record record, Method accessor) {
        try {
            accessor.setAccessible(true);
            return accessor.invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Cannot read " + accessor, e);
        }
    }

    private static Object construct(Class<?> type, RecordComponent[] components, Object[] arguments) {
        try {
            Constructor<?> canonical = type.getDeclaredConstructor(
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
            canonical.setAccessible(true);
            return canonical.newInstance(arguments);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot copy " + type.getName(), e);
        }
    }

    /** A map key as a pointer segment. */
    private static String key(Object key) {
        return name(key).replace("~", "~0").replace("/", "~1");
    }

    /** A map key as Jackson writes it: an enum by its name, anything else as text. */
    private static String name(Object key) {
        return key instanceof Enum<?> e ? e.name() : String.valueOf(key);
    }

    private static List<String> segments(String pointer) {
        if (pointer.isEmpty()) {
            return List.of();
        }
        if (!pointer.startsWith("/")) {
            throw new IllegalArgumentException("A JSON pointer starts with '/': " + pointer);
        }
        return Arrays.stream(pointer.substring(1).split("/", -1))
                .map(s -> s.replace("~1", "/").replace("~0", "~"))
                .toList();
    }
}
