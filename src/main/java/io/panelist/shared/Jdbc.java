package io.panelist.shared;

import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Plain JDBC for the few statements a repository cannot say as well (SQL built from the filters given, several
 * statements in one round trip, columns read by position on a hot path). Each runs on the connection of the caller's
 * transaction or {@code @Connectable} scope, which closes it; a failure becomes a {@link DataAccessException}, which
 * answers like any other database refusal. Outside the benchmark, the one class that touches the data source.
 */
@Singleton
public class Jdbc {
    private static final Map<Class<?>, String> SQL_ARRAY_TYPES = Map.of(UUID[].class, "uuid", Long[].class, "bigint",
            String[].class, "text", Double[].class, "float8", Integer[].class, "integer", byte[][].class, "bytea");

    private final DataSource dataSource;

    Jdbc(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** What to do with a prepared statement whose parameters are bound. */
    @FunctionalInterface
    public interface Work<T> {
        T on(PreparedStatement statement) throws SQLException;
    }

    /** What to read from the rows of a query. */
    @FunctionalInterface
    public interface Rows<T> {
        T read(ResultSet rows) throws SQLException;
    }

    /**
     * Runs a query and reads its rows.
     *
     * @param what what the statement does, for the failure: "Could not " + what
     */
    public <T> T query(String what, String sql, List<?> parameters, Rows<T> rows) {
        return withStatement(what, sql, parameters, statement -> {
            try (ResultSet answer = statement.executeQuery()) {
                return rows.read(answer);
            }
        });
    }

    /** Runs an insert, update or delete; the number of rows it changed. */
    public int update(String what, String sql, List<?> parameters) {
        return withStatement(what, sql, parameters, PreparedStatement::executeUpdate);
    }

    /**
     * Prepares the SQL, binds the parameters in order and hands the statement over. A parameter is anything
     * {@link PreparedStatement#setObject(int, Object)} takes, or an array of uuids, longs, strings, doubles, integers
     * or byte strings, bound as an SQL array of that type.
     */
    public <T> T withStatement(String what, String sql, List<?> parameters, Work<T> work) {
        try {
            // the caller's connection: not closed here, its transaction or @Connectable scope closes it
            Connection connection = dataSource.getConnection();
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < parameters.size(); i++) {
                    statement.setObject(i + 1, parameters.get(i) instanceof Object[] values
                            ? connection.createArrayOf(SQL_ARRAY_TYPES.get(values.getClass()), values)
                            : parameters.get(i));
                }
                return work.on(statement);
            }
        } catch (SQLException e) {
            throw new DataAccessException("Could not " + what, e);
        }
    }
}
