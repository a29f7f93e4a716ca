package io.panelist.web.plans;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.panelist.questionbank.QuestionResponse;
import io.panelist.questionbank.QuestionSearch;
import io.panelist.questionbank.QuestionService;
import io.panelist.questionbank.topics.TopicResponse;
import io.panelist.questionbank.topics.TopicService;
import io.panelist.shared.problem.InvalidInputException;
import io.panelist.shared.problem.NotFoundException;
import io.panelist.shared.Page;
import io.panelist.shared.Paging;
import io.panelist.web.PageViews;
import io.swagger.v3.oas.annotations.Hidden;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The pieces the builder adds in place, as htmx fragments: a blank stage, a topic or a question row picked from the
 * bank, and the bank search of one stage. They read only the question bank, which every signed-in user may read;
 * nothing is written until the page saves the draft.
 */
@Controller("/plans/builder")
@Hidden
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
class PlanPartsPageController {
    private static final int RESULTS = 8;
    private static final int QUERY_MAX = 200;
    private final TopicService topics;
    private final QuestionService questions;

    PlanPartsPageController(TopicService topics, QuestionService questions) {
        this.topics = topics;
        this.questions = questions;
    }

    @Get(value = "/stage", produces = MediaType.TEXT_HTML)
    HttpResponse<?> stage() {
        return PageViews.fragment("plans/fragments/stage", Map.of("s", StageRow.blank(),
                "topicOptions", BuilderView.topicOptions(allTopics()), "kinds", PlanWording.kinds(),
                "scores", PlanWording.scores()));
    }

    @Get(value = "/topic", produces = MediaType.TEXT_HTML)
    HttpResponse<?> topic(@QueryValue @Nullable String key) {
        TopicResponse topic = key == null || key.length() > 60 ? null : topics.currentTopics(List.of(key)).get(key);
        if (topic == null) {
            throw new NotFoundException("There is no topic " + (key == null ? "" : key) + " in the bank.");
        }
        return PageViews.fragment("plans/fragments/topic-row", Map.of("t", StageRow.TopicRow.picked(topic),
                "scores", PlanWording.scores()));
    }

    @Get(value = "/question", produces = MediaType.TEXT_HTML)
    HttpResponse<?> question(@QueryValue UUID id) {
        QuestionResponse question = questions.currentQuestions(List.of(id)).get(id);
        if (question == null) {
            throw new NotFoundException("Question", id);
        }
        String topicName = topicNames().getOrDefault(question.topicKey(), question.topicKey());
        return PageViews.fragment("plans/fragments/question-row", Map.of("q",
                StageRow.QuestionRow.picked(question, topicName)));
    }

    /** Up to eight active questions matching the words and the topic, each with a button adding it to the stage. */
    @Get(value = "/bank", produces = MediaType.TEXT_HTML)
    HttpResponse<?> bank(@QueryValue @Nullable String q, @QueryValue @Nullable String topic,
                         @QueryValue @Nullable String stage) {
        if (!RowKeys.isKey(stage)) {
            throw InvalidInputException.badField("stage", "names no stage of this page; reload the page");
        }
        String text = q == null ? "" : q.strip();
        text = text.length() > QUERY_MAX ? text.substring(0, QUERY_MAX) : text;
        String topicKey = topic == null || topic.isBlank() || topic.length() > 60 ? null : topic;
        Map<String, Object> model = new HashMap<>();
        model.put("stageKey", stage);
        model.put("searched", !text.isEmpty() || topicKey != null);
        if (text.isEmpty() && topicKey == null) {
            model.put("items", List.of());
            model.put("more", 0L);
            return PageViews.fragment("plans/fragments/bank", model);
        }
        Page<QuestionResponse> found = questions.search(new QuestionSearch(text.isEmpty() ? null : text, topicKey,
                null, null, null, false), Paging.of(0, RESULTS));
        Map<String, String> names = topicNames();
        model.put("items", found.items().stream().map(question -> StageRow.QuestionRow.picked(question,
                names.getOrDefault(question.topicKey(), question.topicKey()))).toList());
        model.put("more", Math.max(0, found.total() - found.items().size()));
        return PageViews.fragment("plans/fragments/bank", model);
    }

    private List<TopicResponse> allTopics() {
        return topics.listTopics(Paging.of(0, Paging.MAX_SIZE)).items();
    }

    private Map<String, String> topicNames() {
        Map<String, String> names = new HashMap<>();
        allTopics().forEach(t -> names.put(t.key(), t.name()));
        return names;
    }
}
