package io.panelist.web.scheduling;

import io.panelist.identity.UserSummary;
import io.panelist.scheduling.InterviewResponse;
import io.panelist.scheduling.InterviewStatus;
import io.panelist.web.recruiting.InterviewSummary;
import io.panelist.web.recruiting.TimeWording;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** One person's week as seven day columns, every time in the reader's time zone. */
record WeekView(UUID personId, String person, String range, String zone, String prev, String next, String thisWeek,
                List<Day> days, String load, boolean overLimit) {

    record Day(String name, String date, boolean today, List<Entry> entries) {
    }

    record Entry(String time, String candidate, String stage, String position, String status, String statusClass,
                 boolean cancelled, String href) {
    }

    static WeekView of(UserSummary person, LocalDate from, LocalDate today, ZoneId zone,
                       List<InterviewResponse> interviews, boolean staff) {
        String base = "/interviewers/" + person.id() + "/week?from=";
        List<Day> days = java.util.stream.IntStream.range(0, 7).mapToObj(from::plusDays).map(day -> new Day(
                day.getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH),
                TimeWording.SHORT_DAY.format(day), day.equals(today), interviews.stream()
                        .filter(i -> i.startsAt().atZone(zone).toLocalDate().equals(day))
                        .map(i -> entry(i, zone, staff)).toList())).toList();
        long live = interviews.stream().filter(WeekView::live).count();
        Integer limit = person.weeklyInterviewLimit();
        String load = (live == 1 ? "1 interview" : live + " interviews") + " held or to come"
                + (limit == null ? "."
                : ", with a weekly limit of " + limit + (live > limit ? ": over the limit." : "."));
        return new WeekView(person.id(), person.displayName(),
                TimeWording.day(from) + " – " + TimeWording.day(from.plusDays(6)), zone.getId(), base + from.minusDays(7),
                base + from.plusDays(7), base + today.with(java.time.temporal.TemporalAdjusters.previousOrSame(
                        java.time.DayOfWeek.MONDAY)), days, load, limit != null && live > limit);
    }

    private static Entry entry(InterviewResponse interview, ZoneId zone, boolean staff) {
        boolean cancelled = interview.status() == InterviewStatus.CANCELLED;
        String href = staff ? "/interviews/" + interview.id() : "/interviews/" + interview.id() + "/scorecard";
        return new Entry(TimeWording.time(interview.startsAt(), zone) + "–" + TimeWording.time(interview.endsAt(), zone),
                interview.candidateName(), interview.stageName(), interview.positionTitle(),
                InterviewSummary.status(interview.status()),
                "status-" + interview.status().name().toLowerCase(Locale.ROOT).replace('_', '-'), cancelled, href);
    }

    private static boolean live(InterviewResponse interview) {
        return interview.status() == InterviewStatus.SCHEDULED || interview.status() == InterviewStatus.COMPLETED;
    }
}
