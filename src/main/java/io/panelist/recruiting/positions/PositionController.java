package io.panelist.recruiting.positions;

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
import io.panelist.shared.Page;
import io.panelist.shared.Paging;
import io.panelist.shared.Viewer;
import io.panelist.shared.openapi.Refusal;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import java.net.URI;
import java.util.UUID;

@Controller("/api/v1/positions")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Positions")
class PositionController {
    private final PositionService positions;

    PositionController(PositionService positions) {
        this.positions = positions;
    }

    /** Open positions first; a hiring manager sees only their own. */
    @Get
    Page<PositionResponse> list(@QueryValue @Nullable PositionStatus status,
                                @QueryValue @Nullable @Size(max = 200) String q,
                                @Valid @RequestBean Paging paging, Authentication who) {
        return positions.listPositions(Viewer.of(who), status, q, paging);
    }

    /** Opens a position. */
    @Post
    @Refusal(status = HttpStatus.UNPROCESSABLE_ENTITY, when = "The hiring manager named is not an active hiring"
            + " manager")
    @Status(HttpStatus.CREATED)
    @Secured({"ADMIN", "RECRUITER"})
    HttpResponse<PositionResponse> create(@Body @Valid SavePositionRequest request, Authentication who) {
        PositionResponse position = positions.createPosition(CurrentUser.id(who), request);
        return HttpResponse.created(position, URI.create("/api/v1/positions/" + position.id()))
                .header(HttpHeaders.ETAG, ETags.of(position.version()));
    }

    /** One position; the version comes as ETag. */
    @Get("/{id}")
    HttpResponse<PositionResponse> get(UUID id, Authentication who) {
        PositionResponse position = positions.getPosition(Viewer.of(who), id);
        return HttpResponse.ok(position).header(HttpHeaders.ETAG, ETags.of(position.version()));
    }

    /** Replaces the position's title, level, hiring manager and status; needs If-Match. */
    @Put("/{id}")
    @Refusal(status = HttpStatus.UNPROCESSABLE_ENTITY, when = "The hiring manager named is not an active hiring"
            + " manager")
    @Secured({"ADMIN", "RECRUITER"})
    HttpResponse<PositionResponse> update(UUID id, @Header(HttpHeaders.IF_MATCH) String ifMatch,
                                          @Body @Valid SavePositionRequest request, Authentication who) {
        PositionResponse position = positions.updatePosition(CurrentUser.id(who), id,
                ETags.required(ifMatch, "position"), request);
        return HttpResponse.ok(position).header(HttpHeaders.ETAG, ETags.of(position.version()));
    }
}
