package dk.samvaer.outreach.web;

import dk.samvaer.kernel.NotFound;
import dk.samvaer.kernel.idempotency.IdempotencyStore.KeyedWrite;
import dk.samvaer.kernel.security.Caller;
import dk.samvaer.kernel.security.Role;
import dk.samvaer.kernel.security.Roles;
import dk.samvaer.kernel.web.ApiExceptionHandler;
import dk.samvaer.kernel.web.FieldError;
import dk.samvaer.outreach.api.Service;
import dk.samvaer.outreach.ingestion.Ingestion;
import dk.samvaer.outreach.ingestion.IngestionRequests.EscortRequest;
import dk.samvaer.outreach.ingestion.IngestionRequests.ReferralRequest;
import dk.samvaer.outreach.ingestion.IngestionRequests.ResultRequest;
import dk.samvaer.outreach.ingestion.ReferralResult;
import dk.samvaer.outreach.query.OutreachQueries;
import dk.samvaer.outreach.query.OutreachQueries.EscortView;
import dk.samvaer.outreach.query.OutreachQueries.ReferralView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.Nullable;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The case-system ingestion API: escorts, referrals and their results, one by one or up to 1,000 in a batch.
 * Idempotent by {@code (sourceSystem, externalId)}: a repeat gets the first answer (200), other content under the same
 * pair is 409. See docs/integration.md.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Ingestion", description = "Escorts and referrals from municipal case systems; idempotent and batchable")
class IngestionController {

    static final int MAX_BATCH = 1000;

    private final Ingestion ingestion;
    private final OutreachQueries queries;
    private final Validator validator;

    IngestionController(Ingestion ingestion, OutreachQueries queries, Validator validator) {
        this.ingestion = ingestion;
        this.queries = queries;
        this.validator = validator;
    }

    @PostMapping("/escorts")
    @ResponseStatus(HttpStatus.CREATED)
    @RolesAllowed({Roles.CASE_SYSTEM, Roles.MUNICIPAL_LEADER, Roles.PROGRAMME_ADMIN})
    @Operation(
            operationId = "postEscort",
            summary = "Post an escort: a worker went with a citizen to a centre (or an activity) on a date")
    ResponseEntity<PostingAnswer> escort(@Valid @RequestBody EscortRequest request) {
        return answer(ingestion.escort(request));
    }

    @PostMapping("/referrals")
    @ResponseStatus(HttpStatus.CREATED)
    @RolesAllowed({Roles.CASE_SYSTEM, Roles.MUNICIPAL_LEADER, Roles.PROGRAMME_ADMIN})
    @Operation(operationId = "postReferral", summary = "Post a referral of a citizen from a service to a centre")
    ResponseEntity<PostingAnswer> referral(@Valid @RequestBody ReferralRequest request) {
        return answer(ingestion.referral(request));
    }

    @PostMapping("/referrals/{id}/acceptance")
    @RolesAllowed({Roles.CASE_SYSTEM, Roles.MUNICIPAL_LEADER, Roles.PROGRAMME_ADMIN})
    @Operation(
            operationId = "postReferralAcceptance",
            summary = "Post that the centre accepted a referral (acceptedOn)")
    ResponseEntity<PostingAnswer> accepted(@PathVariable UUID id, @Valid @RequestBody ResultRequest request) {
        return answer(ingestion.result(id, ReferralResult.ACCEPTANCE, request));
    }

    @PostMapping("/referrals/{id}/arrival")
    @RolesAllowed({Roles.CASE_SYSTEM, Roles.MUNICIPAL_LEADER, Roles.PROGRAMME_ADMIN})
    @Operation(
            operationId = "postReferralArrival",
            summary = "Post the referred citizen's first visit to the centre (arrivedOn)")
    ResponseEntity<PostingAnswer> arrived(@PathVariable UUID id, @Valid @RequestBody ResultRequest request) {
        return answer(ingestion.result(id, ReferralResult.ARRIVAL, request));
    }

    @PostMapping("/referrals/{id}/decline")
    @RolesAllowed({Roles.CASE_SYSTEM, Roles.MUNICIPAL_LEADER, Roles.PROGRAMME_ADMIN})
    @Operation(operationId = "postReferralDecline", summary = "Post that a referral was declined (declinedOn, reason)")
    ResponseEntity<PostingAnswer> declined(@PathVariable UUID id, @Valid @RequestBody ResultRequest request) {
        return answer(ingestion.result(id, ReferralResult.DECLINE, request));
    }

    @PostMapping("/referrals/{id}/expiry")
    @RolesAllowed({Roles.CASE_SYSTEM, Roles.MUNICIPAL_LEADER, Roles.PROGRAMME_ADMIN})
    @Operation(
            operationId = "postReferralExpiry",
            summary = "Post that a referral expired without an arrival (expiredOn, reason)")
    ResponseEntity<PostingAnswer> expired(@PathVariable UUID id, @Valid @RequestBody ResultRequest request) {
        return answer(ingestion.result(id, ReferralResult.EXPIRY, request));
    }

    @PostMapping("/ingest/batch")
    @RolesAllowed({Roles.CASE_SYSTEM, Roles.MUNICIPAL_LEADER, Roles.PROGRAMME_ADMIN})
    @Operation(
            operationId = "postBatch",
            summary = "Post up to 1,000 escorts, referrals and referral results; each item is answered in order",
            description = "Valid items are stored even when others are rejected. Each item's status is CREATED (stored"
                    + " now), DUPLICATE (stored before; nothing new) or REJECTED (with its problem).")
    BatchResponse batch(@Valid @RequestBody BatchRequest request) {
        List<BatchItem> items = request.items();
        ItemResult[] results = new ItemResult[items.size()];
        List<Integer> indices = new ArrayList<>();
        List<KeyedWrite> postings = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            try {
                postings.add(prepare(items.get(i)));
                indices.add(i);
            } catch (RuntimeException e) {
                results[i] = rejected(i, items.get(i), e);
            }
        }
        List<Ingestion.ItemOutcome> outcomes = ingestion.runAll(postings);
        for (int k = 0; k < outcomes.size(); k++) {
            int i = indices.get(k);
            Ingestion.ItemOutcome outcome = outcomes.get(k);
            results[i] = outcome.rejection() != null
                    ? rejected(i, items.get(i), outcome.rejection())
                    : new ItemResult(
                            i,
                            items.get(i).type(),
                            outcome.receipt().duplicate() ? "DUPLICATE" : "CREATED",
                            outcome.receipt().id().toString(),
                            null);
        }
        return BatchResponse.of(List.of(results));
    }

    @GetMapping("/escorts/{id}")
    @RolesAllowed({Roles.CASE_SYSTEM, Roles.MUNICIPAL_LEADER, Roles.PROGRAMME_ADMIN, Roles.AUDITOR})
    @Operation(
            operationId = "getEscort",
            summary = "Read back a posted escort (a case system sees only its own postings)")
    EscortView escort(@PathVariable UUID id) {
        EscortView view = queries.escort(id).orElseThrow(() -> new NotFound("No such escort."));
        requireReadable(view.municipalityCode(), view.postedBy(), "escort");
        return view;
    }

    @GetMapping("/referrals/{id}")
    @RolesAllowed({Roles.CASE_SYSTEM, Roles.MUNICIPAL_LEADER, Roles.PROGRAMME_ADMIN, Roles.AUDITOR})
    @Operation(
            operationId = "getReferral",
            summary = "Read back a referral and its result (a case system sees only its own postings)")
    ReferralView referral(@PathVariable UUID id) {
        ReferralView view = queries.referral(id).orElseThrow(() -> new NotFound("No such referral."));
        requireReadable(view.municipalityCode(), view.postedBy(), "referral");
        return view;
    }

    /** Checks one batch item and turns it into a posting ready to run; throws what rejects it. */
    private KeyedWrite prepare(BatchItem item) {
        if (item == null || item.type() == null) {
            throw new Invalid(List.of(new FieldError("type", "is required")));
        }
        return switch (item.type()) {
            case ESCORT -> valid(item.escort(), () -> ingestion.prepareEscort(item.escort()));
            case REFERRAL -> valid(item.referral(), () -> ingestion.prepareReferral(item.referral()));
            case ACCEPTANCE -> result(item, ReferralResult.ACCEPTANCE);
            case ARRIVAL -> result(item, ReferralResult.ARRIVAL);
            case DECLINE -> result(item, ReferralResult.DECLINE);
            case EXPIRY -> result(item, ReferralResult.EXPIRY);
        };
    }

    private static ItemResult rejected(int index, BatchItem item, RuntimeException e) {
        ItemType type = item == null ? null : item.type();
        if (e instanceof Invalid invalid) {
            return ItemResult.rejected(index, type, ApiExceptionHandler.validation(invalid.errors));
        }
        return ItemResult.rejected(
                index, type, ApiExceptionHandler.problemFor(e).orElseThrow(() -> e));
    }

    private KeyedWrite result(BatchItem item, ReferralResult result) {
        if (item.referralId() == null) {
            throw new Invalid(List.of(new FieldError("referralId", "is required")));
        }
        return valid(item.result(), () -> ingestion.prepareResult(item.referralId(), result, item.result()));
    }

    private <T> KeyedWrite valid(T request, Supplier<KeyedWrite> prepare) {
        Set<ConstraintViolation<T>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw new Invalid(violations.stream()
                    .map(v -> new FieldError(v.getPropertyPath().toString(), v.getMessage()))
                    .toList());
        }
        return prepare.get();
    }

    private static void requireReadable(String municipalityCode, String postedBy, String what) {
        Caller caller = Caller.current();
        boolean onlyCaseSystem = caller.roles().equals(Set.of(Role.CASE_SYSTEM));
        if (onlyCaseSystem && !caller.client().equals(postedBy)) {
            throw new NotFound("No such " + what + ".");
        }
        caller.requireSees(municipalityCode, what);
    }

    private static ResponseEntity<PostingAnswer> answer(Ingestion.Receipt receipt) {
        ResponseEntity.BodyBuilder response = ResponseEntity.status(receipt.status());
        if (receipt.status() == 201 && receipt.location() != null) {
            response.location(URI.create(receipt.location()));
        }
        return response.body(new PostingAnswer(receipt.id()));
    }

    /**
     * The answer to a posting: the id of the escort or referral. 201 when it was stored now, 200 when the same
     * (sourceSystem, externalId) was stored before and nothing new was stored.
     */
    record PostingAnswer(@Schema(example = "1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e") UUID id) {}

    /** A batch item whose fields do not validate. */
    private static final class Invalid extends RuntimeException {
        private final List<FieldError> errors;

        Invalid(List<FieldError> errors) {
            super(null, null, false, false);
            this.errors = errors;
        }
    }

    enum ItemType {
        ESCORT,
        REFERRAL,
        ACCEPTANCE,
        ARRIVAL,
        DECLINE,
        EXPIRY
    }

    record BatchRequest(@NotNull @NotEmpty @Size(max = MAX_BATCH) List<BatchItem> items) {}

    /** One posting in a batch: its type, and the fields of that type (a result names its referralId). */
    record BatchItem(
            @Schema(example = "ESCORT") ItemType type,
            @Schema(example = "nexus-kolding") String sourceSystem,
            @Schema(example = "E-1001") String externalId,
            @Schema(example = "621") String municipalityCode,
            @Schema(example = "SECTION_99") Service service,
            @Schema(example = "nexus:borger:88213") String citizenRef,
            @Schema(example = "6fef8f7d-14c1-3cb2-a563-ba4867e368bb") UUID centreId,
            @Schema(example = "9f034e16-a0a2-3e0c-a616-540b7d2aaf77") UUID activityId,
            @Schema(example = "2025-05-01") LocalDate escortedOn,
            @Schema(example = "2025-04-20") LocalDate referredOn,
            @Schema(example = "2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e") UUID referralId,
            @Schema(example = "2025-04-22") LocalDate acceptedOn,
            @Schema(example = "2025-04-29") LocalDate arrivedOn,
            @Schema(example = "2025-04-23") LocalDate declinedOn,
            @Schema(example = "2025-06-30") LocalDate expiredOn,
            @Schema(example = "No capacity this month") String reason) {

        EscortRequest escort() {
            return new EscortRequest(
                    sourceSystem, externalId, municipalityCode, service, citizenRef, centreId, activityId, escortedOn);
        }

        ReferralRequest referral() {
            return new ReferralRequest(
                    sourceSystem, externalId, municipalityCode, service, citizenRef, centreId, referredOn);
        }

        ResultRequest result() {
            return new ResultRequest(sourceSystem, externalId, acceptedOn, arrivedOn, declinedOn, expiredOn, reason);
        }
    }

    /** The answer to one batch item, in the order posted. */
    record ItemResult(
            @Schema(example = "0") int index,
            @Schema(example = "ESCORT") ItemType type,
            @Schema(
                            example = "CREATED",
                            allowableValues = {"CREATED", "DUPLICATE", "REJECTED"})
                    String status,
            @Schema(example = "1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e") @Nullable String id,
            @Schema(ref = "#/components/schemas/Problem", nullable = true, description = "for a REJECTED item: why")
                    @Nullable
                    ProblemDetail problem) {

        static ItemResult rejected(int index, ItemType type, ProblemDetail problem) {
            return new ItemResult(index, type, "REJECTED", null, problem);
        }
    }

    /** The answer to a batch: how many were created, duplicates or rejected, and each item's result. */
    record BatchResponse(
            @Schema(example = "998") long created,
            @Schema(example = "1") long duplicates,
            @Schema(example = "1") long rejected,
            List<ItemResult> items) {

        static BatchResponse of(List<ItemResult> items) {
            return new BatchResponse(
                    items.stream().filter(i -> i.status().equals("CREATED")).count(),
                    items.stream().filter(i -> i.status().equals("DUPLICATE")).count(),
                    items.stream().filter(i -> i.status().equals("REJECTED")).count(),
                    items);
        }
    }
}
