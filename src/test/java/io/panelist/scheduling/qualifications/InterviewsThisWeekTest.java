package io.panelist.scheduling.qualifications;

import com.fasterxml.jackson.databind.JsonNode;
import io.panelist.identity.CreateUserRequest;
import io.panelist.identity.IdentityService;
import io.panelist.identity.Role;
import io.panelist.scheduling.SchedulingFixtures;
import io.panelist.scheduling.SchedulingService;
import io.panelist.security.ManualClock;
import io.panelist.support.Answer;
import io.panelist.support.IntegrationTest;
import io.panelist.support.TestUsers;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * interviewsThisWeek counts a person's interviews that are not cancelled and start in their current week, Monday to
 * Monday in their own time zone: their availability's when it has one, else their own. The week is a Berlin week
 * from Monday M; Toshi lives in Tokyo, and Ben's availability says Tokyo too.
 */
class InterviewsThisWeekTest extends IntegrationTest {
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    @Inject
    SchedulingFixtures fixtures;
    @Inject
    SchedulingService scheduling;
    @Inject
    IdentityService identity;
    @Inject
    ManualClock clock;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put(ManualClock.PROPERTY, "true");
        return properties;
    }

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    @Test
    void eachPersonsWeekIsCountedInTheirOwnTimeZone() {
        SchedulingFixtures.Team team = fixtures.team();
        UUID toshi = identity.createUser(null, new CreateUserRequest("toshi@example.com", "Toshi", TestUsers.PASSWORD,
                Set.of(Role.INTERVIEWER), "Asia/Tokyo", null)).id();
        execute("INSERT INTO interviewer_availability (user_id, time_zone, updated_at) VALUES ('" + team.ben()
                + "', 'Asia/Tokyo', now())");
        SchedulingFixtures.Opening opening = fixtures.openingWithPublishedPlan(team.admin(), team.manager(), "SRE");
        UUID application = fixtures.applicant(team.admin(), opening, "Cleo Carter");
        LocalDate monday = LocalDate.ofInstant(clock.instant(), BERLIN).with(TemporalAdjusters.next(DayOfWeek.MONDAY))
                .plusWeeks(2);
        // Wednesday: everyone's week
        book(team, application, opening, at(monday.plusDays(2), 10), team.ana(), toshi);
        // Sunday evening in Berlin is Monday morning in Tokyo: Ana's week, Toshi's next one
        book(team, application, opening, at(monday.plusDays(6), 20), team.ana(), toshi);
        // the Sunday before, likewise: Berlin's week before, Tokyo's (Toshi's and Ben's) this one
        book(team, application, opening, at(monday.minusDays(1), 20), toshi, team.ben());
        UUID cancelled = book(team, application, opening, at(monday.plusDays(3), 10), team.ana());
        scheduling.cancelInterview(SchedulingFixtures.admin(team.admin()), cancelled, OptionalLong.empty(), "Moved.");
        book(team, application, opening, at(monday.plusDays(7), 10), team.ana());
        clock.advance(Duration.between(clock.instant(), at(monday.plusDays(2), 12)));

        Answer answer = api.get("/api/v1/interviewers", api.login(SchedulingFixtures.RECRUITER, TestUsers.PASSWORD));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        Map<String, Integer> counts = new HashMap<>();
        Map<String, String> zones = new HashMap<>();
        for (JsonNode item : answer.json().get("items")) {
            counts.put(item.get("displayName").asText(), item.get("interviewsThisWeek").asInt());
            zones.put(item.get("displayName").asText(), item.get("timeZone").asText());
        }
        assertThat(counts).containsExactlyInAnyOrderEntriesOf(Map.of("Ana", 2, "Toshi", 2, "Ben", 1, "Mo", 0));
        assertThat(zones).containsEntry("Ben", "Asia/Tokyo").containsEntry("Ana", "Europe/Berlin");
    }

    private UUID book(SchedulingFixtures.Team team, UUID application, SchedulingFixtures.Opening opening,
                      Instant startsAt, UUID... panel) {
        return fixtures.interview(team.admin(), application, opening.screenStageId(), startsAt, Duration.ofMinutes(45),
                panel);
    }

    private static Instant at(LocalDate day, int hour) {
        return day.atTime(LocalTime.of(hour, 0)).atZone(BERLIN).toInstant();
    }

    private static void execute(String sql) {
        try (var connection = connect(); var statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
