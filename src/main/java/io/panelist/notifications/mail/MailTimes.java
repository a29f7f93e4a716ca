package io.panelist.notifications.mail;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Times as every mail words them, in the reader's zone, which it names. */
public final class MailTimes {
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu, HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    private MailTimes() {
    }

    /** "Tuesday 9 June 2026, 14:00–15:00 (Europe/Berlin)". */
    public static String span(Instant start, Instant end, ZoneId zone) {
        return DAY.format(start.atZone(zone)) + "–" + TIME.format(end.atZone(zone)) + " (" + zone.getId() + ")";
    }

    /** "Tue 9 Jun 14:00", for a subject line. */
    public static String brief(Instant at, ZoneId zone) {
        return SHORT.format(at.atZone(zone));
    }

    /** One line of free text, for a subject. */
    public static String oneLine(String value) {
        return value.replaceAll("[\\r\\n]+", " ");
    }
}
