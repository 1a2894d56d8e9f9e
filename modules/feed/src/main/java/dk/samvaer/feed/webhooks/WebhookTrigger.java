package dk.samvaer.feed.webhooks;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventMessageHandler;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * The webhooks' streaming handler, in a processing group and processor of its own ({@value #GROUP}, one segment,
 * starting at the head of the store): after each batch of events it has committed, it has the outbox read the settled
 * log and write the new deliveries, then wakes the sender. It takes every event and reads none of them: the outbox
 * reads the log itself, in position order and never past a position that may still be filled, which the processor's
 * own stream does not promise (a transaction that commits late delivers a lower position after higher ones). It cannot
 * be reset, and a replayed event (should its token be rewound) is skipped.
 *
 * <p>Registered as a message handler rather than with {@code @EventHandler}, because it handles every message whatever
 * its payload.
 */
@ProcessingGroup(WebhookTrigger.GROUP)
final class WebhookTrigger implements EventMessageHandler {

    static final String GROUP = "webhooks";

    private static final String ASKED = WebhookTrigger.class.getName() + ".asked";

    private final Runnable afterBatch;

    WebhookTrigger(Runnable afterBatch) {
        this.afterBatch = afterBatch;
    }

    @Override
    public Object handle(EventMessage<?> event) {
        if (ReplayToken.isReplay(event)) {
            return null;
        }
        if (!CurrentUnitOfWork.isStarted()) {
            afterBatch.run();
            return null;
        }
        UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
        batch.getOrComputeResource(ASKED, key -> {
            batch.afterCommit(committed -> afterBatch.run());
            return Boolean.TRUE;
        });
        return null;
    }

    /**
     * It keeps no read model, so there is nothing to rebuild: the rebuild of the read models leaves this processor
     * running where it is (a replay would only ask the outbox to catch up, which the cursors make a no-op).
     */
    @Override
    public boolean supportsReset() {
        return false;
    }
}
