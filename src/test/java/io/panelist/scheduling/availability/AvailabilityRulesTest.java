package io.panelist.scheduling.availability;

import io.panelist.shared.problem.FieldProblem;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules of a whole availability, without a database: worked examples. */
class AvailabilityRulesTest {

    @Test
    void overlapsAreFoundWhateverTheOrderOfTheRanges() {
        List<WeeklyHours> weekly = List.of(new WeeklyHours("MONDAY", "13:00", "17:00"),
                new WeeklyHours("MONDAY", "08:00", "18:00"), new WeeklyHours("MONDAY", "18:00", "19:00"),
                new WeeklyHours("TUESDAY", "08:00", "18:00"), new WeeklyHours("MONDAY", "09:00", "10:00"));

        assertThat(fields(weekly)).containsExactlyInAnyOrder("weekly[1].from", "weekly[4].from");
    }

    @Test
    void rangesThatTouchOrLieOnOtherDaysDoNotOverlap() {
        List<WeeklyHours> weekly = List.of(new WeeklyHours("MONDAY", "09:00", "12:00"),
                new WeeklyHours("MONDAY", "12:00", "24:00"), new WeeklyHours("TUESDAY", "00:00", "09:00"),
                new WeeklyHours("SUNDAY", "09:00", "12:00"));

        assertThat(fields(weekly)).isEmpty();
    }

    @Test
    void aRangeMustEndAfterItStartsAndIsThenLeftOutOfTheOverlapCheck() {
        List<WeeklyHours> weekly = List.of(new WeeklyHours("MONDAY", "17:00", "09:00"),
                new WeeklyHours("MONDAY", "10:00", "11:00"));

        assertThat(fields(weekly)).containsExactly("weekly[0].to");
    }

    @Test
    void unreadableRangesAreLeftToTheirOwnConstraints() {
        List<WeeklyHours> weekly = List.of(new WeeklyHours("FUNDAY", "17:00", "09:00"),
                new WeeklyHours("MONDAY", "9:00", "08:00"));

        assertThat(fields(weekly)).isEmpty();
    }

    @Test
    void timesReadAsMinutesAndBack() {
        assertThat(AvailabilityRules.minutes("00:00")).isZero();
        assertThat(AvailabilityRules.minutes("09:15")).isEqualTo(555);
        assertThat(AvailabilityRules.minutes("24:00")).isEqualTo(1440);
        assertThat(AvailabilityRules.time(1440)).isEqualTo("24:00");
        assertThat(AvailabilityRules.time(555)).isEqualTo("09:15");
        assertThat(AvailabilityRules.isoDay("SUNDAY")).isEqualTo(7);
    }

    @Test
    void aTimeAwayEndsAfterItStartsWhateverTheOffsets() {
        TimeAway sameInstant = new TimeAway(OffsetDateTime.parse("2031-07-06T12:00:00+02:00"),
                OffsetDateTime.parse("2031-07-06T10:00:00Z"), null);
        TimeAway later = new TimeAway(OffsetDateTime.parse("2031-07-06T12:00:00+02:00"),
                OffsetDateTime.parse("2031-07-06T10:01:00Z"), null);

        assertThat(AvailabilityRules.problems(request(List.of(), List.of(sameInstant, later))))
                .extracting(FieldProblem::field).containsExactly("exceptions[0].to");
    }

    private static List<String> fields(List<WeeklyHours> weekly) {
        return AvailabilityRules.problems(request(weekly, List.of())).stream().map(FieldProblem::field).toList();
    }

    private static SaveAvailabilityRequest request(List<WeeklyHours> weekly, List<TimeAway> away) {
        return new SaveAvailabilityRequest(null, weekly, away, null, null, null);
    }
}
