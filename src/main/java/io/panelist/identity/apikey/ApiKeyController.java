package io.panelist.identity.apikey;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.http.annotation.Status;
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

import java.net.URI;
import java.util.UUID;

@Controller("/api/v1/api-keys")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured("ADMIN")
@Tag(name = "API keys")
class ApiKeyController {
    private final ApiKeyService keys;

    ApiKeyController(ApiKeyService keys) {
        this.keys = keys;
    }

    @Get
    @Operation(summary = "List API keys")
    @ApiResponse(responseCode = "200", description = "One page of API keys, newest first, revoked ones included,"
            + " never the keys themselves")
    @ApiResponse(responseCode = "400", description = "An invalid page or size")
    @ApiResponse(responseCode = "401", description = "No valid token")
    @ApiResponse(responseCode = "403", description = "Not an administrator")
    Page<ApiKeyResponse> list(@Valid @RequestBean Paging paging) {
        return keys.keys(paging);
    }

    /** Makes an API key; the answer carries the key, shown this once and never again. */
    @Post
    @Operation(summary = "Make an API key")
    @ApiResponse(responseCode = "201", description = "The key's record with the key itself (shown only here)")
    @ApiResponse(responseCode = "400", description = "Invalid input: an empty name, no scope or an unknown one"
            + " (the problem lists the scopes), an expiry that is not in the future or more than ten years away")
    @ApiResponse(responseCode = "401", description = "No valid token")
    @ApiResponse(responseCode = "403", description = "Not an administrator")
    HttpResponse<CreatedApiKeyResponse> create(@Body @Valid CreateApiKeyRequest request, Authentication who) {
        CreatedApiKeyResponse created = keys.createKey(CurrentUser.id(who), request);
        return HttpResponse.created(created, URI.create("/api/v1/api-keys/" + created.id()));
    }

    /** Revokes a key: its next use is refused with 401. */
    @Delete("/{id}")
    @Status(HttpStatus.NO_CONTENT)
    @Operation(summary = "Revoke an API key")
    @ApiResponse(responseCode = "204", description = "Revoked (or already revoked)")
    @ApiResponse(responseCode = "401", description = "No valid token")
    @ApiResponse(responseCode = "403", description = "Not an administrator")
    @ApiResponse(responseCode = "404", description = "No such API key")
    void revoke(UUID id, Authentication who) {
        keys.revokeKey(CurrentUser.id(who), id);
    }
}
