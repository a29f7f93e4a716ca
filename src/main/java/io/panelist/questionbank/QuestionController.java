package io.panelist.questionbank;

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
import io.panelist.shared.CurrentUser;
import io.panelist.shared.ETags;
import io.panelist.shared.Paging;
import io.panelist.shared.openapi.Refusal;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;

import java.net.URI;
import java.util.List;
import java.util.UUID;

@Controller("/api/v1/questions")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Question bank")
class QuestionController {
    private final QuestionService questions;

    QuestionController(QuestionService questions) {
        this.questions = questions;
    }

    /**
     * Search: ranked by relevance to {@code q} when given, else newest first. Filters combine. The words of {@code q}
     * are matched as full text, the last one also as the start of a longer word (so {@code jinja} finds Jinja2 while
     * it is typed); when they find nothing, the questions whose prompt or tags hold a word similar to each of them
     * ({@code matchedBy} SIMILAR_WORDS, closest first) and {@code didYouMean}, the search in the bank's spelling.
     */
    @Get
    QuestionSearchPage search(@Valid @RequestBean QuestionSearch search, @Valid @RequestBean Paging paging) {
        return questions.findQuestions(search, paging);
    }

    /** Adds a question to the bank. */
    @Post
    @Refusal(status = HttpStatus.UNPROCESSABLE_ENTITY, when = "The topic does not exist")
    @Status(HttpStatus.CREATED)
    @Secured({BankRoles.ADMIN, BankRoles.INTERVIEWER, BankRoles.HIRING_MANAGER})
    HttpResponse<QuestionResponse> create(@Body @Valid SaveQuestionRequest request, Authentication who) {
        QuestionResponse question = questions.createQuestion(CurrentUser.id(who), request);
        return withETag(HttpResponse.created(question, URI.create("/api/v1/questions/" + question.id())), question);
    }

    /** The current revision, or {@code ?revision=n}. */
    @Get("/{id}")
    HttpResponse<QuestionResponse> get(UUID id, @QueryValue @Nullable @Min(1) Integer revision) {
        QuestionResponse question = questions.getQuestion(id, revision);
        return withETag(HttpResponse.ok(question), question);
    }

    /** Saves a new revision. */
    @Put("/{id}")
    @Refusal(status = HttpStatus.UNPROCESSABLE_ENTITY, when = "The topic does not exist, or the question's key"
            + " would change")
    @Secured({BankRoles.ADMIN, BankRoles.INTERVIEWER, BankRoles.HIRING_MANAGER})
    HttpResponse<QuestionResponse> revise(UUID id, @Header(HttpHeaders.IF_MATCH) String ifMatch,
                                          @Body @Valid SaveQuestionRequest request, Authentication who) {
        QuestionResponse question = questions.reviseQuestion(CurrentUser.id(who), id,
                ETags.required(ifMatch, "question"), request);
        return withETag(HttpResponse.ok(question), question);
    }

    /** Every revision, oldest first. */
    @Get("/{id}/revisions")
    List<QuestionResponse> revisions(UUID id) {
        return questions.revisions(id);
    }

    /** Takes the question out of search; it stays readable and stays in the plans that use it. */
    @Post("/{id}/retire")
    @Secured({BankRoles.ADMIN, BankRoles.INTERVIEWER, BankRoles.HIRING_MANAGER})
    HttpResponse<QuestionResponse> retire(UUID id, @Header(HttpHeaders.IF_MATCH) @Nullable String ifMatch,
                                          Authentication who) {
        QuestionResponse question = questions.retireQuestion(CurrentUser.id(who), id, ETags.parse(ifMatch));
        return withETag(HttpResponse.ok(question), question);
    }

    /** Puts a retired question back into search. */
    @Post("/{id}/reinstate")
    @Secured({BankRoles.ADMIN, BankRoles.INTERVIEWER, BankRoles.HIRING_MANAGER})
    HttpResponse<QuestionResponse> reinstate(UUID id, @Header(HttpHeaders.IF_MATCH) @Nullable String ifMatch,
                                             Authentication who) {
        QuestionResponse question = questions.reinstateQuestion(CurrentUser.id(who), id, ETags.parse(ifMatch));
        return withETag(HttpResponse.ok(question), question);
    }

    private static HttpResponse<QuestionResponse> withETag(io.micronaut.http.MutableHttpResponse<QuestionResponse> response,
                                                           QuestionResponse question) {
        return response.header(HttpHeaders.ETAG, ETags.of(question.version()));
    }
}
