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
import io.panelist.questionbank.BankRoles;
import io.panelist.questionbank.topics.TopicService;
import io.panelist.shared.Paging;
import io.panelist.web.PageViews;
import io.swagger.v3.oas.annotations.Hidden;

import java.util.Map;

/**
 * Question packs: import a pack file (the page's script sends it to the API, showing its progress, then what was
 * created, updated and left unchanged, or every problem with where it is) and export the bank or one topic.
 */
@Controller("/questions/packs")
@Hidden
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
class PackPageController {
    private final TopicService topics;
    private final PageViews views;

    PackPageController(TopicService topics, PageViews views) {
        this.topics = topics;
        this.views = views;
    }

    @Get(produces = MediaType.TEXT_HTML)
    HttpResponse<?> packs(HttpRequest<?> request, Authentication who) {
        return views.page(request, who, "questionbank/packs", Map.of(
                "topics", topics.listTopics(Paging.of(0, Paging.MAX_SIZE)).items().stream()
                        .map(t -> new QuestionBankWording.Option(t.key(), t.name())).toList(),
                "mayImport", BankRoles.mayWrite(who.getRoles())));
    }
}
