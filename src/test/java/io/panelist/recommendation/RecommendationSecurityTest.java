package io.panelist.recommendation;

import io.panelist.recommendation.RecommendationFixtures.Card;
import io.panelist.recommendation.RecommendationFixtures.Hiring;
import io.panelist.recommendation.RecommendationFixtures.Opening;
import io.panelist.support.Answer;
import io.panelist.support.IntegrationTest;
import io.panelist.support.Tokens;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every route of the recommendation controller: 401 without a valid token; recruiters and administrators read;
 * the position's hiring manager reads, decides and reopens; interviewers get 403 where they sit on the panel and
 * 404 where the application is not theirs to see; a hiring manager of another position finds nothing (404).
 * Refused writes change no rows.
 */
class RecommendationSecurityTest extends IntegrationTest {
    static final Map<String, Object> DECISION = Map.of("outcome", "HIRE", "rationale", "Strong panel and a clear hire for the team.");
    static final Map<String, Object> REOPEN = Map.of("reason", "The offer fell through.");
    @Inject
    RecommendationFixtures fixtures;
    Hiring hiring;
    Opening opening;
    UUID alice;
    long auditEvents;

    record Route(String method, String path, Object body) {
        boolean write() {
            return method.equals("POST");
        }
    }

    @BeforeEach
    void aliceIsScoredByAnaAndBen() {
        hiring = fixtures.hiring(api);
        opening = hiring.opening("Backend Engineer", hiring.manager);
        hiring.opening("Data Engineer", hiring.otherManager);
        alice = hiring.applicant(opening, "Alice Archer");
        UUID round = hiring.interview(alice, opening.technicalStageId(), hiring.ana, hiring.ben);
        hiring.submit(round, hiring.ana, Card.of("STRONG_YES", "security", 4, "testing", 3));
        hiring.submit(round, hiring.ben, Card.of("YES", "security", 3, "testing", 3));
        auditEvents = count("SELECT count(*) FROM audit_events");
    }

    List<Route> applicationRoutes() {
        String application = "/api/v1/applications/" + alice;
        return List.of(new Route("GET", application + "/recommendation", null),
                new Route("POST", application + "/decision", DECISION),
                new Route("GET", application + "/decision", null),
                new Route("POST", application + "/reopen", REOPEN),
                new Route("GET", application + "/scorecards.csv", null));
    }

    List<Route> positionRoutes() {
        String position = "/api/v1/positions/" + opening.positionId();
        return List.of(new Route("GET", position + "/ranking", null),
                new Route("GET", position + "/reliability", null),
                new Route("GET", position + "/scores.csv", null));
    }

    Route calibrationOf(UUID interviewer) {
        return new Route("GET", "/api/v1/interviewers/" + interviewer + "/calibration", null);
    }

    List<Route> everyRoute() {
        List<Route> all = new ArrayList<>(applicationRoutes());
        all.addAll(positionRoutes());
        all.add(calibrationOf(hiring.ana));
        return all;
    }

    @Test
    void everyRouteRefusesCallersWithoutAValidToken() {
        List<String> badTokens = Arrays.asList(null, "garbage", Tokens.expired(hiring.manager, "HIRING_MANAGER"),
                Tokens.foreign(hiring.manager, "HIRING_MANAGER"), Tokens.tampered(hiring.token(hiring.ana)));
        for (Route route : everyRoute()) {
            for (String token : badTokens) {
                Answer answer = send(route, token);
                assertThat(answer.status()).as(route + " with " + token).isEqualTo(401);
                assertThat(answer.isProblem()).as(route.toString()).isTrue();
            }
        }
        assertNothingWritten();
    }

    @Test
    void anInterviewerOnThePanelIsRefusedAndOneOffItFindsNoApplication() {
        for (Route route : applicationRoutes()) {
            assertStatus(route, hiring.ana, 403);
            assertStatus(route, hiring.dan, 404);
        }
        for (Route route : positionRoutes()) {
            assertStatus(route, hiring.ana, 403);
            assertStatus(route, hiring.dan, 403);
        }
        assertNothingWritten();
    }

    @Test
    void recruitersAndAdministratorsReadEveryRouteButNeitherDecidesNorReopens() {
        for (UUID reader : List.of(hiring.recruiter, hiring.admin)) {
            for (Route route : applicationRoutes()) {
                assertStatus(route, reader, route.write() ? 403 : 200);
            }
            for (Route route : positionRoutes()) {
                assertStatus(route, reader, 200);
            }
        }
        assertNothingWritten();
    }

    @Test
    void aHiringManagerOfAnotherPositionFindsNothing() {
        for (Route route : applicationRoutes()) {
            assertStatus(route, hiring.otherManager, 404);
        }
        for (Route route : positionRoutes()) {
            assertStatus(route, hiring.otherManager, 404);
        }
        assertNothingWritten();
    }

    @Test
    void thePositionsHiringManagerReadsEverythingDecidesAndReopens() {
        for (Route route : applicationRoutes()) {
            if (!route.write()) {
                assertStatus(route, hiring.manager, 200);
            }
        }
        for (Route route : positionRoutes()) {
            assertStatus(route, hiring.manager, 200);
        }
        assertStatus(applicationRoutes().get(1), hiring.manager, 201);
        assertStatus(applicationRoutes().get(3), hiring.manager, 200);
        assertThat(count("SELECT count(*) FROM decisions WHERE reopened_at IS NOT NULL")).isEqualTo(1);
    }

    @Test
    void calibrationIsForAdministratorsHiringManagersAndTheInterviewerThemselves() {
        Route ana = calibrationOf(hiring.ana);
        for (UUID allowed : List.of(hiring.ana, hiring.admin, hiring.manager, hiring.otherManager)) {
            assertStatus(ana, allowed, 200);
        }
        for (UUID refused : List.of(hiring.ben, hiring.dan, hiring.recruiter)) {
            assertStatus(ana, refused, 403);
        }
        assertStatus(calibrationOf(hiring.ben), hiring.ben, 200);
    }

    @Test
    void aHiringManagerOnThePanelSeesNoRecommendationUntilTheirOwnScorecardsAreSubmitted() {
        UUID bob = hiring.applicant(opening, "Bob Baker");
        UUID round = hiring.interview(bob, opening.technicalStageId(), hiring.ana, hiring.manager);
        hiring.submit(round, hiring.ana, Card.of("NO", "security", 2, "testing", 2));
        auditEvents = count("SELECT count(*) FROM audit_events");
        String application = "/api/v1/applications/" + bob;

        for (String path : List.of("/recommendation", "/decision", "/scorecards.csv")) {
            assertStatus(new Route("GET", application + path, null), hiring.manager, 403);
        }
        // deciding would answer the recommendation as it stands, Ana's scores in it
        assertStatus(new Route("POST", application + "/decision", DECISION), hiring.manager, 403);
        assertNothingWritten();

        hiring.submit(round, hiring.manager, Card.of("NO", "security", 2, "testing", 3));

        for (String path : List.of("/recommendation", "/decision", "/scorecards.csv")) {
            assertStatus(new Route("GET", application + path, null), hiring.manager, 200);
        }
        assertStatus(new Route("GET", "/api/v1/applications/" + alice + "/recommendation", null), hiring.manager, 200);
    }

    @Test
    void aHiringManagerOnThePanelFindsNoOtherPanelistsScoresInThePositionExport() {
        UUID bob = hiring.applicant(opening, "Bob Baker");
        UUID round = hiring.interview(bob, opening.technicalStageId(), hiring.ana, hiring.manager);
        hiring.submit(round, hiring.ana, Card.of("NO", "security", 2, "testing", 2));

        Answer csv = send(positionRoutes().get(2), hiring.token(hiring.manager));
        assertThat(csv.status()).as(csv.toString()).isIn(200, 403);
        if (csv.status() == 200) {
            assertThat(csv.text()).as("Ana's scores of Bob, before Mo submitted his own").doesNotContain(bob.toString());
        }
    }

    @Test
    void aHiringManagerOnThePanelFindsNoScoreOfThatCandidateInTheRanking() {
        UUID bob = hiring.applicant(opening, "Bob Baker");
        UUID round = hiring.interview(bob, opening.technicalStageId(), hiring.ana, hiring.manager);
        hiring.submit(round, hiring.ana, Card.of("NO", "security", 2, "testing", 2));

        Answer ranking = send(positionRoutes().get(0), hiring.token(hiring.manager));
        assertThat(ranking.status()).as(ranking.toString()).isIn(200, 403);
        if (ranking.status() == 200) {
            assertThat(ranking.json()).filteredOn(item -> item.get("applicationId").asText().equals(bob.toString()))
                    .as("Bob's ranking item, before Mo submitted his own scorecard")
                    .allSatisfy(item -> assertThat(item.get("overallScore").isNull()).isTrue());
        }
    }

    private void assertStatus(Route route, UUID caller, int expected) {
        Answer answer = send(route, hiring.token(caller));
        assertThat(answer.status()).as(route + " by " + caller + ": " + answer).isEqualTo(expected);
        if (expected >= 400) {
            assertThat(answer.isProblem()).as(route + " " + answer.contentType()).isTrue();
        }
    }

    private Answer send(Route route, String token) {
        var call = api.call(route.method(), route.path()).token(token);
        return route.body() == null ? call.send() : call.json(route.body()).send();
    }

    private void assertNothingWritten() {
        assertThat(count("SELECT count(*) FROM decisions")).isZero();
        assertThat(count("SELECT count(*) FROM audit_events")).isEqualTo(auditEvents);
        assertThat(count("SELECT count(*) FROM applications WHERE status <> 'ACTIVE'")).isZero();
    }
}
