package dk.samvaer.outreach.web;

import dk.samvaer.activities.api.ActivityId;
import dk.samvaer.kernel.NotFound;
import dk.samvaer.kernel.idempotency.IdempotencyStore;
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
import dk.samvaer.outreach.vault.CitizenKeyVault;
import dk.samvaer.outreach.web.IngestionRequests.EscortRequest;
import dk.samvaer.outreach.web.IngestionRequests.Posting;
import dk.samvaer.outreach.web.IngestionRequests.ReferralRequest;
import dk.samvaer.outreach.web.IngestionRequests.ResultRequest;
import dk.samvaer.programme.api.CentreId;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns case-system postings into commands, once per {@code (sourceSystem, externalId)}. The citizen reference is never
 * kept: the request's fingerprint sees its keyed lookup, and a first posting's event carries the citizen's token from
 * the key vault (ADR 0016). The command and the kept answer share one transaction, so concurrent duplicates make one
 * event and every one of them gets the same answer.
 * A batch is prepared item by item and then run together (see {@link IdempotentBatch#executeAll}).
 */
@Component
class Ingestion {

    /** What one posting came to: its answer, and whether that was a replay of the first one. */
    record Outcome(int status, Map<String, Object> body, boolean duplicate) {}

    /** A posting checked and ready to run: its idempotency entry and the status of a first answer. */
    record Prepared(IdempotencyStore.Entry entry, int status) {}

    /** What one posting of a batch came to: an outcome, or the failure that rejects it. */
    record Answer(Outcome outcome, RuntimeException failure) {}

    enum Result {
        ACCEPTANCE,
        ARRIVAL,
        DECLINE,
        EXPIRY
    }

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

    Outcome escort(EscortRequest request) {
        return run(prepareEscort(request));
    }

    Outcome referral(ReferralRequest request) {
        return run(prepareReferral(request));
    }

    Outcome result(java.util.UUID referralId, Result kind, ResultRequest request) {
        return run(prepareResult(referralId, kind, request));
    }

    /** Runs prepared postings, new ones together; answers in their order. */
    List<Answer> runAll(List<Prepared> postings) {
        List<IdempotencyStore.Result> results =
                batch.executeAll(postings.stream().map(Prepared::entry).toList());
        return IntStream.range(0, postings.size())
                .mapToObj(i -> results.get(i).failure() != null
                        ? new Answer(null, results.get(i).failure())
                        : new Answer(outcome(postings.get(i), results.get(i)), null))
                .toList();
    }

    Prepared prepareEscort(EscortRequest request) {
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

    Prepared prepareReferral(ReferralRequest request) {
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

    Prepared prepareResult(java.util.UUID referralId, Result kind, ResultRequest request) {
        ReferralId id = new ReferralId(referralId);
        referrals
                .find(id)
                .filter(referral -> Caller.current().sees(referral.municipalityCode()))
                .orElseThrow(() -> new NotFound("No such referral."));
        Map<String, Object> canonical = new LinkedHashMap<>(JSON.convertValue(request, Map.class));
        canonical.put("referralId", referralId.toString());
        canonical.put("result", kind.name());
        return prepared(request, canonical, 200, () -> {
            Object command =
                    switch (kind) {
                        case ACCEPTANCE -> new AcceptReferral(id, request.acceptedOn());
                        case ARRIVAL -> new RecordArrival(id, request.arrivedOn());
                        case DECLINE -> new DeclineReferral(id, request.declinedOn(), request.reason());
                        case EXPIRY -> new ExpireReferral(id, request.expiredOn(), request.reason());
                    };
            send(request, command);
            return body(id.toString(), "/api/v1/referrals/" + id);
        });
    }

    private Prepared prepared(Posting posting, Object canonical, int status, Supplier<Map<String, Object>> write) {
        String fingerprint = pseudonyms.fingerprint(JSON.writeValueAsBytes(canonical));
        return new Prepared(
                new IdempotencyStore.Entry(
                        "source:" + posting.sourceSystem(), posting.externalId(), fingerprint, () -> {
                            Map<String, Object> body = write.get();
                            return new StoredResponse(
                                    status,
                                    "application/json",
                                    (String) body.get("location"),
                                    JSON.writeValueAsBytes(body));
                        }),
                status);
    }

    private Outcome run(Prepared posting) {
        IdempotencyStore.Entry entry = posting.entry();
        return outcome(
                posting, idempotency.execute(entry.scope(), entry.key(), entry.fingerprint(), true, entry.write()));
    }

    private static Outcome outcome(Prepared posting, IdempotencyStore.Result result) {
        @SuppressWarnings("unchecked")
        Map<String, Object> body = JSON.readValue(result.response().body(), Map.class);
        return new Outcome(result.replayed() ? 200 : posting.status(), body, result.replayed());
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
