package dk.samvaer.feed.query;

import dk.samvaer.audit.api.EventEntry;
import dk.samvaer.audit.api.EventLog;
import dk.samvaer.feed.api.FeedItem;
import dk.samvaer.feed.api.FeedPage;
import dk.samvaer.kernel.security.Caller;
import dk.samvaer.kernel.security.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Reads the feed for a caller: the settled events after a position that are public, of the asked types, and of the
 * caller's municipalities (an event of the whole programme only for a caller who sees every municipality), with
 * citizen pseudonyms only for roles that may link citizens' events (programme admins and auditors).
 */
@Component
public class EventFeed {

    /** How many events one read looks through at most, matching or not. */
    static final int SCAN = 2000;

    private static final int BATCH = 500;

    private final EventLog log;
    private final PublicEvents events;

    EventFeed(EventLog log, PublicEvents events) {
        this.log = log;
        this.events = events;
    }

    /** Who may see pseudonyms in the feed. */
    public static boolean seesPseudonyms(Caller caller) {
        return caller.roles().contains(Role.PROGRAMME_ADMIN) || caller.roles().contains(Role.AUDITOR);
    }

    /** Up to {@code limit} items after {@code after}; {@code types} empty for every type. */
    public FeedPage read(long after, Set<String> types, Caller caller, int limit) {
        List<FeedItem> items = new ArrayList<>();
        long next = after;
        int scanned = 0;
        while (items.size() < limit && scanned < SCAN) {
            List<EventEntry> batch = log.settledAfter(next, BATCH);
            if (batch.isEmpty()) {
                break;
            }
            for (EventEntry entry : batch) {
                next = entry.position();
                scanned++;
                Optional<FeedItem> item = matching(entry, types, caller);
                item.ifPresent(items::add);
                if (items.size() == limit) {
                    break;
                }
            }
        }
        return new FeedPage(items, next);
    }

    private Optional<FeedItem> matching(EventEntry entry, Set<String> types, Caller caller) {
        if (!types.isEmpty() && !types.contains(entry.type())) {
            return Optional.empty();
        }
        return events.item(entry, seesPseudonyms(caller))
                .filter(item -> item.municipalityCode() == null
                        ? caller.allMunicipalities()
                        : caller.sees(item.municipalityCode()));
    }
}
