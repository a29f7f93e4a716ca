package io.panelist.notifications.webhooks;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.panelist.shared.CurrentUser;
import io.panelist.shared.ETags;
import io.panelist.shared.Page;
import io.panelist.shared.Paging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import java.net.URI;
import java.util.UUID;

@Controller("/api/v1/webhooks")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured("ADMIN")
@Tag(name = "Webhooks")
class WebhookController {
    private final WebhookService webhooks;

    WebhookController(WebhookService webhooks) {
        this.webhooks = webhooks;
    }

    @Get
    @Operation(summary = "List webhooks")
    @ApiResponse(responseCode = "200", description = "One page of webhooks, newest first, without their secrets")
    @ApiResponse(responseCode = "400", description = "An invalid page or size")
    @ApiResponse(responseCode = "401", description = "No valid token")
    @ApiResponse(responseCode = "403", description = "Not an administrator")
    Page<WebhookResponse> list(@Valid @RequestBean Paging paging) {
        return webhooks.webhooks(paging);
    }

    /** Registers a webhook; the answer carries its signing secret, shown this once and never again. */
    @Post
    @Operation(summary = "Register a webhook")
    @ApiResponse(responseCode = "201", description = "The webhook with its signing secret (shown only here)")
    @ApiResponse(responseCode = "400", description = "Invalid input: a URL that is not http(s), carries credentials"
            + " or resolves to a private address; an unknown event (the problem lists the events)")
    @ApiResponse(responseCode = "401", description = "No valid token")
    @ApiResponse(responseCode = "403", description = "Not an administrator")
    HttpResponse<CreatedWebhookResponse> create(@Body @Valid SaveWebhookRequest request, Authentication who) {
        CreatedWebhookResponse created = webhooks.createWebhook(CurrentUser.id(who), request);
        return HttpResponse.created(created, URI.create("/api/v1/webhooks/" + created.id()))
                .header(HttpHeaders.ETAG, ETags.of(created.version()));
    }

    @Get("/{id}")
    @Operation(summary = "Read a webhook")
    @ApiResponse(responseCode = "200", description = "The webhook, without its secret; ETag carries its version")
    @ApiResponse(responseCode = "401", description = "No valid token")
    @ApiResponse(responseCode = "403", description = "Not an administrator")
    @ApiResponse(responseCode = "404", description = "No such webhook")
    HttpResponse<WebhookResponse> get(UUID id) {
        WebhookResponse webhook = webhooks.webhook(id);
        return HttpResponse.ok(webhook).header(HttpHeaders.ETAG, ETags.of(webhook.version()));
    }

    @Put("/{id}")
    @Operation(summary = "Change a webhook")
    @ApiResponse(responseCode = "200", description = "The webhook as changed; its secret stays as it was")
    @ApiResponse(responseCode = "400", description = "Invalid input, as for registering")
    @ApiResponse(responseCode = "401", description = "No valid token")
    @ApiResponse(responseCode = "403", description = "Not an administrator")
    @ApiResponse(responseCode = "404", description = "No such webhook")
    @ApiResponse(responseCode = "412", description = "If-Match names a version that is no longer current")
    HttpResponse<WebhookResponse> update(UUID id, @Header(HttpHeaders.IF_MATCH) String ifMatch,
                                         @Body @Valid SaveWebhookRequest request, Authentication who) {
        WebhookResponse webhook = webhooks.updateWebhook(CurrentUser.id(who), id,
                ETags.required(ifMatch, "webhook"), request);
        return HttpResponse.ok(webhook).header(HttpHeaders.ETAG, ETags.of(webhook.version()));
    }

    /** Removes the webhook with its delivery log; its messages still in the outbox are not delivered. */
    @Delete("/{id}")
    @Status(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove a webhook")
    @ApiResponse(responseCode = "204", description = "Removed")
    @ApiResponse(responseCode = "401", description = "No valid token")
    @ApiResponse(responseCode = "403", description = "Not an administrator")
    @ApiResponse(responseCode = "404", description = "No such webhook")
    void delete(UUID id, Authentication who) {
        webhooks.deleteWebhook(CurrentUser.id(who), id);
    }
}
