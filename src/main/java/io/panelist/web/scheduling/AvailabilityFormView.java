package io.panelist.web.scheduling;

import io.micronaut.core.annotation.Nullable;
import io.panelist.scheduling.availability.Availability;
import io.panelist.scheduling.availability.AvailabilityResponse;
import io.panelist.web.identity.UserWording;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The availability form as shown: values as stored or as typed, weekly rows grouped by day, times away, problems by
 * field ({@code weekly-3-to}, {@code away-0-from}, {@code dailyLimit}) and a message for the whole form. {@code focus}
 * is the field that takes the focus (a row just added), else the message does.
 */
record AvailabilityFormView(String timeZone, String dailyLimit, String weeklyLimit, String bufferMinutes,
                            String version, List<Row> rows, List<AwayRow> away, Map<String, String> errors,
                            @Nullable String message, @Nullable String focus) {
    /** Local date and time as a datetime-local input holds it. */
    static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    AvailabilityFormView {
        rows = List.copyOf(rows);
        away = List.copyOf(away);
        errors = Map.copyOf(errors);
    }

    /** One range of weekly hours; {@code index} is its place in the posted lists. */
    record Row(int index, String day, String from, String to) {
    }

    /** One time away, its times local to the form's zone. */
    record AwayRow(int index, String from, String to, String reason) {
    }

    /** A day's fieldset: its rows in order of their start. */
    record Day(String name, String label, List<Row> ranges) {
    }

    /** A problem as the list above the form names it, linking to its field. */
    record Problem(String target, String label, String message) {
    }

    /** The stored availability; with no weekly hours saved, the default week filled in. */
    static AvailabilityFormView of(AvailabilityResponse stored) {
        List<Row> rows = stored.defaultHours()
                ? Availability.DEFAULT_WEEK.stream().map(range -> new Row(0, range.day().name(), "09:00", "17:00"))
                .toList()
                : stored.weekly().stream().map(h -> new Row(0, h.day(), h.from(), shownTo(h.to()))).toList();
        ZoneId zone = ZoneId.of(stored.timeZone());
        List<AwayRow> away = stored.exceptions().stream().map(a -> new AwayRow(0, LOCAL.format(a.from().atZone(zone)),
                LOCAL.format(a.to().atZone(zone)), a.reason() == null ? "" : a.reason())).toList();
        return new AvailabilityFormView(stored.timeZone(), text(stored.dailyLimit()), text(stored.weeklyLimit()),
                String.valueOf(stored.bufferMinutes()), String.valueOf(stored.version()), numbered(rows),
                numberedAway(away), Map.of(), null, null);
    }

    static List<Row> numbered(List<Row> rows) {
        return IntStream.range(0, rows.size())
                .mapToObj(i -> new Row(i, rows.get(i).day(), rows.get(i).from(), rows.get(i).to())).toList();
    }

    static List<AwayRow> numberedAway(List<AwayRow> away) {
        return IntStream.range(0, away.size()).mapToObj(i -> new AwayRow(i, away.get(i).from(),
                away.get(i).to(), away.get(i).reason())).toList();
    }

    /** Monday to Sunday, each with its rows; rows of a day name that does not exist are shown under none. */
    public List<Day> days() {
        return Arrays.stream(DayOfWeek.values()).map(day -> new Day(day.name(),
                day.getDisplayName(TextStyle.FULL, Locale.ENGLISH), rows.stream()
                .filter(row -> row.day().equals(day.name()))
                .sorted(Comparator.comparing((Row row) -> row.from().isBlank() ? "~" : row.from())
                        .thenComparing(Row::index)).toList())).toList();
    }

    public boolean has(String field) {
        return errors.containsKey(field);
    }

    public String error(String field) {
        return errors.getOrDefault(field, "");
    }

    public List<Problem> problems() {
        return errors.entrySet().stream().map(e -> new Problem(target(e.getKey()), label(e.getKey()), e.getValue()))
                .sorted(Comparator.comparing(Problem::target)).toList();
    }

    public List<String> timeZones() {
        return UserWording.TIME_ZONES;
    }

    /** A weekly "to" as a time input shows it: midnight at the end of the day is 00:00 there. */
    private static String shownTo(String to) {
        return "24:00".equals(to) ? "00:00" : to;
    }

    private static String target(String field) {
        return switch (field) {
            case "weekly" -> "weekly-hours";
            case "exceptions" -> "time-away";
            default -> "availability-" + field;
        };
    }

    private String label(String field) {
        String[] parts = field.split("-");
        if (parts.length == 3 && parts[0].equals("weekly")) {
            Row row = rows.stream().filter(r -> String.valueOf(r.index()).equals(parts[1])).findFirst().orElse(null);
            String day = row == null ? "Weekly hours" : dayLabel(row.day());
            return day + ", " + (parts[2].equals("from") ? "from" : parts[2].equals("to") ? "to" : "day");
        }
        if (parts.length == 3 && parts[0].equals("away")) {
            return "Time away " + (Integer.parseInt(parts[1]) + 1) + ", " + parts[2];
        }
        return switch (field) {
            case "timeZone" -> "Time zone";
            case "dailyLimit" -> "Interviews a day at most";
            case "weeklyLimit" -> "Interviews a week at most";
            case "bufferMinutes" -> "Free minutes around each interview";
            case "weekly" -> "Weekly hours";
            case "exceptions" -> "Time away";
            default -> field;
        };
    }

    private static String dayLabel(String day) {
        return Arrays.stream(DayOfWeek.values()).filter(d -> d.name().equals(day)).findFirst()
                .map(d -> d.getDisplayName(TextStyle.FULL, Locale.ENGLISH)).orElse("Weekly hours");
    }

    private static String text(@Nullable Integer value) {
        return value == null ? "" : String.valueOf(value);
    }
}
