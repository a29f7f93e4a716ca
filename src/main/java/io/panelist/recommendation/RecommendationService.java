package io.panelist.recommendation;

import io.micronaut.transaction.annotation.ReadOnly;
import io.panelist.recruiting.ApplicationResponse;
import io.panelist.recruiting.PositionResponse;
import io.panelist.shared.Viewer;
import jakarta.inject.Singleton;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Recommendations and rankings: SQL aggregates in, the pure {@link DecisionPolicy} decides. */
@Singleton
public class RecommendationService {
    private final EvidenceReader evidence;
    private final RecommendationAccess access;
    private final RecommendationRepository aggregates;

    RecommendationService(EvidenceReader evidence, RecommendationAccess access, RecommendationRepository aggregates) {
        this.evidence = evidence;
        this.access = access;
        this.aggregates = aggregates;
    }

    /** What a panelist who has not submitted yet is shown of a candidate they are scoring: nothing. */
    private static final Verdict WITHHELD = new Verdict(Outcome.INSUFFICIENT_EVIDENCE, null, Confidence.LOW, List.of(),
            Map.of(), List.of(), List.of());

    @ReadOnly
    public RecommendationResponse recommend(Viewer viewer, UUID applicationId) {
        return compute(access.application(viewer, applicationId));
    }

    /**
     * Whether the recommendation is withheld from this viewer only because they sit on the candidate's panel with a
     * scorecard still to submit: they may read it once theirs are in. False for anyone the rules refuse anyway.
     */
    @ReadOnly
    public boolean isWithheldFrom(Viewer viewer, UUID applicationId) {
        return access.withheld(viewer, applicationId);
    }

    /** The recommendation as it stands, for an application whose access was checked. */
    RecommendationResponse compute(ApplicationResponse application) {
        Evidence found = evidence.read(Map.of(application.id(), application.planId())).get(application.id());
        return RecommendationResponse.of(application.id(), DecisionPolicy.decide(found), found.scorecardsSubmitted(),
                found.scorecardsPending());
    }

    /**
     * Every application of the position: by outcome (strong hire first, insufficient evidence last), then the
     * unrounded overall score descending (none last), then who applied first. Constant queries for any number.
     */
    @ReadOnly
    public List<RankingItem> rank(Viewer viewer, UUID positionId) {
        PositionResponse position = access.position(viewer, positionId);
        List<RecommendationRows.RankingRow> rows = aggregates.applicationsOf(position.id(), viewer.id());
        Map<UUID, UUID> plans = new LinkedHashMap<>();
        rows.forEach(row -> plans.put(row.applicationId(), row.planId()));
        Map<UUID, Evidence> all = evidence.read(plans);
        record Ranked(RecommendationRows.RankingRow row, Verdict verdict) {
        }
        return rows.stream().map(row -> new Ranked(row, row.withheld() ? WITHHELD
                        : DecisionPolicy.decide(all.get(row.applicationId()))))
                .sorted(Comparator.<Ranked, Integer>comparing(r -> r.verdict().outcome().ordinal())
                        .thenComparing(r -> r.verdict().overallScore(), Comparator.nullsLast(Comparator.reverseOrder()))
                        .thenComparing(r -> r.row().createdAt()))
                .map(r -> new RankingItem(r.row().applicationId(), r.row().candidateName(), r.verdict().outcome(),
                        RecommendationResponse.round(r.verdict().overallScore(), 2), r.verdict().confidence(),
                        r.verdict().flags().size(), r.row().decision(), r.row().withheld()))
                .toList();
    }
}
