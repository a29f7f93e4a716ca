package io.panelist.security;

import com.fasterxml.jackson.databind.JsonNode;
import io.panelist.scheduling.links.LinkFixtures;
import io.panelist.support.Answer;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The objects the self-scheduling and calendar-feed rows of {@link AccessMatrix} call on, made over HTTP in the
 * {@link World}: calendar feeds, links of an application of their own (no rounds) for the technical stage in a week of April 2031
 * (clear of the world's other rounds), and bookings through them. Two interviewers of their own are QUALIFIED in
 * every topic, so find-times can seat a panel of two.
 */
final class SelfSchedulingCalls {
    private static final Instant MONDAY = Instant.parse("2031-04-07T00:00:00Z");
    private final World world;
    private boolean qualified;
    private UUID application;
    private List<Instant> lastSlots = List.of();

    SelfSchedulingCalls(World world) {
        this.world = world;
    }

    /** A new feed token of the administrator's. */
    String calendarFeedToken() {
        String url = World.expect(200, world.api.post("/api/v1/me/calendar-feed", world.token(Caller.ADMIN),
                Map.of())).json().get("url").asText();
        return url.substring(url.lastIndexOf('/') + 1, url.length() - ".ics".length());
    }

    Map<String, Object> linkBody() {
        return LinkFixtures.body(world.technicalA, MONDAY, MONDAY.plus(Duration.ofDays(5)), 2,
                Instant.now().plus(Duration.ofDays(30)));
    }

    UUID freshLinkId() {
        return UUID.fromString(createLink().get("id").asText());
    }

    /** A new link's token, its offered times read (and so remembered as offered). */
    String freshLinkToken() {
        String token = createLink().get("token").asText();
        JsonNode page = World.expect(200, world.api.get("/api/v1/public/scheduling/" + token, null)).json();
        JsonNode slots = page.get("slots");
        List<Instant> starts = new ArrayList<>();
        slots.forEach(slot -> starts.add(Instant.parse(slot.get("startsAt").asText())));
        lastSlots = starts;
        return token;
    }

    /** A new link that has booked its first offered time. */
    String freshBookedLinkToken() {
        String token = freshLinkToken();
        World.expect(201, world.api.post("/api/v1/public/scheduling/" + token + "/booking", null, firstSlot()));
        return token;
    }

    /** The last link's first offered time. */
    Map<String, Object> firstSlot() {
        return choice(lastSlots.get(0));
    }

    /** An offered time of the last link that does not overlap its first (where a booking of it sits). */
    Map<String, Object> laterSlot() {
        Instant clear = lastSlots.get(0).plus(Duration.ofHours(1));
        return choice(lastSlots.stream().filter(start -> !start.isBefore(clear)).findFirst().orElseThrow());
    }

    private JsonNode createLink() {
        if (!qualified) {
            // two interviewers of their own: the world's Ana, Ben and Carl are booked by every other row
            LinkFixtures.qualifyInEveryTopic(world.freshUser(), world.freshUser());
            qualified = true;
        }
        if (application == null) {
            application = world.roundlessApplication();
        }
        return World.expect(201, world.api.post("/api/v1/applications/" + application
                + "/scheduling-links", world.token(Caller.ADMIN), linkBody())).json();
    }

    private static Map<String, Object> choice(Instant startsAt) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("startsAt", startsAt.toString());
        body.put("timeZone", "Europe/Berlin");
        return body;
    }
}
