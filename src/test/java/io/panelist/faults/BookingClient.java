package io.panelist.faults;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A recruiter booking rounds for one application with one panelist, each request the slot after the previous one
 * whatever its answer: a booking whose answer was lost may have committed, and its slot is then taken.
 */
final class BookingClient extends LoadClient {
    static final Duration LENGTH = Duration.ofMinutes(30);
    private final String token;
    private final FaultRunTargets.Round round;
    private Instant next;

    BookingClient(String name, LoadHttp http, Ledger ledger, AtomicBoolean running, String recruiterToken,
                  FaultRunTargets.Round round) {
        super(name, http, ledger, running);
        this.token = recruiterToken;
        this.round = round;
        this.next = round.firstSlot();
    }

    @Override
    void step() {
        book(false);
    }

    /**
     * Books the next slot; {@code past}: the slots lie in the past (an interview that already happened, recorded with
     * allowPast). Answers the interview's id, or null when refused.
     */
    UUID book(boolean past) {
        Ledger.Booking booking = new Ledger.Booking(round.applicationId(), round.stageId(), next, next.plus(LENGTH),
                round.panelistId());
        next = next.plus(LENGTH);
        ledger.bookingsSent.add(booking);
        LoadHttp.Reply booked = send("booking", true, "POST", "/api/v1/interviews", token, null, body(booking, past));
        if (!booked.ok()) {
            return null;
        }
        UUID id = UUID.fromString(booked.body().get("id").asText());
        ledger.booked.add(new Ledger.Booked(id, booking));
        return id;
    }

    private static Map<String, Object> body(Ledger.Booking booking, boolean past) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("applicationId", booking.applicationId());
        body.put("stageId", booking.stageId());
        body.put("startsAt", booking.startsAt().atOffset(ZoneOffset.UTC).toString());
        body.put("endsAt", booking.endsAt().atOffset(ZoneOffset.UTC).toString());
        body.put("timeZone", "Europe/Berlin");
        body.put("location", "Room 4.2");
        body.put("panelistIds", List.of(booking.panelistId()));
        body.put("allowPast", past);
        return body;
    }
}
