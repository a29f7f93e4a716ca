package io.panelist.scheduling.links;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

/**
 * The candidate's endpoints: no sign-in, the link's token is the key. Every public request counts against its
 * address's limit (links.throttle.PublicRequestFilter).
 */
@Controller("/api/v1/public/scheduling/{token}")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_ANONYMOUS)
@Tag(name = "Self-scheduling")
class PublicSchedulingController {
    private final SelfScheduling scheduling;

    PublicSchedulingController(SelfScheduling scheduling) {
        this.scheduling = scheduling;
    }

    @Get
    @Operation(summary = "Read a self-scheduling link (no sign-in)",
            description = "The position, the stage, its minutes and the free times; no interviewer is named.")
    @ApiResponse(responseCode = "200", description = "What the link offers, and its booking if it has one")
    @ApiResponse(responseCode = "404", description = "Unknown, expired or revoked link")
    @ApiResponse(responseCode = "429", description = "Too many requests from this address; see Retry-After")
    PublicSchedulingView view(String token) {
        return scheduling.view(token);
    }

    @Post("/booking")
    @Operation(summary = "Book one of the offered times (no sign-in)",
            description = "The panel, the candidate and the recruiters are sent their invitations.")
    @ApiResponse(responseCode = "201", description = "Booked")
    @ApiResponse(responseCode = "400", description = "Invalid input: a time without an offset, an unknown zone")
    @ApiResponse(responseCode = "404", description = "Unknown, expired or revoked link")
    @ApiResponse(responseCode = "409", description = "The time was just taken, or the link has a booking already")
    @ApiResponse(responseCode = "422", description = "A time the link never offered")
    @ApiResponse(responseCode = "429", description = "Too many requests from this address; see Retry-After")
    HttpResponse<BookingResponse> book(String token, @Body @Valid BookSlotRequest request) {
        return HttpResponse.status(HttpStatus.CREATED).body(scheduling.book(token, request));
    }

    @Put("/booking")
    @Operation(summary = "Move the booking to another offered time (no sign-in), until it starts")
    @ApiResponse(responseCode = "200", description = "Moved; everyone is sent the update")
    @ApiResponse(responseCode = "400", description = "Invalid input: a time without an offset, an unknown zone")
    @ApiResponse(responseCode = "404", description = "Unknown, expired or revoked link")
    @ApiResponse(responseCode = "409", description = "The time was just taken, nothing is booked, or the round has"
            + " started")
    @ApiResponse(responseCode = "422", description = "A time the link never offered")
    @ApiResponse(responseCode = "429", description = "Too many requests from this address; see Retry-After")
    BookingResponse move(String token, @Body @Valid BookSlotRequest request) {
        return scheduling.move(token, request);
    }

    @Delete("/booking")
    @Status(HttpStatus.NO_CONTENT)
    @Operation(summary = "Cancel the booking (no sign-in), until it starts",
            description = "Everyone is sent the cancellation; the link may book again while it is open.")
    @ApiResponse(responseCode = "204", description = "Cancelled")
    @ApiResponse(responseCode = "404", description = "Unknown, expired or revoked link")
    @ApiResponse(responseCode = "409", description = "Nothing is booked, or the round has started")
    @ApiResponse(responseCode = "429", description = "Too many requests from this address; see Retry-After")
    void cancel(String token) {
        scheduling.cancel(token);
    }
}
