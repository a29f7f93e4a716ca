package io.panelist.plans;

import io.panelist.support.Answer;
import io.panelist.support.IntegrationTest;
import io.panelist.support.Tokens;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.panelist.plans.PlanFixtures.id;
import static io.panelist.plans.PlanFixtures.validPlan;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every plan route, for every role: no token 401; recruiters read but never write; interviewers write drafts but
 * never publish; a hiring manager works on their own positions' plans, and to them other plans do not exist.
 * Every refused write leaves every plan table as it was.
 */
class PlansSecurityTest extends IntegrationTest {
    @Inject
    PlanFixtures fixtures;
    PlanFixtures.Team team;
    PlanFixtures.Bank bank;
    UUID ownPosition;
    UUID foreignPosition;
    UUID ownPlan;
    UUID foreignPlan;

    record Route(String method, String path, Object body) {
    }

    @BeforeEach
    void twoPositionsWithADraftEach() {
        team = fixtures.team(api);
        bank = fixtures.bank();
        ownPosition = fixtures.position("Backend Engineer", team.managerId()).id();
        foreignPosition = fixtures.position("Data Engineer", team.otherManagerId()).id();
        ownPlan = id(api.post("/api/v1/plans", team.admin(), validPlan(ownPosition, bank)));
        foreignPlan = id(api.post("/api/v1/plans", team.admin(), validPlan(foreignPosition, bank)));
    }

    List<Route> readRoutes(UUID planId) {
        return List.of(new Route("GET", "/api/v1/plans", null), new Route("GET", "/api/v1/plans/" + planId, null));
    }

    List<Route> draftRoutes(UUID positionId, UUID planId) {
        return List.of(new Route("POST", "/api/v1/plans", validPlan(positionId, bank)),
                new Route("PUT", "/api/v1/plans/" + planId, validPlan(positionId, bank)),
                new Route("POST", "/api/v1/plans/" + planId + "/versions", null));
    }

    Route publishRoute(UUID planId) {
        return new Route("POST", "/api/v1/plans/" + planId + "/publish", null);
    }

    @Test
    void everyRouteRefusesCallersWithoutAValidToken() {
        Map<String, Long> before = rows();
        List<String> badTokens = Arrays.asList(null, "garbage", Tokens.expired(team.adminId(), "ADMIN"),
                Tokens.foreign(team.adminId(), "ADMIN"), Tokens.tampered(team.recruiter()));
        for (Route route : all(ownPosition, ownPlan)) {
            for (String token : badTokens) {
                Answer answer = send(route, token);
                assertThat(answer.status()).as(route + " with " + token).isEqualTo(401);
                assertThat(answer.isProblem()).as(route.toString()).isTrue();
            }
        }
        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void administratorsDoEverythingOnAnyPosition() {
        assertAllowed(team.admin(), foreignPosition, foreignPlan, true);
    }

    @Test
    void interviewersWriteDraftsForAnyPositionButNeverPublish() {
        assertAllowed(team.interviewer(), foreignPosition, foreignPlan, false);
        Map<String, Long> before = rows();

        Answer publish = send(publishRoute(ownPlan), team.interviewer());

        assertThat(publish.status()).as(publish.toString()).isEqualTo(403);
        assertThat(publish.isProblem()).isTrue();
        assertThat(rows()).isEqualTo(before);
        assertThat(count("SELECT count(*) FROM plans WHERE status <> 'DRAFT'")).isZero();
    }

    @Test
    void recruitersReadEveryPlanButWriteNone() {
        for (Route route : readRoutes(foreignPlan)) {
            assertThat(send(route, team.recruiter()).status()).as(route.toString()).isEqualTo(200);
        }
        assertThat(api.get("/api/v1/plans", team.recruiter()).json().get("total").asLong()).isEqualTo(2);
        Map<String, Long> before = rows();
        for (Route route : concat(draftRoutes(ownPosition, ownPlan), List.of(publishRoute(ownPlan)))) {
            Answer answer = send(route, team.recruiter());
            assertThat(answer.status()).as(route.toString()).isEqualTo(403);
            assertThat(answer.isProblem()).isTrue();
        }
        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void aHiringManagerWritesAndPublishesThePlansOfTheirOwnPositions() {
        assertAllowed(team.manager(), ownPosition, ownPlan, true);
    }

    @Test
    void toAHiringManagerThePlansOfOtherPositionsDoNotExist() {
        Map<String, Long> before = rows();

        for (Route route : List.of(new Route("GET", "/api/v1/plans/" + foreignPlan, null),
                new Route("POST", "/api/v1/plans", validPlan(foreignPosition, bank)),
                new Route("PUT", "/api/v1/plans/" + foreignPlan, validPlan(foreignPosition, bank)),
                new Route("POST", "/api/v1/plans/" + foreignPlan + "/versions", null), publishRoute(foreignPlan))) {
            Answer answer = send(route, team.manager());
            assertThat(answer.status()).as(route + ": " + answer).isEqualTo(404);
            assertThat(answer.isProblem()).isTrue();
            assertThat(answer.text()).doesNotContain("Data Engineer");
        }
        assertThat(rows()).isEqualTo(before);
        assertThat(count("SELECT count(*) FROM plans WHERE status <> 'DRAFT'")).isZero();
    }

    @Test
    void aHiringManagerListsOnlyThePlansOfTheirOwnPositions() {
        Answer all = api.get("/api/v1/plans", team.manager());
        Answer foreign = api.get("/api/v1/plans?positionId=" + foreignPosition, team.manager());

        assertThat(all.status()).isEqualTo(200);
        assertThat(all.json().get("total").asLong()).isEqualTo(1);
        assertThat(all.json().get("items")).extracting(p -> p.get("id").asText()).containsExactly(ownPlan.toString());
        assertThat(foreign.status()).isEqualTo(200);
        assertThat(foreign.json().get("items")).isEmpty();
        assertThat(foreign.json().get("total").asLong()).isZero();
    }

    /** Every route answers success to this caller; publishing too when {@code publishes}. */
    private void assertAllowed(String token, UUID positionId, UUID planId, boolean publishes) {
        for (Route route : readRoutes(planId)) {
            assertThat(send(route, token).status()).as(route.toString()).isEqualTo(200);
        }
        Answer created = send(draftRoutes(positionId, planId).get(0), token);
        Answer updated = send(draftRoutes(positionId, planId).get(1), token);
        Answer copied = send(draftRoutes(positionId, planId).get(2), token);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
        assertThat(copied.status()).as(copied.toString()).isEqualTo(201);
        if (publishes) {
            Answer published = send(publishRoute(planId), token);
            assertThat(published.status()).as(published.toString()).isEqualTo(200);
        }
    }

    private List<Route> all(UUID positionId, UUID planId) {
        return concat(concat(readRoutes(planId), draftRoutes(positionId, planId)), List.of(publishRoute(planId)));
    }

    /** Row counts of every table a plan write touches. */
    private Map<String, Long> rows() {
        Map<String, Long> rows = new LinkedHashMap<>();
        for (String table : List.of("plans", "plan_stages", "stage_topics", "stage_questions", "audit_events")) {
            rows.put(table, count("SELECT count(*) FROM " + table));
        }
        rows.put("published", count("SELECT count(*) FROM plans WHERE status = 'PUBLISHED'"));
        rows.put("edits", count("SELECT coalesce(sum(version), 0) FROM plans"));
        return rows;
    }

    private Answer send(Route route, String token) {
        var call = api.call(route.method(), route.path()).token(token);
        if (route.method().equals("PUT") || route.method().equals("PATCH")) {
            call.ifMatchCurrent(); // versioned writes need If-Match: the refusal under test is another
        }
        if (route.body() != null) {
            call.json(route.body());
        }
        return call.send();
    }

    private static List<Route> concat(List<Route> a, List<Route> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
