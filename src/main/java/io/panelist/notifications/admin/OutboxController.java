package io.panelist.notifications.admin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.panelist.shared.CurrentUser;
import io.panelist.shared.Page;
import io.panelist.shared.Paging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import java.util.UUID;

@Controller("/api/v1/admin/outbox")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured("ADMIN")
@Tag(name = "Outbox")
class OutboxController {
    private final OutboxAdmin admin;

    OutboxController(OutboxAdmin admin) {
        this.admin = admin;
    }

    /** Mails and webhooks, newest first, optionally of one status, kind or recipient. */
    @Get
    @Operation(summary = "List outbox messages")
    @ApiResponse(responseCode = "200", description = "One page of messages")
    @ApiResponse(responseCode = "400", description = "An unknown status or kind; the problem lists the allowed values")
    @ApiResponse(responseCode = "401", description = "No valid token")
    @ApiResponse(responseCode = "403", description = "Not an administrator")
    Page<OutboxMessageResponse> search(@QueryValue @Nullable @Size(max = 30) String status,
                                       @QueryValue @Nullable @Size(max = 30) String kind,
                                       @QueryValue @Nullable @Size(max = 320) String recipient,
                                       @Valid @RequestBean Paging paging) {
        return admin.search(status, kind, recipient, paging);
    }

    /** Sends a DEAD message again (attempts reset); a HELD one stays HELD while nothing is configured to send it. */
    @Post("/{id}/retry")
    @Operation(summary = "Send a message again")
    @ApiResponse(responseCode = "200", description = "The message as it now stands (PENDING, or still HELD)")
    @ApiResponse(responseCode = "401", description = "No valid token")
    @ApiResponse(responseCode = "403", description = "Not an administrator")
    @ApiResponse(responseCode = "404", description = "No such message")
    @ApiResponse(responseCode = "409", description = "The message was SENT or SKIPPED: it is not sent again")
    OutboxMessageResponse retry(UUID id, Authentication who) {
        return admin.retry(CurrentUser.id(who), id);
    }
}
