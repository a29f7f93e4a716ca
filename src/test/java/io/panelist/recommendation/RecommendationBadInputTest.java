package io.panelist.recommendation;

import io.panelist.recommendation.RecommendationFixtures.Card;
import io.panelist.recommendation.RecommendationFixtures.Hiring;
import io.panelist.recommendation.RecommendationFixtures.Opening;
import io.panelist.support.Answer;
import io.panelist.support.IntegrationTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Bad input to recommendations and decisions answers a 4xx problem+json, never a 500, and writes nothing. */
class RecommendationBadInputTest extends IntegrationTest {
    static final List<String> APPLICATION_ROUTES = List.of("GET /recommendation", "POST /decision", "GET /decision",
            "POST /reopen", "GET /scorecards.csv");
    static final List<String> POSITION_ROUTES = List.of("GET /ranking", "GET /reliability", "GET /scores.csv");
    @Inject
    RecommendationFixtures fixtures;
    Hiring hiring;
    Opening opening;
    UUID alice;
    long auditEvents;

    @BeforeEach
    void aliceIsScored() {
        hiring = fixtures.hiring(api);
        opening = hiring.opening("Backend Engineer", hiring.manager);
        alice = hiring.applicant(opening, "Alice Archer");
        UUID round = hiring.interview(alice, opening.technicalStageId(), hiring.ana, hiring.ben);
        hiring.submit(round, hiring.ana, Card.of("YES", "security", 3, "testing", 3));
        hiring.submit(round, hiring.ben, Card.of("YES", "security", 3, "testing", 3));
        auditEvents = count("SELECT count(*) FROM audit_events");
    }

    @Test
    void aDecisionWithoutAValidOutcomeIsRefused() {
        for (Object outcome : new Object[] {null, "", "MAYBE", "STRONG_HIRE", "hire", 1, Map.of()}) {
            Map<String, Object> body = new HashMap<>();
            body.put("outcome", outcome);
            body.put("rationale", "Strong panel and a clear hire for the team.");
            assertRefused(400, decide(body), "outcome " + outcome);
        }
        assertRefused(400, decide(Map.of("rationale", "Strong panel and a clear hire for the team.")), "no outcome");
        assertNothingWritten();
    }

    @Test
    void aDecisionWithoutARealRationaleIsRefused() {
        Map<String, Object> missing = new HashMap<>();
        missing.put("outcome", "HIRE");
        assertRefused(400, decide(missing), "no rationale");
        for (Object rationale : new Object[] {null, "", "   ", "\t\n", "\u0000", "Strong panel\u0000 a clear hire.",
                "x".repeat(5001)}) {
            Map<String, Object> body = new HashMap<>();
            body.put("outcome", "HIRE");
            body.put("rationale", rationale);
            Answer answer = decide(body);
            assertRefused(400, answer, "rationale " + String.valueOf(rationale).length());
        }
        assertNothingWritten();
    }

    @Test
    void aBodyThatIsNotJsonOrNotAnObjectIsRefused() {
        String path = "/api/v1/applications/" + alice + "/decision";
        for (String text : List.of("{\"outcome\": \"HIRE\", \"rationale\": ", "not json", "", "[]", "\"HIRE\"", "null")) {
            Answer answer = api.call("POST", path).token(hiring.token(hiring.manager)).raw(text, "application/json")
                    .send();
            assertRefused(400, answer, "body " + text);
        }
        Answer plain = api.call("POST", path).token(hiring.token(hiring.manager))
                .raw("outcome=HIRE&rationale=fine", "text/plain").send();
        assertThat(plain.status()).as(plain.toString()).isBetween(400, 499);
        assertThat(plain.isProblem()).isTrue();
        assertNothingWritten();
    }

    @Test
    void aReopenWithoutAReasonIsRefused() {
        assertThat(hiring.decide(alice, hiring.manager, "HIRE", "Strong panel.").status()).isEqualTo(201);
        auditEvents = count("SELECT count(*) FROM audit_events");

        for (String reason : new String[] {null, "", "  ", "\u0000", "x".repeat(2001)}) {
            assertRefused(400, hiring.reopen(alice, hiring.manager, reason), "reason " + reason);
        }
        assertThat(count("SELECT count(*) FROM decisions WHERE reopened_at IS NULL")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM audit_events")).isEqualTo(auditEvents);
    }

    @Test
    void pathsWithoutAUuidAreRefused() {
        for (String bad : List.of("not-a-uuid", "123", "00000000-0000-0000-0000-00000000000g", "%00")) {
            for (String route : APPLICATION_ROUTES) {
                assertRefused(400, send(route, "/api/v1/applications/" + bad), route + " " + bad);
            }
            for (String route : POSITION_ROUTES) {
                assertRefused(400, send(route, "/api/v1/positions/" + bad), route + " " + bad);
            }
            assertRefused(400, send("GET /calibration", "/api/v1/interviewers/" + bad), "calibration " + bad);
        }
        assertNothingWritten();
    }

    @Test
    void unknownIdsAreNotFound() {
        UUID unknown = UUID.randomUUID();
        for (String route : APPLICATION_ROUTES) {
            for (UUID caller : List.of(hiring.admin, hiring.manager)) {
                if (!route.startsWith("POST") || caller.equals(hiring.manager)) {
                    assertRefused(404, send(route, "/api/v1/applications/" + unknown, caller), route);
                }
            }
        }
        for (String route : POSITION_ROUTES) {
            assertRefused(404, send(route, "/api/v1/positions/" + unknown), route);
        }
        assertRefused(404, send("GET /calibration", "/api/v1/interviewers/" + unknown), "calibration");
        assertNothingWritten();
    }

    private Answer decide(Map<String, Object> body) {
        return api.post("/api/v1/applications/" + alice + "/decision", hiring.token(hiring.manager), body);
    }

    private Answer send(String route, String base) {
        return send(route, base, hiring.admin);
    }

    private Answer send(String route, String base, UUID caller) {
        String[] parts = route.split(" ");
        var call = api.call(parts[0], base + parts[1]).token(hiring.token(caller));
        if (parts[0].equals("POST")) {
            call.json(parts[1].equals("/reopen") ? Map.of("reason", "The offer fell through.")
                    : Map.of("outcome", "HIRE", "rationale", "Strong panel, a clear hire."));
        }
        return call.send();
    }

    private static void assertRefused(int status, Answer answer, String what) {
        assertThat(answer.status()).as(what + ": " + answer).isEqualTo(status);
        assertThat(answer.isProblem()).as(what + ": " + answer.contentType()).isTrue();
        assertThat(answer.json().get("status").asInt()).isEqualTo(status);
        assertThat(answer.json().get("type").asText()).isNotBlank();
        assertThat(answer.json().get("detail").asText()).doesNotContainIgnoringCase("exception")
                .doesNotContainIgnoringCase("sql");
    }

    private void assertNothingWritten() {
        assertThat(count("SELECT count(*) FROM decisions")).isZero();
        assertThat(count("SELECT count(*) FROM audit_events")).isEqualTo(auditEvents);
        assertThat(count("SELECT count(*) FROM applications WHERE status <> 'ACTIVE'")).isZero();
    }
}
