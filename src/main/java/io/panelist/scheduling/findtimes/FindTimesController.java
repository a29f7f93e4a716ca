package io.panelist.scheduling.findtimes;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.http.HttpStatus;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import java.util.UUID;

@Controller("/api/v1/applications/{id}/find-times")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({"ADMIN", "RECRUITER"})
@Tag(name = "Scheduling")
class FindTimesController {
    private final TimeFinder finder;

    FindTimesController(TimeFinder finder) {
        this.finder = finder;
    }

    /** Reads only: a POST because the query is a body. Nothing is written, so nothing is audited. */
    @Post
    @Status(HttpStatus.OK)
    @Operation(summary = "Find times for a stage",
            description = "Quarter-hour starts in [from, to] (at most 60 days) where a panel of exactly panelSize fits"
                    + " every rule of availability, buffers, limits and qualifications, and the candidate is free;"
                    + " ordered by start, each with the panel of the fewest interviews that week.")
    @ApiResponse(responseCode = "200", description = "The suggestions, ordered by start (possibly none)")
    @ApiResponse(responseCode = "400", description = "Invalid input: the window (to after from, at most 60 days),"
            + " panelSize (1 to 8), limit (1 to 50), a candidate window; the problem names the field")
    @ApiResponse(responseCode = "401", description = "No valid token")
    @ApiResponse(responseCode = "403", description = "Not an administrator or recruiter")
    @ApiResponse(responseCode = "404", description = "No such application")
    @ApiResponse(responseCode = "422", description = "A stage of another plan than the application's, or a required"
            + " panelist who is unknown or not an active interviewer or hiring manager")
    FindTimesResponse find(UUID id, @Body @Valid FindTimesRequest request) {
        return FindTimesResponse.of(finder.find(request.toQuery(id)));
    }
}
