package io.panelist.recommendation.export;

import io.micronaut.transaction.annotation.ReadOnly;
import io.panelist.recommendation.RecommendationAccess;
import io.panelist.recommendation.RecommendationRepository;
import io.panelist.shared.Viewer;
import jakarta.inject.Singleton;

import java.util.UUID;

/** Submitted topic scores as CSV, one row per score; access follows the recommendation rules. */
@Singleton
public class ExportService {
    private final RecommendationRepository aggregates;
    private final RecommendationAccess access;

    ExportService(RecommendationRepository aggregates, RecommendationAccess access) {
        this.aggregates = aggregates;
        this.access = access;
    }

    @ReadOnly
    public String positionScores(Viewer viewer, UUID positionId) {
        access.position(viewer, positionId);
        return ScoresCsv.render(aggregates.exportRows(positionId, null, viewer.id()));
    }

    @ReadOnly
    public String applicationScores(Viewer viewer, UUID applicationId) {
        access.application(viewer, applicationId);
        return ScoresCsv.render(aggregates.exportRows(null, applicationId, viewer.id()));
    }
}
