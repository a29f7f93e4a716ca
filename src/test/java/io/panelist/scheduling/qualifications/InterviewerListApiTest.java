package io.panelist.scheduling.qualifications;

import com.fasterxml.jackson.databind.JsonNode;
import io.panelist.identity.Role;
import io.panelist.scheduling.SchedulingFixtures;
import io.panelist.support.Answer;
import io.panelist.support.IntegrationTest;
import io.panelist.support.TestUsers;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code GET /api/v1/interviewers?topicKey=&page=&size=}: who may sit on panels, by name, a page at a time. */
class InterviewerListApiTest extends IntegrationTest {
    @Inject
    SchedulingFixtures fixtures;
    @Inject
    TestUsers users;
    SchedulingFixtures.Team team;
    String recruiter;

    @BeforeEach
    void aTeamWithQualifications() {
        team = fixtures.team();
        String admin = api.login(SchedulingFixtures.ADMIN, TestUsers.PASSWORD);
        recruiter = api.login(SchedulingFixtures.RECRUITER, TestUsers.PASSWORD);
        QualificationsApiTest.topic(api, admin, "security");
        QualificationsApiTest.topic(api, admin, "testing");
        api.putCurrent(path(team.ana()), admin, QualificationsApiTest.body("security", "QUALIFIED", "testing",
                "TRAINEE"));
        api.putCurrent(path(team.ben()), admin, QualificationsApiTest.body("security", "TRAINEE"));
        api.putCurrent(path(team.manager()), admin, QualificationsApiTest.body("testing", "QUALIFIED"));
    }

    @Test
    void interviewersAndHiringManagersComeByNameWithTheirQualifications() {
        UUID gone = users.create("zed@example.com", Role.INTERVIEWER);
        api.putCurrent("/api/v1/users/" + gone, api.login(SchedulingFixtures.ADMIN, TestUsers.PASSWORD), Map.of(
                "email", "zed@example.com", "displayName", "Zed", "roles", List.of("INTERVIEWER"), "active", false));

        JsonNode page = list("");

        assertThat(page.get("total").asLong()).isEqualTo(3);
        assertThat(page.get("page").asInt()).isZero();
        assertThat(page.get("size").asInt()).isEqualTo(20);
        assertThat(names(page)).containsExactly("Ana", "Ben", "Mo");
        JsonNode ana = page.get("items").get(0);
        assertThat(ana.fieldNames()).toIterable().containsExactly("id", "displayName", "email", "timeZone",
                "qualifications", "interviewsThisWeek");
        assertThat(ana.get("id").asText()).isEqualTo(team.ana().toString());
        assertThat(ana.get("email").asText()).isEqualTo(SchedulingFixtures.ANA);
        assertThat(ana.get("timeZone").asText()).isEqualTo("Europe/Berlin");
        assertThat(ana.get("interviewsThisWeek").asInt()).isZero();
        assertThat(ana.get("qualifications")).extracting(q -> q.get("topicKey").asText() + " " + q.get("level").asText())
                .containsExactly("security QUALIFIED", "testing TRAINEE");
        assertThat(page.get("items").get(2).get("qualifications")).hasSize(1);
    }

    @Test
    void aTopicKeepsThoseQualifiedOrTrainingInIt() {
        assertThat(names(list("topicKey=security"))).containsExactly("Ana", "Ben");
        assertThat(names(list("topicKey=testing"))).containsExactly("Ana", "Mo");
        JsonNode none = list("topicKey=no-such-topic");
        assertThat(none.get("items")).isEmpty();
        assertThat(none.get("total").asLong()).isZero();
    }

    @Test
    void pagesComeInNameOrderWithTheTotalEvenPastTheEnd() {
        JsonNode first = list("size=2");
        JsonNode second = list("size=2&page=1");
        JsonNode past = list("size=2&page=7&topicKey=security");

        assertThat(names(first)).containsExactly("Ana", "Ben");
        assertThat(first.get("total").asLong()).isEqualTo(3);
        assertThat(names(second)).containsExactly("Mo");
        assertThat(second.get("total").asLong()).isEqualTo(3);
        assertThat(past.get("items")).isEmpty();
        assertThat(past.get("total").asLong()).isEqualTo(2);
        assertThat(past.get("page").asInt()).isEqualTo(7);
    }

    @Test
    void onlyRecruitersAndAdministratorsListInterviewersAndBadInputIsRefused() {
        String ana = api.login(SchedulingFixtures.ANA, TestUsers.PASSWORD);
        String manager = api.login(SchedulingFixtures.MANAGER, TestUsers.PASSWORD);

        assertThat(api.get("/api/v1/interviewers", ana).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/interviewers", manager).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/interviewers", null).status()).isEqualTo(401);
        for (String bad : List.of("size=0", "size=101", "page=-1", "page=x", "topicKey=" + "k".repeat(101))) {
            Answer refused = api.get("/api/v1/interviewers?" + bad, recruiter);
            assertThat(refused.status()).as(bad + ": " + refused).isEqualTo(400);
            assertThat(refused.isProblem()).isTrue();
        }
    }

    private JsonNode list(String query) {
        Answer answer = api.get("/api/v1/interviewers?" + query, recruiter);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.json();
    }

    static List<String> names(JsonNode page) {
        List<String> names = new ArrayList<>();
        page.get("items").forEach(item -> names.add(item.get("displayName").asText()));
        return names;
    }

    private static String path(UUID person) {
        return "/api/v1/interviewers/" + person + "/qualifications";
    }
}
