package io.panelist.recommendation;

import com.fasterxml.jackson.databind.JsonNode;
import io.panelist.recommendation.RecommendationFixtures.Card;
import io.panelist.recommendation.RecommendationFixtures.Hiring;
import io.panelist.recommendation.RecommendationFixtures.Opening;
import io.panelist.recommendation.severity.SeverityJob;
import io.panelist.support.IntegrationTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import static io.panelist.recommendation.RecommendationApiTest.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A ranking reads each application's stored verdict while it was decided on the application's current evidence:
 * PostgreSQL marks the evidence changed on every submission and amendment, in the same transaction, and a verdict
 * decided on an older snapshot is never stored over that mark. A verdict also holds only for the severity estimate
 * and the number of pending scorecards it was decided with.
 */
class StoredVerdictsTest extends IntegrationTest {
    @Inject
    RecommendationFixtures fixtures;
    @Inject
    SeverityJob severityJob;
    Hiring hiring;
    Opening opening;
    UUID hana;
    UUID hanaRound;
    UUID cara;

    @BeforeEach
    void hanaWasScoredAndCaraNotYet() {
        hiring = fixtures.hiring(api);
        opening = hiring.opening("Backend Engineer", hiring.manager);
        hana = hiring.applicant(opening, "Hana Ito");
        hanaRound = hiring.interview(hana, opening.technicalStageId(), hiring.ana, hiring.ben);
        hiring.submit(hanaRound, hiring.ana, Card.of("STRONG_YES", "security", 4, "testing", 4));
        hiring.submit(hanaRound, hiring.ben, Card.of("STRONG_YES", "security", 4, "testing", 4));
        cara = hiring.applicant(opening, "Cara Cole");
    }

    @Test
    void aRankingStoresEachVerdictForTheEvidenceVersionItWasDecidedOn() {
        // two submissions marked Hana's evidence twice; nothing was ever submitted for Cara
        assertThat(stored(hana)).isEqualTo(new Row(2, null, null, null, null, null));
        assertThat(stored(cara)).isNull();

        rank();

        assertThat(stored(hana)).isEqualTo(new Row(2, 2L, "STRONG_HIRE", 4.0, "HIGH", 0));
        assertThat(stored(cara)).isEqualTo(new Row(0, 0L, "INSUFFICIENT_EVIDENCE", null, "LOW", 0));
        assertThat(count("SELECT computed_version FROM application_tallies WHERE application_id = '" + hana + "'"))
                .isEqualTo(2);
        assertThat(count("SELECT count(*) FROM application_tallies WHERE application_id = '" + cara + "'")).isOne();
    }

    @Test
    void anAmendmentMarksTheVerdictOutOfDateAndTheNextRankingDecidesAfresh() {
        rank();
        hiring.amend(hanaRound, hiring.ana, Card.of("STRONG_NO", "security", 1, "testing", 1));

        assertThat(version(hana)).isEqualTo(3);
        assertThat(stored(hana).computedVersion()).isEqualTo(2L);
        JsonNode ranking = rank();

        assertThat(item(ranking, hana).get("outcome").asText()).isEqualTo("NO_HIRE");
        assertThat(item(ranking, hana).get("overallScore").asDouble()).isEqualTo(2.5);
        assertThat(stored(hana).computedVersion()).isEqualTo(3L);
        assertThat(stored(hana).outcome()).isEqualTo("NO_HIRE");
    }

    @Test
    void savingADraftLeavesTheVerdictCurrent() {
        UUID design = hiring.interview(hana, opening.designStageId(), hiring.cleo);
        rank();

        hiring.save(design, hiring.cleo, Card.of("NO", "security", 2));

        assertThat(version(hana)).isEqualTo(2);
        assertThat(stored(hana).computedVersion()).isEqualTo(2L);
        assertThat(item(rank(), hana).get("outcome").asText()).isEqualTo("STRONG_HIRE");
    }

    @Test
    void aNewSeverityEstimateMakesTheNextRankingDecideAfresh() {
        rank();
        assertThat(count("SELECT count(*) FROM application_verdicts WHERE estimate_id IS NULL AND application_id = '"
                + hana + "'")).as("decided before any estimate").isOne();

        severityJob.reestimate();
        assertThat(storedWithTheEstimateInForce(hana)).isFalse();
        rank();

        assertThat(storedWithTheEstimateInForce(hana)).isTrue();
        assertThat(stored(hana).computedVersion()).isEqualTo(2L);
    }

    @Test
    void aRoundStillToBeScoredTakesHighConfidenceAwayUntilItIsScored() {
        assertThat(item(rank(), hana).get("confidence").asText()).isEqualTo("HIGH");

        UUID design = hiring.interview(hana, opening.designStageId(), hiring.cleo);

        assertThat(version(hana)).as("no scorecard changed").isEqualTo(2);
        JsonNode ranked = item(rank(), hana);
        assertThat(ranked.get("outcome").asText()).isEqualTo("STRONG_HIRE");
        assertThat(ranked.get("confidence").asText()).isEqualTo("MEDIUM");
        assertThat(stored(hana).confidence()).as("kept as if nothing were pending").isEqualTo("HIGH");

        hiring.submit(design, hiring.cleo, Card.of("STRONG_YES", "security", 4));
        assertThat(item(rank(), hana).get("confidence").asText()).isEqualTo("HIGH");
    }

    @Test
    void aVerdictDecidedOnOlderEvidenceIsNotStoredOverANewerSubmission() throws SQLException {
        UUID caraRound = hiring.interview(cara, opening.technicalStageId(), hiring.ana);
        // a ranking read Cara with no evidence (version 0); Ana submitted before it stored what it decided
        hiring.submit(caraRound, hiring.ana, Card.of("NO", "security", 2, "testing", 2));
        storeAsARankingWould(cara, 0, "INSUFFICIENT_EVIDENCE");
        // and one that read Hana at version 1 stores after her second submission
        storeAsARankingWould(hana, 1, "HIRE");

        assertThat(stored(cara)).isEqualTo(new Row(1, null, null, null, null, null));
        assertThat(stored(hana)).isEqualTo(new Row(2, null, null, null, null, null));
        JsonNode ranking = rank();
        assertThat(item(ranking, cara).get("outcome").asText()).isEqualTo("NO_HIRE");
        assertThat(item(ranking, hana).get("outcome").asText()).isEqualTo("STRONG_HIRE");
    }

    @Test
    void theDatabaseRefusesAVerdictAheadOfItsEvidenceOrOnlyPartlyThere() throws SQLException {
        rank();
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            assertThatThrownBy(() -> statement.executeUpdate(
                    "UPDATE application_verdicts SET computed_version = evidence_version + 1 WHERE application_id = '"
                            + hana + "'")).hasMessageContaining("violates check constraint");
            assertThatThrownBy(() -> statement.executeUpdate(
                    "UPDATE application_verdicts SET outcome = NULL WHERE application_id = '" + hana + "'"))
                    .hasMessageContaining("violates check constraint");
            assertThatThrownBy(() -> statement.executeUpdate(
                    "UPDATE application_verdicts SET overall_score = 4.5 WHERE application_id = '" + hana + "'"))
                    .hasMessageContaining("violates check constraint");
            assertThatThrownBy(() -> statement.executeUpdate(
                    "INSERT INTO application_tallies VALUES ('" + UUID.randomUUID() + "', 0, '\\x01000000')"))
                    .hasMessageContaining("violates foreign key constraint");
        }
        assertThat(stored(hana).outcome()).isEqualTo("STRONG_HIRE");
    }

    @Test
    void aRecommendationReadsTheTallyKeptWithACurrentVerdictAndSumsTheScoresOnceTheyChange() throws SQLException {
        rank();
        // what the tally kept says, not what the scorecards say, shows while the verdict is current
        ScoreTally kept = new ScoreTally();
        kept.scorecard(UUID.randomUUID(), "NO", opening.technicalStageId(), hiring.ana, true).score(topic("security"), 1);
        keep(hana, kept);

        JsonNode fromKept = recommendation(hana);
        assertThat(fromKept.get("scorecardsSubmitted").asInt()).isEqualTo(1);
        assertThat(fromKept.get("votes").get("NO").asInt()).isEqualTo(1);

        hiring.amend(hanaRound, hiring.ana, Card.of("STRONG_NO", "security", 1, "testing", 1));

        JsonNode summed = recommendation(hana);
        assertThat(summed.get("scorecardsSubmitted").asInt()).isEqualTo(2);
        assertThat(summed.get("votes").get("STRONG_NO").asInt()).isEqualTo(1);
        assertThat(summed.get("votes").get("STRONG_YES").asInt()).isEqualTo(1);
        assertThat(summed.get("overallScore").asDouble()).isEqualTo(2.5);
    }

    @Test
    void aRecommendationWithNothingKeptOrSubmittedShowsNoEvidence() {
        JsonNode none = recommendation(cara);

        assertThat(none.get("outcome").asText()).isEqualTo("INSUFFICIENT_EVIDENCE");
        assertThat(none.get("scorecardsSubmitted").asInt()).isZero();
        rank();
        assertThat(recommendation(cara)).isEqualTo(none);
        assertThat(recommendation(hana).get("outcome").asText()).isEqualTo("STRONG_HIRE");
    }

    record Row(long evidenceVersion, Long computedVersion, String outcome, Double overallScore, String confidence,
               Integer flagCount) {
    }

    private JsonNode rank() {
        return ok(api.get("/api/v1/positions/" + opening.positionId() + "/ranking", hiring.token(hiring.manager)));
    }

    private JsonNode recommendation(UUID application) {
        return ok(api.get("/api/v1/applications/" + application + "/recommendation", hiring.token(hiring.manager)));
    }

    private UUID topic(String key) throws SQLException {
        try (Connection connection = connect();
             PreparedStatement statement = connection.prepareStatement("SELECT id FROM topics WHERE key = ?")) {
            statement.setString(1, key);
            try (ResultSet rs = statement.executeQuery()) {
                assertThat(rs.next()).isTrue();
                return rs.getObject(1, UUID.class);
            }
        }
    }

    private void keep(UUID application, ScoreTally tally) throws SQLException {
        try (Connection connection = connect(); PreparedStatement statement = connection.prepareStatement(
                "UPDATE application_tallies SET tally = ? WHERE application_id = ?")) {
            statement.setBytes(1, tally.toBytes());
            statement.setObject(2, application);
            assertThat(statement.executeUpdate()).isOne();
        }
    }

    private static JsonNode item(JsonNode ranking, UUID application) {
        for (JsonNode item : ranking) {
            if (item.get("applicationId").asText().equals(application.toString())) {
                return item;
            }
        }
        throw new AssertionError("not ranked: " + application);
    }

    private Row stored(UUID application) {
        try (Connection connection = connect(); PreparedStatement statement = connection.prepareStatement("""
                SELECT evidence_version, computed_version, outcome, overall_score, confidence, flag_count
                  FROM application_verdicts WHERE application_id = ?""")) {
            statement.setObject(1, application);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() ? new Row(rs.getLong(1), rs.getObject(2, Long.class), rs.getString(3),
                        rs.getObject(4, Double.class), rs.getString(5), rs.getObject(6, Integer.class)) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether the stored verdict was decided with the estimate in force (none, before the first). */
    private Boolean storedWithTheEstimateInForce(UUID application) {
        try (Connection connection = connect(); PreparedStatement statement = connection.prepareStatement("""
                SELECT v.estimate_id IS NOT DISTINCT FROM se.estimate_id FROM application_verdicts v
                  LEFT JOIN severity_estimate se ON true WHERE v.application_id = ?""")) {
            statement.setObject(1, application);
            try (ResultSet rs = statement.executeQuery()) {
                assertThat(rs.next()).isTrue();
                return rs.getObject(1, Boolean.class);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private long version(UUID application) {
        return count("SELECT COALESCE(max(evidence_version), 0) FROM application_verdicts WHERE application_id = '"
                + application + "'");
    }

    /** The statement a ranking stores its verdicts with, for a verdict decided on the given evidence version. */
    private void storeAsARankingWould(UUID application, long version, String outcome) throws SQLException {
        try (Connection connection = connect();
             PreparedStatement statement = connection.prepareStatement(EvidenceSql.STORE_VERDICTS)) {
            statement.setArray(1, connection.createArrayOf("uuid", new UUID[]{application}));
            statement.setArray(2, connection.createArrayOf("bigint", new Long[]{version}));
            statement.setArray(3, connection.createArrayOf("text", new String[]{outcome}));
            statement.setArray(4, connection.createArrayOf("float8", new Double[]{null}));
            statement.setArray(5, connection.createArrayOf("text", new String[]{"LOW"}));
            statement.setArray(6, connection.createArrayOf("integer", new Integer[]{0}));
            statement.setArray(7, connection.createArrayOf("bytea", new byte[][]{new ScoreTally().toBytes()}));
            statement.setArray(8, connection.createArrayOf("uuid", new UUID[]{null}));
            assertThat(statement.executeUpdate()).isZero();
        }
    }
}
