package io.panelist.scoring;

import com.fasterxml.jackson.databind.JsonNode;
import io.panelist.support.Answer;
import io.panelist.support.Api;
import io.panelist.support.IntegrationTest;
import io.panelist.support.Tokens;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.panelist.scoring.ScoringFixtures.completeDraft;
import static io.panelist.scoring.ScoringFixtures.fillAndSubmit;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every scoring route, for every role. No token: 401. A scorecard is written only by a panelist, only their own: those
 * who may know the interview (administrators, recruiters, the position's hiring manager) get 403, everyone else 404.
 * Submitted scorecards are for the panel (once their own are in), recruiters, administrators and the position's
 * hiring manager; the overdue list for recruiters and administrators. No refused request writes a row.
 */
class ScoringSecurityTest extends IntegrationTest {
    private static final String TABLES = "scorecards, topic_scores, question_notes, scorecard_amendments, audit_events";
    @Inject
    ScoringFixtures fixtures;
    ScoringFixtures.Scene scene;
    ScoringFixtures.Team team;

    record Route(String method, String path, String ifMatch, Object body) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    /** Ana has submitted her scorecard; ben, also on the panel, has not opened his. */
    @BeforeEach
    void anInterviewWithASubmittedScorecard() {
        scene = fixtures.scene(api);
        team = scene.team();
        assertThat(fillAndSubmit(api, team.ana(), scene.interviewId(), scene.hiring(), "Hire.").status()).isEqualTo(200);
    }

    List<Route> scorecardRoutes(UUID interviewId) {
        String base = "/api/v1/interviews/" + interviewId + "/scorecard";
        return List.of(new Route("GET", base, null, null),
                new Route("PUT", base, "\"0\"", completeDraft(scene.hiring(), "Mine now.")),
                new Route("POST", base + "/submit", null, null),
                new Route("POST", base + "/amendments", "\"2\"", Map.of("reason", "Not mine.", "vote", "STRONG_NO")));
    }

    List<Route> allRoutes() {
        List<Route> routes = new ArrayList<>(scorecardRoutes(scene.interviewId()));
        routes.add(new Route("GET", "/api/v1/applications/" + scene.applicationId() + "/scorecards", null, null));
        routes.add(new Route("GET", "/api/v1/scorecards/overdue", null, null));
        return routes;
    }

    @Test
    void everyRouteRefusesCallersWithoutAValidToken() {
        Map<String, Long> before = rows();
        List<String> badTokens = Arrays.asList(null, "garbage", Tokens.expired(team.anaId(), "INTERVIEWER"),
                Tokens.foreign(team.anaId(), "INTERVIEWER"), Tokens.tampered(team.ana()), Tokens.unsigned(team.adminId()));
        for (Route route : allRoutes()) {
            for (String token : badTokens) {
                Answer answer = send(route, token);
                assertThat(answer.status()).as(route + " with " + token).isEqualTo(401);
                assertThat(answer.isProblem()).as(route.toString()).isTrue();
            }
        }
        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void aPanelistReachesEveryRouteOfTheirOwnScorecard() {
        String base = "/api/v1/interviews/" + scene.interviewId() + "/scorecard";
        List<Route> steps = List.of(new Route("GET", base, null, null),
                new Route("PUT", base, "\"0\"", completeDraft(scene.hiring(), "Ben's.")),
                new Route("POST", base + "/submit", null, null),
                new Route("POST", base + "/amendments", "\"2\"", Map.of("reason", "Rethought.", "vote", "NO")));

        for (Route step : steps) {
            Answer answer = send(step, team.ben());
            assertThat(answer.status()).as(step + ": " + answer).isEqualTo(200);
            assertThat(answer.json().get("panelistId").asText()).isEqualTo(team.benId().toString());
        }
        assertThat(count("SELECT count(*) FROM scorecards WHERE status = 'SUBMITTED'")).isEqualTo(2);
    }

    @Test
    void whoMayKnowTheInterviewButIsNotOnThePanelIsForbidden() {
        Map<String, Long> before = rows();

        for (String token : List.of(team.admin(), team.recruiter(), team.manager())) {
            for (Route route : scorecardRoutes(scene.interviewId())) {
                Answer answer = send(route, token);
                assertThat(answer.status()).as(route + ": " + answer).isEqualTo(403);
                assertThat(answer.isProblem()).isTrue();
            }
        }
        assertThat(rows()).isEqualTo(before);
        assertThat(scorecardOfAna()).isEqualTo("YES Hire.");
    }

    @Test
    void toEveryoneElseTheInterviewDoesNotExist() {
        Map<String, Long> before = rows();

        for (String token : List.of(team.otherManager(), team.carl())) {
            for (Route route : scorecardRoutes(scene.interviewId())) {
                Answer answer = send(route, token);
                assertThat(answer.status()).as(route + ": " + answer).isEqualTo(404);
                assertThat(answer.isProblem()).isTrue();
                assertThat(answer.text()).doesNotContain("Cleo", "Hire.");
            }
        }
        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void anInterviewThatDoesNotExistIsNotFoundForEveryRole() {
        Map<String, Long> before = rows();
        UUID nowhere = UUID.randomUUID();

        for (String token : tokens()) {
            for (Route route : scorecardRoutes(nowhere)) {
                Answer answer = send(route, token);
                assertThat(answer.status()).as(route + ": " + answer).isEqualTo(404);
                assertThat(answer.isProblem()).isTrue();
            }
        }
        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void anApplicationsScorecardsAreForTheStaffTheHiringManagerAndThePanelOnly() {
        String path = "/api/v1/applications/" + scene.applicationId() + "/scorecards";

        for (String token : List.of(team.admin(), team.recruiter(), team.manager(), team.ana())) {
            Answer answer = api.get(path, token);
            assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
            assertThat(answer.json()).hasSize(1);
        }
        Answer panelistWithout = api.get(path, team.ben());
        assertThat(panelistWithout.status()).as(panelistWithout.toString()).isEqualTo(403);
        assertThat(panelistWithout.isProblem()).isTrue();
        for (String token : List.of(team.otherManager(), team.carl())) {
            Answer answer = api.get(path, token);
            assertThat(answer.status()).as(answer.toString()).isEqualTo(404);
            assertThat(answer.isProblem()).isTrue();
            assertThat(answer.text()).doesNotContain("Cleo", "Hire.");
        }
        for (String token : tokens()) {
            Answer answer = api.get("/api/v1/applications/" + UUID.randomUUID() + "/scorecards", token);
            assertThat(answer.status()).as(answer.toString()).isEqualTo(404);
        }
    }

    @Test
    void theOverdueListIsForAdministratorsAndRecruitersOnly() {
        for (String token : List.of(team.admin(), team.recruiter())) {
            assertThat(api.get("/api/v1/scorecards/overdue", token).status()).isEqualTo(200);
        }
        for (String token : List.of(team.manager(), team.otherManager(), team.ana(), team.carl())) {
            Answer answer = api.get("/api/v1/scorecards/overdue", token);
            assertThat(answer.status()).as(answer.toString()).isEqualTo(403);
            assertThat(answer.isProblem()).isTrue();
        }
    }

    private List<String> tokens() {
        return List.of(team.admin(), team.recruiter(), team.manager(), team.otherManager(), team.ana(), team.ben(),
                team.carl());
    }

    private String scorecardOfAna() {
        JsonNode card = ScoringFixtures.scorecard(api, team.ana(), scene.interviewId()).json();
        return card.get("vote").asText() + " " + card.get("summary").asText();
    }

    private Answer send(Route route, String token) {
        Api.Call call = api.call(route.method(), route.path()).token(token);
        if (route.ifMatch() != null) {
            call.header("If-Match", route.ifMatch());
        }
        if (route.body() != null) {
            call.json(route.body());
        }
        return call.send();
    }

    /** Row counts of every scoring table and the audit log. */
    private Map<String, Long> rows() {
        Map<String, Long> rows = new LinkedHashMap<>();
        for (String table : TABLES.split(", ")) {
            rows.put(table, count("SELECT count(*) FROM " + table));
        }
        rows.put("submitted", count("SELECT count(*) FROM scorecards WHERE status = 'SUBMITTED'"));
        rows.put("versions", count("SELECT coalesce(sum(version), 0) FROM scorecards"));
        return rows;
    }
}
