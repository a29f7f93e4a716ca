package io.panelist.recommendation;

import io.micronaut.context.annotation.Value;
import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.transaction.annotation.ReadOnly;
import io.panelist.recommendation.policy.CalibratedConfidence;
import io.panelist.recommendation.policy.Confidence;
import io.panelist.recommendation.policy.DecisionPolicy;
import io.panelist.recommendation.policy.Evidence;
import io.panelist.recommendation.policy.Outcome;
import io.panelist.recommendation.policy.RecordFlags;
import io.panelist.recruiting.positions.PositionResponse;
import io.panelist.shared.Viewer;
import io.panelist.shared.problem.NotFoundException;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Recommendations and rankings: SQL aggregates in, the pure {@link DecisionPolicy} decides. */
@Singleton
public class RecommendationService {
    private final EvidenceReader evidence;
    private final RecommendationAccess access;
    private final int verdictsPerQuery;

    /**
     * verdictsPerQuery: how many out-of-date verdicts a ranking decides from one query of scores; enough for a whole
     * position of the usual size at once, few enough that a position of thousands never holds all its scores in
     * memory together.
     */
    RecommendationService(EvidenceReader evidence, RecommendationAccess access,
                          @Value("${panelist.ranking.verdicts-per-query:500}") int verdictsPerQuery) {
        this.evidence = evidence;
        this.access = access;
        this.verdictsPerQuery = Math.max(1, verdictsPerQuery);
    }

    /** No one in particular: for reading an application's evidence when no viewer's own scorecards matter. */
    private static final UUID NO_VIEWER = new UUID(0, 0);

    /** What a panelist who has not submitted yet is shown of a candidate they are scoring: nothing. */
    private static final VerdictSummary WITHHELD = new VerdictSummary(Outcome.INSUFFICIENT_EVIDENCE, null,
            Confidence.LOW, 0);

    /**
     * One round trip reads it with what decides whether the viewer may; a refusal is worded by the full check. On a
     * connection without a transaction: under READ COMMITTED each statement sees its own snapshot either way, so a
     * transaction around them would only add a round trip to commit.
     */
    @Connectable
    public RecommendationResponse recommend(Viewer viewer, UUID applicationId) {
        Optional<EvidenceReader.Application> found = evidence.application(applicationId, viewer.id());
        if (found.isPresent() && RecommendationAccess.allows(viewer, found.get().row().hiringManagerId(),
                found.get().row().awaitsOwnScorecards())) {
            return respond(found.get());
        }
        // refuses (or, had the viewer been let in meanwhile, answers)
        access.application(viewer, applicationId);
        return compute(viewer, applicationId);
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
    public RecommendationResponse compute(Viewer viewer, UUID applicationId) {
        return respond(evidence.application(applicationId, viewer.id())
                .orElseThrow(() -> new NotFoundException("Application", applicationId)));
    }

    /**
     * The recommendation once no scorecard of the application is pending (the last one just submitted, in the
     * caller's transaction); empty while one is, or for no such application.
     */
    public Optional<RecommendationResponse> onceEvidenceComplete(UUID applicationId) {
        return evidence.application(applicationId, NO_VIEWER).filter(found -> found.row().pending() == 0)
                .map(RecommendationService::respond);
    }

    private static RecommendationResponse respond(EvidenceReader.Application application) {
        Evidence found = application.evidence();
        return RecommendationResponse.of(application.id(), DecisionPolicy.decide(found), found.scorecardsSubmitted(),
                found.scorecardsPending(), application.calibration()).withFlags(RecordFlags.flags(
                application.row().amendedAfterSeeingPanel(), application.row().decisionStale()));
    }

    /**
     * Every application of the position: by outcome (strong hire first, insufficient evidence last), then the
     * unrounded overall score descending (none last), then who applied first. Reads the stored verdicts; those whose
     * evidence or severity estimate changed since are decided afresh, a batch of them per query of scores, and stored
     * again: never a query per application, and none at all for an unchanged position. Verdicts are kept as if no
     * scorecard were pending; a pending one turns HIGH confidence to MEDIUM as the verdict is shown.
     */
    @Transactional
    public List<RankingItem> rank(Viewer viewer, UUID positionId) {
        PositionResponse position = access.position(viewer, positionId);
        List<EvidenceQueries.RankingRow> rows = evidence.rankingRows(position.id(), viewer.id());
        Map<UUID, VerdictSummary> verdicts = currentVerdicts(rows);
        record Ranked(EvidenceQueries.RankingRow row, VerdictSummary verdict) {
        }
        return rows.stream()
                .map(r -> new Ranked(r, r.withheld() ? WITHHELD : verdicts.get(r.applicationId())))
                .sorted(Comparator.<Ranked, Integer>comparing(r -> r.verdict().outcome().ordinal())
                        .thenComparing(r -> r.verdict().overallScore(), Comparator.nullsLast(Comparator.reverseOrder()))
                        .thenComparing(r -> r.row().createdAt()))
                .map(r -> new RankingItem(r.row().applicationId(), r.row().candidateName(), r.verdict().outcome(),
                        RecommendationResponse.round(r.verdict().overallScore(), 2),
                        CalibratedConfidence.whilePending(r.verdict().confidence(), r.row().pending()),
                        r.verdict().flagCount() + recordFlagCount(r.row()), r.row().decision(), r.row().withheld(),
                        r.row().decisionStale()))
                .toList();
    }

    /** The flags of {@link RecordFlags} a recommendation of the row would add to its verdict's (none withheld). */
    private static int recordFlagCount(EvidenceQueries.RankingRow row) {
        return row.withheld() ? 0 : row.amendedAfterSeeingPanel() + (row.decisionStale() ? 1 : 0);
    }

    /** The verdict of every application the viewer may see, deciding and storing those that are out of date. */
    private Map<UUID, VerdictSummary> currentVerdicts(List<EvidenceQueries.RankingRow> rows) {
        Map<UUID, VerdictSummary> verdicts = new HashMap<>();
        List<EvidenceQueries.RankingRow> outOfDate = new ArrayList<>();
        for (EvidenceQueries.RankingRow row : rows) {
            if (row.stored() != null) {
                verdicts.put(row.applicationId(), row.stored());
            } else if (!row.withheld()) {
                outOfDate.add(row);
            }
        }
        for (int from = 0; from < outOfDate.size(); from += verdictsPerQuery) {
            decideAndStore(outOfDate.subList(from, Math.min(from + verdictsPerQuery, outOfDate.size())), verdicts);
        }
        return verdicts;
    }

    private void decideAndStore(List<EvidenceQueries.RankingRow> outOfDate, Map<UUID, VerdictSummary> verdicts) {
        Map<UUID, EvidenceReader.Ranked> found = evidence.evidenceOf(outOfDate);
        List<EvidenceQueries.DecidedVerdict> decided = new ArrayList<>(outOfDate.size());
        for (EvidenceQueries.RankingRow row : outOfDate) {
            EvidenceReader.Ranked ranked = found.get(row.applicationId());
            VerdictSummary verdict = VerdictSummary.of(DecisionPolicy.decide(ranked.evidence()));
            verdicts.put(row.applicationId(), verdict);
            decided.add(new EvidenceQueries.DecidedVerdict(row.applicationId(), row.evidenceVersion(), verdict,
                    ranked.tally(), ranked.estimateId()));
        }
        evidence.store(decided);
    }
}
