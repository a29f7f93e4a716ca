package io.panelist.scheduling.qualifications;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.panelist.shared.ETags;
import io.panelist.shared.Viewer;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import java.util.UUID;

/** An interviewer's qualifications: which topics they may judge, QUALIFIED or as a TRAINEE. */
@Controller("/api/v1/interviewers/{id}/qualifications")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Interviewers")
class QualificationsController {
    private final QualificationService qualifications;

    QualificationsController(QualificationService qualifications) {
        this.qualifications = qualifications;
    }

    @Get
    @Operation(summary = "An interviewer's qualifications",
            description = "For recruiters, administrators and the interviewer themselves.")
    @ApiResponse(responseCode = "200", description = "The topics by key and level; the list's version as ETag")
    @ApiResponse(responseCode = "400", description = "The id is not a UUID")
    @ApiResponse(responseCode = "401", description = "No valid token")
    @ApiResponse(responseCode = "403", description = "Neither a recruiter, an administrator nor the interviewer")
    @ApiResponse(responseCode = "404", description = "No one with INTERVIEWER or HIRING_MANAGER has this id")
    HttpResponse<QualificationsResponse> get(UUID id, Authentication who) {
        return answer(qualifications.qualifications(Viewer.of(who), id));
    }

    @Put
    @Consumes(MediaType.APPLICATION_JSON)
    @Secured({"ADMIN", "RECRUITER"})
    @Operation(summary = "Replace an interviewer's qualifications",
            description = "The list given becomes the whole list: topics left out are no longer recorded. A TRAINEE's "
                    + "scores in a topic count in no recommendation, ranking, calibration or reliability.")
    @ApiResponse(responseCode = "200", description = "The list as saved, with its new version as ETag")
    @ApiResponse(responseCode = "400", description = "A field missing or malformed, or a level other than QUALIFIED "
            + "or TRAINEE; the problem names the field")
    @ApiResponse(responseCode = "401", description = "No valid token")
    @ApiResponse(responseCode = "403", description = "Not a recruiter or an administrator")
    @ApiResponse(responseCode = "404", description = "No one with INTERVIEWER or HIRING_MANAGER has this id")
    @ApiResponse(responseCode = "412", description = "If-Match names a version of the list that is no longer current")
    @ApiResponse(responseCode = "422", description = "A topic key that names no topic, or a topic listed twice; the "
            + "problem names each entry, and nothing is saved")
    HttpResponse<QualificationsResponse> put(UUID id, @Header(HttpHeaders.IF_MATCH) String ifMatch,
                                             @Body @Valid SaveQualificationsRequest request, Authentication who) {
        return answer(qualifications.saveQualifications(Viewer.of(who), id, ETags.required(ifMatch, "qualifications"),
                request));
    }

    private static HttpResponse<QualificationsResponse> answer(QualificationsResponse body) {
        return HttpResponse.ok(body).header(HttpHeaders.ETAG, ETags.of(body.version()));
    }
}
