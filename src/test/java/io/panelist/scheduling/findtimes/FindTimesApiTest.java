package io.panelist.scheduling.findtimes;

import com.fasterxml.jackson.databind.JsonNode;
import io.panelist.scheduling.SchedulingFixtures;
import io.panelist.scheduling.SchedulingFixtures.Opening;
import io.panelist.scheduling.SchedulingFixtures.Team;
import io.panelist.support.Answer;
import io.panelist.support.IntegrationTest;
import io.panelist.support.TestUsers;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Find-times over HTTP on the real database: the saved availability, bookings, buffers, limits and qualifications
 * all shape the answer. Monday 11 March 2030; the team lives in Berlin (UTC+1), so the default hours are 08:00-16:00Z.
 * The screen lasts 45 minutes and assesses one topic; Ana, Ben and Mo may sit on panels.
 */
class FindTimesApiTest extends IntegrationTest {
    static final String MONDAY = "2030-03-11T";
    @Inject
    SchedulingFixtures fixtures;
    Team team;
    Opening opening;
    UUID zoe;
    UUID yan;
    UUID topic;
    String recruiter;
    CalendarRows rows;

    @BeforeEach
    void openAPosition() {
        team = fixtures.team();
        opening = fixtures.openingWithPublishedPlan(team.admin(), team.manager(), "Backend Engineer");
        zoe = fixtures.applicant(team.admin(), opening, "Zoe Example");
        yan = fixtures.applicant(team.admin(), opening, "Yan Example");
        recruiter = api.login(SchedulingFixtures.RECRUITER, TestUsers.PASSWORD);
        rows = new CalendarRows(IntegrationTest::connect);
        topic = rows.topicOf(opening.screenStageId());
    }

    @Test
    void aRecruiterGetsQuarterHourStartsEachWithAQualifiedPanelistAndTenAtMostByDefault() {
        rows.qualified(team.ana(), topic, "QUALIFIED").qualified(team.ben(), topic, "TRAINEE");

        Answer answer = findTimes(query("08:00", "12:00", 2));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        JsonNode suggestions = answer.json().get("suggestions");
        assertThat(suggestions).hasSize(10);
        assertThat(suggestions.get(0).get("startsAt").asText()).isEqualTo(MONDAY + "08:00:00Z");
        assertThat(suggestions.get(0).get("endsAt").asText()).isEqualTo(MONDAY + "08:45:00Z");
        assertThat(suggestions.get(9).get("startsAt").asText()).isEqualTo(MONDAY + "10:15:00Z");
        suggestions.forEach(s -> assertThat(panel(s)).hasSize(2).contains(team.ana().toString()));
    }

    @Test
    void aBookedInterviewAndTheBufferAroundItAreKeptFree() {
        rows.qualified(team.ana(), topic, "QUALIFIED").settings(team.ana(), null, null, 15);
        fixtures.interview(team.admin(), yan, opening.screenStageId(), Instant.parse(MONDAY + "09:00:00Z"),
                Duration.ofHours(1), team.ana());

        assertThat(starts(findTimes(query("08:00", "12:00", 1))))
                .containsExactly("08:00", "10:15", "10:30", "10:45", "11:00", "11:15");
    }

    @Test
    void theCandidatesOwnInterviewsAndWindowsAreKeptToo() {
        rows.qualified(team.ana(), topic, "QUALIFIED");
        fixtures.interview(team.admin(), zoe, opening.technicalStageId(), Instant.parse(MONDAY + "09:00:00Z"),
                Duration.ofHours(1), team.ben());
        Map<String, Object> body = query("08:00", "12:00", 1);
        body.put("candidateAvailability", List.of(Map.of("from", MONDAY + "08:00:00Z",
                "to", MONDAY + "11:00:00+00:00")));

        assertThat(starts(findTimes(body))).containsExactly("08:00", "08:15", "10:00", "10:15");
    }

    @Test
    void savedWeeklyHoursAndTimesAwayCount() {
        rows.qualified(team.ana(), topic, "QUALIFIED").settings(team.ana(), "UTC", null, 0)
                .hours(team.ana(), 1, 10 * 60, 13 * 60)
                .away(team.ana(), Instant.parse(MONDAY + "10:30:00Z"), Instant.parse(MONDAY + "11:00:00Z"));

        assertThat(starts(findTimes(query("08:00", "16:00", 1))))
                .containsExactly("11:00", "11:15", "11:30", "11:45", "12:00", "12:15");
    }

    @Test
    void dailyAndWeeklyLimitsCountTheNewInterview() {
        rows.qualified(team.ana(), topic, "QUALIFIED").qualified(team.ben(), topic, "QUALIFIED")
                .settings(team.ana(), null, 1, 0).weeklyLimit(team.ben(), 1);
        fixtures.interview(team.admin(), yan, opening.screenStageId(), Instant.parse(MONDAY + "15:00:00Z"),
                Duration.ofHours(1), team.ana());
        fixtures.interview(team.admin(), yan, opening.technicalStageId(), Instant.parse("2030-03-15T09:00:00Z"),
                Duration.ofHours(1), team.ben());

        assertThat(findTimes(query("08:00", "12:00", 1)).json().get("suggestions")).isEmpty();
    }

    @Test
    void aWeeklyLimitCountsTheInterviewsEarlierInTheWeekAndNoneOfTheWeekBefore() {
        rows.qualified(team.ana(), topic, "QUALIFIED").weeklyLimit(team.ana(), 1);
        Map<String, Object> wednesday = query("08:00", "10:00", 1);
        wednesday.put("from", "2030-03-13T08:00:00Z");
        wednesday.put("to", "2030-03-13T10:00:00Z");
        // Sunday the 10th ends the week before the window's, which begins on Monday the 11th
        fixtures.interview(team.admin(), yan, opening.screenStageId(), Instant.parse("2030-03-10T15:00:00Z"),
                Duration.ofHours(1), team.ana());

        assertThat(starts(findTimes(wednesday))).isNotEmpty();

        fixtures.interview(team.admin(), yan, opening.technicalStageId(), Instant.parse(MONDAY + "15:00:00Z"),
                Duration.ofHours(1), team.ana());

        assertThat(starts(findTimes(wednesday))).isEmpty();
    }

    @Test
    void aTraineeCoversNoTopicAndARequiredPanelistSitsOnEveryPanel() {
        rows.qualified(team.ana(), topic, "TRAINEE");
        assertThat(findTimes(query("08:00", "12:00", 2)).json().get("suggestions")).isEmpty();

        rows.qualified(team.ben(), topic, "QUALIFIED");
        Map<String, Object> body = query("08:00", "12:00", 2);
        body.put("requiredPanelistIds", List.of(team.manager()));
        JsonNode suggestions = findTimes(body).json().get("suggestions");
        assertThat(suggestions).hasSize(10);
        suggestions.forEach(s -> assertThat(panel(s))
                .containsExactly(team.manager().toString(), team.ben().toString()));
    }

    @Test
    void noStartIsOfferedBeforeNow() {
        rows.qualified(team.ana(), topic, "QUALIFIED");
        Instant asked = Instant.now();
        Map<String, Object> body = query("08:00", "12:00", 1);
        body.put("from", asked.minus(Duration.ofDays(2)).toString());
        body.put("to", asked.plus(Duration.ofDays(5)).toString());
        body.put("limit", 50);

        JsonNode suggestions = findTimes(body).json().get("suggestions");

        assertThat(suggestions).isNotEmpty();
        suggestions.forEach(s -> assertThat(Instant.parse(s.get("startsAt").asText())).isAfterOrEqualTo(asked));
    }

    private Answer findTimes(Map<String, Object> body) {
        return api.post("/api/v1/applications/" + zoe + "/find-times", recruiter, body);
    }

    private Map<String, Object> query(String from, String to, int panelSize) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("stageId", opening.screenStageId());
        body.put("from", MONDAY + from + ":00Z");
        body.put("to", MONDAY + to + ":00Z");
        body.put("panelSize", panelSize);
        return body;
    }

    private static List<String> starts(Answer answer) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        List<String> starts = new ArrayList<>();
        answer.json().get("suggestions").forEach(s -> starts.add(s.get("startsAt").asText().substring(11, 16)));
        return starts;
    }

    private static List<String> panel(JsonNode suggestion) {
        List<String> ids = new ArrayList<>();
        suggestion.get("panelistIds").forEach(id -> ids.add(id.asText()));
        return ids;
    }
}
