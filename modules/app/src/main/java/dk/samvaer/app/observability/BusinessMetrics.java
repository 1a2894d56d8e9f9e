package dk.samvaer.app.observability;

import dk.samvaer.activities.api.ActivityHeld;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Business counters, counted on the node that recorded the fact and only once its transaction committed:
 * {@code samvaer_activities_held_total} and {@code samvaer_participants_logged_total} (as first logged; corrections
 * are not counted here). Sum over nodes for the whole system.
 */
@Component
class BusinessMetrics implements SmartInitializingSingleton {

    private final EventBus eventBus;
    private final Counter activitiesHeld;
    private final Counter participantsLogged;

    BusinessMetrics(EventBus eventBus, MeterRegistry registry) {
        this.eventBus = eventBus;
        this.activitiesHeld = Counter.builder("samvaer.activities.held")
                .description("Activities whose logbook was recorded")
                .register(registry);
        this.participantsLogged = Counter.builder("samvaer.participants.logged")
                .description("Participants in recorded logbooks, as first logged")
                .register(registry);
    }

    @Override
    public void afterSingletonsInstantiated() {
        eventBus.registerDispatchInterceptor(messages -> {
            messages.stream()
                    .filter(message -> message.getPayload() instanceof ActivityHeld)
                    .map(message -> (ActivityHeld) message.getPayload())
                    .forEach(held -> CurrentUnitOfWork.ifStarted(unitOfWork -> unitOfWork.afterCommit(u -> {
                        activitiesHeld.increment();
                        participantsLogged.increment(held.participants());
                    })));
            return (index, message) -> message;
        });
    }
}
