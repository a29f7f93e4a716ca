package io.panelist.notifications.webhooks.delivery;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.panelist.notifications.webhooks.WebhookService;
import io.panelist.shared.CurrentUser;
import io.panelist.shared.Page;
import io.panelist.shared.Paging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import java.util.UUID;

@Controller("/api/v1/webhooks/{id}/deliveries")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured("ADMIN")
@Tag(name = "Webhooks")
class WebhookDeliveryController {
    private final WebhookService webhooks;

    WebhookDeliveryController(WebhookService webhooks) {
        this.webhooks = webhooks;
    }

    /** Every attempt to send the webhook's messages, newest first: the receiver's status or why there was none. */
    @Get
    @Operation(summary = "List a webhook's delivery attempts")
    @ApiResponse(responseCode = "200", description = "One page of attempts")
    @ApiResponse(responseCode = "400", description = "An invalid page or size")
    @ApiResponse(responseCode = "401", description = "No valid token")
    @ApiResponse(responseCode = "403", description = "Not an administrator")
    @ApiResponse(responseCode = "404", description = "No such webhook")
    Page<WebhookDeliveryResponse> list(UUID id, @Valid @RequestBean Paging paging) {
        return webhooks.deliveries(id, paging);
    }

    /** Sends the delivery's message again, with the same webhook-id and body, through the outbox. */
    @Post("/{deliveryId}/redeliver")
    @Operation(summary = "Send a webhook message again")
    @ApiResponse(responseCode = "202", description = "Queued: the new outbox message and the message's webhook-id")
    @ApiResponse(responseCode = "401", description = "No valid token")
    @ApiResponse(responseCode = "403", description = "Not an administrator")
    @ApiResponse(responseCode = "404", description = "No such webhook, or no such delivery of it")
    @ApiResponse(responseCode = "409", description = "The message was erased with its candidate")
    HttpResponse<RedeliveryResponse> redeliver(UUID id, UUID deliveryId, Authentication who) {
        return HttpResponse.accepted().body(webhooks.redeliver(CurrentUser.id(who), id, deliveryId));
    }
}
