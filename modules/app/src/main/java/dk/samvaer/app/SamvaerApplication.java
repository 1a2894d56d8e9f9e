package dk.samvaer.app;

import dk.samvaer.audit.api.AuditCli;
import java.util.Arrays;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Samvær: record-keeping for municipal drop-in centres and the programme that brings formerly homeless citizens in. */
@SpringBootApplication(scanBasePackages = "dk.samvaer")
@EnableScheduling
public class SamvaerApplication {

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("audit")) {
            System.exit(audit(Arrays.copyOfRange(args, 1, args.length)));
        }
        SpringApplication.run(SamvaerApplication.class, args);
    }

    /**
     * {@code java -jar samvaer.jar audit <command>}: the offline, read-only audit commands against the configured
     * datasource (profile {@code audit-cli}); the command's output on stdout, its exit code as the process's.
     */
    static int audit(String[] args) {
        List<String> springArgs = Arrays.stream(args)
                .filter(arg -> arg.startsWith("--spring.") || arg.startsWith("--samvaer."))
                .toList();
        SpringApplication application = new SpringApplication(SamvaerApplication.class);
        application.setAdditionalProfiles("audit-cli");
        try (ConfigurableApplicationContext context = application.run(springArgs.toArray(String[]::new))) {
            return context.getBean(AuditCli.class).run(Arrays.asList(args), System.out, System.err);
        }
    }
}
