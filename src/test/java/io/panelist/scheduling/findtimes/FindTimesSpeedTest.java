package io.panelist.scheduling.findtimes;

import io.panelist.scheduling.SchedulingFixtures;
import io.panelist.scheduling.SchedulingFixtures.Opening;
import io.panelist.scheduling.SchedulingFixtures.Team;
import io.panelist.support.IntegrationTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Find-times stays fast on a realistic pool: 60 people who may sit on panels (in three zones, a third with their own
 * weekly hours, half with buffers and daily limits, 20 QUALIFIED in the stage's topic) and 600 interviews over the
 * 14 days asked about: a panel of two answers, and so does a query that must walk the whole window because the
 * candidate is free only on its last weekday. Each prints its median and 95th percentile: speed is measured by the
 * benchmark's find-times line and printed here for a glance, never asserted (the machine the tests run on is shared).
 */
class FindTimesSpeedTest extends IntegrationTest {
    private static final Instant FROM = Instant.parse("2030-03-11T00:00:00Z");
    private static final Instant TO = Instant.parse("2030-03-25T00:00:00Z");
    @Inject
    SchedulingFixtures fixtures;
    @Inject
    TimeFinder finder;
    Opening opening;
    UUID zoe;

    @BeforeEach
    void aBusyFortnight() throws SQLException {
        Team team = fixtures.team();
        opening = fixtures.openingWithPublishedPlan(team.admin(), team.manager(), "Backend Engineer");
        zoe = fixtures.applicant(team.admin(), opening, "Zoe Example");
        List<UUID> applications = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            applications.add(fixtures.applicant(team.admin(), opening, "Candidate " + i));
        }
        UUID topic = new CalendarRows(IntegrationTest::connect).topicOf(opening.screenStageId());
        try (Connection connection = connect(); Statement sql = connection.createStatement()) {
            sql.execute(PoolSql.people(57));
            sql.execute(PoolSql.availability(topic));
            for (String statement : PoolSql.interviews(applications, opening.screenStageId(), FROM)) {
                sql.execute(statement);
            }
        }
    }

    @Test
    void aPanelOfTwoFromSixtyOverFourteenDaysAnswersTheFirstTenStarts() {
        FindTimesQuery query = new FindTimesQuery(zoe, opening.screenStageId(), FROM, TO, 2, List.of(), List.of(), 10);

        List<Suggestion> found = finder.find(query);

        assertThat(found).hasSize(10);
        assertThat(found).extracting(Suggestion::startsAt).isSorted().doesNotHaveDuplicates();
        assertThat(found).allSatisfy(s -> assertThat(s.panelistIds()).hasSize(2).doesNotHaveDuplicates());
        printTimes(() -> finder.find(query));
    }

    @Test
    void aQueryThatWalksTheWholeWindowFindsTheCandidatesOneDay() {
        Instant day = Instant.parse("2030-03-22T00:00:00Z");
        FindTimesQuery query = new FindTimesQuery(zoe, opening.screenStageId(), FROM, TO, 2, List.of(),
                List.of(new Window(day, day.plusSeconds(86_400))), 50);

        List<Suggestion> found = finder.find(query);

        assertThat(found).isNotEmpty().allSatisfy(s -> assertThat(s.startsAt()).isBetween(day, day.plusSeconds(86_400)));
        printTimes(() -> finder.find(query));
    }

    /** Prints the median and the 95th percentile of 100 calls after a warm-up. */
    private static void printTimes(Supplier<List<Suggestion>> call) {
        for (int i = 0; i < 30; i++) {
            call.get();
        }
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            long start = System.nanoTime();
            call.get();
            millis.add((System.nanoTime() - start) / 1e6);
        }
        millis.sort(null);
        System.out.printf("find-times: median %.1f ms, p95 %.1f ms%n", millis.get(49), millis.get(94));
    }
}
