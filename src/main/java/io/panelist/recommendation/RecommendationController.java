package io.panelist.recommendation;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.panelist.recommendation.calibration.CalibrationResponse;
import io.panelist.recommendation.calibration.InsightService;
import io.panelist.recommendation.calibration.ReliabilityResponse;
import io.panelist.recommendation.decision.DecideRequest;
import io.panelist.recommendation.decision.DecisionResponse;
import io.panelist.recommendation.decision.DecisionService;
import io.panelist.recommendation.decision.ReopenRequest;
import io.panelist.recommendation.export.ExportService;
import io.panelist.shared.Viewer;
import io.panelist.shared.openapi.Refusal;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import java.util.List;
import java.util.UUID;

@Controller("/api/v1")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Recommendations")
class RecommendationController {
    static final String CSV = "text/csv";
    private final RecommendationService recommendations;
    private final DecisionService decisions;
    private final InsightService insights;
    private final ExportService exports;

    RecommendationController(RecommendationService recommendations, DecisionService decisions, InsightService insights,
                             ExportService exports) {
        this.recommendations = recommendations;
        this.decisions = decisions;
        this.insights = insights;
        this.exports = exports;
    }

    /** Outcome, score, confidence, per-topic evidence, votes, the reasons in plain words and the debrief flags. */
    @Get("/applications/{id}/recommendation")
    RecommendationResponse recommendation(UUID id, Authentication who) {
        return recommendations.recommend(Viewer.of(who), id);
    }

    /** The hiring manager's HIRE or NO_HIRE; against the recommendation the rationale needs 30 characters. */
    @Post("/applications/{id}/decision")
    @Refusal(status = HttpStatus.CONFLICT, when = "The application is decided already (reopen it first), or"
            + " scorecards are still pending and acknowledgePending is not true")
    @Status(HttpStatus.CREATED)
    HttpResponse<DecisionResponse> decide(UUID id, @Body @Valid DecideRequest request, Authentication who) {
        return HttpResponse.created(decisions.decide(Viewer.of(who), id, request));
    }

    /** The application's decision, if any, and its history. */
    @Get("/applications/{id}/decision")
    DecisionResponse decision(UUID id, Authentication who) {
        return decisions.decision(Viewer.of(who), id);
    }

    /** Sets the decision aside (hiring manager only, with a reason) so the application can be decided again. */
    @Post("/applications/{id}/reopen")
    @Refusal(status = HttpStatus.CONFLICT, when = "There is no decision to reopen, or the candidate has another"
            + " active application for this position")
    DecisionResponse reopen(UUID id, @Body @Valid ReopenRequest request, Authentication who) {
        return decisions.reopen(Viewer.of(who), id, request);
    }

    /** Applications by outcome, then score. */
    @Get("/positions/{id}/ranking")
    List<RankingItem> ranking(UUID id, Authentication who) {
        return recommendations.rank(Viewer.of(who), id);
    }

    /** How far the panels of a position agree, per topic. */
    @Get("/positions/{id}/reliability")
    ReliabilityResponse reliability(UUID id, Authentication who) {
        return insights.reliability(Viewer.of(who), id);
    }

    /** How lenient or severe an interviewer scores, against the panels they sat on. */
    @Get("/interviewers/{id}/calibration")
    CalibrationResponse calibration(UUID id, Authentication who) {
        return insights.calibration(Viewer.of(who), id);
    }

    /** Every submitted score of a position's candidates, as CSV. */
    @Get("/positions/{id}/scores.csv")
    @Produces(CSV)
    HttpResponse<String> positionScores(UUID id, Authentication who) {
        return csv(exports.positionScores(Viewer.of(who), id), "position-" + id + "-scores.csv");
    }

    /** An application's submitted scorecards, as CSV. */
    @Get("/applications/{id}/scorecards.csv")
    @Produces(CSV)
    HttpResponse<String> applicationScores(UUID id, Authentication who) {
        return csv(exports.applicationScores(Viewer.of(who), id), "application-" + id + "-scores.csv");
    }

    private static HttpResponse<String> csv(String body, String filename) {
        return HttpResponse.ok(body).contentType(CSV + "; charset=utf-8")
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + filename + "\"");
    }
}
