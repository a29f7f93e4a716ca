package io.panelist.web.recommendation;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.panelist.identity.IdentityService;
import io.panelist.questionbank.topics.TopicResponse;
import io.panelist.questionbank.topics.TopicService;
import io.panelist.recommendation.calibration.CalibrationResponse;
import io.panelist.recommendation.calibration.InsightService;
import io.panelist.shared.Viewer;
import io.panelist.web.PageViews;
import io.swagger.v3.oas.annotations.Hidden;

import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** An interviewer's calibration, for whom the API shows it to: administrators, hiring managers, the interviewer. */
@Controller("/interviewers/{id}/calibration")
@Hidden
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
class CalibrationPageController {
    private final InsightService insights;
    private final IdentityService identity;
    private final TopicService topics;
    private final PageViews views;

    CalibrationPageController(InsightService insights, IdentityService identity, TopicService topics,
                              PageViews views) {
        this.insights = insights;
        this.identity = identity;
        this.topics = topics;
        this.views = views;
    }

    @Get(produces = MediaType.TEXT_HTML)
    HttpResponse<?> page(HttpRequest<?> request, UUID id, Authentication who) {
        CalibrationResponse calibration = insights.calibration(Viewer.of(who), id);
        String name = identity.userSummary(id).orElseThrow().displayName();
        Map<String, String> names = topics.currentTopics(calibration.topics().stream()
                .map(CalibrationResponse.Topic::topicKey).toList()).values().stream()
                .collect(Collectors.toMap(TopicResponse::key, TopicResponse::name));
        return views.page(request, who, "recommendation/calibration",
                Map.of("page", CalibrationPage.of(calibration, name, names)));
    }
}
