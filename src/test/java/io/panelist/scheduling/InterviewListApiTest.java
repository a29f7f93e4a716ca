package io.panelist.scheduling;

import com.fasterxml.jackson.databind.JsonNode;
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
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GET /api/v1/interviews?applicationId=}: an application's rounds in time order, for those who may see the
 * application; a panelist lists the rounds they sit on. Zoe's rounds: a screen with Ana, then a technical round with
 * Ana and Ben, then a cancelled one with Ben.
 */
class InterviewListApiTest extends IntegrationTest {
    static final Instant MONDAY = Instant.parse("2030-03-11T00:00:00Z");
    @Inject
    SchedulingFixtures fixtures;
    @Inject
    SchedulingService scheduling;
    Team team;
    UUID zoe;
    List<UUID> rounds;

    @BeforeEach
    void threeRoundsForZoe() {
        team = fixtures.team();
        Opening opening = fixtures.openingWithPublishedPlan(team.admin(), team.manager(), "Backend Engineer");
        zoe = fixtures.applicant(team.admin(), opening, "Zoe Example");
        // booked out of time order: the list comes in time order all the same
        UUID technical = fixtures.interview(team.admin(), zoe, opening.technicalStageId(),
                MONDAY.plus(Duration.ofDays(8)), Duration.ofHours(1), team.ana(), team.ben());
        UUID screen = fixtures.interview(team.admin(), zoe, opening.screenStageId(), MONDAY.plus(Duration.ofHours(9)),
                Duration.ofMinutes(45), team.ana());
        UUID cancelled = fixtures.interview(team.admin(), zoe, opening.technicalStageId(),
                MONDAY.plus(Duration.ofDays(9)), Duration.ofHours(1), team.ben());
        scheduling.cancelInterview(SchedulingFixtures.admin(team.admin()), cancelled, java.util.OptionalLong.empty(),
                "The candidate asked to move it.");
        rounds = List.of(screen, technical, cancelled);
    }

    @Test
    void recruitersAndTheHiringManagerSeeEveryRoundInTimeOrder() {
        for (String who : List.of(SchedulingFixtures.RECRUITER, SchedulingFixtures.ADMIN, SchedulingFixtures.MANAGER)) {
            JsonNode page = list(who, "applicationId=" + zoe);
            assertThat(ids(page)).as(who).containsExactlyElementsOf(rounds);
            assertThat(page.get("total").asLong()).isEqualTo(3);
        }
        JsonNode first = list(SchedulingFixtures.RECRUITER, "applicationId=" + zoe).get("items").get(0);
        assertThat(first.get("stageName").asText()).isEqualTo("Screen");
        assertThat(first.get("panelists")).hasSize(1);
        assertThat(list(SchedulingFixtures.RECRUITER, "applicationId=" + zoe).get("items").get(2).get("status")
                .asText()).isEqualTo("CANCELLED");
    }

    @Test
    void aPanelistListsTheRoundsTheySitOn() {
        assertThat(ids(list(SchedulingFixtures.ANA, "applicationId=" + zoe))).containsExactly(rounds.get(0),
                rounds.get(1));
        assertThat(ids(list(SchedulingFixtures.BEN, "applicationId=" + zoe))).containsExactly(rounds.get(1),
                rounds.get(2));
    }

    @Test
    void pagesCutTheRoundsInOrder() {
        JsonNode second = list(SchedulingFixtures.RECRUITER, "applicationId=" + zoe + "&size=2&page=1");

        assertThat(ids(second)).containsExactly(rounds.get(2));
        assertThat(second.get("total").asLong()).isEqualTo(3);
        assertThat(list(SchedulingFixtures.RECRUITER, "applicationId=" + zoe + "&page=9").get("items")).isEmpty();
    }

    @Test
    void anApplicationTheCallerMayNotSeeIsNotFoundAndBadInputIsRefused() {
        fixtures.interviewer("carl@example.com");
        String carl = api.login("carl@example.com", TestUsers.PASSWORD);
        String recruiter = api.login(SchedulingFixtures.RECRUITER, TestUsers.PASSWORD);

        assertThat(api.get("/api/v1/interviews?applicationId=" + zoe, carl).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/interviews?applicationId=" + UUID.randomUUID(), recruiter).status())
                .isEqualTo(404);
        assertThat(api.get("/api/v1/interviews?applicationId=" + zoe, null).status()).isEqualTo(401);
        for (String bad : List.of("", "applicationId=", "applicationId=not-a-uuid",
                "applicationId=" + zoe + "&size=0")) {
            Answer refused = api.get("/api/v1/interviews?" + bad, recruiter);
            assertThat(refused.status()).as(bad + ": " + refused).isEqualTo(400);
            assertThat(refused.isProblem()).isTrue();
        }
    }

    private JsonNode list(String email, String query) {
        Answer answer = api.get("/api/v1/interviews?" + query, api.login(email, TestUsers.PASSWORD));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.json();
    }

    private static List<UUID> ids(JsonNode page) {
        List<UUID> ids = new ArrayList<>();
        page.get("items").forEach(item -> ids.add(UUID.fromString(item.get("id").asText())));
        return ids;
    }
}
