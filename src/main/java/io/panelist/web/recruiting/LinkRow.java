package io.panelist.web.recruiting;

import io.panelist.scheduling.links.SchedulingLinkSummary;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.UUID;

/** One self-scheduling link on the rounds page, in the recruiter's words and zone. */
public record LinkRow(UUID id, String stage, String window, int panelSize, String status, String statusClass,
                      String expires, String booked, boolean revocable) {

    static LinkRow of(SchedulingLinkSummary link, ZoneId zone) {
        String status = switch (link.status()) {
            case ACTIVE -> "Waiting for the candidate";
            case BOOKED -> "Booked";
            case EXPIRED -> "Expired";
            case REVOKED -> "Revoked";
        };
        boolean open = link.status() == SchedulingLinkSummary.Status.ACTIVE
                || link.status() == SchedulingLinkSummary.Status.BOOKED;
        return new LinkRow(link.id(), link.stageName(), TimeWording.day(link.from(), zone) + " – "
                + TimeWording.day(link.to().minusSeconds(1), zone), link.panelSize(), status,
                "status-" + link.status().name().toLowerCase(Locale.ROOT), until(link.expiresAt(), zone),
                link.bookedStartsAt() == null ? "" : TimeWording.day(link.bookedStartsAt(), zone) + ", "
                        + TimeWording.time(link.bookedStartsAt(), zone), open);
    }

    /** "the end of Mon 21 Dec 2026" for a link that ends at midnight (as the page makes them), else day and time. */
    private static String until(Instant expiresAt, ZoneId zone) {
        boolean midnight = expiresAt.atZone(zone).toLocalTime().equals(LocalTime.MIDNIGHT);
        return midnight ? "the end of " + TimeWording.day(expiresAt.minusSeconds(1), zone)
                : TimeWording.day(expiresAt, zone) + ", " + TimeWording.time(expiresAt, zone);
    }
}
