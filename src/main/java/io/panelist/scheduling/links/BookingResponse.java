package io.panelist.scheduling.links;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/** The round the candidate booked or moved: when, in which zone their mails show it, and where. */
@Serdeable
public record BookingResponse(String positionTitle, String stageName, Instant startsAt, Instant endsAt,
                              String timeZone, String location) {
}
