package io.panelist.scheduling.agenda;

import io.micronaut.core.annotation.Nullable;
import io.panelist.shared.problem.InvalidInputException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * One end of an agenda's window as asked: an instant, a date (the start of that day in the person's time zone), or
 * nothing (the default). Parsed before the time zone is known, so that the zone and the window's interviews come from
 * one statement.
 */
public record AgendaEnd(@Nullable Instant instant, @Nullable LocalDate date) {
    static final AgendaEnd DEFAULT = new AgendaEnd(null, null);

    /** An ISO-8601 instant with an offset, or a bare date; null: the default. */
    static AgendaEnd parse(String field, @Nullable String text) {
        if (text == null) {
            return DEFAULT;
        }
        try {
            return text.length() == 10 ? new AgendaEnd(null, LocalDate.parse(text))
                    : new AgendaEnd(OffsetDateTime.parse(text).toInstant(), null);
        } catch (DateTimeParseException e) {
            throw InvalidInputException.badField(field, "must be a date (2026-11-24) or an instant with an offset");
        }
    }

    static AgendaEnd at(Instant instant) {
        return new AgendaEnd(instant, null);
    }

    /** Whether this end is an instant of its own, needing no time zone. */
    boolean fixed() {
        return instant != null;
    }

    /** This end in {@code zone}; {@code otherwise} when it was not given. */
    Instant in(ZoneId zone, Instant otherwise) {
        if (instant != null) {
            return instant;
        }
        return date != null ? date.atStartOfDay(zone).toInstant() : otherwise;
    }
}
