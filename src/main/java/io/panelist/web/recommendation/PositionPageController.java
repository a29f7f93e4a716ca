package io.panelist.web.recommendation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.panelist.questionbank.topics.TopicService;
import io.panelist.recommendation.calibration.InsightService;
import io.panelist.recommendation.RankingItem;
import io.panelist.recommendation.RecommendationService;
import io.panelist.recommendation.calibration.ReliabilityResponse;
import io.panelist.recruiting.positions.PositionResponse;
import io.panelist.recruiting.positions.PositionService;
import io.panelist.shared.Page;
import io.panelist.shared.Paging;
import io.panelist.shared.Viewer;
import io.panelist.web.PageViews;
import io.swagger.v3.oas.annotations.Hidden;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The positions a hiring manager hires for (recruiters and administrators: all of them) and each one's ranking. The
 * services decide who sees what, as the API does: a foreign position is not found, a role without rankings is
 * refused (403) on the ranking.
 */
@Controller
@Hidden
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
class PositionPageController {
    static final int PAGE_SIZE = 50;
    private final PositionService positions;
    private final RecommendationService recommendations;
    private final InsightService insights;
    private final TopicService topics;
    private final PageViews views;

    PositionPageController(PositionService positions, RecommendationService recommendations, InsightService insights,
                            TopicService topics, PageViews views) {
        this.positions = positions;
        this.recommendations = recommendations;
        this.insights = insights;
        this.topics = topics;
        this.views = views;
    }

    @Get(value = "/positions", produces = MediaType.TEXT_HTML)
    HttpResponse<?> positions(HttpRequest<?> request, @QueryValue @Nullable Integer page, Authentication who) {
        Paging paging = Paging.of(page == null || page < 0 ? 0 : page, PAGE_SIZE);
        Page<PositionResponse> found = positions.listPositions(Viewer.of(who), null, null, paging);
        return views.page(request, who, "recommendation/positions", Map.of("positions", found,
                "previous", paging.pageNumber() > 0, "next", paging.offset() + found.items().size() < found.total()));
    }

    @Get(value = "/positions/{id}", produces = MediaType.TEXT_HTML)
    HttpResponse<?> ranking(HttpRequest<?> request, UUID id, Authentication who) {
        Viewer viewer = Viewer.of(who);
        List<RankingItem> ranking = recommendations.rank(viewer, id);
        PositionResponse position = positions.getPosition(viewer, id);
        ReliabilityResponse reliability = insights.reliability(viewer, id);
        Map<String, String> names = topics.currentTopics(reliability.topics().stream()
                .map(ReliabilityResponse.Topic::topicKey).toList()).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().name()));
        return views.page(request, who, "recommendation/ranking", Map.of("page",
                RankingPage.of(position, ranking, reliability, names, insights.panel(viewer, id))));
    }
}
