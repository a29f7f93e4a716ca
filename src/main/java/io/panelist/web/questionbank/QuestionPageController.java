package io.panelist.web.questionbank;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.panelist.identity.IdentityService;
import io.panelist.questionbank.BankRoles;
import io.panelist.questionbank.QuestionResponse;
import io.panelist.questionbank.QuestionService;
import io.panelist.questionbank.topics.TopicResponse;
import io.panelist.questionbank.topics.TopicService;
import io.panelist.shared.CurrentUser;
import io.panelist.shared.problem.ForbiddenException;
import io.panelist.shared.Paging;
import io.panelist.web.session.CsrfTokens;
import io.panelist.web.PageViews;
import io.panelist.web.Pages;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The question bank's pages: the live search (a whole page, or for htmx the results alone), and one question with
 * its revisions and, for those who curate the bank, an edit form that saves a new revision.
 */
@Controller("/questions")
@Hidden
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
class QuestionPageController {
    private static final Paging ALL_TOPICS = Paging.of(0, Paging.MAX_SIZE);
    private final QuestionService questions;
    private final TopicService topics;
    private final IdentityService identity;
    private final QuestionEditor editor;
    private final CsrfTokens csrf;
    private final PageViews views;

    QuestionPageController(QuestionService questions, TopicService topics, IdentityService identity,
                            QuestionEditor editor, CsrfTokens csrf, PageViews views) {
        this.questions = questions;
        this.topics = topics;
        this.identity = identity;
        this.editor = editor;
        this.csrf = csrf;
        this.views = views;
    }

    @Get(produces = MediaType.TEXT_HTML)
    HttpResponse<?> search(HttpRequest<?> request, @Valid @RequestBean QuestionFilters filters,
                           @Valid @RequestBean Paging paging, Authentication who) {
        List<TopicResponse> all = topics.listTopics(ALL_TOPICS).items();
        Map<String, String> names = all.stream().collect(Collectors.toMap(TopicResponse::key, TopicResponse::name));
        Map<String, Object> model = new HashMap<>();
        model.put("filters", filters);
        model.put("results", SearchView.of(questions.findQuestions(filters.toSearch(), paging), names, filters));
        model.put("topics", options(all));
        model.put("levels", QuestionBankWording.levels());
        model.put("kinds", QuestionBankWording.kinds());
        model.put("topicName", names.get(filters.topicKey()));
        model.put("mayWrite", BankRoles.mayWrite(who.getRoles()));
        // htmx asks for the results alone, except when it restores a page from history
        boolean fragment = Pages.isFragmentRequest(request)
                && !"true".equals(request.getHeaders().get("HX-History-Restore-Request"));
        MutableHttpResponse<?> response = fragment ? PageViews.fragment("questionbank/fragments/results", model)
                : views.page(request, who, "questionbank/questions", model);
        return response.header(HttpHeaders.VARY, "HX-Request");
    }

    @Get(value = "/{id}", produces = MediaType.TEXT_HTML)
    HttpResponse<?> question(HttpRequest<?> request, UUID id, @QueryValue @Nullable @Min(1) Integer saved,
                             Authentication who) {
        QuestionResponse question = questions.getQuestion(id, null);
        String notice = saved == null ? null : "Saved as revision " + saved + ".";
        return views.page(request, who, "questionbank/question", model(question, who, null, notice));
    }

    /** Saves the form as a new revision (htmx); refused for those who do not curate the bank, as the API refuses. */
    @Put(value = "/{id}", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> revise(UUID id, @Body QuestionForm form, Authentication who) {
        requireCurator(who);
        QuestionEditor.Outcome outcome = editor.revise(CurrentUser.id(who), id, form, topicOptions());
        if (outcome.saved() == null) {
            return PageViews.fragment("questionbank/fragments/question-form", Map.of("form", outcome.form()))
                    .status(outcome.status());
        }
        Map<String, Object> model = model(outcome.saved(), who, null,
                "Saved as revision " + outcome.saved().currentRevision() + ".");
        return PageViews.fragment("questionbank/fragments/question-body", model)
                .header("HX-Retarget", "#question-page").header("HX-Reswap", "outerHTML");
    }

    /** The same save as a plain form post, for a browser without scripts; the form carries its CSRF token. */
    @Post(value = "/{id}", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> reviseWithoutScript(HttpRequest<?> request, UUID id, @Body QuestionForm form,
                                        Authentication who) {
        requireCurator(who);
        if (!csrf.matches(request, form.csrfToken())) {
            throw new ForbiddenException("This form did not come from a Panelist page. Reload the page and try again.");
        }
        QuestionEditor.Outcome outcome = editor.revise(CurrentUser.id(who), id, form, topicOptions());
        if (outcome.saved() == null) {
            return views.page(request, who, outcome.status(), "questionbank/question",
                    model(questions.getQuestion(id, null), who, outcome.form(), null));
        }
        return HttpResponse.seeOther(URI.create("/questions/" + id + "?saved=" + outcome.saved().currentRevision()));
    }

    /**
     * The API's rule for writing the bank ({@link BankRoles#mayWrite}), checked here rather than by {@code @Secured}
     * roles: a role refusal there redirects a page request to the home page instead of saying why.
     */
    private static void requireCurator(Authentication who) {
        if (!BankRoles.mayWrite(who.getRoles())) {
            throw new ForbiddenException("Interviewers, hiring managers and administrators edit the question bank; "
                    + "you can read it.");
        }
    }

    private Map<String, Object> model(QuestionResponse question, Authentication who,
                                      @Nullable QuestionFormView form, @Nullable String notice) {
        TopicResponse topic = topics.getTopic(question.topicId(), null);
        String zone = identity.me(CurrentUser.id(who)).timeZone();
        boolean mayEdit = BankRoles.mayWrite(who.getRoles());
        Map<String, Object> model = new HashMap<>();
        model.put("page", QuestionPage.of(question, topic.name(), questions.revisions(question.id()), zone, mayEdit,
                notice));
        if (mayEdit) {
            model.put("form", form != null ? form : QuestionFormView.of(question, topicOptions()));
        }
        return model;
    }

    private List<QuestionBankWording.Option> topicOptions() {
        return options(topics.listTopics(ALL_TOPICS).items());
    }

    private static List<QuestionBankWording.Option> options(List<TopicResponse> topics) {
        return topics.stream().map(t -> new QuestionBankWording.Option(t.key(), t.name())).toList();
    }
}
