package io.panelist.notifications;

import io.micronaut.serde.annotation.Serdeable;

import java.util.Objects;

/**
 * An iCalendar object sent as an iMIP message (RFC 6047): {@code method} is the iTIP method it carries (REQUEST for
 * an invitation or update, CANCEL for a cancellation) and must equal the METHOD inside {@code ics}.
 */
@Serdeable
public record CalendarPart(String method, String ics) {
    public CalendarPart {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(ics, "ics");
        if (!method.matches("[A-Z]{3,20}")) {
            throw new IllegalArgumentException("an iTIP method is a word in capitals, such as REQUEST or CANCEL");
        }
    }
}
