package io.panelist.shared.erasure;

import io.panelist.support.TestDatabase;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The filter PostgreSQL applies before Java looks (the erasure reads only the rows it matches), on a real PostgreSQL:
 * it must match every text that mentions the person, as text and inside jsonb, whatever the database's locale.
 */
class PostgresFilterTest {
    private final PersonMentions zoe = PersonMentions.of(Zoe.PERSON, "Erased candidate");

    @Test
    void theFilterMatchesEveryMentionInTextAndInJsonb() throws SQLException {
        try (Connection connection = connect(); PreparedStatement matches = connection.prepareStatement(
                "SELECT ? ~ ?, CAST(CAST(? AS jsonb) AS text) ~ ?")) {
            for (String mention : Zoe.MENTIONS) {
                String text = "Notes: " + mention + " said hi.";
                matches.setString(1, text);
                matches.setString(2, zoe.postgresFilter());
                matches.setString(3, "{\"note\": \"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}");
                matches.setString(4, zoe.postgresFilter());
                try (ResultSet answer = matches.executeQuery()) {
                    answer.next();
                    assertThat(answer.getBoolean(1)).as("text: " + mention).isTrue();
                    assertThat(answer.getBoolean(2)).as("jsonb: " + mention).isTrue();
                }
            }
        }
    }

    @Test
    void theFilterLeavesOutTextsWithNothingLikeHer() throws SQLException {
        try (Connection connection = connect(); PreparedStatement matches = connection.prepareStatement("SELECT ? ~ ?")) {
            for (String text : List.of("Strong on SQL; hire.", "Annual planning with Yan Example, +49 30 1111111.")) {
                matches.setString(1, text);
                matches.setString(2, zoe.postgresFilter());
                try (ResultSet answer = matches.executeQuery()) {
                    answer.next();
                    assertThat(answer.getBoolean(1)).as(text).isFalse();
                }
            }
        }
    }

    private static Connection connect() throws SQLException {
        Map<String, String> db = TestDatabase.properties();
        return DriverManager.getConnection(db.get("datasources.default.url"), db.get("datasources.default.username"),
                db.get("datasources.default.password"));
    }
}
