package dk.samvaer.app.processing;

import dk.samvaer.app.security.WhoDidIt;
import dk.samvaer.kernel.NotFound;
import dk.samvaer.kernel.Page;
import dk.samvaer.kernel.Paging;
import dk.samvaer.kernel.Texts;
import dk.samvaer.kernel.security.Caller;
import dk.samvaer.kernel.security.Roles;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcDeadLetter;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.axonframework.messaging.deadletter.Cause;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * For operators: the events each projection has parked in its dead-letter queue, and the two ways out of it. Retry
 * hands a sequence's parked events to the projection again, in order (after the cause was fixed, say by a release);
 * evict gives one up for good. Both are recorded as events with who did it, like every other action.
 */
@RestController
@RequestMapping("/api/v1/admin/dead-letters")
@Tag(name = "Operations", description = "Projections' dead-letter queues: parked events, retry and eviction")
class DeadLetterController {

    private static final String NAME = "[A-Za-z0-9_.-]{1,100}";
    private static final int MAX_RETRIES_AT_ONCE = 1000;

    private final EventProcessingConfiguration processing;
    private final ProcessingGroups groups;
    private final EventGateway events;

    DeadLetterController(EventProcessingConfiguration processing, ProcessingGroups groups, EventGateway events) {
        this.processing = processing;
        this.groups = groups;
        this.events = events;
    }

    /** One parked event. */
    record ParkedEvent(
            @Schema(example = "outreach") String processor,
            @Schema(example = "3f1c2b9e-5d4a-4f7e-9a51-0c2d7e8b1a6f") String sequenceId,
            @Schema(example = "9b2e4c1a-7f3d-4e8a-b6c5-1d2e3f4a5b6c") String letterId,
            @Schema(example = "0") long indexInSequence,
            @Schema(example = "5c7d9e1f-2a3b-4c5d-8e9f-0a1b2c3d4e5f") String eventId,
            @Schema(example = "dk.samvaer.outreach.api.EscortProvided") String eventType,
            @Schema(example = "1200", nullable = true) Long position,
            @Schema(example = "2026-12-02T10:15:30Z") Instant enqueuedAt,
            @Schema(example = "2026-12-02T10:20:00Z") Instant lastTouched,
            @Schema(example = "org.springframework.dao.DataIntegrityViolationException", nullable = true)
                    String causeType,
            @Schema(example = "numeric field overflow", nullable = true) String causeMessage) {}

    /** What a retry came to. */
    record RetryOutcome(
            @Schema(example = "outreach") String processor,
            @Schema(example = "3f1c2b9e-5d4a-4f7e-9a51-0c2d7e8b1a6f", nullable = true) String sequenceId,
            @Schema(example = "true") boolean succeeded,
            @Schema(example = "0") long remaining) {}

    /** Why a parked event is given up. */
    record Eviction(
            @NotBlank @Size(max = MAX_REASON) @Schema(example = "Fixed by hand in release 1.4; see ticket OPS-12")
                    String reason) {

        static final int MAX_REASON = 500;
    }

    @GetMapping
    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.AUDITOR})
    @Operation(
            operationId = "listDeadLetters",
            summary = "The parked events of every projection (or of one), oldest sequence first, a page at a time")
    Page<ParkedEvent> list(
            @RequestParam(required = false) @Pattern(regexp = NAME) String processor, @Valid Paging paging) {
        Caller.current().requireWholeProgramme("The dead-letter queues");
        List<ParkedEvent> all = new ArrayList<>();
        for (String name : processor == null ? processors() : List.of(processor)) {
            for (Iterable<DeadLetter<? extends EventMessage<?>>> sequence :
                    queue(name).deadLetters()) {
                for (DeadLetter<? extends EventMessage<?>> letter : sequence) {
                    all.add(view(name, letter));
                }
            }
        }
        return paging.of(all);
    }

    @PostMapping("/{processor}/sequences/{sequenceId}/retry")
    @RolesAllowed(Roles.PROGRAMME_ADMIN)
    @Operation(
            operationId = "retryDeadLetterSequence",
            summary = "Hand one sequence's parked events to the projection again, in order, until one fails")
    RetryOutcome retry(
            @PathVariable @Pattern(regexp = NAME) String processor,
            @PathVariable @Pattern(regexp = "[A-Za-z0-9_.:-]{1,255}") String sequenceId) {
        Caller.current().requireWholeProgramme("The dead-letter queues");
        SequencedDeadLetterQueue<EventMessage<?>> queue = queue(processor);
        if (!queue.contains(sequenceId)) {
            throw new NotFound("No parked events in sequence " + sequenceId + " of " + processor + ".");
        }
        boolean succeeded = deadLetterProcessor(processor).process(letter -> sequenceId.equals(sequenceOf(letter)));
        long remaining = queue.sequenceSize(sequenceId);
        recordWhoDidIt(new DeadLetterRetried(processor, sequenceId, succeeded, remaining));
        return new RetryOutcome(processor, sequenceId, succeeded, remaining);
    }

    @PostMapping("/{processor}/retry")
    @RolesAllowed(Roles.PROGRAMME_ADMIN)
    @Operation(
            operationId = "retryDeadLetters",
            summary = "Hand every parked sequence of the projection to it again, one sequence after another")
    RetryOutcome retryAll(@PathVariable @Pattern(regexp = NAME) String processor) {
        Caller.current().requireWholeProgramme("The dead-letter queues");
        SequencedDeadLetterQueue<EventMessage<?>> queue = queue(processor);
        SequencedDeadLetterProcessor<EventMessage<?>> handler = deadLetterProcessor(processor);
        boolean succeeded = true;
        for (long sequences = queue.amountOfSequences(), i = 0; i < Math.min(sequences, MAX_RETRIES_AT_ONCE); i++) {
            succeeded &= handler.processAny();
        }
        long remaining = queue.size();
        recordWhoDidIt(new DeadLetterRetried(processor, null, succeeded, remaining));
        return new RetryOutcome(processor, null, succeeded, remaining);
    }

    @PostMapping("/{processor}/letters/{letterId}/evict")
    @RolesAllowed(Roles.PROGRAMME_ADMIN)
    @Operation(
            operationId = "evictDeadLetter",
            summary = "Give up one parked event for good, with a reason; the rest of its sequence may then be retried")
    ParkedEvent evict(
            @PathVariable @Pattern(regexp = NAME) String processor,
            @PathVariable @Pattern(regexp = "[A-Za-z0-9_.:-]{1,255}") String letterId,
            @Valid @RequestBody Eviction eviction) {
        Caller.current().requireWholeProgramme("The dead-letter queues");
        SequencedDeadLetterQueue<EventMessage<?>> queue = queue(processor);
        DeadLetter<? extends EventMessage<?>> letter = find(queue, letterId)
                .orElseThrow(() -> new NotFound("No parked event " + letterId + " in " + processor + "."));
        String reason = Texts.required("reason", eviction.reason(), Eviction.MAX_REASON);
        ParkedEvent view = view(processor, letter);
        queue.evict(letter);
        recordWhoDidIt(new DeadLetterEvicted(processor, letterId, view.eventId(), view.eventType(), reason));
        return view;
    }

    /** The operator's action as an event with who did it, like every other action. */
    private void recordWhoDidIt(Object action) {
        events.publish(new GenericEventMessage<>(action, WhoDidIt.ofCurrentRequest()));
    }

    /** The projections (processing groups) with a dead-letter queue: its name is the group's, not the processor's. */
    private List<String> processors() {
        return groups.names().stream()
                .filter(name -> processing.deadLetterQueue(name).isPresent())
                .toList();
    }

    private SequencedDeadLetterQueue<EventMessage<?>> queue(String processor) {
        return processing
                .deadLetterQueue(processor)
                .orElseThrow(() -> new NotFound("No projection " + processor + " with a dead-letter queue."));
    }

    private SequencedDeadLetterProcessor<EventMessage<?>> deadLetterProcessor(String processor) {
        return processing
                .sequencedDeadLetterProcessor(processor)
                .orElseThrow(() -> new NotFound("No projection " + processor + " with a dead-letter queue."));
    }

    private static Optional<DeadLetter<? extends EventMessage<?>>> find(
            SequencedDeadLetterQueue<EventMessage<?>> queue, String letterId) {
        Predicate<DeadLetter<? extends EventMessage<?>>> wanted = letter ->
                letter instanceof JdbcDeadLetter<?> jdbc && jdbc.getIdentifier().equals(letterId);
        for (Iterable<DeadLetter<? extends EventMessage<?>>> sequence : queue.deadLetters()) {
            for (DeadLetter<? extends EventMessage<?>> letter : sequence) {
                if (wanted.test(letter)) {
                    return Optional.of(letter);
                }
            }
        }
        return Optional.empty();
    }

    private static String sequenceOf(DeadLetter<? extends EventMessage<?>> letter) {
        return letter instanceof JdbcDeadLetter<?> jdbc ? jdbc.getSequenceIdentifier() : null;
    }

    private static ParkedEvent view(String processor, DeadLetter<? extends EventMessage<?>> letter) {
        EventMessage<?> message = letter.message();
        JdbcDeadLetter<?> jdbc = letter instanceof JdbcDeadLetter<?> j ? j : null;
        Optional<Cause> cause = letter.cause();
        return new ParkedEvent(
                processor,
                jdbc == null ? null : jdbc.getSequenceIdentifier(),
                jdbc == null ? null : jdbc.getIdentifier(),
                jdbc == null ? 0 : jdbc.getSequenceIndex(),
                message.getIdentifier(),
                message.getPayloadType().getName(),
                message instanceof TrackedEventMessage<?> tracked
                        ? tracked.trackingToken().position().stream()
                                .boxed()
                                .findFirst()
                                .orElse(null)
                        : null,
                letter.enqueuedAt(),
                letter.lastTouched(),
                cause.map(Cause::type).orElse(null),
                cause.map(Cause::message).orElse(null));
    }
}
