package hadath.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Small JDBC helpers: parameter binding, typed reads of nullable columns, a WHERE builder. */
final class Sql {

    private Sql() {
    }

    /** A row mapper that may throw. */
    interface Rows<T> {
        T map(ResultSet rs) throws SQLException;
    }

    static PreparedStatement prepare(Connection c, String sql, List<?> params) throws SQLException {
        PreparedStatement p = c.prepareStatement(sql);
        bind(p, params);
        return p;
    }

    static void bind(PreparedStatement p, List<?> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            set(p, i + 1, params.get(i));
        }
    }

    static void set(PreparedStatement p, int i, Object v) throws SQLException {
        if (v == null) {
            p.setNull(i, Types.NULL);
        } else if (v instanceof String s) {
            p.setString(i, s);
        } else if (v instanceof Long l) {
            p.setLong(i, l);
        } else if (v instanceof Integer n) {
            p.setInt(i, n);
        } else if (v instanceof Double d) {
            p.setDouble(i, d);
        } else if (v instanceof Boolean b) {
            p.setBoolean(i, b);
        } else if (v instanceof LocalDate d) {
            p.setString(i, d.toString());
        } else {
            throw new IllegalArgumentException("cannot bind " + v.getClass().getName());
        }
    }

    static <T> List<T> list(Connection c, String sql, List<?> params, Rows<T> rows) throws SQLException {
        try (PreparedStatement p = prepare(c, sql, params); ResultSet rs = p.executeQuery()) {
            List<T> out = new ArrayList<>();
            while (rs.next()) {
                out.add(rows.map(rs));
            }
            return out;
        }
    }

    static long count(Connection c, String sql, List<?> params) throws SQLException {
        try (PreparedStatement p = prepare(c, sql, params); ResultSet rs = p.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    static Long longOrNull(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    static Integer intOrNull(ResultSet rs, String column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }

    static Double doubleOrNull(ResultSet rs, String column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? null : v;
    }

    static LocalDate date(ResultSet rs, String column) throws SQLException {
        String v = rs.getString(column);
        return v == null ? null : LocalDate.parse(v);
    }

    /** AND-ed conditions with their parameters, in order. */
    static final class Where {
        private final List<String> clauses = new ArrayList<>();
        final List<Object> params = new ArrayList<>();

        Where and(String clause, Object... values) {
            clauses.add(clause);
            params.addAll(List.of(values));
            return this;
        }

        /** " WHERE a AND b", or "" when there is no condition. */
        String sql() {
            return clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses);
        }

        List<Object> paramsThen(Object... more) {
            List<Object> all = new ArrayList<>(params);
            all.addAll(List.of(more));
            return all;
        }
    }
}
