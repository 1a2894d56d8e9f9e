package dk.samvaer.reliability;

import dk.samvaer.reliability.HostileRequests.Key;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The API keys of a run (written as digests to the store's keys file) and the resources the generated requests point
 * at: a project year, a centre, an activity, a buddy, a collaboration group with a seat and a meeting, a referral; all
 * created through the API with bodies built from the contract.
 */
final class Setup {

    final String admin = "rel-admin-" + UUID.randomUUID();
    final String caseSystem = "rel-case-" + UUID.randomUUID();
    final String auditor = "rel-auditor-" + UUID.randomUUID();
    final List<String> warnings = new ArrayList<>();
    private final Map<String, String> ids = new LinkedHashMap<>();
    private Service service;
    private Contract contract;

    void writeKeys(Path file) throws Exception {
        Files.writeString(
                file,
                key("rel-admin", admin, "PROGRAMME_ADMIN", "\"*\"")
                        + key("nexus-kolding", caseSystem, "CASE_SYSTEM", "\"621\"")
                        + key("rel-auditor", auditor, "AUDITOR", "\"*\""));
    }

    Map<Key, String> keys() {
        return Map.of(Key.ADMIN, admin, Key.CASE_SYSTEM, caseSystem, Key.WRONG, "samvaer-wrong-" + UUID.randomUUID());
    }

    /** Creates the resources (once per store; a warning, not a failure, if one cannot be created). */
    void create(Service service, Contract contract) throws Exception {
        this.service = service;
        this.contract = contract;
        post("/api/v1/project-years", "CreateProjectYearRequest", null, body -> body.put("year", 2025));
        post("/api/v1/centres", "RegisterCentreRequest", "centreId", body -> {});
        post("/api/v1/activities", "PlanActivityRequest", "activityId", body -> {});
        post("/api/v1/buddies", "EnrolRequest", "buddyId", body -> {});
        post("/api/v1/collaboration-groups", "CreateGroupRequest", "groupId", body -> {});
        if (ids.containsKey("groupId")) {
            String group = "/api/v1/collaboration-groups/" + ids.get("groupId");
            post(group + "/members", "SeatRequest", "seatId", body -> {});
            post(group + "/meetings", "ScheduleRequest", "meetingId", body -> {});
        }
        post("/api/v1/referrals", "ReferralRequest", "referralId", body -> body.put("externalId", "setup-referral"));
    }

    private void post(String path, String schema, String idName, java.util.function.Consumer<ObjectNode> adjust)
            throws Exception {
        ObjectNode body =
                (ObjectNode) contract.validBody(Map.of("$ref", "#/components/schemas/" + schema), "", this::idFor);
        adjust.accept(body);
        Service.Response response =
                service.post(path, admin, body.toString(), Map.of("X-Correlation-Id", "setup-" + schema));
        if (response.status() != 201 && response.status() != 200) {
            warnings.add("setup: POST " + path + " answered " + response.status() + ": "
                    + response.body().substring(0, Math.min(300, response.body().length())));
            return;
        }
        if (idName != null) {
            JsonNode answer = Contract.JSON.readTree(response.body());
            ids.put(idName, answer.path("id").asString());
        }
    }

    /** The id of a created resource for a body field of that name; null (absent) for optional unknown ones. */
    String idFor(String field) {
        return switch (field) {
            case "centreId", "activityId", "buddyId", "referralId" -> ids.get(field);
            default -> ids.getOrDefault(field, Contract.randomishUuid(field.hashCode()));
        };
    }

    /** A path template with the created resources' ids ({year} is the project year 2025). */
    String fillPath(String template) {
        String[] parts = template.split("/");
        String resource = parts.length > 3 ? parts[3] : "";
        String id =
                switch (resource) {
                    case "activities" -> ids.get("activityId");
                    case "buddies" -> ids.get("buddyId");
                    case "collaboration-groups" -> ids.get("groupId");
                    case "referrals" -> ids.get("referralId");
                    case "centres" -> ids.get("centreId");
                    default -> null;
                };
        String filled = template.replace("{year}", "2025");
        if (id != null) {
            filled = filled.replace("{id}", id);
        }
        if (ids.containsKey("meetingId")) {
            filled = filled.replace("{meetingId}", ids.get("meetingId"));
        }
        if (ids.containsKey("seatId")) {
            filled = filled.replace("{seatId}", ids.get("seatId"));
        }
        return filled;
    }

    /** The event store's head position, from the readiness details (public, no key needed). */
    long head() throws Exception {
        JsonNode readiness = Contract.JSON.readTree(
                service.get("/actuator/health/readiness", null).body());
        return readiness
                .path("components")
                .path("processors")
                .path("details")
                .path("head")
                .asLong();
    }

    void use(Service service) {
        this.service = service;
    }

    private static String key(String name, String key, String role, String municipalities) throws Exception {
        String digest = HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        return "- name: " + name + "\n  sha256: \"" + digest + "\"\n  roles: [" + role + "]\n  municipalities: ["
                + municipalities + "]\n";
    }
}
