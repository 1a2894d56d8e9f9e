package dk.samvaer.reliability;

import dk.samvaer.kernel.CprNumbers;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Reads the whole store over JDBC (for H2 only while the service is stopped): every event with its metadata, and every
 * text or binary column of every table, scanned for CPR-shaped values with the service's own rule
 * ({@link CprNumbers}), applied to each JSON value on its own where a column holds JSON.
 */
final class StoreScan {

    /** One stored event: its position, type (simple name), aggregate and the metadata the service recorded. */
    record Event(long position, String type, String aggregate, Map<String, String> metadata) {}

    /** A CPR-shaped value found: where, and the correlation id of the event if it is in one. */
    record Finding(String table, String column, String row, String excerpt, String correlationId) {}

    /** Hex digests (the ledger's chain hashes, pseudonyms): their digit runs are not values anybody entered. */
    private static final Pattern HEX_DIGEST = Pattern.compile("[0-9a-fA-F]{32,128}");

    final List<Event> events = new ArrayList<>();
    final List<Finding> findings = new ArrayList<>();
    long valuesScanned;

    static StoreScan of(Store store) throws Exception {
        StoreScan scan = new StoreScan();
        try (Connection connection = store.connect()) {
            scan.readEvents(connection);
            scan.scanEveryTable(connection);
        }
        return scan;
    }

    private void readEvents(Connection connection) throws Exception {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT global_index, payload_type, aggregate_identifier,"
                        + " meta_data FROM domain_event_entry ORDER BY global_index")) {
            while (rows.next()) {
                Map<String, String> metadata = new java.util.LinkedHashMap<>();
                byte[] meta = rows.getBytes(4);
                if (meta != null) {
                    JsonNode node = Contract.JSON.readTree(meta);
                    node.properties()
                            .forEach(e -> metadata.put(e.getKey(), e.getValue().asString("")));
                }
                String type = rows.getString(2);
                events.add(new Event(
                        rows.getLong(1), type.substring(type.lastIndexOf('.') + 1), rows.getString(3), metadata));
            }
        }
    }

    private void scanEveryTable(Connection connection) throws Exception {
        DatabaseMetaData meta = connection.getMetaData();
        List<String[]> columns = new ArrayList<>();
        try (ResultSet rs = meta.getColumns(null, "public", "%", "%")) {
            while (rs.next()) {
                int type = rs.getInt("DATA_TYPE");
                if (isText(type) || isBinary(type)) {
                    columns.add(new String[] {rs.getString("TABLE_NAME"), rs.getString("COLUMN_NAME")});
                }
            }
        }
        try (ResultSet rs = meta.getTables(null, "public", "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                String table = rs.getString("TABLE_NAME");
                List<String> textColumns = columns.stream()
                        .filter(c -> c[0].equals(table))
                        .map(c -> c[1])
                        .toList();
                if (!textColumns.isEmpty()) {
                    scanTable(connection, table, textColumns);
                }
            }
        }
    }

    private void scanTable(Connection connection, String table, List<String> columns) throws Exception {
        boolean events = table.equals("domain_event_entry");
        String select = "SELECT "
                + String.join(", ", columns.stream().map(c -> "\"" + c + "\"").toList())
                + (events ? ", global_index" : "") + " FROM \"" + table + "\"";
        try (Statement statement = connection.createStatement()) {
            statement.setFetchSize(1000);
            try (ResultSet rows = statement.executeQuery(select)) {
                long row = 0;
                while (rows.next()) {
                    row++;
                    String correlation = null;
                    if (events) {
                        int metaIndex = columns.indexOf("meta_data");
                        byte[] meta = metaIndex < 0 ? null : rows.getBytes(metaIndex + 1);
                        if (meta != null) {
                            correlation = Contract.JSON
                                    .readTree(meta)
                                    .path("correlationId")
                                    .asString(null);
                        }
                    }
                    for (int i = 0; i < columns.size(); i++) {
                        int type = rows.getMetaData().getColumnType(i + 1);
                        String value = isBinary(type) ? bytes(rows.getBytes(i + 1)) : rows.getString(i + 1);
                        if (value != null) {
                            String where = events ? "global_index " + rows.getLong(columns.size() + 1) : "row " + row;
                            scanValue(table, columns.get(i), where, value, correlation);
                        }
                    }
                }
            }
        }
    }

    private static String bytes(byte[] bytes) {
        return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
    }

    /** A JSON column is scanned value by value (so that a UUID stays a UUID); any other text as a whole. */
    private void scanValue(String table, String column, String row, String value, String correlation) {
        String trimmed = value.trim();
        if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
            try {
                scanJson(table, column, row, Contract.JSON.readTree(trimmed), correlation);
                return;
            } catch (RuntimeException notJson) {
                // scanned as text below
            }
        }
        check(table, column, row, value, correlation);
    }

    private void scanJson(String table, String column, String row, JsonNode node, String correlation) {
        if (node.isObject()) {
            node.properties().forEach(e -> {
                check(table, column, row, e.getKey(), correlation);
                scanJson(table, column, row, e.getValue(), correlation);
            });
        } else if (node.isArray()) {
            node.forEach(item -> scanJson(table, column, row, item, correlation));
        } else if (node.isString()) {
            scanValue(table, column, row, node.asString(), correlation);
        } else if (node.isNumber()) {
            check(table, column, row, node.asString(), correlation);
        }
    }

    private void check(String table, String column, String row, String value, String correlation) {
        valuesScanned++;
        if (HEX_DIGEST.matcher(value).matches()) {
            return;
        }
        if (CprNumbers.containsCprShape(value)) {
            findings.add(new Finding(table, column, row, mask(value), correlation));
        }
    }

    /** The finding without the value itself: its digits masked, enough to see where it was. */
    private static String mask(String value) {
        String shown = value.length() > 60 ? value.substring(0, 60) + "…" : value;
        return HostileRequests.escape(shown.replaceAll("(?<=[0-9]{2})[0-9]", "#"));
    }

    private static boolean isText(int type) {
        return type == Types.VARCHAR
                || type == Types.CHAR
                || type == Types.LONGVARCHAR
                || type == Types.CLOB
                || type == Types.NVARCHAR
                || type == Types.NCHAR
                || type == Types.LONGNVARCHAR
                || type == Types.NCLOB
                || type == Types.OTHER;
    }

    private static boolean isBinary(int type) {
        return type == Types.BINARY || type == Types.VARBINARY || type == Types.LONGVARBINARY || type == Types.BLOB;
    }
}
