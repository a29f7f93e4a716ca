package io.panelist.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Every column of the public schema that can hold text (text, varchar, json and their arrays), searched one at a time:
 * where the erasure tests look for what must be gone.
 */
public final class TextColumns {
    private static final String COLUMNS = """
        SELECT c.table_name, c.column_name FROM information_schema.columns c
          JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
         WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE'
           AND (c.data_type IN ('text', 'character varying', 'character', 'json', 'jsonb')
                OR c.udt_name IN ('citext', '_text', '_varchar', '_citext', '_json', '_jsonb'))
        """;

    private TextColumns() {
    }

    /** "table.column" of each text column with a value that contains {@code text}, in any letter case. */
    public static List<String> containing(Connection connection, String text) throws SQLException {
        return matching(connection, "strpos(lower(%s), lower(?)) > 0", text);
    }

    /**
     * "table.column" of each text column with a value for which {@code condition} holds: SQL in which {@code %s}
     * stands for the value as text and {@code ?} for {@code parameter}.
     */
    public static List<String> matching(Connection connection, String condition, String parameter) throws SQLException {
        List<String> holding = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet columns = statement.executeQuery(COLUMNS)) {
            while (columns.next()) {
                String table = columns.getString(1);
                String column = columns.getString(2);
                String value = "CAST(\"" + column + "\" AS text)";
                try (PreparedStatement search = connection.prepareStatement("SELECT EXISTS (SELECT 1 FROM public.\""
                        + table + "\" WHERE " + condition.formatted(value) + ")")) {
                    search.setString(1, parameter);
                    try (ResultSet found = search.executeQuery()) {
                        found.next();
                        if (found.getBoolean(1)) {
                            holding.add(table + "." + column);
                        }
                    }
                }
            }
        }
        return holding;
    }
}
