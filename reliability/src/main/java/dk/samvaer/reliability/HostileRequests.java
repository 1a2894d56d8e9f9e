package dk.samvaer.reliability;

import dk.samvaer.reliability.Contract.Field;
import dk.samvaer.reliability.Contract.Operation;
import dk.samvaer.reliability.Contract.Parameter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Generates hostile request number {@code index} of a run from the contract: an operation (every write operation and
 * every operation with query parameters), a mutation of a valid request to it, and its details, all drawn by jqwik's
 * generators from a {@link Draw} seeded by {@code (seed, index)}.
 */
final class HostileRequests {

    /** Who sends it. */
    enum Key {
        ADMIN,
        CASE_SYSTEM,
        WRONG,
        NONE,
        BEARER_GARBAGE
    }

    /** A generated request; {@code raw} ones go over a plain socket, exactly as written. */
    record Request(
            long index,
            String operation,
            String mutation,
            String method,
            String target,
            List<String[]> headers,
            byte[] body,
            Key key,
            boolean raw,
            String rawRequestLine) {

        String summary() {
            String text = new String(body, StandardCharsets.UTF_8);
            String shown = text.length() > 300 ? text.substring(0, 300) + "…(" + body.length + " bytes)" : text;
            String headerText = headers.stream()
                    .filter(h -> !h[0].equalsIgnoreCase("X-Correlation-Id"))
                    .map(h -> h[0] + ": " + (h[1].length() > 80 ? h[1].substring(0, 80) + "…" : h[1]))
                    .collect(Collectors.joining("; "));
            return (rawRequestLine != null ? rawRequestLine : method + " " + abbreviate(target)) + " [key " + key
                    + "] [" + headerText + "] " + escape(shown);
        }

        private static String abbreviate(String text) {
            return text.length() > 300 ? text.substring(0, 300) + "…(" + text.length() + " chars)" : text;
        }
    }

    static final List<String> BODY_MUTATIONS = List.of(
            "valid control",
            "wrong type",
            "number for string",
            "huge or non-finite number",
            "enum mangled",
            "date mangled",
            "CPR in a string field",
            "CPR as a number",
            "overlong string",
            "deep nesting",
            "truncated JSON",
            "duplicate key",
            "missing field",
            "extra field",
            "not an object",
            "wrong Content-Type",
            "unnormalised path",
            "bad path parameter",
            "bad query parameter",
            "wrong method",
            "wrong key",
            "bad header",
            "malformed request line");

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<String> HUGE_NUMBERS = List.of(
            "1e309",
            "-1e309",
            "-0",
            "-0.0",
            "1e-400",
            "9223372036854775808",
            "-9223372036854775809",
            "2147483648",
            "-2147483649",
            "123456789012345678901234567890",
            "1.0000000000000000000000001",
            "NaN",
            "Infinity",
            "-Infinity",
            "0x10",
            "1_000",
            "+1",
            ".5",
            "1.",
            "01");
    private static final List<String> BAD_DATES = List.of(
            "9999-12-31",
            "0000-01-01",
            "+999999999-12-31",
            "-999999999-01-01",
            "2025-02-30",
            "2025-13-01",
            "2025-5-1",
            "01-05-2025",
            "2025-05-01T10:00:00Z",
            "2025-05-01 ",
            " 2025-05-01",
            "2025-05-01\u0000",
            "",
            "today",
            "2025-W18-4",
            "20250501");
    private static final List<String> CONTENT_TYPES = List.of(
            "*/*",
            "text/plain",
            "application/xml",
            "application/x-www-form-urlencoded",
            "multipart/form-data; boundary=x",
            "application/json; charset=ISO-8859-1",
            "application/json; charset=UTF-16",
            "application/json; charset=nonsense",
            "application/problem+json",
            "application/merge-patch+json",
            "application/*",
            "application",
            ";;;",
            "application/json, text/plain",
            "APPLICATION/JSON",
            "");
    private static final List<String> PATH_MANGLES = List.of(
            "percent-encoded letter",
            "dot segment",
            "double slash",
            "dot-dot-semicolon",
            "trailing slash",
            "matrix parameter",
            "upper case",
            "encoded slash",
            "encoded dot-dot",
            "NUL byte",
            "backslash",
            "absolute form");
    private static final List<String> WRONG_METHODS =
            List.of("PUT", "PATCH", "DELETE", "POST", "GET", "OPTIONS", "TRACE", "FOO", "post", "CONNECT");

    private final Contract contract;
    private final List<Operation> targets;
    private final Function<String, String> ids;
    private final Function<String, String> pathFiller;
    private final long seed;

    HostileRequests(Contract contract, Function<String, String> ids, Function<String, String> pathFiller, long seed) {
        this.contract = contract;
        this.ids = ids;
        this.pathFiller = pathFiller;
        this.seed = seed;
        List<Operation> all = new ArrayList<>(contract.writes());
        contract.withQueryParameters().stream().filter(o -> !all.contains(o)).forEach(all::add);
        this.targets = List.copyOf(all);
    }

    List<Operation> targets() {
        return targets;
    }

    String correlationId(long index) {
        return "rel-" + Long.toString(seed, 36) + "-" + Long.toString(index, 36);
    }

    /**
     * jqwik's generators keep their state in a session bound to a thread: every request is generated on one thread of
     * the generator's own, where a session is open.
     */
    private static final java.util.concurrent.ExecutorService JQWIK =
            java.util.concurrent.Executors.newSingleThreadExecutor(runnable -> {
                Thread thread = new Thread(runnable, "jqwik-session");
                thread.setDaemon(true);
                return thread;
            });

    static {
        JQWIK.execute(net.jqwik.api.sessions.JqwikSession::start);
    }

    Request generate(long index) {
        try {
            return JQWIK.submit(() -> generateInSession(index)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("request " + index + " could not be generated", e.getCause());
        }
    }

    private Request generateInSession(long index) {
        Draw draw = new Draw(seed, index);
        Operation op = targets.get((int) (index % targets.size()));
        // every operation in turn, so that each gets the same share; the rest is drawn
        List<String> mutations = op.write()
                ? BODY_MUTATIONS
                : List.of("bad query parameter", "CPR in a query parameter", "unnormalised path", "wrong key");
        String mutation = draw.of(mutations);
        if (op.path().equals("/api/v1/audit/rebuild") && !mutation.equals("wrong key")) {
            // a valid rebuild resets every projection; it is sent only with keys that may not call it
            mutation = "wrong key";
        }
        Builder b = new Builder(index, op, mutation, draw);
        b.build();
        return b.toRequest();
    }

    /** Builds one request: the valid one first, then the mutation. */
    private final class Builder {
        final long index;
        final Operation op;
        String mutation;
        final Draw draw;
        String method;
        String path;
        String query = "";
        final List<String[]> headers = new ArrayList<>();
        JsonNode json;
        String text;
        byte[] bytes;
        Key key = Key.ADMIN;
        boolean raw;
        String rawRequestLine;
        boolean contentTypeSet;

        Builder(long index, Operation op, String mutation, Draw draw) {
            this.index = index;
            this.op = op;
            this.mutation = mutation;
            this.draw = draw;
            this.method = op.method();
            this.path = fillPath(op.path());
            if (op.bodySchema() != null) {
                json = contract.validBody(op.bodySchema(), "", ids);
                uniquify(json);
            }
        }

        /** Gives every externalId / sourceSystem pair a fresh value, so a valid variant is a new fact. */
        private void uniquify(JsonNode node) {
            if (node instanceof ObjectNode object && object.has("externalId")) {
                object.put("externalId", "H-" + Long.toString(seed, 36) + "-" + Long.toString(index, 36));
            }
            if (node instanceof ObjectNode object && object.has("citizenRef")) {
                object.put("citizenRef", "hostile:" + Long.toString(index, 36));
            }
            if (node instanceof ObjectNode object && object.get("items") instanceof ArrayNode items) {
                for (JsonNode item : items) {
                    if (item instanceof ObjectNode o) {
                        o.put("type", "ESCORT");
                        o.put("sourceSystem", "nexus-kolding");
                        o.put("municipalityCode", "621");
                        o.put("escortedOn", "2025-05-01");
                        o.remove(List.of("referralId", "acceptedOn", "arrivedOn", "declinedOn", "expiredOn", "reason"));
                        o.remove("referredOn");
                        uniquify(o);
                    }
                }
            }
        }

        void build() {
            List<Field> fields = op.bodySchema() == null ? List.of() : contract.fields(op.bodySchema());
            switch (mutation) {
                case "valid control" -> {}
                case "wrong type" ->
                    replace(
                            fields,
                            draw.oneOf(
                                    NODES.booleanNode(true),
                                    NODES.objectNode().put("value", "x"),
                                    NODES.arrayNode().add(1).add("two"),
                                    NODES.nullNode(),
                                    NODES.numberNode(draw.anyLong()),
                                    NODES.stringNode(draw.anyText(40))));
                case "number for string" -> replace(stringFields(fields), NODES.numberNode(draw.anyDouble()));
                case "huge or non-finite number" -> literal(fields, draw.of(HUGE_NUMBERS));
                case "enum mangled" -> {
                    List<Field> enums =
                            fields.stream().filter(f -> f.enumValues() != null).toList();
                    if (enums.isEmpty()) {
                        replace(fields, NODES.stringNode("OTHER\u0000"));
                    } else {
                        Field f = draw.of(enums);
                        String value = String.valueOf(draw.of(f.enumValues()));
                        JsonNode mangled = draw.oneOf(
                                NODES.numberNode(draw.below(f.enumValues().size())),
                                NODES.stringNode(" " + value),
                                NODES.stringNode(value + " "),
                                NODES.stringNode(value + "\u0000"),
                                NODES.stringNode(value.toLowerCase()),
                                NODES.stringNode(value + "X"),
                                NODES.stringNode(""),
                                NODES.stringNode("\u0130" + value.substring(1)));
                        set(f.pointer(), mangled);
                    }
                }
                case "date mangled" -> {
                    List<Field> dates = fields.stream()
                            .filter(f -> "date".equals(f.format()) || "date-time".equals(f.format()))
                            .toList();
                    Field f = dates.isEmpty() ? (fields.isEmpty() ? null : draw.of(fields)) : draw.of(dates);
                    JsonNode value = draw.percent(25)
                            ? NODES.numberNode(draw.oneOf(20250501L, 1746057600L, 1746057600000L, -1L, 0L))
                            : NODES.stringNode(draw.of(BAD_DATES));
                    if (f != null) {
                        set(f.pointer(), value);
                    }
                }
                case "CPR in a string field" -> {
                    String cpr = draw.cpr();
                    String value = draw.oneOf(cpr, "borger " + cpr, cpr + " ", "CPR:" + cpr + ".", "\t" + cpr);
                    if (draw.percent(20)) {
                        for (Field f : stringFields(fields)) {
                            set(f.pointer(), NODES.stringNode(value));
                        }
                    } else {
                        replace(stringFields(fields), NODES.stringNode(value));
                    }
                }
                case "CPR as a number" -> {
                    // ten digits as a JSON number (a leading zero is not even JSON), or the hyphenated form bare
                    String cpr = draw.cpr().replace("-", "");
                    literal(
                            fields,
                            draw.oneOf(
                                    cpr,
                                    cpr.replaceFirst("^0", ""),
                                    cpr + ".0",
                                    cpr.substring(0, 6) + "-" + cpr.substring(6)));
                }
                case "overlong string" -> {
                    int length = draw.oneOf(201, 1001, 10_000, 100_000, 1_000_000, 3_000_000);
                    String unit = draw.oneOf("a", "æ", "\uD83D\uDE00", "0");
                    replace(stringFields(fields), NODES.stringNode(unit.repeat(length / unit.length())));
                }
                case "deep nesting" -> {
                    int depth = draw.oneOf(100, 1000, 5000, 20_000, 100_000);
                    boolean arrays = draw.percent(50);
                    String nested = (arrays ? "[" : "{\"a\":").repeat(depth) + "1" + (arrays ? "]" : "}").repeat(depth);
                    literal(fields, nested);
                }
                case "truncated JSON" -> {
                    serialise();
                    text = text.isEmpty() ? "{" : text.substring(0, draw.below(text.length()));
                }
                case "duplicate key" -> {
                    serialise();
                    if (!fields.isEmpty() && text.startsWith("{")) {
                        Field f = draw.of(topLevel(fields));
                        String duplicate = "\"" + f.name() + "\":"
                                + draw.oneOf("\"" + draw.cpr() + "\"", "null", "12", "\"X\"", "{}", "[]");
                        text = draw.percent(50)
                                ? "{" + duplicate + "," + text.substring(1)
                                : text.substring(0, text.length() - 1) + "," + duplicate + "}";
                    }
                }
                case "missing field" -> {
                    if (json instanceof ObjectNode object && !fields.isEmpty()) {
                        if (draw.percent(20)) {
                            object.removeAll();
                        } else {
                            Field f = draw.of(topLevel(fields));
                            object.remove(f.name());
                        }
                    }
                }
                case "extra field" -> {
                    if (json instanceof ObjectNode object) {
                        object.set(
                                draw.oneOf("cpr", "cprNumber", "note", "id", "@type", "__proto__", "", "class"),
                                draw.oneOf(
                                        NODES.stringNode(draw.cpr()),
                                        NODES.stringNode(draw.anyText(30)),
                                        NODES.objectNode().put("nested", draw.cpr()),
                                        NODES.arrayNode().add(draw.cpr())));
                    }
                }
                case "not an object" ->
                    text = draw.oneOf(
                            "",
                            "null",
                            "[]",
                            "\"x\"",
                            "42",
                            "true",
                            "{}",
                            " ",
                            "\uFEFF{}",
                            "{\"a\":1}garbage",
                            "{'a':1}",
                            "<xml/>",
                            "\u0000");
                case "wrong Content-Type" -> {
                    String type = draw.of(CONTENT_TYPES);
                    if (!type.isEmpty()) {
                        headers.add(new String[] {"Content-Type", type});
                    }
                    contentTypeSet = true;
                    if (draw.percent(30)) {
                        mutateString(fields, draw.cpr());
                    }
                }
                case "unnormalised path" -> {
                    raw = true;
                    path = manglePath(draw.of(PATH_MANGLES), path);
                    if (draw.percent(60)) {
                        mutateString(fields, draw.cpr());
                    }
                    if (!op.write()) {
                        query = "?" + op.query().get(0).name() + "=" + draw.cpr();
                    }
                }
                case "bad path parameter" -> {
                    String bad = draw.oneOf(
                            draw.cpr(),
                            "not-a-uuid",
                            "99999999999999999999",
                            "-1",
                            "1e3",
                            "%00",
                            "%zz",
                            "00000000-0000-0000-0000-000000000000",
                            "%20",
                            "..",
                            "x".repeat(5000),
                            "0101901234");
                    if (path.matches(".*/[0-9a-f-]{36}.*") || path.matches(".*/20[0-9]{2}(/.*)?")) {
                        path = path.replaceFirst("/([0-9a-f-]{36}|20[0-9]{2})(?=/|$)", "/" + bad);
                    } else {
                        path = path + "/" + bad;
                    }
                    raw = bad.contains("%") || bad.equals("..");
                }
                case "bad query parameter", "CPR in a query parameter" -> query = badQuery(draw);
                case "wrong method" -> {
                    method = draw.of(WRONG_METHODS);
                    raw = !List.of("PUT", "PATCH", "DELETE", "POST", "GET", "OPTIONS")
                            .contains(method);
                }
                case "wrong key" -> key = draw.oneOf(Key.CASE_SYSTEM, Key.WRONG, Key.NONE, Key.BEARER_GARBAGE);
                case "bad header" -> {
                    String[] header = draw.oneOf(
                            new String[] {"Idempotency-Key", draw.cpr()},
                            new String[] {"Idempotency-Key", "k".repeat(draw.oneOf(65, 256, 5000))},
                            new String[] {"Idempotency-Key", ""},
                            new String[] {"If-Match", draw.oneOf("\"" + draw.cpr() + "\"", "garbage", "*", "W/\"1\"")},
                            new String[] {"Accept", draw.oneOf("text/csv", "application/xml", "*/*;q=x", "image/png")},
                            new String[] {"Accept-Charset", "x-unknown"},
                            new String[] {"Content-Encoding", draw.oneOf("gzip", "br", "identity, gzip")},
                            new String[] {"X-HTTP-Method-Override", "DELETE"},
                            new String[] {"Authorization", "ApiKey " + draw.cpr()});
                    headers.add(header);
                }
                case "malformed request line" -> {
                    raw = true;
                    rawRequestLine = draw.oneOf(
                            method + "  " + path + " HTTP/1.1",
                            method + " " + path + " HTTP/9.9",
                            method + " " + path + " HTTP/1.1 extra",
                            method + " " + path + "?" + draw.cpr() + "=<>{}| HTTP/1.1",
                            method + " " + path + "\u00e6 HTTP/1.1",
                            method + " *" + " HTTP/1.1",
                            method + " " + path + "#fragment HTTP/1.1",
                            method + " " + path + " http/1.1");
                }
                default -> throw new IllegalStateException(mutation);
            }
            if (draw.percent(3) && !mutation.equals("wrong key")) {
                key = draw.oneOf(Key.WRONG, Key.NONE);
            }
        }

        private List<Field> stringFields(List<Field> fields) {
            List<Field> strings =
                    fields.stream().filter(f -> f.type().equals("string")).toList();
            return strings.isEmpty() ? fields : strings;
        }

        private List<Field> topLevel(List<Field> fields) {
            List<Field> top = fields.stream()
                    .filter(f -> f.pointer().lastIndexOf('/') == 0)
                    .toList();
            return top.isEmpty() ? fields : top;
        }

        private void mutateString(List<Field> fields, String value) {
            if (!stringFields(fields).isEmpty()) {
                replace(stringFields(fields), NODES.stringNode(value));
            }
        }

        /** Puts the value at one field drawn from the list (or adds a field when the body has none). */
        private void replace(List<Field> fields, JsonNode value) {
            if (fields.isEmpty()) {
                if (json == null || !(json instanceof ObjectNode)) {
                    json = NODES.objectNode();
                }
                ((ObjectNode) json).set("value", value);
                return;
            }
            set(draw.of(fields).pointer(), value);
        }

        /** Puts a JSON literal that Jackson cannot represent (1e309, -0, deep nesting) at a field, as text. */
        private void literal(List<Field> fields, String literal) {
            String marker = "\"__literal_" + index + "__\"";
            replace(fields, NODES.stringNode(marker.substring(1, marker.length() - 1)));
            serialise();
            text = text.replace(marker, literal);
        }

        private void set(String pointer, JsonNode value) {
            if (json == null) {
                json = NODES.objectNode();
            }
            JsonPointer at = JsonPointer.compile(pointer);
            JsonNode parent = json.at(at.head());
            String last = at.last().getMatchingProperty();
            if (parent instanceof ObjectNode object) {
                object.set(last, value);
            } else if (parent instanceof ArrayNode array) {
                int i = at.last().getMatchingIndex();
                if (i >= 0 && i < array.size()) {
                    array.set(i, value);
                } else {
                    array.add(value);
                }
            } else if (json instanceof ObjectNode object) {
                object.set(pointer.substring(pointer.lastIndexOf('/') + 1), value);
            }
        }

        private void serialise() {
            if (text == null) {
                text = json == null ? "" : Contract.JSON.writeValueAsString(json);
            }
        }

        private String badQuery(Draw draw) {
            List<Parameter> parameters = op.query();
            StringBuilder q = new StringBuilder("?");
            String name = parameters.isEmpty()
                    ? draw.oneOf("note", "municipalityCode", "page")
                    : draw.of(parameters).name();
            String value = draw.oneOf(
                    draw.cpr(),
                    draw.cpr().replace("-", ""),
                    "1e309",
                    "-1",
                    "-0",
                    "99999999999999999999",
                    "2147483648",
                    "0",
                    "NaN",
                    "9999-12-31",
                    "0000-01-01",
                    "2025-02-30",
                    "2025-05-01T10:00:00",
                    "%zz",
                    "%00",
                    "%C3%A6%E2%82%AC",
                    "%FF%FE",
                    "x".repeat(draw.oneOf(100, 5000, 60_000)),
                    "",
                    "TEST%20",
                    "621%00",
                    "+621",
                    "[1,2]",
                    "%2e%2e%2f");
            q.append(name).append('=').append(value);
            if (draw.percent(30)) {
                q.append('&').append(name).append('=').append(draw.oneOf("1", draw.cpr(), "", "x"));
            }
            if (draw.percent(20)) {
                q.append("&unknown").append('=').append(draw.cpr());
            }
            if (draw.percent(10)) {
                q.append('&').append(name);
            }
            raw = value.contains("%") || raw;
            return q.toString();
        }

        private String manglePath(String how, String p) {
            return switch (how) {
                case "percent-encoded letter" -> "/%61pi" + p.substring(4);
                case "dot segment" -> p.replaceFirst("/v1/", "/v1/./");
                case "double slash" -> "/" + p;
                case "dot-dot-semicolon" -> p.replaceFirst("/v1/", "/v1/..;/v1/");
                case "trailing slash" -> p + "/";
                case "matrix parameter" -> p + ";jsessionid=" + draw.cpr();
                case "upper case" -> p.replaceFirst("/api/", "/API/");
                case "encoded slash" -> p.replaceFirst("/v1/", "%2Fv1%2F");
                case "encoded dot-dot" -> p.replaceFirst("/v1/", "/v1/%2e%2e/v1/");
                case "NUL byte" -> p + "%00";
                case "backslash" -> p.replaceFirst("/v1/", "\\\\v1/");
                case "absolute form" -> "http://127.0.0.1:{port}" + p;
                default -> p;
            };
        }

        private String fillPath(String template) {
            String filled = pathFiller.apply(template);
            // any path variable without a known value gets an id that does not exist
            return filled.replaceAll("\\{[A-Za-z]+}", Contract.randomishUuid(index));
        }

        Request toRequest() {
            if (text == null && json != null) {
                serialise();
            }
            bytes = text == null ? new byte[0] : text.getBytes(StandardCharsets.UTF_8);
            if (!contentTypeSet && (op.bodySchema() != null || bytes.length > 0)) {
                headers.add(0, new String[] {"Content-Type", "application/json"});
            }
            headers.add(new String[] {"X-Correlation-Id", correlationId(index)});
            return new Request(
                    index, op.key(), mutation, method, path + query, headers, bytes, key, raw, rawRequestLine);
        }
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> {
            if (c < 0x20 || c == 0x7f || (c >= 0xD800 && c <= 0xDFFF)) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
