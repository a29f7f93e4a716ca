package io.panelist.identity;

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
import io.panelist.shared.CurrentUser;
import io.panelist.shared.ETags;
import io.panelist.shared.Page;
import io.panelist.shared.Paging;
import io.panelist.shared.openapi.Refusal;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import java.net.URI;
import java.util.UUID;

@Controller("/api/v1/users")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured("ADMIN")
@Tag(name = "Users")
class UserController {
    private final IdentityService identity;

    UserController(IdentityService identity) {
        this.identity = identity;
    }

    /** Users, by display name; {@code q} matches name or email, {@code role} and {@code active} filter. */
    @Get
    Page<UserResponse> list(@QueryValue @Nullable @Size(max = 200) String q, @QueryValue @Nullable Role role,
                            @QueryValue @Nullable Boolean active, @Valid @RequestBean Paging paging) {
        return identity.listUsers(q, role, active, paging);
    }

    /** Creates a user with a password and roles. */
    @Post
    @Refusal(status = HttpStatus.CONFLICT, when = "A user with this email exists already")
    @Status(HttpStatus.CREATED)
    HttpResponse<UserResponse> create(@Body @Valid CreateUserRequest request, Authentication who) {
        UserResponse created = identity.createUser(CurrentUser.id(who), request);
        return HttpResponse.created(created, URI.create("/api/v1/users/" + created.id()))
                .header(HttpHeaders.ETAG, ETags.of(created.version()));
    }

    /** One user; the version comes as ETag. */
    @Get("/{id}")
    HttpResponse<UserResponse> get(UUID id) {
        UserResponse user = identity.getUser(id);
        return HttpResponse.ok(user).header(HttpHeaders.ETAG, ETags.of(user.version()));
    }

    /** Replaces the user; send {@code If-Match} with the version you read to refuse a concurrent edit. */
    @Put("/{id}")
    @Refusal(status = HttpStatus.CONFLICT, when = "Another user has this email, or the change would leave no"
            + " active administrator")
    HttpResponse<UserResponse> update(UUID id, @Header(HttpHeaders.IF_MATCH) String ifMatch,
                                      @Body @Valid UpdateUserRequest request, Authentication who) {
        UserResponse updated = identity.updateUser(CurrentUser.id(who), id, ETags.required(ifMatch, "user"), request);
        return HttpResponse.ok(updated).header(HttpHeaders.ETAG, ETags.of(updated.version()));
    }
}
