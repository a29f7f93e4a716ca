package io.panelist.scheduling.feed;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The feed itself, for calendar applications: no sign-in, the token in the path is the key. */
@Controller("/calendar")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_ANONYMOUS)
@Tag(name = "Me")
class CalendarFileController {
    static final String CALENDAR = "text/calendar";
    private final CalendarFeeds feeds;

    CalendarFileController(CalendarFeeds feeds) {
        this.feeds = feeds;
    }

    @Get("/{token}.ics")
    @Produces(CALENDAR)
    @Operation(summary = "Read a calendar feed (no sign-in)",
            description = "One VEVENT per interview of the feed's owner (as panelist), not cancelled, from 30 days"
                    + " back to 180 days ahead.")
    @ApiResponse(responseCode = "200", description = "The calendar (RFC 5545)")
    @ApiResponse(responseCode = "404", description = "No such feed: unknown or revoked")
    HttpResponse<String> feed(String token) {
        return HttpResponse.ok(feeds.feed(token))
                .contentType(CALENDAR + "; charset=utf-8")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-cache");
    }
}
