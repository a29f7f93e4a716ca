package io.panelist.scheduling.feed;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.panelist.shared.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

@Controller("/api/v1/me/calendar-feed")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Me")
class CalendarFeedController {
    private final CalendarFeeds feeds;

    CalendarFeedController(CalendarFeeds feeds) {
        this.feeds = feeds;
    }

    @Post
    @Operation(summary = "Make a secret URL for one's calendar feed",
            description = "The URL (/calendar/{token}.ics) opens without a sign-in; a new one replaces the old.")
    @ApiResponse(responseCode = "200", description = "The feed's URL")
    @ApiResponse(responseCode = "401", description = "No valid token")
    CalendarFeedResponse issue(Authentication who) {
        return feeds.issue(CurrentUser.id(who));
    }

    @Delete
    @Status(HttpStatus.NO_CONTENT)
    @Operation(summary = "Revoke one's calendar feed", description = "Its URL answers 404 from now on.")
    @ApiResponse(responseCode = "204", description = "Revoked (or there was none)")
    @ApiResponse(responseCode = "401", description = "No valid token")
    void revoke(Authentication who) {
        feeds.revoke(CurrentUser.id(who));
    }
}
