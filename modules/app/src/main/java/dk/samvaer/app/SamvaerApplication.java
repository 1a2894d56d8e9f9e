package dk.samvaer.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Samvær: record-keeping for municipal drop-in centres and the programme that brings formerly homeless citizens in. */
@SpringBootApplication(scanBasePackages = "dk.samvaer")
@EnableScheduling
public class SamvaerApplication {

    public static void main(String[] args) {
        SpringApplication.run(SamvaerApplication.class, args);
    }
}
