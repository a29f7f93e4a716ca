package io.panelist.recommendation.severity;

import io.micronaut.core.annotation.Nullable;
import io.panelist.shared.Jdbc;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    /**
     * Every score that counts (DESIGN v2: current values on submitted scorecards of non-trainees; the trainee rule is
     * recommendation.EvidenceSql's), a cell's scores one after another.
     */
    static final String SCORES = """
        SELECT sc.application_id, ts.topic_id, sc.panelist_id, ts.score
          FROM scorecards sc
          JOIN topic_scores ts ON ts.scorecard_id = sc.id AND ts.score IS NOT NULL
         WHERE sc.status = 'SUBMITTED'
           AND (sc.panelist_id, ts.topic_id) NOT IN (SELECT q.user_id, q.topic_id FROM interviewer_qualifications q
                                                      WHERE q.level = 'TRAINEE')
         ORDER BY sc.application_id, ts.topic_id
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

    /** Reads every score that counts in one query, a batch of rows at a time; within the caller's transaction. */
    Input scores() {
        return jdbc.withStatement("read the scores for the severity estimate", SCORES, List.of(), statement -> {
            statement.setFetchSize(FETCH);
            SeverityEstimator.Scores scores = new SeverityEstimator.Scores();
            Map<UUID, Integer> raterIndex = new HashMap<>();
            List<UUID> raters = new ArrayList<>();
            int[] counts = new int[16];
            try (ResultSet rows = statement.executeQuery()) {
                UUID application = null;
                UUID topic = null;
                int cell = -1;
                while (rows.next()) {
                    UUID rowApplication = rows.getObject(1, UUID.class);
                    UUID rowTopic = rows.getObject(2, UUID.class);
                    if (!rowApplication.equals(application) || !rowTopic.equals(topic)) {
                        application = rowApplication;
                        topic = rowTopic;
                        cell++;
                    }
                    UUID rater = rows.getObject(3, UUID.class);
                    int index = raterIndex.computeIfAbsent(rater, r -> {
                        raters.add(r);
                        return raters.size() - 1;
                    });
                    if (index == counts.length) {
                        counts = Arrays.copyOf(counts, counts.length * 2);
                    }
                    counts[index]++;
                    scores.add(cell, index, rows.getInt(4));
                }
            }
            return new Input(scores, List.copyOf(raters), counts);
        });
    }

    /** Replaces the estimate in force with this one, which includes the changes counted when its scores were read. */
    void write(Input input, SeverityEstimator.Estimate estimate, long includesChanges, Instant at) {
        int raters = input.raters().size();
        Double[] severities = new Double[raters];
        Integer[] counts = new Integer[raters];
        for (int r = 0; r < raters; r++) {
            severities[r] = estimate.severities()[r];
            counts[r] = input.scoresByRater()[r];
        }
        jdbc.withStatement("store the severity estimate", WRITE, List.of(input.raters().toArray(UUID[]::new),
                severities, counts, includesChanges, OffsetDateTime.ofInstant(at, ZoneOffset.UTC), estimate.scores(),
                estimate.degreesOfFreedom(), estimate.sigma2()), statement -> {
                    statement.execute();
                    return null;
                });
    }
}
