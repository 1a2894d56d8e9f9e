package dk.samvaer.app.eventstore;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * Events, snapshots, tokens and messages are JSON written by Jackson 2 (Axon 4's serializer): dates as ISO text, no
 * time-zone adjustment, and fields a newer version added are ignored by an older reader (upcasters handle the rest).
 */
@Configuration(proxyBeanMethods = false)
class SerializationConfiguration {

    @Bean
    @Primary
    Serializer serializer() {
        return jackson();
    }

    @Bean
    @Qualifier("eventSerializer")
    Serializer eventSerializer() {
        return jackson();
    }

    @Bean
    @Qualifier("messageSerializer")
    Serializer messageSerializer() {
        return jackson();
    }

    private static Serializer jackson() {
        ObjectMapper mapper = JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
        return JacksonSerializer.builder().objectMapper(mapper).build();
    }
}
