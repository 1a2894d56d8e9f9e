package dk.samvaer.feed.query;

import dk.samvaer.audit.api.EventEntry;
import dk.samvaer.feed.api.FeedItem;
import dk.samvaer.kernel.Capability;
import dk.samvaer.kernel.Pseudonym;
import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.serialization.Revision;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Component;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public shape of the domain events: every record in a context's {@code api} package that is stored as an event
 * ({@code @Revision}), read back through the event serializer (so an upcaster, when one is needed, applies) and written
 * with the API's JSON conventions. Fields marked {@link Pseudonym} are left out unless asked for, and fields marked
 * {@link Capability} always.
 */
@Component
public class PublicEvents {

    private static final String EVENTS = "dk\\.samvaer\\.\\w+\\.api";

    private final Serializer serializer;
    private final JsonMapper json;
    private final JsonMapper exact;
    private final SortedSet<String> types;
    private final Map<Class<?>, Shape> shapes = new ConcurrentHashMap<>();

    PublicEvents(@Qualifier("eventSerializer") Serializer serializer, JsonMapper json) {
        this.serializer = serializer;
        this.json = json;
        // reads the API's JSON back into a map as it is: decimals exact, nulls kept (the API's mapper refuses them)
        this.exact = JsonMapper.builder()
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .build();
        this.types = scan();
    }

    /** The public type names (the events' simple names), sorted. */
    public SortedSet<String> types() {
        return types;
    }

    /** The entry as a feed item, or empty when it is not a public domain event (an operator's record, say). */
    public Optional<FeedItem> item(EventEntry entry, boolean withPseudonyms) {
        Object event = serializer.deserialize(new SimpleSerializedObject<>(
                json.writeValueAsBytes(entry.payload()), byte[].class, entry.payloadType(), entry.revision()));
        Shape shape = shapes.computeIfAbsent(event.getClass(), Shape::of);
        if (!shape.isPublic()) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> data = exact.readValue(json.writeValueAsBytes(event), LinkedHashMap.class);
        shape.capabilities().forEach(data::remove);
        if (!withPseudonyms) {
            shape.pseudonyms().forEach(data::remove);
        }
        return Optional.of(new FeedItem(
                entry.position(),
                entry.eventId(),
                event.getClass().getSimpleName(),
                shape.version(),
                entry.occurredOn(),
                entry.recordedAt(),
                shape.municipalityCode(event),
                data));
    }

    private static SortedSet<String> scan() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Revision.class));
        SortedSet<String> names = new TreeSet<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents("dk.samvaer")) {
            String name = candidate.getBeanClassName();
            if (name != null && name.substring(0, name.lastIndexOf('.')).matches(EVENTS)) {
                names.add(name.substring(name.lastIndexOf('.') + 1));
            }
        }
        return java.util.Collections.unmodifiableSortedSet(names);
    }

    /** What the feed needs to know of an event class. */
    private record Shape(
            boolean isPublic,
            String version,
            RecordComponent municipality,
            Set<String> pseudonyms,
            Set<String> capabilities) {

        static Shape of(Class<?> type) {
            boolean isPublic = type.isRecord() && type.getPackageName().matches(EVENTS);
            Revision revision = type.getAnnotation(Revision.class);
            RecordComponent municipality = null;
            Set<String> pseudonyms = new TreeSet<>();
            Set<String> capabilities = new TreeSet<>();
            for (RecordComponent component : isPublic ? type.getRecordComponents() : new RecordComponent[0]) {
                if (component.getName().equals("municipalityCode")) {
                    municipality = component;
                }
                if (component.isAnnotationPresent(Pseudonym.class)) {
                    pseudonyms.add(component.getName());
                }
                if (component.isAnnotationPresent(Capability.class)) {
                    capabilities.add(component.getName());
                }
            }
            return new Shape(
                    isPublic,
                    revision == null ? "0" : revision.value(),
                    municipality,
                    Set.copyOf(pseudonyms),
                    Set.copyOf(capabilities));
        }

        String municipalityCode(Object event) {
            if (municipality == null) {
                return null;
            }
            try {
                Object code = municipality.getAccessor().invoke(event);
                return code == null ? null : code.toString();
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("Cannot read the municipality of " + event.getClass(), e);
            }
        }
    }
}
