package io.panelist.recommendation.severity;

import io.micronaut.core.annotation.Nullable;
import io.panelist.shared.Jdbc;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The severity estimate in PostgreSQL (V26): what it must catch up with, the scores it reads, and writing it. */
@Singleton
class SeverityStore {
    /** Any number that no other advisory lock of the schema uses (those hash text, see V7). */
    private static final long JOB_LOCK = 0x5e7e_0026L;
    private static final int FETCH = 10_000;

    static final String PROGRESS = """
        SELECT COALESCE(cs.changes, 0), se.includes_changes
          FROM (SELECT 1) AS one
          LEFT JOIN calibration_stamp cs ON true
          LEFT JOIN severity_estimate se ON true
        """;

    /** Whoever submitted a scorecard: every rater of a score that counts is among them. */
    static final String RATERS = "SELECT DISTINCT sc.panelist_id FROM scorecards sc WHERE sc.status = 'SUBMITTED'";

    /**
     * Every score that counts (DESIGN v2: current values on submitted scorecards of non-trainees; the trainee rule is
     * recommendation.EvidenceSql's), as numbers only: its cell's index (cells numbered in application and topic
     * order), its rater's index in the array bound, and the score. A rater who submitted after the array was read is
     * left out: theirs is a change the estimate does not claim to include (it was counted after the estimate's count).
     */
    static final String SCORES = """
        SELECT dense_rank() OVER (ORDER BY sc.application_id, ts.topic_id) - 1, r.place - 1, ts.score
          FROM scorecards sc
          JOIN topic_scores ts ON ts.scorecard_id = sc.id AND ts.score IS NOT NULL
          JOIN unnest(CAST(? AS uuid[])) WITH ORDINALITY AS r (panelist_id, place) ON r.panelist_id = sc.panelist_id
         WHERE sc.status = 'SUBMITTED'
           AND (sc.panelist_id, ts.topic_id) NOT IN (SELECT q.user_id, q.topic_id FROM interviewer_qualifications q
                                                      WHERE q.level = 'TRAINEE')
        """;

    static final String WRITE = """
        DELETE FROM interviewer_severities;
        INSERT INTO interviewer_severities (interviewer_id, severity, scores)
        SELECT * FROM unnest(CAST(? AS uuid[]), CAST(? AS float8[]), CAST(? AS integer[]));
        INSERT INTO severity_estimate AS se (only_row, estimate_id, includes_changes, estimated_at, scores,
                                             degrees_of_freedom, sigma2)
        VALUES (true, gen_random_uuid(), ?, ?, ?, ?, ?)
        ON CONFLICT (only_row) DO UPDATE
           SET estimate_id = EXCLUDED.estimate_id, includes_changes = EXCLUDED.includes_changes,
               estimated_at = EXCLUDED.estimated_at, scores = EXCLUDED.scores,
               degrees_of_freedom = EXCLUDED.degrees_of_freedom, sigma2 = EXCLUDED.sigma2
        """;

    private final Jdbc jdbc;

    SeverityStore(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether this transaction now holds the job's lock; another instance holding it is not waited for. */
    boolean tryLock() {
        return jdbc.query("lock the severity estimate", "SELECT pg_try_advisory_xact_lock(?)", List.of(JOB_LOCK),
                rows -> rows.next() && rows.getBoolean(1));
    }

    /** How many changes there have been, and how many the stored estimate includes (null: there is none). */
    record Progress(long changes, @Nullable Long included) {
        boolean behind() {
            return included == null || included < changes;
        }
    }

    Progress progress() {
        return jdbc.query("read how far the severity estimate is", PROGRESS, List.of(), rows -> {
            rows.next();
            long changes = rows.getLong(1);
            long included = rows.getLong(2);
            return new Progress(changes, rows.wasNull() ? null : included);
        });
    }

    /** The scores, with the id of each rater index. */
    record Input(SeverityEstimator.Scores scores, List<UUID> raters, int[] scoresByRater) {
    }

    /**
     * Reads every score that counts in one query, a batch of rows at a time, after the raters in another (a few
     * hundred ids); within the caller's transaction. Rows carry numbers only: no id is parsed per score.
     */
    Input scores() {
        List<UUID> raters = jdbc.query("read the raters for the severity estimate", RATERS, List.of(), rows -> {
            List<UUID> ids = new ArrayList<>();
            while (rows.next()) {
                ids.add(rows.getObject(1, UUID.class));
            }
            return ids;
        });
        int[] counts = new int[raters.size()];
        SeverityEstimator.Scores scores = jdbc.withStatement("read the scores for the severity estimate", SCORES,
                List.of((Object) raters.toArray(UUID[]::new)), statement -> {
                    statement.setFetchSize(FETCH);
                    SeverityEstimator.Scores read = new SeverityEstimator.Scores();
                    try (ResultSet rows = statement.executeQuery()) {
                        while (rows.next()) {
                            int rater = rows.getInt(2);
                            counts[rater]++;
                            read.add(rows.getInt(1), rater, rows.getInt(3));
                        }
                    }
                    return read;
                });
        return new Input(scores, List.copyOf(raters), counts);
    }

    /** Replaces the estimate in force with this one, which includes the changes counted when its scores were read. */
    void write(Input input, SeverityEstimator.Estimate estimate, long includesChanges, Instant at) {
        List<UUID> ids = new ArrayList<>();
        List<Double> severities = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();
        for (int r = 0; r < input.raters().size(); r++) {
            if (input.scoresByRater()[r] > 0) {
                ids.add(input.raters().get(r));
                severities.add(estimate.severities()[r]);
                counts.add(input.scoresByRater()[r]);
            }
        }
        jdbc.withStatement("store the severity estimate", WRITE, List.of(ids.toArray(UUID[]::new),
                severities.toArray(Double[]::new), counts.toArray(Integer[]::new), includesChanges, OffsetDateTime.ofInstant(at, ZoneOffset.UTC), estimate.scores(),
                estimate.degreesOfFreedom(), estimate.sigma2()), statement -> {
                    statement.execute();
                    return null;
                });
    }
}
