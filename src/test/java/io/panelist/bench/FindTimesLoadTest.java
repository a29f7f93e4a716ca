package io.panelist.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.panelist.identity.DemoUsers;
import io.panelist.identity.IdentityService;
import io.panelist.support.Answer;
import io.panelist.support.IntegrationTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The benchmark's find-times load on a small generated data set: eight users, no errors, real suggestions from a pool
 * of sixty qualified interviewers.
 */
class FindTimesLoadTest extends IntegrationTest {
    @Inject
    IdentityService identity;

    @Test
    void eightRecruitersFindTimesOnTheGeneratedDataWithoutErrors() throws Exception {
        DemoUsers.ensure(identity);
        new DatasetGenerator(IntegrationTest::connect).generate(200, step -> { });

        LoadResult result = FindTimesLoad.run(IntegrationTest::connect, server.getURI().toString(), 8, 2);

        assertThat(result.scenario()).isEqualTo(LoadScenario.FIND_TIMES);
        assertThat(result.users()).isEqualTo(8);
        assertThat(result.errors()).isZero();
        assertThat(result.requests()).isPositive();
        assertThat(result.p50()).isPositive().isLessThanOrEqualTo(result.p95());
        assertThat(BenchCommand.line(result)).startsWith("find-times").contains(" 8 users", "errors 0");
        // the generated pool: all sixty QUALIFIED in every generated topic, with weekly hours
        assertThat(count("SELECT count(*) FROM interviewer_qualifications WHERE level = 'QUALIFIED'"))
                .isEqualTo(60 * 12);
        assertThat(count("SELECT count(DISTINCT user_id) FROM availability_weekly")).isEqualTo(60);
        String recruiter = api.login("recruiter@example.com", DemoUsers.PASSWORD);
        JsonNode application = api.get("/api/v1/applications?size=1&status=ACTIVE", recruiter).json()
                .get("items").get(0);
        JsonNode plan = api.get("/api/v1/plans/" + application.get("planId").asText(), recruiter).json();
        Instant from = Instant.now().truncatedTo(ChronoUnit.HOURS).plus(1, ChronoUnit.DAYS);
        Answer found = api.post("/api/v1/applications/" + application.get("id").asText() + "/find-times", recruiter,
                Map.of("stageId", plan.get("stages").get(0).get("id").asText(), "from", from.toString(),
                        "to", from.plus(14, ChronoUnit.DAYS).toString(), "panelSize", 2));
        assertThat(found.status()).as(found.toString()).isEqualTo(200);
        assertThat(found.json().get("suggestions")).isNotEmpty();
    }
}
