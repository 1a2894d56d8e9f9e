package dk.samvaer.kernel.web;

import com.fasterxml.jackson.annotation.Nulls;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.KeyDeserializer;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * The one home of strict JSON: request bodies are read exactly as the contract describes them, nothing is converted
 * on the way in. A 400 (malformed-request) answers, among others:
 *
 * <ul>
 *   <li>a key twice in one object ({@code {"name": "A", "name": "B"}});
 *   <li>a count as text or a fraction ({@code "18"}, {@code 18.5}), a flag as text or a number ({@code "true"},
 *       {@code 1}), text as a number or a flag ({@code 42}, {@code true} for a name);
 *   <li>an enum value as a number ({@code 1}, {@code "1"}) or as anything but its exact name ({@code " SECTION_99"},
 *       {@code "OUTDOOR\u0000"}, {@code "outdoor"}), also as a map key;
 *   <li>a date or time as a number ({@code 20260101}), or padded ({@code " 2025-05-01"}); an id padded likewise;
 *   <li>an empty string for a number, flag, enum, date or id; {@code null} for a primitive, or as an element of a
 *       list or a value of a map ({@code "municipalities": [null]});
 *   <li>a floating-point number that is not finite ({@code 1e309} read as a {@code double});
 *   <li>text with a control character other than tab and line breaks ({@code "X\u0000"}).
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
public class StrictJson {

    @Bean
    JsonMapperBuilderCustomizer strictJsonReading() {
        return StrictJson::apply;
    }

    /** Makes the builder strict; the API's mapper is built with it, and tests may build one the same way. */
    public static void apply(JsonMapper.Builder builder) {
        builder.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .defaultLeniency(false)
                .changeDefaultNullHandling(nulls -> nulls.withContentNulls(Nulls.FAIL));
        refuse(builder, LogicalType.Integer, CoercionInputShape.String, CoercionInputShape.Float);
        refuse(builder, LogicalType.Float, CoercionInputShape.String);
        refuse(builder, LogicalType.Boolean, CoercionInputShape.String, CoercionInputShape.Integer);
        refuse(builder, LogicalType.Boolean, CoercionInputShape.Float);
        refuse(
                builder,
                LogicalType.Textual,
                CoercionInputShape.Integer,
                CoercionInputShape.Float,
                CoercionInputShape.Boolean);
        refuse(builder, LogicalType.Enum, CoercionInputShape.Integer, CoercionInputShape.Float);
        refuse(builder, LogicalType.DateTime, CoercionInputShape.Integer, CoercionInputShape.Float);
        refuse(builder, LogicalType.OtherScalar, CoercionInputShape.Integer, CoercionInputShape.Float);
        for (LogicalType type : new LogicalType[] {
            LogicalType.Integer,
            LogicalType.Float,
            LogicalType.Boolean,
            LogicalType.Enum,
            LogicalType.DateTime,
            LogicalType.OtherScalar
        }) {
            refuse(builder, type, CoercionInputShape.EmptyString);
        }
        builder.addModule(new SimpleModule("samvaer-strict-json").setDeserializerModifier(new Exactly()));
    }

    private static void refuse(JsonMapper.Builder builder, LogicalType type, CoercionInputShape... shapes) {
        builder.withCoercionConfig(type, config -> {
            for (CoercionInputShape shape : shapes) {
                config.setCoercion(shape, CoercionAction.Fail);
            }
            config.setAcceptBlankAsEmpty(false);
        });
    }

    /** Whether text is taken as it stands: no surrounding white space, no control characters. */
    static boolean unpadded(String text) {
        return text.equals(text.strip()) && text.chars().noneMatch(Character::isISOControl);
    }

    /**
     * Demands exact enum names (Jackson's own enum reading trims and accepts an index given as text), unpadded text
     * for dates, times and ids (their deserializers trim), and finite floating-point numbers.
     */
    static final class Exactly extends ValueDeserializerModifier {

        @Override
        public ValueDeserializer<?> modifyEnumDeserializer(
                DeserializationConfig config,
                JavaType type,
                BeanDescription.Supplier description,
                ValueDeserializer<?> deserializer) {
            return new ExactEnum(deserializer, type.getRawClass());
        }

        @Override
        public KeyDeserializer modifyKeyDeserializer(
                DeserializationConfig config, JavaType type, KeyDeserializer deserializer) {
            if (!type.isEnumType()) {
                return deserializer;
            }
            Set<String> names = names(type.getRawClass());
            return new KeyDeserializer() {
                @Override
                public Object deserializeKey(String key, DeserializationContext context) {
                    if (!names.contains(key)) {
                        return context.handleWeirdKey(
                                type.getRawClass(), key, "not one of the names " + names + " exactly");
                    }
                    return deserializer.deserializeKey(key, context);
                }
            };
        }

        @Override
        public ValueDeserializer<?> modifyDeserializer(
                DeserializationConfig config, BeanDescription.Supplier description, ValueDeserializer<?> deserializer) {
            Class<?> type = description.getBeanClass();
            if (type == Double.class || type == double.class || type == Float.class || type == float.class) {
                return new Finite(deserializer, type);
            }
            if (type == String.class) {
                return new Printable(deserializer);
            }
            LogicalType logical = deserializer.logicalType();
            if (logical == LogicalType.DateTime || logical == LogicalType.OtherScalar) {
                return new Unpadded(deserializer, type);
            }
            return deserializer;
        }

        static Set<String> names(Class<?> type) {
            return Arrays.stream(type.getEnumConstants())
                    .map(constant -> ((Enum<?>) constant).name())
                    .collect(Collectors.toUnmodifiableSet());
        }
    }

    /** An enum read only from the exact name of one of its constants. */
    static final class ExactEnum extends DelegatingDeserializer {

        private final Class<?> type;
        private final Set<String> names;

        ExactEnum(ValueDeserializer<?> delegate, Class<?> type) {
            super(delegate);
            this.type = type;
            this.names = Exactly.names(type);
        }

        @Override
        protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
            return new ExactEnum(delegate, type);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) {
            if (parser.hasToken(JsonToken.VALUE_STRING) && !names.contains(parser.getString())) {
                return context.reportInputMismatch(type, "Not exactly one of the names %s", names);
            }
            return super.deserialize(parser, context);
        }
    }

    /** A scalar read from text (a date, a time, an id): never from a number, and only when the text is not padded. */
    static final class Unpadded extends DelegatingDeserializer {

        private final Class<?> type;

        Unpadded(ValueDeserializer<?> delegate, Class<?> type) {
            super(delegate);
            this.type = type;
        }

        @Override
        protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
            return new Unpadded(delegate, type);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) {
            if (parser.isExpectedNumberIntToken() || parser.hasToken(JsonToken.VALUE_NUMBER_FLOAT)) {
                return context.reportInputMismatch(type, "Expected text, not a number");
            }
            if (parser.hasToken(JsonToken.VALUE_STRING) && !unpadded(parser.getString())) {
                return context.reportInputMismatch(type, "Padded text or control characters are not accepted");
            }
            return super.deserialize(parser, context);
        }
    }

    /**
     * Text without control characters other than tab and line breaks: a NUL can be neither shown nor stored
     * (PostgreSQL refuses it in text), and the others have no place in a name or a note.
     */
    static final class Printable extends DelegatingDeserializer {

        Printable(ValueDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
            return new Printable(delegate);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) {
            Object value = super.deserialize(parser, context);
            if (value instanceof String text && !printable(text)) {
                return context.reportInputMismatch(String.class, "Control characters are not accepted in text");
            }
            return value;
        }
    }

    /** Whether text holds no control character but tab, line feed and carriage return. */
    static boolean printable(String text) {
        return text.chars().noneMatch(c -> Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r');
    }

    /** A floating-point number that must be finite (a JSON number beyond the double range reads as infinity). */
    static final class Finite extends DelegatingDeserializer {

        private final Class<?> type;

        Finite(ValueDeserializer<?> delegate, Class<?> type) {
            super(delegate);
            this.type = type;
        }

        @Override
        protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
            return new Finite(delegate, type);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) {
            Object value = super.deserialize(parser, context);
            if (value instanceof Number number && !Double.isFinite(number.doubleValue())) {
                return context.reportInputMismatch(type, "Not a finite number");
            }
            return value;
        }
    }
}
