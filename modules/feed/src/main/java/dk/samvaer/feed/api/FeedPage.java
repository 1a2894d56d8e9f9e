package dk.samvaer.feed.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * A page of the feed. {@code next} is the position to ask after next time: after the last event read, also when it was
 * not for this caller, so a client never reads the same stretch twice; it equals {@code after} when nothing new has
 * settled.
 */
@Schema(name = "FeedPage")
public record FeedPage(List<FeedItem> items, @Schema(example = "1042") long next) {}
