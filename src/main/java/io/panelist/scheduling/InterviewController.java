package io.panelist.scheduling;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.panelist.shared.ETags;
import io.panelist.shared.Page;
import io.panelist.shared.Paging;
import io.panelist.shared.Viewer;
import io.panelist.shared.openapi.Refusal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import java.net.URI;
import java.util.UUID;

@Controller("/api/v1/interviews")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Scheduling")
class InterviewController {
    static final String CALENDAR = "text/calendar";
    private final SchedulingService scheduling;

    InterviewController(SchedulingService scheduling) {
        this.scheduling = scheduling;
    }

    @Get
    @Operation(summary = "An application's interviews",
            description = "In time order. Recruiters, administrators and the position's hiring manager see every "
                    + "round; a panelist the rounds they sit on.")
    @ApiResponse(responseCode = "200", description = "One page of the application's interviews")
    @ApiResponse(responseCode = "400", description = "applicationId missing or not a UUID, or a page out of range")
    @ApiResponse(responseCode = "401", description = "No valid token")
    @ApiResponse(responseCode = "404", description = "No such application, or one the caller may not see")
    Page<InterviewResponse> list(@QueryValue UUID applicationId, @Valid @RequestBean Paging paging,
                                 Authentication who) {
        return scheduling.listInterviews(Viewer.of(who), applicationId, paging);
    }

    /** Books a round; 409 names who is double-booked, and {@code warnings} reports panelists over their weekly limit. */
    @Post
    @Refusal(status = HttpStatus.CONFLICT, when = "A panelist is booked already at that time (the problem names"
            + " who and when), or would go over their weekly interview limit")
    @Refusal(status = HttpStatus.UNPROCESSABLE_ENTITY, when = "The application is closed, the stage is not one of"
            + " its plan, or the time is in the past")
    @Status(HttpStatus.CREATED)
    @Secured({"ADMIN", "RECRUITER"})
    HttpResponse<InterviewResponse> schedule(@Body @Valid ScheduleInterviewRequest request, Authentication who) {
        InterviewResponse interview = scheduling.scheduleInterview(Viewer.of(who), request);
        return withETag(HttpResponse.created(interview, URI.create("/api/v1/interviews/" + interview.id())), interview);
    }

    /** One interview with its panel; the version comes as ETag. */
    @Get("/{id}")
    HttpResponse<InterviewResponse> get(UUID id, Authentication who) {
        InterviewResponse interview = scheduling.getInterview(Viewer.of(who), id);
        return withETag(HttpResponse.ok(interview), interview);
    }

    /** Reschedules or changes the panel; fields left out stay. */
    @Patch("/{id}")
    @Refusal(status = HttpStatus.CONFLICT, when = "The interview is cancelled or over, a panelist is booked"
            + " already at the new time, or would go over their weekly interview limit")
    @Refusal(status = HttpStatus.UNPROCESSABLE_ENTITY, when = "The new time is in the past")
    @Secured({"ADMIN", "RECRUITER"})
    HttpResponse<InterviewResponse> reschedule(UUID id, @Header(HttpHeaders.IF_MATCH) String ifMatch,
                                               @Body @Valid RescheduleInterviewRequest request, Authentication who) {
        InterviewResponse interview = scheduling.rescheduleInterview(Viewer.of(who), id,
                ETags.required(ifMatch, "interview"), request);
        return withETag(HttpResponse.ok(interview), interview);
    }

    /** Cancels the interview, with a reason; the panel and the candidate are told. */
    @Post("/{id}/cancel")
    @Refusal(status = HttpStatus.CONFLICT, when = "The interview is cancelled or over already")
    @Secured({"ADMIN", "RECRUITER"})
    HttpResponse<InterviewResponse> cancel(UUID id, @Header(HttpHeaders.IF_MATCH) @Nullable String ifMatch,
                                           @Body @Valid StatusChangeRequest request, Authentication who) {
        InterviewResponse interview = scheduling.cancelInterview(Viewer.of(who), id, ETags.parse(ifMatch), request.reason());
        return withETag(HttpResponse.ok(interview), interview);
    }

    /** The candidate did not come. */
    @Post("/{id}/no-show")
    @Refusal(status = HttpStatus.CONFLICT, when = "The interview has not begun yet, or is cancelled or over")
    @Secured({"ADMIN", "RECRUITER"})
    HttpResponse<InterviewResponse> noShow(UUID id, @Header(HttpHeaders.IF_MATCH) @Nullable String ifMatch,
                                           @Body @Valid StatusChangeRequest request, Authentication who) {
        InterviewResponse interview = scheduling.recordNoShow(Viewer.of(who), id, ETags.parse(ifMatch), request.reason());
        return withETag(HttpResponse.ok(interview), interview);
    }

    /** The calendar invite (RFC 5545), for the panel and the recruiters. */
    @Get("/{id}/invite.ics")
    @Produces(CALENDAR)
    HttpResponse<String> invite(UUID id, Authentication who) {
        return HttpResponse.ok(scheduling.invite(Viewer.of(who), id))
                .contentType(CALENDAR + "; charset=utf-8")
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"interview-" + id + ".ics\"");
    }

    private static HttpResponse<InterviewResponse> withETag(MutableHttpResponse<InterviewResponse> response,
                                                            InterviewResponse interview) {
        return response.header(HttpHeaders.ETAG, ETags.of(interview.version()));
    }
}
