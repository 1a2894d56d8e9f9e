package dk.samvaer.collaboration.query;

import dk.samvaer.kernel.Bounds;
import dk.samvaer.kernel.Texts;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The personal-data vault for seats' display names: outside the event store, so that erasing a name erases it
 * everywhere, and history (and its tamper-evidence) stays intact. Callers write it in the same transaction as the
 * command that records the seat.
 */
@Component
public class DisplayNames {

    private final JdbcClient jdbc;

    DisplayNames(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void keep(UUID groupId, UUID seatId, String displayName) {
        String name = Texts.required("displayName", displayName, Bounds.MAX_NAME);
        jdbc.sql("INSERT INTO collaboration_seat_display_name (seat_id, group_id, display_name) VALUES (?, ?, ?)")
                .params(seatId, groupId, name)
                .update();
    }

    public void erase(UUID seatId) {
        jdbc.sql("DELETE FROM collaboration_seat_display_name WHERE seat_id = ?")
                .param(seatId)
                .update();
    }
}
