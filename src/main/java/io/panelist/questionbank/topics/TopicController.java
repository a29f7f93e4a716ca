package io.panelist.questionbank.topics;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.panelist.questionbank.BankRoles;
import io.panelist.shared.CurrentUser;
import io.panelist.shared.ETags;
import io.panelist.shared.Page;
import io.panelist.shared.Paging;
import io.panelist.shared.openapi.Refusal;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;

import java.net.URI;
import java.util.UUID;

@Controller("/api/v1/topics")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Question bank")
class TopicController {
    private final TopicService topics;

    TopicController(TopicService topics) {
        this.topics = topics;
    }

    /** Topics by name, each with the anchors of its current rubric. */
    @Get
    Page<TopicResponse> list(@Valid @RequestBean Paging paging) {
        return topics.listTopics(paging);
    }

    /** One topic; {@code rubricVersion} reads an older rubric, as a scorecard scored against it shows. */
    @Get("/{id}")
    HttpResponse<TopicResponse> get(UUID id, @QueryValue @Nullable @Min(1) Integer rubricVersion) {
        TopicResponse topic = topics.getTopic(id, rubricVersion);
        return HttpResponse.ok(topic).header(HttpHeaders.ETAG, ETags.of(topic.version()));
    }

    /** Adds a topic with its rubric anchors. */
    @Post
    @Refusal(status = HttpStatus.CONFLICT, when = "A topic with this key exists already")
    @Status(HttpStatus.CREATED)
    @Secured({BankRoles.ADMIN, BankRoles.INTERVIEWER, BankRoles.HIRING_MANAGER})
    HttpResponse<TopicResponse> create(@Body @Valid SaveTopicRequest request, Authentication who) {
        TopicResponse topic = topics.createTopic(CurrentUser.id(who), request);
        return HttpResponse.created(topic, URI.create("/api/v1/topics/" + topic.id()))
                .header(HttpHeaders.ETAG, ETags.of(topic.version()));
    }

    /** Replaces name, description and anchors; the key never changes. New anchors make a new rubric version. */
    @Put("/{id}")
    @Refusal(status = HttpStatus.UNPROCESSABLE_ENTITY, when = "The topic's key would change")
    @Secured({BankRoles.ADMIN, BankRoles.INTERVIEWER, BankRoles.HIRING_MANAGER})
    HttpResponse<TopicResponse> update(UUID id, @Header(HttpHeaders.IF_MATCH) String ifMatch,
                                       @Body @Valid SaveTopicRequest request, Authentication who) {
        TopicResponse topic = topics.updateTopic(CurrentUser.id(who), id, ETags.required(ifMatch, "topic"), request);
        return HttpResponse.ok(topic).header(HttpHeaders.ETAG, ETags.of(topic.version()));
    }
}
