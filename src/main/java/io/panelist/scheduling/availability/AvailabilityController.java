package io.panelist.scheduling.availability;

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
import io.panelist.shared.CurrentUser;
import io.panelist.shared.ETags;
import io.panelist.shared.Viewer;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.util.UUID;

/**
 * Availability: one's own under /me, an interviewer's or hiring manager's for recruiters and administrators. Bodies
 * are validated by the service, constraints and rules together, so that one answer lists every problem.
 */
@Controller("/api/v1")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Availability")
class AvailabilityController {
    private static final String DEFAULTS = "With no weekly hours saved, defaultHours is true and weekly is empty: "
            + "Monday to Friday 09:00-17:00 in timeZone.";
    private static final String REPLACES = "Replaces weekly hours, exceptions, limits and buffer together. "
            + "weeklyLimit is the user's weekly interview limit. timeZone left out (or the person's own) follows the "
            + "person's own zone; a limit left out means none; bufferMinutes left out is 0; an empty weekly list "
            + "means the default week.";
    private final AvailabilityService availability;

    AvailabilityController(AvailabilityService availability) {
        this.availability = availability;
    }

    @Get("/me/availability")
    @Operation(summary = "When I can interview", description = DEFAULTS)
    @ApiResponse(responseCode = "200", description = "The availability, with its version as ETag")
    @ApiResponse(responseCode = "401", description = "No valid token")
    HttpResponse<AvailabilityResponse> mine(Authentication who) {
        return answer(availability.myAvailability(CurrentUser.id(who)));
    }

    @Put("/me/availability")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace when I can interview", description = REPLACES)
    @ApiResponse(responseCode = "200", description = "The availability as saved, with its new version as ETag")
    @ApiResponse(responseCode = "400", description = "A field is not valid (named in errors); nothing was saved")
    @ApiResponse(responseCode = "401", description = "No valid token")
    @ApiResponse(responseCode = "409", description = "Weekly hours that overlap, saved at the same moment")
    @ApiResponse(responseCode = "412", description = "If-Match names a version that is no longer current")
    HttpResponse<AvailabilityResponse> changeMine(@Header(HttpHeaders.IF_MATCH) String ifMatch,
                                                  @Body SaveAvailabilityRequest request, Authentication who) {
        return answer(availability.changeMyAvailability(CurrentUser.id(who), ETags.required(ifMatch, "availability"),
                request));
    }

    @Get("/interviewers/{id}/availability")
    @Secured({"ADMIN", "RECRUITER"})
    @Operation(summary = "When an interviewer or hiring manager can interview", description = DEFAULTS)
    @ApiResponse(responseCode = "200", description = "The availability, with its version as ETag")
    @ApiResponse(responseCode = "400", description = "The id is not a UUID")
    @ApiResponse(responseCode = "401", description = "No valid token")
    @ApiResponse(responseCode = "403", description = "Not a recruiter or administrator")
    @ApiResponse(responseCode = "404", description = "No such user, or neither an interviewer nor a hiring manager")
    HttpResponse<AvailabilityResponse> get(UUID id, Authentication who) {
        return answer(availability.availabilityOf(Viewer.of(who), id));
    }

    @Put("/interviewers/{id}/availability")
    @Secured({"ADMIN", "RECRUITER"})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace when an interviewer or hiring manager can interview", description = REPLACES)
    @ApiResponse(responseCode = "200", description = "The availability as saved, with its new version as ETag")
    @ApiResponse(responseCode = "400", description = "A field is not valid (named in errors); nothing was saved")
    @ApiResponse(responseCode = "401", description = "No valid token")
    @ApiResponse(responseCode = "403", description = "Not a recruiter or administrator")
    @ApiResponse(responseCode = "404", description = "No such user, or neither an interviewer nor a hiring manager")
    @ApiResponse(responseCode = "409", description = "Weekly hours that overlap, saved at the same moment")
    @ApiResponse(responseCode = "412", description = "If-Match names a version that is no longer current")
    HttpResponse<AvailabilityResponse> change(UUID id, @Header(HttpHeaders.IF_MATCH) String ifMatch,
                                              @Body SaveAvailabilityRequest request, Authentication who) {
        return answer(availability.changeAvailabilityOf(Viewer.of(who), id, ETags.required(ifMatch, "availability"),
                request));
    }

    private static HttpResponse<AvailabilityResponse> answer(AvailabilityResponse body) {
        return HttpResponse.ok(body).header(HttpHeaders.ETAG, ETags.of(body.version()));
    }
}
