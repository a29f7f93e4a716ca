package io.panelist.scheduling.feed;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** A person's feed token, as its SHA-256. */
@MappedEntity("calendar_feeds")
record CalendarFeed(@Id UUID userId, String tokenHash, Instant createdAt) {
}
