package dk.samvaer.outreach.ingestion;

import dk.samvaer.activities.api.ActivityId;
import dk.samvaer.kernel.NotFound;
import dk.samvaer.kernel.idempotency.IdempotencyStore;
import dk.samvaer.kernel.idempotency.IdempotencyStore.KeyedWrite;
import dk.samvaer.kernel.idempotency.IdempotencyStore.Outcome;
import dk.samvaer.kernel.idempotency.IdempotentBatch;
import dk.samvaer.kernel.idempotency.StoredResponse;
import dk.samvaer.kernel.security.Caller;
import dk.samvaer.kernel.security.Pseudonyms;
import dk.samvaer.outreach.api.AcceptReferral;
import dk.samvaer.outreach.api.DeclineReferral;
import dk.samvaer.outreach.api.EscortId;
import dk.samvaer.outreach.api.ExpireReferral;
import dk.samvaer.outreach.api.MakeReferral;
import dk.samvaer.outreach.api.ProvideEscort;
import dk.samvaer.outreach.api.RecordArrival;
import dk.samvaer.outreach.api.ReferralDirectory;
import dk.samvaer.outreach.api.ReferralId;
import dk.samvaer.outreach.ingestion.IngestionRequests.EscortRequest;
import dk.samvaer.outreach.ingestion.IngestionRequests.Posting;
import dk.samvaer.outreach.ingestion.IngestionRequests.ReferralRequest;
import dk.samvaer.outreach.ingestion.IngestionRequests.ResultRequest;
import dk.samvaer.outreach.vault.CitizenKeyVault;
import dk.samvaer.programme.api.CentreId;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns case-system postings into commands, once per {@code (sourceSystem, externalId)}. The citizen reference is never
 * kept: the request's fingerprint sees its keyed lookup, and a first posting's event carries the citizen's token from
 * the key vault (ADR 0016). The command and the kept answer share one transaction, so concurrent duplicates make one
 * event and every one of them gets the same answer.
 *
 * <p>A posting alone ({@link #escort}, {@link #referral}, {@link #result}) comes to a {@link Receipt}. A batch is
 * prepared item by item ({@link #prepareEscort} and the like check a posting and make it a {@link KeyedWrite}) and then
 * run together ({@link #runAll}, see {@link IdempotentBatch#executeAll}); each item comes to an {@link ItemOutcome}: a
 * receipt, or the failure that rejects it.
 */
@Component
public class Ingestion {

    /**
     * What a posting came to: the id and location of the escort or referral, and the HTTP status of the answer (201
     * when an escort or referral was stored now, 200 for a referral's result and for a duplicate: the same posting was
     * stored before, nothing new was stored, and the first answer is replayed).
     */
    public record Receipt(int status, UUID id, String location, boolean duplicate) {}

    /** What one posting of a batch came to: its receipt, or the failure that rejects it (the other is null). */
    public record ItemOutcome(Receipt receipt, RuntimeException rejection) {}

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final CommandGateway commands;
    private final IdempotencyStore idempotency;
    private final IdempotentBatch batch;
    private final Pseudonyms pseudonyms;
    private final ReferralDirectory referrals;
    private final CitizenKeyVault vault;
    private final Clock clock;

    Ingestion(
            CommandGateway commands,
            IdempotencyStore idempotency,
            IdempotentBatch batch,
            Pseudonyms pseudonyms,
            ReferralDirectory referrals,
            CitizenKeyVault vault,
            Clock clock) {
        this.commands = commands;
        this.idempotency = idempotency;
        this.batch = batch;
        this.pseudonyms = pseudonyms;
        this.referrals = referrals;
        this.vault = vault;
        this.clock = clock;
    }

    public Receipt escort(EscortRequest request) {
        return run(prepareEscort(request));
    }

    public Receipt referral(ReferralRequest request) {
        return run(prepareReferral(request));
    }

    public Receipt result(UUID referralId, ReferralResult result, ResultRequest request) {
        return run(prepareResult(referralId, result, request));
    }

    /** Runs prepared postings, new ones together; their outcomes in their order. */
    public List<ItemOutcome> runAll(List<KeyedWrite> postings) {
        List<Outcome> outcomes = batch.executeAll(postings);
        return outcomes.stream()
                .map(outcome -> outcome.failure() != null
                        ? new ItemOutcome(null, outcome.failure())
                        : new ItemOutcome(receipt(outcome), null))
                .toList();
    }

    public KeyedWrite prepareEscort(EscortRequest request) {
        Caller.current().requireMayWriteIn(request.municipalityCode());
        EscortId id = EscortId.random();
        CitizenKeyVault.Citizen citizen = vault.citizen(request.municipalityCode(), request.citizenRef());
        return prepared(request, withLookup(request, citizen), 201, () -> {
            String token = vault.token(citizen, LocalDate.now(clock));
            send(
                    request,
                    new ProvideEscort(
                            id,
                            request.municipalityCode(),
                            request.service(),
                            token,
                            new CentreId(request.centreId()),
                            request.activityId() == null ? null : new ActivityId(request.activityId()),
                            request.escortedOn()));
            return body(id.toString(), "/api/v1/escorts/" + id);
        });
    }

    public KeyedWrite prepareReferral(ReferralRequest request) {
        Caller.current().requireMayWriteIn(request.municipalityCode());
        ReferralId id = ReferralId.random();
        CitizenKeyVault.Citizen citizen = vault.citizen(request.municipalityCode(), request.citizenRef());
        return prepared(request, withLookup(request, citizen), 201, () -> {
            String token = vault.token(citizen, LocalDate.now(clock));
            send(
                    request,
                    new MakeReferral(
                            id,
                            request.municipalityCode(),
                            request.service(),
                            token,
                            new CentreId(request.centreId()),
                            request.referredOn()));
            return body(id.toString(), "/api/v1/referrals/" + id);
        });
    }

    public KeyedWrite prepareResult(UUID referralId, ReferralResult result, ResultRequest request) {
        ReferralId id = new ReferralId(referralId);
        referrals
                .find(id)
                .filter(referral -> Caller.current().sees(referral.municipalityCode()))
                .orElseThrow(() -> new NotFound("No such referral."));
        Map<String, Object> canonical = new LinkedHashMap<>(JSON.convertValue(request, Map.class));
        canonical.put("referralId", referralId.toString());
        canonical.put("result", result.name());
        return prepared(request, canonical, 200, () -> {
            Object command =
                    switch (result) {
                        case ACCEPTANCE -> new AcceptReferral(id, request.acceptedOn());
                        case ARRIVAL -> new RecordArrival(id, request.arrivedOn());
                        case DECLINE -> new DeclineReferral(id, request.declinedOn(), request.reason());
                        case EXPIRY -> new ExpireReferral(id, request.expiredOn(), request.reason());
                    };
            send(request, command);
            return body(id.toString(), "/api/v1/referrals/" + id);
        });
    }

    private KeyedWrite prepared(Posting posting, Object canonical, int status, Supplier<Map<String, Object>> write) {
        String fingerprint = pseudonyms.fingerprint(JSON.writeValueAsBytes(canonical));
        return new KeyedWrite("source:" + posting.sourceSystem(), posting.externalId(), fingerprint, () -> {
            Map<String, Object> body = write.get();
            return new StoredResponse(
                    status, "application/json", (String) body.get("location"), JSON.writeValueAsBytes(body));
        });
    }

    private Receipt run(KeyedWrite posting) {
        return receipt(
                idempotency.execute(posting.scope(), posting.key(), posting.fingerprint(), true, posting.write()));
    }

    /** The receipt of an answered posting; a replayed one is a duplicate's (the store answers it 200). */
    private static Receipt receipt(Outcome outcome) {
        @SuppressWarnings("unchecked")
        Map<String, Object> body = JSON.readValue(outcome.response().body(), Map.class);
        return new Receipt(
                outcome.response().status(),
                UUID.fromString((String) body.get("id")),
                (String) body.get("location"),
                outcome.replayed());
    }

    private void send(Posting posting, Object command) {
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                .andMetaData(Map.of("sourceSystem", posting.sourceSystem(), "externalId", posting.externalId())));
    }

    /** The request as its fingerprint sees it: the citizen reference replaced by its keyed lookup. */
    private static Map<String, Object> withLookup(Record request, CitizenKeyVault.Citizen citizen) {
        Map<String, Object> canonical = new LinkedHashMap<>(JSON.convertValue(request, Map.class));
        canonical.put("citizenRef", citizen.lookup());
        return canonical;
    }

    private static Map<String, Object> body(String id, String location) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", id);
        body.put("location", location);
        return body;
    }
}
