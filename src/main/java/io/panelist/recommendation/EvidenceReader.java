package io.panelist.recommendation;

import jakarta.inject.Singleton;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Gathers the evidence for one application, or for every application of a position, in one round trip of queries
 * (see {@link EvidenceSql}) and the rules of each plan, which are read once per plan when it is published.
 */
@Singleton
class EvidenceReader {
    private final EvidenceQueries queries;
    private final PublishedPlanRules plans;

    EvidenceReader(EvidenceQueries queries, PublishedPlanRules plans) {
        this.queries = queries;
        this.plans = plans;
    }

    /** The application with what decides who may read it, and its evidence. */
    record Application(UUID id, EvidenceQueries.ApplicationRow row, Evidence evidence) {
    }

    /** A ranked application's row and its evidence. */
    record Ranked(EvidenceQueries.RankingRow row, Evidence evidence) {
    }

    /** Empty when there is no such application; the viewer decides only whether they await their own scorecards. */
    Optional<Application> application(UUID applicationId, UUID viewerId) {
        return queries.application(applicationId, viewerId).map(found -> new Application(applicationId, found.row(),
                evidence(plans.of(found.row().planId()), found.scores(), found.row().pending(), found.shrunkBias())));
    }

    /** Every application of the position in the order they were made, each with its evidence. */
    List<Ranked> position(UUID positionId, UUID viewerId) {
        EvidenceQueries.Position position = queries.position(positionId, viewerId);
        Map<UUID, PlanRules> rules = new HashMap<>();
        // a ranking shows no pending scorecards and the policy does not weigh them: none are counted
        return position.rows().stream().map(row -> new Ranked(row, evidence(
                rules.computeIfAbsent(row.planId(), plans::of),
                position.scores().getOrDefault(row.applicationId(), new ScoreTally()), 0, position.shrunkBias())))
                .toList();
    }

    private static Evidence evidence(PlanRules rules, ScoreTally tally, int pending, Map<UUID, Double> shrunkBias) {
        List<Evidence.Ballot> ballots = tally.ballots();
        return new Evidence(rules.hireThreshold(), rules.strongHireThreshold(), rules.topics(), tally.groups(),
                ballots, ballots.size(), pending, shrunkBias);
    }
}
