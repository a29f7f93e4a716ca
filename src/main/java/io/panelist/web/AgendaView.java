package io.panelist.web;

import io.panelist.scheduling.agenda.Agenda;
import io.panelist.scheduling.agenda.AgendaItem;
import io.panelist.scheduling.InterviewResponse;
import io.panelist.scheduling.InterviewStatus;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** An agenda as the page shows it: days in the interviewer's time zone, each interview's time written out there. */
record AgendaView(String timeZone, List<Day> days, int interviews) {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    record Day(String heading, boolean today, List<Entry> entries) {
    }

    record Entry(UUID interviewId, String time, String candidate, String position, String stage, String location,
                 boolean locationIsLink, String scorecard, String scorecardClass, boolean overdue, String status,
                 boolean open, String panel) {
    }

    static AgendaView of(Agenda agenda, Clock clock) {
        ZoneId zone = ZoneId.of(agenda.timeZone());
        LocalDate today = LocalDate.now(clock.withZone(zone));
        Map<LocalDate, List<Entry>> byDay = new LinkedHashMap<>();
        for (AgendaItem item : agenda.items()) {
            ZonedDateTime start = item.startsAt().atZone(zone);
            byDay.computeIfAbsent(start.toLocalDate(), d -> new ArrayList<>()).add(entry(item, zone));
        }
        List<Day> days = byDay.entrySet().stream().map(day -> new Day(heading(day.getKey(), today),
                day.getKey().equals(today), day.getValue())).toList();
        return new AgendaView(zone.getId(), days, agenda.items().size());
    }

    private static Entry entry(AgendaItem item, ZoneId zone) {
        String time = TIME.format(item.startsAt().atZone(zone)) + "–" + TIME.format(item.endsAt().atZone(zone));
        boolean open = item.status() == InterviewStatus.SCHEDULED || item.status() == InterviewStatus.COMPLETED;
        String location = item.location() == null ? "" : item.location();
        return new Entry(item.interviewId(), time, item.candidateName(), item.positionTitle(), item.stageName(),
                location, location.startsWith("https://") || location.startsWith("http://"),
                scorecardLabel(item.scorecardStatus(), item.scorecardOverdue()),
                "status-" + item.scorecardStatus().toLowerCase(Locale.ROOT) + (item.scorecardOverdue() ? " overdue" : ""),
                item.scorecardOverdue(), statusLabel(item.status()), open,
                item.panelists().stream().map(InterviewResponse.Panelist::displayName).collect(Collectors.joining(", ")));
    }

    private static String heading(LocalDate day, LocalDate today) {
        String name = DAY.format(day);
        if (day.equals(today)) {
            return "Today, " + name;
        }
        return day.equals(today.plusDays(1)) ? "Tomorrow, " + name : name;
    }

    private static String scorecardLabel(String status, boolean overdue) {
        String label = switch (status) {
            case "SUBMITTED" -> "Scorecard submitted";
            case "DRAFT" -> "Scorecard in draft";
            default -> "Scorecard not started";
        };
        return overdue ? label + ", overdue" : label;
    }

    private static String statusLabel(InterviewStatus status) {
        return switch (status) {
            case SCHEDULED -> "Scheduled";
            case COMPLETED -> "Completed";
            case CANCELLED -> "Cancelled";
            case NO_SHOW -> "No-show";
        };
    }
}
