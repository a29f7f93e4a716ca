package io.panelist.identity.profile;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.panelist.identity.IdentityService;
import io.panelist.identity.session.Sessions;
import io.panelist.shared.CurrentUser;
import io.panelist.shared.ETags;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

@Controller("/api/v1/me")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Me")
class MeController {
    private final IdentityService identity;

    MeController(IdentityService identity) {
        this.identity = identity;
    }

    /** Who I am: my profile, roles and time zone; the version comes as ETag. */
    @Get
    HttpResponse<MeResponse> me(Authentication who) {
        MeResponse me = identity.me(CurrentUser.id(who));
        return HttpResponse.ok(me).header(HttpHeaders.ETAG, ETags.of(me.version()));
    }

    /** Changes one's own display name and time zone. */
    @Put
    HttpResponse<MeResponse> update(@Header(HttpHeaders.IF_MATCH) @Nullable String ifMatch,
                                    @Body @Valid UpdateMeRequest request, Authentication who) {
        MeResponse me = identity.updateMe(CurrentUser.id(who), ETags.parse(ifMatch), request);
        return HttpResponse.ok(me).header(HttpHeaders.ETAG, ETags.of(me.version()));
    }

    /** Changes one's own password; needs the current one, and signs out every other session. */
    @Put("/password")
    @Status(HttpStatus.NO_CONTENT)
    void changePassword(@Body @Valid ChangePasswordRequest request, Authentication who) {
        identity.changePassword(CurrentUser.id(who), Sessions.sessionId(who), request);
    }
}
