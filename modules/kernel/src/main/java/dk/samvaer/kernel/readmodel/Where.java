package dk.samvaer.kernel.readmodel;

import dk.samvaer.kernel.Page;
import dk.samvaer.kernel.Paging;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The {@code WHERE} clause of a list query: optional filters, and the caller's municipality scope ({@code null} for
 * all; an empty scope matches nothing). Values go in as named parameters, never into the SQL text.
 */
public final class Where {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> params = new HashMap<>();
    private boolean matchesNothing;

    /** Rows whose {@code column} is one of the codes; none at all for an empty set; any for {@code null}. */
    public Where inScope(String column, Set<String> municipalityCodes) {
        if (municipalityCodes != null) {
            if (municipalityCodes.isEmpty()) {
                matchesNothing = true;
            } else {
                add(column + " IN (:scope)", "scope", municipalityCodes);
            }
        }
        return this;
    }

    /** {@code column = value}, when the value is given. */
    public Where equal(String column, Object value) {
        return value == null ? this : add(column + " = :" + name(column), name(column), value);
    }

    /** {@code column >= value}, when the value is given. */
    public Where atLeast(String column, Object value) {
        return value == null ? this : add(column + " >= :" + name(column) + "_min", name(column) + "_min", value);
    }

    /** {@code column <= value}, when the value is given. */
    public Where atMost(String column, Object value) {
        return value == null ? this : add(column + " <= :" + name(column) + "_max", name(column) + "_max", value);
    }

    /** Whether the scope excludes every row, so the query need not run. */
    public boolean matchesNothing() {
        return matchesNothing;
    }

    /** The clause with a leading space, or empty when nothing filters. */
    public String sql() {
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    /** The named parameters. */
    public Map<String, Object> params() {
        return params;
    }

    /**
     * One page of {@code SELECT columns FROM table} under this clause, in the given order (which must end in a unique
     * key, so pages neither overlap nor skip), with the total over all pages.
     */
    public <T> Page<T> page(
            JdbcClient jdbc, String columns, String table, String orderBy, Paging paging, RowMapper<T> rows) {
        if (matchesNothing) {
            return paging.empty();
        }
        long total = jdbc.sql("SELECT COUNT(*) FROM " + table + sql())
                .paramSource(params)
                .query(Long.class)
                .single();
        Map<String, Object> withPaging = new HashMap<>(params);
        withPaging.put("limit", paging.size());
        withPaging.put("offset", (long) paging.offset());
        List<T> items = jdbc.sql("SELECT " + columns + " FROM " + table + sql() + " ORDER BY " + orderBy
                        + " LIMIT :limit OFFSET :offset")
                .paramSource(withPaging)
                .query(rows)
                .list();
        return paging.of(items, total);
    }

    private Where add(String condition, String name, Object value) {
        conditions.add(condition);
        params.put(name, value);
        return this;
    }

    private static String name(String column) {
        return column.replaceAll("[^A-Za-z0-9_]", "_");
    }
}
