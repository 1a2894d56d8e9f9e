package dk.samvaer.app.observability;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Tells the person who started the service where to look. */
@Component
class StartupNotice {

    private static final Logger log = LoggerFactory.getLogger(StartupNotice.class);

    @EventListener
    void ready(ApplicationReadyEvent event) {
        if (!(event.getApplicationContext() instanceof WebServerApplicationContext web)) {
            return;
        }
        String base = "http://localhost:" + web.getWebServer().getPort();
        log.info(
                "\n\n  Samvær is ready.\n  API:        {}/api/v1\n  Swagger UI: {}/swagger-ui.html\n"
                        + "  OpenAPI:    {}/v3/api-docs\n  Health:     {}/actuator/health\n"
                        + "  Metrics:    {}/actuator/prometheus\n",
                base,
                base,
                base,
                base,
                base);
    }
}
