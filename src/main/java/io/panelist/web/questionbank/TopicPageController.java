package io.panelist.web.questionbank;

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
import io.panelist.questionbank.QuestionResponse;
import io.panelist.questionbank.QuestionSearch;
import io.panelist.questionbank.QuestionService;
import io.panelist.questionbank.topics.TopicResponse;
import io.panelist.questionbank.topics.TopicService;
import io.panelist.shared.CurrentUser;
import io.panelist.shared.problem.NotFoundException;
import io.panelist.shared.Page;
import io.panelist.shared.Paging;
import io.panelist.web.PageViews;
import io.swagger.v3.oas.annotations.Hidden;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** One topic: its rubric's four anchors with their descriptors, the rubric's versions, and the topic's questions. */
@Controller("/topics")
@Hidden
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
class TopicPageController {
    private static final int KEY_MAX = 60;
    private final TopicService topics;
    private final QuestionService questions;
    private final IdentityService identity;
    private final PageViews views;

    TopicPageController(TopicService topics, QuestionService questions, IdentityService identity, PageViews views) {
        this.topics = topics;
        this.questions = questions;
        this.identity = identity;
        this.views = views;
    }

    /** By key ({@code /topics/security}) or by id. */
    @Get(value = "/{ref}", produces = MediaType.TEXT_HTML)
    HttpResponse<?> topic(HttpRequest<?> request, String ref, Authentication who) {
        TopicResponse topic = find(ref);
        Page<QuestionResponse> page = questions.search(new QuestionSearch(null, topic.key(), null, null, null, null),
                Paging.of(0, Paging.MAX_SIZE));
        String zone = identity.me(CurrentUser.id(who)).timeZone();
        return views.page(request, who, "questionbank/topic", Map.of("page", TopicPage.of(topic,
                topics.rubricVersions(topic.id()), page.items(), page.total(), zone)));
    }

    private TopicResponse find(String ref) {
        try {
            return topics.getTopic(UUID.fromString(ref), null);
        } catch (IllegalArgumentException notAnId) {
            TopicResponse topic = ref.length() > KEY_MAX ? null : topics.currentTopics(List.of(ref)).get(ref);
            if (topic == null) {
                throw new NotFoundException("There is no topic " + (ref.length() > KEY_MAX ? "with this key" : ref)
                        + " in the question bank.");
            }
            return topic;
        }
    }
}
