package io.panelist.recommendation;

import io.micronaut.core.annotation.Nullable;
import io.panelist.recommendation.policy.Evidence;
import io.panelist.recommendation.policy.PlanRules;
import io.panelist.recommendation.policy.Severities;
import jakarta.inject.Singleton;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Gathers the evidence for one application in one round trip of queries (see {@link EvidenceSql}) with the rater
 * severity estimate in force (from memory while it is unchanged, see {@link InterviewerSeverities}), or for the
 * applications of a ranking whose stored verdict is out of date in one query, and the rules of each plan, which are
 * read once per plan when it is published.
 */
@Singleton
class EvidenceReader {
    private final EvidenceQueries queries;
    private final PublishedPlanRules plans;
    private final InterviewerSeverities severities;

    EvidenceReader(EvidenceQueries queries, PublishedPlanRules plans, InterviewerSeverities severities) {
        this.queries = queries;
        this.plans = plans;
        this.severities = severities;
    }

    /** The application with what decides who may read it, and its evidence. */
    record Application(UUID id, EvidenceQueries.ApplicationRow row, Evidence evidence,
                       RecommendationResponse.CalibrationState calibration) {
    }

    /** Empty when there is no such application; the viewer decides only whether they await their own scorecards. */
    Optional<Application> application(UUID applicationId, UUID viewerId) {
        return queries.application(applicationId, viewerId).map(found -> new Application(applicationId, found.row(),
                evidence(plans.of(found.row().planId()), found.scores(), found.row().pending(),
                        severities.of(found.estimateId())), found.calibration()));
    }

    /** The position's applications in the order they were made, with their stored verdicts where current. */
    List<EvidenceQueries.RankingRow> rankingRows(UUID positionId, UUID viewerId) {
        return queries.rankingRows(positionId, viewerId);
    }

    /** A ranked application's score tally, the evidence made of it, and the severity estimate in it (null: none). */
    record Ranked(ScoreTally tally, Evidence evidence, @Nullable UUID estimateId) {
    }

    /**
     * The evidence of each ranked application, its scores read in one statement, with the severity estimate the
     * ranking read (the same for every row), as if no scorecard were pending: a stored verdict holds while scorecards
     * come and go (see {@link io.panelist.recommendation.policy.CalibratedConfidence#whilePending}).
     */
    Map<UUID, Ranked> evidenceOf(List<EvidenceQueries.RankingRow> rows) {
        Map<UUID, ScoreTally> scores = queries.scoresOf(rows.stream().map(EvidenceQueries.RankingRow::applicationId)
                .toList());
        InterviewerSeverities.Estimate estimate = rows.isEmpty() ? null : severities.of(rows.get(0).estimateId());
        Map<UUID, PlanRules> rules = new HashMap<>();
        Map<UUID, Ranked> evidence = new HashMap<>();
        for (EvidenceQueries.RankingRow row : rows) {
            ScoreTally tally = scores.getOrDefault(row.applicationId(), new ScoreTally());
            evidence.put(row.applicationId(), new Ranked(tally, evidence(rules.computeIfAbsent(row.planId(),
                    plans::of), tally, 0, estimate), estimate == null ? null : estimate.id()));
        }
        return evidence;
    }

    /** Keeps the verdicts, with their tallies, for the evidence versions they were decided on. */
    void store(List<EvidenceQueries.DecidedVerdict> decided) {
        queries.storeVerdicts(decided);
    }

    private static Evidence evidence(PlanRules rules, ScoreTally tally, int pending,
                                     @Nullable InterviewerSeverities.Estimate estimate) {
        return new Evidence(rules.hireThreshold(), rules.strongHireThreshold(), rules.topics(),
                tally.groups(rules.topicKeys()), tally.ballots(), tally.scorecards(), pending,
                estimate == null ? Severities.NONE : estimate.severities(),
                estimate == null ? Map.of() : estimate.names());
    }
}
