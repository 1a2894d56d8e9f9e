package dk.samvaer.app.security;

import dk.samvaer.kernel.security.Caller;
import dk.samvaer.kernel.web.ApiHeaders;
import java.util.HashMap;
import java.util.Map;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.slf4j.MDC;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every command carries who sent it ({@code principal}, {@code roles}, {@code client}) and the request's
 * {@code correlationId}; the events it causes inherit them. Axon's own origin tracking is kept, under
 * {@code causationId} (the message that caused this one) and {@code traceId} (the first message of the chain). Ingested
 * postings also carry the case system's {@code sourceSystem} and {@code externalId}.
 */
@Configuration(proxyBeanMethods = false)
public class WhoDidIt {

    static final String PRINCIPAL = "principal";
    static final String ROLES = "roles";
    static final String CLIENT = "client";
    static final String CORRELATION_ID = "correlationId";

    @Bean
    CorrelationDataProvider messageOrigin() {
        return new MessageOriginProvider("causationId", "traceId");
    }

    @Bean
    CorrelationDataProvider whoDidItToEvents() {
        return new SimpleCorrelationDataProvider(
                PRINCIPAL, ROLES, CLIENT, CORRELATION_ID, "sourceSystem", "externalId");
    }

    @Bean
    SmartInitializingSingleton whoDidItOnCommands(CommandBus commandBus) {
        return () -> commandBus.registerDispatchInterceptor(
                messages -> (index, command) -> command.andMetaData(ofCurrentRequest()));
    }

    /**
     * Who is acting in the current request, as message metadata: for commands, and for the few events that are
     * published without a command (operators' actions on the processors).
     */
    public static Map<String, Object> ofCurrentRequest() {
        Caller caller = Caller.current();
        Map<String, Object> metadata = new HashMap<>();
        metadata.put(PRINCIPAL, caller.name());
        metadata.put(ROLES, caller.rolesText());
        metadata.put(CLIENT, caller.client());
        String correlationId = MDC.get(ApiHeaders.CORRELATION_ID_LOG_KEY);
        if (correlationId != null) {
            metadata.put(CORRELATION_ID, correlationId);
        }
        return metadata;
    }
}
