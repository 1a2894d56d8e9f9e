package dk.samvaer.app.support;

import static org.awaitility.Awaitility.await;

import dk.samvaer.kernel.readmodel.ReadYourWrites;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Case-system postings of Kolding's case system ({@code nexus-kolding}, municipality 621), each with a fresh
 * {@code externalId}, and the citizen token an escort was stored with.
 */
public final class Postings {

    private Postings() {}

    /** An escort of the citizen to the centre on the day. */
    public static String escort(String citizenRef, String centreId, Object escortedOn) {
        return posting("SECTION_99", citizenRef, centreId, "escortedOn", escortedOn);
    }

    /** A referral of the citizen to the centre on the day. */
    public static String referral(String citizenRef, String centreId, Object referredOn) {
        return posting("AUTHORITY", citizenRef, centreId, "referredOn", referredOn);
    }

    private static String posting(String service, String citizenRef, String centreId, String dateField, Object on) {
        return Api.json(
                "sourceSystem",
                "nexus-kolding",
                "externalId",
                "P-" + UUID.randomUUID(),
                "municipalityCode",
                "621",
                "service",
                service,
                "citizenRef",
                citizenRef,
                "centreId",
                centreId,
                dateField,
                on.toString());
    }

    /** The token the reporting read model holds for the escort's citizen, once the read models include it. */
    public static String tokenOfEscort(JdbcClient jdbc, ReadYourWrites readYourWrites, String escortId) {
        await().until(readYourWrites::await);
        return jdbc.sql("SELECT citizen_pseudonym FROM reporting_escort WHERE escort_id = ?")
                .param(UUID.fromString(escortId))
                .query(String.class)
                .single();
    }
}
