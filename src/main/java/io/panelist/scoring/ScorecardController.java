package io.panelist.scoring;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.panelist.scoring.amendment.AmendScorecardRequest;
import io.panelist.scoring.sheet.SaveScorecardRequest;
import io.panelist.shared.Viewer;
import io.panelist.shared.openapi.Refusal;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import java.util.UUID;

@Controller("/api/v1/interviews/{interviewId}/scorecard")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Scoring")
class ScorecardController {
    private final ScoringService scoring;

    ScorecardController(ScoringService scoring) {
        this.scoring = scoring;
    }

    /** Your own scorecard with the stage's topics, anchors and questions; the draft is made on first read. */
    @Get
    HttpResponse<ScorecardResponse> get(UUID interviewId, Authentication who) {
        return withETag(scoring.ownScorecard(Viewer.of(who), interviewId));
    }

    /** Saves the whole draft. {@code If-Match} is required: 428 without it, 412 when stale. */
    @Put
    @Refusal(status = HttpStatus.CONFLICT, when = "The scorecard is submitted (amend it instead), or the interview"
            + " is cancelled")
    @Refusal(status = HttpStatus.UNPROCESSABLE_ENTITY, when = "A score or note for a topic or question that is not"
            + " in this stage")
    HttpResponse<ScorecardResponse> save(UUID interviewId, @Header(HttpHeaders.IF_MATCH) String ifMatch,
                                         @Body @Valid SaveScorecardRequest request, Authentication who) {
        return withETag(scoring.saveDraft(Viewer.of(who), interviewId, ifMatch, request));
    }

    /** Submits; 422 names each missing item. Submitting twice is harmless. */
    @Post("/submit")
    @Refusal(status = HttpStatus.CONFLICT, when = "The interview is cancelled")
    @Refusal(status = HttpStatus.UNPROCESSABLE_ENTITY, when = "Something is missing (the problem names each item),"
            + " or the interview has not started")
    HttpResponse<ScorecardResponse> submit(UUID interviewId, Authentication who) {
        return withETag(scoring.submit(Viewer.of(who), interviewId));
    }

    /** Amends a submitted scorecard with a reason; needs {@code If-Match}. */
    @Post("/amendments")
    @Refusal(status = HttpStatus.CONFLICT, when = "The scorecard is not submitted yet (save the draft instead)")
    @Refusal(status = HttpStatus.UNPROCESSABLE_ENTITY, when = "A score or note for a topic or question that is not"
            + " in this stage")
    HttpResponse<ScorecardResponse> amend(UUID interviewId, @Header(HttpHeaders.IF_MATCH) String ifMatch,
                                          @Body @Valid AmendScorecardRequest request, Authentication who) {
        return withETag(scoring.amend(Viewer.of(who), interviewId, ifMatch, request));
    }

    private static HttpResponse<ScorecardResponse> withETag(ScorecardResponse scorecard) {
        return HttpResponse.ok(scorecard).header(HttpHeaders.ETAG, scorecard.etag());
    }
}
