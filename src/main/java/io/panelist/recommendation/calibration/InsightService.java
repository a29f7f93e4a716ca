package io.panelist.recommendation.calibration;

import io.micronaut.transaction.annotation.ReadOnly;
import io.panelist.identity.IdentityService;
import io.panelist.identity.Role;
import io.panelist.recommendation.RecommendationAccess;
import io.panelist.recommendation.RecommendationRepository;
import io.panelist.recommendation.RecommendationResponse;
import io.panelist.shared.Texts;
import io.panelist.shared.Viewer;
import io.panelist.shared.problem.ForbiddenException;
import io.panelist.shared.problem.NotFoundException;
import jakarta.inject.Singleton;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Interviewer calibration and panel reliability, each from one aggregation query and a pure rule. */
@Singleton
public class InsightService {
    private final RecommendationRepository aggregates;
    private final RecommendationAccess access;
    private final IdentityService identity;

    InsightService(RecommendationRepository aggregates, RecommendationAccess access, IdentityService identity) {
        this.aggregates = aggregates;
        this.access = access;
        this.identity = identity;
    }

    /** Visible to administrators, hiring managers, and the interviewer themselves. */
    @ReadOnly
    public CalibrationResponse calibration(Viewer viewer, UUID interviewerId) {
        if (!mayReadCalibration(viewer, interviewerId)) {
            throw new ForbiddenException("Calibration is for administrators, hiring managers and the interviewer.");
        }
        identity.userSummary(interviewerId).orElseThrow(() -> new NotFoundException("Interviewer", interviewerId));
        List<Calibration.TopicSum> sums = aggregates.differences(Texts.of(List.of(interviewerId))).stream()
                .map(row -> new Calibration.TopicSum(row.topicKey(), row.pairs(), row.sumOfDifferences())).toList();
        Calibration.Result result = Calibration.fromSums(sums, (int) aggregates.scoresGiven(interviewerId));
        return new CalibrationResponse(interviewerId, result.pairs(), round(result.bias()), round(result.shrunkBias()),
                round(aggregates.severity(interviewerId)), result.scoresGiven(), result.byTopic().entrySet().stream().map(e -> new CalibrationResponse.Topic(
                        e.getKey(), e.getValue().pairs(), round(e.getValue().bias()), round(e.getValue().shrunkBias())))
                        .toList());
    }

    /**
     * The position's panel: everyone who submitted scorecards on its applications, each with whether the viewer may
     * open their calibration. Readable by whoever reads the position's ranking.
     */
    @ReadOnly
    public List<PanelMember> panel(Viewer viewer, UUID positionId) {
        access.position(viewer, positionId);
        return aggregates.panelOf(positionId).stream().map(row -> new PanelMember(row.interviewerId(),
                row.displayName(), row.scorecards(), mayReadCalibration(viewer, row.interviewerId()))).toList();
    }

    @ReadOnly
    public ReliabilityResponse reliability(Viewer viewer, UUID positionId) {
        access.position(viewer, positionId);
        Map<String, List<Reliability.Target>> byTopic = new LinkedHashMap<>();
        aggregates.reliabilityTargets(positionId).forEach(row -> byTopic.computeIfAbsent(row.topicKey(),
                k -> new java.util.ArrayList<>()).add(new Reliability.Target(row.count(), row.sum(), row.sumOfSquares())));
        return new ReliabilityResponse(positionId, byTopic.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> reliabilityTopic(e.getKey(), e.getValue())).toList());
    }

    private static ReliabilityResponse.Topic reliabilityTopic(String topicKey, List<Reliability.Target> targets) {
        Reliability.Estimate estimate = Reliability.estimate(targets);
        return new ReliabilityResponse.Topic(topicKey, targets.size(),
                targets.stream().mapToInt(Reliability.Target::count).sum(), round(estimate.icc()),
                round(estimate.iccPanel()), round(estimate.ci95Low()), round(estimate.ci95High()),
                estimate.enoughData());
    }

    private static boolean mayReadCalibration(Viewer viewer, UUID interviewerId) {
        return viewer.hasAny(Role.ADMIN.name(), Role.HIRING_MANAGER.name()) || viewer.id().equals(interviewerId);
    }

    private static double round(double value) {
        return RecommendationResponse.round(value, 4);
    }

    private static Double round(Double value) {
        return RecommendationResponse.round(value, 4);
    }
}
