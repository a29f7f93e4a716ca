package io.panelist.scheduling.findtimes;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Each rule of find-times on a worked example (Monday 11 March 2030, UTC unless said). */
class SlotEngineExamplesTest {
    private static final String MONDAY = "2030-03-11T";
    private static final DayOfWeek[] EVERY_DAY = DayOfWeek.values();
    private final UUID ana = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    private final UUID ben = UUID.fromString("00000000-0000-0000-0000-00000000000b");
    private final UUID cy = UUID.fromString("00000000-0000-0000-0000-00000000000c");
    private final UUID security = UUID.randomUUID();

    @Test
    void aGapOfExactlyTheBufferIsFineAndAMinuteLessIsNot() {
        List<Suggestion> offered = morning().minutes(45)
                .person(Scenario.person(ana, "UTC").hours("09:00", "17:00", EVERY_DAY).buffer(15)
                        .interview(MONDAY + "10:00:00Z", MONDAY + "11:00:00Z"))
                .suggest();

        assertThat(starts(offered)).containsExactly("09:00", "11:15", "11:30", "11:45", "12:00", "12:15");
    }

    @Test
    void aBufferCountsFromAnInterviewEndingAtAnOddSecond() {
        List<Suggestion> offered = morning().minutes(60)
                .person(Scenario.person(ana, "UTC").hours("09:00", "17:00", EVERY_DAY).buffer(10)
                        .interview(MONDAY + "10:00:00Z", MONDAY + "10:05:01Z"))
                .suggest();

        assertThat(starts(offered)).containsExactly("10:30", "10:45", "11:00", "11:15", "11:30", "11:45", "12:00");
    }

    @Test
    void anExceptionAndTheEndOfTheWeeklyHoursCloseTheirTimes() {
        List<Suggestion> offered = morning().minutes(60)
                .person(Scenario.person(ana, "UTC").hours("09:00", "12:30", EVERY_DAY)
                        .away(MONDAY + "09:30:00Z", MONDAY + "10:15:00Z"))
                .suggest();

        assertThat(starts(offered)).containsExactly("10:15", "10:30", "10:45", "11:00", "11:15", "11:30");
    }

    @Test
    void theDailyLimitCountsTheNewInterviewAndTheDayInThePersonsZone() {
        // 23:30Z on Monday is already Tuesday in Berlin: Ana's Monday is free, her Tuesday is full
        Scenario twoDays = Scenario.window(MONDAY + "08:00:00Z", "2030-03-12T11:00:00Z").limit(100)
                .person(Scenario.person(ana, "Europe/Berlin").hours("09:00", "11:00", EVERY_DAY).limits(1, null)
                        .interview(MONDAY + "23:30:00Z", "2030-03-12T00:00:00Z"));

        List<Suggestion> offered = twoDays.suggest();

        assertThat(offered).isNotEmpty().allMatch(s -> s.startsAt().isBefore(Instant.parse("2030-03-12T00:00:00Z")));
    }

    @Test
    void theWeeklyLimitCountsWeeksFromMondayInThePersonsZone() {
        // Sunday 23:30Z is Monday 00:30 in Berlin: that week already holds Ana's one interview, not so for Ben in UTC
        Scenario week = morning()
                .person(Scenario.person(ana, "Europe/Berlin").hours("00:00", "24:00", EVERY_DAY).limits(null, 1)
                        .interview("2030-03-10T23:30:00Z", "2030-03-11T00:00:00Z"))
                .person(Scenario.person(ben, "UTC").hours("00:00", "24:00", EVERY_DAY).limits(null, 1)
                        .interview("2030-03-10T22:30:00Z", "2030-03-10T23:00:00Z"));

        assertThat(week.suggest()).isNotEmpty().allMatch(s -> s.panelistIds().equals(List.of(ben)));
    }

    @Test
    void onlyAQualifiedPanelistCoversATopicAndTheOtherSeatsMayBeAnyone() {
        Scenario panel = morning().panelSize(2).topic(security)
                .person(Scenario.person(ana, "UTC").hours("09:00", "10:00", EVERY_DAY).qualified(security))
                .person(Scenario.person(ben, "UTC").hours("09:00", "13:00", EVERY_DAY))
                .person(Scenario.person(cy, "UTC").hours("09:00", "13:00", EVERY_DAY));

        List<Suggestion> offered = panel.suggest();

        assertThat(starts(offered)).containsExactly("09:00");
        assertThat(offered.get(0).panelistIds()).contains(ana).hasSize(2);
    }

    @Test
    void eachStartHasThePanelWithTheFewestInterviewsThatWeek() {
        Scenario loads = morning().panelSize(2).limit(1)
                .person(Scenario.person(ana, "UTC").hours("00:00", "24:00", EVERY_DAY)
                        .interview("2030-03-12T09:00:00Z", "2030-03-12T10:00:00Z")
                        .interview("2030-03-13T09:00:00Z", "2030-03-13T10:00:00Z"))
                .person(Scenario.person(ben, "UTC").hours("00:00", "24:00", EVERY_DAY))
                .person(Scenario.person(cy, "UTC").hours("00:00", "24:00", EVERY_DAY)
                        .interview("2030-03-14T09:00:00Z", "2030-03-14T10:00:00Z"));

        assertThat(loads.suggest()).singleElement().satisfies(s -> {
            assertThat(s.startsAt()).isEqualTo(MONDAY + "09:00:00Z");
            assertThat(s.panelistIds()).containsExactlyInAnyOrder(ben, cy);
        });
    }

    @Test
    void aRequiredPanelistSitsOnEveryPanelAndTheirHoursBoundTheStarts() {
        Scenario required = morning().panelSize(2).require(cy)
                .person(Scenario.person(ana, "UTC").hours("09:00", "13:00", EVERY_DAY))
                .person(Scenario.person(ben, "UTC").hours("09:00", "13:00", EVERY_DAY))
                .person(Scenario.person(cy, "UTC").hours("11:00", "12:00", EVERY_DAY)
                        .interview("2030-03-12T09:00:00Z", "2030-03-12T10:00:00Z"));

        List<Suggestion> offered = required.suggest();

        assertThat(starts(offered)).containsExactly("11:00");
        assertThat(offered.get(0).panelistIds()).containsExactly(cy, ana);
    }

    @Test
    void theCandidatesInterviewsAndWindowsBoundTheStarts() {
        Scenario candidate = morning()
                .candidateWindow(MONDAY + "09:00:00Z", MONDAY + "10:30:00Z")
                .candidateWindow(MONDAY + "11:00:00Z", MONDAY + "13:00:00Z")
                .candidateInterview(MONDAY + "12:00:00Z", MONDAY + "12:30:00Z")
                .person(Scenario.person(ana, "UTC").hours("00:00", "24:00", EVERY_DAY));

        assertThat(starts(candidate.suggest())).containsExactly("09:00", "09:15", "09:30", "11:00");
    }

    @Test
    void noStartIsInThePastAndStartsAreOnTheQuarterHour() {
        Scenario late = Scenario.window(MONDAY + "09:07:00Z", MONDAY + "13:00:00Z").now(MONDAY + "10:00:00.001Z")
                .person(Scenario.person(ana, "UTC").hours("00:00", "24:00", EVERY_DAY));

        assertThat(starts(late.suggest())).containsExactly("10:15", "10:30", "10:45", "11:00", "11:15", "11:30",
                "11:45", "12:00");
    }

    @Test
    void noPanelOfTheSizeAskedMeansNoSuggestion() {
        Scenario tooFew = morning().panelSize(3)
                .person(Scenario.person(ana, "UTC").hours("09:00", "17:00", EVERY_DAY))
                .person(Scenario.person(ben, "UTC").hours("09:00", "17:00", EVERY_DAY));

        assertThat(tooFew.suggest()).isEmpty();
    }

    /** Monday 09:00-13:00 UTC, an hour's stage, a panel of one. */
    private static Scenario morning() {
        return Scenario.window(MONDAY + "09:00:00Z", MONDAY + "13:00:00Z");
    }

    private static List<String> starts(List<Suggestion> offered) {
        return offered.stream().map(s -> s.startsAt().toString().substring(11, 16)).toList();
    }
}
