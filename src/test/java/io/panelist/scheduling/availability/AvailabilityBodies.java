package io.panelist.scheduling.availability;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Availability bodies as a client writes them, for the API tests. */
final class AvailabilityBodies {
    private AvailabilityBodies() {
    }

    static Map<String, Object> range(String day, String from, String to) {
        return Map.of("day", day, "from", from, "to", to);
    }

    static Map<String, Object> away(String from, String to, String reason) {
        return Map.of("from", from, "to", to, "reason", reason);
    }

    /** Mornings on Monday and Tuesday, a long Wednesday, one week away; limits 2 a day and 6 a week, 15 minutes. */
    static Map<String, Object> full() {
        Map<String, Object> body = new HashMap<>();
        body.put("timeZone", "Europe/Berlin");
        body.put("weekly", List.of(range("MONDAY", "09:00", "12:00"), range("MONDAY", "13:00", "17:00"),
                range("TUESDAY", "09:00", "12:00"), range("WEDNESDAY", "08:00", "24:00")));
        body.put("exceptions", List.of(away("2031-07-06T22:00:00Z", "2031-07-13T22:00:00Z", "Summer holiday")));
        body.put("dailyLimit", 2);
        body.put("weeklyLimit", 6);
        body.put("bufferMinutes", 15);
        return body;
    }

    /** {@link #full()} with one field changed (null to leave it out). */
    static Map<String, Object> fullWith(String field, Object value) {
        Map<String, Object> body = full();
        if (value == null) {
            body.remove(field);
        } else {
            body.put(field, value);
        }
        return body;
    }

    /** {@code n} non-overlapping ranges over the week, a quarter hour each. */
    static List<Map<String, Object>> ranges(int n) {
        String[] days = {"MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"};
        List<Map<String, Object>> ranges = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int start = 8 * 60 + (i / days.length) * 15;
            ranges.add(range(days[i % days.length], time(start), time(start + 15)));
        }
        return ranges;
    }

    /** {@code n} days away, one a day from 1 March 2031. */
    static List<Map<String, Object>> days(int n) {
        List<Map<String, Object>> away = new ArrayList<>();
        Instant first = Instant.parse("2031-03-01T00:00:00Z");
        for (int i = 0; i < n; i++) {
            away.add(away(first.plusSeconds(86_400L * i).toString(), first.plusSeconds(86_400L * i + 3600).toString(),
                    "Away " + i));
        }
        return away;
    }

    private static String time(int minutes) {
        return String.format("%02d:%02d", minutes / 60, minutes % 60);
    }
}
