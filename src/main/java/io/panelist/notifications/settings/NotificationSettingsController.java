package io.panelist.notifications.settings;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.panelist.shared.CurrentUser;
import io.panelist.shared.ETags;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

/** Each user's own choice of optional mails: scorecard reminders and the hiring manager's "evidence complete". */
@Controller("/api/v1/me/notifications")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Me")
class NotificationSettingsController {
    private final NotificationSettings settings;

    NotificationSettingsController(NotificationSettings settings) {
        this.settings = settings;
    }

    @Get
    @Operation(summary = "Which optional mails I get")
    @ApiResponse(responseCode = "200", description = "The settings, with their version as ETag")
    @ApiResponse(responseCode = "401", description = "No valid token")
    HttpResponse<NotificationSettingsResponse> get(Authentication who) {
        return answer(settings.of(CurrentUser.id(who)));
    }

    @Put
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Choose which optional mails I get",
            description = "Invitations, updates and cancellations cannot be turned off.")
    @ApiResponse(responseCode = "200", description = "The settings as saved, with their new version as ETag")
    @ApiResponse(responseCode = "400", description = "A choice missing or not a boolean")
    @ApiResponse(responseCode = "401", description = "No valid token")
    @ApiResponse(responseCode = "412", description = "If-Match names a version that is no longer current")
    HttpResponse<NotificationSettingsResponse> put(@Header(HttpHeaders.IF_MATCH) String ifMatch,
                                                   @Body @Valid NotificationSettingsRequest request,
                                                   Authentication who) {
        return answer(settings.change(CurrentUser.id(who), ETags.required(ifMatch, "notification settings"), request));
    }

    private static HttpResponse<NotificationSettingsResponse> answer(NotificationSettingsResponse body) {
        return HttpResponse.ok(body).header(HttpHeaders.ETAG, ETags.of(body.version()));
    }
}
