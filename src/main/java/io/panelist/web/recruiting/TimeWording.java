package io.panelist.web.recruiting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** How the recruiter's pages write dates and times, and the time zones they offer. */
public final class TimeWording {
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
    public static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    /** Region/City names people pick from; the legacy aliases (US/Pacific, Etc/GMT+5, SystemV/...) are left out. */
    private static final Pattern REGION = Pattern.compile(
            "(Africa|America|Antarctica|Arctic|Asia|Atlantic|Australia|Europe|Indian|Pacific)/[A-Za-z_/-]+");
    public static final List<String> ZONES = java.util.stream.Stream.concat(java.util.stream.Stream.of("UTC"),
            ZoneId.getAvailableZoneIds().stream().filter(zone -> REGION.matcher(zone).matches()).sorted()).toList();

    private TimeWording() {
    }

    /** "Tue 12 May 2026, 14:00–14:45": the day of the start, and both times, in {@code zone}. */
    public static String range(Instant start, Instant end, ZoneId zone) {
        ZonedDateTime from = start.atZone(zone);
        ZonedDateTime to = end.atZone(zone);
        String endText = to.toLocalDate().equals(from.toLocalDate()) ? TIME.format(to)
                : SHORT_DAY.format(to) + " " + TIME.format(to);
        return DAY.format(from) + ", " + TIME.format(from) + "–" + endText;
    }

    public static String day(Instant instant, ZoneId zone) {
        return DAY.format(instant.atZone(zone));
    }

    public static String day(LocalDate date) {
        return DAY.format(date);
    }

    public static String date(Instant instant, ZoneId zone) {
        return instant.atZone(zone).toLocalDate().toString();
    }

    public static String time(Instant instant, ZoneId zone) {
        return TIME.format(instant.atZone(zone));
    }

    static boolean isLink(String location) {
        return location.startsWith("https://") || location.startsWith("http://");
    }
}
