package io.panelist.web.scheduling;

import io.micronaut.core.annotation.Nullable;
import io.panelist.scheduling.availability.TimeAway;
import io.panelist.scheduling.availability.WeeklyHours;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rows of a posted availability form: weekly hours and times away, in the order the browser sent them. Rows left
 * wholly blank are not sent to the API; the rest keep a note of which row they came from, so that a problem the API
 * names by its list index ({@code weekly[2].to}) is shown next to the row it is about ({@code weekly-5-to}).
 */
final class AvailabilityRows {
    private static final String DAYS = "MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY";
    private static final Pattern LISTED = Pattern.compile("(weekly|exceptions)\\[(\\d+)](?:\\.(\\w+))?");
    private final List<AvailabilityFormView.Row> weekly = new ArrayList<>();
    private final List<AvailabilityFormView.AwayRow> away = new ArrayList<>();
    private final List<Integer> weeklySent = new ArrayList<>();
    private final List<Integer> awaySent = new ArrayList<>();

    private AvailabilityRows() {
    }

    static AvailabilityRows of(AvailabilityForm form) {
        AvailabilityRows rows = new AvailabilityRows();
        int ranges = Math.max(form.day().size(), Math.max(form.from().size(), form.to().size()));
        for (int i = 0; i < ranges; i++) {
            rows.weekly.add(new AvailabilityFormView.Row(i, AvailabilityForm.at(form.day(), i).trim(),
                    AvailabilityForm.at(form.from(), i).trim(), AvailabilityForm.at(form.to(), i).trim()));
        }
        int times = Math.max(form.awayFrom().size(), Math.max(form.awayTo().size(), form.awayReason().size()));
        for (int i = 0; i < times; i++) {
            rows.away.add(new AvailabilityFormView.AwayRow(i, AvailabilityForm.at(form.awayFrom(), i).trim(),
                    AvailabilityForm.at(form.awayTo(), i).trim(), AvailabilityForm.at(form.awayReason(), i).trim()));
        }
        return rows;
    }

    /**
     * Adds a row to a day (or a time away) or removes one, as the button pressed says; answers the id of the field
     * that should take the focus afterwards.
     */
    @Nullable
    String apply(@Nullable String add, @Nullable String remove) {
        if ("away".equals(add)) {
            away.add(new AvailabilityFormView.AwayRow(away.size(), "", "", ""));
            return "availability-away-" + (away.size() - 1) + "-from";
        }
        if (add != null && add.matches(DAYS)) {
            weekly.add(new AvailabilityFormView.Row(weekly.size(), add, "", ""));
            return "availability-weekly-" + (weekly.size() - 1) + "-from";
        }
        String[] parts = remove == null ? new String[0] : remove.split("-");
        if (parts.length == 2 && parts[1].matches("\\d{1,3}")) {
            int index = Integer.parseInt(parts[1]);
            if (parts[0].equals("weekly") && index < weekly.size()) {
                return "add-" + weekly.remove(index).day();
            }
            if (parts[0].equals("away") && index < away.size()) {
                away.remove(index);
                return "add-away";
            }
        }
        return null;
    }

    /** The weekly hours to save; a time input's 00:00 as the end of a range is midnight at the end of the day. */
    List<WeeklyHours> weekly() {
        List<WeeklyHours> hours = new ArrayList<>();
        weeklySent.clear();
        for (int i = 0; i < weekly.size(); i++) {
            AvailabilityFormView.Row row = weekly.get(i);
            if (row.from().isEmpty() && row.to().isEmpty()) {
                continue;
            }
            weeklySent.add(i);
            hours.add(new WeeklyHours(row.day(), row.from(), "00:00".equals(row.to()) ? "24:00" : row.to()));
        }
        return hours;
    }

    /** The times away to save, read in {@code zone}; a date and time that cannot be read is a problem of its row. */
    List<TimeAway> timesAway(ZoneId zone, Map<String, String> errors) {
        List<TimeAway> times = new ArrayList<>();
        awaySent.clear();
        for (int i = 0; i < away.size(); i++) {
            AvailabilityFormView.AwayRow row = away.get(i);
            if (row.from().isEmpty() && row.to().isEmpty() && row.reason().isEmpty()) {
                continue;
            }
            awaySent.add(i);
            times.add(new TimeAway(local(row.from(), zone, "away-" + i + "-from", errors),
                    local(row.to(), zone, "away-" + i + "-to", errors), row.reason().isEmpty() ? null : row.reason()));
        }
        return times;
    }

    /** The form's name for a field the API names: {@code weekly[2].to} is the to of the row it came from. */
    String key(String apiField) {
        Matcher matcher = LISTED.matcher(apiField);
        if (!matcher.matches()) {
            return apiField;
        }
        boolean isWeekly = matcher.group(1).equals("weekly");
        List<Integer> sent = isWeekly ? weeklySent : awaySent;
        int index = Integer.parseInt(matcher.group(2));
        if (matcher.group(3) == null || index >= sent.size()) {
            return isWeekly ? "weekly" : "exceptions";
        }
        return (isWeekly ? "weekly-" : "away-") + sent.get(index) + "-" + matcher.group(3);
    }

    AvailabilityFormView view(AvailabilityForm form, Map<String, String> errors, @Nullable String message,
                              @Nullable String focus) {
        return new AvailabilityFormView(text(form.timeZone()), text(form.dailyLimit()), text(form.weeklyLimit()),
                text(form.bufferMinutes()), text(form.version()), AvailabilityFormView.numbered(weekly),
                AvailabilityFormView.numberedAway(away), errors, message, focus);
    }

    @Nullable
    private static OffsetDateTime local(String text, ZoneId zone, String field, Map<String, String> errors) {
        try {
            return LocalDateTime.parse(text).atZone(zone).toOffsetDateTime();
        } catch (DateTimeParseException e) {
            errors.put(field, "must be a date and time, such as 2031-07-06T09:00");
            return null;
        }
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value.trim();
    }
}
