package io.panelist.web.scheduling;

import io.panelist.scheduling.PanelistOverLimit;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The scheduling form's sentences for who a booking would take over which limit, the interview itself left out. */
class LoadLimitWordingTest {
    private static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);

    @Test
    void aWeeklyLimitNamesTheWeekByItsMondayAndCountsTheInterviewsAlreadyThere() {
        PanelistOverLimit ana = new PanelistOverLimit(UUID.randomUUID(), "Ana Alvarez", true, MONDAY, 6, 5);

        assertThat(LoadLimitWording.sentence(ana, false)).isEqualTo(
                "Ana Alvarez already has 5 interviews in the week of Monday 7 December 2026; their weekly limit is 5.");
    }

    @Test
    void aDailyLimitNamesTheDayAndOneInterviewIsSingular() {
        PanelistOverLimit ben = new PanelistOverLimit(UUID.randomUUID(), "Ben Okafor", false, MONDAY.plusDays(1), 2, 1);

        assertThat(LoadLimitWording.sentence(ben, false)).isEqualTo(
                "Ben Okafor already has 1 interview on Tuesday 8 December 2026; their daily limit is 1.");
    }

    @Test
    void movingAnInterviewCountsTheOthersAndEveryoneOverIsNamed() {
        List<PanelistOverLimit> over = List.of(
                new PanelistOverLimit(UUID.randomUUID(), "Ana Alvarez", false, MONDAY, 3, 2),
                new PanelistOverLimit(UUID.randomUUID(), "Ana Alvarez", true, MONDAY, 5, 4));

        assertThat(LoadLimitWording.sentences(over, true)).containsExactly(
                "Ana Alvarez already has 2 other interviews on Monday 7 December 2026; their daily limit is 2.",
                "Ana Alvarez already has 4 other interviews in the week of Monday 7 December 2026; their weekly limit"
                        + " is 4.");
    }
}
