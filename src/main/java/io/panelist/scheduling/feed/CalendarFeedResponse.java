package io.panelist.scheduling.feed;

import io.micronaut.serde.annotation.Serdeable;

/** The secret URL of a person's calendar feed: whoever holds it reads the feed, so it is shown once. */
@Serdeable
public record CalendarFeedResponse(String url) {
}
