package dk.samvaer.app.web;

import dk.samvaer.kernel.web.ProblemWriter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/** The one writer of problem answers outside Spring MVC's handlers. */
@Configuration(proxyBeanMethods = false)
class ProblemConfiguration {

    @Bean
    ProblemWriter problemWriter(JsonMapper jsonMapper) {
        return new ProblemWriter(jsonMapper);
    }
}
