package io.panelist.scheduling;

import io.panelist.identity.UserSummary;
import io.panelist.shared.Texts;
import jakarta.inject.Singleton;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Weekly interview limits: past the limit an interview is still booked, and the answer says so. */
@Singleton
class PanelLoad {
    private final InterviewRepository interviews;

    PanelLoad(InterviewRepository interviews) {
        this.interviews = interviews;
    }

    /** One warning per panelist whose week (Monday to Monday in their own time zone) now exceeds their limit. */
    List<String> warnings(Instant startsAt, List<UserSummary> panel) {
        List<UserSummary> limited = panel.stream().filter(u -> u.weeklyInterviewLimit() != null).toList();
        if (limited.isEmpty()) {
            return List.of();
        }
        List<Instant> starts = new ArrayList<>();
        List<Instant> ends = new ArrayList<>();
        for (UserSummary user : limited) {
            ZonedDateTime monday = startsAt.atZone(ZoneId.of(user.timeZone())).toLocalDate()
                    .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).atStartOfDay(ZoneId.of(user.timeZone()));
            starts.add(monday.toInstant());
            ends.add(monday.plusWeeks(1).toInstant());
        }
        Map<UUID, Long> load = interviews.weeklyLoad(Texts.of(limited.stream().map(UserSummary::id).toList()),
                        Texts.of(starts), Texts.of(ends)).stream()
                .collect(Collectors.toMap(SchedulingRows.LoadRow::userId, SchedulingRows.LoadRow::interviews));
        List<String> warnings = new ArrayList<>();
        for (int i = 0; i < limited.size(); i++) {
            UserSummary user = limited.get(i);
            long count = load.getOrDefault(user.id(), 0L);
            if (count > user.weeklyInterviewLimit()) {
                warnings.add(user.displayName() + " now has " + count + " interviews in the week of "
                        + starts.get(i).atZone(ZoneId.of(user.timeZone())).toLocalDate() + ", over their limit of "
                        + user.weeklyInterviewLimit() + ".");
            }
        }
        return warnings;
    }
}
