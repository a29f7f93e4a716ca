package io.panelist.scheduling.links;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.panelist.shared.Viewer;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import java.net.URI;
import java.util.List;
import java.util.UUID;

@Controller("/api/v1")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({"ADMIN", "RECRUITER"})
@Tag(name = "Self-scheduling")
class SchedulingLinkController {
    private final SchedulingLinkService links;

    SchedulingLinkController(SchedulingLinkService links) {
        this.links = links;
    }

    @Post("/applications/{id}/scheduling-links")
    @Operation(summary = "Make a self-scheduling link for one round of an application",
            description = "The candidate opens the URL without signing in and books one of the times find-times"
                    + " offers for the stage, inside the window, with a panel of panelSize.")
    @ApiResponse(responseCode = "201", description = "The link with its token and URL (shown only here)")
    @ApiResponse(responseCode = "400", description = "Invalid input: a missing field, a time without an offset, a"
            + " panel size outside 1 to 8")
    @ApiResponse(responseCode = "401", description = "No valid token")
    @ApiResponse(responseCode = "403", description = "Not a recruiter or an administrator")
    @ApiResponse(responseCode = "404", description = "No such application")
    @ApiResponse(responseCode = "409", description = "The application is closed")
    @ApiResponse(responseCode = "422", description = "A stage of another plan, a window that is not 1 minute to 60"
            + " days in the future, an expiry that is past or more than 60 days ahead; the problem names the field")
    HttpResponse<CreatedSchedulingLinkResponse> create(UUID id, @Body @Valid CreateSchedulingLinkRequest request,
                                                       Authentication who) {
        CreatedSchedulingLinkResponse created = links.createLink(Viewer.of(who), id, request);
        return HttpResponse.created(created, URI.create("/api/v1/scheduling-links/" + created.id()));
    }

    @Get("/applications/{id}/scheduling-links")
    @Operation(summary = "List an application's self-scheduling links (without their tokens)")
    @ApiResponse(responseCode = "200", description = "The links, newest first, each with its status")
    @ApiResponse(responseCode = "401", description = "No valid token")
    @ApiResponse(responseCode = "403", description = "Not a recruiter or an administrator")
    @ApiResponse(responseCode = "404", description = "No such application")
    List<SchedulingLinkSummary> list(UUID id, Authentication who) {
        return links.linksOf(Viewer.of(who), id);
    }

    @Delete("/scheduling-links/{id}")
    @Status(HttpStatus.NO_CONTENT)
    @Operation(summary = "Revoke a self-scheduling link",
            description = "Its URL answers 404 from now on; a round it booked stays booked.")
    @ApiResponse(responseCode = "204", description = "Revoked (or it already was)")
    @ApiResponse(responseCode = "401", description = "No valid token")
    @ApiResponse(responseCode = "403", description = "Not a recruiter or an administrator")
    @ApiResponse(responseCode = "404", description = "No such link")
    void revoke(UUID id, Authentication who) {
        links.revokeLink(Viewer.of(who), id);
    }
}
