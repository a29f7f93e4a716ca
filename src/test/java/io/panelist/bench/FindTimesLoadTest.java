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

/** The benchmark's find-times load on a small generated data set: eight users, no errors, real suggestions. */
class FindTimesLoadTest extends IntegrationTest {
    @Inject
    IdentityService identity;

    @Test
    void eightRecruitersFindTimesOnTheGeneratedDataWithoutErrors() throws Exception {
        DemoUsers.ensure(identity);
        new DatasetGenerator(IntegrationTest::connect).generate(200, step -> { });

        String line = FindTimesLoad.run(IntegrationTest::connect, server.getURI().toString(), 8, 2);

        assertThat(line).startsWith("find-times").contains(" 8 users", "errors 0").doesNotContain("p50 -");
        assertThat(count("SELECT count(*) FROM interviewer_qualifications WHERE level = 'QUALIFIED'")).isPositive();
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
