package dk.samvaer.app.openapi;

import dk.samvaer.reporting.api.PersonCount;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.oas.models.media.Schema;
import jakarta.annotation.Nullable;
import java.lang.annotation.Annotation;
import java.util.Arrays;
import java.util.List;
import org.springdoc.core.customizers.PropertyCustomizer;

/**
 * A field of an answer that may be {@code null} carries {@code @jakarta.annotation.Nullable} in Java; its property
 * says {@code nullable: true} in the contract. A {@link PersonCount count of people} is null where a report was
 * published with it suppressed: the count, or each value of a map or list of counts, is nullable. Every other field
 * of an answer is never null (see {@link SchemaContract}).
 */
final class NullableFields implements PropertyCustomizer {

    private static final String SUPPRESSIBLE = "A count of people: null where it was suppressed as a small number (see"
            + " suppressedBelow and suppressed).";
    private static final String SUPPRESSIBLE_EACH = "Counts of people: each is null where it was suppressed as a small"
            + " number (see suppressedBelow and suppressed).";

    @Override
    @SuppressWarnings("rawtypes")
    public Schema customize(Schema property, AnnotatedType type) {
        Annotation[] annotations = type.getCtxAnnotations();
        if (annotations == null) {
            return property;
        }
        if (Arrays.stream(annotations).anyMatch(a -> a instanceof PersonCount)) {
            return suppressible(property);
        }
        if (Arrays.stream(annotations).noneMatch(a -> a instanceof Nullable)) {
            return property;
        }
        if (property.get$ref() != null) {
            // OpenAPI 3.0 ignores every sibling of $ref, so a reference that may be null goes into allOf
            // nullable needs a type beside it: the referenced schema's (an enum is a string)
            return new Schema<>()
                    .type(isEnum(type.getType()) ? "string" : "object")
                    .nullable(true)
                    .description(property.getDescription())
                    .allOf(List.of(new Schema<>().$ref(property.get$ref())));
        }
        return property.nullable(true);
    }

    @SuppressWarnings("rawtypes")
    private static Schema suppressible(Schema property) {
        String note = SUPPRESSIBLE;
        if (property.getItems() != null) {
            property.getItems().nullable(true);
            note = SUPPRESSIBLE_EACH;
        } else if (property.getAdditionalProperties() instanceof Schema values) {
            values.nullable(true);
            note = SUPPRESSIBLE_EACH;
        } else {
            property.nullable(true);
        }
        String description = property.getDescription();
        return property.description(description == null ? note : description + ". " + note);
    }

    private static boolean isEnum(java.lang.reflect.Type type) {
        if (type instanceof Class<?> raw) {
            return raw.isEnum();
        }
        return type instanceof com.fasterxml.jackson.databind.JavaType javaType && javaType.isEnumType();
    }
}
