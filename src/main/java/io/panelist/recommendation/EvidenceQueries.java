package io.panelist.recommendation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Reads {@link EvidenceSql}'s statements in plain JDBC on the caller's transaction, each set in one round trip (the
 * PostgreSQL driver sends statements separated by semicolons together) and every column by position: a position's
 * ranking reads tens of thousands of scores, and mapping rows by column name cost more than running the queries.
 */
@Singleton
class EvidenceQueries {
    private final DataSource dataSource;

    EvidenceQueries(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The application's pinned plan, who manages its position, and whether the viewer awaits their own scorecards. */
    record ApplicationRow(UUID planId, UUID hiringManagerId, boolean awaitsOwnScorecards, int pending) {
    }

    /** An application of the position to rank; withheld: the viewer awaits their own scorecards on it. */
    record RankingRow(UUID applicationId, String candidateName, UUID planId, Instant createdAt,
                      @Nullable String decision, boolean withheld) {
    }

    /** One application: its row, its submitted scores, and the shrunk bias of each interviewer who submitted. */
    record OneApplication(ApplicationRow row, ScoreTally scores, Map<UUID, Double> shrunkBias) {
    }

    /** Every application of a position, their scores by application, and the shrunk biases of their interviewers. */
    record Position(List<RankingRow> rows, Map<UUID, ScoreTally> scores, Map<UUID, Double> shrunkBias) {
    }

    Optional<OneApplication> application(UUID applicationId, UUID viewerId) {
        return inOneRoundTrip(EvidenceSql.APPLICATION, List.of(viewerId, applicationId, applicationId, applicationId),
                answers -> {
                    ResultSet rows = answers.next();
                    Optional<ApplicationRow> row = rows.next() ? Optional.of(new ApplicationRow(
                            rows.getObject(1, UUID.class), rows.getObject(2, UUID.class), rows.getBoolean(3),
                            rows.getInt(4))) : Optional.empty();
                    ScoreTally scores = scores(answers.next()).getOrDefault(applicationId, new ScoreTally());
                    Map<UUID, Double> shrunkBias = shrunkBiases(answers.next());
                    return row.map(found -> new OneApplication(found, scores, shrunkBias));
                });
    }

    Position position(UUID positionId, UUID viewerId) {
        record Read(List<RankingRow> rows, Map<UUID, ScoreTally> scores) {
        }
        Read read = inOneRoundTrip(EvidenceSql.POSITION, List.of(viewerId, positionId, positionId), answers -> {
            ResultSet rows = answers.next();
            List<RankingRow> ranking = new ArrayList<>();
            while (rows.next()) {
                ranking.add(new RankingRow(rows.getObject(1, UUID.class), rows.getString(2),
                        rows.getObject(3, UUID.class), rows.getTimestamp(4).toInstant(), rows.getString(5),
                        rows.getBoolean(6)));
            }
            return new Read(ranking, scores(answers.next()));
        });
        Set<UUID> interviewers = new HashSet<>();
        read.scores().values().forEach(tally -> tally.interviewersInto(interviewers));
        Map<UUID, Double> shrunkBias = interviewers.isEmpty() ? Map.of()
                : inOneRoundTrip(EvidenceSql.INTERVIEWERS_DIFFERENCES, List.of((Object) interviewers.toArray(UUID[]::new)),
                        answers -> shrunkBiases(answers.next()));
        return new Position(read.rows(), read.scores(), shrunkBias);
    }

    private static Map<UUID, ScoreTally> scores(ResultSet rows) throws SQLException {
        Map<UUID, ScoreTally> tallies = new HashMap<>();
        Map<UUID, String> topicKeys = new HashMap<>();
        UUID scorecardId = null;
        ScoreTally.Card card = null;
        while (rows.next()) {
            // a scorecard's rows come one after another: its own columns are read once
            UUID rowScorecard = rows.getObject(2, UUID.class);
            if (!rowScorecard.equals(scorecardId)) {
                scorecardId = rowScorecard;
                card = tallies.computeIfAbsent(rows.getObject(1, UUID.class), k -> new ScoreTally())
                        .scorecard(scorecardId, rows.getString(3), rows.getObject(4, UUID.class),
                                rows.getObject(5, UUID.class));
            }
            int score = rows.getInt(8);
            if (!rows.wasNull()) {
                card.score(topicKey(rows, topicKeys), score);
            }
        }
        return tallies;
    }

    /** The row's topic key, read once per topic: the same few keys come on thousands of rows. */
    private static String topicKey(ResultSet rows, Map<UUID, String> topicKeys) throws SQLException {
        UUID topicId = rows.getObject(6, UUID.class);
        String key = topicKeys.get(topicId);
        if (key == null) {
            key = rows.getString(7);
            topicKeys.put(topicId, key);
        }
        return key;
    }

    private static Map<UUID, Double> shrunkBiases(ResultSet rows) throws SQLException {
        Map<UUID, Double> biases = new HashMap<>();
        while (rows.next()) {
            biases.put(rows.getObject(1, UUID.class), Calibration.shrunkBias(rows.getDouble(3), (int) rows.getLong(2)));
        }
        return Map.copyOf(biases);
    }

    /** The answers of a statement list, one after another. */
    private static final class Answers {
        private final PreparedStatement statement;
        private boolean first = true;

        Answers(PreparedStatement statement) {
            this.statement = statement;
        }

        ResultSet next() throws SQLException {
            if (!(first ? statement.execute() : statement.getMoreResults())) {
                throw new SQLException("A statement of the evidence did not answer with rows");
            }
            first = false;
            return statement.getResultSet();
        }
    }

    private interface Reader<T> {
        T read(Answers answers) throws SQLException;
    }

    /** Parameters are ids, or arrays of them. */
    private <T> T inOneRoundTrip(String sql, List<Object> parameters, Reader<T> reader) {
        try {
            // the transaction's connection: it stays open for the transaction, which closes it
            Connection connection = dataSource.getConnection();
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < parameters.size(); i++) {
                    statement.setObject(i + 1, parameters.get(i) instanceof UUID[] ids
                            ? connection.createArrayOf("uuid", ids) : parameters.get(i));
                }
                return reader.read(new Answers(statement));
            }
        } catch (SQLException e) {
            throw new DataAccessException("Could not read the evidence for a recommendation", e);
        }
    }
}
