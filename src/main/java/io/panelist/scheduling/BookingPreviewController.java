package io.panelist.scheduling;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
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

import java.util.UUID;

@Controller("/api/v1/applications/{id}/booking-preview")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({"ADMIN", "RECRUITER"})
@Tag(name = "Scheduling")
class BookingPreviewController {
    private final BookingPreview preview;

    BookingPreviewController(BookingPreview preview) {
        this.preview = preview;
    }

    /** Reads only: a POST because the question is a body. Nothing is written, so nothing is audited. */
    @Post
    @Status(HttpStatus.OK)
    @Operation(summary = "Preview a booking's clashes",
            description = "Before booking: for each panelist, whether the time is inside their working hours, clear of"
                    + " their times away and of their other interviews, and within their daily and weekly limits"
                    + " (counting this interview); and the candidate's own interviews then. Books nothing; the"
                    + " booking checks again.")
    @ApiResponse(responseCode = "200", description = "Each panelist at that time, in the order asked")
    @ApiResponse(responseCode = "400", description = "Invalid input: the times (endsAt after startsAt, at most"
            + " 8 hours), panelistIds (1 to 10); the problem names the field")
    @ApiResponse(responseCode = "401", description = "No valid token")
    @ApiResponse(responseCode = "403", description = "Not an administrator or recruiter")
    @ApiResponse(responseCode = "404", description = "No such application")
    BookingPreviewResponse preview(UUID id, @Body @Valid BookingPreviewRequest request, Authentication who) {
        return BookingPreviewResponse.of(preview.preview(Viewer.of(who), id, request.startsAt().toInstant(),
                request.endsAt().toInstant(), request.panelistIds()));
    }
}
