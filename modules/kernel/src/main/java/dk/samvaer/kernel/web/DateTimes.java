package dk.samvaer.kernel.web;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * The one shape of a date-time the API sends: RFC 3339 with seconds and offset always present, fractions only when
 * there are any ({@code 2025-05-01T10:00:00+02:00}, {@code 2025-05-01T08:00:00.5Z}). Java's ISO formatter drops zero
 * seconds ({@code 10:00+02:00}), which RFC 3339 and the contract's {@code format: date-time} do not allow. Instants are
 * sent in UTC by Jackson's own writer, which always writes the seconds.
 */
@Configuration(proxyBeanMethods = false)
public class DateTimes {

    /** {@code uuuu-MM-dd'T'HH:mm:ss[.fraction]XXX}. */
    public static final DateTimeFormatter RFC_3339 = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .appendLiteral('T')
            .appendPattern("HH:mm:ss")
            .appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true)
            .appendOffset("+HH:MM", "Z")
            .toFormatter();

    @Bean
    JsonMapperBuilderCustomizer rfc3339DateTimes() {
        return DateTimes::apply;
    }

    /** Writes offset date-times in the API's one shape; tests may build a mapper the same way. */
    public static void apply(JsonMapper.Builder builder) {
        builder.addModule(
                new SimpleModule("samvaer-date-times").addSerializer(OffsetDateTime.class, new Rfc3339Writer()));
    }

    private static final class Rfc3339Writer extends StdSerializer<OffsetDateTime> {

        Rfc3339Writer() {
            super(OffsetDateTime.class);
        }

        @Override
        public void serialize(OffsetDateTime value, JsonGenerator generator, SerializationContext context) {
            generator.writeString(RFC_3339.format(value));
        }
    }
}
