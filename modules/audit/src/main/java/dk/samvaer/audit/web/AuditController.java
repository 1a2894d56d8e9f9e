package dk.samvaer.audit.web;

import dk.samvaer.audit.api.EventEntry;
import dk.samvaer.audit.api.LedgerVerification;
import dk.samvaer.audit.api.LedgerVerification.Checkpoint;
import dk.samvaer.audit.api.RebuildResult;
import dk.samvaer.audit.query.AuditEvents;
import dk.samvaer.audit.query.Ledger;
import dk.samvaer.audit.query.Rebuild;
import dk.samvaer.kernel.Denmark;
import dk.samvaer.kernel.Page;
import dk.samvaer.kernel.Paging;
import dk.samvaer.kernel.security.Caller;
import dk.samvaer.kernel.security.Roles;
import dk.samvaer.kernel.web.Csv;
import dk.samvaer.kernel.web.Table;
import dk.samvaer.kernel.web.Xlsx;
import dk.samvaer.reporting.api.AsOfReports;
import dk.samvaer.reporting.api.AsOfReports.AsOfFigures;
import dk.samvaer.reporting.api.AsOfReports.AsOfMethod;
import dk.samvaer.reporting.api.ReportTables;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.Nullable;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import tools.jackson.databind.json.JsonMapper;

/** For auditors: the event stream, figures as of an instant, the ledger and its verification; and the rebuild. */
@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "Audit", description = "Event export, as-of reconstruction, tamper-evidence ledger, full rebuild")
class AuditController {

    static final String NDJSON = "application/x-ndjson";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Which events, bound from the query string: by type, aggregate and the instants they were recorded. */
    @ParameterObject
    record EventSelection(
            @Pattern(regexp = "[A-Za-z0-9_.$]{1,200}") String type,
            @Pattern(regexp = "[A-Za-z0-9_.:-]{1,255}") String aggregateId,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant recordedFrom,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant recordedTo) {

        AuditEvents.Filter after(long position) {
            return new AuditEvents.Filter(position, type, aggregateId, recordedFrom, recordedTo);
        }
    }

    private final AuditEvents events;
    private final AsOfReports reconstruction;
    private final Ledger ledger;
    private final Rebuild rebuild;

    AuditController(AuditEvents events, AsOfReports reconstruction, Ledger ledger, Rebuild rebuild) {
        this.events = events;
        this.reconstruction = reconstruction;
        this.ledger = ledger;
        this.rebuild = rebuild;
    }

    @GetMapping(value = "/events", produces = MediaType.APPLICATION_JSON_VALUE)
    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.AUDITOR})
    @Operation(
            operationId = "listAuditEvents",
            summary = "The global event stream in order, a page at a time (continue with after=nextAfter)")
    EventPage events(
            @RequestParam(defaultValue = "0") @Min(0) long after,
            @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit,
            @Valid EventSelection selection) {
        Caller.current().requireWholeProgramme("The event stream and ledger");
        List<EventEntry> page = events.page(selection.after(after), limit);
        return new EventPage(
                page, page.size() < limit ? null : page.get(page.size() - 1).position());
    }

    @GetMapping(value = "/events", produces = NDJSON)
    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.AUDITOR})
    @Operation(
            operationId = "listAuditEvents",
            summary = "The global event stream as newline-delimited JSON, streamed to the end (or up to limit)")
    ResponseEntity<StreamingResponseBody> eventStream(
            @RequestParam(defaultValue = "0") @Min(0) long after,
            @RequestParam(defaultValue = "-1") long limit,
            @Valid EventSelection selection) {
        Caller.current().requireWholeProgramme("The event stream and ledger");
        StreamingResponseBody body = out -> writeNdjson(events, selection.after(after), limit, out);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(NDJSON)).body(body);
    }

    /** Writes the events as NDJSON, one per line; shared with the CLI. */
    static void writeNdjson(AuditEvents events, AuditEvents.Filter filter, long limit, OutputStream out) {
        events.each(filter, limit, event -> {
            try {
                out.write(JSON.writeValueAsBytes(event));
                out.write('\n');
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    @GetMapping(
            value = "/events",
            produces = {Csv.MEDIA_TYPE, Xlsx.MEDIA_TYPE})
    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.AUDITOR})
    @Operation(
            operationId = "listAuditEvents",
            summary = "A page of the event stream as CSV or an Excel workbook; metadata and payload as JSON text")
    Table eventsTable(
            @RequestParam(defaultValue = "0") @Min(0) long after,
            @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit,
            @Valid EventSelection selection) {
        EventPage page = events(after, limit, selection);
        Table table = Table.named(
                "haendelser-efter-" + after,
                "position",
                "eventId",
                "type",
                "revision",
                "aggregateType",
                "aggregateId",
                "sequence",
                "recordedAt",
                "occurredOn",
                "metadata",
                "payload");
        for (EventEntry e : page.events()) {
            table.row(
                    e.position(),
                    e.eventId(),
                    e.type(),
                    e.revision(),
                    e.aggregateType(),
                    e.aggregateId(),
                    e.sequence(),
                    e.recordedAt(),
                    e.occurredOn(),
                    JSON.writeValueAsString(e.metadata()),
                    JSON.writeValueAsString(e.payload()));
        }
        return table;
    }

    @GetMapping(value = "/project-years/{year}/figures", produces = MediaType.APPLICATION_JSON_VALUE)
    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.AUDITOR})
    @Operation(
            operationId = "getAsOfFigures",
            summary = "The project-year figures (and Table 1) as they stood at an instant: by query over the facts"
                    + " kept with the instant each was recorded, or rebuilt from the events recorded up to then")
    AsOfFigures figures(
            @PathVariable @Min(2000) @Max(2100) int year,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant asOf,
            @Parameter(
                            description = "QUERY (default, milliseconds) or REPLAY (the independent check: every event"
                                    + " recorded up to the instant replayed into an isolated database; about a second per"
                                    + " 25,000 events)")
                    @RequestParam(defaultValue = "QUERY")
                    AsOfMethod method) {
        return reconstruction.projectYear(
                year,
                asOf == null || asOf.isAfter(Instant.now()) ? null : asOf,
                Caller.current().scopeFor(null),
                method);
    }

    @GetMapping(
            value = "/project-years/{year}/figures",
            produces = {Csv.MEDIA_TYPE, Xlsx.MEDIA_TYPE})
    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.AUDITOR})
    @Operation(
            operationId = "getAsOfFigures",
            summary =
                    "The project-year figures as they stood at an instant, as CSV or an Excel workbook (the live report's columns)")
    Table figuresTable(
            @PathVariable @Min(2000) @Max(2100) int year,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant asOf,
            @RequestParam(defaultValue = "QUERY") AsOfMethod method) {
        AsOfFigures figures = figures(year, asOf, method);
        return ReportTables.projectYear(
                figures.figures(),
                "projektaar-" + year
                        + (figures.asOf() == null ? "" : "-pr-" + LocalDate.ofInstant(figures.asOf(), Denmark.ZONE)));
    }

    @GetMapping("/ledger")
    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.AUDITOR})
    @Operation(
            operationId = "listLedgerCheckpoints",
            summary = "The ledger's checkpoints (position, chain hash, events, time), oldest first")
    Page<Checkpoint> checkpoints(
            @Parameter(description = "Only checkpoints after this chain position")
                    @RequestParam(defaultValue = "0")
                    @Min(0)
                    long after,
            @Valid Paging paging) {
        Caller.current().requireWholeProgramme("The event stream and ledger");
        return ledger.checkpoints(after, paging);
    }

    @GetMapping("/ledger/verify")
    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.AUDITOR})
    @Operation(
            operationId = "verifyLedger",
            summary = "Recompute every chained event's hash and the chain from the store; optionally check a"
                    + " checkpoint kept outside the system (position and chainHash)")
    LedgerVerification verify(
            @RequestParam(required = false) @Min(1) Long position,
            @RequestParam(required = false) @Pattern(regexp = "[0-9a-f]{64}") String chainHash) {
        Caller.current().requireWholeProgramme("The event stream and ledger");
        return ledger.verify(position, chainHash);
    }

    @PostMapping("/rebuild")
    @RolesAllowed(Roles.PROGRAMME_ADMIN)
    @Operation(
            operationId = "rebuildReadModels",
            summary = "Rebuild every read model from the event store and report whether the figures are unchanged",
            description = "Rebuild every read model from the event store and report whether the figures are"
                    + " unchanged.\n\n**Changes:** every read model is rebuilt from the events; the events themselves"
                    + " are never touched.")
    RebuildResult rebuild() {
        return rebuild.run();
    }

    /** A page of events; {@code nextAfter} is the position to continue after, or null at the end. */
    record EventPage(List<EventEntry> events, @Schema(example = "1100") @Nullable Long nextAfter) {}
}
