package io.panelist.scheduling.invites;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Renders an {@link InterviewInvite} as an RFC 5545 iCalendar object holding exactly one VEVENT, with METHOD:REQUEST
 * (or METHOD:CANCEL and STATUS:CANCELLED once cancelled) as RFC 5546 expects of an invite sent by mail.
 * <p>
 * Guarantees: the UID is {@code <interviewId>@panelist}, so every update or cancellation replaces the same event;
 * times are UTC ({@code 20261124T150000Z}); TEXT values are escaped (backslash, semicolon, comma, newline) and lose
 * other control characters; a CN parameter is DQUOTE-quoted when it holds {@code :;,}, and double quotes are dropped
 * from it; every line ends in CRLF and is folded to at most 75 UTF-8 octets (CRLF excluded), with continuation lines
 * starting with one space and never splitting a character's bytes. Pure: no clock, no I/O, no framework.
 * <p>
 * {@link #renderFeed} writes a calendar to subscribe to instead: any number of the same VEVENTs, and no METHOD, since a
 * feed is not an iTIP message.
 */
final class ICalendar {
    private static final int MAX_LINE_OCTETS = 75;
    private static final String CRLF = "\r\n";
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private ICalendar() {
    }

    static String render(InterviewInvite invite) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//Panelist//Interviews//EN");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:" + (invite.cancelled() ? "CANCEL" : "REQUEST"));
        event(out, invite);
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    static String renderFeed(String name, List<InterviewInvite> invites) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//Panelist//Interviews//EN");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "X-WR-CALNAME:" + text(name));
        invites.forEach(invite -> event(out, invite));
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    private static void event(StringBuilder out, InterviewInvite invite) {
        line(out, "BEGIN:VEVENT");
        line(out, "UID:" + invite.interviewId() + "@panelist");
        line(out, "SEQUENCE:" + invite.sequence());
        line(out, "DTSTAMP:" + utc(invite.stamp()));
        line(out, "DTSTART:" + utc(invite.startsAt()));
        line(out, "DTEND:" + utc(invite.endsAt()));
        line(out, "SUMMARY:" + text(invite.summary()));
        line(out, "DESCRIPTION:" + text(invite.description()));
        if (!invite.location().isEmpty()) {
            line(out, "LOCATION:" + text(invite.location()));
        }
        InterviewInvite.Organizer organizer = invite.organizer();
        line(out, "ORGANIZER;CN=" + param(organizer.name()) + ":mailto:" + organizer.email());
        for (InterviewInvite.Attendee attendee : invite.attendees()) {
            line(out, "ATTENDEE;CN=" + param(attendee.name())
                    + ";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:" + attendee.email());
        }
        line(out, "STATUS:" + (invite.cancelled() ? "CANCELLED" : "CONFIRMED"));
        line(out, "END:VEVENT");
    }

    private static String utc(Instant instant) {
        return UTC.format(instant);
    }

    /** RFC 5545 3.3.11: any line break becomes {@code \n}; backslash, semicolon and comma are backslash-escaped. */
    private static String text(String value) {
        String lines = value.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder escaped = new StringBuilder(lines.length() + 16);
        for (char c : lines.toCharArray()) {
            switch (c) {
                case '\\', ';', ',' -> escaped.append('\\').append(c);
                case '\n' -> escaped.append("\\n");
                default -> {
                    if (!Character.isISOControl(c) || c == '\t') {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.toString();
    }

    /** RFC 5545 3.2: a parameter value cannot hold DQUOTE or controls, and must be quoted when it holds {@code :;,}. */
    private static String param(String value) {
        StringBuilder clean = new StringBuilder(value.length());
        value.codePoints().filter(c -> c != '"')
                .forEach(c -> clean.appendCodePoint(Character.isISOControl(c) && c != '\t' ? ' ' : c));
        String safe = clean.toString();
        return safe.chars().anyMatch(c -> c == ':' || c == ';' || c == ',') ? '"' + safe + '"' : safe;
    }

    /** Appends one content line, folded (RFC 5545 3.1) at code point boundaries so no line exceeds 75 octets. */
    private static void line(StringBuilder out, String content) {
        int octets = 0;
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            int width = utf8Octets(codePoint);
            if (octets + width > MAX_LINE_OCTETS) {
                out.append(CRLF).append(' ');
                octets = 1;
            }
            out.appendCodePoint(codePoint);
            octets += width;
            i += Character.charCount(codePoint);
        }
        out.append(CRLF);
    }

    private static int utf8Octets(int codePoint) {
        return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
    }
}
