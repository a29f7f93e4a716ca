package io.panelist.recommendation;

import com.fasterxml.jackson.databind.JsonNode;
import io.panelist.recommendation.RecommendationFixtures.Hiring;
import io.panelist.recommendation.RecommendationFixtures.Opening;
import io.panelist.support.IntegrationTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import static io.panelist.recommendation.RecommendationApiTest.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A published plan's kit is kept in memory between requests (plans.PublishedKits), yet every answer built from it
 * shows the question bank as it is now: a renamed topic shows on the very next read.
 */
class KeptKitsTest extends IntegrationTest {
    @Inject
    RecommendationFixtures fixtures;
    Hiring hiring;
    UUID round;

    @BeforeEach
    void anaHasAScorecardToFill() {
        hiring = fixtures.hiring(api);
        Opening opening = hiring.opening("Backend Engineer", hiring.manager);
        round = hiring.interview(hiring.applicant(opening, "Hana Ito"), opening.technicalStageId(), hiring.ana);
    }

    @Test
    void aTopicRenamedAfterTheKitWasKeptShowsOnTheNextRead() throws SQLException {
        assertThat(topicNames(scorecard())).containsExactly("security", "testing");
        assertThat(topicNames(scorecard())).containsExactly("security", "testing");

        String[] security = row("SELECT id, version FROM topics WHERE key = 'security'");
        ok(api.call("PUT", "/api/v1/topics/" + security[0]).token(hiring.token(hiring.admin))
                .header("If-Match", "\"" + security[1] + "\"").json(Map.of("key", "security",
                        "name", "Security and privacy", "description", "What security covers.",
                        "anchors", IntStream.rangeClosed(1, 4).mapToObj(s -> Map.of("score", s,
                                "descriptor", "security at level " + s)).toList())).send());

        assertThat(topicNames(scorecard())).containsExactly("Security and privacy", "testing");
    }

    @Test
    void theDatabaseRefusesToChangeATopicKey() throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            assertThatThrownBy(() -> statement.executeUpdate("UPDATE topics SET key = 'safety' WHERE key = 'security'"))
                    .hasMessageContaining("cannot change");
        }
        assertThat(count("SELECT count(*) FROM topics WHERE key = 'security'")).isOne();
    }

    private JsonNode scorecard() {
        return ok(api.get("/api/v1/interviews/" + round + "/scorecard", hiring.token(hiring.ana)));
    }

    private static java.util.List<String> topicNames(JsonNode scorecard) {
        java.util.List<String> names = new java.util.ArrayList<>();
        scorecard.get("topics").forEach(t -> names.add(t.get("name").asText()));
        return names;
    }

    private static String[] row(String sql) throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return new String[]{rs.getString(1), rs.getString(2)};
        }
    }
}
