package dk.samvaer.outreach.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import dk.samvaer.kernel.Bounds;
import dk.samvaer.kernel.Denmark;
import dk.samvaer.kernel.InvalidInput;
import dk.samvaer.kernel.Texts;
import dk.samvaer.outreach.api.CitizenErased;
import dk.samvaer.outreach.api.ErasureId;
import dk.samvaer.outreach.api.RecordCitizenErasure;
import dk.samvaer.outreach.api.SourceSystems;
import java.time.Clock;
import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

/**
 * A citizen's request to be forgotten, as carried out: who asked, why, where the keys were looked for, how many were
 * deleted. The keys themselves are deleted from the vault in the same transaction (ADR 0016); this record is what
 * stays. It never names the citizen.
 */
public class CitizenErasure {

    @AggregateIdentifier
    private ErasureId erasureId;

    protected CitizenErasure() {
        // for Axon
    }

    @CommandHandler
    public CitizenErasure(RecordCitizenErasure command, Clock clock) {
        List<String> municipalityCodes = Texts.present("municipalityCodes", command.municipalityCodes());
        if (municipalityCodes.isEmpty() || !municipalityCodes.stream().allMatch(Denmark::isMunicipalityCode)) {
            throw new InvalidInput(
                    "erasure-needs-municipalities",
                    "municipalityCodes",
                    "An erasure names the municipalities whose keys it looked for.");
        }
        if (command.keysDeleted() < 0) {
            throw new InvalidInput("count-negative", "keysDeleted", "keysDeleted cannot be negative.");
        }
        apply(new CitizenErased(
                command.erasureId(),
                Texts.required("requestedBy", command.requestedBy(), Bounds.MAX_NAME),
                Texts.optional("client", command.client(), Bounds.MAX_NAME),
                SourceSystems.require("sourceSystem", command.sourceSystem()),
                Texts.required("reason", command.reason(), Bounds.MAX_TEXT),
                municipalityCodes.stream().sorted().distinct().toList(),
                command.keysDeleted(),
                clock.instant()));
    }

    @EventSourcingHandler
    void on(CitizenErased event) {
        this.erasureId = event.erasureId();
    }
}
