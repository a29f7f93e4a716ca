package io.panelist.recruiting.candidates;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
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
import io.panelist.shared.Page;
import io.panelist.shared.Paging;
import io.panelist.shared.Viewer;
import io.panelist.shared.openapi.Refusal;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.net.URI;
import java.util.Map;
import java.util.UUID;

@Controller("/api/v1/candidates")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Candidates")
class CandidateController {
    private final CandidateService candidates;
    private final CandidateUpserts upserts;

    CandidateController(CandidateService candidates, CandidateUpserts upserts) {
        this.candidates = candidates;
        this.upserts = upserts;
    }

    /** Candidates by name; {@code q} matches name or email. Interviewers and hiring managers see only theirs. */
    @Get
    Page<CandidateResponse> search(@QueryValue @Nullable @Size(max = 200) String q, @Valid @RequestBean Paging paging,
                                   Authentication who) {
        return candidates.searchCandidates(Viewer.of(who), q, paging);
    }

    /** Adds a candidate. */
    @Post
    @Refusal(status = HttpStatus.CONFLICT, when = "A candidate with this email exists already")
    @Status(HttpStatus.CREATED)
    @Secured({"ADMIN", "RECRUITER"})
    HttpResponse<CandidateResponse> create(@Body @Valid SaveCandidateRequest request, Authentication who) {
        CandidateResponse candidate = candidates.createCandidate(CurrentUser.id(who), request);
        return HttpResponse.created(candidate, URI.create("/api/v1/candidates/" + candidate.id()))
                .header(HttpHeaders.ETAG, ETags.of(candidate.version()));
    }

    /** One candidate; the version comes as ETag. */
    @Get("/{id}")
    HttpResponse<CandidateResponse> get(UUID id, Authentication who) {
        CandidateResponse candidate = candidates.getCandidate(Viewer.of(who), id);
        return HttpResponse.ok(candidate).header(HttpHeaders.ETAG, ETags.of(candidate.version()));
    }

    /** Replaces the candidate's details; needs If-Match. */
    @Put("/{id}")
    @Refusal(status = HttpStatus.CONFLICT, when = "The candidate was erased, or another candidate has this email")
    @Secured({"ADMIN", "RECRUITER"})
    HttpResponse<CandidateResponse> update(UUID id, @Header(HttpHeaders.IF_MATCH) String ifMatch,
                                           @Body @Valid SaveCandidateRequest request, Authentication who) {
        CandidateResponse candidate = candidates.updateCandidate(CurrentUser.id(who), id,
                ETags.required(ifMatch, "candidate"), request);
        return HttpResponse.ok(candidate).header(HttpHeaders.ETAG, ETags.of(candidate.version()));
    }

    /**
     * Creates (201) or updates (200) the candidate with this external id, idempotently: no {@code If-Match}, and the
     * same body twice gives the same answer. An erased candidate's id is refused (409).
     */
    @Put("/by-external-id/{externalId}")
    @Secured({"ADMIN", "RECRUITER"})
    @ApiResponse(responseCode = "200", description = "Updated (or unchanged): the candidate",
            content = @Content(schema = @Schema(implementation = CandidateResponse.class)))
    @ApiResponse(responseCode = "201", description = "Created: the candidate",
            content = @Content(schema = @Schema(implementation = CandidateResponse.class)))
    @Refusal(status = HttpStatus.CONFLICT, when = "The external id belongs to an erased candidate, or the email to"
            + " another candidate")
    HttpResponse<CandidateResponse> upsert(@PathVariable @Size(max = ExternalIds.MAX_LENGTH)
                                           @Pattern(regexp = ExternalIds.PATTERN, message = ExternalIds.PATTERN_MESSAGE)
                                           String externalId,
                                           @Body @Valid SaveCandidateRequest request, Authentication who) {
        CandidateUpserts.Upserted upserted = upserts.upsertCandidate(CurrentUser.id(who), externalId, request);
        CandidateResponse candidate = upserted.candidate();
        MutableHttpResponse<CandidateResponse> response = upserted.created()
                ? HttpResponse.created(candidate, URI.create("/api/v1/candidates/" + candidate.id()))
                : HttpResponse.ok(candidate);
        return response.header(HttpHeaders.ETAG, ETags.of(candidate.version()));
    }

    /** Erases the person: anonymized everywhere, active applications withdrawn; scores and decisions stay. */
    @Delete("/{id}")
    @Secured({"ADMIN", "RECRUITER"})
    @Status(HttpStatus.NO_CONTENT)
    void erase(UUID id, Authentication who) {
        candidates.eraseCandidate(CurrentUser.id(who), id);
    }

    /** Everything held about the person, as one JSON document (right of access). */
    @Get("/{id}/export")
    @Secured({"ADMIN", "RECRUITER"})
    Map<String, Object> export(UUID id) {
        return candidates.exportCandidate(id);
    }
}
