package io.panelist.recommendation;

import io.micronaut.core.annotation.Nullable;
import io.panelist.recommendation.policy.Confidence;
import io.panelist.recommendation.policy.Outcome;
import io.panelist.recommendation.policy.RecordFlags;
import io.panelist.recommendation.policy.Severities;
import io.panelist.shared.Jdbc;
import jakarta.inject.Singleton;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Reads and writes {@link EvidenceSql}'s statements in plain JDBC ({@link Jdbc}) on the caller's connection, each set
 * in one round trip (the PostgreSQL driver sends statements separated by semicolons together) and every column by
 * position: a ranking may decide hundreds of verdicts from tens of thousands of scores, and mapping rows by column
 * name cost more than running the queries.
 */
@Singleton
class EvidenceQueries {
    private static final String WHAT = "read or store the evidence for a recommendation";
    private final Jdbc jdbc;

    EvidenceQueries(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The application's pinned plan, who manages its position, whether the viewer awaits their own scorecards, how
     * many are pending, whether its standing decision's evidence changed since, and who amended after seeing the
     * panel.
     */
    record ApplicationRow(UUID planId, UUID hiringManagerId, boolean awaitsOwnScorecards, int pending,
                          boolean decisionStale, List<RecordFlags.PanelSeenAmendment> amendedAfterSeeingPanel) {
        ApplicationRow {
            amendedAfterSeeingPanel = List.copyOf(amendedAfterSeeingPanel);
        }
    }

    /**
     * An application of the position to rank; withheld: the viewer awaits their own scorecards on it. stored: its
     * verdict as if no scorecard were pending, when one was decided on its current evidence version with the severity
     * estimate in force. pending: a scorecard of it is pending (read only where that matters: for a stored HIGH or a
     * verdict to decide again; false otherwise). estimateId: the estimate in force (null: none yet).
     */
    record RankingRow(UUID applicationId, String candidateName, UUID planId, Instant createdAt,
                      @Nullable String decision, boolean withheld, long evidenceVersion,
                      @Nullable VerdictSummary stored, boolean decisionStale, int amendedAfterSeeingPanel,
                      boolean pending, @Nullable UUID estimateId) {
    }

    /** One application: its row, its submitted scores, and the severity estimate in force (null: none yet). */
    record OneApplication(ApplicationRow row, ScoreTally scores, @Nullable UUID estimateId,
                          RecommendationResponse.CalibrationState calibration) {
    }

    Optional<OneApplication> application(UUID applicationId, UUID viewerId) {
        return inOneRoundTrip(EvidenceSql.APPLICATION, List.of(viewerId, applicationId, applicationId, applicationId),
                answers -> {
                    ResultSet rows = answers.next();
                    if (!rows.next()) {
                        return Optional.empty();
                    }
                    ApplicationRow row = new ApplicationRow(rows.getObject(1, UUID.class),
                            rows.getObject(2, UUID.class), rows.getBoolean(3), rows.getInt(4), rows.getBoolean(6),
                            amendments(rows.getArray(7), rows.getArray(8)));
                    UUID estimate = rows.getObject(5, UUID.class);
                    Timestamp asOf = rows.getTimestamp(9);
                    RecommendationResponse.CalibrationState calibration = new RecommendationResponse.CalibrationState(
                            asOf == null ? null : asOf.toInstant(), rows.getBoolean(10));
                    return Optional.of(new OneApplication(row, keptOrRead(answers.next()), estimate, calibration));
                });
    }

    /** The severity estimate in force, with the display names of its interviewers; empty before the first. */
    Optional<InterviewerSeverities.Estimate> severities() {
        return inOneRoundTrip(EvidenceSql.SEVERITIES, List.of(), answers -> {
            ResultSet rows = answers.next();
            UUID estimateId = null;
            double sigma2 = 0;
            Map<UUID, Double> severities = new HashMap<>();
            Map<UUID, String> names = new HashMap<>();
            while (rows.next()) {
                estimateId = rows.getObject(1, UUID.class);
                sigma2 = rows.getDouble(2);
                UUID interviewer = rows.getObject(3, UUID.class);
                if (interviewer != null) {
                    severities.put(interviewer, rows.getDouble(4));
                    names.put(interviewer, rows.getString(5));
                }
            }
            return estimateId == null ? Optional.empty() : Optional.of(new InterviewerSeverities.Estimate(estimateId,
                    new Severities(severities, sigma2), Map.copyOf(names)));
        });
    }

    List<RankingRow> rankingRows(UUID positionId, UUID viewerId) {
        return inOneRoundTrip(EvidenceSql.RANKING, List.of(viewerId, positionId), answers -> {
            ResultSet rows = answers.next();
            List<RankingRow> ranking = new ArrayList<>();
            while (rows.next()) {
                VerdictSummary stored = rows.getBoolean(8) ? new VerdictSummary(Outcome.valueOf(rows.getString(9)),
                        rows.getObject(10, Double.class), Confidence.valueOf(rows.getString(11)), rows.getInt(12))
                        : null;
                ranking.add(new RankingRow(rows.getObject(1, UUID.class), rows.getString(2),
                        rows.getObject(3, UUID.class), rows.getTimestamp(4).toInstant(), rows.getString(5),
                        rows.getBoolean(6), rows.getLong(7), stored, rows.getBoolean(13), rows.getInt(14),
                        rows.getBoolean(15), rows.getObject(16, UUID.class)));
            }
            return ranking;
        });
    }

    /** The submitted scores of the applications, by application; none for an application without any. */
    Map<UUID, ScoreTally> scoresOf(List<UUID> applicationIds) {
        return inOneRoundTrip(EvidenceSql.SCORES_OF_APPLICATIONS,
                List.of((Object) applicationIds.toArray(UUID[]::new)), answers -> scores(answers.next()));
    }

    /**
     * A verdict decided on the given evidence version of its application, from the tally given, with the severity
     * estimate given (null: none), as if no scorecard were pending.
     */
    record DecidedVerdict(UUID applicationId, long evidenceVersion, VerdictSummary verdict, ScoreTally tally,
                          @Nullable UUID estimateId) {
    }

    /** Stores the verdicts in one statement; those whose application's evidence changed since are left out. */
    void storeVerdicts(List<DecidedVerdict> decided) {
        if (decided.isEmpty()) {
            return;
        }
        List<Object> columns = List.of(
                decided.stream().map(DecidedVerdict::applicationId).toArray(UUID[]::new),
                decided.stream().map(DecidedVerdict::evidenceVersion).toArray(Long[]::new),
                decided.stream().map(d -> d.verdict().outcome().name()).toArray(String[]::new),
                decided.stream().map(d -> d.verdict().overallScore()).toArray(Double[]::new),
                decided.stream().map(d -> d.verdict().confidence().name()).toArray(String[]::new),
                decided.stream().map(d -> d.verdict().flagCount()).toArray(Integer[]::new),
                decided.stream().map(d -> d.tally().toBytes()).toArray(byte[][]::new),
                decided.stream().map(DecidedVerdict::estimateId).toArray(UUID[]::new));
        jdbc.update(WHAT, EvidenceSql.STORE_VERDICTS, columns);
    }

    /** Interviewers by id and display name, from two arrays in the same order (both null when none). */
    private static List<RecordFlags.PanelSeenAmendment> amendments(@Nullable Array ids, @Nullable Array names)
            throws SQLException {
        if (ids == null || names == null) {
            return List.of();
        }
        Object[] idValues = (Object[]) ids.getArray();
        Object[] nameValues = (Object[]) names.getArray();
        List<RecordFlags.PanelSeenAmendment> amendments = new ArrayList<>(idValues.length);
        for (int i = 0; i < idValues.length; i++) {
            amendments.add(new RecordFlags.PanelSeenAmendment((UUID) idValues[i], (String) nameValues[i]));
        }
        return amendments;
    }

    private static Map<UUID, ScoreTally> scores(ResultSet rows) throws SQLException {
        ScoreRows tallies = new ScoreRows();
        while (rows.next()) {
            tallies.add(rows);
        }
        return tallies.byApplication;
    }

    /** One application's tally: the one kept with its current verdict, or else summed from its score rows. */
    private static ScoreTally keptOrRead(ResultSet rows) throws SQLException {
        if (!rows.next()) {
            return new ScoreTally();
        }
        byte[] kept = rows.getBytes(9);
        if (kept != null) {
            return ScoreTally.fromBytes(kept);
        }
        ScoreRows tallies = new ScoreRows();
        do {
            tallies.add(rows);
        } while (rows.next());
        return tallies.byApplication.values().iterator().next();
    }

    /** Sums score rows as they come, by application. */
    private static final class ScoreRows {
        final Map<UUID, ScoreTally> byApplication = new HashMap<>();
        private UUID scorecardId;
        private ScoreTally.Card card;

        void add(ResultSet rows) throws SQLException {
            // a scorecard's rows come one after another: its own columns are read once
            UUID rowScorecard = rows.getObject(2, UUID.class);
            if (!rowScorecard.equals(scorecardId)) {
                scorecardId = rowScorecard;
                card = byApplication.computeIfAbsent(rows.getObject(1, UUID.class), k -> new ScoreTally())
                        .scorecard(scorecardId, rows.getString(3), rows.getObject(4, UUID.class),
                                rows.getObject(5, UUID.class), rows.getBoolean(8));
            }
            int score = rows.getInt(7);
            if (!rows.wasNull()) {
                card.score(rows.getObject(6, UUID.class), score);
            }
        }
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
        return jdbc.withStatement(WHAT, sql, parameters, statement -> reader.read(new Answers(statement)));
    }
}
